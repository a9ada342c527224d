"""Per-article label facts (domain/mentions/label_facts.py) and name pairs (name_pairs.py):
kept on every save, filled for the whole archive by migrations 0016 and 0017 and by
:func:`fill`, read by the affected-articles report.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, delete, insert, inspect, text
from sqlalchemy.orm import Session

from desk_app.domain.mentions.entities import EntityKind, LabelRule
from desk_app.domain.mentions.label_facts import FactFinder
from desk_app.domain.mentions.name_pairs import pair_key, text_pairs
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.store.models import Article, ArticleLabelFacts

BATCH = 2000


def stamp_column(dialect: str) -> str:
    """An SQL expression over article ``a`` that is never NULL: the stamp of current facts. The
    triggers of migration 0018 set the facts' stamp to NULL when the article's text changes by
    any other path than the save, so a set stamp means current facts."""
    return "a.version" if dialect == "sqlite" else "coalesce(a.change_seq, 0)"


def encode_pairs(dialect: str, pairs: list[str]) -> object:
    """Name pairs as the column holds them: 64-bit keys in an array (name_pairs.pair_key), or
    newline-framed text on SQLite (so that ``instr(name_pairs, char(10) || :pair || char(10))``
    finds one). SQLite's phrase index answers every other form, so it keeps only the pairs with
    an initial, which fit in the report's index."""
    if dialect == "sqlite":
        return "\n" + "".join(f"{p}\n" for p in pairs if _with_initial(p))
    return sorted({pair_key(p) for p in pairs})


def _with_initial(pair: str) -> bool:
    first, _, second = pair.partition(" ")
    return len(first) == 1 or len(second) == 1


def _pairs(facts: FactFinder, fields: Sequence[str]) -> list[str]:
    """The name pairs outside the notice paragraphs (the same in every article: a name in the
    notice is never settled by the facts, services/mentions.py)."""
    return text_pairs(facts.without_notice(fields))


def finder(conn: Connection | Session) -> FactFinder:
    """The facts' rules: the outlet's label phrases and every notice paragraph it has used."""
    rules = [LabelRule(EntityKind(k), lang, t, tuple(json.loads(acc))) for k, lang, t, acc in
             conn.execute(text("SELECT kind, language, text, accepted FROM registry_labels"))]
    notices = [DEMO_NOTICE_TEXT, *conn.execute(text("SELECT paragraph FROM notice_policies")).scalars()]
    return FactFinder(rules, notices)


def record(session: Session, article: Article, facts: FactFinder | None = None) -> None:
    """Compute and keep ``article``'s facts (its row is flushed: the stamp is read back)."""
    facts = facts or finder(session)
    column = stamp_column(session.get_bind().dialect.name)
    stamp = session.execute(text(f"SELECT {column} FROM articles a WHERE a.id = :id"), {"id": article.id}).scalar()
    fields = (article.headline, article.lede, article.body)
    groups = facts.groups(fields)
    pairs = encode_pairs(session.get_bind().dialect.name, _pairs(facts, fields))
    row = session.get(ArticleLabelFacts, article.id, populate_existing=True)   # a trigger may have
    if row is None:                                                               # written it
        row = ArticleLabelFacts(article_id=article.id)
        session.add(row)
    row.stamp, row.labels_key, row.label_groups, row.name_pairs = stamp, facts.key, groups, pairs
    for column in LISTED:
        setattr(row, column, getattr(article, column))


def current_key(session: Session) -> str:
    return finder(session).key


def _stale() -> str:
    """SQL true when the facts ``f`` of article ``a`` are missing, stale or of another key
    (``:key``). The triggers of migration 0018 set the stamp to NULL whenever the text changes."""
    return "(f.article_id IS NULL OR f.labels_key <> :key OR f.stamp IS NULL OR f.name_pairs IS NULL)"


def current(dialect: str) -> str:
    """SQL true when the facts ``f`` are current for the key ``:facts_key``, without a look at
    the article: the triggers keep the stamp (SQLite: the pairs are computed whenever the stamp
    is set, by the save or :func:`fill`, and the report's index holds no pairs)."""
    if dialect == "sqlite":
        return "(f.stamp IS NOT NULL AND f.labels_key = :facts_key)"
    return "(f.stamp IS NOT NULL AND f.labels_key = :facts_key AND f.name_pairs IS NOT NULL)"


LISTED = ("headline", "language", "status", "author_login", "translated_from")


def fill(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Compute the facts of every article whose facts are missing, stale or of another key.

    Reads the archive once in id order, a batch at a time; returns the articles computed.
    """
    facts = finder(conn)
    dialect = conn.dialect.name
    # a migration before 0018 calls this too: write the columns the table has by then
    has = {c["name"] for c in inspect(conn).get_columns("article_label_facts")}
    column = stamp_column(dialect)
    stale = _stale()
    done, after = 0, ""
    while True:
        rows = conn.execute(text(
            f"SELECT a.id, a.headline, a.lede, a.body, {column}, a.language, a.status, a.author_login, "
            "a.translated_from FROM articles a "
            # the bound on f as well: else PostgreSQL merges from the facts' first row every batch
            "LEFT JOIN article_label_facts f ON f.article_id = a.id AND f.article_id > :after "
            f"WHERE a.id > :after AND {stale} "
            f"ORDER BY a.id LIMIT {BATCH}"), {"after": after, "key": facts.key}).all()
        if not rows:
            return done
        values = [{"id": r[0], "stamp": r[4], "key": facts.key, "groups": facts.groups((r[1], r[2], r[3])),
                   "pairs": encode_pairs(dialect, _pairs(facts, (r[1], r[2], r[3])))} for r in rows]
        conn.execute(delete(ArticleLabelFacts).where(ArticleLabelFacts.article_id.in_([v["id"] for v in values])))
        written = [{"article_id": v["id"], "stamp": v["stamp"], "labels_key": v["key"], "label_groups": v["groups"],
                    "name_pairs": v["pairs"], "headline": r[1], "language": r[5], "status": r[6],
                    "author_login": r[7], "translated_from": r[8]} for v, r in zip(values, rows, strict=True)]
        conn.execute(insert(ArticleLabelFacts), [{k: v for k, v in w.items() if k in has} for w in written])
        done += len(rows)
        after = rows[-1][0]
        if progress is not None:
            progress(done)


def unknown(session: Session) -> int:
    """Articles without current facts (the report reads them if they mention a name)."""
    return int(session.execute(text(
        "SELECT count(*) FROM articles a LEFT JOIN article_label_facts f ON f.article_id = a.id "
        f"WHERE {_stale()}"), {"key": current_key(session)}).scalar_one())
