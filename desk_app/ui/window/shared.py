"""Working together on a shared database, wired into the main window.

Design notes: docs/architecture.md, “desk_app.ui.window.shared”.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from desk_app.services.credentials import CredentialStore
from desk_app.services.profiles import ConnectionProfile
from desk_app.ui.connection.live import LiveBridge
from desk_app.ui.locks import EditLockKeeper, LockBadges
from desk_app.ui.settings import Settings
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.window.connect import (
    WindowConnect,
    open_local_workspace,
    open_shared_workspace,
)
from desk_app.ui.window.live import WindowLive
from desk_app.ui.window.locks import WindowLocks
from desk_app.ui.window.shared_context import SharedContext

__all__ = ["SharedController"]


class SharedController(QObject):
    """Connection, live refresh, edit locks and the connection state for one MainWindow."""

    def __init__(self, window, tasks: TaskRunner, settings: Settings, *,
                 credentials: CredentialStore | None = None,
                 shared_opener: Callable[[ConnectionProfile, str], object] = open_shared_workspace,
                 local_opener: Callable[[], object] = open_local_workspace):
        super().__init__(window)
        self.setObjectName("sharedController")
        self._window = window
        self._tasks = tasks
        context = SharedContext(window, tasks, settings, self)
        self.connection = WindowConnect(context, credentials=credentials, shared_opener=shared_opener,
                                        local_opener=local_opener, parent=self)
        self.locks = WindowLocks(context, self)
        self.live_refresh = WindowLive(context, lambda: self.connection.profile, self)
        self._ws = None                                 # the workspace the parts above are attached to
        self._closing = False
        self._shut = False

        self.connection.sig_leaving.connect(self._detach)
        window.sig_workspace_changed.connect(self._workspace_changed)
        window.installEventFilter(self)
        self._attach(window.workspace)

    # -- what the parts hold ---------------------------------------------------------------------
    @property
    def prompts(self) -> Prompts:
        """The window's questions (one object for the whole window)."""
        return self._window.prompts

    @property
    def profile(self) -> ConnectionProfile | None:
        """The profile of the shared workspace shown (None for a local one)."""
        return self.connection.profile

    @profile.setter
    def profile(self, profile: ConnectionProfile | None) -> None:
        self.connection.profile = profile

    @property
    def dialog(self):
        """The ConnectDialog last opened."""
        return self.connection.dialog

    @property
    def credentials(self) -> CredentialStore:
        """One store per window: the keyring, or memory for this run when there is none."""
        return self.connection.credentials

    @credentials.setter
    def credentials(self, store: CredentialStore) -> None:
        self.connection.credentials = store

    @property
    def keeper(self) -> EditLockKeeper | None:
        return self.locks.keeper

    @property
    def badges(self) -> LockBadges | None:
        return self.locks.badges

    @property
    def live(self) -> LiveBridge | None:
        return self.live_refresh.bridge

    # -- commands ---------------------------------------------------------------------------------
    def open_connect_dialog(self, profile: ConnectionProfile | None = None, password: str = "",
                            message: str = ""):
        """Show the Connect dialog (the last profile, or ``profile``, selected); returns it."""
        return self.connection.open_connect_dialog(profile, password, message)

    def open_shared(self, profile: ConnectionProfile, password: str = "") -> None:
        """Switch to the shared database of ``profile`` (after the pane's unsaved-changes question)."""
        self.connection.open_shared(profile, password)

    def open_local(self, *, ask: bool = True) -> None:
        """Switch to the local workspace (after the pane's unsaved-changes question)."""
        self.connection.open_local(ask=ask)

    def resume(self) -> bool:
        """At start, when the last session ended on a shared database: connect to its profile again."""
        return self.connection.resume()

    def banner_text(self, lock) -> str:
        """The pane's read-only banner while ``lock`` (someone else's) holds the open article."""
        return self.locks.banner_text(lock)

    def take_over(self) -> None:
        """An editor's "Take over": ask, then take the lock (recorded; the holder meets a conflict)."""
        self.locks.take_over()

    # -- attaching to a workspace -----------------------------------------------------------------
    def _workspace_changed(self, workspace) -> None:
        if self._ws is not None and self._ws is not workspace:
            # Switched by other means (File → Open workspace…): the old workspace is closed
            # already; its lock is released through it all the same, then it is let go again.
            old = self._ws
            self._detach()
            self._tasks.run(lambda _task: old.close(), on_error=lambda _exc: None)
        if workspace.info.kind == "local":
            self.connection.profile = None
        self._attach(workspace)

    def _attach(self, workspace) -> None:
        if workspace is None or workspace is self._ws:
            return
        self._ws = workspace
        self.locks.attach(workspace)
        self.live_refresh.attach(workspace, self.locks.badges)

    def _detach(self) -> None:
        """Let go of the current workspace: release the lock, stop heartbeat, badges and listener."""
        self.locks.detach()
        self.live_refresh.detach()
        self._ws = None
        self._window.status.set_connection(None)

    def shutdown(self) -> None:
        """The window closes: release the lock, stop the listener (the workspace is closed by its owner)."""
        if self._shut:
            return
        self._shut = True
        self._detach()

    def eventFilter(self, obj, event) -> bool:
        if obj is self._window:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self._closing = True          # a Hide follows at once when the close is accepted
                QTimer.singleShot(0, self._close_settled)
            elif kind == QEvent.Type.Hide and self._closing and not event.spontaneous():
                self._closing = False
                self.shutdown()
            elif kind == QEvent.Type.Show and self._shut:
                self._shut = False
                self._attach(self._window.workspace)
        return False

    def _close_settled(self) -> None:
        self._closing = False
