"""Admin use cases: provisioning a shared database and adding people."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import InvalidInput, PermissionDenied
from desk_app.domain.messages import translate
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
                translate("Errors", "Only an admin can do this; {login} is {role}.").format(
                login=self._ws.actor.login, role=self._ws.actor.role.word)
            )

    def provision(self) -> list[str]:
        self._require("provision")
        if not pg.has_server_roles(self._ws.engine):
            raise InvalidInput(translate("Errors", "Provisioning is for a shared PostgreSQL database; a local "
                                                   "workspace needs none."))
        try:
            with self._ws.engine.begin() as conn:
                return pg.provision(conn)
        except DBAPIError as exc:
            raise PermissionDenied(
                translate("Errors", "The server refused to provision the database ({reason}); connect as a superuser "
                                    "or a role with CREATEROLE that owns the tables.").format(
                reason=str(exc.orig).strip().splitlines()[0])
            ) from None

    def add_user(self, login: str, role: str, *, password: str | None = None, display_name: str = "") -> None:
        self._require("manage_users")
        if role not in {r.value for r in Role}:
            raise InvalidInput(translate("Errors", "Role “{role}” is unknown; use correspondent, translator, editor "
                                                   "or admin.").format(role=role))
        if not pg.valid_login(login):
            raise InvalidInput(
                translate("Errors", "“{login}” cannot be a login name; use lower-case letters, digits, _ . and -, "
                                    "starting with a letter.").format(login=login)
            )
        try:
            with self._ws.engine.begin() as conn:
                pg.ensure_login(conn, login, role, password)
            with self._ws.unit() as s:
                UserRepository(s).put(login, role=role, display_name=display_name, created_at=self._ws.clock(),
                                      reactivate=True)
        except DBAPIError as exc:
            raise PermissionDenied(
                translate("Errors", "The server refused to create the login ({reason}); an admin with CREATEROLE must "
                                    "run this.").format(reason=str(exc.orig).strip().splitlines()[0])
            ) from None
