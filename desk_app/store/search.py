"""The full-text index: SQLite FTS5 over stemmed text, PostgreSQL tsvector.

On PostgreSQL the index is a generated ``tsvector`` column (migration 0001),
so every write path, raw SQL included, keeps it current. On SQLite the
stemmed text is written here, in the same transaction as the article.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, bindparam, column, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from desk_app.domain.stemming import fts5_query, stemmed_text
from desk_app.store.models import Article


def reindex(session: Session, article: Article) -> None:
    """Write ``article``'s stemmed text to the FTS5 index (SQLite only)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    doc_id = conn.execute(
        text("SELECT doc_id FROM search_docs WHERE article_id = :id"), {"id": article.id}
    ).scalar()
    if doc_id is None:
        doc_id = conn.execute(
            text("INSERT INTO search_docs (article_id) VALUES (:id) RETURNING doc_id"), {"id": article.id}
        ).scalar_one()
    else:
        conn.execute(text("DELETE FROM article_fts WHERE rowid = :d"), {"d": doc_id})
    tags = " ".join(t.tag for t in article.tags)
    conn.execute(
        text("INSERT INTO article_fts (rowid, headline, text) VALUES (:d, :h, :t)"),
        {"d": doc_id, "h": stemmed_text(article.headline),
         "t": stemmed_text("\n".join((article.lede, article.body, tags)))},
    )


def match_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ``articles`` for a search query, or None for an empty query."""
    if dialect == "sqlite":
        expr = fts5_query(query)
        if expr is None:
            return None
        matching = text(
            "SELECT d.article_id FROM article_fts JOIN search_docs d ON d.doc_id = article_fts.rowid "
            "WHERE article_fts MATCH :q"
        ).bindparams(q=expr).columns(column("article_id"))
        return Article.id.in_(matching)
    if not query.strip():
        return None
    vector = literal_column("articles.search_vector")
    q = bindparam("search_q", query)
    ru = func.websearch_to_tsquery(literal_column("'russian'::regconfig"), q)
    en = func.websearch_to_tsquery(literal_column("'english'::regconfig"), q)
    prefix = func.to_tsquery(literal_column("'simple'::regconfig"), bindparam("search_prefix", _pg_prefix(query)))
    conditions = [vector.op("@@")(ru), vector.op("@@")(en)]
    if _pg_prefix(query):
        conditions.append(vector.op("@@")(prefix))
    return or_(*conditions)


def _pg_prefix(query: str) -> str:
    """A prefix tsquery for the word being typed (``word:*``), '' when not useful."""
    from desk_app.domain.stemming import words

    tokens = words(query)
    if not tokens or query.rstrip() != query:
        return ""
    safe = [t for t in tokens if t.isalnum()]
    if not safe:
        return ""
    return " & ".join(safe[:-1] + [safe[-1] + ":*"])
