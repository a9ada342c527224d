"""Per-article label facts (domain/mentions/label_facts.py) and name pairs (name_pairs.py):
kept on every save, filled for the whole archive by migrations 0016 and 0017 and by
:func:`fill`, read by the affected-articles report.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, delete, insert, text
from sqlalchemy.orm import Session

from desk_app.domain.mentions.entities import EntityKind, LabelRule
from desk_app.domain.mentions.label_facts import FactFinder
from desk_app.domain.mentions.name_pairs import text_pairs
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.store.models import Article, ArticleLabelFacts

BATCH = 2000


def stamp_column(dialect: str) -> str:
    """The article column that moves on with every write: facts of another value are stale."""
    return "version" if dialect == "sqlite" else "change_seq"


def encode_pairs(dialect: str, pairs: list[str]) -> object:
    """Name pairs as the column holds them: a text array, or newline-framed text on SQLite
    (so that ``instr(name_pairs, char(10) || :pair || char(10))`` finds one)."""
    return pairs if dialect != "sqlite" else "\n" + "".join(f"{p}\n" for p in pairs)


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
    stamp = session.execute(text(f"SELECT {column} FROM articles WHERE id = :id"), {"id": article.id}).scalar()
    fields = (article.headline, article.lede, article.body)
    groups = facts.groups(fields)
    pairs = encode_pairs(session.get_bind().dialect.name, text_pairs(fields))
    row = session.get(ArticleLabelFacts, article.id)
    if row is None:
        session.add(ArticleLabelFacts(article_id=article.id, stamp=stamp, labels_key=facts.key,
                                      label_groups=groups, name_pairs=pairs))
    else:
        row.stamp, row.labels_key, row.label_groups, row.name_pairs = stamp, facts.key, groups, pairs


def current_key(session: Session) -> str:
    return finder(session).key


def _stale(dialect: str) -> str:
    """SQL true when article ``a``'s facts ``f`` are missing, stale or of another key (``:key``)."""
    column = stamp_column(dialect)
    differs = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return (f"(f.article_id IS NULL OR f.labels_key <> :key OR f.stamp {differs} a.{column} "
            "OR f.name_pairs IS NULL)")


def fill(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Compute the facts of every article whose facts are missing, stale or of another key.

    Reads the archive once in id order, a batch at a time; returns the articles computed.
    """
    facts = finder(conn)
    dialect = conn.dialect.name
    column = stamp_column(dialect)
    stale = _stale(dialect)
    done, after = 0, ""
    while True:
        rows = conn.execute(text(
            f"SELECT a.id, a.headline, a.lede, a.body, a.{column} FROM articles a "
            # the bound on f as well: else PostgreSQL merges from the facts' first row every batch
            "LEFT JOIN article_label_facts f ON f.article_id = a.id AND f.article_id > :after "
            f"WHERE a.id > :after AND {stale} "
            f"ORDER BY a.id LIMIT {BATCH}"), {"after": after, "key": facts.key}).all()
        if not rows:
            return done
        values = [{"id": r[0], "stamp": r[4], "key": facts.key, "groups": facts.groups((r[1], r[2], r[3])),
                   "pairs": encode_pairs(dialect, text_pairs((r[1], r[2], r[3])))} for r in rows]
        conn.execute(delete(ArticleLabelFacts).where(ArticleLabelFacts.article_id.in_([v["id"] for v in values])))
        conn.execute(insert(ArticleLabelFacts), [
            {"article_id": v["id"], "stamp": v["stamp"], "labels_key": v["key"], "label_groups": v["groups"],
             "name_pairs": v["pairs"]} for v in values])
        done += len(rows)
        after = rows[-1][0]
        if progress is not None:
            progress(done)


def unknown(session: Session) -> int:
    """Articles without current facts (the report reads them if they mention a name)."""
    dialect = session.get_bind().dialect.name
    return int(session.execute(text(
        "SELECT count(*) FROM articles a LEFT JOIN article_label_facts f ON f.article_id = a.id "
        f"WHERE {_stale(dialect)}"), {"key": current_key(session)}).scalar_one())
