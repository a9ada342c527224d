"""SQLite's search documents: numbered in the article list's order, and carrying its facets.

Design notes: docs/architecture.md, “desk_app.store.search_sqlite”.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Connection, text


class DBAPIConnection(Protocol):
    """A DB-API connection or cursor (pysqlite's), as the fast list paths use it."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

DOC_GAP = 1 << 32
_MAX = 9223372036854775807

# Prefix indexes for one to three letters: a short word being typed matches thousands of terms.
FTS_DEFINITION = "fts5(headline, text, facets, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
PREFIX_INDEXED = 3
USER_COLUMNS = "{headline text}"
TOKENIZER = "unicode61 remove_diacritics 0"

# Every term of the headline and text columns, so that a longer prefix ("махачк*") becomes an OR
# of its few terms, which FTS5 walks lazily (a prefix query merges their whole doclists first).
TERMS_TABLE = "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID"
FILL_TERMS = [
    "DROP TABLE IF EXISTS temp.desk_vocab",
    "CREATE VIRTUAL TABLE temp.desk_vocab USING fts5vocab(main, article_fts, 'col')",
    "INSERT OR IGNORE INTO search_terms (term) SELECT DISTINCT term FROM temp.desk_vocab "
    "WHERE col IN ('headline', 'text')",
    "DROP TABLE temp.desk_vocab",
]
DELETE_TRIGGER = ("CREATE TRIGGER trg_search_docs_delete AFTER DELETE ON search_docs BEGIN "
                  "DELETE FROM article_fts WHERE rowid = OLD.doc_id; END")


# -- facets --------------------------------------------------------------------------------------

def facet_status(status: str) -> str:
    return "s" + status


def facet_language(language: str) -> str:
    return "l" + language


def facet_author(login: str) -> str:
    return "a" + login.encode("utf-8").hex()


def facet_tag(tag: str) -> str:
    return "t" + tag.encode("utf-8").hex()


def facets(status: str, language: str, author: str | None, tags: Iterable[str]) -> str:
    """The facets column of an article (the same tokens as :func:`facets_sql`)."""
    out = [facet_status(status), facet_language(language)]
    if author:
        out.append(facet_author(author))
    out += [facet_tag(t) for t in tags]
    return " ".join(out)


def facets_sql(a: str) -> str:
    """SQL for the facets column of the article row aliased or named ``a``."""
    return (
        f"'s' || {a}.status || ' l' || {a}.language "
        f"|| coalesce(' a' || lower(hex({a}.author_login)), '') "
        f"|| coalesce((SELECT ' ' || group_concat('t' || lower(hex(t.tag)), ' ') "
        f"FROM article_tags t WHERE t.article_id = {a}.id), '')"
    )


# -- order ---------------------------------------------------------------------------------------

def place_sql(u: str, x: str, own_doc: str = "NULL") -> str:
    """SQL for the doc id of the article whose key is ``(u, x)``; NULL when there is no room.

    ``own_doc`` is the article's current doc id, kept when it already lies
    between its neighbours.
    """
    nearest = (
        "SELECT d.doc_id FROM articles a JOIN search_docs d ON d.article_id = a.id "
        "WHERE (a.updated_at, a.id) {op} ({u}, {x}) ORDER BY a.updated_at {dir}, a.id {dir} LIMIT 1"
    )
    succ = nearest.format(op=">", u=u, x=x, dir="ASC")
    pred = nearest.format(op="<", u=u, x=x, dir="DESC")
    return (
        "(SELECT CASE "
        f"WHEN {own_doc} IS NOT NULL AND {own_doc} > coalesce(p.v, -{_MAX}) "
        f"AND {own_doc} < coalesce(s.v, {_MAX}) THEN {own_doc} "
        f"WHEN s.v IS NULL THEN coalesce((SELECT max(doc_id) FROM search_docs), 0) + {DOC_GAP} "
        "WHEN s.v - coalesce(p.v, 0) >= 2 THEN coalesce(p.v, 0) + (s.v - coalesce(p.v, 0)) / 2 "
        f"END FROM (SELECT ({succ}) AS v) AS s, (SELECT ({pred}) AS v) AS p)"
    )


def reindex_marker(article_id: str) -> str:
    """The ``search_meta`` name by which a save tells the trigger that ``reindex`` will move the document."""
    return "reindex:" + article_id


MOVE_TRIGGER = f"""
CREATE TRIGGER trg_articles_search_order AFTER UPDATE OF updated_at ON articles
WHEN NEW.updated_at IS NOT OLD.updated_at AND EXISTS (SELECT 1 FROM search_docs WHERE article_id = NEW.id)
 AND NOT EXISTS (SELECT 1 FROM search_meta WHERE name = 'reindex:' || NEW.id)
BEGIN
  INSERT OR REPLACE INTO search_meta (name, value) VALUES ('move_to',
    {place_sql("NEW.updated_at", "NEW.id", "(SELECT doc_id FROM search_docs WHERE article_id = NEW.id)")});
  UPDATE search_meta SET value = 0
   WHERE name = 'doc_order' AND (SELECT value FROM search_meta WHERE name = 'move_to') IS NULL;
  INSERT INTO article_fts (rowid, headline, text, facets)
    SELECT m.value, f.headline, f.text, f.facets FROM search_meta m, search_docs d, article_fts f
     WHERE m.name = 'move_to' AND m.value IS NOT NULL AND d.article_id = NEW.id
       AND m.value <> d.doc_id AND f.rowid = d.doc_id;
  DELETE FROM article_fts WHERE rowid = (
    SELECT d.doc_id FROM search_docs d, search_meta m
     WHERE d.article_id = NEW.id AND m.name = 'move_to' AND m.value IS NOT NULL AND m.value <> d.doc_id);
  UPDATE search_docs SET doc_id = (SELECT value FROM search_meta WHERE name = 'move_to')
   WHERE article_id = NEW.id AND (SELECT value FROM search_meta WHERE name = 'move_to') IS NOT NULL;
  DELETE FROM search_meta WHERE name = 'move_to';
END
"""

FACETS_TRIGGER = f"""
CREATE TRIGGER trg_articles_search_facets AFTER UPDATE OF status, language, author_login ON articles
WHEN (NEW.status IS NOT OLD.status OR NEW.language IS NOT OLD.language
      OR NEW.author_login IS NOT OLD.author_login)
 AND EXISTS (SELECT 1 FROM search_docs WHERE article_id = NEW.id)
BEGIN
  UPDATE article_fts SET facets = (SELECT {facets_sql("a")} FROM articles a WHERE a.id = NEW.id)
   WHERE rowid = (SELECT doc_id FROM search_docs WHERE article_id = NEW.id);
END
"""

TRIGGERS = (MOVE_TRIGGER, FACETS_TRIGGER)


def rebuild_sql() -> list[str]:
    """Statements rebuilding every search document: numbered in (updated_at, id) order, with facets.

    The old FTS5 table gives the stemmed text (it may have two columns or
    three); the facets are computed from the rows. The triggers are
    (re)created last.
    """
    return [
        "DROP TABLE IF EXISTS temp.desk_doc_order",
        "CREATE TEMP TABLE desk_doc_order AS SELECT d.doc_id AS old_id, d.article_id AS article_id, "
        f"ROW_NUMBER() OVER (ORDER BY a.updated_at, a.id) * {DOC_GAP} AS new_id "
        "FROM search_docs d JOIN articles a ON a.id = d.article_id",
        "CREATE UNIQUE INDEX temp.ix_desk_doc_order ON desk_doc_order (article_id)",
        "CREATE UNIQUE INDEX temp.ix_desk_doc_order_new ON desk_doc_order (new_id)",
        "DROP TABLE IF EXISTS article_fts_rebuilt",
        f"CREATE VIRTUAL TABLE article_fts_rebuilt USING {FTS_DEFINITION}",
        # CROSS JOIN: in new-id order, each document fetched by its rowid (any other plan is quadratic)
        "INSERT INTO article_fts_rebuilt (rowid, headline, text, facets) "
        f"SELECT o.new_id, f.headline, f.text, {facets_sql('a')} "
        "FROM desk_doc_order o CROSS JOIN article_fts f ON f.rowid = o.old_id "
        "CROSS JOIN articles a ON a.id = o.article_id ORDER BY o.new_id",
        # the triggers name article_fts, which must exist while a table is renamed
        "DROP TRIGGER IF EXISTS trg_search_docs_delete",
        "DROP TRIGGER IF EXISTS trg_articles_search_order",
        "DROP TRIGGER IF EXISTS trg_articles_search_facets",
        "DROP TABLE article_fts",
        "ALTER TABLE article_fts_rebuilt RENAME TO article_fts",
        DELETE_TRIGGER,
        # through negative ids: the new ones may collide with old ones on the way
        "UPDATE search_docs SET doc_id = -(SELECT new_id FROM desk_doc_order o "
        "WHERE o.article_id = search_docs.article_id)",
        "UPDATE search_docs SET doc_id = -doc_id",
        "DROP TABLE temp.desk_doc_order",
        "INSERT OR REPLACE INTO search_meta (name, value) VALUES ('doc_order', 1)",
        *FILL_TERMS,
        *TRIGGERS,
    ]


def rebuild(conn: Connection) -> None:
    """Renumber and re-facet every document (minutes on a million articles)."""
    for sql in rebuild_sql():
        conn.execute(text(sql))


def in_order(db: DBAPIConnection) -> bool:
    """Whether document ids follow (updated_at, id). ``db``: the DB-API (sqlite3) connection."""
    row = db.execute("SELECT value FROM search_meta WHERE name = 'doc_order'").fetchone()
    return row is not None and row[0] == 1


def place(conn: Connection, article_id: str, current: int | None = None) -> int:
    """The doc id an article should have now (its row is already written).

    ``current`` is its present doc id, kept when still between its
    neighbours. With no room left, the order is marked lost and the
    current id (or a new last one) is kept.
    """
    u = "(SELECT updated_at FROM articles WHERE id = :x)"
    own = ":own" if current is not None else "NULL"
    doc_id = conn.execute(text(f"SELECT {place_sql(u, ':x', own)}"), {"x": article_id, "own": current}).scalar()
    if doc_id is None:
        conn.execute(text("UPDATE search_meta SET value = 0 WHERE name = 'doc_order'"))
        if current is not None:
            return current
        doc_id = conn.execute(text("SELECT coalesce(max(doc_id), 0) + 1 FROM search_docs")).scalar_one()
    return int(doc_id)


# -- terms ---------------------------------------------------------------------------------------

_PLAIN_TERM = re.compile(r"[0-9a-zа-я]+")


def terms(conn: Connection, *texts: str) -> set[str]:
    """The FTS5 terms of stemmed ``texts``, exactly as the tokenizer makes them.

    Stems of Latin and Cyrillic letters and digits are their own terms (a
    stem is already case-folded); anything else goes through FTS5's own
    tokenizer, which knows other scripts differently from Python.
    """
    words = set(" ".join(texts).split())
    plain = {w for w in words if _PLAIN_TERM.fullmatch(w)}
    rest = words - plain
    if rest:
        conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.desk_tokenize USING fts5(t, tokenize = '{TOKENIZER}')"))
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.desk_tokenize_vocab "
                          "USING fts5vocab(temp, desk_tokenize, 'row')"))
        conn.execute(text("INSERT INTO temp.desk_tokenize (rowid, t) VALUES (1, :t)"), {"t": " ".join(sorted(rest))})
        plain |= set(conn.execute(text("SELECT term FROM temp.desk_tokenize_vocab")).scalars())
        conn.execute(text("DELETE FROM temp.desk_tokenize"))
    return plain


def add_terms(conn: Connection, found: set[str]) -> None:
    if found:
        conn.execute(text("INSERT OR IGNORE INTO search_terms (term) VALUES (:t)"), [{"t": t} for t in found])


def expand_prefix(db: DBAPIConnection, prefix: str, limit: int = 100) -> list[str] | None:
    """The terms that start with ``prefix``, or None when there are more than ``limit`` (DB-API ``db``)."""
    if not prefix:
        return None
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1) if ord(prefix[-1]) < 0x10FFFF else None
    sql = "SELECT term FROM search_terms WHERE term >= :p" + (" AND term < :q" if upper else "") + " LIMIT :n"
    found = [r[0] for r in db.execute(sql, {"p": prefix, "q": upper, "n": limit + 1})]
    return None if len(found) > limit else [t for t in found if t.startswith(prefix)]
