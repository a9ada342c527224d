"""What a connection test asks a PostgreSQL server, over a plain psycopg connection.

A profile is tested before any engine exists (services/profiles.py decides what the
answers mean and what to tell the user); this module connects, asks the questions and
turns the driver's failures into :class:`ProbeFailed` outcomes: :class:`CannotConnect`
(with :func:`connect_failure_kind` reading libpq's message), :class:`NoPrivilege` and
:class:`ServerFailed`. Their text is the driver's message, which may quote the password:
scrub it before showing it. psycopg is imported on connecting, never at import time: a
local workspace never needs it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

Connector = Callable[..., "psycopg.Connection[Any]"]
"""What opens the probe's connection: ``psycopg.connect`` unless a test passes its own."""


class ProbeFailed(Exception):
    """The driver failed; ``str()`` is its message (scrub it before showing it)."""


class CannotConnect(ProbeFailed):
    """No connection could be made."""


class NoPrivilege(ProbeFailed):
    """Connected, but the login lacks a privilege a question needed."""


class ServerFailed(ProbeFailed):
    """Connected, and the server answered a question with another error."""


@contextmanager
def probe_connection(*, host: str, port: int, database: str, user: str, password: str | None, sslmode: str,
                     connect_timeout: int, application_name: str,
                     connect: Connector | None = None) -> Iterator[ServerProbe]:
    """An autocommit connection to ask questions on, closed afterwards; driver failures become ProbeFailed."""
    import psycopg

    connect = connect or psycopg.connect
    kwargs: dict[str, Any] = dict(host=host, port=port, dbname=database, user=user, sslmode=sslmode,
                                  connect_timeout=connect_timeout, application_name=application_name,
                                  autocommit=True)
    if password:
        kwargs["password"] = password
    try:
        conn = connect(**kwargs)
    except psycopg.Error as exc:
        raise CannotConnect(str(exc)) from None
    try:
        with conn:
            yield ServerProbe(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise NoPrivilege(str(exc)) from None
    except psycopg.Error as exc:
        raise ServerFailed(str(exc)) from None


NO_SCHEMA = object()
"""What :func:`ServerProbe.schema_revision` returns for a database without Desk's schema."""


class ServerProbe:
    """The questions a connection test asks, on an open connection (see :func:`probe_connection`)."""

    def __init__(self, conn: psycopg.Connection[Any]):
        self._conn = conn

    def current_login(self) -> str:
        row = self._conn.execute("SELECT current_user").fetchone()
        assert row is not None, "current_user always answers"
        return str(row[0])

    def schema_revision(self) -> str | None | object:
        """The database's migration revision: None when it has none, NO_SCHEMA when it is no Desk database."""
        found = self._conn.execute("SELECT to_regclass('public.alembic_version')").fetchone()
        if found is None or found[0] is None:
            return NO_SCHEMA
        row = self._conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None

    def desk_role(self, login: str) -> str | None:
        """The Desk role of ``login`` (the ``users`` table), or None for a login that is no Desk user."""
        row = self._conn.execute("SELECT role FROM users WHERE login = %s", (login,)).fetchone()
        return str(row[0]) if row is not None else None

    def has_users(self) -> bool:
        row = self._conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()
        return bool(row and row[0])

    def read_articles(self) -> None:
        """Fails (NoPrivilege, through probe_connection) unless the login may read articles (its group grants that)."""
        from psycopg import sql

        self._conn.execute(sql.SQL("SELECT 1 FROM {} LIMIT 0").format(sql.Identifier("articles")))

    def is_admin(self, login: str) -> bool:
        """Superuser, member of desk_admin, or a Desk admin in the ``users`` table."""
        superuser = self._conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if superuser and superuser[0]:
            return True
        group = self._conn.execute(
            "SELECT pg_has_role(current_user, oid, 'member') FROM pg_roles WHERE rolname = 'desk_admin'").fetchone()
        if group and group[0]:
            return True
        import psycopg

        try:
            with self._conn.transaction():
                role = self.desk_role(login)
        except psycopg.Error:
            return False
        return role == "admin"


def connect_failure_kind(message: str) -> str:
    """What libpq's message about a failed connection means, as one word (``"other"`` when unknown).

    One of: password_refused, password_missing, unknown_host, no_tls, tls_failed, no_database,
    no_login, login_disabled, no_connect_privilege, host_refused, server_full, server_starting,
    unreachable, other. ``message`` may be scrubbed first.
    """
    text = message.lower()
    if "password authentication failed" in text or "authentication failed" in text:
        return "password_refused"
    if "no password supplied" in text or "password is required" in text:
        return "password_missing"
    if any(s in text for s in ("failed to resolve host", "could not translate host name",
                               "name or service not known", "nodename nor servname", "temporary failure in name")):
        return "unknown_host"
    if "server does not support ssl" in text or "ssl was required" in text:
        return "no_tls"
    if any(s in text for s in ("certificate verify failed", "root certificate file", "certificate",
                               "ssl error", "sslmode value", "tlsv1 alert")):
        return "tls_failed"
    if 'database "' in text and "does not exist" in text:
        return "no_database"
    if 'role "' in text and "does not exist" in text:
        return "no_login"
    if "not permitted to log in" in text:
        return "login_disabled"
    if "permission denied for database" in text or "connect privilege" in text:
        return "no_connect_privilege"
    if "pg_hba.conf" in text:
        return "host_refused"
    if "too many clients" in text or "remaining connection slots" in text:
        return "server_full"
    if "starting up" in text or "shutting down" in text or "in recovery mode" in text:
        return "server_starting"
    if any(s in text for s in ("connection refused", "could not connect", "timeout expired", "timed out",
                               "no route to host", "network is unreachable", "connection failed")):
        return "unreachable"
    return "other"


def first_line(message: str) -> str:
    """The informative part of a driver's message: its first line, without libpq's prefixes."""
    line = message.strip().splitlines()[0] if message.strip() else "no details"
    for prefix in ("connection failed: ", "connection is bad: "):
        if line.startswith(prefix):
            line = line[len(prefix):]
    if "failed: " in line:
        line = line.split("failed: ", 1)[1]
    return line.replace("FATAL:  ", "").rstrip(".")
