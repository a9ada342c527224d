"""An article's history (the ``revisions`` table): listing, reading one, and setting a text aside."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session

from desk_app.store.models import Article, Revision, User


def revisions_of(session: Session, article_id: str) -> Sequence[Revision]:
    """Every revision of the article, oldest first."""
    return session.scalars(
        select(Revision).where(Revision.article_id == article_id).order_by(Revision.number)
    ).all()


def snapshot_of(session: Session, article_id: str, number: int) -> str | None:
    """The JSON snapshot of revision ``number``, or None when the article has no such revision."""
    return session.scalars(
        select(Revision.snapshot).where(Revision.article_id == article_id, Revision.number == number)
    ).first()


def snapshot_at(session: Session, article_id: str, version: int, *, skip_action: str) -> str | None:
    """The snapshot of the newest revision up to ``version`` whose action is not ``skip_action``."""
    return session.scalars(
        select(Revision.snapshot).where(
            Revision.article_id == article_id, Revision.number <= version, Revision.action != skip_action,
        ).order_by(Revision.number.desc()).limit(1)
    ).first()


def last_author(session: Session, article_id: str) -> tuple[str | None, str | None] | None:
    """(login, display name) of whoever wrote the newest revision, or None without revisions."""
    row = session.execute(
        select(Revision.author_login, User.display_name)
        .outerjoin(User, User.login == Revision.author_login)
        .where(Revision.article_id == article_id)
        .order_by(Revision.number.desc()).limit(1)
    ).first()
    return (row.author_login, row.display_name) if row is not None else None


def bump_version(session: Session, article_id: str, expected: int,
                 now: datetime) -> Row[str, str | None, str | None] | None:
    """Move the article from version ``expected`` to the next without changing its content.

    Returns its (status, author_login, translated_from), or None when it is no longer at ``expected``.
    """
    return session.execute(
        update(Article).where(Article.id == article_id, Article.version == expected)
        .values(version=expected + 1, updated_at=now)
        .returning(Article.status, Article.author_login, Article.translated_from)
        .execution_options(synchronize_session=False)
    ).first()
