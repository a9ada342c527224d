"""One open database as services use it: its engine, its units of work, and what kind it is.

Services annotate with :data:`Session` and :data:`DatabaseEngine` from here and open
databases through :class:`Database`, so that only the store imports SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.domain.messages import translate
from desk_app.store.engine import create_desk_engine, normalise_url, safe_url, sqlite_path
from desk_app.store.provision import has_server_roles

__all__ = ["Database", "DatabaseEngine", "Session", "probe", "unavailable_message"]

DatabaseEngine = Engine
"""The engine of an open database, as services hold it (to share it or to dispose of it)."""


class Database:
    """An engine with its session factory; :meth:`unit` is a transaction that is all or nothing."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.url = safe_url(engine.url)            # safe to show: never carries a password
        self.path: Path | None = sqlite_path(engine.url)
        self.shared = has_server_roles(engine)     # a server other clients use, not a local file
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL) -> Database:
        """Connect to ``url`` and check that it answers; DatabaseUnavailable says why it does not."""
        engine = create_desk_engine(normalise_url(url))
        try:
            probe(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(unavailable_message(self.url, exc)) from None
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def probe(engine: Engine) -> None:
    """Raise DatabaseUnavailable (one sentence) unless the database answers and is readable."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        raise DatabaseUnavailable(unavailable_message(safe_url(engine.url), exc)) from None


def unavailable_message(url: str, exc: DBAPIError) -> str:
    """What went wrong with the database at ``url`` (shown safe), and what to do, in one sentence."""
    raw = str(exc.orig) if getattr(exc, "orig", None) is not None else str(exc)
    first = raw.strip().splitlines()[0] if raw.strip() else type(exc).__name__
    lowered = raw.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return translate("Errors", "{url} is not a Desk database or is damaged ({first}); open another workspace or "
                                   "restore a backup.").format(url=url, first=first)
    if "unable to open database" in lowered:
        return translate("Errors", "Cannot open {url}: the file cannot be created or read here; check the path and "
                                   "its permissions.").format(url=url)
    if "readonly" in lowered or "read-only" in lowered:
        return translate("Errors", "Cannot write to {url}: the file is read-only; make it writable or open another "
                                   "workspace.").format(url=url)
    if "database is locked" in lowered:
        return translate("Errors", "{url} is locked by another program; close it there or open another "
                                   "workspace.").format(
            url=url)
    if "password authentication failed" in lowered:
        return translate("Errors", "The server at {url} refused the password; check the user name and "
                                   "password.").format(
            url=url)
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return translate("Errors", "The host in {url} is unknown; check the server name.").format(url=url)
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return translate("Errors", "Cannot reach the database server at {url}: {first}; check that it is "
                                   "running.").format(
            url=url, first=first.rstrip('.'))
    if 'database "' in lowered and "does not exist" in lowered:
        return translate("Errors", "The database in {url} does not exist on that server; check its name.").format(
            url=url)
    return translate("Errors", "The database {url} cannot be used: {first}.").format(url=url, first=first.rstrip('.'))
