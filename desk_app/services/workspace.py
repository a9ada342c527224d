"""A workspace: one open database, the person using it, and the services over it.

Not a singleton: the UI holds one Workspace at a time and may switch to
another; tests open as many as they like. Opening runs the migrations (after
copying a local SQLite file aside when they would change it).
"""
from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.domain.messages import translate
from desk_app.domain.workflow import Actor, Role
from desk_app.services.admin import AdminService
from desk_app.services.articles import ArticleService
from desk_app.services.context import Clock
from desk_app.services.locks import LockService
from desk_app.services.media import MediaService
from desk_app.services.pairing import PairingService
from desk_app.services.policy import PolicyService
from desk_app.services.settings import WorkspaceSettings
from desk_app.services.transfer import TransferService
from desk_app.services.workflow import WorkflowService
from desk_app.store import migrate
from desk_app.store.unit import Database, DatabaseEngine, Session
from desk_app.store.users import UserRepository

if TYPE_CHECKING:
    from desk_app.services.field import FieldConnection
    from desk_app.store.models import Revision


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


def os_login() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "desk"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:63] or "desk"


@dataclass(frozen=True)
class WorkspaceInfo:
    url: str            # safe to show: never carries a password
    kind: str           # "local" or "shared"
    path: Path | None   # the SQLite file of a local workspace


class Workspace:
    """An open database with its services. Use as a context manager or call close()."""

    def __init__(self, engine: DatabaseEngine, *, user: str | None = None, clock: Clock = system_clock):
        self.engine = engine
        self.clock = clock
        self._db = Database(engine)
        self.dialect = self._db.dialect
        self.info = WorkspaceInfo(url=self._db.url, kind="shared" if self._db.shared else "local", path=self._db.path)
        self.actor = self._resolve_user(user)
        # A field workspace records every local write in its outbox (services/outbox.py sets this).
        self.outbox_recorder: Callable[[Session, Revision, bool], None] | None = None
        self.field: FieldConnection | None = None   # set when this is a field workspace's local replica
        self.settings = WorkspaceSettings(self)
        self.policy = PolicyService(self)
        self.articles = ArticleService(self, policy=self.policy)
        self.pairing = PairingService(self, articles=self.articles, policy=self.policy, settings=self.settings)
        self.transfer = TransferService(self, articles=self.articles, policy=self.policy, pairing=self.pairing)
        self.media = MediaService(self, articles=self.articles)
        self.workflow = WorkflowService(self, articles=self.articles)
        self.admin = AdminService(self)
        self.locks = LockService(self)
        from desk_app.services.mentions import MentionService
        from desk_app.services.registry import RegistryService

        self.registry = RegistryService(self, settings=self.settings)
        self.mentions = MentionService(self, registry=self.registry)
        from desk_app.services.spelling import SpellingService

        self.spelling = SpellingService(self)

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, user: str | None = None, clock: Clock = system_clock,
             run_migrations: bool = True) -> Workspace:
        db = Database.open(url)
        try:
            if run_migrations:
                migrate.upgrade(db.engine)
            elif migrate.current_revision(db.engine) != migrate.head_revision():
                raise DatabaseUnavailable(
                    translate("Errors", "The database {url} needs a schema upgrade; run “desk db upgrade”.").format(
                    url=db.url)
                )
            return cls(db.engine, user=user, clock=clock)
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        field, self.field = self.field, None
        if field is not None:
            field.release()   # its upstream engine and its lock
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions --------------------------------------------------------
    def unit(self) -> AbstractContextManager[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        return self._db.unit()

    def journal(self, session: Session, revision: Revision, *, created: bool = False) -> None:
        """Called in the transaction of every recorded write; a field workspace queues it for upstream."""
        if self.outbox_recorder is not None:
            self.outbox_recorder(session, revision, created)

    # -- users ---------------------------------------------------------------
    def _resolve_user(self, requested: str | None) -> Actor:
        with self.unit() as s:
            users = UserRepository(s)
            if self._db.shared:   # the server knows who connected
                login = requested or users.server_login()
            else:
                login = requested or os_login()
            role_name = users.role(login)
            if role_name is None:
                if self._db.shared and requested is None and users.any():
                    raise DatabaseUnavailable(
                        translate("Errors", "The login “{login}” is not a Desk user on this server; ask an admin to "
                                            "run “desk user add {login} --role ROLE”.").format(login=login)
                    )
                # The first person in a workspace administers it; a local
                # workspace belongs to the person whose machine it is.
                role_name = (Role.ADMIN if not users.any() or not self._db.shared else Role.CORRESPONDENT).value
                users.add(login, role=role_name, display_name=login, created_at=self.clock())
            return Actor(login=login, role=Role(role_name))

    def ensure_user(self, login: str, role: Role, display_name: str = "") -> None:
        with self.unit() as s:
            UserRepository(s).put(login, role=role.value, display_name=display_name, created_at=self.clock())

    def as_user(self, login: str) -> Workspace:
        """The same database seen by another user (used by the CLI's --user and by tests)."""
        return Workspace(self.engine, user=login, clock=self.clock)

    def users(self) -> list[tuple[str, str]]:
        with self.unit() as s:
            return UserRepository(s).logins_and_roles()

