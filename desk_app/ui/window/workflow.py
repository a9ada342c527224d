"""The workflow, history, queues, translation pairing and list badges, attached to the main window.

Design notes: docs/architecture.md, “desk_app.ui.window.workflow”.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.workflow import Action, Role, check_transition
from desk_app.ui.article_list.translation_badges import TranslationBadges
from desk_app.ui.bench_hook import install_first_paint_hook
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.window.command_texts import set_command_text
from desk_app.ui.window.context import WindowContext
from desk_app.ui.window.ids import Command, Menu, find_menu
from desk_app.ui.window.minor_edit import MinorEdit
from desk_app.ui.window.pairing import WindowPairing
from desk_app.ui.window.sidebar import WindowSidebar
from desk_app.ui.workflow.actions import WorkflowActions

__all__ = ["WindowWorkflow"]


class WindowWorkflow(QObject):
    """Attaches workflow commands, history, queues, pairing, badges and the bench hook to a MainWindow."""

    def __init__(self, window: QMainWindow, tasks, settings):
        super().__init__(window)
        self._window = window
        self._ctx = WindowContext(window, tasks, settings, self)
        prompts = self._ctx.prompts
        ws = window.workspace
        self.actions = WorkflowActions(ws, tasks, window, prompts=prompts)
        self.actions.set_guard(self._guard)
        self.sidebar = WindowSidebar(window, tasks, prompts, self)
        self.history, self.queue, self.returned = self.sidebar.history, self.sidebar.queue, self.sidebar.returned
        self.left_tabs, self.history_dock = self.sidebar.left_tabs, self.sidebar.history_dock
        self._bound: tuple[str | None, int | None] | None = None
        self._pending_spike: str | None = None
        self._reloading = False
        self.badges = TranslationBadges(ws, tasks, window.list_panel, self)
        self.minor_edit = MinorEdit(self._ctx, self)
        self.pairing = WindowPairing(self._ctx, self)
        self.pages, self.pairing_page = self.pairing.pages, self.pairing.pairing_page

        self._build_commands()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        window.add_badges_provider(self.badges.badges_for)
        self._bench_hook = install_first_paint_hook(window)
        self._sync_roles()
        self._bind_workflow()
        on_language_change(window, self._retranslate_ui)

    @property
    def prompts(self) -> Prompts:
        """The window's questions (one object for the whole window)."""
        return self._window.prompts

    # -- building ----------------------------------------------------------------------
    def _command(self, key: Command, slot, shortcut: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        """A command; its texts are set by ``_retranslate_ui``."""
        action = QAction(self._window)
        action.setObjectName(key.object_name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        self._window.commands[key] = action
        return action

    def _build_commands(self) -> None:
        sp = QStyle.StandardPixmap
        self.minor_edit_action = self._command(Command.MINOR_EDIT, self.save_minor_edit, "Ctrl+Alt+S")
        self.translate_action = self._command(Command.TRANSLATE, lambda: self.translate(), "",
                                              sp.SP_FileDialogContentsView)
        self.pairing_action = self._command(Command.OPEN_PAIRING, lambda: self.open_pairing(), "Ctrl+T")
        self.back_action = self._command(Command.BACK_TO_ARTICLE, self.show_article_page, "Alt+Left")
        self.queue_action = self._command(Command.EDITOR_QUEUE, lambda: self.show_side_tab(self.queue),
                                          "Ctrl+Shift+Q")
        self.returned_action = self._command(Command.RETURNED, lambda: self.show_side_tab(self.returned))
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setObjectName(Command.HISTORY.object_name)
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.setIcon(self._window.style().standardIcon(sp.SP_FileDialogDetailedView))
        self._window.addAction(self.history_action)
        self._window.commands[Command.HISTORY] = self.history_action
        icons = {Action.SUBMIT: sp.SP_ArrowUp, Action.APPROVE: sp.SP_DialogApplyButton,
                 Action.RETURN: sp.SP_ArrowBack, Action.PUBLISH: sp.SP_DialogOkButton}
        for action, icon in icons.items():
            self.actions.action(action).setIcon(self._window.style().standardIcon(icon))
        self._window.addActions(self.actions.actions())

    def _retranslate_ui(self) -> None:
        """The commands' texts, the toolbar's short labels and the Workflow menu in the interface's language."""
        texts = {
            self.minor_edit_action: (translate("WindowWorkflow", "Save as &minor edit"),
                                     translate("WindowWorkflow", "Save a small fix (a typo, punctuation) so that the "
                                               "translations stay current")),
            self.pairing_action: (translate("WindowWorkflow", "Open in &pairing view"),
                                  translate("WindowWorkflow", "Show the translation next to its original, paragraph "
                                            "by paragraph")),
            self.back_action: (translate("WindowWorkflow", "&Back to the article"),
                               translate("WindowWorkflow", "Leave the pairing page for the article list and editor")),
            self.queue_action: (translate("WindowWorkflow", "Editor's &queue"),
                                translate("WindowWorkflow", "Submitted articles waiting for an editor, oldest first")),
            self.returned_action: (translate("WindowWorkflow", "Re&turned to me"),
                                   translate("WindowWorkflow", "Your articles an editor returned, with the note")),
            self.history_action: (translate("WindowWorkflow", "&History"),
                                  translate("WindowWorkflow", "Every save and transition of the article, compared "
                                            "and restorable")),
        }
        for action, (text, tip) in texts.items():
            set_command_text(action, text, tip)
        self.translate_action.setStatusTip(translate("WindowWorkflow", "Create the translation of this article and "
                                                     "open it side by side with the original"))
        self.translate_action.setToolTip(self.translate_action.statusTip())
        shorts = {Action.SUBMIT: translate("WindowWorkflow", "Submit"),
                  Action.APPROVE: translate("WindowWorkflow", "Approve"),
                  Action.RETURN: translate("WindowWorkflow", "Return"),
                  Action.PUBLISH: translate("WindowWorkflow", "Publish")}
        for action, short in shorts.items():
            self.actions.action(action).setIconText(short)
        self.workflow_menu.setTitle(translate("WindowWorkflow", "&Workflow"))
        self._update_commands()

    def _build_menus(self) -> None:
        window = self._window
        article = find_menu(window, Menu.ARTICLE)
        if article is not None:
            menu = article
            menu.addAction(self.minor_edit_action)
            menu.addSeparator()
            menu.addAction(self.translate_action)
            menu.addAction(self.pairing_action)
        self.workflow_menu = QMenu(window)
        self.workflow_menu.setObjectName(Menu.WORKFLOW.object_name)
        groups = ((Action.SUBMIT, Action.APPROVE, Action.RETURN, Action.PUBLISH),
                  (Action.CORRECT, Action.PUBLISH_CORRECTION), (Action.SPIKE, Action.UNSPIKE))
        for i, group in enumerate(groups):
            if i:
                self.workflow_menu.addSeparator()
            self.workflow_menu.addActions([self.actions.action(a) for a in group])
        view = find_menu(window, Menu.VIEW)
        if view is not None:
            window.menuBar().insertMenu(view.menuAction(), self.workflow_menu)
            menu = view
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
        before = self._window.commands.get(Command.IMPORT)   # the group goes between editing and importing
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
        self.actions.sig_message.connect(self._ctx.say)
        self.actions.sig_state_changed.connect(self._try_pending_spike)
        self.history.sig_article_restored.connect(self._restored)
        self.queue.sig_open_requested.connect(self._open_from_side)
        self.queue.sig_article_transitioned.connect(self._transitioned)
        self.returned.sig_open_requested.connect(self._open_from_side)
        self.sidebar.sig_history_shown.connect(self._history_follow)
        self.pairing.sig_page_changed.connect(self._page_changed)
        self.pairing.sig_view_loaded.connect(self._pairing_loaded)
        self.pairing.sig_dirty_changed.connect(lambda _dirty: self._update_commands())
        self.pairing.sig_translation_saved.connect(self._pairing_saved)
        self.pairing.sig_translation_created.connect(lambda _id: self.badges.reset())
        self.minor_edit.sig_counted.connect(self._update_commands)
        panel.sig_spike_requested.connect(self.spike_from_list)
        panel.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_commands())
        panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.view.customContextMenuRequested.connect(self._show_list_menu)
        panel.model.sig_query_finished.connect(lambda *_args: self.sidebar.list_ready())
        self.badges.sig_changed.connect(self._update_commands)
        window.sig_workspace_changed.connect(self._workspace_changed)
        for key, slot in ((Command.REFRESH, self._refresh_all), (Command.FOCUS_LIST, self._go_to_list),
                          (Command.SEARCH, self._go_to_list), (Command.FOCUS_PANE, self.show_article_page),
                          (Command.NEW, self.show_article_page), (Command.NEW_RU, self.show_article_page),
                          (Command.NEW_EN, self.show_article_page)):
            command = window.commands.get(key)
            if command is not None:
                command.triggered.connect(lambda _checked=False, s=slot: s())


    # -- the pairing page ------------------------------------------------------------------
    @property
    def pairing_view(self):
        """The PairingView on the pairing page (None until first used)."""
        return self.pairing.pairing_view

    def on_pairing_page(self) -> bool:
        return self.pairing.on_pairing_page()

    def show_article_page(self) -> None:
        self.pairing.show_article_page()

    def show_pairing(self, translation_id: str) -> bool:
        """Open ``translation_id`` on the pairing page (asking about unsaved pair edits of another one)."""
        return self.pairing.show_pairing(translation_id)

    def translate(self, article_id: str | None = None) -> None:
        """Create the translation of ``article_id`` (or the target) and open it on the pairing page."""
        self.pairing.translate(article_id)

    def open_pairing(self, article_id: str | None = None) -> None:
        """Show the translation meant by ``article_id`` (itself, or an original's only translation)."""
        self.pairing.open_pairing(article_id)

    def _page_changed(self) -> None:
        self._bind_workflow()
        self._history_follow()
        self._update_commands()

    def _pairing_loaded(self) -> None:
        if self.on_pairing_page():
            self._bind_workflow()
            self._history_follow()

    # -- which article ---------------------------------------------------------------------
    def target_id(self) -> str | None:
        """What the Article commands act on: the article in the pane, else the list's current one."""
        return self._ctx.target_id()

    def _bind_workflow(self) -> None:
        """Point the workflow commands at the article on screen, at the version on screen."""
        if self.on_pairing_page():
            bound = self.pairing.shown_translation()
        else:
            bound = self._ctx.pane_stored()
        if bound != self._bound:
            self._bound = bound
            self.actions.set_article(*bound)

    def _guard(self, _action: Action) -> str | None:
        if self.on_pairing_page():
            dirty = self.pairing.has_unsaved_changes()
        else:
            dirty = self._window.pane.is_dirty()
        return translate("WindowWorkflow", "Save your changes first.") if dirty else None

    # -- reacting ----------------------------------------------------------------------------
    def _pane_opened(self, article_id: str) -> None:
        if self.on_pairing_page() and not self._reloading:
            self.show_article_page()
        self._bind_workflow()
        self._history_follow()
        self.minor_edit.check()
        self._update_commands()

    def _pane_saved(self, article_id: str) -> None:
        self._bound = None
        self._bind_workflow()
        self.sidebar.refresh_history_of(article_id)
        pane, ws = self._window.pane, self._ctx.workspace
        if pane.article_id() == article_id and pane.current_data().translated_from:
            work = lambda _task: ws.pairing.after_translation_saved(ws.articles.get(article_id))
            done = lambda _result: self._translations_changed([article_id])
        else:
            work = lambda _task: ws.pairing.sync_all_for_original(article_id)
            done = self._translations_changed
        self._ctx.run(work, done, key=f"after-save-{article_id}")
        self.minor_edit.check()

    def _translations_changed(self, ids: Iterable[str] | None) -> None:
        """Translations were written after a save (their line or pairs): show them as they are now."""
        for article_id in ids or ():
            if self._window.list_panel.model.row_of(article_id) is not None:
                self._window.list_panel.refresh_article(article_id)
            self.pairing.refresh(article_id)
        self.badges.reset()

    def _reload_pane(self, article_id: str) -> None:
        pane = self._window.pane
        if pane.article_id() != article_id:
            return
        if pane.is_dirty():
            self._ctx.say(translate("WindowWorkflow", "The stored article changed; your unsaved text is still in the "
                                    "editor."))
            return
        try:
            data = self._ctx.workspace.articles.get(article_id)
        except DeskError as exc:
            self._ctx.say(localized(exc))
            return
        self._reloading = True
        try:
            pane.load_data(data)
        finally:
            self._reloading = False

    def _transitioned(self, article_id: str, _state: str) -> None:
        self._window.list_panel.refresh_article(article_id)
        self._reload_pane(article_id)
        self.pairing.refresh(article_id)
        self.sidebar.refresh_history_of(article_id)
        self.sidebar.refresh_lists()
        self._bound = None
        self._bind_workflow()
        self.badges.reset()
        self._update_commands()

    def _restored(self, article_id: str) -> None:
        self._window.list_panel.refresh_article(article_id)
        self._reload_pane(article_id)
        self.pairing.refresh(article_id)
        self._bound = None
        self._bind_workflow()
        self.badges.reset()

    def _pairing_saved(self, translation_id: str) -> None:
        self._window.list_panel.refresh_article(translation_id)
        self._reload_pane(translation_id)
        self.sidebar.refresh_history_of(translation_id)
        self._bound = None
        self._bind_workflow()
        self.badges.reset()

    def _workspace_changed(self, workspace) -> None:
        self.pairing.reset()
        self._bound = None
        self.actions.set_workspace(workspace)
        self.sidebar.set_workspace(workspace)
        self.badges.set_workspace(workspace)
        self.minor_edit.reset()
        self._sync_roles()
        self._bind_workflow()
        self._update_commands()

    def _sync_roles(self) -> None:
        editor = self._ctx.workspace.actor.role in (Role.EDITOR, Role.ADMIN)
        self.sidebar.set_queue_visible(editor)
        self.queue_action.setEnabled(editor)

    def _refresh_all(self) -> None:
        self.badges.reset()
        self.sidebar.refresh()
        if self.on_pairing_page():
            self.pairing.refresh()

    def _go_to_list(self) -> None:
        self.show_article_page()
        self.sidebar.show_list()

    # -- the side tabs and the history dock ------------------------------------------------------
    def show_side_tab(self, widget: QWidget) -> None:
        self.show_article_page()
        self.sidebar.show_tab(widget)

    def _open_from_side(self, article_id: str) -> None:
        self.show_article_page()
        if self._window.open_article(article_id):
            focus = self._window.commands.get(Command.FOCUS_PANE)
            if focus is not None:
                focus.trigger()

    def _history_follow(self) -> None:
        """The history shows the article on screen (loaded only while the dock is visible)."""
        self.sidebar.follow(self._bound[0] if self._bound else None)

    # -- commands ------------------------------------------------------------------------------
    def _update_commands(self) -> None:
        on_pairing = self.on_pairing_page()
        target = self.target_id()
        row = self._ctx.row(target)
        original = row is not None and not row.translated_from
        language = getattr(row, "language", "ru")
        self.translate_action.setText(translate("WindowWorkflow", "&Translate into English") if language == "ru"
                                      else translate("WindowWorkflow", "&Translate into Russian"))
        self.translate_action.setIconText(translate("WindowWorkflow", "Translate"))
        self.translate_action.setEnabled(not on_pairing and original and row.status != "spiked")
        count = self.badges.translation_count(target or "")
        has_translations = (count is None or count > 0   # not known yet: let the service say
                            or self.minor_edit.translation_count(target or "") > 0)
        self.pairing_action.setEnabled(on_pairing or (bool(target) and (
            row is None or bool(row.translated_from) or has_translations)))
        self.minor_edit_action.setEnabled(not on_pairing and self.minor_edit.possible())
        self.back_action.setEnabled(on_pairing)

    def save_minor_edit(self) -> bool:
        """Save the original in the pane as a minor edit: pairs that were current stay current."""
        if self.on_pairing_page():
            return False
        return self.minor_edit.save()

    def spike_from_list(self, article_id: str) -> None:
        """Delete in the list: spike through the workflow command (opening the article first)."""
        refusal = self._spike_refusal(article_id)
        if refusal is not None:
            self.prompts.error(self._window, translate("WindowWorkflow", "Cannot spike"), refusal)
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
            check_transition(self._ctx.workspace.actor, model.facts(model.row_data(row)), Action.SPIKE)
        except DeskError as exc:
            return localized(exc)
        return None

    # -- the list's context menu -------------------------------------------------------------------
    def list_menu(self, article_id: str) -> QMenu:
        """The context menu for one article of the list (built, not shown)."""
        row = self._ctx.row(article_id)
        menu = QMenu(self._window.list_panel.view)
        menu.setObjectName("articleListMenu")
        open_action = menu.addAction(translate("WindowWorkflow", "Open"), lambda: self._open_from_side(article_id))
        menu.setDefaultAction(open_action)
        if row is not None and row.translated_from:
            menu.addAction(translate("WindowWorkflow", "Open in pairing view") + "\tCtrl+T",
                           lambda: self.open_pairing(article_id))
            menu.addAction(translate("WindowWorkflow", "Open the original"),
                           lambda: self._open_from_side(row.translated_from))
        elif row is not None:
            into = (translate("WindowWorkflow", "Translate into Russian") if row.language == "en"
                    else translate("WindowWorkflow", "Translate into English"))
            translate_action = menu.addAction(into, lambda: self.translate(article_id))
            translate_action.setEnabled(row.status != "spiked")
            if self.badges.translation_count(article_id):
                menu.addAction(translate("WindowWorkflow", "Open its translation in pairing view"),
                               lambda: self.open_pairing(article_id))
        menu.addSeparator()
        history = menu.addAction(translate("WindowWorkflow", "History"), lambda: self._show_history_of(article_id))
        history.setEnabled(bool(article_id))
        spike = menu.addAction(translate("WindowWorkflow", "Spike…") + "\tDel",
                               lambda: self.spike_from_list(article_id))
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
            self.sidebar.show_history()
