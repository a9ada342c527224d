"""Field sync pushes a batch in one call: ``desk_apply_ops(...)``, one subtransaction per operation.

The client sent each operation as its own ``SELECT desk_apply_op(...)``,
pipelined; every call paid a statement's start-up, a ``search_path`` switch
in and out (twice, with ``desk_record_op``) and two ``applied_ops`` look-ups.
``desk_apply_ops`` takes the batch as arrays and loops over it; each
operation keeps its own ``BEGIN … EXCEPTION`` block (a savepoint), in which
the article write and its ``applied_ops`` row commit or vanish together,
through the caller's own login (SECURITY INVOKER: row-level security and the
notice trigger apply). The op ids already recorded are read once per batch.
``desk_apply_op`` becomes a one-op call of it, so an older client still pushes.
Both keep the pinned ``search_path``.

Every replayed write (and every save online) also ran the search dictionary
trigger, whose ``NOT EXISTS`` probe PL/pgSQL planned as a hash anti join over
a sequential scan of all of ``search_lexemes``: a third of the push's server
time. ``desk_add_search_lexemes`` now leaves the skipping to its
``ON CONFLICT DO NOTHING`` (store/search_pg.py).

PostgreSQL only (SQLite replicas never apply ops, and their search triggers
are SQLite's own): a no-op on SQLite.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

from desk_app.store.search_pg import ADD_LEXEMES_FUNCTION, ADD_LEXEMES_FUNCTION_0015
from desk_app.store.sync_pg import APPLY_BATCH_FUNCTION, APPLY_ONE_FUNCTION, APPLY_WITH_PHOTO_FUNCTION

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

BATCH_SIGNATURE = "desk_apply_ops(text[], text[], text[], integer[], text[], text[])"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPLY_BATCH_FUNCTION)
        op.execute(APPLY_ONE_FUNCTION)
        op.execute(ADD_LEXEMES_FUNCTION_0015)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ADD_LEXEMES_FUNCTION)
        op.execute(APPLY_WITH_PHOTO_FUNCTION)
        op.execute(f"DROP FUNCTION {BATCH_SIGNATURE}")
