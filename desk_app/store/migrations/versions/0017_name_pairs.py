"""Name pairs in the label facts, and forms whose initials must be written as initials.

``article_label_facts.name_pairs`` keeps, per article, the adjacent word pairs that can be
part of a written name (domain/mentions/name_pairs.py), outside the notice paragraph: an
array of 64-bit keys under a GIN index on PostgreSQL, newline-framed text on SQLite. The affected-articles report reads them instead
of asking PostgreSQL for phrases, which re-reads the search vector of every article that
holds the words, and which loses initials that are stop words ("К. Ахмедов").

Every registry entity's forms are generated again: forms with initials now carry the flag
``n`` (a capital and a dot, not the preposition of "к Ахмедову").

The upgrade computes the facts of the whole archive (migration 0016 leaves them to it),
reading it once.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""
from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _regenerate_forms(conn: sa.Connection) -> None:
    import json

    from desk_app.domain.mentions.forms import generate, is_person, person_gender
    from desk_app.store.models import RegistryEntity
    from desk_app.store.registry import to_entity

    for row in conn.execute(sa.select(RegistryEntity.__table__)).mappings().all():
        entity = to_entity(RegistryEntity(**row))
        if is_person(entity):
            entity = replace(entity, gender=person_gender(entity.name, entity.gender))
        conn.execute(sa.update(RegistryEntity).where(RegistryEntity.id == row["id"]).values(
            forms=json.dumps(list(generate(entity)), ensure_ascii=False)))


def upgrade() -> None:
    from desk_app.store.label_facts import fill

    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.add_column("article_label_facts", sa.Column("name_pairs", postgresql.ARRAY(sa.BigInteger),
                                                       nullable=True))
    else:
        with op.batch_alter_table("article_label_facts") as batch:
            batch.add_column(sa.Column("name_pairs", sa.Text, nullable=True))
    _regenerate_forms(conn)
    fill(conn)
    if conn.dialect.name == "postgresql":
        op.create_index("ix_article_label_facts_name_pairs", "article_label_facts", ["name_pairs"],
                        postgresql_using="gin")



def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_article_label_facts_name_pairs", table_name="article_label_facts")
        op.drop_column("article_label_facts", "name_pairs")
    else:
        with op.batch_alter_table("article_label_facts") as batch:
            batch.drop_column("name_pairs")
