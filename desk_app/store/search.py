"""The full-text index: SQLite FTS5 over stemmed text, PostgreSQL tsvector.

On PostgreSQL the index is a generated ``tsvector`` column (migration 0001),
so every write path, raw SQL included, keeps it current. On SQLite the
stemmed text is written here, in the same transaction as the article; the
FTS5 table also carries the list's facets and is numbered in the list's
order (see :mod:`desk_app.store.search_sqlite`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from sqlalchemy import ColumnElement, TextClause, column, text
from sqlalchemy.orm import Session

from desk_app.domain.article import Language, Status
from desk_app.domain.stemming import fts5_query, stemmed_text, words
from desk_app.store import search_pg, search_sqlite
from desk_app.store.models import Article
from desk_app.store.search_sqlite import DBAPIConnection

_STATUSES = frozenset(s.value for s in Status)
_LANGUAGES = frozenset(lang.value for lang in Language)


def reindex(session: Session, article: Article) -> None:
    """Write ``article``'s stemmed text and facets to the FTS5 index (SQLite only), and its label
    facts (both databases: every save comes here)."""
    from desk_app.store import label_facts

    label_facts.record(session, article)
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    doc_id = conn.execute(
        text("SELECT doc_id FROM search_docs WHERE article_id = :id"), {"id": article.id}
    ).scalar()
    if doc_id is None:
        # numbered in the list's order; the article row is flushed already
        doc_id = search_sqlite.place(conn, article.id)
        conn.execute(text("INSERT INTO search_docs (doc_id, article_id) VALUES (:d, :id)"),
                     {"d": doc_id, "id": article.id})
    else:
        conn.execute(text("DELETE FROM article_fts WHERE rowid = :d"), {"d": doc_id})
        # where the (new) updated_at puts it; the trigger left that to us if before_update ran
        target = search_sqlite.place(conn, article.id, doc_id)
        if target != doc_id:
            conn.execute(text("UPDATE search_docs SET doc_id = :t WHERE article_id = :id"),
                         {"t": target, "id": article.id})
            doc_id = target
    conn.execute(text("DELETE FROM search_meta WHERE name = :n"), {"n": search_sqlite.reindex_marker(article.id)})
    tags = [t.tag for t in article.tags]
    headline = stemmed_text(article.headline)
    body = stemmed_text("\n".join((article.lede, article.body, " ".join(tags))))
    conn.execute(
        text("INSERT INTO article_fts (rowid, headline, text, facets) VALUES (:d, :h, :t, :f)"),
        {"d": doc_id, "h": headline, "t": body,
         "f": search_sqlite.facets(article.status, article.language, article.author_login, tags)},
    )
    search_sqlite.add_terms(conn, search_sqlite.terms(conn, headline, body))


def before_update(session: Session, article: Article) -> None:
    """SQLite: the article's coming UPDATE is followed by :func:`reindex` in the same transaction.

    The trigger that keeps search documents in order then leaves this one
    to ``reindex``, which writes its new text at its new place once instead
    of the trigger copying the old text there first.
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    session.connection().execute(text("INSERT OR REPLACE INTO search_meta (name, value) VALUES (:n, 1)"),
                                 {"n": search_sqlite.reindex_marker(article.id)})


_LAST_PREFIX = re.compile(r'"([^"]*)"\*$')


