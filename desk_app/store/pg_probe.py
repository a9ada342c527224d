"""What a connection test asks a PostgreSQL server, over a plain psycopg connection.

A profile is tested before any engine exists (services/profiles.py decides what the
answers mean); these are the questions. psycopg is imported by the caller, never here
at import time: a local workspace never needs it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

NO_SCHEMA = object()
"""What :func:`schema_revision` returns for a database without Desk's schema."""


def current_login(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT current_user").fetchone()
    assert row is not None, "current_user always answers"
    return str(row[0])


def schema_revision(conn: psycopg.Connection[Any]) -> str | None | object:
    """The database's migration revision: None when it has none, NO_SCHEMA when it is no Desk database."""
    found = conn.execute("SELECT to_regclass('public.alembic_version')").fetchone()
    if found is None or found[0] is None:
        return NO_SCHEMA
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def desk_role(conn: psycopg.Connection[Any], login: str) -> str | None:
    """The Desk role of ``login`` (the ``users`` table), or None for a login that is no Desk user."""
    row = conn.execute("SELECT role FROM users WHERE login = %s", (login,)).fetchone()
    return str(row[0]) if row is not None else None


def has_users(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()
    return bool(row and row[0])


def read_articles(conn: psycopg.Connection[Any]) -> None:
    """Raises psycopg's InsufficientPrivilege unless the login may read articles (its group grants that)."""
    from psycopg import sql

    conn.execute(sql.SQL("SELECT 1 FROM {} LIMIT 0").format(sql.Identifier("articles")))


def is_admin(conn: psycopg.Connection[Any], login: str) -> bool:
    """Superuser, member of desk_admin, or a Desk admin in the ``users`` table."""
    superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if superuser and superuser[0]:
        return True
    group = conn.execute(
        "SELECT pg_has_role(current_user, oid, 'member') FROM pg_roles WHERE rolname = 'desk_admin'").fetchone()
    if group and group[0]:
        return True
    import psycopg

    try:
        with conn.transaction():
            role = desk_role(conn, login)
    except psycopg.Error:
        return False
    return role == "admin"
