"""A workspace: one open database, the person using it, and the services over it.

Not a singleton: the UI holds one Workspace at a time and may switch to
another; tests open as many as they like. Opening runs the migrations (after
copying a local SQLite file aside when they would change it).
"""
from __future__ import annotations

import getpass
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.errors import DatabaseUnavailable
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
from desk_app.store.engine import create_desk_engine, normalise_url, safe_url, sqlite_path
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

    def __init__(self, engine: Engine, *, user: str | None = None, clock: Clock = system_clock):
        self.engine = engine
        self.clock = clock
        self.dialect = engine.dialect.name
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        path = sqlite_path(engine.url)
        self.info = WorkspaceInfo(
            url=safe_url(engine.url), kind="local" if self.dialect == "sqlite" else "shared", path=path
        )
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
        engine = create_desk_engine(normalise_url(url))
        try:
            _probe(engine)
            if run_migrations:
                migrate.upgrade(engine)
            elif migrate.current_revision(engine) != migrate.head_revision():
                raise DatabaseUnavailable(
                    f"The database {safe_url(engine.url)} needs a schema upgrade; run “desk db upgrade”."
                )
            return cls(engine, user=user, clock=clock)
        except BaseException:
            engine.dispose()
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
    @contextmanager
    def unit(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(_operational_message(self.info.url, exc)) from None
        finally:
            session.close()

    def journal(self, session: Session, revision: Revision, *, created: bool = False) -> None:
        """Called in the transaction of every recorded write; a field workspace queues it for upstream."""
        if self.outbox_recorder is not None:
            self.outbox_recorder(session, revision, created)

    # -- users ---------------------------------------------------------------
    def _resolve_user(self, requested: str | None) -> Actor:
        with self.unit() as s:
            users = UserRepository(s)
            if self.dialect == "postgresql":
                login = requested or users.server_login()
            else:
                login = requested or os_login()
            role_name = users.role(login)
            if role_name is None:
                if self.dialect == "postgresql" and requested is None and users.any():
                    raise DatabaseUnavailable(
                        f"The login “{login}” is not a Desk user on this server; ask an admin to run "
                        f"“desk user add {login} --role ROLE”."
                    )
                # The first person in a workspace administers it; a local
                # workspace belongs to the person whose machine it is.
                role_name = (Role.ADMIN if not users.any() or self.dialect == "sqlite" else Role.CORRESPONDENT).value
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


def _probe(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        raise DatabaseUnavailable(_operational_message(safe_url(engine.url), exc)) from None


def _operational_message(url: str, exc: DBAPIError) -> str:
    raw = str(exc.orig) if getattr(exc, "orig", None) is not None else str(exc)
    first = raw.strip().splitlines()[0] if raw.strip() else type(exc).__name__
    lowered = raw.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return f"{url} is not a Desk database or is damaged ({first}); open another workspace or restore a backup."
    if "unable to open database" in lowered:
        return f"Cannot open {url}: the file cannot be created or read here; check the path and its permissions."
    if "readonly" in lowered or "read-only" in lowered:
        return f"Cannot write to {url}: the file is read-only; make it writable or open another workspace."
    if "database is locked" in lowered:
        return f"{url} is locked by another program; close it there or open another workspace."
    if "password authentication failed" in lowered:
        return f"The server at {url} refused the password; check the user name and password."
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return f"The host in {url} is unknown; check the server name."
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return f"Cannot reach the database server at {url}: {first.rstrip('.')}; check that it is running."
    if 'database "' in lowered and "does not exist" in lowered:
        return f"The database in {url} does not exist on that server; check its name."
    return f"The database {url} cannot be used: {first.rstrip('.')}."