def _user_query(query: str, db: DBAPIConnection | None = None) -> str | None:
    """The FTS5 expression for what a user typed, confined to the text columns.

    With ``db`` (the DB-API sqlite3 connection), a last word typed as a prefix longer than the prefix
    indexes becomes the OR of the terms it starts (same matches: FTS5 walks
    an OR lazily, where it merges a prefix's doclists whole first).
    """
    expr = fts5_query(query)
    if expr is None:
        return None
    m = _LAST_PREFIX.search(expr)
    if db is not None and m and len(m.group(1)) > search_sqlite.PREFIX_INDEXED:
        found = search_sqlite.expand_prefix(db, m.group(1))
        if found:
            expr = expr[:m.start()] + "(" + " OR ".join(_quoted(t) for t in found) + ")"
    return f"{search_sqlite.USER_COLUMNS} : ({expr})"


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def sqlite_expression(db: DBAPIConnection | None = None, *, search: str = "", statuses: Iterable[str] = (),
                      language: str | None = None, author: str | None = None,
                      tag: str | None = None) -> str | None:
    """One FTS5 expression for a search and the list's filters; None when there is neither.

    Returns ``""`` when the filters can match nothing (a state or language
    that does not exist), so the caller can answer "no rows" at once.
    """
    parts = []
    if search.strip():
        user = _user_query(search, db)
        if user is not None:
            parts.append(user)
    if statuses:
        known = [s for s in statuses if s in _STATUSES]
        if not known:
            return ""
        parts.append("facets : (" + " OR ".join(_quoted(search_sqlite.facet_status(s)) for s in known) + ")")
    if language:
        if language not in _LANGUAGES:
            return ""
        parts.append("facets : " + _quoted(search_sqlite.facet_language(language)))
    if author:
        parts.append("facets : " + _quoted(search_sqlite.facet_author(author)))
    if tag:
        parts.append("facets : " + _quoted(search_sqlite.facet_tag(tag)))
    return " AND ".join(parts) if parts else None


_NEAREST = ("SELECT d.doc_id FROM articles a JOIN search_docs d ON d.article_id = a.id "
            "WHERE {cond} ORDER BY a.updated_at {dir}, a.id {dir} LIMIT 1")


def _doc(db: DBAPIConnection, cond: str, direction: str, params: Mapping[str, object]) -> int | None:
    row = db.execute(_NEAREST.format(cond=cond, dir=direction), params).fetchone()
    return int(row[0]) if row else None


def document_range(db: DBAPIConnection, date_from: datetime | None,
                   date_to: datetime | None) -> tuple[int | None, int | None] | None:
    """SQLite: the lowest and highest document ids of articles updated in [date_from, date_to).

    An open end is None; None altogether when no article is in the range.
    Exact while documents are in order (``search_sqlite.in_order``). ``db``:
    the DB-API (sqlite3) connection.
    """
    low = high = None
    if date_from is not None:
        low = _doc(db, "a.updated_at >= :t", "ASC", {"t": _sqlite_time(date_from)})
        if low is None:
            return None
    if date_to is not None:
        high = _doc(db, "a.updated_at < :t", "DESC", {"t": _sqlite_time(date_to)})
        if high is None or (low is not None and high < low):
            return None
    return low, high


def document_range_after(db: DBAPIConnection, docs: tuple[int | None, int | None], after: tuple[datetime, str], *,
                         descending: bool = True) -> tuple[int | None, int | None] | None:
    """``docs`` narrowed to the documents after the row ``after`` (updated_at, id) in the list's order."""
    low, high = docs
    key = {"u": _sqlite_time(after[0]), "x": after[1]}
    if descending:
        edge = _doc(db, "(a.updated_at, a.id) < (:u, :x)", "DESC", key)
        if edge is None or (low is not None and edge < low):
            return None
        return low, edge if high is None else min(high, edge)
    edge = _doc(db, "(a.updated_at, a.id) > (:u, :x)", "ASC", key)
    if edge is None or (high is not None and edge > high):
        return None
    return edge if low is None else max(low, edge), high


