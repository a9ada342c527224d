"""Field workspaces: the local outbox, the server's record of applied operations, a change cursor.

* ``outbox`` (used in a local field workspace): one row per local write,
  written in the same SQLite transaction as the write — the operation's
  client UUID, the article's UUID, the version it was made on, the
  operation it follows on the same article, and the revision it recorded.
* ``applied_ops`` (used on the shared server): every operation a client
  pushed, with a unique op id written in the same transaction as the
  article change, so a retried push is a no-op; a conflict keeps the
  losing text here.
* ``articles.change_seq`` (PostgreSQL): the id of the transaction that last
  changed the row, set by a trigger; a field workspace pulls what changed
  since the oldest transaction still running when it last pulled.
* ``desk_apply_op(...)``: applies one pushed operation in its own
  subtransaction through the caller's login, so row-level security and the
  notice trigger judge every replayed write (store/sync_pg.py explains it).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime
from desk_app.store.sync_pg import APPLY_FUNCTION, CHANGE_SEQ_FUNCTION, CHANGE_SEQ_TRIGGER, RECORD_FUNCTION

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False, unique=True),
        sa.Column("article_id", sa.String(36), nullable=False, index=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("base_version", sa.Integer, nullable=True),
        sa.Column("after_op", sa.String(36), nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False, server_default="queued", index=True),
        sa.Column("outcome", sa.String(20), nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("sent_at", UTCDateTime, nullable=True),
        sa.Column("server_version", sa.Integer, nullable=True),
        sa.Column("server_snapshot", sa.Text, nullable=False, server_default=""),
        sa.CheckConstraint(
            "state IN ('queued','sent','conflict','needs_attention','superseded')", name="state_known"
        ),
    )
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("article_id", sa.String(36), nullable=False, index=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("base_version", sa.Integer, nullable=True),
        sa.Column("server_version", sa.Integer, nullable=True),
        sa.Column("payload", sa.Text, nullable=False, server_default=""),
        sa.Column("applied_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("outcome IN ('applied','conflict')", name="outcome_known"),
    )
    # ADD COLUMN in place on both backends (a batch recreate would drop SQLite's search triggers)
    op.add_column("articles", sa.Column("change_seq", sa.BigInteger, nullable=True))
    op.create_index("ix_articles_change_seq", "articles", ["change_seq"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CHANGE_SEQ_FUNCTION)
        op.execute(CHANGE_SEQ_TRIGGER)
        op.execute("UPDATE articles SET change_seq = pg_current_xact_id()::text::bigint")
        op.execute(RECORD_FUNCTION)
        op.execute(APPLY_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS desk_apply_op(text, text, text, integer, text, text)")
        op.execute("DROP FUNCTION IF EXISTS desk_record_op(text, text, text, integer, text, text, integer)")
        op.execute("DROP TRIGGER IF EXISTS trg_articles_change_seq ON articles")
        op.execute("DROP FUNCTION IF EXISTS desk_article_change_seq()")
    op.drop_index("ix_articles_change_seq", table_name="articles")
    # Not batch mode: recreating the articles table on SQLite would drop its search triggers.
    # SQLite (3.35+) drops an unindexed column in place.
    op.execute("ALTER TABLE articles DROP COLUMN change_seq")
    op.drop_table("applied_ops")
    op.drop_table("outbox")
