"""The registry's SQL: entities, label texts, the append-only history, and the articles the
search index says may mention an entity (the candidates a registry change must re-check).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.mentions.entities import Entity, EntityKind, LabelRule
from desk_app.domain.mentions.label_facts import FactFinder
from desk_app.domain.stemming import stem
from desk_app.store import label_facts, search_sqlite
from desk_app.store.models import Article, RegistryChange, RegistryEntity, RegistryLabel


class ChangeRow(NamedTuple):
    id: int
    entity_id: int | None
    action: str
    changed_at: datetime
    changed_by: str | None
    note: str
    name: str


class ArticleText(NamedTuple):
    id: str
    headline: str
    lede: str
    body: str
    language: str
    status: str
    author_login: str | None
    translated_from: str | None


ARTICLE_TEXT = (Article.id, Article.headline, Article.lede, Article.body, Article.language, Article.status,
                Article.author_login, Article.translated_from)


def to_entity(row: RegistryEntity) -> Entity:
    return Entity(
        id=row.id, number=row.number, name=row.name, kind=EntityKind(row.kind), gender=row.gender,
        aliases_ru=tuple(json.loads(row.aliases_ru)), aliases_en=tuple(json.loads(row.aliases_en)),
        former_names=tuple(json.loads(row.former_names)), resources=row.resources,
        included_on=row.included_on, excluded_on=row.excluded_on, quoted_only=row.quoted_only,
        forms=tuple(json.loads(row.forms)), version=row.version,
    )


def _apply(row: RegistryEntity, entity: Entity) -> None:
    row.number = entity.number
    row.name = entity.name
    row.kind = entity.kind.value
    row.gender = entity.gender
    row.aliases_ru = json.dumps(list(entity.aliases_ru), ensure_ascii=False)
    row.aliases_en = json.dumps(list(entity.aliases_en), ensure_ascii=False)
    row.former_names = json.dumps(list(entity.former_names), ensure_ascii=False)
    row.resources = entity.resources
    row.included_on = entity.included_on
    row.excluded_on = entity.excluded_on
    row.quoted_only = entity.quoted_only
    row.forms = json.dumps(list(entity.forms), ensure_ascii=False)


def snapshot(entity: Entity) -> str:
    data: dict[str, Any] = asdict(entity)
    data.pop("forms", None)
    data["kind"] = entity.kind.value
    for key in ("included_on", "excluded_on"):
        value = data[key]
        data[key] = value.isoformat() if isinstance(value, date) else None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def entities(session: Session, *, include_removed: bool = False) -> list[Entity]:
    stmt = select(RegistryEntity).order_by(RegistryEntity.name, RegistryEntity.id)
    if not include_removed:
        stmt = stmt.where(RegistryEntity.removed.is_(False))
    return [to_entity(r) for r in session.scalars(stmt)]


def entity_row(session: Session, entity_id: int) -> RegistryEntity | None:
    return session.get(RegistryEntity, entity_id)


def find_existing(session: Session, entity: Entity) -> RegistryEntity | None:
    """The stored entity an imported one is: by its list number, else by name and kind."""
    if entity.number:
        row = session.scalars(select(RegistryEntity).where(RegistryEntity.number == entity.number,
                                                           RegistryEntity.kind == entity.kind.value)).first()
        if row is not None:
            return row
    return session.scalars(select(RegistryEntity).where(RegistryEntity.name == entity.name,
                                                        RegistryEntity.kind == entity.kind.value)).first()


def record(session: Session, *, entity_id: int | None, action: str, who: str, when: datetime,
           state: str, note: str = "") -> None:
    session.add(RegistryChange(entity_id=entity_id, action=action, changed_at=when, changed_by=who,
                               note=note, snapshot=state))


def write_entity(session: Session, row: RegistryEntity | None, entity: Entity, *, who: str,
                 when: datetime, action: str, note: str = "") -> Entity:
    """Insert or update ``entity`` and record the change; returns it as stored."""
    if row is None:
        row = RegistryEntity(version=0, removed=False)
        session.add(row)
    _apply(row, entity)
    row.version = (row.version or 0) + 1
    row.removed = action == "remove"
    row.updated_at = when
    row.updated_by = who
    session.flush()
    stored = to_entity(row)
    record(session, entity_id=row.id, action=action, who=who, when=when, state=snapshot(stored), note=note)
    return stored


def version(session: Session) -> int:
    """Moves on with every change of the registry (entities and labels)."""
    return int(session.execute(select(func.coalesce(func.max(RegistryChange.id), 0))).scalar_one())


def labels(session: Session) -> list[LabelRule]:
    return [LabelRule(EntityKind(r.kind), r.language, r.text, tuple(json.loads(r.accepted)))
            for r in session.scalars(select(RegistryLabel))]


def write_label(session: Session, rule: LabelRule, *, who: str, when: datetime) -> None:
    row = session.get(RegistryLabel, (rule.kind.value, rule.language))
    if row is None:
        row = RegistryLabel(kind=rule.kind.value, language=rule.language)
        session.add(row)
    row.text = rule.text
    row.accepted = json.dumps(list(rule.accepted), ensure_ascii=False)
    row.updated_at = when
    row.updated_by = who
    state = json.dumps({"kind": rule.kind.value, "language": rule.language, "text": rule.text,
                        "accepted": list(rule.accepted)}, ensure_ascii=False)
    record(session, entity_id=None, action="label", who=who, when=when, state=state)


def history(session: Session, entity_id: int | None = None, limit: int = 500) -> list[ChangeRow]:
    stmt = (select(RegistryChange.id, RegistryChange.entity_id, RegistryChange.action, RegistryChange.changed_at,
                   RegistryChange.changed_by, RegistryChange.note,
                   func.coalesce(RegistryEntity.name, "").label("name"))
            .outerjoin(RegistryEntity, RegistryEntity.id == RegistryChange.entity_id)
            .order_by(RegistryChange.id.desc()).limit(limit))
    if entity_id is not None:
        stmt = stmt.where(RegistryChange.entity_id == entity_id)
    return [ChangeRow(*r) for r in session.execute(stmt)]


# -- candidates from the search index -----------------------------------------------------------

class Candidate(NamedTuple):
    id: str
    headline: str
    language: str
    status: str
    author_login: str | None
    translated_from: str | None


CANDIDATE = (Article.id, Article.headline, Article.language, Article.status, Article.author_login,
             Article.translated_from)


def _yo_variants(word: str) -> list[str]:
    """PostgreSQL's dictionaries keep ё: "пономарев" is also asked as "пономарёв"."""
    return [word] + [word[:i] + "ё" + word[i + 1:] for i, ch in enumerate(word) if ch == "е"]


