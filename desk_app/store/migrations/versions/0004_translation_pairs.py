"""Translation pairing: aligned segment pairs with pinned source hashes, and a glossary.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "segment_pairs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("translation_article_id", sa.String(36),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("source_indices", sa.String(200), nullable=False),
        sa.Column("target_indices", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False, server_default="auto"),
        sa.Column("source_hash", sa.String(64), nullable=False, server_default=""),
        sa.Column("source_text", sa.Text, nullable=False, server_default=""),
        sa.Column("target_text", sa.Text, nullable=False, server_default=""),
        sa.Column("marked_by", sa.String(63), nullable=True),
        sa.Column("marked_at", UTCDateTime, nullable=True),
        sa.UniqueConstraint("translation_article_id", "ordinal", name="uq_segment_pairs_translation_ordinal"),
        sa.CheckConstraint(
            "state IN ('untranslated','draft','translated','reviewed','needs_update')", name="state_known"),
        sa.CheckConstraint("origin IN ('auto','manual')", name="origin_known"),
    )
    op.create_index("ix_segment_pairs_translation_article_id", "segment_pairs", ["translation_article_id"])
    op.create_index("ix_segment_pairs_source_hash", "segment_pairs", ["source_hash"])
    op.create_table(
        "glossary",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_term", sa.String(200), nullable=False),
        sa.Column("target_term", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="term"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_by", sa.String(63), nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_glossary_source_term", "glossary", ["source_term"])


def downgrade() -> None:
    op.drop_table("glossary")
    op.drop_table("segment_pairs")
