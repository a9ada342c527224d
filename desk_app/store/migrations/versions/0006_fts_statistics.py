"""SQLite: no planner statistics for the search index's own tables.

0005 ends with ``ANALYZE``. On a new workspace the search index is empty
then, and ``sqlite_stat1`` kept saying so for ``article_fts_data`` ("2
rows") however large the index grew; with it SQLite planned FTS5's own
lookups badly, and writing one document took 2.6 ms instead of 0.6 ms
(every save reindexes its article). FTS5's statements are key lookups
that need no statistics, so the rows for its shadow tables are removed,
and ``ANALYZE sqlite_schema`` makes SQLite read the statistics again.
PostgreSQL: nothing to do.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FTS_SHADOW_STATS = (
    "DELETE FROM sqlite_stat1 WHERE tbl IN "
    "('article_fts_data', 'article_fts_idx', 'article_fts_content', 'article_fts_docsize', 'article_fts_config')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    has_stats = op.get_bind().exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
    if has_stats:
        op.execute(FTS_SHADOW_STATS)
        op.execute("ANALYZE sqlite_schema")


def downgrade() -> None:
    pass  # statistics only: nothing to put back
