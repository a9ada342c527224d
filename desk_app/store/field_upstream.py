"""The connection from a field workspace to its upstream PostgreSQL server.

Engines without a pool: a connection cut mid-push is never handed out again.
What is read and written through them is in store/sync_pg.py.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from desk_app.store import sync_pg

SYNC_APPLICATION_NAME = "Desk field sync"


def sync_engine(url: URL) -> Engine:
    """The engine field sync pushes and pulls through; keepalives notice a dead peer."""
    return create_engine(url, poolclass=NullPool, connect_args={
        "application_name": SYNC_APPLICATION_NAME, "connect_timeout": 5, "keepalives": 1,
        "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
        "tcp_user_timeout": 30000,
    })


def whoami(url: URL) -> tuple[str, str | None, str]:
    """Connect once to ``url``: the login, its Desk role (None: not a Desk user) and display name.

    SQLAlchemy's DBAPIError says why the server cannot be used."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            return sync_pg.whoami(conn)
    finally:
        engine.dispose()


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One REPEATABLE READ transaction on ``engine``: every read in it sees the same snapshot."""
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn
