"""Initial schema: users, articles, tags, revisions, workspace settings, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _search_config_sql() -> str:
    return "CASE WHEN language = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END"


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("login", sa.String(63), primary_key=True),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("role IN ('correspondent','translator','editor','admin')", name="role_known"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("headline", sa.Text, nullable=False, server_default=""),
        sa.Column("slug", sa.String(120), nullable=False, server_default=""),
        sa.Column("lede", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("byline", sa.String(300), nullable=False, server_default=""),
        sa.Column("source", sa.String(300), nullable=False, server_default=""),
        sa.Column("dateline_place", sa.String(300), nullable=False, server_default=""),
        sa.Column("time_zone", sa.String(64), nullable=False, server_default="Europe/Moscow"),
        sa.Column("photo", sa.Text, nullable=False, server_default=""),
        sa.Column("photo_caption", sa.Text, nullable=False, server_default=""),
        sa.Column("photo_credit", sa.String(300), nullable=False, server_default=""),
        sa.Column("photo_source", sa.Text, nullable=False, server_default=""),
        sa.Column("ednote", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("author_login", sa.String(63), sa.ForeignKey("users.login"), nullable=True),
        sa.Column("translated_from", sa.String(36), sa.ForeignKey("articles.id"), nullable=True),
        sa.Column("translation_id", sa.String(36), nullable=True),
        sa.Column("policy_version", sa.Integer, nullable=True),
        sa.Column("approved_revision", sa.Integer, nullable=True),
        sa.Column("approved_by", sa.String(63), nullable=True),
        sa.Column("approved_at", UTCDateTime, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("published_at", UTCDateTime, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.CheckConstraint("language IN ('ru','en')", name="language_known"),
        sa.CheckConstraint(
            "status IN ('draft','submitted','approved','published','returned','spiked','correction','corrected')",
            name="status_known",
        ),
        sa.CheckConstraint("translated_from IS NULL OR translated_from <> id", name="not_own_translation"),
    )
    for column in ("language", "status", "author_login", "translated_from", "translation_id",
                   "updated_at", "published_at"):
        op.create_index(f"ix_articles_{column}", "articles", [column])
    op.create_table(
        "article_tags",
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag", sa.String(60), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_article_tags_tag", "article_tags", ["tag"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("author_login", sa.String(63), nullable=True),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("from_status", sa.String(20), nullable=True),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.UniqueConstraint("article_id", "number", name="uq_revisions_article_id_number"),
    )
    op.create_table(
        "workspace_settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )

    if op.get_bind().dialect.name == "sqlite":
        # FTS5 has no Russian stemmer: Desk stems in Python (desk_app.domain.stemming)
        # and stores the stemmed text here; search_docs maps FTS rowids to article ids.
        op.execute(
            "CREATE TABLE search_docs (doc_id INTEGER PRIMARY KEY, "
            "article_id VARCHAR(36) NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
        )
        op.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5(headline, text, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        op.execute(
            "CREATE TRIGGER trg_search_docs_delete AFTER DELETE ON search_docs BEGIN "
            "DELETE FROM article_fts WHERE rowid = OLD.doc_id; END"
        )
    else:
        cfg = _search_config_sql()
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            f"setweight(to_tsvector({cfg}, coalesce(headline, '')), 'A') || "
            f"setweight(to_tsvector({cfg}, coalesce(lede, '')), 'B') || "
            f"to_tsvector({cfg}, coalesce(body, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_fts")
        op.execute("DROP TABLE search_docs")
    op.drop_table("workspace_settings")
    op.drop_table("revisions")
    op.drop_table("article_tags")
    op.drop_table("articles")
    op.drop_table("users")
