"""The registry's SQL: entities, label texts, the append-only history, and the texts the
affected-articles report reads (mention_candidates.py finds which).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.mentions.entities import Entity, EntityKind, LabelRule
from desk_app.domain.mentions.label_facts import FactFinder
from desk_app.store import label_facts
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


# -- what the affected-articles report reads (store/mention_candidates.py finds the candidates) --

def facts_finder(session: Session) -> FactFinder:
    return label_facts.finder(session)


def article_texts(session: Session, ids: Sequence[str]) -> list[ArticleText]:
    """The texts of the articles ``ids`` (in id order)."""
    stmt = select(*ARTICLE_TEXT).where(Article.id.in_(list(ids))).order_by(Article.id)
    return [ArticleText(*r) for r in session.execute(stmt)]
