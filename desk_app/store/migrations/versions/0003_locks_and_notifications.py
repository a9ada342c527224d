"""Edit locks, and change notifications for live refresh on PostgreSQL.

``article_locks`` holds advisory locks per article part (body, meta) with a
heartbeat and an expiry. On PostgreSQL, triggers send ``NOTIFY desk_articles``
with ``id:version`` after every article write and ``NOTIFY desk_locks`` with
the article id after every lock change, so other clients refresh within a
second of the commit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_locks",
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("part", sa.String(10), primary_key=True),
        sa.Column("holder_login", sa.String(63), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("acquired_at", UTCDateTime, nullable=False),
        sa.Column("heartbeat_at", UTCDateTime, nullable=False),
        sa.Column("expires_at", UTCDateTime, nullable=False),
        sa.Column("taken_over_from", sa.String(63), nullable=True),
        sa.CheckConstraint("part IN ('body','meta')", name="part_known"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
CREATE OR REPLACE FUNCTION desk_notify_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('desk_articles', NEW.id || ':' || NEW.version);
  RETURN NULL;
END $$""")
        op.execute("CREATE TRIGGER trg_articles_notify AFTER INSERT OR UPDATE ON articles "
                   "FOR EACH ROW EXECUTE FUNCTION desk_notify_article()")
        op.execute("""
CREATE OR REPLACE FUNCTION desk_notify_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('desk_locks', COALESCE(NEW.article_id, OLD.article_id));
  RETURN NULL;
END $$""")
        op.execute("CREATE TRIGGER trg_locks_notify AFTER INSERT OR UPDATE OR DELETE ON article_locks "
                   "FOR EACH ROW EXECUTE FUNCTION desk_notify_lock()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_locks_notify ON article_locks")
        op.execute("DROP TRIGGER IF EXISTS trg_articles_notify ON articles")
        op.execute("DROP FUNCTION IF EXISTS desk_notify_lock()")
        op.execute("DROP FUNCTION IF EXISTS desk_notify_article()")
    op.drop_table("article_locks")
