"""The newsroom's spelling dictionary: words everyone in the workspace may use and add.

Each word belongs to a language and may name a listed word it is inflected
like (``model``), so that adding *габион* like *вагон* makes every case form
correct. PostgreSQL grants and row-level security come with ``desk db
provision`` (everyone reads and adds; a word is removed by whoever added it or
an editor).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spelling_words",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("model", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_by", sa.String(63), nullable=True),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("language", "word", name="uq_spelling_words_language_word"),
        sa.CheckConstraint("word <> '' AND language <> ''", name="word_given"),
    )


def downgrade() -> None:
    op.drop_table("spelling_words")
