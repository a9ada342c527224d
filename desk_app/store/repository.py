"""Moving articles between ORM rows and domain ``ArticleData``, and list queries."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.domain.article import ArticleData
from desk_app.store import search
from desk_app.store.models import Article, ArticleTag, Revision

COPIED_FIELDS = (
    "language", "headline", "slug", "lede", "body", "byline", "source", "dateline_place",
    "time_zone", "published_at", "photo", "photo_caption", "photo_credit", "photo_source",
    "ednote", "status", "translated_from", "translation_id", "word_count", "policy_version",
)


def to_data(row: Article) -> ArticleData:
    data = ArticleData(id=row.id)
    for name in COPIED_FIELDS:
        setattr(data, name, getattr(row, name))
    data.tags = [t.tag for t in row.tags]
    data.version = row.version
    data.created_at = row.created_at
    data.updated_at = row.updated_at
    data.author_login = row.author_login
    return data


def apply_data(row: Article, data: ArticleData) -> None:
    for name in COPIED_FIELDS:
        if getattr(row, name) != getattr(data, name):
            setattr(row, name, getattr(data, name))
    current = [t.tag for t in row.tags]
    if current != list(data.tags):
        by_tag = {t.tag: t for t in row.tags}
        row.tags = [by_tag.get(tag) or ArticleTag(tag=tag) for tag in data.tags]
        for position, tag in enumerate(row.tags):
            tag.position = position


def add_revision(session: Session, row: Article, *, number: int, author: str | None, action: str,
                 from_status: str | None, note: str, when: datetime) -> Revision:
    snapshot = to_data(row)
    snapshot.version = number
    revision = Revision(
        article_id=row.id, number=number, created_at=when, author_login=author, action=action,
        from_status=from_status, to_status=row.status, note=note or "",
        snapshot=json.dumps(snapshot.snapshot(), ensure_ascii=False),
    )
    session.add(revision)
    return revision


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list asks for. Empty values mean "any"."""

    statuses: tuple[str, ...] = ()
    language: str | None = None
    author: str | None = None
    tag: str | None = None
    date_from: datetime | None = None   # on updated_at, inclusive
    date_to: datetime | None = None     # on updated_at, exclusive
    search: str = ""
    ids: tuple[str, ...] = ()
    sort: str = "updated_at"
    descending: bool = True


SORTABLE = {
    "updated_at": Article.updated_at, "published_at": Article.published_at,
    "headline": Article.headline, "language": Article.language, "status": Article.status,
    "byline": Article.byline, "word_count": Article.word_count,
    "dateline_place": Article.dateline_place, "created_at": Article.created_at,
}


def filtered(stmt: Select, flt: ArticleFilter, dialect: str) -> Select:
    if flt.statuses:
        stmt = stmt.where(Article.status.in_(flt.statuses))
    if flt.language:
        stmt = stmt.where(Article.language == flt.language)
    if flt.author:
        stmt = stmt.where(Article.author_login == flt.author)
    if flt.tag:
        stmt = stmt.where(
            Article.id.in_(select(ArticleTag.article_id).where(ArticleTag.tag == flt.tag))
        )
    if flt.date_from is not None:
        stmt = stmt.where(Article.updated_at >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(Article.updated_at < flt.date_to)
    if flt.ids:
        stmt = stmt.where(Article.id.in_(flt.ids))
    if flt.search.strip():
        condition = search.match_condition(dialect, flt.search)
        if condition is not None:
            stmt = stmt.where(condition)
    return stmt


def ordered(stmt: Select, flt: ArticleFilter) -> Select:
    key = SORTABLE.get(flt.sort, Article.updated_at)
    first = key.desc() if flt.descending else key.asc()
    tie = Article.id.desc() if flt.descending else Article.id.asc()
    return stmt.order_by(first, tie)


LIST_COLUMNS = (
    Article.id, Article.headline, Article.language, Article.status, Article.byline,
    Article.dateline_place, Article.updated_at, Article.published_at, Article.time_zone,
    Article.word_count, Article.author_login, Article.translated_from, Article.translation_id,
    Article.version,
)


def list_statement(flt: ArticleFilter, dialect: str) -> Select:
    return ordered(filtered(select(*LIST_COLUMNS), flt, dialect), flt)


def count_statement(flt: ArticleFilter, dialect: str) -> Select:
    return filtered(select(func.count()).select_from(Article), flt, dialect)
