"""The main window's side lists and History dock: Editor's queue and Returned to me tabs, revisions below.

The article list becomes the first tab of :attr:`WindowSidebar.left_tabs`; the
Editor's queue (editors and admins only) and Returned to me are the other two,
their titles counting what they hold. Both lists load once the article list is
on screen, and again whenever their tab is chosen. The History dock sits under
the list and the pane, full width; it loads only while it is visible.

:class:`WindowSidebar` is owned by :class:`~desk_app.ui.window.workflow.WindowWorkflow`,
which makes the commands that show these and decides which article the
history follows.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSizePolicy, QTabWidget, QWidget

from desk_app.ui.i18n import on_language_change, translate
from desk_app.ui.workflow.history import HistoryPanel
from desk_app.ui.workflow.queue import EditorQueue
from desk_app.ui.workflow.returned import ReturnedList

__all__ = ["WindowSidebar"]

HISTORY_HEIGHT = 300        # the dock's height when first shown
HISTORY_MIN_WIDTH = 380
SIDE_TAB_MIN_WIDTH = 280    # the queue and returned tabs beside the list


class WindowSidebar(QObject):
    """The queue and returned tabs beside a main window's article list, and its History dock."""

    sig_history_shown = Signal()
    """The History dock was shown: it should follow the article on screen."""

    def __init__(self, window: QMainWindow, tasks, prompts, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        ws = window.workspace
        self.history = HistoryPanel(ws, tasks, window, prompts=prompts)
        self.queue = EditorQueue(ws, tasks, window, prompts=prompts)
        self.returned = ReturnedList(ws, tasks, window)
        self._lists_loaded = False
        self._counts: dict[int, int] = {}           # tab index -> what its list holds
        self._build_left_tabs()
        self._build_history_dock()
        self.queue.sig_loaded.connect(lambda n: self._tab_count(self.queue, n))
        self.returned.sig_loaded.connect(lambda n: self._tab_count(self.returned, n))
        self.left_tabs.currentChanged.connect(self._tab_changed)
        on_language_change(window, self._retranslate_ui)

    def _tab_titles(self) -> dict[QWidget, str]:
        return {self._window.list_panel: translate("WindowSidebar", "Articles"),
                self.queue: translate("WindowSidebar", "Editor's queue"),
                self.returned: translate("WindowSidebar", "Returned to me")}

    def _retranslate_ui(self) -> None:
        for widget in self._tab_titles():
            self._tab_count(widget, self._counts.get(self.left_tabs.indexOf(widget), 0))
        self.left_tabs.setTabToolTip(1, translate("WindowSidebar", "Submitted articles of both languages, oldest "
                                                  "first (Ctrl+Shift+Q)"))
        self.left_tabs.setTabToolTip(2, translate("WindowSidebar", "Your articles an editor sent back, with the note"))
        self.history_dock.setWindowTitle(translate("WindowSidebar", "History"))

    def _build_left_tabs(self) -> None:
        window = self._window
        self.left_tabs = QTabWidget(window)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setDocumentMode(True)
        splitter = window.splitter
        index = splitter.indexOf(window.list_panel)
        splitter.replaceWidget(index, self.left_tabs)
        self.left_tabs.addTab(window.list_panel, "")
        self.left_tabs.addTab(self.queue, "")
        self.left_tabs.addTab(self.returned, "")
        for page in (self.queue, self.returned):   # a column beside the editor: let the long hints wrap,
            for label in page.findChildren(QLabel):  # and never let a list's text widen the window
                if len(label.text()) > 40:
                    label.setWordWrap(True)
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            page.setMinimumWidth(SIDE_TAB_MIN_WIDTH)

    def _build_history_dock(self) -> None:
        window = self._window
        dock = QDockWidget(window)
        dock.setObjectName("historyDock")
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.history.title.hide()               # the dock's title bar says "History"
        self.history.subtitle.setWordWrap(True)  # the headline may be long: the dock stays narrow
        self.history.setMinimumWidth(HISTORY_MIN_WIDTH)
        dock.setWidget(self.history)
        # under the list and the pane, the full width of the window: revisions on the left, changes on the
        # right; the three columns above keep their widths (a dock at the side would squeeze the preview)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        self.history_dock = dock
        self._history_area(Qt.DockWidgetArea.BottomDockWidgetArea)
        dock.visibilityChanged.connect(self._history_shown)
        dock.dockLocationChanged.connect(self._history_area)

    def _history_area(self, area: Qt.DockWidgetArea) -> None:
        bottom = area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        self.history.splitter.setOrientation(Qt.Orientation.Horizontal if bottom else Qt.Orientation.Vertical)

    def set_workspace(self, workspace) -> None:
        self.history.set_workspace(workspace)
        self.queue.set_workspace(workspace)
        self.returned.set_workspace(workspace)

    # -- the side tabs ---------------------------------------------------------------------------
    def set_queue_visible(self, visible: bool) -> None:
        """Show the Editor's queue tab (to editors and admins) or hide it."""
        self.left_tabs.setTabVisible(self.left_tabs.indexOf(self.queue), visible)

    def show_tab(self, widget: QWidget) -> None:
        """Bring ``widget``'s tab to the front and focus it, unless the tab is hidden."""
        index = self.left_tabs.indexOf(widget)
        if index >= 0 and self.left_tabs.isTabVisible(index):
            self.left_tabs.setCurrentIndex(index)
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_list(self) -> None:
        self.left_tabs.setCurrentWidget(self._window.list_panel)

    def list_ready(self) -> None:
        """The article list is on screen: load the tabs' counts, once."""
        if not self._lists_loaded:
            self._lists_loaded = True
            QTimer.singleShot(0, self._load_lists)

    def _load_lists(self) -> None:
        if not self._window.isVisible():
            return
        if self.left_tabs.isTabVisible(self.left_tabs.indexOf(self.queue)):
            self.queue.refresh()
        self.returned.refresh()

    def refresh_lists(self) -> None:
        self.queue.refresh()
        self.returned.refresh()

    def refresh(self) -> None:
        """Load again what has been loaded: the lists once they are, the history while it is visible."""
        if self._lists_loaded:
            self.refresh_lists()
        if self.history_dock.isVisible():
            self.history.refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.left_tabs.widget(index)
        if widget is self.queue or widget is self.returned:
            self._lists_loaded = True
            widget.refresh()

    def _tab_count(self, widget: QWidget, count: int) -> None:
        index = self.left_tabs.indexOf(widget)
        if index >= 0:
            self._counts[index] = count
            title = self._tab_titles()[widget]
            self.left_tabs.setTabText(index, f"{title} ({QLocale().toString(count)})" if count else title)

    # -- the history dock --------------------------------------------------------------------------
    def show_history(self) -> None:
        self.history_dock.show()
        self.history_dock.raise_()

    def _history_shown(self, visible: bool) -> None:
        if visible:
            if not self.history_dock.isFloating() and self.history_dock.height() < HISTORY_HEIGHT // 2:
                self._window.resizeDocks([self.history_dock], [HISTORY_HEIGHT], Qt.Orientation.Vertical)
            self.sig_history_shown.emit()

    def follow(self, article_id: str | None) -> None:
        """The history shows ``article_id`` (loaded only while the dock is visible)."""
        if not self.history_dock.isVisible():
            return
        if article_id != self.history.article_id():
            self.history.set_article(article_id)

    def refresh_history_of(self, article_id: str) -> None:
        if self.history.article_id() == article_id:
            self.history.refresh()
