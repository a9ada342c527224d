"""The workflow, history, queues, translation pairing and list badges, attached to the main window.

The main window is the article list and the article pane; :class:`WindowWorkflow`
(built once in ``MainWindow.__init__`` as ``window.workflow_ui``) adds the rest
around them without the window knowing the details. Every database call goes
through the services, and every one that may take time through the TaskRunner.

What the user gets:

* **Workflow** menu and a toolbar group — Submit for approval (Ctrl+Shift+S),
  Approve (Ctrl+Shift+A), Return with note… (Ctrl+Shift+R), Publish… and
  Publish correction… (Ctrl+Shift+P, never both enabled), Spike…, Unspike,
  Start correction — for the article in the pane (on the pairing page: the
  translation). Refused with "Save your changes first." while there are unsaved
  changes. Delete in the article list spikes through the same command.
* **Article** menu — Save as minor edit (Ctrl+Alt+S: an original with
  translations; the translations stay current), Translate into English (or
  Russian), Open in pairing view (Ctrl+T; on the pairing page it goes back).
  The list's context menu offers the same for the row under the mouse.
* **View** menu — Editor's queue (Ctrl+Shift+Q) and Returned to me, tabs beside
  the article list; History (Ctrl+Shift+H), a dock under the list and the pane.
* **Translation pairing** — a full-window page, because side by side needs the
  width; "← Back to the article" (Alt+Left) returns. While it is shown, window
  shortcuts that the page uses itself (Ctrl+S, Ctrl+Shift+R) are left to it.
* **Badges** — "translation outdated" on translations with pairs to update and
  "2 translations · 1 outdated" on originals, for the rows on screen, refreshed
  after saves and transitions (:mod:`desk_app.ui.article_list.translation_badges`).
* After a save in the pane: an original's translations get their
  originally-published line brought in step; a translation's pairs follow its
  new paragraphs.
* ``DESK_BENCH_EXIT_AFTER_PAINT=1``: print ``first_paint_s=…`` (seconds since the
  process started) once the article list's first page is painted, then quit.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from desk_app.domain.errors import ConflictError, DeskError
from desk_app.domain.workflow import Action, Role, check_transition
from desk_app.services.pairing_types import TranslationExists
from desk_app.ui.article_list.translation_badges import OUTDATED_BADGE, TranslationBadges
from desk_app.ui.pairing.page import PairingPage
from desk_app.ui.workflow.actions import WorkflowActions
from desk_app.ui.workflow.common import user_sentence
from desk_app.ui.workflow.dialogs import WorkflowPrompts
from desk_app.ui.workflow.history import HistoryPanel
from desk_app.ui.workflow.queue import EditorQueue
from desk_app.ui.workflow.returned import ReturnedList

__all__ = ["OUTDATED_BADGE", "WindowPrompts", "WindowWorkflow", "seconds_since_process_start"]

STATUS_MS = 6000
HISTORY_HEIGHT = 300        # the dock's height when first shown
HISTORY_MIN_WIDTH = 380
SIDE_TAB_MIN_WIDTH = 280    # the queue and returned tabs beside the list
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}


def seconds_since_process_start() -> float:
    """Seconds since this process was started (by the kernel's count on Linux, else since Desk was imported)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        import desk_app

        return time.perf_counter() - desk_app.STARTED


class WindowPrompts(WorkflowPrompts):
    """The workflow's dialogs plus the one question the pairing page asks (tests replace the object)."""

    def ask_unsaved_translation(self, parent: QWidget | None, headline: str) -> str:
        """"save", "discard" or "cancel"."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved translation",
                          f"The translation “{headline or 'Untitled'}” has unsaved changes. Save them?",
                          buttons.Save | buttons.Discard | buttons.Cancel, parent)
        box.setDefaultButton(buttons.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


class _Forward:
    """Hands every question to ``owner.prompts`` as it is at the time (tests swap it after building)."""

    def __init__(self, owner: "WindowWorkflow"):
        self._owner = owner

    def __getattr__(self, name: str):
        return getattr(self._owner.prompts, name)


class WindowWorkflow(QObject):
    """Attaches workflow commands, history, queues, pairing, badges and the bench hook to a MainWindow."""

    def __init__(self, window: QMainWindow, tasks, settings):
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._settings = settings
        self.prompts = WindowPrompts()
        prompts = _Forward(self)
        ws = window.workspace
        self.actions = WorkflowActions(ws, tasks, window, prompts=prompts)
        self.actions.set_guard(self._guard)
        self.history = HistoryPanel(ws, tasks, window, prompts=prompts)
        self.queue = EditorQueue(ws, tasks, window, prompts=prompts)
        self.returned = ReturnedList(ws, tasks, window)
        self.pairing_view = None               # a PairingView, made on first use
        self._bound: tuple[str | None, int | None] | None = None
        self._pending_spike: str | None = None
        self._suspended: list[tuple[QAction, list[QKeySequence]]] = []
        self._reloading = False
        self._side_lists_loaded = False
        self._pane_translations: dict[str, int] = {}
        self.badges = TranslationBadges(ws, tasks, window.list_panel, self)
        self._bench_viewport: QWidget | None = None

        self._build_left_tabs()
        self._build_pages()
        self._build_history_dock()
        self._build_commands()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        window.add_badges_provider(self.badges.badges_for)
        window.installEventFilter(self)
        self._install_bench_hook()
        self._sync_roles()
        self._bind_workflow()
        self._update_commands()

    # -- building ----------------------------------------------------------------------
    @property
    def _ws(self):
        return self._window.workspace

    def _build_left_tabs(self) -> None:
        window = self._window
        self.left_tabs = QTabWidget(window)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setDocumentMode(True)
        splitter = window.splitter
        index = splitter.indexOf(window.list_panel)
        splitter.replaceWidget(index, self.left_tabs)
        self.left_tabs.addTab(window.list_panel, "Articles")
        self.left_tabs.addTab(self.queue, "Editor's queue")
        self.left_tabs.addTab(self.returned, "Returned to me")
        for page in (self.queue, self.returned):   # a column beside the editor: let the long hints wrap,
            for label in page.findChildren(QLabel):  # and never let a list's text widen the window
                if len(label.text()) > 40:
                    label.setWordWrap(True)
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            page.setMinimumWidth(SIDE_TAB_MIN_WIDTH)
        self.left_tabs.setTabToolTip(1, "Submitted articles of both languages, oldest first (Ctrl+Shift+Q)")
        self.left_tabs.setTabToolTip(2, "Your articles an editor sent back, with the note")

    def _build_pages(self) -> None:
        window = self._window
        self.pages = QStackedWidget(window)
        self.pages.setObjectName("centralPages")
        self.pages.addWidget(window.takeCentralWidget())   # the list | pane splitter
        self.pairing_page = PairingPage(self.pages)
        self.pages.addWidget(self.pairing_page)
        window.setCentralWidget(self.pages)

    def _build_history_dock(self) -> None:
        window = self._window
        dock = QDockWidget("History", window)
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

    def _command(self, key: str, text: str, slot, shortcut: str = "", tip: str = "",
                 icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action_{key}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        self._window.commands[key] = action
        return action

    def _build_commands(self) -> None:
        sp = QStyle.StandardPixmap
        self.minor_edit_action = self._command(
            "minor_edit", "Save as &minor edit", self.save_minor_edit, "Ctrl+Alt+S",
            "Save a small fix (a typo, punctuation) so that the translations stay current")
        self.translate_action = self._command(
            "translate", "&Translate into English", lambda: self.translate(), "",
            "Create the translation of this article and open it side by side with the original",
            sp.SP_FileDialogContentsView)
        self.translate_action.setIconText("Translate")
        self.pairing_action = self._command(
            "open_pairing", "Open in &pairing view", lambda: self.open_pairing(), "Ctrl+T",
            "Show the translation next to its original, paragraph by paragraph")
        self.back_action = self._command(
            "back_to_article", "&Back to the article", self.show_article_page, "Alt+Left",
            "Leave the pairing page for the article list and editor")
        self.queue_action = self._command(
            "editor_queue", "Editor's &queue", lambda: self.show_side_tab(self.queue), "Ctrl+Shift+Q",
            "Submitted articles waiting for an editor, oldest first")
        self.returned_action = self._command(
            "returned", "Re&turned to me", lambda: self.show_side_tab(self.returned), "",
            "Your articles an editor returned, with the note")
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText("&History")
        self.history_action.setObjectName("action_history")
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.setIcon(self._window.style().standardIcon(sp.SP_FileDialogDetailedView))
        self.history_action.setStatusTip("Every save and transition of the article, compared and restorable")
        self.history_action.setToolTip("Every save and transition of the article (Ctrl+Shift+H)")
        self._window.addAction(self.history_action)
        self._window.commands["history"] = self.history_action
        self.pairing_page.sig_back_requested.connect(self.show_article_page)
        self.pairing_page.sig_edit_translation_requested.connect(self._edit_translation_as_text)
        self.pairing_page.sig_open_original_requested.connect(self._open_original)
        icons = {Action.SUBMIT: (sp.SP_ArrowUp, "Submit"), Action.APPROVE: (sp.SP_DialogApplyButton, "Approve"),
                 Action.RETURN: (sp.SP_ArrowBack, "Return"), Action.PUBLISH: (sp.SP_DialogOkButton, "Publish")}
        for action, (icon, short) in icons.items():
            qaction = self.actions.action(action)
            qaction.setIcon(self._window.style().standardIcon(icon))
            qaction.setIconText(short)
        self._window.addActions(self.actions.actions())

    def _menu(self, title: str) -> QAction | None:
        for action in self._window.menuBar().actions():
            if action.text().replace("&", "") == title:
                return action
        return None

    def _build_menus(self) -> None:
        window = self._window
        article = self._menu("Article")
        if article is not None:
            menu = article.menu()
            menu.addAction(self.minor_edit_action)
            menu.addSeparator()
            menu.addAction(self.translate_action)
            menu.addAction(self.pairing_action)
        self.workflow_menu = QMenu("&Workflow", window)
        self.workflow_menu.setObjectName("workflowMenu")
        groups = ((Action.SUBMIT, Action.APPROVE, Action.RETURN, Action.PUBLISH),
                  (Action.CORRECT, Action.PUBLISH_CORRECTION), (Action.SPIKE, Action.UNSPIKE))
        for i, group in enumerate(groups):
            if i:
                self.workflow_menu.addSeparator()
            self.workflow_menu.addActions([self.actions.action(a) for a in group])
        view = self._menu("View")
        if view is not None:
            window.menuBar().insertMenu(view, self.workflow_menu)
            menu = view.menu()
            menu.addSeparator()
            menu.addActions([self.queue_action, self.returned_action, self.history_action])
            menu.addSeparator()
            menu.addAction(self.back_action)
        else:
            window.menuBar().addMenu(self.workflow_menu)

    def _build_toolbar(self) -> None:
        toolbar = getattr(self._window, "toolbar", None)
        if toolbar is None:
            return
        before = self._window.commands.get("import")   # the group goes between editing and importing
        group = [None, *(self.actions.action(a) for a in (Action.SUBMIT, Action.APPROVE, Action.RETURN,
                                                          Action.PUBLISH)),
                 None, self.translate_action, self.history_action, None]
        for item in group:
            if before is None:
                toolbar.addSeparator() if item is None else toolbar.addAction(item)
            elif item is None:
                toolbar.insertSeparator(before)
            else:
                toolbar.insertAction(before, item)

    def _connect(self) -> None:
        window, pane, panel = self._window, self._window.pane, self._window.list_panel
        pane.sig_article_opened.connect(self._pane_opened)
        pane.sig_article_saved.connect(self._pane_saved)
        pane.sig_dirty_changed.connect(lambda _dirty: self._update_commands())
        self.actions.sig_article_transitioned.connect(self._transitioned)
        self.actions.sig_message.connect(self._say)
        self.actions.sig_state_changed.connect(self._try_pending_spike)
        self.history.sig_article_restored.connect(self._restored)
        self.queue.sig_open_requested.connect(self._open_from_side)
        self.queue.sig_article_transitioned.connect(self._transitioned)
        self.queue.sig_loaded.connect(lambda n: self._tab_count(self.queue, "Editor's queue", n))
        self.returned.sig_open_requested.connect(self._open_from_side)
        self.returned.sig_loaded.connect(lambda n: self._tab_count(self.returned, "Returned to me", n))
        self.left_tabs.currentChanged.connect(self._side_tab_changed)
        panel.sig_spike_requested.connect(self.spike_from_list)
        panel.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_commands())
        panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.view.customContextMenuRequested.connect(self._show_list_menu)
        panel.model.sig_query_finished.connect(self._query_finished)
        self.badges.sig_changed.connect(self._update_commands)
        window.sig_workspace_changed.connect(self._workspace_changed)
        for key, slot in (("refresh", self._refresh_all), ("focus_list", self._go_to_list),
                          ("search", self._go_to_list), ("focus_pane", self.show_article_page),
                          ("new", self.show_article_page), ("new_ru", self.show_article_page),
                          ("new_en", self.show_article_page)):
            command = window.commands.get(key)
            if command is not None:
                command.triggered.connect(lambda _checked=False, s=slot: s())

    # -- pages ---------------------------------------------------------------------------
    def on_pairing_page(self) -> bool:
        return self.pages.currentWidget() is self.pairing_page

    def show_article_page(self) -> None:
        if self.on_pairing_page():
            self.pages.setCurrentIndex(0)
            self._page_changed()

    def _show_pairing_page(self) -> None:
        if not self.on_pairing_page():
            self.pages.setCurrentWidget(self.pairing_page)
            self._page_changed()

    def _page_changed(self) -> None:
        if self.on_pairing_page():
            self._suspend_window_shortcuts()
            if self.pairing_view is not None:
                self.pairing_view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._restore_window_shortcuts()
        self._bind_workflow()
        self._history_follow()
        self._update_commands()

    def _suspend_window_shortcuts(self) -> None:
        """Leave the keys the pairing page uses itself (Ctrl+S, Ctrl+Shift+R, …) to it while it is shown."""
        self._restore_window_shortcuts()
        if self.pairing_view is None:
            return
        taken = {s.toString() for a in self.pairing_view.actions() for s in a.shortcuts()}
        for action in self._window.findChildren(QAction):
            if action.shortcutContext() not in (Qt.ShortcutContext.WindowShortcut,
                                                Qt.ShortcutContext.ApplicationShortcut):
                continue
            shortcuts = action.shortcuts()
            keep = [s for s in shortcuts if s.toString() not in taken]
            if len(keep) != len(shortcuts):
                self._suspended.append((action, shortcuts))
                action.setShortcuts(keep)

    def _restore_window_shortcuts(self) -> None:
        for action, shortcuts in self._suspended:
            if shiboken6.isValid(action):
                action.setShortcuts(shortcuts)
        self._suspended = []

    def _ensure_pairing_view(self):
        if self.pairing_view is None:
            from desk_app.ui.pairing.view import PairingView

            view = PairingView(self._ws, self._tasks, self._settings, self.pairing_page)
            view.sig_translation_saved.connect(self._pairing_saved)
            view.sig_status_message.connect(self._say)
            view.model.modelReset.connect(self._pairing_loaded)
            view.model.sig_dirty_changed.connect(lambda _d: self._update_commands())
            self.pairing_page.set_view(view)
            self.pairing_view = view
        return self.pairing_view

    def _pairing_loaded(self) -> None:
        view = self.pairing_view
        if view is not None and view.pair_view is not None:
            original = view.pair_view.original
            self.pairing_page.original_button.setEnabled(original is not None)
            self.pairing_page.title.setText(
                f"Translation pairing · {LANGUAGE_NAMES.get(original.language, original.language)} → "
                f"{LANGUAGE_NAMES.get(view.pair_view.translation.language, '')}" if original is not None
                else "Translation pairing")
        if self.on_pairing_page():
            self._bind_workflow()
            self._history_follow()

    def show_pairing(self, translation_id: str) -> bool:
        """Open ``translation_id`` on the pairing page (asking about unsaved pair edits of another one)."""
        view = self._ensure_pairing_view()
        if view.translation_id != translation_id:
            if not self._may_leave_pairing():
                return False
            view.open_translation(translation_id)
        else:
            view.refresh()
        self._show_pairing_page()
        return True

    def _may_leave_pairing(self) -> bool:
        view = self.pairing_view
        if view is None or not view.has_unsaved_changes():
            return True
        headline = view.pair_view.translation.headline if view.pair_view is not None else ""
        answer = self.prompts.ask_unsaved_translation(self._window, headline)
        if answer == "save":
            return view.save_now()
        if answer == "discard":
            if view.translation_id:
                view.open_translation(view.translation_id)
            return True
        return False

    def _edit_translation_as_text(self) -> None:
        view = self.pairing_view
        if view is None or view.translation_id is None or not self._may_leave_pairing():
            return
        self.show_article_page()
        self._window.open_article(view.translation_id)

    def _open_original(self) -> None:
        view = self.pairing_view
        if view is None or view.pair_view is None or view.pair_view.original is None:
            return
        self.show_article_page()
        self._window.open_article(view.pair_view.original.id)

    # -- which article ---------------------------------------------------------------------
    def _pane_stored(self) -> tuple[str | None, int | None]:
        pane = self._window.pane
        article_id = pane.article_id()
        if not article_id:
            return None, None
        version = pane.current_data().version
        return (article_id, version) if version else (None, None)

    def target_id(self) -> str | None:
        """What the Article commands act on: the article in the pane, else the list's current one."""
        return self._pane_stored()[0] or self._window.list_panel.current_article_id()

    def _row(self, article_id: str | None):
        """What the window knows of an article without asking the database: its list row or the pane's data."""
        if not article_id:
            return None
        model = self._window.list_panel.model
        row = model.row_of(article_id)
        if row is not None:
            return model.row_data(row)
        if self._window.pane.article_id() == article_id:
            return self._window.pane.current_data()
        return None

    def _bind_workflow(self) -> None:
        """Point the workflow commands at the article on screen, at the version on screen."""
        bound: tuple[str | None, int | None] = (None, None)
        if self.on_pairing_page():
            view = self.pairing_view
            if view is not None and view.pair_view is not None:
                bound = (view.pair_view.translation.id, view.pair_view.translation.version)
        else:
            bound = self._pane_stored()
        if bound != self._bound:
            self._bound = bound
            self.actions.set_article(*bound)

    def _guard(self, _action: Action) -> str | None:
        if self.on_pairing_page():
            dirty = self.pairing_view is not None and self.pairing_view.has_unsaved_changes()
        else:
            dirty = self._window.pane.is_dirty()
        return "Save your changes first." if dirty else None

    # -- reacting ----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self._window.status.showMessage(text, STATUS_MS)

    def _run(self, work, on_done, on_error=None, *, key: str | None = None) -> None:
        """Run ``work`` on the TaskRunner; the answers are dropped once the window is gone."""
        def alive() -> bool:
            return shiboken6.isValid(self) and shiboken6.isValid(self._window)

        def failed(exc: BaseException) -> None:
            if alive():
                (on_error or (lambda e: self._say(user_sentence(e))))(exc)

        self._tasks.run(work, on_done=lambda result: on_done(result) if alive() else None, on_error=failed, key=key)

    def _pane_opened(self, article_id: str) -> None:
        if self.on_pairing_page() and not self._reloading:
            self.show_article_page()
        self._bind_workflow()
        self._history_follow()
        self._check_pane_translations()
        self._update_commands()

    def _pane_saved(self, article_id: str) -> None:
        self._bound = None
        self._bind_workflow()
        if self.history.article_id() == article_id:
            self.history.refresh()
        pane, ws = self._window.pane, self._ws
        if pane.article_id() == article_id and pane.current_data().translated_from:
            work = lambda _task: ws.pairing.after_translation_saved(ws.articles.get(article_id))  # noqa: E731
            done = lambda _result: self._translations_changed([article_id])  # noqa: E731
        else:
            work = lambda _task: ws.pairing.sync_all_for_original(article_id)  # noqa: E731
            done = self._translations_changed
        self._run(work, done, key=f"after-save-{article_id}")
        self._check_pane_translations()

    def _translations_changed(self, ids: Iterable[str] | None) -> None:
        """Translations were written after a save (their line or pairs): show them as they are now."""
        for article_id in ids or ():
            if self._window.list_panel.model.row_of(article_id) is not None:
                self._window.list_panel.refresh_article(article_id)
            if self.pairing_view is not None and self.pairing_view.translation_id == article_id:
                self.pairing_view.refresh()
        self.badges.reset()

    def _reload_pane(self, article_id: str) -> None:
        pane = self._window.pane
        if pane.article_id() != article_id:
            return
        if pane.is_dirty():
            self._say("The stored article changed; your unsaved text is still in the editor.")
            return
        try:
            data = self._ws.articles.get(article_id)
        except DeskError as exc:
            self._say(str(exc))
            return
        self._reloading = True
        try:
            pane.load_data(data)
        finally:
            self._reloading = False

    def _transitioned(self, article_id: str, _state: str) -> None:
        self._window.list_panel.refresh_article(article_id)
        self._reload_pane(article_id)
        if self.pairing_view is not None and self.pairing_view.translation_id == article_id:
            self.pairing_view.refresh()
        if self.history.article_id() == article_id:
            self.history.refresh()
        self.queue.refresh()
        self.returned.refresh()
        self._bound = None
        self._bind_workflow()
        self.badges.reset()
        self._update_commands()

    def _restored(self, article_id: str) -> None:
        self._window.list_panel.refresh_article(article_id)
        self._reload_pane(article_id)
        if self.pairing_view is not None and self.pairing_view.translation_id == article_id:
            self.pairing_view.refresh()
        self._bound = None
        self._bind_workflow()
        self.badges.reset()

    def _pairing_saved(self, translation_id: str) -> None:
        self._window.list_panel.refresh_article(translation_id)
        self._reload_pane(translation_id)
        if self.history.article_id() == translation_id:
            self.history.refresh()
        self._bound = None
        self._bind_workflow()
        self.badges.reset()

    def _workspace_changed(self, workspace) -> None:
        self.show_article_page()
        if self.pairing_view is not None:
            self.pairing_page.set_view(None)
            self.pairing_view = None
        self._bound = None
        self.actions.set_workspace(workspace)
        self.history.set_workspace(workspace)
        self.queue.set_workspace(workspace)
        self.returned.set_workspace(workspace)
        self.badges.set_workspace(workspace)
        self._pane_translations = {}
        self._sync_roles()
        self._bind_workflow()
        self._update_commands()

    def _sync_roles(self) -> None:
        editor = self._ws.actor.role in (Role.EDITOR, Role.ADMIN)
        index = self.left_tabs.indexOf(self.queue)
        self.left_tabs.setTabVisible(index, editor)
        self.queue_action.setEnabled(editor)

    def _refresh_all(self) -> None:
        self.badges.reset()
        if self._side_lists_loaded:
            self.queue.refresh()
            self.returned.refresh()
        if self.history_dock.isVisible():
            self.history.refresh()
        if self.on_pairing_page() and self.pairing_view is not None:
            self.pairing_view.refresh()

    def _go_to_list(self) -> None:
        self.show_article_page()
        self.left_tabs.setCurrentWidget(self._window.list_panel)

    def _query_finished(self, *_args) -> None:
        if not self._side_lists_loaded:   # the tab counts, once the list is on screen
            self._side_lists_loaded = True
            QTimer.singleShot(0, self._load_side_lists)

    def _load_side_lists(self) -> None:
        if not self._window.isVisible():
            return
        if self.left_tabs.isTabVisible(self.left_tabs.indexOf(self.queue)):
            self.queue.refresh()
        self.returned.refresh()

    # -- the side tabs and the history dock ------------------------------------------------------
    def show_side_tab(self, widget: QWidget) -> None:
        self.show_article_page()
        index = self.left_tabs.indexOf(widget)
        if index >= 0 and self.left_tabs.isTabVisible(index):
            self.left_tabs.setCurrentIndex(index)
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _side_tab_changed(self, index: int) -> None:
        widget = self.left_tabs.widget(index)
        if widget is self.queue or widget is self.returned:
            self._side_lists_loaded = True
            widget.refresh()

    def _tab_count(self, widget: QWidget, title: str, count: int) -> None:
        index = self.left_tabs.indexOf(widget)
        if index >= 0:
            self.left_tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _open_from_side(self, article_id: str) -> None:
        self.show_article_page()
        if self._window.open_article(article_id):
            focus = self._window.commands.get("focus_pane")
            if focus is not None:
                focus.trigger()

    def _history_shown(self, visible: bool) -> None:
        if visible:
            if not self.history_dock.isFloating() and self.history_dock.height() < HISTORY_HEIGHT // 2:
                self._window.resizeDocks([self.history_dock], [HISTORY_HEIGHT], Qt.Orientation.Vertical)
            self._history_follow()

    def _history_follow(self) -> None:
        """The history shows the article on screen (loaded only while the dock is visible)."""
        if not self.history_dock.isVisible():
            return
        wanted = self._bound[0] if self._bound else None
        if wanted != self.history.article_id():
            self.history.set_article(wanted)

    # -- commands ------------------------------------------------------------------------------
    def _update_commands(self) -> None:
        on_pairing = self.on_pairing_page()
        target = self.target_id()
        row = self._row(target)
        original = row is not None and not row.translated_from
        language = getattr(row, "language", "ru")
        into = "en" if language == "ru" else "ru"
        self.translate_action.setText(f"&Translate into {LANGUAGE_NAMES.get(into, into)}")
        self.translate_action.setEnabled(not on_pairing and original and row.status != "spiked")
        count = self.badges.translation_count(target or "")
        has_translations = (count is None or count > 0   # not known yet: let the service say
                            or self._pane_translations.get(target or "", 0) > 0)
        self.pairing_action.setEnabled(on_pairing or (bool(target) and (
            row is None or bool(row.translated_from) or has_translations)))
        stored_id, _version = self._pane_stored()
        pane = self._window.pane
        self.minor_edit_action.setEnabled(
            not on_pairing and bool(stored_id) and pane.is_dirty() and not pane.is_read_only()
            and not pane.current_data().translated_from and self._pane_translations.get(stored_id, 0) > 0)
        self.back_action.setEnabled(on_pairing)

    def _check_pane_translations(self) -> None:
        """How many translations the pane's original has (Save as minor edit is offered only then)."""
        stored_id, _version = self._pane_stored()
        if not stored_id or self._window.pane.current_data().translated_from:
            return
        ws = self._ws

        def done(summaries) -> None:
            self._pane_translations = {stored_id: summaries.get(stored_id, (0, 0))[0]}
            self._update_commands()

        self._run(lambda _task: ws.pairing.translation_summaries([stored_id]), done, lambda _exc: None,
                  key="pane-translations")

    def save_minor_edit(self) -> bool:
        """Save the original in the pane as a minor edit: pairs that were current stay current."""
        if self.on_pairing_page():
            return False
        pane = self._window.pane
        stored_id, _version = self._pane_stored()
        if not stored_id or pane.is_read_only():
            return False
        data = pane.current_data()
        if data.translated_from:
            self._say("A minor edit is for originals; save a translation with Ctrl+S.")
            return False
        if not pane.is_dirty():
            self._say("Nothing to save: the article has no unsaved changes.")
            return False
        try:
            result = self._ws.pairing.minor_edit(stored_id, data)
        except ConflictError:
            self.prompts.error(self._window, "Not saved as a minor edit",
                               "Someone saved this article while you were editing it. Save it normally (Ctrl+S) "
                               "to see both versions; your text is still in the editor.")
            return False
        except DeskError as exc:
            self.prompts.error(self._window, "Not saved as a minor edit", f"{exc}\n\nYour text is still in the editor.")
            return False
        pane.show_saved(result)
        self._say(f"Saved “{result.article.headline}” as a minor edit: its translations stay current.")
        return True

    def translate(self, article_id: str | None = None) -> None:
        """Create the translation of ``article_id`` (or the target) and open it on the pairing page."""
        article_id = article_id or self.target_id()
        row = self._row(article_id)
        if not article_id:
            return
        into = "ru" if getattr(row, "language", "ru") == "en" else "en"
        ws = self._ws
        self._say("Creating the translation…")
        self._run(lambda _task: ws.pairing.translate(article_id, into), self._translated, self._translate_failed)

    def _translated(self, article) -> None:
        self._window.list_panel.refresh()
        self.badges.reset()
        if self.show_pairing(article.id):
            self._say(f"Created the {LANGUAGE_NAMES.get(article.language, article.language)} translation; "
                      "write it pair by pair and mark each one translated (Ctrl+Enter).")

    def _translate_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TranslationExists):
            if self.show_pairing(exc.existing_id):
                self._say("This article already has that translation; it is open here.")
            return
        self.prompts.error(self._window, "Cannot translate", user_sentence(exc))

    def open_pairing(self, article_id: str | None = None) -> None:
        """Show the translation meant by ``article_id`` (itself, or an original's only translation)."""
        if article_id is None and self.on_pairing_page():
            self.show_article_page()   # Ctrl+T again goes back
            return
        article_id = article_id or self.target_id()
        if not article_id:
            return
        ws = self._ws
        self._run(lambda _task: ws.pairing.resolve(article_id), self.show_pairing,
                  lambda exc: self.prompts.error(self._window, "Cannot open the pairing view", user_sentence(exc)))

    def spike_from_list(self, article_id: str) -> None:
        """Delete in the list: spike through the workflow command (opening the article first)."""
        refusal = self._spike_refusal(article_id)
        if refusal is not None:
            self.prompts.error(self._window, "Cannot spike", refusal)
            return
        if self.actions.article_id() != article_id:
            self.show_article_page()
            if not self._window.open_article(article_id):
                return
        self._pending_spike = article_id
        self._try_pending_spike()

    def _try_pending_spike(self) -> None:
        pending = self._pending_spike
        if pending is None or self.actions.busy:
            return
        if self.actions.article_id() != pending:
            self._pending_spike = None
        elif Action.SPIKE in self.actions.allowed():
            self._pending_spike = None
            self.actions.trigger(Action.SPIKE)

    def _spike_refusal(self, article_id: str) -> str | None:
        model = self._window.list_panel.model
        row = model.row_of(article_id)
        if row is None:
            return None
        try:
            check_transition(self._ws.actor, model.facts(model.row_data(row)), Action.SPIKE)
        except DeskError as exc:
            return str(exc)
        return None

    # -- the list's context menu -------------------------------------------------------------------
    def list_menu(self, article_id: str) -> QMenu:
        """The context menu for one article of the list (built, not shown)."""
        row = self._row(article_id)
        menu = QMenu(self._window.list_panel.view)
        menu.setObjectName("articleListMenu")
        open_action = menu.addAction("Open", lambda: self._open_from_side(article_id))
        menu.setDefaultAction(open_action)
        if row is not None and row.translated_from:
            menu.addAction("Open in pairing view\tCtrl+T", lambda: self.open_pairing(article_id))
            menu.addAction("Open the original", lambda: self._open_from_side(row.translated_from))
        elif row is not None:
            into = "Russian" if row.language == "en" else "English"
            translate = menu.addAction(f"Translate into {into}", lambda: self.translate(article_id))
            translate.setEnabled(row.status != "spiked")
            if self.badges.translation_count(article_id):
                menu.addAction("Open its translation in pairing view", lambda: self.open_pairing(article_id))
        menu.addSeparator()
        history = menu.addAction("History", lambda: self._show_history_of(article_id))
        history.setEnabled(bool(article_id))
        spike = menu.addAction("Spike…\tDel", lambda: self.spike_from_list(article_id))
        spike.setEnabled(self._spike_refusal(article_id) is None)
        return menu

    def _show_list_menu(self, pos: QPoint) -> None:
        view = self._window.list_panel.view
        index = view.indexAt(pos)
        article_id = index.data(self._window.list_panel.model.ArticleIdRole) if index.isValid() else None
        if not article_id:
            return
        menu = self.list_menu(article_id)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _show_history_of(self, article_id: str) -> None:
        if self._window.open_article(article_id):
            self.history_dock.show()
            self.history_dock.raise_()

    # -- closing and the bench hook ------------------------------------------------------------------
    def _install_bench_hook(self) -> None:
        if os.environ.get("DESK_BENCH_EXIT_AFTER_PAINT"):
            self._bench_viewport = self._window.list_panel.view.viewport()
            self._bench_viewport.installEventFilter(self)

    def _bench_report(self) -> None:
        print(f"first_paint_s={seconds_since_process_start():.3f}", flush=True)
        QApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Close and not self._may_leave_pairing():
            event.ignore()
            return True
        if watched is self._bench_viewport and event.type() == QEvent.Type.Paint:
            model = self._window.list_panel.model
            if model.matching_count is not None and not model.querying:   # the first page is being painted
                self._bench_viewport.removeEventFilter(self)
                self._bench_viewport = None
                QTimer.singleShot(0, self._bench_report)
        return super().eventFilter(watched, event)
