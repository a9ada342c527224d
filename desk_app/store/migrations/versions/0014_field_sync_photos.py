"""Field sync links photos: a replayed operation's ``photo_media`` becomes its ``article_photos`` row.

The client sends the photos the server lacks before the operations that name
them (services/sync.py); ``desk_apply_op`` then links the article to its photo
in the same subtransaction as the article write, so the foreign key to
``media`` judges the link. PostgreSQL only (SQLite replicas never apply ops). The field sync functions of
0010 also get the pinned ``search_path`` every other ``desk_*`` function has
had since 0009 (``pg_catalog`` first: a session cannot shadow a built-in).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

from desk_app.store.sync_pg import APPLY_FUNCTION, APPLY_WITH_PHOTO_FUNCTION

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


FUNCTIONS = ("desk_apply_op(text, text, text, integer, text, text)",
             "desk_record_op(text, text, text, integer, text, text, integer)",
             "desk_article_change_seq()")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPLY_WITH_PHOTO_FUNCTION)
        for signature in FUNCTIONS:
            op.execute(f"ALTER FUNCTION {signature} SET search_path = pg_catalog, public, pg_temp")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPLY_FUNCTION)
        for signature in FUNCTIONS:
            op.execute(f"ALTER FUNCTION {signature} SET search_path = public, pg_temp")
