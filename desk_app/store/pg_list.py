"""PostgreSQL: a search in the list, newest first, found without reading every match.

Design notes: docs/architecture.md, “desk_app.store.pg_list”.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement

from desk_app.store import search, search_pg

if TYPE_CHECKING:
    from desk_app.domain.article_filter import ArticleFilter

PAGES_PER_WINDOW = 3    # a window sized to hold about three pages of expected matches
FIRST_WINDOW = 16       # ... but at first no more than 1/16 of the archive's span
WINDOW_GROWTH = 4       # each next window this many times longer (when the last found nothing)
# What each step costs the server, in microseconds (measured on the 1M archive, EXPLAIN ANALYZE):
WALK_ROW = 8.0          # a row walked down the date index: its tsvector detoasted and checked
POSTING = 0.25          # a GIN posting of a lexeme read into the bitmap
PREFIX_POSTING = 0.7    # ... of a prefix, merged with every other key the prefix covers
DATE_ROW = 0.12         # a row of the window's date-index bitmap
HEAP_ROW = 4.0          # a match fetched from the heap

_FACTS = text("SELECT (SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass), "
              "(SELECT min(updated_at) FROM articles), (SELECT max(updated_at) FROM articles)")


def typed_query(session: Session, query: str) -> str | None:
    """The word being typed in ``query`` as the lexemes it starts (``search_pg``); None to keep its prefix."""
    parts = search.pg_prefix_parts(query) if query.strip() else None
    return search_pg.typed_query(session, parts[1].removesuffix(":*")) if parts else None


def newest_first(session: Session, flt: ArticleFilter, columns: Sequence[KeyedColumnElement[Any]], offset: int,
                 limit: int, after: tuple[datetime, str] | None = None) -> list[Row[Any]]:
    """The page of ``flt`` (a search or a tag, default sort, descending) with ``columns``, after the row ``after``."""
    need = offset + limit
    typed = typed_query(session, flt.search)
    page = _Statements(flt, typed, columns, after)
    total, oldest, newest = session.execute(_FACTS).one()
    if not total or total <= 0 or oldest is None:
        return page.run(session, page.walk(), offset=offset, limit=limit)
    archive = max((newest - oldest).total_seconds(), 1.0)
    expected = max(_planned_rows(session, *page.estimate()), 1.0)
    # words of one story are not independent: the AND of several is at most the rarest of them,
    # and often close to it; the walk is judged on the lower estimate, the rest on this one
    most = max([expected, min((_planned_rows(session, *e) for e in page.operand_estimates()), default=0.0)])
    # the rows a walk down the date index would pass: the archive, or the part the dates allow
    first, last = max(oldest, flt.date_from or oldest), min(newest, flt.date_to or newest)
    walked = total * max((last - first).total_seconds(), 0.0) / archive
    window = min(archive * PAGES_PER_WINDOW * need / most, archive / FIRST_WINDOW)  # seconds
    # the GIN scan reads the search's postings whatever the other filters (state, language, dates)
    gin_rows = max(most, _planned_rows(session, *page.search_estimate()) if len(page.where) > 1 else 0.0)
    gin = gin_rows * POSTING + _prefix_postings(session, flt, typed) * PREFIX_POSTING
    costs = {
        "walk": need * walked / expected * WALK_ROW,
        "all": gin + most * HEAP_ROW,
        "windows": gin + total * window / archive * DATE_ROW + PAGES_PER_WINDOW * need * HEAP_ROW,
    }
    cheapest = _cheapest(costs)
    if cheapest == "walk":
        return page.run(session, page.walk(), offset=offset, limit=limit)
    if cheapest == "all":
        return page.run(session, page.window(None), offset=offset, limit=limit)
    top = min(x for x in (newest, flt.date_to, after[0] if after else None) if x is not None)
    span = max((last - first).total_seconds(), 1.0)
    while window < archive:
        bound = top - timedelta(seconds=window)
        if bound <= oldest or (flt.date_from is not None and flt.date_from >= bound):
            break
        rows = page.run(session, page.window(bound), offset=0, limit=need, bound=bound)
        if len(rows) >= need:
            return rows[offset:]
        # what this window found is the best estimate there is: size the next one from it, or
        # fetch every match when that is cheaper (a word and a tag of one story: the estimate
        # can be 60 times too low)
        if rows:
            grown = min(window * 1.5 * need / len(rows), window * 16)
            found = len(rows) * span / window
            if found * HEAP_ROW < total * grown / archive * DATE_ROW + 1.5 * need * HEAP_ROW:
                break
            window = grown
        else:
            window *= WINDOW_GROWTH
    return page.run(session, page.window(None), offset=offset, limit=limit)


def count(session: Session, flt: ArticleFilter) -> int:
    """The number of articles ``flt`` (with a search or a tag) matches."""
    page = _Statements(flt, typed_query(session, flt.search), (), None)
    sql, params = page.estimate()
    return int(session.execute(text(sql.replace("SELECT articles.id", "SELECT count(*)", 1)), params).scalar_one())


class _Statements:
    """The SQL of one search's statements: its conditions written once, as text."""

    def __init__(self, flt: ArticleFilter, typed: str | None, columns: Sequence[KeyedColumnElement[Any]],
                 after: tuple[datetime, str] | None):
        self.columns = columns
        self.names = ", ".join(f"articles.{c.name}" for c in columns)
        where: list[str] = []
        self.params: dict[str, Any] = {}
        # the search and the tag, or the tag alone: lexemes of the one vector
        operands = search.pg_operands(flt.search, typed, flt.tag)
        assert operands is not None, "a list by search or tag has operands"
        self.operands, params = operands
        where.append(search.pg_condition(self.operands))
        self.params.update(params)
        if flt.statuses:
            where.append("articles.status = ANY(:statuses)")
            self.params["statuses"] = list(flt.statuses)
        for name in ("language", "author"):
            value = getattr(flt, name)
            if value:
                column = "author_login" if name == "author" else name
                where.append(f"articles.{column} = :{name}")
                self.params[name] = value
        if flt.date_from is not None:
            where.append("articles.updated_at >= :date_from")
            self.params["date_from"] = flt.date_from
        if flt.date_to is not None:
            where.append("articles.updated_at < :date_to")
            self.params["date_to"] = flt.date_to
        if after is not None:
            where.append("(articles.updated_at, articles.id) < (:after_at, :after_id)")
            self.params["after_at"], self.params["after_id"] = after
        self.where = where

    @staticmethod
    def _where(conditions: list[str]) -> str:
        return (" WHERE " + " AND ".join(conditions)) if conditions else ""

    def estimate(self) -> tuple[str, dict[str, Any]]:
        return f"SELECT articles.id FROM articles{self._where(self.where)}", self.params

    def search_estimate(self) -> tuple[str, dict[str, Any]]:
        """The search alone, without the other filters (what its GIN scan reads)."""
        return f"SELECT articles.id FROM articles WHERE {self.where[0]}", self.params

    def operand_estimates(self) -> list[tuple[str, dict[str, Any]]]:
        """For a search that ANDs several tsqueries, the statement of each alone (with the other filters)."""
        if len(self.operands) < 2:
            return []
        rest = self.where[1:]
        return [(f"SELECT articles.id FROM articles{self._where([search.pg_condition([o]), *rest])}",
                 self.params) for o in self.operands]

    def walk(self) -> str:
        return (f"SELECT {self.names} FROM articles{self._where(self.where)} "
                "ORDER BY articles.updated_at DESC, articles.id DESC LIMIT :limit OFFSET :offset")

    def window(self, bound: datetime | None) -> str:
        """The matches since ``bound`` collected first (planned without the LIMIT), then sorted."""
        conditions = self.where + (["articles.updated_at >= :bound"] if bound is not None else [])
        names = ", ".join(f"matches.{c.name}" for c in self.columns)
        return (f"WITH matches AS MATERIALIZED (SELECT {self.names} FROM articles{self._where(conditions)}) "
                f"SELECT {names} FROM matches "
                "ORDER BY matches.updated_at DESC, matches.id DESC LIMIT :limit OFFSET :offset")

    def run(self, session: Session, sql: str, *, offset: int, limit: int, **extra: Any) -> list[Row[Any]]:
        params = {**self.params, **extra, "offset": offset, "limit": limit}
        return list(session.execute(text(sql).columns(*self.columns), params).all())


def _cheapest(costs: dict[str, float]) -> str:
    return min(costs, key=costs.__getitem__)


def _prefix_postings(session: Session, flt: ArticleFilter, typed: str | None) -> float:
    """The postings a GIN index merges for the word being typed when it stays a prefix (``приговор:*``).

    A GIN index answers a prefix by merging the postings of every key it
    covers before the first row comes out: for the prefix of a common word
    hundreds of thousands. A word expanded to its lexemes (``typed``
    without a prefix) merges nothing.
    """
    if typed is not None and ":*" not in typed:
        return 0.0
    parts = search.pg_prefix_parts(flt.search)
    if parts is None:
        return 0.0
    return _planned_rows(session, "SELECT articles.id FROM articles WHERE articles.search_vector @@ "
                                  "to_tsquery('simple'::regconfig, :prefix)", {"prefix": parts[1]})


def _planned_rows(session: Session, sql: str, params: dict[str, Any]) -> float:
    """The rows the planner expects ``sql`` to return (EXPLAIN: nothing is read)."""
    plan: Any = session.execute(text("EXPLAIN (FORMAT JSON) " + sql), params).scalar()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])
