"""The article list: table view, filter bar and match count, as one panel.

The panel reports which article the user moved to (``sig_current_article_changed``);
the main window decides whether the pane may open it and, when the user keeps
their unsaved changes, puts the selection back with :meth:`ArticleListPanel.select_article`.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget

from desk_app.domain.article import Status
from desk_app.domain.article_filter import ArticleFilter
from desk_app.ui.article_list.columns import COLUMN_INDEX, COLUMNS
from desk_app.ui.article_list.delegate import ArticleItemDelegate, row_height
from desk_app.ui.article_list.filter_bar import FilterBar
from desk_app.ui.article_list.model import PAGE_SIZE, ArticleTableModel
from desk_app.ui.article_list.thumbnails import ListThumbnails
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner

# default widths: text that must fit, plus room for padding (pills, sort arrow)
WIDTH_SAMPLES = {"language": ("Lang", 22), "status": ("Correction", 30), "byline": ("Патимат Гасанова", 0),
                 "dateline": ("Махачкала", 16), "updated": ("28 Nov 2026", 30), "words": ("Words", 20)}
HIDDEN_BY_DEFAULT = ("byline", "dateline", "words")   # byline and place are under the headline


class ArticleListView(QTableView):
    """A row-selecting table with Enter to open, Delete to spike and an empty-state message."""

    sig_article_activated = Signal(str)
    """The user pressed Enter on an article or double-clicked it: its id."""
    sig_spike_requested = Signal(str)
    """The user pressed Delete on an article: its id."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setItemDelegate(ArticleItemDelegate(self))
        self._empty_text = ""
        self.doubleClicked.connect(self._emit_activated)

    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def current_article_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ArticleTableModel.ArticleIdRole) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        article_id = self.current_article_id()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and article_id:
            self.sig_article_activated.emit(article_id)
            return
        if key == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier and article_id:
            self.sig_spike_requested.emit(article_id)
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Home and End go to the first and last article (a table would move across columns)
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), self._empty_text)
            painter.end()

    def _emit_activated(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleTableModel.ArticleIdRole)
        if article_id:
            self.sig_article_activated.emit(article_id)


