"""What the main window's workflow parts share: the window, its TaskRunner, the questions, the article meant.

:class:`~desk_app.ui.window.workflow.WindowWorkflow` makes one :class:`WindowContext`
and hands it to its parts (the pairing page, …), so that each one runs work,
shows a status line, asks the user and finds the article the commands mean in
the same way.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from desk_app.ui.workflow.common import user_sentence

__all__ = ["STATUS_MS", "PromptsForwarder", "WindowContext"]

STATUS_MS = 6000
"""How long a status-bar message stays."""


class PromptsForwarder:
    """Hands every question to ``owner.prompts`` as it is at the time (tests swap it after building)."""

    def __init__(self, owner: QObject):
        self._owner = owner

    def __getattr__(self, name: str):
        return getattr(self._owner.prompts, name)


class WindowContext:
    """The window and its services as the workflow parts use them.

    ``owner`` is the object whose ``prompts`` answer the questions; work run here reports back only while both
    the owner and the window are alive.
    """

    def __init__(self, window: QMainWindow, tasks, settings, owner: QObject):
        self.window = window
        self.tasks = tasks
        self.settings = settings
        self.prompts = PromptsForwarder(owner)
        self._owner = owner

    @property
    def workspace(self):
        return self.window.workspace

    def say(self, text: str) -> None:
        """Show ``text`` in the status bar for a while."""
        self.window.status.showMessage(text, STATUS_MS)

    def run(self, work, on_done, on_error=None, *, key: str | None = None) -> None:
        """Run ``work`` on the TaskRunner; the answers are dropped once the window is gone."""
        def alive() -> bool:
            return shiboken6.isValid(self._owner) and shiboken6.isValid(self.window)

        def failed(exc: BaseException) -> None:
            if alive():
                (on_error or (lambda e: self.say(user_sentence(e))))(exc)

        self.tasks.run(work, on_done=lambda result: on_done(result) if alive() else None, on_error=failed, key=key)

    # -- which article ---------------------------------------------------------------------
    def pane_stored(self) -> tuple[str | None, int | None]:
        """The pane's article id and version, unless it is a new article never saved."""
        pane = self.window.pane
        article_id = pane.article_id()
        if not article_id:
            return None, None
        version = pane.current_data().version
        return (article_id, version) if version else (None, None)

    def target_id(self) -> str | None:
        """What the Article commands act on: the article in the pane, else the list's current one."""
        return self.pane_stored()[0] or self.window.list_panel.current_article_id()

    def row(self, article_id: str | None):
        """What the window knows of an article without asking the database: its list row or the pane's data."""
        if not article_id:
            return None
        data = self.window.list_panel.model.data_of(article_id)
        if data is not None:
            return data
        if self.window.pane.article_id() == article_id:
            return self.window.pane.current_data()
        return None
