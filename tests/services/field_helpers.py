"""Shared setup for field sync tests: a provisioned PostgreSQL with real login roles."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.workspace import Workspace

N = DEMO_NOTICE_TEXT


@dataclass
class Newsroom:
    admin_url: URL
    corr: str
    editor: str

    def url(self, login: str) -> URL:
        return self.admin_url.set(username=login)

    def as_(self, login: str) -> Workspace:
        return Workspace.open(self.url(login).render_as_string(hide_password=False))

    def upstream(self, login: str | None = None) -> str:
        return self.url(login or self.corr).render_as_string(hide_password=False)

    def rows(self, sql: str, **params) -> list:
        engine = create_engine(self.admin_url)
        try:
            with engine.connect() as conn:
                return conn.execute(text(sql), params).all()
        finally:
            engine.dispose()


def make_newsroom(pg_database_factory) -> Newsroom:
    tag = uuid.uuid4().hex[:6]
    url = pg_database_factory("desk_field")
    corr, editor = f"f{tag}_corr", f"f{tag}_edit"
    with Workspace.open(url.render_as_string(hide_password=False)) as ws:
        ws.admin.provision()
        ws.admin.add_user(corr, "correspondent")
        ws.admin.add_user(editor, "editor")
    return Newsroom(url, corr, editor)


def drop_roles(pg_server_url, room: Newsroom) -> None:
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in (room.corr, room.editor):
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()


def body(text_: str) -> str:
    return N + "\n\n" + text_


def new_article(headline: str, text_: str = "Текст.") -> ArticleData:
    """A draft complete enough to submit (lede, byline and dateline filled in)."""
    return ArticleData(headline=headline, lede="Коротко о главном.", byline="Корреспондент",
                       dateline_place="Нальчик", body=body(text_))


def server_state(room: Newsroom) -> dict:
    """Everything the exactly-once check needs, read as the admin (no RLS for the superuser)."""
    ops = {r.op_id: r for r in room.rows("SELECT op_id, article_id, outcome, base_version, server_version, "
                                         "payload FROM applied_ops")}
    revisions = room.rows("SELECT article_id, number, action, snapshot FROM revisions")
    articles = {r.id: r for r in room.rows("SELECT id, version, body FROM articles")}
    return {"ops": ops, "revisions": revisions, "articles": articles}


def payload_body(payload: str) -> str:
    return json.loads(payload)["snapshot"]["body"]
