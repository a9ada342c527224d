"""The workflow's lists: the editors' queue of submitted articles and an author's returned ones."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.article import Status
from desk_app.store.models import Article, Revision
from desk_app.store.repository import LIST_COLUMNS


def submitted_rows(session: Session) -> list[Any]:
    """Submitted articles of every language as list rows, oldest first."""
    return list(session.execute(
        select(*LIST_COLUMNS).where(Article.status == Status.SUBMITTED.value)
        .order_by(Article.updated_at.asc(), Article.id)
    ).all())


def returned_rows(session: Session, author_login: str) -> list[tuple[Any, str]]:
    """The author's returned articles as list rows, newest first, each with the last return's note."""
    rows = session.execute(
        select(*LIST_COLUMNS).where(Article.status == Status.RETURNED.value, Article.author_login == author_login)
        .order_by(Article.updated_at.desc())
    ).all()
    out: list[tuple[Any, str]] = []
    for r in rows:
        note = session.execute(
            select(Revision.note).where(Revision.article_id == r.id, Revision.action == "return")
            .order_by(Revision.number.desc()).limit(1)
        ).scalar() or ""
        out.append((r, note))
    return out
