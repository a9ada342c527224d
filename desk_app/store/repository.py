"""Moving articles between ORM rows and domain ``ArticleData``, and list queries."""
from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, select, text, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.store import pg_list, search, search_sqlite
from desk_app.store.models import Article, ArticlePhoto, ArticleTag, Revision
from desk_app.store.search_sqlite import DBAPIConnection

# A row of a list page: a SQLAlchemy Row, or a ListRow on SQLite's fast path; both read by column name.
PageRow = Any
DocRange = tuple[int | None, int | None]  # FTS5 document ids, either end open

COPIED_FIELDS = (
    "language", "headline", "slug", "lede", "body", "byline", "source", "dateline_place",
    "time_zone", "published_at", "photo", "photo_caption", "photo_credit", "photo_source",
    "ednote", "status", "translated_from", "translation_id", "word_count", "policy_version",
)


def to_data(row: Article) -> ArticleData:
    data = ArticleData(id=row.id)
    for name in COPIED_FIELDS:
        setattr(data, name, getattr(row, name))
    data.tags = [t.tag for t in row.tags]
    data.photo_media = row.photo_link.sha256 if row.photo_link is not None else ""
    data.version = row.version
    data.created_at = row.created_at
    data.updated_at = row.updated_at
    data.author_login = row.author_login
    return data


def apply_data(row: Article, data: ArticleData) -> None:
    for name in COPIED_FIELDS:
        if getattr(row, name) != getattr(data, name):
            setattr(row, name, getattr(data, name))
    current = [t.tag for t in row.tags]
    if current != list(data.tags):
        by_tag = {t.tag: t for t in row.tags}
        row.tags = [by_tag.get(tag) or ArticleTag(tag=tag) for tag in data.tags]
        for position, tag in enumerate(row.tags):
            tag.position = position
    stored = row.photo_link.sha256 if row.photo_link is not None else ""
    if stored != data.photo_media:
        if not data.photo_media:
            row.photo_link = None
        elif row.photo_link is None:
            row.photo_link = ArticlePhoto(sha256=data.photo_media)
        else:
            row.photo_link.sha256 = data.photo_media


def mark_saved(row: Article, when: datetime) -> None:
    """Stamp ``row`` as saved at ``when``: its version moves on at the flush even when no field changed
    (e.g. re-saving with the same clock), because every recorded action is a new revision."""
    row.updated_at = when
    flag_modified(row, "updated_at")


def add_revision(session: Session, row: Article, *, number: int, author: str | None, action: str,
                 from_status: str | None, note: str, when: datetime) -> Revision:
    snapshot = to_data(row)
    snapshot.version = number
    revision = Revision(
        article_id=row.id, number=number, created_at=when, author_login=author, action=action,
        from_status=from_status, to_status=row.status, note=note or "",
        snapshot=json.dumps(snapshot.snapshot(), ensure_ascii=False),
    )
    session.add(revision)
    return revision


def texts_after(session: Session, last_id: str, limit: int) -> Sequence[Row[str, str, str, str, str, str]]:
    """Up to ``limit`` articles after ``last_id`` in id order: id, headline, language, status, body, lede."""
    return session.execute(
        select(Article.id, Article.headline, Article.language, Article.status, Article.body, Article.lede)
        .where(Article.id > last_id).order_by(Article.id).limit(limit)
    ).all()


SORTABLE = {
    "updated_at": Article.updated_at, "published_at": Article.published_at,
    "headline": Article.headline, "language": Article.language, "status": Article.status,
    "byline": Article.byline, "word_count": Article.word_count,
    "dateline_place": Article.dateline_place, "created_at": Article.created_at,
}