class ArticleListPanel(QWidget):
    """Filter bar, match count and the article table over :class:`ArticleTableModel`."""

    sig_current_article_changed = Signal(str, str)
    """The user moved to another article: its id, and the id of the one before ("" for none)."""
    sig_article_activated = Signal(str)
    """The user chose an article with Enter or a double click: its id."""
    sig_spike_requested = Signal(str)
    """The user pressed Delete on an article: its id."""
    sig_counts_changed = Signal(int, int)
    """A query finished: articles matching the filter, articles in the workspace."""
    sig_load_failed = Signal(str)
    """The list could not be loaded: the sentence to show."""

    def __init__(self, workspace, tasks: TaskRunner, settings: Settings, parent: QWidget | None = None, *,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._settings = settings
        zone = settings.get(Options.display_zone)
        self._quiet = False
        self._keep_id: str | None = None
        self._select_after_query: str | None = None
        self._previous_id = ""
        self._failed = False

        self.model = ArticleTableModel(workspace, tasks, display_zone=zone, page_size=page_size, parent=self)
        self.thumbnails = ListThumbnails(workspace, tasks, self)
        self.filter_bar = FilterBar(zone, self)
        self.view = ArticleListView(self)
        self.view.setModel(self.model)
        plain = self.view.itemDelegate()
        self.view.setItemDelegate(ArticleItemDelegate(self.view, self.thumbnails))
        plain.deleteLater()
        self.thumbnails.sig_changed.connect(self.view.viewport().update)
        self._setup_header()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)

        self.filter_bar.sig_filter_changed.connect(self._filter_changed)
        self.filter_bar.search.returnPressed.connect(self._search_return)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.sig_article_activated.connect(self.sig_article_activated)
        self.view.sig_spike_requested.connect(self.sig_spike_requested)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.sig_rows_about_to_change.connect(self._before_rows_change)
        self.model.sig_rows_changed.connect(self._after_rows_change)
        self.model.sig_loading_changed.connect(self._loading_changed)
        self.model.sig_query_finished.connect(self._query_finished)
        self.model.sig_load_failed.connect(self._load_failed)
        self._set_users(workspace)
        self._update_count_text()
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.view.setAccessibleName(translate("ArticleList", "Articles"))
        self.model.retranslate()
        self._fit_status_column()
        if self._failed:
            self.filter_bar.set_count_text(translate("ArticleList", "Not loaded"))
        else:
            self._update_count_text()

    # -- setup -----------------------------------------------------------------
    def _setup_header(self) -> None:
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COLUMN_INDEX["headline"], QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for name, (sample, padding) in WIDTH_SAMPLES.items():
            header.resizeSection(COLUMN_INDEX[name], metrics.horizontalAdvance(sample) + padding)
        for name in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(COLUMN_INDEX[name], True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(COLUMN_INDEX["updated"], Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(row_height(self.view.font()))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _fit_status_column(self) -> None:
        """Widen the status column when the language's state names are longer than the one sampled."""
        header = self.view.horizontalHeader()
        column = COLUMN_INDEX["status"]
        metrics = self.view.fontMetrics()
        needed = max(metrics.horizontalAdvance(localized(s.label)) for s in Status) + WIDTH_SAMPLES["status"][1]
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)

    def _header_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for i, column in enumerate(COLUMNS):
            if column.name == "headline":
                continue
            action = menu.addAction(translate("ArticleList", column.title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: header.setSectionHidden(i, not shown))
        menu.exec(header.mapToGlobal(pos))

    def _set_users(self, workspace) -> None:
        try:
            logins = [login for login, _role in workspace.users()]
        except Exception:
            logins = []
        self.filter_bar.set_authors(logins)

    # -- API -------------------------------------------------------------------
    def start(self, select_id: str | None = None) -> None:
        """Run the first query (after the header state, and so the sort, was restored)."""
        self._select_after_query = select_id
        self.model.set_filter(self.filter_bar.current_filter())

    def set_workspace(self, workspace) -> None:
        self._set_users(workspace)
        self.thumbnails.set_workspace(workspace)
        self.model.set_workspace(workspace)

    def current_article_id(self) -> str | None:
        return self.view.current_article_id()

    def select_article(self, article_id: str | None, *, notify: bool = False) -> bool:
        """Make ``article_id`` current (and visible); False when it is not among the loaded rows."""
        row = self.model.row_of(article_id) if article_id else None
        self._quiet = not notify
        try:
            selection = self.view.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                self._previous_id = ""
                return False
            index = self.model.index(row, COLUMN_INDEX["headline"])
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
            self._previous_id = article_id or ""
            return True
        finally:
            self._quiet = False

    def refresh(self, select_id: str | None = None) -> None:
        """Query again keeping the selection (or selecting ``select_id`` once it arrives, quietly)."""
        self._select_after_query = select_id
        self.model.refresh()

    def refresh_article(self, article_id: str) -> None:
        """An article was saved: reload its row, or re-query (selecting it when it is new to the list)."""
        if self.model.row_of(article_id) is None:
            self.refresh(select_id=article_id)
        else:
            self.model.refresh_article(article_id)

    def current_filter(self) -> ArticleFilter:
        return self.model.article_filter

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount() and self.model.article_id(0):
            self.view.setCurrentIndex(self.model.index(0, COLUMN_INDEX["headline"]))

    def save_state(self) -> None:
        self._settings.set(Options.list_header, self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self._settings.get(Options.list_header)
        if not state.isEmpty():
            header = self.view.horizontalHeader()
            if header.restoreState(state) and header.count() == len(COLUMNS):
                # the headline always fills the free width, whatever was saved
                header.setSectionResizeMode(COLUMN_INDEX["headline"], QHeaderView.ResizeMode.Stretch)
                header.setSectionHidden(COLUMN_INDEX["headline"], False)

    # -- reactions -------------------------------------------------------------
    def _filter_changed(self, flt: ArticleFilter) -> None:
        self.model.set_filter(flt)
        self._update_count_text()

    def _search_return(self) -> None:
        self.filter_bar.flush()
        if self.model.rowCount() and not self.model.loading:
            self.focus_list()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ArticleTableModel.ArticleIdRole) if current.isValid() else None
        if self._quiet or not article_id:
            return
        previous, self._previous_id = self._previous_id, article_id
        if article_id != previous:
            self.sig_current_article_changed.emit(article_id, previous)

    def _before_reset(self) -> None:
        self._keep_id = self.current_article_id() or self._previous_id or None

    def _after_reset(self) -> None:
        wanted = self._select_after_query or self._keep_id
        if wanted and self.model.row_of(wanted) is not None:
            self.select_article(wanted)
        self._select_after_query = None
        self._keep_id = None

    def _before_rows_change(self) -> None:
        # the current row may be removed: Qt would make a neighbour current, and the window open it
        self._keep_id = self.current_article_id() or None
        self._quiet = True

    def _after_rows_change(self) -> None:
        self._quiet = False
        wanted, self._keep_id = self._keep_id, None
        if wanted is None:
            return
        previous = self._previous_id
        if not self.select_article(wanted):
            self._previous_id = previous   # not listed now; the window still has it open

    def _loading_changed(self, _loading: bool) -> None:
        self._update_count_text()

    def _query_finished(self, matching: int, everything: int) -> None:
        self._update_count_text()
        self.sig_counts_changed.emit(matching, everything)

    def _load_failed(self, message: str) -> None:
        self._failed = True
        self.view.set_empty_text(message)
        self.filter_bar.set_count_text(translate("ArticleList", "Not loaded"))
        self.sig_load_failed.emit(message)

    def _update_count_text(self) -> None:
        model = self.model
        flt = model.article_filter
        searching = bool(flt.search.strip())
        self._failed = False
        if model.querying or (model.matching_count is None and model.rowCount() == 0):
            self.filter_bar.set_count_text(translate("ArticleList", "Searching…") if searching
                                           else translate("ArticleList", "Loading…"))
            if model.rowCount() == 0:
                self.view.set_empty_text(translate("ArticleList", "Loading…"))
            return
        if model.matching_count is None:   # the first page is shown; the count follows
            self.filter_bar.set_count_text(translate("ArticleList", "Counting…"))
            self.view.set_empty_text("")
            return
        n = model.matching_count
        if searching or self.filter_bar.is_filtered():
            text = (translate("ArticleList", "%Ln match", "", n) if n == 1
                    else translate("ArticleList", "%Ln matches", "", n))
        else:
            text = (translate("ArticleList", "%Ln article", "", n) if n == 1
                    else translate("ArticleList", "%Ln articles", "", n))
        self.filter_bar.set_count_text(text)
        if n == 0:
            self.view.set_empty_text(
                translate("ArticleList", "No articles match these filters.") if self.filter_bar.is_filtered()
                else translate("ArticleList", "No articles yet. Press Ctrl+N to write one, or import Markdown files."))
        else:
            self.view.set_empty_text("")
