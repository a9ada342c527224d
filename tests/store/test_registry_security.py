"""PostgreSQL: only admins change the registry, and nobody rewrites its history, whatever client."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.services.workspace import Workspace
from desk_app.store.engine import create_desk_engine


@pytest.fixture(scope="module")
def secured(pg_server_url, pg_database_factory):
    tag = uuid.uuid4().hex[:6]
    url = pg_database_factory("desk_reg")
    people = {"edit": f"r{tag}_edit", "boss": f"r{tag}_boss"}
    with Workspace.open(url.render_as_string(hide_password=False)) as ws:
        ws.admin.provision()
        ws.admin.add_user(people["edit"], "editor")
        ws.admin.add_user(people["boss"], "admin")
    urls = {k: url.set(username=login).render_as_string(hide_password=False) for k, login in people.items()}
    yield urls
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in people.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()


def raw(url: str, sql: str) -> None:
    engine = create_desk_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def test_an_admin_changes_the_registry_and_an_editor_cannot(secured):
    with Workspace.open(secured["boss"]) as ws:
        entity = ws.registry.add(Entity("Дудь Юрий Александрович", EntityKind.FOREIGN_AGENT_PERSON))
    with pytest.raises(DBAPIError):
        raw(secured["edit"], "INSERT INTO registry_entities (name, kind, version, updated_at) "
                             "VALUES ('x', 'extremist', 1, now())")
    raw(secured["edit"], f"UPDATE registry_entities SET name = 'x' WHERE id = {entity.id}")  # RLS: no rows
    with Workspace.open(secured["edit"]) as ws:
        assert [e.name for e in ws.registry.entities()] == ["Дудь Юрий Александрович"]


def test_nobody_rewrites_the_history(secured):
    for who in ("edit", "boss"):
        with pytest.raises(DBAPIError):
            raw(secured[who], "UPDATE registry_changes SET changed_by = 'x'")
        with pytest.raises(DBAPIError):
            raw(secured[who], "DELETE FROM registry_changes")
