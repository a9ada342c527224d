"""Photos in the database: content-addressed rows in ``media``, and what references them.

A row is written once and never changed: its key is the SHA-256 of its image, so a second
writer of the same photo (another article, a resent outbox operation) inserts nothing
(``ON CONFLICT DO NOTHING`` on both backends). On PostgreSQL every query here runs under the
row-level security that ``store/provision.py`` puts on ``media`` and ``article_photos``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, and_, delete, exists, func, select
from sqlalchemy.orm import Session

from desk_app.domain.photo import Rendition
from desk_app.store.models import Article, ArticlePhoto, Media, Revision

RENDITIONS = ("image", "web", "thumb")


@dataclass(frozen=True)
class MediaRecord:
    """One stored photo with its renditions, as it moves between databases."""

    sha256: str
    image: Rendition
    web: Rendition
    thumb: Rendition


def _insert_for(dialect: str) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (imported here: a local workspace starts
    without SQLAlchemy's PostgreSQL dialect)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def put(session: Session, record: MediaRecord, *, created_by: str | None, now: datetime) -> bool:
    """Store ``record`` unless its address is already taken; True when a row was written."""
    values: dict[str, object] = {"sha256": record.sha256, "created_at": now, "created_by": created_by}
    for prefix, rendition in (("", record.image), ("web_", record.web), ("thumb_", record.thumb)):
        values.update({f"{prefix}mime": rendition.mime, f"{prefix}width": rendition.width,
                       f"{prefix}height": rendition.height, f"{prefix}data": rendition.data})
    insert = _insert_for(session.get_bind().dialect.name)
    stmt = (insert(Media).values(**values).on_conflict_do_nothing(index_elements=["sha256"])
            .returning(Media.sha256))
    return session.execute(stmt).first() is not None


def present(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` this database holds (and, on PostgreSQL, this user may read)."""
    wanted = sorted(set(hashes))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(session.scalars(select(Media.sha256).where(Media.sha256.in_(chunk))))
    return found


def rendition(session: Session, sha256: str, kind: str) -> Rendition | None:
    """One rendition ("image", "web" or "thumb") of a stored photo, reading only its columns."""
    if kind not in RENDITIONS:
        raise ValueError(f"unknown rendition {kind!r}")
    prefix = "" if kind == "image" else kind + "_"
    columns = [getattr(Media, prefix + name) for name in ("mime", "width", "height", "data")]
    row = session.execute(select(*columns).where(Media.sha256 == sha256)).first()
    if row is None:
        return None
    mime, width, height, data = row
    return Rendition(mime=mime, width=width, height=height, data=bytes(data))


def photos_of(session: Session, article_ids: Iterable[str]) -> dict[str, str]:
    """article id -> the SHA-256 of its stored photo, for those of ``article_ids`` that have one
    (and this user may read). The primary key of ``article_photos`` answers it, no blob is read."""
    wanted = sorted(set(article_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = session.execute(select(ArticlePhoto.article_id, ArticlePhoto.sha256)
                               .where(ArticlePhoto.article_id.in_(chunk)))
        found.update((row[0], row[1]) for row in rows)
    return found


def thumbnails(session: Session, hashes: Iterable[str]) -> dict[str, bytes]:
    """SHA-256 -> the thumbnail rendition's bytes (only that column is read)."""
    wanted = sorted(set(hashes))
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = session.execute(select(Media.sha256, Media.thumb_data).where(Media.sha256.in_(chunk)))
        found.update((row[0], bytes(row[1])) for row in rows)
    return found


def record(session: Session, sha256: str) -> MediaRecord | None:
    row = session.get(Media, sha256)
    if row is None:
        return None
    return MediaRecord(
        sha256=row.sha256,
        image=Rendition(row.mime, row.width, row.height, bytes(row.data)),
        web=Rendition(row.web_mime, row.web_width, row.web_height, bytes(row.web_data)),
        thumb=Rendition(row.thumb_mime, row.thumb_width, row.thumb_height, bytes(row.thumb_data)),
    )


def _unreferenced() -> Any:
    """Neither an article nor any revision of one (the history keeps its photos) names the row."""
    return and_(
        ~exists().where(ArticlePhoto.sha256 == Media.sha256),
        ~exists().where(Revision.snapshot.contains(Media.sha256)),
    )


def orphans(session: Session, *, created_before: datetime) -> list[str]:
    """Photos nothing references, stored before ``created_before`` (newer ones may be mid-attach)."""
    stmt = (select(Media.sha256).where(Media.created_at < created_before, _unreferenced())
            .order_by(Media.sha256))
    return list(session.scalars(stmt))


def remove_unreferenced(session: Session, hashes: Iterable[str]) -> int:
    """Delete those of ``hashes`` that are still unreferenced; the number deleted."""
    wanted = sorted(set(hashes))
    removed = 0
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            delete(Media).where(Media.sha256.in_(chunk), _unreferenced())
            .execution_options(synchronize_session=False))
        removed += result.rowcount or 0
    return removed


def articles_with_photo_paths(session: Session) -> list[tuple[str, str, str]]:
    """(id, photo, status) of the articles (this user may read) whose photo is still a path or
    an address in ``articles.photo`` and that have no stored photo."""
    stmt = (select(Article.id, Article.photo, Article.status)
            .where(Article.photo != "", ~exists().where(ArticlePhoto.article_id == Article.id))
            .order_by(Article.updated_at.desc(), Article.id))
    return [(row[0], row[1], row[2]) for row in session.execute(stmt)]


def stored_bytes(session: Session) -> int:
    """The size of every stored photo and rendition together (for the prune report)."""
    total = session.execute(select(func.coalesce(func.sum(
        func.length(Media.data) + func.length(Media.web_data) + func.length(Media.thumb_data)), 0))).scalar_one()
    return int(total)
