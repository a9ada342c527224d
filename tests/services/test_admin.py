"""Admin use cases on both databases: provisioning only where there are server roles, adding people."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from desk_app.domain.errors import InvalidInput
from desk_app.domain.workflow import Role


def _server_role_exists(workspace, name: str) -> bool:
    with workspace.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def test_provisioning_a_local_workspace_is_refused_with_a_reason(sqlite_url, clock):
    from desk_app.services.workspace import Workspace

    with Workspace.open(sqlite_url, clock=clock) as ws, pytest.raises(InvalidInput, match="local workspace"):
        ws.admin.provision()


def test_adding_a_person_makes_a_desk_user_and_on_a_server_a_login(workspace):
    workspace.admin.add_user("vera_admin_t", Role.EDITOR.value, display_name="Vera")
    assert ("vera_admin_t", "editor") in workspace.users()
    if workspace.info.kind == "shared":
        try:
            assert _server_role_exists(workspace, "vera_admin_t")
        finally:
            with workspace.engine.begin() as conn:
                conn.execute(text('DROP ROLE IF EXISTS "vera_admin_t"'))
    else:
        assert workspace.info.kind == "local"
