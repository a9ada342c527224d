"""Field workspaces: a local SQLite replica linked to one shared PostgreSQL database.

A correspondent (anyone, in fact) works in the replica whether or not the
server can be reached. Every local write is recorded in the outbox in the
same SQLite transaction as the write (:class:`OutboxRecorder`), and
services/sync.py pushes it upstream through the person's own login.

Opening a field workspace takes an exclusive lock on ``FILE.lock`` next to
the database (released by the operating system when the process ends, even
when it is killed), so a second window on the same replica is told instead
of racing the first one's pushes.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from desk_app.domain.errors import DatabaseUnavailable, InvalidInput
from desk_app.domain.messages import translate
from desk_app.store import field_replica
from desk_app.store import outbox as outbox_store
from desk_app.store.engine import DatabaseURL, as_url, is_postgres, normalise_url
from desk_app.store.models import Revision
from desk_app.store.unit import Session

UPSTREAM = "field.upstream"      # the server's URL, never with a password
LOGIN = "field.login"
CURSOR = "field.cursor"
LAST_SENT = "field.last_sent_at"
ALONG = "field.take_along"          # JSON list: originals a translator took along
ALONG_NEW = "field.take_along_new"  # of those, the ones not pulled yet


class FieldLocked(DatabaseUnavailable):
    """Another Desk window or command has this field workspace open."""


def upstream_label(url: DatabaseURL) -> str:
    """How errors name the server: host, port and database, never a password or query parameters."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return translate("Errors", "the server {host}{port}, database “{database}”").format(
        host=host, port=port, database=url.database or '')


def clean_upstream(raw: str) -> DatabaseURL:
    """The upstream URL as stored: PostgreSQL, never a password (TLS options are kept, never shown)."""
    try:
        url = normalise_url(raw)
    except DatabaseUnavailable:
        raise InvalidInput(translate("Errors", "The upstream must be a PostgreSQL URL such as "
                                               "postgresql://LOGIN@HOST:PORT/DATABASE.")) from None
    if not is_postgres(url) or not url.database or not url.username:
        raise InvalidInput(translate("Errors", "The upstream must be a PostgreSQL URL with your login and the "
                                               "database, such as postgresql://LOGIN@HOST:PORT/DATABASE."))
    return url.set(password=None)


def check_sqlite_file(path: Path, *, existing: bool = False) -> None:
    """Refuse a file that is not a SQLite database (``existing``: not a Desk one), writing nothing to it."""
    if not path.exists():
        return
    if path.stat().st_size == 0:
        if existing:
            raise DatabaseUnavailable(
                translate("Errors", "{path} is an empty file, not a Desk field workspace; choose another file — "
                                    "this one was left untouched.").format(path=path)
            )
        return
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseUnavailable(
            translate("Errors", "{path} is not a Desk field workspace (it is not a SQLite database); choose another "
                                "file — this one was left untouched.").format(path=path)
        )
    try:
        tables = field_replica.file_tables(path)
    except sqlite3.DatabaseError:
        raise DatabaseUnavailable(
            translate("Errors", "{path} is damaged and cannot be read as a field workspace; restore a backup or "
                                "choose another file — this one was left untouched.").format(path=path)
        ) from None
    if (tables or existing) and "articles" not in tables:
        raise DatabaseUnavailable(
            translate("Errors", "{path} is a SQLite database of another program, not a Desk field workspace; choose "
                                "another file — this one was left untouched.").format(path=path)
        )


class WorkspaceLock:
    """An exclusive, process-bound lock on ``PATH.lock`` (flock / msvcrt)."""

    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise FieldLocked(
                translate("Errors", "The field workspace {file} is already open in another Desk window or command; "
                                    "use that one, or close it first.").format(file=self.path.with_suffix('').name)
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _lock(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


@dataclass(frozen=True)
class FieldLink:
    upstream: DatabaseURL   # without password
    login: str


class OutboxRecorder:
    """Queues every recorded local write, in the write's own transaction."""

    def __init__(self, clock: Any):
        self._clock = clock

    def __call__(self, session: Session, revision: Revision, created: bool) -> None:
        base = None if created else revision.number - 1
        outbox_store.add_op(session, revision, base_version=base, when=self._clock())


def is_linked(path: Path) -> bool:
    """Whether the SQLite file at ``path`` is a field workspace (linked to an upstream server)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    return bool(field_replica.file_setting(path, UPSTREAM))


class FieldConnection(Protocol):
    """What sync needs of an open field workspace: its link upstream and the session's password."""

    link: FieldLink
    password: str | None

    def release(self) -> None:
        """Let go of the upstream engine and the workspace's lock."""
        ...


def field_link(settings: dict[str, str]) -> FieldLink | None:
    upstream = settings.get(UPSTREAM, "")
    if not upstream:
        return None
    return FieldLink(upstream=as_url(upstream), login=settings.get(LOGIN, ""))


@contextmanager
def locked(path: Path) -> Iterator[WorkspaceLock]:
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
