"""Performance on archive-sized workspaces: list indexes, ordered search documents, statistics.

Indexes: the article list sorts by ``(updated_at, id)`` and filters by
status, language or author, so each of those gets a composite index that
ends in the sort key (the single-column indexes they replace are dropped);
the tag index also covers ``article_id``.

SQLite search documents (see :mod:`desk_app.store.search_sqlite`): the FTS5
table gains a ``facets`` column (status, language, author and tags as
tokens) and prefix indexes for one to three letters, a ``search_terms``
dictionary lets a longer prefix become an OR of its terms, and document
ids now follow the list's default order, ``(updated_at, id)``, so a search,
a tag or several states is one FTS5 query that stops after a page. Existing documents are rebuilt here (seconds per 100,000
articles); triggers keep order and facets from then on.

``ANALYZE`` gives both planners statistics for the new indexes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
from __future__ import annotations

from alembic import op

from desk_app.store.search_sqlite import TERMS_TABLE, rebuild_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LIST_INDEXES = {
    "ix_articles_updated_at_id": ["updated_at", "id"],
    "ix_articles_status_updated_at": ["status", "updated_at", "id"],
    "ix_articles_language_updated_at": ["language", "updated_at", "id"],
    "ix_articles_author_login_updated_at": ["author_login", "updated_at", "id"],
}
REPLACED = {  # single-column index -> the composite above that starts with the same column
    "ix_articles_updated_at": ["updated_at"],
    "ix_articles_status": ["status"],
    "ix_articles_language": ["language"],
    "ix_articles_author_login": ["author_login"],
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, columns in LIST_INDEXES.items():
        op.create_index(name, "articles", columns)
    for name in REPLACED:
        op.drop_index(name, table_name="articles")
    # a tag's articles from the index alone (the tag filter's probes and semi-joins)
    op.create_index("ix_article_tags_tag_article_id", "article_tags", ["tag", "article_id"])
    op.drop_index("ix_article_tags_tag", table_name="article_tags")
    if sqlite:
        op.execute("CREATE TABLE search_meta (name VARCHAR(40) PRIMARY KEY, value INTEGER)")
        op.execute("INSERT INTO search_meta (name, value) VALUES ('doc_order', 1)")
        op.execute(TERMS_TABLE)
        for sql in rebuild_sql():  # also creates the triggers that keep order and facets
            op.execute(sql)
    op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_articles_search_order")
        op.execute("DROP TRIGGER IF EXISTS trg_articles_search_facets")
        op.execute("DROP TABLE IF EXISTS search_meta")
        op.execute("DROP TABLE IF EXISTS search_terms")
        # back to the two-column index of 0001 (the facets go; the order does no harm)
        op.execute("CREATE VIRTUAL TABLE article_fts_old USING fts5(headline, text, "
                   "tokenize = 'unicode61 remove_diacritics 0')")
        op.execute("INSERT INTO article_fts_old (rowid, headline, text) SELECT rowid, headline, text FROM article_fts")
        op.execute("DROP TRIGGER trg_search_docs_delete")
        op.execute("DROP TABLE article_fts")
        op.execute("ALTER TABLE article_fts_old RENAME TO article_fts")
        op.execute("CREATE TRIGGER trg_search_docs_delete AFTER DELETE ON search_docs BEGIN "
                   "DELETE FROM article_fts WHERE rowid = OLD.doc_id; END")
    op.create_index("ix_article_tags_tag", "article_tags", ["tag"])
    op.drop_index("ix_article_tags_tag_article_id", table_name="article_tags")
    for name, columns in REPLACED.items():
        op.create_index(name, "articles", columns)
    for name in LIST_INDEXES:
        op.drop_index(name, table_name="articles")
