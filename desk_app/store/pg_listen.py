"""A PostgreSQL connection that LISTENs on channels, over plain psycopg 3 (for services/live.py).

:func:`open_listen_connection` connects in autocommit with TCP keepalives; the
:class:`ListenConnection` LISTENs, hands out ``(channel, payload)`` pairs and pings an idle server.
Every driver failure (cannot connect, connection lost) is a :class:`ListenConnectionLost`
whose text is the driver's message, which may quote the password: scrub it before showing
or logging it. psycopg is imported on connecting, never at import time: a local workspace
never needs it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desk_app.store.engine import DatabaseURL, psycopg_kwargs

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_SECONDS = 2   # libpq's minimum; keeps a listener's stop() prompt while a server is unreachable


class ListenConnectionLost(Exception):
    """The listening connection could not be made, or broke; ``str()`` is the driver's message."""


def connect_kwargs(url: DatabaseURL | str, application_name: str) -> dict[str, Any]:
    """psycopg keyword arguments for a listening connection (the password stays a separate value)."""
    kwargs = psycopg_kwargs(
        url, application_name=application_name, connect_timeout=CONNECT_TIMEOUT_SECONDS,
        keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
    )
    kwargs["autocommit"] = True
    return kwargs


def open_listen_connection(url: DatabaseURL | str, application_name: str) -> ListenConnection:
    """Connect (not yet listening: see :meth:`ListenConnection.listen`); raises ListenConnectionLost."""
    import psycopg

    try:
        conn = psycopg.connect(**connect_kwargs(url, application_name))
    except psycopg.Error as exc:
        raise ListenConnectionLost(str(exc)) from exc
    return ListenConnection(conn)


class ListenConnection:
    """An open listening connection; a context manager that closes it."""

    def __init__(self, conn: psycopg.Connection[Any]):
        self._conn = conn
        self.backend_pid: int = conn.info.backend_pid

    def listen(self, channels: Iterable[str]) -> None:
        """LISTEN on each of ``channels`` (names of this program's own, never user input)."""
        for channel in channels:
            self._execute(f"LISTEN {channel}")

    def notifications(self, timeout: float) -> Iterator[tuple[str, str]]:
        """``(channel, payload)`` for each notification within ``timeout`` seconds; raises ListenConnectionLost."""
        import psycopg

        try:
            for note in self._conn.notifies(timeout=timeout):
                yield note.channel, note.payload
        except psycopg.Error as exc:
            raise ListenConnectionLost(str(exc)) from exc

    def ping(self) -> None:
        """Raises ListenConnectionLost when the server went away silently."""
        self._execute("SELECT 1")

    def _execute(self, statement: str) -> None:
        import psycopg

        try:
            self._conn.execute(statement)
        except psycopg.Error as exc:
            raise ListenConnectionLost(str(exc)) from exc

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ListenConnection:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
