"""The article list's model: a caching table over ``ws.articles.list`` (after Anki's browser table).

Rows arrive in pages: the first page with a query, the next ones as the view
scrolls (``canFetchMore``/``fetchMore``), each after the last row by key in
the default order (an offset costs every row it skips) and by offset in the
others. Every query runs in the TaskRunner under the key ``"list"``, so a
newer query cancels an older one and the GUI never waits for the database; a
generation counter drops any late answer. Sorting is done by the database
(``ArticleFilter.sort``), never by a proxy.

Only the recently shown pages are held in full (:mod:`.row_pages`); a page
scrolled back to is loaded again, showing "Loading…" until it arrives, so
memory stays flat however far the list is scrolled.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from desk_app.domain.article import Status
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import DeskError
from desk_app.domain.workflow import ArticleFacts
from desk_app.services.articles import ArticleRow
from desk_app.ui.article_list.columns import COLUMN_INDEX, COLUMNS, format_time, subtitle, zone_or_default
from desk_app.ui.article_list.row_pages import DEFAULT_CAPACITY, RowPages
from desk_app.ui.i18n import localized, translate
from desk_app.ui.tasks import TaskRunner

PAGE_SIZE = 200
LIST_TASK_KEY = "list"
PAGE_TASK_KEY = "list-page"
COUNT_TASK_KEY = "list-count"
FULL_REFRESH_ROWS = 2_000   # a refresh with more rows loaded re-reads only the pages shown

BadgesProvider = Callable[[ArticleRow], list[str]]



class ArticleTableModel(QAbstractTableModel):
    """Articles matching an :class:`ArticleFilter`, loaded page by page in the background."""

    sig_loading_changed = Signal(bool)
    """A query or page load started (True) or ended (False)."""
    sig_query_finished = Signal(int, int)
    """A query's counts arrived (after its first page): articles matching the filter, in the workspace."""
    sig_load_failed = Signal(str)
    """A query or page load failed; the sentence says why."""
    sig_rows_about_to_change = Signal()
    """A page read again brings other rows than it had: rows are about to be removed and inserted."""
    sig_rows_changed = Signal()
    """... and they were (the view puts its selection back on the same article)."""

    ArticleIdRole = Qt.ItemDataRole.UserRole + 1
    BadgesRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    LanguageRole = Qt.ItemDataRole.UserRole + 4
    RowRole = Qt.ItemDataRole.UserRole + 5
    PlaceholderRole = Qt.ItemDataRole.UserRole + 6
    SubtitleRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, workspace, tasks: TaskRunner, *, display_zone: str = "Europe/Moscow",
                 page_size: int = PAGE_SIZE, cached_pages: int = DEFAULT_CAPACITY, parent=None):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._zone = zone_or_default(display_zone)
        self._page_size = page_size
        self._flt = ArticleFilter()
        self._rows = RowPages(cached_pages)
        self._reloading: set[int] = set()    # pages being loaded again
        self._counting = False
        self._matching: int | None = None    # rows matching the filter (None: not asked yet)
        self._all: int | None = None         # rows in the workspace
        self._offset = 0                     # next raw offset to fetch
        self._generation = 0
        self._query_loading = False
        self._page_loading = False
        self._placeholder = False
        self._started = False
        self._badges_provider: BadgesProvider | None = None

    # -- state ---------------------------------------------------------------
    @property
    def article_filter(self) -> ArticleFilter:
        return self._flt

    @property
    def matching_count(self) -> int | None:
        return self._matching

    @property
    def total_count(self) -> int | None:
        return self._all

    @property
    def querying(self) -> bool:
        """A new query is running (the rows shown belong to the previous one)."""
        return self._query_loading

    @property
    def loading(self) -> bool:
        return self._query_loading or self._page_loading

    @property
    def counting(self) -> bool:
        """The first page is shown and the articles matching the filter are being counted."""
        return self._counting

    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self._generation += 1
        self.beginResetModel()
        self._rows.clear()
        self._reloading.clear()
        self._matching, self._all, self._offset = None, None, 0
        self._placeholder = False
        self.endResetModel()
        self._set_loading(query=False, page=False)
        if self._started:
            self._start_query(self._page_size)

    def set_display_zone(self, name: str) -> None:
        self._zone = zone_or_default(name)
        self._emit_column_changed(COLUMN_INDEX["updated"])

    def set_filter(self, flt: ArticleFilter) -> None:
        """Show the articles matching ``flt`` (its sort is replaced by the model's own)."""
        self._flt = dataclasses.replace(flt, sort=self._flt.sort, descending=self._flt.descending)
        self._started = True
        self._start_query(self._page_size)

    def start(self) -> None:
        """Run the first query (the sort may have been restored before)."""
        self._started = True
        self._start_query(self._page_size)

    def refresh(self) -> None:
        """Query again; the view keeps its place.

        With a few pages loaded they are all read again at once. With more,
        the count and the first page are, and every other page is read again
        when it is next shown.
        """
        self._started = True
        loaded = len(self._rows)
        if loaded <= FULL_REFRESH_ROWS or self._matching is None or self._query_loading:
            pages = -(-max(self._page_size, loaded) // self._page_size)
            self._start_query(pages * self._page_size, keep_counts=self._matching is not None)
        else:
            self._start_query(self._page_size, keep_loaded=True)

    # -- rows ----------------------------------------------------------------
    def row_data(self, row: int) -> ArticleRow | None:
        """The row's data, or None when it is not loaded (or its page is being loaded again)."""
        return self._rows.row(row)

    def article_id(self, row: int) -> str | None:
        return self._rows.id_at(row)

    def row_of(self, article_id: str) -> int | None:
        return self._rows.row_of(article_id)

    def data_of(self, article_id: str) -> ArticleRow | None:
        """The listed article's row data, or None when it is not listed (or its page is not in memory)."""
        row = self._rows.row_of(article_id)
        return self._rows.row(row) if row is not None else None

    def loaded_count(self) -> int:
        """Rows the list has fetched (whether or not their data is in memory now)."""
        return len(self._rows)

    def loaded_rows(self) -> list[ArticleRow]:
        """The rows in memory, in list order (not those of pages dropped to save memory)."""
        out = []
        for page in sorted(self._rows.cached_pages):
            start, count = self._rows.page_range(page)
            out.extend(r for r in (self._rows.row(i) for i in range(start, start + count)) if r is not None)
        return out

    @staticmethod
    def facts(row: ArticleRow) -> ArticleFacts:
        return ArticleFacts(status=Status(row.status), author_login=row.author_login,
                            is_translation=row.translated_from is not None)

    # -- badges --------------------------------------------------------------
    def set_badges_provider(self, provider: BadgesProvider | None) -> None:
        """Later features add badges (“translation outdated”, “being edited by X”) through this."""
        self._badges_provider = provider
        self.invalidate_badges()

    def invalidate_badges(self) -> None:
        self._emit_column_changed(COLUMN_INDEX["headline"])

    def badges(self, row: int) -> list[str]:
        data = self.row_data(row)
        if data is None:
            return []
        out: list[str] = []
        if self._badges_provider is not None:
            try:
                out.extend(str(b) for b in self._badges_provider(data) if b)
            except Exception:
                pass
        return out

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._placeholder else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def retranslate(self) -> None:
        """The interface language changed: headers and cells show their texts again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ArticleList", COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ArticleList", COLUMNS[section].tip)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self._rows) or self._rows.row(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if r >= len(self._rows):
            return self._placeholder_data(c, role)
        row = self._rows.row(r)
        if row is None:
            if role == self.ArticleIdRole:
                return self._rows.id_at(r)
            self._reload_page(self._rows.page_of(r))
            return self._placeholder_data(c, role)
        name = COLUMNS[c].name
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, name)
        if role == self.ArticleIdRole:
            return row.id
        if role == self.RowRole:
            return row
        if role == self.BadgesRole:
            return self.badges(r) if name == "headline" else []
        if role == self.StatusRole:
            return row.status
        if role == self.LanguageRole:
            return row.language
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, name, r)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "words":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == Status.SPIKED.value:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.FontRole and name == "headline" and row.status == Status.SPIKED.value:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == self.SubtitleRole and name == "headline":
            return subtitle(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, name)
            return f"{text}. {subtitle(row)}" if name == "headline" and subtitle(row) else text
        return None

    def _placeholder_data(self, column: int, role: int) -> Any:
        if role == self.PlaceholderRole:
            return True
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ArticleList", "Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: ArticleRow, name: str) -> str:
        if name == "headline":
            return row.headline or translate("ArticleList", "(no headline)")
        if name == "language":
            return row.language.upper()
        if name == "status":
            known = row.status in {s.value for s in Status}
            return localized(Status(row.status).label) if known else row.status.capitalize()
        if name == "byline":
            return row.byline
        if name == "dateline":
            return row.dateline_place
        if name == "updated":
            return format_time(row.updated_at, self._zone)
        if name == "words":
            return f"{row.word_count:,}".replace(",", "\u202f")
        return ""

    def _tooltip(self, row: ArticleRow, name: str, r: int) -> str:
        if name == "updated":
            lines = [translate("ArticleList", "Updated {time}").format(time=format_time(row.updated_at, self._zone))]
            if row.published_at is not None:
                lines.append(translate("ArticleList", "Published {time}").format(
                    time=format_time(row.published_at, self._zone)))
            return "\n".join(lines)
        if name == "language":
            if row.language not in ("ru", "en"):
                return row.language + (" translation" if row.translated_from else " original")
            if row.translated_from:
                return (translate("ArticleList", "Russian translation") if row.language == "ru"
                        else translate("ArticleList", "English translation"))
            return (translate("ArticleList", "Russian original") if row.language == "ru"
                    else translate("ArticleList", "English original"))
        if name == "headline":
            parts = [row.headline or translate("ArticleList", "(no headline)")]
            if row.author_login:
                parts.append(translate("ArticleList", "Author: {login} · version {version}").format(
                    login=row.author_login, version=row.version))
            badges = self.badges(r)
            if badges:
                parts.append(" · ".join(badges))
            return "\n".join(parts)
        return self._display(row, name)

    # -- sorting (by the database) ------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._flt.sort and descending == self._flt.descending:
            return
        self._flt = dataclasses.replace(self._flt, sort=key, descending=descending)
        if self._started:
            self._start_query(self._page_size)


    # -- paging --------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if parent.isValid() or self.loading or self._matching is None:
            return False
        return self._offset < self._matching

    def _by_key(self) -> bool:
        return self._flt.sort == "updated_at"

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        generation, offset, limit = self._generation, self._offset, self._page_size
        ws, flt = self._ws, self._flt
        after = self._rows.key_at(len(self._rows) - 1) if self._by_key() and len(self._rows) else None
        self._set_loading(page=True)
        self._set_placeholder(True)
        self._tasks.run(
            lambda task: ws.articles.list(flt, offset=0 if after else offset, limit=limit, after=after),
            on_done=lambda rows: self._page_arrived(generation, offset + limit, rows),
            on_error=lambda exc: self._failed(generation, exc),
            key=LIST_TASK_KEY,
        )

    def _reload_anchor(self, page: int):
        """Where ``page`` is read from: after the row before it (by key), or its first row's offset."""
        return self._rows.key_before(page) if self._by_key() else self._rows.page_range(page)[0]

    def _reload_page(self, page: int) -> None:
        """Load a page dropped from memory again (the view is showing it)."""
        if page < 0 or page in self._reloading or self._query_loading:
            return
        self._reloading.add(page)
        generation, limit, ws, flt = self._generation, self._page_size, self._ws, self._flt
        anchor = self._reload_anchor(page)
        after, offset = (anchor, 0) if self._by_key() else (None, anchor)
        self._tasks.run(
            lambda task: ws.articles.list(flt, offset=offset, limit=limit, after=after),
            on_done=lambda rows: self._page_reloaded(generation, page, anchor, rows),
            on_error=lambda exc: self._reload_failed(generation, page, exc),
            key=f"{PAGE_TASK_KEY}:{page}",
        )

    def _page_reloaded(self, generation: int, page: int, anchor, rows: list[ArticleRow]) -> None:
        if generation != self._generation:
            return
        self._reloading.discard(page)
        start, count = self._rows.page_range(page)
        if self._reload_anchor(page) != anchor:
            # the page before it changed meanwhile: these rows may not follow it; ask again when shown
            if count:
                self.dataChanged.emit(self.index(start, 0), self.index(start + count - 1, len(COLUMNS) - 1))
            return
        self._replace_page(page, rows)

    def _reload_failed(self, generation: int, page: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._reloading.discard(page)
        self._failed(generation, exc)

    def _replace_page(self, page: int, rows: list[ArticleRow]) -> None:
        """A page read again: the same rows come back unless articles moved meanwhile."""
        start, count = self._rows.page_range(page)
        same = len(rows) == count and all(self._rows.id_at(start + i) == r.id for i, r in enumerate(rows))
        if same:
            self._rows.replace_page(page, rows)
        else:
            # the pages after it start after its last row, which changed: they are read again when shown
            self._rows.forget_pages(keep=[p for p in self._rows.cached_pages if p <= page])
            self.sig_rows_about_to_change.emit()
            # Qt needs the rows removed and inserted around the change of count
            if count:
                self.beginRemoveRows(QModelIndex(), start, start + count - 1)
                self._rows.replace_page(page, [])
                self.endRemoveRows()
            if rows:
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.replace_page(page, rows)
                self.endInsertRows()
            self.sig_rows_changed.emit()
        if rows:
            self.dataChanged.emit(self.index(start, 0), self.index(start + len(rows) - 1, len(COLUMNS) - 1))

    def _start_query(self, limit: int, *, keep_loaded: bool = False, keep_counts: bool = False) -> None:
        """Read the first page(s), then count: on PostgreSQL counting a common word takes far longer
        than finding its newest page, so the page is shown first. A refresh keeps the old counts
        on show meanwhile."""
        self._generation += 1
        self._reloading.clear()
        self._counting = False
        generation = self._generation
        ws, flt = self._ws, self._flt
        self._set_loading(query=True, page=False)
        if keep_loaded:
            arrived = lambda rows: self._loaded_refreshed(generation, rows)
        else:
            arrived = lambda rows: self._query_arrived(generation, limit, rows, keep_counts)
        self._tasks.run(
            lambda task: ws.articles.list(flt, offset=0, limit=limit),
            on_done=arrived,
            on_error=lambda exc: self._failed(generation, exc),
            key=LIST_TASK_KEY,
        )

    def _start_count(self, generation: int) -> None:
        ws, flt = self._ws, self._flt
        self._counting = True

        def count(task):
            matching = ws.articles.count(flt)
            task.check()
            return matching, (matching if _is_unfiltered(flt) else ws.articles.count())

        self._tasks.run(
            count,
            on_done=lambda result: self._counts_arrived(generation, *result),
            on_error=lambda exc: self._failed(generation, exc),
            key=COUNT_TASK_KEY,
        )

    def _query_arrived(self, generation: int, limit: int, rows: list[ArticleRow], keep_counts: bool) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows.clear()
        for first in range(0, len(rows), self._page_size):
            self._rows.append_page(rows[first:first + self._page_size])
        if not keep_counts:
            self._matching = None
        self._offset = limit
        self._placeholder = False
        self.endResetModel()
        self._set_loading(query=False, page=False)
        self._start_count(generation)

    def _loaded_refreshed(self, generation: int, rows: list[ArticleRow]) -> None:
        """A refresh of a long list: a new first page; the other pages load again when shown."""
        if generation != self._generation:
            return
        self._set_loading(query=False, page=False)
        if self._rows.page_count:
            self._rows.forget_pages(keep=(0,))
            self._replace_page(0, rows)
            self.dataChanged.emit(self.index(0, 0), self.index(max(0, len(self._rows) - 1), len(COLUMNS) - 1))
        self._start_count(generation)

    def _counts_arrived(self, generation: int, matching: int, everything: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self._matching, self._all = matching, everything
        self.sig_query_finished.emit(matching, everything)
        if not len(self._rows) and self.canFetchMore():
            self.fetchMore()  # a page the user may not read (permissions); try the next one

    def _page_arrived(self, generation: int, next_offset: int, rows: list[ArticleRow]) -> None:
        if generation != self._generation:
            return
        self._set_placeholder(False)
        if self._by_key():
            fresh = list(rows)   # after the last row by key: nothing already listed comes again
        else:
            # an offset page overlaps the last one when articles were added meanwhile
            tail = max(0, len(self._rows) - 2 * self._page_size)
            known = {self._rows.id_at(i) for i in range(tail, len(self._rows))}
            fresh = [r for r in rows if r.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.append_page(fresh)
            self.endInsertRows()
        self._offset = next_offset
        self._set_loading(page=False)
        if not fresh and self.canFetchMore():
            self.fetchMore()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self._set_placeholder(False)
        self._set_loading(query=False, page=False)
        message = localized(exc) if isinstance(exc, DeskError) else translate(
            "ArticleList", "The article list could not be loaded ({error}); press F5 to try again.").format(
            error=type(exc).__name__)
        self.sig_load_failed.emit(message)

    # -- refreshing one article ---------------------------------------------
    def refresh_article(self, article_id: str) -> None:
        """Show the stored state of one article: reload its row, or re-query if its place changed."""
        row = self.row_of(article_id)
        if row is None or self._query_loading:
            self.refresh()
            return
        generation, ws = self._generation, self._ws
        flt = dataclasses.replace(self._flt, ids=(article_id,))
        self._tasks.run(
            lambda task: ws.articles.list(flt, offset=0, limit=1),
            on_done=lambda rows: self._row_arrived(generation, article_id, rows),
            on_error=lambda exc: self._failed(generation, exc),
            key=f"row:{article_id}",
        )

    def _row_arrived(self, generation: int, article_id: str, rows: list[ArticleRow]) -> None:
        if generation != self._generation:
            return
        index = self.row_of(article_id)
        if index is None:
            return
        old = self._rows.row(index)
        if old is None:
            return  # not in memory: it is read again when shown
        if not rows or _sort_value(old, self._flt.sort) != _sort_value(rows[0], self._flt.sort):
            self.refresh()  # left the filter, or moved under the current sort
            return
        self._rows.set_row(index, rows[0])
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))

    # -- helpers -------------------------------------------------------------
    def _set_loading(self, *, query: bool | None = None, page: bool | None = None) -> None:
        before = self.loading
        if query is not None:
            self._query_loading = query
        if page is not None:
            self._page_loading = page
        if self.loading != before:
            self.sig_loading_changed.emit(self.loading)

    def _set_placeholder(self, shown: bool) -> None:
        if shown == self._placeholder:
            return
        at = len(self._rows)
        if shown:
            self.beginInsertRows(QModelIndex(), at, at)
            self._placeholder = True
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._placeholder = False
            self.endRemoveRows()

    def _emit_column_changed(self, column: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))


def _is_unfiltered(flt: ArticleFilter) -> bool:
    return flt == ArticleFilter(sort=flt.sort, descending=flt.descending)


def _sort_value(row: ArticleRow, key: str) -> Any:
    return getattr(row, key, None)