def _fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_phrase(words: Sequence[str]) -> str:
    return "(" + " + ".join(_fts_quote(stem(w)) for w in words) + ")"


class _PgQuery:
    """tsquery SQL built from functions, with every word a bound parameter."""

    def __init__(self, session: Session):
        self.session = session
        self.params: dict[str, str] = {}
        self._stop: dict[str, bool] = {}

    def _param(self, value: str) -> str:
        name = f"w{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def stopword(self, word: str) -> bool:
        """A word a Russian or English article's vector leaves out (its position stays)."""
        if word not in self._stop:
            row = self.session.execute(text(
                "SELECT numnode(plainto_tsquery('russian', :w)), numnode(plainto_tsquery('english', :w))"),
                {"w": word}).one()
            self._stop[word] = not (row[0] and row[1])
        return self._stop[word]

    def word(self, word: str) -> str:
        return "(" + " || ".join(f"plainto_tsquery('{cfg}'::regconfig, {self._param(v)})"
                                 for v in _yo_variants(word) for cfg in ("russian", "english", "simple")) + ")"

    def phrase(self, words: Sequence[str]) -> tuple[str, bool] | None:
        """A phrase query, and whether it asks every word (stop words are skipped over)."""
        sql, gap, exact = "", 1, True
        for w in words:
            if self.stopword(w):
                exact = False
                gap += 1 if sql else 0
                continue
            sql = self.word(w) if not sql else f"tsquery_phrase({sql}, {self.word(w)}, {gap})"
            gap = 1
        return (sql, exact) if sql else None


