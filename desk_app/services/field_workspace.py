"""Opening and setting up a field workspace: the local replica, its lock, its link, its sync."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import DatabaseUnavailable, InvalidInput
from desk_app.domain.messages import translate
from desk_app.services.context import Clock
from desk_app.services.field import (
    LOGIN,
    UPSTREAM,
    FieldLink,
    OutboxRecorder,
    WorkspaceLock,
    check_sqlite_file,
    clean_upstream,
    field_link,
    is_linked,
    upstream_label,
)
from desk_app.services.workspace import Workspace, system_clock
from desk_app.store import field_replica, field_upstream
from desk_app.store.engine import DatabaseURL, as_url
from desk_app.store.models import WorkspaceSetting


class FieldWorkspace:
    """An open field workspace. ``local`` is an ordinary Workspace whose writes are queued."""

    def __init__(self, local: Workspace, lock: WorkspaceLock, link: FieldLink, password: str | None):
        from desk_app.services.sync import SyncService

        self.local = local
        self.link = link
        self.password = password
        self._lock = lock
        local.outbox_recorder = OutboxRecorder(local.clock)
        local.field = self
        self.sync = SyncService(self)

    @property
    def path(self) -> Path:
        assert self.local.info.path is not None
        return self.local.info.path

    def where(self) -> str:
        return upstream_label(self.link.upstream)

    @classmethod
    def open(cls, path: Path, *, password: str | None = None, clock: Clock = system_clock) -> FieldWorkspace:
        """Open an existing field workspace, with or without the server."""
        path = Path(path)
        if not path.exists():
            raise DatabaseUnavailable(
                translate("Errors", "There is no field workspace at {path}; set one up with “desk field init "
                                    "--upstream URL”.").format(path=path)
            )
        check_sqlite_file(path, existing=True)
        lock = WorkspaceLock(path)
        lock.acquire()
        try:
            local = Workspace.open(f"sqlite:///{path}", clock=clock)
            with local.unit() as s:
                settings = {k: (s.get(WorkspaceSetting, k) or WorkspaceSetting(value="")).value
                            for k in (UPSTREAM, LOGIN)}
            link = field_link(settings)
            if link is None:
                local.close()
                raise DatabaseUnavailable(
                    translate("Errors", "{path} is a local workspace, not a field workspace; set one up with “desk "
                                        "field init --upstream URL”.").format(path=path)
                )
            local.close()
            local = Workspace.open(f"sqlite:///{path}", user=link.login, clock=clock)
            return cls(local, lock, link, password)
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def is_field_workspace(path: Path) -> bool:
        """True when ``path`` is a field workspace (read without writing a byte)."""
        return is_linked(Path(path))

    @classmethod
    def init(cls, path: Path, upstream: str, *, password: str | None = None,
             clock: Clock = system_clock) -> FieldWorkspace:
        """Link a new local replica to ``upstream`` (reachable now) and take in the person's articles."""
        path = Path(path)
        url = clean_upstream(upstream)
        password = password or clean_password(upstream)
        check_sqlite_file(path)
        if path.exists() and path.stat().st_size > 0:
            raise InvalidInput(translate("Errors", "{path} already exists; open it, or choose a new file for the "
                                                   "field workspace.").format(path=path))
        login, role, name = _whoami(url.set(password=password) if password else url)
        lock = WorkspaceLock(path)
        lock.acquire()
        try:
            local = Workspace.open(f"sqlite:///{path}", user=login, clock=clock)
            with local.unit() as s:
                field_replica.ensure_person(s, login, role, name, clock())
                for key, value in ((UPSTREAM, url.render_as_string(hide_password=True)), (LOGIN, login)):
                    s.add(WorkspaceSetting(key=key, value=value))
            local.close()
            local = Workspace.open(f"sqlite:///{path}", user=login, clock=clock)
            field = cls(local, lock, FieldLink(url, login), password)
        except BaseException:
            lock.release()
            raise
        try:
            field.sync.pull_policy()
            field.sync.pull()
        except BaseException:
            field.close()
            raise
        return field

    def close(self) -> None:
        self.local.close()  # which calls release()

    def release(self) -> None:
        self.sync.close()
        self._lock.release()

    def __enter__(self) -> FieldWorkspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def clean_password(raw: str) -> str | None:
    try:
        return as_url(raw).password
    except Exception:  # noqa: BLE001 - a malformed URL was refused by clean_upstream already
        return None


def _whoami(url: DatabaseURL) -> tuple[str, str, str]:
    try:
        login, role, name = field_upstream.whoami(url)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
        raise DatabaseUnavailable(
            translate("Errors", "Cannot set up the field workspace: {server} cannot be used ({first}); "
                                "check the server and your login, then try again.").format(
            server=upstream_label(url), first=first.rstrip('.'))
        ) from None
    if role is None:
        raise DatabaseUnavailable(
            translate("Errors", "The login “{login}” is not a Desk user on {server}; ask an admin to run "
                                "“desk user add {login} --role ROLE”.").format(
            login=login, server=upstream_label(url))
        )
    return login, role, name


def field_path_for(profile: Any) -> Path:
    """Where the field workspace of a connection profile lives: one file per server, database and login."""
    from desk_app.services.paths import data_dir

    raw = f"{profile.host or 'localhost'}-{profile.port}-{profile.database}-{profile.user}"
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", raw)[:150]
    return data_dir() / "field" / f"{name}.sqlite3"


def open_for_profile(profile: Any, password: str | None, *, clock: Clock = system_clock) -> FieldWorkspace:
    """The profile's field workspace: opened at once when it exists (no server needed), else set up."""
    path = field_path_for(profile)
    if is_linked(path):
        return FieldWorkspace.open(path, password=password, clock=clock)
    path.parent.mkdir(parents=True, exist_ok=True)
    return FieldWorkspace.init(path, profile.url(password).render_as_string(hide_password=False),
                               password=password, clock=clock)
