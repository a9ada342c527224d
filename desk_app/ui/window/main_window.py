"""Desk's main window: the article list on the left, the article pane on the right.

The window owns no storage logic. Each menu command is one service call run
through the TaskRunner; afterwards the list refreshes only what changed (one
row, or a re-query that keeps the selection). Every question to the user goes
through :class:`~desk_app.ui.widgets.prompts.Prompts`, which tests replace.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QStyle, QToolBar, QToolButton, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.slug import slugify
from desk_app.services.workspace_label import workspace_label
from desk_app.ui.article_list.view import ArticleListPanel
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.dialogs import ImportSummary
from desk_app.ui.widgets.progress import TaskProgressDialog
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.widgets.status_bar import DeskStatusBar
from desk_app.ui.window.command_texts import command_texts, set_command_text
from desk_app.ui.window.ids import Command, Menu, Submenu
from desk_app.ui.window.shared import SharedController
from desk_app.ui.window.workflow import WindowWorkflow

MAIN_SPLITTER = "main"
DEFAULT_SIZE = (1400, 900)
LIST_SHARE = 0.35          # of the window's width, until the user moves the splitter
STATUS_TIMEOUT_MS = 6000

PaneFactory = Callable[..., QWidget]


def default_pane_factory(workspace, tasks, settings, journal, parent):
    from desk_app.ui.editor.pane import ArticlePane

    return ArticlePane(workspace, tasks, settings, journal, parent)


def user_sentence(exc: BaseException) -> str:
    """The sentence to show for an error: a DeskError's own, else a short honest line."""
    if isinstance(exc, DeskError):
        return localized(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}."
    return translate("MainWindow", "Something went wrong ({error}); nothing more was written — please report "
                     "this.").format(error=type(exc).__name__)