def _sqlite_time(value: datetime) -> str:
    """How UTCDateTime stores a time on SQLite (naive UTC, with microseconds)."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def match_condition(dialect: str, query: str) -> ColumnElement[bool] | TextClause | None:
    """A WHERE condition on ``articles`` for a search query, or None for an empty query.

    On PostgreSQL the word being typed stays a prefix here: this is the
    reference the list's fast paths (``pg_list``, which expands it to its
    lexemes) are tested against.
    """
    if dialect == "sqlite":
        expr = _user_query(query)
        if expr is None:
            return None
        matching = text(
            "SELECT d.article_id FROM article_fts JOIN search_docs d ON d.doc_id = article_fts.rowid "
            "WHERE article_fts MATCH :q"
        ).bindparams(q=expr).columns(column("article_id"))
        return Article.id.in_(matching)
    found = pg_operands(query)
    if found is None:
        return None
    operands, params = found
    return text(pg_condition(operands)).bindparams(**params)


def pg_condition(operands: list[str]) -> str:
    """PostgreSQL: the condition on ``articles`` that ANDs ``operands`` (tsqueries, SQL) in one ``@@``."""
    return "articles.search_vector @@ (" + " && ".join(f"({o})" for o in operands) + ")"


def pg_operands(query: str, typed: str | None = None, tag: str | None = None) -> tuple[list[str], dict[str, str]] | None:
    """PostgreSQL: the tsqueries (SQL) a search ANDs, and their parameters; None when there is nothing to match.

    The list's PostgreSQL paths write their statements as SQL text around
    them (built with the expression language, they cost more than they
    take to run). ``typed``: the word being typed as its lexemes
    (``search_pg.typed_query``), else a prefix. With ``tag``, only articles
    with that tag (its lexeme in the vector, migration 0008): one GIN scan
    intersects the two.

    Plain words: the words before the one being typed, that word, the tag.
    The planner estimates each alone well, but their AND as if they were
    independent, which words of one story are not ("hunger strike": 465
    expected, 21,095 found), so the list also asks about each alone.
    """
    params: dict[str, str] = {}
    operands: list[str] = []
    if tag is not None:
        operands.append("CAST(:search_tag AS tsquery)")
        params["search_tag"] = search_pg.tag_query(tag)
    if not query.strip():
        return (operands, params) if operands else None
    ru, en, simple = "'russian'::regconfig", "'english'::regconfig", "'simple'::regconfig"
    word_query = None
    parts = pg_prefix_parts(query)
    if parts is not None:
        earlier, last = parts
        # the index holds stems: the word being typed is a prefix both as typed and as each language
        # stems it (Махачкала:* -> махачка:*, which "в Махачкале" has), and the words before it are
        # stemmed as either language would stem them (unstemmed they would match nothing)
        if typed is not None:
            word, params["search_typed"] = "CAST(:search_typed AS tsquery)", typed
        else:
            word = (f"to_tsquery({ru}, :search_last) || to_tsquery({en}, :search_last) "
                    f"|| to_tsquery({simple}, :search_last)")
            params["search_last"] = last
        words = [word]
        if earlier:
            words.insert(0, f"plainto_tsquery({ru}, :search_earlier) || plainto_tsquery({en}, :search_earlier)")
            params["search_earlier"] = earlier
        if pg_plain(query):
            # plain words: the web-search queries find a subset of these; one smaller GIN scan
            return operands + words, params
        word_query = " && ".join(f"({w})" for w in words)
    # quotes, "-", "or": the web-search syntax
    params["search_q"] = query
    tsquery = f"websearch_to_tsquery({ru}, :search_q) || websearch_to_tsquery({en}, :search_q)"
    if word_query is not None:
        tsquery += f" || ({word_query})"  # one @@ on the OR of the queries: one GIN scan, not several
    return operands + [tsquery], params


def pg_plain(query: str) -> bool:
    """Words only: nothing ``websearch_to_tsquery`` reads as syntax (quotes, ``-``, ``or``)."""
    return bool(_PLAIN.fullmatch(query)) and not any(w.lower() == "or" for w in query.split())


_PLAIN = re.compile(r"[^\W_]+(?:\s+[^\W_]+)*\s*", re.UNICODE)


def pg_prefix_parts(query: str) -> tuple[str, str] | None:
    """For the word being typed: the words before it, and its prefix tsquery (``word:*``); None when not useful.

    The prefix is matched as typed (``simple``) and as each language stems
    it; the words before it are for ``plainto_tsquery`` in each language.
    """
    tokens = words(query)
    if not tokens or query.rstrip() != query:
        return None
    safe = [t for t in tokens if t.isalnum()]
    if not safe:
        return None
    return " ".join(safe[:-1]), safe[-1] + ":*"
