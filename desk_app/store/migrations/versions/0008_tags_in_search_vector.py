"""PostgreSQL: an article's tags inside its search vector, so that a search and a tag are one GIN scan.

A search filtered by a tag used to find the word's matches in a recent
window and then probe each for the tag: on the 1M archive, *Grozny* and
"human rights" took 83 ms, *водоснабжение* and "ЖКХ" 110 ms. With the tags
in the vector as ``#tag`` lexemes (the parser never makes a lexeme that
starts with ``#``), the GIN index intersects the two posting lists itself.

``articles.search_tags`` holds the tags, ``#``-prefixed; a deferred
constraint trigger on ``article_tags`` keeps it at commit, however the tags
were written, and updates the article only when its set of tags changed.
``search_vector`` is generated, so it is dropped and added again with the
tags: the table is rewritten and the index rebuilt (minutes on a million
articles). SQLite: nothing to do (its search documents carry the tags as
facets since 0005).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

from desk_app.store.search_pg import SEARCH_VECTOR, SEARCH_VECTOR_BEFORE_0008, SYNC_TAGS_FUNCTION, SYNC_TAGS_TRIGGER

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _drop_vector() -> None:
    op.execute("DROP INDEX ix_articles_search_vector")
    op.execute("ALTER TABLE articles DROP COLUMN search_vector")


def _add_vector(expression: str) -> None:
    op.execute(f"ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("ALTER TABLE articles ADD COLUMN search_tags text[] NOT NULL DEFAULT '{}'")
    # dropped first, so that filling the tags does not compute every vector twice; the articles'
    # own triggers (notice, notifications) have nothing to say about it
    _drop_vector()
    op.execute("ALTER TABLE articles DISABLE TRIGGER USER")
    # row by row in the table's own order (a plain scan), so that the new versions (and the rewrite below) keep
    # it: articles are mostly stored as they were written, oldest first, which is what makes
    # walking the date index cheap. Joined to the grouped tags instead, the update wrote them in
    # hash order, and walking the 1M archive's date index became four times slower.
    op.execute("UPDATE articles a SET search_tags = coalesce((SELECT array_agg('#' || t.tag ORDER BY t.tag) "
               "FROM article_tags t WHERE t.article_id = a.id), '{}')")
    op.execute("ALTER TABLE articles ENABLE TRIGGER USER")
    _add_vector(SEARCH_VECTOR)
    op.execute(SYNC_TAGS_FUNCTION)
    op.execute(SYNC_TAGS_TRIGGER)
    op.execute("ANALYZE articles")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER trg_article_tags_search ON article_tags")
    op.execute("DROP FUNCTION desk_sync_search_tags()")
    _drop_vector()
    _add_vector(SEARCH_VECTOR_BEFORE_0008)
    op.execute("ALTER TABLE articles DROP COLUMN search_tags")