class MainWindow(QMainWindow):
    """Article list, article pane, menus, toolbar and status bar over one Workspace."""

    sig_workspace_changed = Signal(object)
    """Another workspace was opened in the window: the new Workspace."""
    sig_import_progressed = Signal(int, int)
    """An import reported progress: files done, files in all."""
    sig_import_finished = Signal(object)
    """An import ended (finished or cancelled): its ImportSummary."""

    def __init__(self, workspace, tasks: TaskRunner, settings: Settings, *, journal=None,
                 prompts: Prompts | None = None, pane_factory: PaneFactory | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deskMainWindow")
        self._ws = workspace
        self._tasks = tasks
        self._settings = settings
        self._journal = journal
        self._prompts = prompts or Prompts()
        self._pending_open: str | None = None
        self._import_dialog: TaskProgressDialog | None = None
        self.commands: dict[str, QAction] = {}   # by Command id (a str): Command.NEW, Command.SAVE, …
        self._badge_providers: list[Callable] = []

        self.list_panel = ArticleListPanel(workspace, tasks, settings, self)
        factory = pane_factory or default_pane_factory
        self.pane = factory(workspace, tasks, settings, journal, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.status = DeskStatusBar(self)
        self.setStatusBar(self.status)

        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(0)
        self._open_timer.timeout.connect(self._open_pending)

        self._build_actions()
        self._adopt_pane_shortcuts()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._show_workspace()
        self._update_title()
        self._update_actions()
        self.workflow_ui = WindowWorkflow(self, tasks, settings)   # workflow, history, queues, pairing, badges
        self.shared = SharedController(self, tasks, settings)   # connect, live refresh, edit locks
        from desk_app.ui.window.language import WindowLanguage

        self.language_ui = WindowLanguage(self, settings)          # View → Language
        on_language_change(self, self._retranslate_ui)

    @property
    def prompts(self) -> Prompts:
        """The questions the window and its parts ask the user (tests set a scripted fake)."""
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self._prompts = prompts

    # -- building --------------------------------------------------------------
    def _action(self, key: Command, slot, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        """A command; its texts come from :func:`command_texts` (``_retranslate_ui``)."""
        action = QAction(self)
        action.setObjectName(key.object_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.commands[key] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self._action(Command.NEW, self.new_article, QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self._action(Command.NEW_RU, lambda: self.new_article("ru"))
        self._action(Command.NEW_EN, lambda: self.new_article("en"))
        self._action(Command.IMPORT, self.import_markdown, "Ctrl+Shift+I", sp.SP_DialogOpenButton)
        self._action(Command.EXPORT_HTML, lambda: self.export("html"))
        self._action(Command.EXPORT_MD, lambda: self.export("md"))
        self._action(Command.OPEN_WORKSPACE, self.open_workspace_file)
        quit_action = self._action(Command.QUIT, self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._action(Command.SAVE, self.save, QKeySequence.StandardKey.Save, sp.SP_DialogSaveButton)
        self._action(Command.DUPLICATE, self.duplicate, "Ctrl+D", sp.SP_FileDialogNewFolder)
        self._action(Command.SEARCH, self.list_panel.focus_search, "Ctrl+L")
        self._action(Command.FOCUS_LIST, self.list_panel.focus_list, "Alt+1")
        self._action(Command.FOCUS_PANE, self._focus_pane, "Alt+2")
        self._action(Command.REFRESH, self.refresh, QKeySequence.StandardKey.Refresh, sp.SP_BrowserReload)
        if self.commands[Command.REFRESH].shortcut() != QKeySequence("F5"):
            self.commands[Command.REFRESH].setShortcuts([self.commands[Command.REFRESH].shortcut(), QKeySequence("F5")])
        # Ctrl+F searches the list while the list has the focus (in the editor it finds in the text)
        self._find_in_list = QShortcut(QKeySequence.StandardKey.Find, self.list_panel, self.list_panel.focus_search,
                                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _adopt_pane_shortcuts(self) -> None:
        """The window's Save owns Ctrl+S everywhere; a second Ctrl+S in the pane would make both ambiguous."""
        pane_save = getattr(self.pane, "save_action", None)
        if isinstance(pane_save, QAction):
            pane_save.setShortcuts([])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("")
        file_menu.setObjectName(Menu.FILE.object_name)
        file_menu.addAction(self.commands[Command.NEW])
        new_in = self.new_in_menu = file_menu.addMenu("")
        new_in.setObjectName(Submenu.NEW_IN.object_name)
        new_in.addAction(self.commands[Command.NEW_RU])
        new_in.addAction(self.commands[Command.NEW_EN])
        file_menu.addSeparator()
        for key in (Command.IMPORT, Command.EXPORT_HTML, Command.EXPORT_MD):
            file_menu.addAction(self.commands[key])
        file_menu.addSeparator()
        file_menu.addAction(self.commands[Command.OPEN_WORKSPACE])
        from desk_app.ui.registry import add_registry_command  # the registry of listed entities (#18)

        self.commands[Command.REGISTRY] = add_registry_command(self, file_menu, self._tasks)
        file_menu.addSeparator()
        file_menu.addAction(self.commands[Command.QUIT])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName(Menu.EDIT.object_name)
        for action in self._pane_editor_actions():
            self.edit_menu.addAction(action)
        article_menu = self.article_menu = bar.addMenu("")
        article_menu.setObjectName(Menu.ARTICLE.object_name)
        for key in (Command.SAVE, Command.DUPLICATE):
            article_menu.addAction(self.commands[key])
        view_menu = self.view_menu = bar.addMenu("")
        view_menu.setObjectName(Menu.VIEW.object_name)
        for key in (Command.SEARCH, Command.FOCUS_LIST, Command.FOCUS_PANE):
            view_menu.addAction(self.commands[key])
        view_menu.addSeparator()
        view_menu.addAction(self.commands[Command.REFRESH])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.commands[Command.NEW])
        new_button = toolbar.widgetForAction(self.commands[Command.NEW])
        if isinstance(new_button, QToolButton):
            new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            new_button.addActions([self.commands[Command.NEW_RU], self.commands[Command.NEW_EN]])
        for key in (Command.SAVE, Command.DUPLICATE):
            toolbar.addAction(self.commands[key])
        toolbar.addSeparator()
        toolbar.addAction(self.commands[Command.IMPORT])
        toolbar.addAction(self.commands[Command.REFRESH])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _retranslate_ui(self) -> None:
        """Menus, toolbar and the window's own commands in the interface's language (again on a switch)."""
        for key, (text, tip) in command_texts().items():
            set_command_text(self.commands[key], text, tip)
        for menu, title in ((self.file_menu, translate("MainWindow", "&File")),
                            (self.new_in_menu, translate("MainWindow", "New &in")),
                            (self.edit_menu, translate("MainWindow", "&Edit")),
                            (self.article_menu, translate("MainWindow", "&Article")),
                            (self.view_menu, translate("MainWindow", "&View"))):
            menu.setTitle(title)
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self._update_title()

    def _pane_editor_actions(self) -> list[QAction]:
        getter = getattr(self.pane, "editor_actions", None)
        return list(getter()) if callable(getter) else []

    def _connect(self) -> None:
        panel = self.list_panel
        panel.sig_current_article_changed.connect(self._list_moved)
        panel.sig_article_activated.connect(self._list_activated)
        panel.sig_counts_changed.connect(self.status.set_counts)
        panel.sig_load_failed.connect(lambda message: self.status.showMessage(message, STATUS_TIMEOUT_MS))
        panel.model.sig_loading_changed.connect(lambda _busy: self._update_busy())
        panel.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        panel.model.modelReset.connect(self._update_actions)
        self._tasks.sig_busy_changed.connect(lambda _busy: self._update_busy())
        self.pane.sig_dirty_changed.connect(self._dirty_changed)
        self.pane.sig_article_saved.connect(self._article_saved)
        self.pane.sig_article_opened.connect(self._article_opened)
        self.pane.sig_status_message.connect(lambda text: self.status.showMessage(text, STATUS_TIMEOUT_MS))

    # -- workspace -------------------------------------------------------------
    @property
    def workspace(self):
        return self._ws

    def set_workspace(self, workspace) -> None:
        """Show another workspace; the previous one is closed once its work has stopped."""
        old = self._ws
        self._tasks.cancel_all()
        self._tasks.wait(10_000)
        self._ws = workspace
        self.list_panel.set_workspace(workspace)
        self.pane.set_workspace(workspace)
        self._show_workspace()
        self._update_title()
        self._update_actions()
        if old is not None and old is not workspace:
            old.close()
        self.sig_workspace_changed.emit(workspace)

    def _show_workspace(self) -> None:
        self.status.set_workspace(self._ws.info)
        self.status.set_user(self._ws.actor)
        if self._ws.info.kind == "local":
            self._settings.set(Options.last_workspace, self._ws.info.url)

    def open_workspace_file(self) -> None:
        start = self._ws.info.path.parent if self._ws.info.path is not None else None
        path = self._prompts.choose_workspace_file(self, start)
        if path is None or not self.pane.maybe_close():
            return
        from desk_app.services.local import open_workspace

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_workspace(f"sqlite:///{path}")
        except DeskError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._prompts.error(self, translate("MainWindow", "Cannot open the workspace"), localized(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self.set_workspace(workspace)
        self.status.showMessage(translate("MainWindow", "Opened {path}").format(path=path), STATUS_TIMEOUT_MS)

    # -- opening articles --------------------------------------------------------
    def _list_moved(self, article_id: str, _previous: str) -> None:
        # Opening waits for the event queue to drain: holding an arrow key opens only where it stops,
        # and the unsaved-changes question never runs inside the view's own key or mouse handling.
        self._pending_open = article_id
        self._open_timer.start()

    def _open_pending(self) -> None:
        article_id, self._pending_open = self._pending_open, None
        if article_id:
            self.open_article(article_id)

    def open_article(self, article_id: str) -> bool:
        """Open the article in the pane; when the user keeps the current one, the list goes back to it."""
        if article_id == self.pane.article_id():
            return True
        if self.pane.open_article(article_id):
            self.list_panel.select_article(article_id)
            return True
        self.list_panel.select_article(self.pane.article_id())
        return False

    def _list_activated(self, article_id: str) -> None:
        self._open_timer.stop()
        self._pending_open = None
        if self.open_article(article_id):
            self._focus_pane()

    def _focus_pane(self) -> None:
        target = getattr(self.pane, "editor", None) or self.pane
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _pane_stored_id(self) -> str | None:
        """The pane's article id, unless it is a new article never saved (version 0)."""
        article_id = self.pane.article_id()
        current = getattr(self.pane, "current_data", None)
        if article_id and callable(current) and current().version == 0:
            return None
        return article_id

    def _target_id(self) -> str | None:
        """The article Duplicate and Export act on: the one in the pane, else the list's."""
        return self._pane_stored_id() or self.list_panel.current_article_id()

    def _headline_of(self, article_id: str | None) -> str:
        if not article_id:
            return ""
        current = getattr(self.pane, "current_data", None)
        if article_id == self.pane.article_id() and callable(current):
            return current().headline
        data = self.list_panel.model.data_of(article_id)
        if data is not None:
            return data.headline
        try:
            return self._ws.articles.get(article_id).headline
        except DeskError:
            return ""

    def restore_draft(self, entry) -> bool:
        """Put a draft recovered after a crash into the pane, as unsaved changes."""
        if not self.pane.maybe_close():
            return False
        self.pane.load_data(entry.data, dirty=True)
        if self._journal is not None:
            self._journal.discard(entry)   # the pane has written a fresh snapshot of it
        if not self.list_panel.select_article(entry.article_id):
            self.list_panel.select_article(None)
        headline = entry.headline or translate("MainWindow", "Untitled")
        self.status.showMessage(translate("MainWindow", "Recovered “{headline}”; save it to keep it.")
                                .format(headline=headline), STATUS_TIMEOUT_MS)
        self._update_title()
        self._update_actions()
        return True

    # -- pane signals ------------------------------------------------------------
    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_actions()

    def _article_opened(self, article_id: str) -> None:
        if article_id and article_id != self.list_panel.current_article_id():
            self.list_panel.select_article(article_id)
        self._update_title()
        self._update_actions()

    def _article_saved(self, article_id: str) -> None:
        self.list_panel.refresh_article(article_id)
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        article_id = self.pane.article_id()
        if article_id:
            headline = self._headline_of(article_id)
            if not headline:
                headline = (translate("MainWindow", "Untitled article") if self._pane_stored_id()
                            else translate("MainWindow", "New article"))
            self.setWindowTitle(f"{headline}[*] — Desk")
        else:
            self.setWindowTitle(f"{localized(workspace_label(self._ws.info)[0])}[*] — Desk")
        self.setWindowModified(self.pane.is_dirty())

    def _update_actions(self) -> None:
        target = self._target_id()
        for key in (Command.DUPLICATE, Command.EXPORT_HTML, Command.EXPORT_MD):
            self.commands[key].setEnabled(bool(target))

    def _update_busy(self) -> None:
        if not shiboken6.isValid(self.status):   # a background task ended after the window closed
            return
        self.status.set_busy(self._tasks.busy or self.list_panel.model.loading)

    # -- commands ----------------------------------------------------------------
    def new_article(self, language: str | None = None) -> bool:
        language = language or self._settings.get(Options.new_article_language)
        if language not in ("ru", "en"):
            language = "ru"
        if not self.pane.new_article(language):
            return False
        self._settings.set(Options.new_article_language, language)
        self.list_panel.select_article(None)
        self._update_title()
        self._update_actions()
        return True

    def save(self) -> bool:
        return bool(self.pane.save())

    def refresh(self) -> None:
        self.list_panel.refresh()
        self.status.showMessage(translate("MainWindow", "Refreshing the article list…"), 2000)

    def duplicate(self) -> None:
        article_id = self._target_id()
        if not article_id or (self.pane.is_dirty() and not self.pane.maybe_close()):
            return
        ws = self._ws
        self._tasks.run(lambda task: ws.articles.duplicate(article_id),
                        on_done=self._duplicated, on_error=lambda exc: self._error(translate("MainWindow", "Cannot duplicate"), exc))

    def _duplicated(self, result) -> None:
        copy = result.article
        self.list_panel.refresh(select_id=copy.id)
        self.pane.open_article(copy.id)
        self.status.showMessage(translate("MainWindow", "Duplicated as a new draft: “{headline}”")
                                .format(headline=copy.headline), STATUS_TIMEOUT_MS)
        self._update_title()
        self._update_actions()

    def export(self, fmt: str) -> None:
        article_id = self._target_id()
        if not article_id:
            return
        if article_id == self.pane.article_id() and self.pane.is_dirty() and not self.pane.save():
            return
        suggested = (slugify(self._headline_of(article_id)) or "article") + (".html" if fmt == "html" else ".md")
        start = self._ws.info.path.parent if self._ws.info.path is not None else Path.home()
        path = self._prompts.choose_export_path(self, fmt, str(start / suggested))
        if path is None:
            return
        ws = self._ws

        def write(task):
            return ws.transfer.export_to(article_id, fmt, path)[0]   # Markdown: the photo beside it

        self._tasks.run(write, on_done=lambda p: self.status.showMessage(
                            translate("MainWindow", "Exported to {path}").format(path=p), STATUS_TIMEOUT_MS),
                        on_error=lambda exc: self._error(translate("MainWindow", "Cannot export"), exc))

    def import_markdown(self, paths: list[Path] | None = None, *, apply_notice: bool = False) -> None:
        """Import files with a progress dialog; Cancel stops after the current file."""
        paths = list(paths) if paths is not None else self._prompts.choose_import_files(self)
        if not paths:
            return
        count = len(paths)            # lupdate reads a plain name as the count only
        dialog = TaskProgressDialog(translate("MainWindow", "Importing"),
                                    translate("MainWindow", "Importing %n Markdown file(s)…", None, count), self)
        self._import_dialog = dialog
        ws = self._ws
        importing = translate("MainWindow", "Importing {done} of {total}: {name}")   # on the GUI thread
        finished_text = translate("MainWindow", "Done")

        def run(task):
            def progress(done: int, total: int) -> bool:
                name = paths[done].name if done < total else ""
                going = task.progress(done, total, importing.format(done=done + 1, total=total, name=name)
                                      if name else finished_text)
                return going and not dialog.stop_event.is_set()

            return ws.transfer.import_files(paths, apply_notice=apply_notice, progress=progress)

        def progressed(done: int, total: int, text: str) -> None:
            dialog.set_progress(done, total, text)
            self.sig_import_progressed.emit(done, total)

        def finished(outcomes) -> None:
            dialog.finish()
            self._import_finished(paths, outcomes, dialog.cancel_requested, apply_notice)

        def failed(exc: BaseException) -> None:
            dialog.finish()
            self._error(translate("MainWindow", "Import failed"), exc)

        self._tasks.run(run, on_done=finished, on_error=failed, on_progress=progressed)

    def _import_finished(self, paths: list[Path], outcomes, cancelled: bool, apply_notice: bool) -> None:
        summary = ImportSummary(total=len(paths), cancelled=cancelled and len(outcomes) < len(paths))
        first_new = None
        for outcome in outcomes:
            name = Path(outcome.path).name
            if outcome.ok:
                summary.imported.append(name)
                summary.messages.extend(f"{name}: {localized(m)}" for m in outcome.messages)
                first_new = first_new or outcome.article_id
            else:
                summary.failed.append((name, localized(outcome.error) if outcome.error
                                       else translate("MainWindow", "failed")))
        self.list_panel.refresh()
        self.status.showMessage(summary.headline(), STATUS_TIMEOUT_MS)
        self.sig_import_finished.emit(summary)
        retry = self._prompts.import_report(self, summary, offer_notice_retry=not apply_notice)
        if retry:
            failed = {Path(o.path) for o in outcomes if not o.ok}
            self.import_markdown([p for p in paths if p in failed], apply_notice=True)

    def add_badges_provider(self, provider: Callable) -> None:
        """Show ``provider(row)``'s badges in the article list as well (locks, translations, …); one that fails
        loses its own badges only."""
        self._badge_providers.append(provider)

        def combined(row) -> list[str]:
            out: list[str] = []
            for each in self._badge_providers:
                try:
                    out.extend(each(row) or ())
                except Exception:
                    pass
            return out

        self.list_panel.model.set_badges_provider(combined)

    def _error(self, title: str, exc: BaseException) -> None:
        self._prompts.error(self, title, user_sentence(exc))

    # -- state -------------------------------------------------------------------
    def restore_state(self) -> None:
        """Geometry, toolbar state, splitter sizes and list header from the last run."""
        geometry = self._settings.get(Options.window_geometry)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self._settings.get(Options.window_state)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.splitter_state(MAIN_SPLITTER)
        if splitter is None or not self.splitter.restoreState(splitter):
            width = self.width() or DEFAULT_SIZE[0]
            self.splitter.setSizes([int(width * LIST_SHARE), width - int(width * LIST_SHARE)])
        self.list_panel.restore_state()
        restore = getattr(self.pane, "restore_state", None)
        if callable(restore):
            restore()

    def save_state(self) -> None:
        self._settings.set(Options.window_geometry, QByteArray(self.saveGeometry()))
        self._settings.set(Options.window_state, QByteArray(self.saveState()))
        self._settings.set_splitter_state(MAIN_SPLITTER, self.splitter.saveState())
        self.list_panel.save_state()
        self._settings.set(Options.last_article, self.pane.article_id() or "")
        save = getattr(self.pane, "save_state", None)
        if callable(save):
            save()
        self._settings.sync()

    def start(self) -> None:
        """Run the first list query and reopen the article that was open at exit."""
        last = self._settings.get(Options.last_article)
        reopened = False
        if last:
            try:
                self._ws.articles.get(last)
            except DeskError:
                last = ""
            else:
                reopened = bool(self.pane.open_article(last))
        self.list_panel.start(select_id=last if reopened else None)
        self._update_title()
        self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.pane.maybe_close():
            event.ignore()
            return
        self.save_state()
        self._tasks.cancel_all()
        self._tasks.wait(5_000)
        event.accept()