def phrase_candidates(session: Session, sure: Sequence[Sequence[str]], other: Sequence[Sequence[str]],
                      group: str, facts_key: str) -> tuple[list[Candidate], set[str]]:
    """What the search index and the label facts say about one entity's phrases.

    Returns the articles that need a label without being read (a ``sure`` phrase matches and
    their current facts hold no label phrase of ``group``), in id order, and the ids of the
    other articles with a phrase match, which the caller reads and checks. No article body
    is read here (domain/mentions/index_keys.py, label_facts.py).
    """
    dialect = session.get_bind().dialect.name
    column = label_facts.stamp_column(dialect)
    same = "IS" if dialect == "sqlite" else "IS NOT DISTINCT FROM"   # a bulk load leaves change_seq NULL
    settled_sql = (f"coalesce(f.stamp {same} a.{column} AND f.labels_key = :facts_key "
                   "AND f.label_groups NOT LIKE :group_like, false)")
    facts = {"facts_key": facts_key, "group_like": f"%|{group}|%"}
    settled: list[Candidate] = []
    check: set[str] = set()
    if dialect == "sqlite":
        cols = search_sqlite.USER_COLUMNS
        join = "FROM article_fts JOIN search_docs d ON d.doc_id = article_fts.rowid "
        exact = " OR ".join(_fts_phrase(w) for w in sure)
        loose = " OR ".join(_fts_phrase(w) for w in other)
        if exact:
            stmt = text(f"SELECT a.id, a.headline, a.language, a.status, a.author_login, a.translated_from, "
                        f"{settled_sql} {join}JOIN articles a ON a.id = d.article_id "
                        "LEFT JOIN article_label_facts f ON f.article_id = a.id WHERE article_fts MATCH :q"
                        ).bindparams(q=f"{cols} : ({exact})", **facts)
            for row in session.execute(stmt):
                (settled.append(Candidate(*row[:6])) if row[6] else check.add(row[0]))
        if loose:
            stmt = text(f"SELECT d.article_id {join}WHERE article_fts MATCH :q").bindparams(q=f"{cols} : ({loose})")
            check |= set(session.execute(stmt).scalars())
    else:
        q = _PgQuery(session)
        exact_sql: list[str] = []
        loose_sql: list[str] = []
        for words in sure:
            built = q.phrase(words)
            if built is not None:
                (exact_sql if built[1] else loose_sql).append(built[0])
        loose_sql += [built[0] for built in map(q.phrase, other) if built is not None]
        if exact_sql:
            stmt = text(f"SELECT a.id, a.headline, a.language, a.status, a.author_login, a.translated_from, "
                        f"{settled_sql} FROM articles a LEFT JOIN article_label_facts f ON f.article_id = a.id "
                        f"WHERE a.search_vector @@ ({' || '.join(exact_sql)})")
            for row in session.execute(stmt, {**q.params, **facts}):
                (settled.append(Candidate(*row[:6])) if row[6] else check.add(row[0]))
        if loose_sql:
            stmt = text(f"SELECT a.id FROM articles a WHERE a.search_vector @@ ({' || '.join(loose_sql)})")
            check |= set(session.execute(stmt, q.params).scalars())
    settled.sort(key=lambda c: c.id)
    return settled, check - {c.id for c in settled}


def facts_finder(session: Session) -> FactFinder:
    return label_facts.finder(session)


def article_texts(session: Session, ids: Sequence[str]) -> list[ArticleText]:
    """The texts of the articles ``ids`` (in id order)."""
    stmt = select(*ARTICLE_TEXT).where(Article.id.in_(list(ids))).order_by(Article.id)
    return [ArticleText(*r) for r in session.execute(stmt)]
