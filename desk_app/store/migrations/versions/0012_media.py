"""Photos in the database: content-addressed media and an article's reference to its photo.

``media`` holds each photo once, under the SHA-256 of its stored (metadata-free) image:
the image itself (long edge at most 3000 px), a web rendition and a thumbnail, as BLOB on
SQLite and bytea on PostgreSQL (no large objects: they escape row-level security and
pg_dump's table selection). ``article_photos`` links an article to its photo, like
``article_tags``: one row per article, removed with the article, and a photo cannot be
removed while an article points at it.

Existing ``articles.photo`` values (a local path or a web address) stay where they are and
keep rendering as before; a stored photo takes precedence when an article has one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("mime", sa.String(30), nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("web_mime", sa.String(30), nullable=False),
        sa.Column("web_width", sa.Integer, nullable=False),
        sa.Column("web_height", sa.Integer, nullable=False),
        sa.Column("web_data", sa.LargeBinary, nullable=False),
        sa.Column("thumb_mime", sa.String(30), nullable=False),
        sa.Column("thumb_width", sa.Integer, nullable=False),
        sa.Column("thumb_height", sa.Integer, nullable=False),
        sa.Column("thumb_data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("created_by", sa.String(63), nullable=True),
        sa.CheckConstraint("length(sha256) = 64", name="media_sha256_length"),
    )
    op.create_table(
        "article_photos",
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("media.sha256"), nullable=False),
    )
    op.create_index("ix_article_photos_sha256", "article_photos", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_article_photos_sha256", table_name="article_photos")
    op.drop_table("article_photos")
    op.drop_table("media")
