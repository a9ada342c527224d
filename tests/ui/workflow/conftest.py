"""Fixtures for the workflow widgets: a synchronous runner, scripted prompts, people and articles.

Every test that takes ``workspace`` runs on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import pytest
from fakes import FakePrompts
from sqlalchemy import update

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.store.guards import status_check_suspended
from desk_app.store.models import Article

BODY = DEMO_NOTICE_TEXT + "\n\nТекст."


@pytest.fixture
def sync_tasks(qapp):
    from desk_app.ui.tasks import SynchronousTaskRunner

    return SynchronousTaskRunner()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def people(workspace):
    """Logins by role; "chief" (who opened the workspace) is the admin."""
    for login, role in (("cora", Role.CORRESPONDENT), ("kate", Role.CORRESPONDENT),
                        ("tran", Role.TRANSLATOR), ("edit", Role.EDITOR)):
        workspace.ensure_user(login, role)
    return {Role.CORRESPONDENT: "cora", Role.TRANSLATOR: "tran", Role.EDITOR: "edit", Role.ADMIN: "chief"}


def create_article(ws, headline: str = "Суд в Нальчике начал рассматривать иск", **fields) -> ArticleData:
    values = dict(headline=headline, lede="Жильцы требуют ремонта.", byline="Аслан Шогенов",
                  dateline_place="Нальчик", body=BODY)
    values.update(fields)
    return ws.articles.create(ArticleData(**values)).article


def force(ws, article_id: str, **values) -> None:
    """Set columns directly (test set-up; the workflow is what is under test)."""
    with ws.unit() as s, status_check_suspended(s):
        s.execute(update(Article).where(Article.id == article_id).values(**values))


@pytest.fixture
def make_article():
    """``make_article(ws, headline=..., **fields)`` creates an article as ``ws``'s user."""
    return create_article


@pytest.fixture
def set_columns():
    """``set_columns(ws, id, status=..., author_login=...)`` puts an article in a state directly."""
    return force
