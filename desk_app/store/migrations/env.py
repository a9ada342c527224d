"""Alembic environment: runs on the connection Desk hands over (see store.migrate)."""
from __future__ import annotations

from alembic import context

from desk_app.store import models  # noqa: F401  (registers the tables)
from desk_app.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - Desk always passes a connection
    raise RuntimeError("Desk runs its migrations through desk_app.store.migrate, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
