"""Label facts per article, so that a registry change lists the affected articles at once.

``article_label_facts`` holds, per article, which lists' label phrases it carries outside the
notice paragraph (domain/mentions/label_facts.py), with the article's ``version`` (SQLite) or
``change_seq`` (PostgreSQL) and the label phrases they were computed for. The app keeps them
on every save (store/search.py); facts of another stamp or key count as unknown and the report
then reads the article. Migration 0017 computes them for the whole archive, with the name
pairs it adds (this upgrade used to compute them, before the facts had that column).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_label_facts",
        sa.Column("article_id", sa.String(36), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("stamp", sa.BigInteger, nullable=True),
        sa.Column("labels_key", sa.String(16), nullable=False),
        sa.Column("label_groups", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("article_label_facts")
