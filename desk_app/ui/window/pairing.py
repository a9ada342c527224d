"""The translation-pairing page inside the main window: switching to it and back, translating, leaving it safely.

Side by side needs the width, so the pairing view is a full-window page stacked
with the list | pane splitter; "← Back to the article" (Alt+Left) returns. While
the page is shown, the window shortcuts the page uses itself (Ctrl+S,
Ctrl+Shift+R, …) are left to it. Leaving the page, opening another translation
or closing the window first asks about unsaved pair edits.

:class:`WindowPairing` is owned by :class:`~desk_app.ui.window.workflow.WindowWorkflow`,
which listens to its ``sig_…`` signals to point the workflow commands at the
article on screen.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget

from desk_app.services.pairing_types import TranslationExists
from desk_app.ui.i18n import on_language_change, translate
from desk_app.ui.pairing.page import PairingPage
from desk_app.ui.window.context import WindowContext
from desk_app.ui.workflow.common import user_sentence

__all__ = ["WindowPairing"]


class WindowPairing(QObject):
    """The pairing page of a main window: its pages, the pairing view (made on first use) and the way back."""

    sig_page_changed = Signal()
    """The window switched between the article page and the pairing page."""
    sig_view_loaded = Signal()
    """The pairing view loaded its translation (again)."""
    sig_dirty_changed = Signal(bool)
    """The translation on the page got or lost unsaved pair edits."""
    sig_translation_saved = Signal(str)
    """The pairing view saved a translation: its id."""
    sig_translation_created = Signal(str)
    """Translate created a translation, about to be shown: its id."""

    def __init__(self, context: WindowContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = context
        self._window = window = context.window
        self.pairing_view = None               # a PairingView, made on first use
        self._suspended: list[tuple[QAction, list[QKeySequence]]] = []
        self.pages = QStackedWidget(window)
        self.pages.setObjectName("centralPages")
        self.pages.addWidget(window.takeCentralWidget())   # the list | pane splitter
        self.pairing_page = PairingPage(self.pages)
        self.pages.addWidget(self.pairing_page)
        window.setCentralWidget(self.pages)
        self.pairing_page.sig_back_requested.connect(self.show_article_page)
        self.pairing_page.sig_edit_translation_requested.connect(self._edit_translation_as_text)
        self.pairing_page.sig_open_original_requested.connect(self._open_original)
        window.installEventFilter(self)   # closing the window asks about unsaved pair edits
        # after the page's own texts (its children hear of a language switch after the window)
        on_language_change(window, lambda: QTimer.singleShot(0, self._show_title))

    # -- the pages -----------------------------------------------------------------------
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
        self.sig_page_changed.emit()

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

    def reset(self) -> None:
        """Back to the article page, without the pairing view (another workspace was opened)."""
        self.show_article_page()
        if self.pairing_view is not None:
            self.pairing_page.set_view(None)
            self.pairing_view = None

    # -- the pairing view --------------------------------------------------------------------
    def _ensure_pairing_view(self):
        if self.pairing_view is None:
            from desk_app.ui.pairing.view import PairingView

            ctx = self._ctx
            view = PairingView(ctx.workspace, ctx.tasks, ctx.settings, self.pairing_page)
            view.sig_translation_saved.connect(self.sig_translation_saved)
            view.sig_status_message.connect(ctx.say)
            view.model.modelReset.connect(self._pairing_loaded)
            view.model.sig_dirty_changed.connect(self.sig_dirty_changed)
            self.pairing_page.set_view(view)
            self.pairing_view = view
        return self.pairing_view

    def _pairing_loaded(self) -> None:
        view = self.pairing_view
        if view is not None and view.pair_view is not None:
            self.pairing_page.original_button.setEnabled(view.pair_view.original is not None)
            self._show_title()
        self.sig_view_loaded.emit()

    def _show_title(self) -> None:
        view = self.pairing_view
        if view is None or view.pair_view is None or not shiboken6.isValid(self.pairing_page):
            return
        original = view.pair_view.original
        if original is None:
            self.pairing_page.title.setText(translate("WindowPairing", "Translation pairing"))
        elif view.pair_view.translation.language == "en":
            self.pairing_page.title.setText(translate("WindowPairing", "Translation pairing · Russian → English"))
        else:
            self.pairing_page.title.setText(translate("WindowPairing", "Translation pairing · English → Russian"))

    def shown_translation(self) -> tuple[str | None, int | None]:
        """The id and version of the translation the view shows, else (None, None)."""
        view = self.pairing_view
        if view is not None and view.pair_view is not None:
            return view.pair_view.translation.id, view.pair_view.translation.version
        return None, None

    def has_unsaved_changes(self) -> bool:
        return self.pairing_view is not None and self.pairing_view.has_unsaved_changes()

    def refresh(self, translation_id: str | None = None) -> None:
        """Load the view again (only if it shows ``translation_id``, when one is given)."""
        view = self.pairing_view
        if view is not None and (translation_id is None or view.translation_id == translation_id):
            view.refresh()

    def show_pairing(self, translation_id: str) -> bool:
        """Open ``translation_id`` on the pairing page (asking about unsaved pair edits of another one)."""
        view = self._ensure_pairing_view()
        if view.translation_id != translation_id:
            if not self.may_leave_pairing():
                return False
            view.open_translation(translation_id)
        else:
            view.refresh()
        self._show_pairing_page()
        return True

    def may_leave_pairing(self) -> bool:
        """Whether the translation on the page may go: saved, discarded, or nothing to lose (else the user kept it)."""
        view = self.pairing_view
        if view is None or not view.has_unsaved_changes():
            return True
        headline = view.pair_view.translation.headline if view.pair_view is not None else ""
        answer = self._ctx.prompts.ask_unsaved_translation(self._window, headline)
        if answer == "save":
            return view.save_now()
        if answer == "discard":
            if view.translation_id:
                view.open_translation(view.translation_id)
            return True
        return False

    def _edit_translation_as_text(self) -> None:
        view = self.pairing_view
        if view is None or view.translation_id is None or not self.may_leave_pairing():
            return
        self.show_article_page()
        self._window.open_article(view.translation_id)

    def _open_original(self) -> None:
        view = self.pairing_view
        if view is None or view.pair_view is None or view.pair_view.original is None:
            return
        self.show_article_page()
        self._window.open_article(view.pair_view.original.id)

    # -- translate and open ------------------------------------------------------------------
    def translate(self, article_id: str | None = None) -> None:
        """Create the translation of ``article_id`` (or the target) and open it on the pairing page."""
        ctx = self._ctx
        article_id = article_id or ctx.target_id()
        row = ctx.row(article_id)
        if not article_id:
            return
        into = "ru" if getattr(row, "language", "ru") == "en" else "en"
        ws = ctx.workspace
        ctx.say(translate("WindowPairing", "Creating the translation…"))
        ctx.run(lambda _task: ws.pairing.translate(article_id, into), self._translated, self._translate_failed)

    def _translated(self, article) -> None:
        self._window.list_panel.refresh()
        self.sig_translation_created.emit(article.id)
        if self.show_pairing(article.id):
            self._ctx.say(translate("WindowPairing", "Created the English translation; write it pair by pair and "
                                    "mark each one translated (Ctrl+Enter).") if article.language == "en" else
                          translate("WindowPairing", "Created the Russian translation; write it pair by pair and "
                                    "mark each one translated (Ctrl+Enter)."))

    def _translate_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TranslationExists):
            if self.show_pairing(exc.existing_id):
                self._ctx.say(translate("WindowPairing", "This article already has that translation; it is open here."))
            return
        self._ctx.prompts.error(self._window, translate("WindowPairing", "Cannot translate"), user_sentence(exc))

    def open_pairing(self, article_id: str | None = None) -> None:
        """Show the translation meant by ``article_id`` (itself, or an original's only translation)."""
        if article_id is None and self.on_pairing_page():
            self.show_article_page()   # Ctrl+T again goes back
            return
        ctx = self._ctx
        article_id = article_id or ctx.target_id()
        if not article_id:
            return
        ws = ctx.workspace
        ctx.run(lambda _task: ws.pairing.resolve(article_id), self.show_pairing,
                lambda exc: ctx.prompts.error(self._window, translate("WindowPairing", "Cannot open the pairing view"),
                                              user_sentence(exc)))

    # -- closing the window ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and not self.may_leave_pairing():
            event.ignore()
            return True
        return super().eventFilter(watched, event)
