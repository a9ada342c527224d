"""One engine factory that knows the two dialects Desk speaks.

SQLite: foreign keys on, WAL journal, a busy timeout so that a second process
waits instead of failing at once. PostgreSQL (psycopg 3): pre-ping so that a
dropped connection is replaced, and an application name that shows who is
connected in ``pg_stat_activity``.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.domain.messages import translate

APPLICATION_NAME = "Desk"
SQLITE_BUSY_TIMEOUT_MS = 5000


def normalise_url(raw: str | URL) -> URL:
    """Accept ``sqlite:///path``, ``postgresql://…`` or ``postgres://…``; pick the drivers Desk uses."""
    try:
        url = make_url(raw) if isinstance(raw, str) else raw
    except ArgumentError:
        raise DatabaseUnavailable(
            translate("Errors", "“{raw}” is not a database URL; use sqlite:///PATH or "
                                "postgresql://USER@HOST:PORT/DATABASE.").format(raw=raw)
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return url.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseUnavailable(
        translate("Errors", "Desk cannot use a “{backend}” database; use sqlite:///PATH or "
                            "postgresql://USER@HOST:PORT/DATABASE.").format(backend=backend)
    )


DatabaseURL = URL
"""A database URL as services pass it around (SQLAlchemy's; the password stays inside it)."""


def as_url(url: URL | str) -> URL:
    """``url`` parsed when it is a string."""
    return make_url(url) if isinstance(url, str) else url


def postgres_url(*, host: str | None, port: int | None, database: str | None, user: str | None,
                 password: str | None, sslmode: str) -> URL:
    """The URL of a shared PostgreSQL database, with the driver Desk uses; unset parts left out."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None,
                      host=host or None, port=port, database=database or None, query={"sslmode": sslmode})


def is_postgres(url: URL | str) -> bool:
    """Whether ``url`` names a PostgreSQL server (other clients can share it) rather than a local file."""
    return as_url(url).get_backend_name() == "postgresql"


def psycopg_kwargs(url: URL | str, **options: Any) -> dict[str, Any]:
    """psycopg keyword arguments for ``url`` plus ``options``; the URL's query parameters win over
    ``options``, the password is a separate value, and unset values are left out."""
    url = as_url(url)
    kwargs: dict[str, Any] = {
        "host": url.host or None, "port": url.port or None, "dbname": url.database or None,
        "user": url.username or None, "password": url.password or None, **options,
    }
    for key, value in url.query.items():
        kwargs[key] = value if isinstance(value, str) else value[-1]
    return {k: v for k, v in kwargs.items() if v is not None}


def safe_url(url: URL | str) -> str:
    """The URL as it may be shown or logged: never with a password."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return "<invalid URL>"
    return url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared database is, as it may be shown: no password, no other query parameters."""

    host: str
    port: int | None
    database: str | None
    username: str | None
    sslmode: str | None


def server_address(url: str) -> ServerAddress | None:
    """The parts of a database URL a person needs to recognise it; None when it is not a URL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    tls = parsed.query.get("sslmode")
    return ServerAddress(host=parsed.host or "localhost", port=parsed.port, database=parsed.database,
                         username=parsed.username, sslmode=tls if isinstance(tls, str) or tls is None else tls[-1])


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


DAMAGED_TEXT = "\ufffd"
"""What invalid UTF-8 stored in SQLite reads as."""


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def fast_text_rows(session: Any, stmt: Any) -> list[Any]:
    """All rows of a read-only ``stmt`` on SQLite, decoded by sqlite3's own UTF-8 (in C) rather
    than :func:`_lenient_text` (a Python call per value: seconds for a million values). A row of
    invalid UTF-8 makes sqlite3 refuse; the statement then runs again, lenient."""
    dbapi = session.connection().connection.dbapi_connection
    dbapi.text_factory = str
    try:
        return list(session.execute(stmt).all())
    except Exception as exc:   # sqlite3.OperationalError wrapped by SQLAlchemy: "Could not decode"
        if "decode" not in str(exc):
            raise
    finally:
        dbapi.text_factory = _lenient_text
    return list(session.execute(stmt).all())


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is turned off so that SQLAlchemy's
    # BEGIN is the one that counts (SQLAlchemy docs: "Serializable isolation /
    # Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    # SQLite stores whatever bytes a writer gives it: one row of invalid UTF-8 must not stop every
    # read of the table. It reads as U+FFFD, and `desk check` names the article (DAMAGED_TEXT).
    dbapi_connection.text_factory = _lenient_text
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def create_desk_engine(raw_url: str | URL, *, application_name: str = APPLICATION_NAME,
                       echo: bool = False) -> Engine:
    url = normalise_url(raw_url)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise DatabaseUnavailable(
                translate("Errors", "Cannot open {path}: the folder {parent} does not exist; create it or choose "
                                    "another file.").format(path=path, parent=path.parent)
            )
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        connect_args={"application_name": application_name, "connect_timeout": 10},
    )
