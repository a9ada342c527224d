"""The article list's rows in pages, with only the recently used pages kept in memory.

A list scrolled to the bottom of a million-article archive holds a million
rows. Keeping each as an :class:`ArticleRow` costs about 1.1 KB a row; this
store keeps, for every loaded row, only what identifies it and its place in
the default order (the id as 16 bytes and ``updated_at`` as microseconds: 24
bytes a row), and the full rows of at most ``capacity`` pages, least
recently used dropped first. A dropped page is loaded again when the view
asks for it: by key after the previous page's last row (the default sort),
or by offset (other sorts). What comes back replaces the page, so an article
that moved meanwhile leaves it (see :meth:`RowPages.replace_page`).

Pure Python (no Qt): :class:`desk_app.ui.article_list.model.ArticleTableModel`
holds one and turns its changes into Qt's row signals.
"""
from __future__ import annotations

import bisect
import uuid
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import NamedTuple

from desk_app.services.articles import ArticleRow

DEFAULT_CAPACITY = 40       # pages of full rows kept (8,000 rows of 200; about 9 MB)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NO_ID = bytes(16)


class RowKey(NamedTuple):
    """Where a row stands in the default order: what ``ArticleService.list(after=...)`` reads."""

    updated_at: datetime
    id: str


def _micros(when: datetime | None) -> int:
    if when is None:
        return 0
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _from_micros(value: int) -> datetime:
    seconds, micros = divmod(value, 1_000_000)
    return datetime.fromtimestamp(seconds, timezone.utc).replace(microsecond=micros)


class RowPages:
    """Rows ``0 .. len-1`` in pages; the full rows of the ``capacity`` most recently used pages."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY):
        self.capacity = max(2, capacity)
        self._ids = bytearray()              # 16 bytes a row: the UUID, or zeros (see _odd)
        self._odd: dict[int, str] = {}       # row -> id, for ids that are not canonical UUIDs
        self._times = array("q")             # updated_at in microseconds since 1970 (UTC)
        self._starts: list[int] = []         # first row of each page
        self._cache: OrderedDict[int, list[ArticleRow]] = OrderedDict()

    # -- size and lookup ----------------------------------------------------
    def __len__(self) -> int:
        return len(self._times)

    @property
    def page_count(self) -> int:
        return len(self._starts)

    @property
    def cached_pages(self) -> list[int]:
        return list(self._cache)

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._cache.values())

    def page_of(self, row: int) -> int:
        return bisect.bisect_right(self._starts, row) - 1

    def page_range(self, page: int) -> tuple[int, int]:
        """First row and number of rows of ``page``."""
        start = self._starts[page]
        end = self._starts[page + 1] if page + 1 < len(self._starts) else len(self)
        return start, end - start

    def row(self, row: int) -> ArticleRow | None:
        """The full row, or None when its page is not in memory (ask :meth:`page_of` to load it)."""
        if not 0 <= row < len(self):
            return None
        page = self.page_of(row)
        rows = self._cache.get(page)
        if rows is None:
            return None
        self._cache.move_to_end(page)
        return rows[row - self._starts[page]]

    def id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self):
            return None
        odd = self._odd.get(row)
        if odd is not None:
            return odd
        return str(uuid.UUID(bytes=bytes(self._ids[16 * row:16 * row + 16])))

    def key_at(self, row: int) -> RowKey | None:
        if not 0 <= row < len(self):
            return None
        return RowKey(_from_micros(self._times[row]), self.id_at(row) or "")

    def key_before(self, page: int) -> RowKey | None:
        """The last row before ``page``: where a load by key starts (None for the first page)."""
        start = self._starts[page]
        return self.key_at(start - 1) if start > 0 else None

    def row_of(self, article_id: str) -> int | None:
        packed = _packed(article_id)
        if packed is None:
            for row, odd in self._odd.items():
                if odd == article_id:
                    return row
            return None
        at = self._ids.find(packed)
        while at >= 0:
            if at % 16 == 0 and at // 16 not in self._odd:
                return at // 16
            at = self._ids.find(packed, at + 1)
        return None

    # -- changes ------------------------------------------------------------
    def clear(self) -> None:
        self._ids = bytearray()
        self._odd.clear()
        self._times = array("q")
        self._starts.clear()
        self._cache.clear()

    def append_page(self, rows: Sequence[ArticleRow]) -> None:
        """A new page at the end (an empty one is not kept)."""
        if not rows:
            return
        page = len(self._starts)
        self._starts.append(len(self))
        self._write(len(self), rows)
        self._cache[page] = list(rows)
        self._trim()

    def replace_page(self, page: int, rows: Sequence[ArticleRow]) -> tuple[int, int]:
        """Put ``rows`` in place of ``page``'s rows; returns (the page's first row, rows added or removed).

        A page loaded again normally brings the same rows; when articles were
        saved meanwhile it may bring others, or fewer or more, and the pages
        after it move by the difference. A page left empty stays, with no rows.
        """
        start, count = self.page_range(page)
        delta = len(rows) - count
        tail_ids = self._ids[16 * (start + count):]
        tail_times = self._times[start + count:]
        tail_odd = {r + delta: v for r, v in self._odd.items() if r >= start + count}
        self._odd = {r: v for r, v in self._odd.items() if r < start}
        del self._ids[16 * start:]
        del self._times[start:]
        self._write(start, rows)
        self._ids += tail_ids
        self._times += tail_times
        self._odd.update(tail_odd)
        if delta:
            for later in range(page + 1, len(self._starts)):
                self._starts[later] += delta
        self._cache[page] = list(rows)
        self._cache.move_to_end(page)
        self._trim()
        return start, delta

    def set_row(self, row: int, data: ArticleRow) -> None:
        """One row's newer state, in the same place."""
        page = self.page_of(row)
        rows = self._cache.get(page)
        if rows is not None:
            rows[row - self._starts[page]] = data
        self._times[row] = _micros(data.updated_at)

    def forget_pages(self, keep: Sequence[int] = ()) -> None:
        """Drop every page's full rows but ``keep``'s (they load again when shown)."""
        for page in list(self._cache):
            if page not in keep:
                del self._cache[page]

    def _write(self, start: int, rows: Sequence[ArticleRow]) -> None:
        assert len(self) == start, "rows are written at the end"
        for i, data in enumerate(rows):
            packed = _packed(data.id)
            if packed is None:
                self._odd[start + i] = data.id
                packed = _NO_ID
            self._ids += packed
            self._times.append(_micros(data.updated_at))

    def _trim(self) -> None:
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)


def _packed(article_id: str) -> bytes | None:
    """The id's 16 bytes when it is a canonical (lower-case, hyphenated) UUID, else None."""
    if len(article_id) != 36:
        return None
    try:
        value = uuid.UUID(article_id)
    except ValueError:
        return None
    return value.bytes if str(value) == article_id else None
