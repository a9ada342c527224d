"""Edit-lock rows (``article_locks``): taking, renewing, releasing and reading them, one statement each.

Taking a lock is one upsert (INSERT … ON CONFLICT DO UPDATE in the dialect of
the database) so that two sessions racing for a free lock cannot both win.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import NotFound
from desk_app.domain.messages import translate
from desk_app.store.models import Article, ArticleLock, Revision, User
from desk_app.store.repository import to_data

LockRow = Any  # a Row read by column name
"""A lock's columns (article_id, part, holder_login, session_id, acquired_at, heartbeat_at,
expires_at, taken_over_from), with the holder's display_name where the statement joins it."""

_COLUMNS = (
    ArticleLock.article_id, ArticleLock.part, ArticleLock.holder_login, ArticleLock.session_id,
    ArticleLock.acquired_at, ArticleLock.heartbeat_at, ArticleLock.expires_at, ArticleLock.taken_over_from,
)


class RowSecurityRefused(Exception):
    """PostgreSQL's row-level security refused to replace someone else's lock."""


def _select() -> Any:  # a Select of the lock columns
    """The lock columns plus the holder's display name."""
    return select(*_COLUMNS, User.display_name).outerjoin(User, User.login == ArticleLock.holder_login)


class LockRepository:
    """Edit locks in the session's transaction; times are given by the caller (its clock)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # -- reading -----------------------------------------------------------------
    def live(self, article_id: str, part: str, now: datetime) -> LockRow | None:
        """The unexpired lock on ``part``, whoever holds it."""
        return self._s.execute(
            _select().where(ArticleLock.article_id == article_id, ArticleLock.part == part,
                            ArticleLock.expires_at >= now)
        ).first()

    def stored(self, article_id: str, part: str) -> LockRow | None:
        """The stored lock row, expired or not."""
        return self._s.execute(
            _select().where(ArticleLock.article_id == article_id, ArticleLock.part == part)).first()

    def live_on(self, article_ids: Sequence[str] | None, now: datetime) -> Sequence[LockRow]:
        """Every unexpired lock (None: on every article)."""
        stmt = _select().where(ArticleLock.expires_at >= now)
        if article_ids is not None:
            stmt = stmt.where(ArticleLock.article_id.in_(article_ids))
        return self._s.execute(stmt).all()

    def display_name(self, login: str) -> str | None:
        name: str | None = self._s.execute(
            select(User.display_name).where(User.login == login)).scalar_one_or_none()
        return name

    # -- writing -----------------------------------------------------------------
    def heartbeat(self, article_id: str, part: str, session_id: str, *, now: datetime,
                  expires_at: datetime) -> LockRow | None:
        """Renew the lock ``session_id`` holds; None when it holds none."""
        return self._s.execute(
            update(ArticleLock)
            .where(ArticleLock.article_id == article_id, ArticleLock.part == part,
                   ArticleLock.session_id == session_id)
            .values(heartbeat_at=now, expires_at=expires_at)
            .returning(*_COLUMNS)
        ).first()

    def release(self, session_id: str, article_id: str | None = None, part: str | None = None) -> int:
        """Delete the session's locks (on one article, on one part of it); how many went."""
        stmt = delete(ArticleLock).where(ArticleLock.session_id == session_id)
        if article_id is not None:
            stmt = stmt.where(ArticleLock.article_id == article_id)
        if part is not None:
            stmt = stmt.where(ArticleLock.part == part)
        return self._s.execute(stmt).rowcount or 0  # type: ignore[attr-defined]

    def upsert(self, article_id: str, part: str, *, holder_login: str, session_id: str, now: datetime,
               expires_at: datetime, only_if_free: bool) -> LockRow | None:
        """One statement: insert, or replace the stored lock (only if expired or ours with ``only_if_free``).

        None when ``only_if_free`` and someone else holds it; NotFound when the article does not exist;
        RowSecurityRefused when the server's policy refuses to touch the stored lock.
        """
        insert: Any
        if self._s.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects import postgresql  # not loaded for a local workspace (~40 ms of a start)

            insert = postgresql.insert
        else:
            insert = sqlite.insert
        stmt = insert(ArticleLock).values(
            article_id=article_id, part=part, holder_login=holder_login,
            session_id=session_id, acquired_at=now, heartbeat_at=now,
            expires_at=expires_at, taken_over_from=None,
        )
        ours = ArticleLock.session_id == session_id
        live = ArticleLock.expires_at >= now
        new = stmt.excluded
        upsert = stmt.on_conflict_do_update(
            index_elements=[ArticleLock.article_id, ArticleLock.part],
            set_={
                "holder_login": new.holder_login,
                "session_id": new.session_id,
                "acquired_at": case((ours, ArticleLock.acquired_at), else_=new.acquired_at),
                "heartbeat_at": new.heartbeat_at,
                "expires_at": new.expires_at,
                # our own lock keeps its history; a taken lock names whom it was taken from
                "taken_over_from": case(
                    (ours, ArticleLock.taken_over_from),
                    (live, ArticleLock.holder_login),
                    else_=None,
                ),
            },
            where=or_(ArticleLock.expires_at < now, ours) if only_if_free else None,
        ).returning(*_COLUMNS)
        try:
            with self._s.begin_nested():
                return self._s.execute(upsert).first()
        except IntegrityError:
            raise NotFound(translate("Errors", "There is no article with id {article_id}; it cannot be locked.").format(
                article_id=article_id)) from None
        except DBAPIError as exc:
            if "row-level security" in str(exc.orig):
                # PostgreSQL checks the UPDATE policy on the stored lock before the DO UPDATE's
                # WHERE: someone else's lock, live or expired, is refused to a non-editor.
                raise RowSecurityRefused() from None
            raise

    # -- the history of a takeover -----------------------------------------------------
    def article(self, article_id: str) -> ArticleData | None:
        row = self._s.get(Article, article_id)
        return to_data(row) if row is not None else None

    def record_takeover(self, article: ArticleData, *, now: datetime, author: str, action: str,
                        note: str) -> bool:
        """A revision with no field changes and the next version; False when a save raced it."""
        bumped = self._s.execute(
            update(Article).where(Article.id == article.id, Article.version == article.version)
            .values(version=article.version + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if bumped != 1:
            return False
        snapshot = article.copy(version=article.version + 1)
        self._s.add(Revision(
            article_id=article.id, number=snapshot.version, created_at=now, author_login=author,
            action=action, from_status=article.status, to_status=article.status, note=note,
            snapshot=json.dumps(snapshot.snapshot(), ensure_ascii=False),
        ))
        return True
