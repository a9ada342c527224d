"""Admin use cases: provisioning a shared database and adding people."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import InvalidInput, PermissionDenied
from desk_app.domain.workflow import Role, can_admin
from desk_app.store import provision as pg
from desk_app.store.users import UserRepository

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext


class AdminService:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace

    def _require(self, what: str) -> None:
        if not can_admin(self._ws.actor, what):
            raise PermissionDenied(
                f"Only an admin can do this; {self._ws.actor.login} is {self._ws.actor.role.value}."
            )

    def provision(self) -> list[str]:
        self._require("provision")
        if not pg.has_server_roles(self._ws.engine):
            raise InvalidInput("Provisioning is for a shared PostgreSQL database; a local workspace needs none.")
        try:
            with self._ws.engine.begin() as conn:
                return pg.provision(conn)
        except DBAPIError as exc:
            raise PermissionDenied(
                "The server refused to provision the database ("
                + str(exc.orig).strip().splitlines()[0]
                + "); connect as a superuser or a role with CREATEROLE that owns the tables."
            ) from None

    def add_user(self, login: str, role: str, *, password: str | None = None, display_name: str = "") -> None:
        self._require("manage_users")
        if role not in {r.value for r in Role}:
            raise InvalidInput(f"Role “{role}” is unknown; use correspondent, translator, editor or admin.")
        if not pg.valid_login(login):
            raise InvalidInput(
                f"“{login}” cannot be a login name; use lower-case letters, digits, _ . and -, starting with a letter."
            )
        try:
            with self._ws.engine.begin() as conn:
                pg.ensure_login(conn, login, role, password)
            with self._ws.unit() as s:
                UserRepository(s).put(login, role=role, display_name=display_name, created_at=self._ws.clock(),
                                      reactivate=True)
        except DBAPIError as exc:
            raise PermissionDenied(
                "The server refused to create the login (" + str(exc.orig).strip().splitlines()[0]
                + "); an admin with CREATEROLE must run this."
            ) from None