def filtered(stmt: Select[Any], flt: ArticleFilter, dialect: str, *, with_search: bool = True) -> Select[Any]:
    if flt.statuses:
        stmt = stmt.where(Article.status.in_(flt.statuses))
    if flt.language:
        stmt = stmt.where(Article.language == flt.language)
    if flt.author:
        stmt = stmt.where(Article.author_login == flt.author)
    if flt.tag:
        stmt = stmt.where(
            Article.id.in_(select(ArticleTag.article_id).where(ArticleTag.tag == flt.tag))
        )
    if flt.date_from is not None:
        stmt = stmt.where(Article.updated_at >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(Article.updated_at < flt.date_to)
    if flt.ids:
        stmt = stmt.where(Article.id.in_(flt.ids))
    if with_search and flt.search.strip():
        condition = search.match_condition(dialect, flt.search)
        if condition is not None:
            stmt = stmt.where(condition)
    return stmt


def ordered(stmt: Select[Any], flt: ArticleFilter) -> Select[Any]:
    key = SORTABLE.get(flt.sort, Article.updated_at)
    first = key.desc() if flt.descending else key.asc()
    tie = Article.id.desc() if flt.descending else Article.id.asc()
    return stmt.order_by(first, tie)


_C = Article.__table__.c  # table columns: the list's rows need no ORM loading
LIST_COLUMNS = (
    _C.id, _C.headline, _C.language, _C.status, _C.byline, _C.dateline_place, _C.updated_at,
    _C.published_at, _C.time_zone, _C.word_count, _C.author_login, _C.translated_from,
    _C.translation_id, _C.version,
)


def list_statement(flt: ArticleFilter, dialect: str) -> Select[Any]:
    return ordered(filtered(select(*LIST_COLUMNS), flt, dialect), flt)


def count_statement(flt: ArticleFilter, dialect: str) -> Select[Any]:
    return filtered(select(func.count()).select_from(Article), flt, dialect)


# -- the list's pages and counts, found fast -----------------------------------------------------
# ``list_rows`` returns exactly the rows of ``list_statement(flt).offset(offset).limit(limit)`` and
# ``count_rows`` the count of ``count_statement(flt)``; on an archive they must not read every
# article a common word (or a broad filter) matches, nor sort them.
#
# SQLite: the FTS5 index carries the list's facets and its rowids follow the default order
# (store/search_sqlite.py), so a search, a tag or several states is one FTS5 query walked newest
# first, stopping after the page, and its count is an FTS5 count. PostgreSQL: a search either
# walks the date index (common words) or looks in a recent window first, widening it; a window
# that holds ``offset + limit`` matching rows holds the newest ones (store/pg_list.py).

def list_rows(session: Session, flt: ArticleFilter, dialect: str, *, offset: int = 0,
              limit: int = 200, after: tuple[datetime, str] | None = None) -> list[PageRow]:
    """A page of the list; ``after`` (updated_at, id) starts it after that row (keyset paging).

    With ``after`` a page costs the same at the end of a million rows as at
    the start, where an offset costs every row it skips. Only the default
    sort (``updated_at``) pages by key.
    """
    if after is not None and flt.sort != "updated_at":
        raise ValueError("paging after a row needs the default sort (updated_at)")
    if dialect == "postgresql":
        # a page is 200 rows: starting parallel workers costs more than they save (this transaction only)
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    if flt.sort == "updated_at" and not flt.ids:
        if dialect == "sqlite":
            found = _sqlite_documents(session, flt, after)
            if found is not None:
                return _sqlite_page(session, flt, *found, offset=offset, limit=limit)
        elif dialect == "postgresql" and flt.descending and (flt.search.strip() or flt.tag):
            return pg_list.newest_first(session, flt, LIST_COLUMNS, offset, limit, after)
    return _page(session, _after(list_statement(flt, dialect), flt, after), offset, limit)


def _after(stmt: Select[Any], flt: ArticleFilter, after: tuple[datetime, str] | None) -> Select[Any]:
    if after is None:
        return stmt
    key = tuple_(Article.updated_at, Article.id)
    return stmt.where(key < tuple_(*after) if flt.descending else key > tuple_(*after))


def count_rows(session: Session, flt: ArticleFilter, dialect: str) -> int:
    if dialect == "sqlite" and not flt.ids:
        found = _sqlite_documents(session, flt)
        if found is not None:
            expression, docs = found
            if expression == "" or docs is None:
                return 0
            where, params = _range_sql(docs)
            sql = f"SELECT count(*) FROM article_fts WHERE article_fts MATCH :q{where}"
            return int(dbapi(session).execute(sql, {"q": expression, **params}).fetchone()[0])
    if dialect == "postgresql" and (flt.search.strip() or flt.tag):
        # the planner thinks @@ is free and scans the table, detoasting every tsvector;
        # the GIN bitmap reads only the matching rows. With the default 4 MB the bitmap of a
        # common word turns lossy and every row of those pages is checked again (суд on 1M
        # articles: 2.8 s; with 64 MB, exact: 0.77 s). Both for this transaction only.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL work_mem = '64MB'"))
        if not flt.ids:
            return pg_list.count(session, flt)
    return int(session.execute(count_statement(flt, dialect)).scalar_one())


def _page(session: Session, stmt: Select[Any], offset: int, limit: int) -> list[PageRow]:
    return list(session.execute(stmt.offset(offset).limit(limit)).all())


def dbapi(session: Session) -> DBAPIConnection:
    """The DB-API connection under the session's transaction (SQLite's hot list path uses it directly)."""
    connection = session.connection().connection.driver_connection
    assert connection is not None, "a session's connection is open"
    return connection  # type: ignore[no-any-return]  # the driver's connection is typed Any


def _sqlite_documents(session: Session, flt: ArticleFilter, after: tuple[datetime, str] | None = None,
                      ) -> tuple[str, DocRange | None] | None:
    """(FTS5 expression, document id range) when the FTS5 index should answer ``flt``, else None."""
    if not (flt.search.strip() or flt.tag or len(flt.statuses) > 1):
        return None  # no filter, or filters the list's composite indexes serve in order
    db = dbapi(session)
    if not search_sqlite.in_order(db):
        return None
    expression = search.sqlite_expression(db, search=flt.search, statuses=flt.statuses,
                                          language=flt.language, author=flt.author, tag=flt.tag)
    if expression is None:
        return None  # a search without words: as if there were none
    docs = search.document_range(db, flt.date_from, flt.date_to)
    if after is not None and docs is not None:
        docs = search.document_range_after(db, docs, after, descending=flt.descending)
    return expression, docs


def _range_sql(docs: DocRange) -> tuple[str, dict[str, int]]:
    low, high = docs
    sql, params = "", dict[str, int]()
    if low is not None:
        sql, params["low"] = sql + " AND article_fts.rowid >= :low", low
    if high is not None:
        sql, params["high"] = sql + " AND article_fts.rowid <= :high", high
    return sql, params


ListRow = namedtuple("ListRow", [c.name for c in LIST_COLUMNS])  # type: ignore[misc]  # names from the columns
_AS_UTC = {"updated_at", "published_at"}  # stored as naive UTC text: read back with the offset
_SQLITE_PAGE = (
    "SELECT " + ", ".join(f"a.{c.name} || '+00:00'" if c.name in _AS_UTC else f"a.{c.name}"
                          for c in LIST_COLUMNS) + " FROM article_fts "
    "CROSS JOIN search_docs d ON d.doc_id = article_fts.rowid CROSS JOIN articles a ON a.id = d.article_id "
    "WHERE article_fts MATCH :q{range} ORDER BY article_fts.rowid {direction} LIMIT :limit OFFSET :offset"
)
_UPDATED, _PUBLISHED = LIST_COLUMNS.index(_C.updated_at), LIST_COLUMNS.index(_C.published_at)


def _sqlite_page(session: Session, flt: ArticleFilter, expression: str, docs: DocRange | None, *, offset: int,
                 limit: int) -> list[PageRow]:
    """The page straight from the DB-API connection: the list's hottest query, without ORM costs."""
    if expression == "" or docs is None:
        return []
    where, params = _range_sql(docs)
    sql = _SQLITE_PAGE.format(range=where, direction="DESC" if flt.descending else "ASC")
    rows = dbapi(session).execute(sql, {"q": expression, "limit": limit, "offset": offset, **params}).fetchall()
    parse, make = datetime.fromisoformat, ListRow._make
    out: list[PageRow] = []
    for raw in rows:
        r = list(raw)
        r[_UPDATED] = parse(r[_UPDATED])
        if r[_PUBLISHED] is not None:
            r[_PUBLISHED] = parse(r[_PUBLISHED])
        out.append(make(r))
    return out
