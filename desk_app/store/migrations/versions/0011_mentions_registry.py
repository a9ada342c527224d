"""The registry of listed entities (foreign agents, undesirable, extremist, terrorist), the
outlet's label texts, and the registry's history.

``registry_entities`` holds one row per entity with its names, dates and the inflected forms
generated when it was saved (JSON). An entity is never deleted, only marked removed, so old
reports keep their names. ``registry_changes`` records every change (who, when, what, the
entity as it became) and can only be added to: on SQLite triggers refuse UPDATE and DELETE,
on PostgreSQL ``desk db provision`` grants only SELECT and INSERT.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

KINDS = ("foreign_agent_person", "foreign_agent_organisation", "foreign_agent_association",
         "undesirable", "extremist", "terrorist")
_KIND_CHECK = "kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")"


def upgrade() -> None:
    op.create_table(
        "registry_entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("number", sa.String(50), nullable=False, server_default=""),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("gender", sa.String(1), nullable=False, server_default=""),
        sa.Column("aliases_ru", sa.Text, nullable=False, server_default="[]"),
        sa.Column("aliases_en", sa.Text, nullable=False, server_default="[]"),
        sa.Column("former_names", sa.Text, nullable=False, server_default="[]"),
        sa.Column("resources", sa.Text, nullable=False, server_default=""),
        sa.Column("included_on", sa.Date, nullable=True),
        sa.Column("excluded_on", sa.Date, nullable=True),
        sa.Column("quoted_only", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("forms", sa.Text, nullable=False, server_default="[]"),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("updated_by", sa.String(63), nullable=True),
        sa.CheckConstraint(_KIND_CHECK, name="registry_kind_known"),
        sa.CheckConstraint("gender IN ('', 'm', 'f')", name="registry_gender_known"),
    )
    op.create_index("ix_registry_entities_name", "registry_entities", ["name"])
    op.create_table(
        "registry_labels",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("accepted", sa.Text, nullable=False, server_default="[]"),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("updated_by", sa.String(63), nullable=True),
        sa.CheckConstraint(_KIND_CHECK, name="registry_label_kind_known"),
    )
    op.create_table(
        "registry_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("registry_entities.id"), nullable=True, index=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changed_at", UTCDateTime, nullable=False),
        sa.Column("changed_by", sa.String(63), nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER trg_registry_changes_no_{verb.lower()} BEFORE {verb} ON registry_changes "
                       "BEGIN SELECT RAISE(ABORT, 'the registry history can only be added to'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_registry_changes_no_update")
        op.execute("DROP TRIGGER IF EXISTS trg_registry_changes_no_delete")
    op.drop_table("registry_changes")
    op.drop_table("registry_labels")
    op.drop_index("ix_registry_entities_name", "registry_entities")
    op.drop_table("registry_entities")
