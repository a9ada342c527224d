"""Live refresh in the window: the ChangeListener's callbacks as Qt signals on the GUI thread.

Wiring (the main window, after a workspace is opened)::

    live = LiveBridge(workspace.engine.url, parent=window)     # SQLite: a bridge that never fires
    live.sig_article_changed.connect(list_model.refresh_article)   # (id, version): re-read one row
    live.sig_lock_changed.connect(lock_badges.on_lock_changed)
    live.sig_resync.connect(list_model.requery)                # after a reconnect: notifications were lost
    live.sig_state_changed.connect(lambda ok, text: status_bar.showMessage(text, 6000))
    live.start()
    ...
    live.stop()                                                # before closing or switching the workspace

The listener calls back in its own thread; emitting a signal there delivers it
queued to receivers living in the GUI thread, so slots never run concurrently
with the GUI.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desk_app.services.live import listener_for


class LiveBridge(QObject):
    """Owns one listener for one workspace URL and re-emits what it hears."""

    sig_article_changed = Signal(str, int)
    """Another client committed an article: its id and new version."""
    sig_lock_changed = Signal(str)
    """An edit lock on this article id was taken, renewed or released."""
    sig_state_changed = Signal(bool, str)
    """The live connection came up (True) or went down (False), with a sentence for the status bar."""
    sig_resync = Signal()
    """Reconnected after a loss: re-query the list and open read-only articles."""

    def __init__(self, url, parent: QObject | None = None, *, factory: Callable = listener_for):
        super().__init__(parent)
        self.connected = False
        self._listener = factory(url, on_article=self.sig_article_changed.emit,
                                 on_lock=self.sig_lock_changed.emit, on_state=self._state,
                                 on_resync=self.sig_resync.emit)

    @property
    def listener(self):
        return self._listener

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> bool:
        """Stop listening; True when the thread ended within two seconds."""
        return self._listener.stop()

    def _state(self, connected: bool, message: str) -> None:
        self.connected = connected
        self.sig_state_changed.emit(connected, message)
