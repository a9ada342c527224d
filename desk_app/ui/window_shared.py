"""Working together on a shared database, wired into the main window.

One :class:`SharedController` per MainWindow (``window.shared``) owns:

* **File → Connect to shared database…** (:class:`ConnectDialog`) and **File → Open
  local workspace**. The workspace is switched without restarting: the pane's
  unsaved-changes question first, then ``Workspace.open`` in the TaskRunner while
  the current workspace stays usable; once it is open, the lock and the live
  listener of the old one are let go, the window shows the new one (list re-queried,
  pane emptied, status bar updated) and the old one is closed. A failure is one
  sentence with Retry / Edit profile / Open local workspace, and nothing changes.
* **Live refresh** (PostgreSQL only; a local SQLite file has no other clients): a
  :class:`LiveBridge` per shared workspace. An article notification re-reads that
  row of the list (and reloads the article when it is open read-only in the pane);
  a lock notification refreshes the "being edited by X" badges; after a lost
  connection the status bar says "Connection lost — reconnecting…", and after the
  re-query "Reconnected — list refreshed".
* **Edit locks**: :class:`EditLockKeeper` takes the body lock of the article opened
  for editing (heartbeat every 30 s through the TaskRunner) and releases it when
  another article is opened, on a workspace switch and when the window closes.
  When someone else holds it, the pane opens read-only with "Being edited by X since
  14:02" and, for editors and admins, a **Take over** button. :class:`LockBadges`
  feeds the list's composite badges provider. Local workspaces use locks too: the
  same code, single user — and two Desk windows on one file are told apart.
* **Status bar**: the connection state (● connected / reconnecting… / offline).

The password lives only in memory (the dialog's field, the CredentialStore — or the
OS keyring — and the engine's URL object). What is stored is the profile (no password)
and its name; what is logged or shown is the profile's safe URL and sentences that went
through :func:`~desk_app.services.credentials.scrub`; no exception leaves this module.
"""
from __future__ import annotations

import logging
import warnings
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.workflow import Role
from desk_app.services.credentials import CredentialStore, scrub
from desk_app.services.profiles import ConnectionProblem, ConnectionProfile, load_profiles, test_connection
from desk_app.ui.article_list.model import zone_or_default
from desk_app.ui.connection.live import LiveBridge
from desk_app.ui.locks import EditLockKeeper, LockBadges
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

RETRY, EDIT_PROFILE, OPEN_LOCAL, STAY = "retry", "edit", "local", "stay"
STATUS_MS = 6000
MSG_LOST = "Connection lost — reconnecting…"
MSG_REFRESHING = "Reconnected — refreshing the list…"
MSG_RECONNECTED = "Reconnected — list refreshed"
MSG_UNREACHABLE = "Live updates cannot reach the server yet; Desk keeps trying — your open text is kept."
TAKE_OVER = "Take over"
OPEN_KEY = "open-workspace"
CHANGES_DEBOUNCE_MS = 120


# -- opening ---------------------------------------------------------------------------------

def open_shared_workspace(profile: ConnectionProfile, password: str):
    """Test the profile (one clear sentence per problem), then open its Workspace. Worker thread."""
    from desk_app.services.workspace import Workspace

    test_connection(profile, password or None)
    # A shared server is upgraded by its admin ("desk db upgrade"), never by a client connecting.
    return Workspace.open(profile.url(password or None), run_migrations=False)


def open_local_workspace():
    """The user's local workspace (created, with demo articles, on first use). Worker thread."""
    from desk_app.services.local import open_workspace

    return open_workspace(None)


def failure_sentence(exc: BaseException, where: str, password: str | None = None) -> str:
    """One sentence for a failed open; a driver's text is never passed on unscrubbed."""
    if isinstance(exc, DeskError):
        text = str(exc)
    else:
        text = (f"Desk could not open {where} ({type(exc).__name__}); try again, check the profile, "
                "or open the local workspace.")
    return scrub(text, password)


# -- questions (tests replace ``controller.prompts``) -------------------------------------------

class ConnectErrorDialog(QMessageBox):
    """A workspace could not be opened: the sentence, and the ways forward."""

    def __init__(self, message: str, parent: QWidget | None = None, *, shared: bool = True):
        super().__init__(parent)
        self.setObjectName("connectErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Cannot connect" if shared else "Cannot open the local workspace")
        self.setText(message)
        self.setInformativeText("You are still in the workspace you had open; nothing was changed.")
        self.retry_button = self.addButton("Retry", QMessageBox.ButtonRole.AcceptRole)
        self.edit_button = self.local_button = None
        if shared:
            self.edit_button = self.addButton("Edit profile…", QMessageBox.ButtonRole.ActionRole)
            self.local_button = self.addButton("Open local workspace", QMessageBox.ButtonRole.ActionRole)
        self.stay_button = self.addButton("Stay here", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.stay_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return RETRY
        if clicked is not None and clicked is self.edit_button:
            return EDIT_PROFILE
        if clicked is not None and clicked is self.local_button:
            return OPEN_LOCAL
        return STAY

    def ask(self) -> str:
        self.exec()
        return self.choice()


class SharedPrompts:
    """The controller's questions, as real dialogs."""

    def connect_failed(self, parent: QWidget | None, message: str, *, shared: bool = True) -> str:
        """RETRY, EDIT_PROFILE, OPEN_LOCAL or STAY."""
        return ConnectErrorDialog(message, parent, shared=shared).ask()

    def confirm_take_over(self, parent: QWidget | None, holder: str, since: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Take over editing")
        box.setText(f"Take over editing from {holder}?")
        box.setInformativeText(
            f"{holder} has been editing since {since}. They keep their text: when they next save, they "
            "compare it with yours and merge — nothing is lost. The takeover is recorded in the history.")
        take = box.addButton(TAKE_OVER, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.exec()
        return box.clickedButton() is take


def _disconnect(obj: QObject | None, *names: str) -> None:
    if obj is None or not shiboken6.isValid(obj):
        return
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                getattr(obj, name).disconnect()
            except (RuntimeError, TypeError):
                pass


# -- the controller ----------------------------------------------------------------------------

class SharedController(QObject):
    """Connection, live refresh, edit locks and the connection state for one MainWindow."""

    def __init__(self, window, tasks: TaskRunner, settings: Settings, *,
                 credentials: CredentialStore | None = None, prompts: SharedPrompts | None = None,
                 shared_opener: Callable[[ConnectionProfile, str], object] = open_shared_workspace,
                 local_opener: Callable[[], object] = open_local_workspace):
        super().__init__(window)
        self.setObjectName("sharedController")
        self._window = window
        self._tasks = tasks
        self._settings = settings
        self._credentials = credentials
        self.prompts = prompts or SharedPrompts()
        self._shared_opener = shared_opener
        self._local_opener = local_opener
        self.profile: ConnectionProfile | None = None   # the profile of the shared workspace shown
        self.dialog = None                              # the ConnectDialog last opened
        self.keeper: EditLockKeeper | None = None
        self.badges: LockBadges | None = None
        self.live: LiveBridge | None = None
        self._ws = None                                 # the workspace the pieces above belong to
        self._retired: list[LiveBridge] = []            # bridges whose thread had not ended yet
        self._locked_out = None                         # LockInfo: the open article is someone else's
        self._ever_connected = False
        self._awaiting_resync = False
        self._told: dict[str, int] = {}                 # article id -> newer version already mentioned
        self._changed: dict[str, int] = {}              # article notifications not applied yet
        self._closing = False
        self._shut = False

        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_DEBOUNCE_MS)
        self._changes_timer.timeout.connect(self._apply_changes)

        self._build_actions()
        window.add_badges_provider(self._lock_badges)
        pane = window.pane
        pane.sig_article_opened.connect(self._article_opened)
        pane.sig_article_saved.connect(self._article_saved)
        if hasattr(pane, "sig_banner_action"):
            pane.sig_banner_action.connect(self.take_over)
        window.sig_workspace_changed.connect(self._workspace_changed)
        window.list_panel.model.sig_query_finished.connect(self._query_finished)
        window.installEventFilter(self)
        self._attach(window.workspace)

    # -- menu ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self._window
        connect = QAction("&Connect to shared database…", window)
        connect.setObjectName("action_connect_shared")
        connect.setStatusTip("Work on the newsroom's shared database (profiles, connection test, keyring)")
        connect.triggered.connect(lambda _checked=False: self.open_connect_dialog())
        local = QAction("Open &local workspace", window)
        local.setObjectName("action_open_local")
        local.setStatusTip("Switch to the workspace on this computer")
        local.triggered.connect(lambda _checked=False: self.open_local())
        window.commands["connect_shared"] = connect
        window.commands["open_local"] = local
        window.addAction(connect)
        window.addAction(local)
        anchor = window.commands.get("open_workspace")
        menu = None
        if anchor is not None:
            menu = next((o for o in anchor.associatedObjects() if isinstance(o, QMenu)), None)
        if menu is None:
            menu = window.menuBar().actions()[0].menu()
            anchor = None
        menu.insertAction(anchor, connect)
        menu.insertAction(anchor, local)

    # -- credentials ----------------------------------------------------------------------------
    @property
    def credentials(self) -> CredentialStore:
        """One store per window: the keyring, or memory for this run when there is none."""
        if self._credentials is None:
            self._credentials = CredentialStore()
        return self._credentials

    @credentials.setter
    def credentials(self, store: CredentialStore) -> None:
        self._credentials = store

    # -- connecting ------------------------------------------------------------------------------
    def open_connect_dialog(self, profile: ConnectionProfile | None = None, password: str = "",
                            message: str = ""):
        """Show the Connect dialog (the last profile, or ``profile``, selected); returns it."""
        from desk_app.ui.connection.dialog import ERROR, ConnectDialog

        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        dialog = ConnectDialog(self._settings, self.credentials, self._tasks, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_connect_requested.connect(self.open_shared)
        dialog.sig_local_requested.connect(self.open_local)
        saved = load_profiles(self._settings.get(Options.profiles))
        wanted = profile.name if profile is not None else self._settings.get(Options.last_profile)
        row = next((i for i, p in enumerate(saved) if p.name == wanted), -1)
        if row >= 0:
            dialog.profile_list.setCurrentRow(row)
        if profile is not None and (row < 0 or saved[row] != profile):
            dialog.set_profile(profile, password)
        elif password:
            dialog.password_edit.setText(password)
        if message:
            dialog._set_result(message, ERROR)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_shared(self, profile: ConnectionProfile, password: str = "") -> None:
        """Switch to the shared database of ``profile`` (after the pane's unsaved-changes question)."""
        if not self._window.pane.maybe_close():
            self._say("Not connected: the open article was kept.")
            return
        self._connect(profile, password)

    def _connect(self, profile: ConnectionProfile, password: str) -> None:
        log.info("opening the shared workspace %s", profile.safe_url)
        opener = self._shared_opener
        self._window.status.showMessage(f"Connecting to {profile.where}…")
        self._tasks.run(lambda _task: opener(profile, password), key=OPEN_KEY,
                        on_done=lambda ws: self._shared_opened(ws, profile),
                        on_error=lambda exc: self._shared_failed(exc, profile, password))

    def _shared_opened(self, workspace, profile: ConnectionProfile) -> None:
        if not self._adopt(workspace):
            return
        self.profile = profile
        self._settings.set(Options.last_profile, profile.name)
        self._settings.set(Options.last_workspace, profile.safe_url)   # never a password
        self._settings.sync()
        actor = workspace.actor
        self._window.status.showMessage(
            f"Connected to {profile.where} as {actor.login} ({actor.role.label}).", STATUS_MS)

    def _shared_failed(self, exc: BaseException, profile: ConnectionProfile, password: str) -> None:
        sentence = failure_sentence(exc, profile.where, password)
        log.info("could not open %s: %s", profile.safe_url, sentence)
        self._window.status.showMessage(f"Not connected: {sentence}", STATUS_MS)
        if isinstance(exc, ConnectionProblem) and exc.kind == "password" and not password:
            self.open_connect_dialog(profile, "", sentence)      # the password was never asked for
            return
        choice = self.prompts.connect_failed(self._window, sentence, shared=True)
        if choice == RETRY:
            self._connect(profile, password)
        elif choice == EDIT_PROFILE:
            self.open_connect_dialog(profile, password, sentence)
        elif choice == OPEN_LOCAL:
            self.open_local(ask=False)

    def open_local(self, *, ask: bool = True) -> None:
        """Switch to the local workspace (after the pane's unsaved-changes question)."""
        from desk_app.services.local import default_workspace_path

        ws = self._window.workspace
        if ws is not None and ws.info.kind == "local" and ws.info.path == default_workspace_path():
            self._window.status.showMessage("This is the local workspace already.", STATUS_MS)
            return
        if ask and not self._window.pane.maybe_close():
            self._say("The local workspace was not opened: the open article was kept.")
            return
        opener = self._local_opener
        self._window.status.showMessage("Opening the local workspace…")
        self._tasks.run(lambda _task: opener(), key=OPEN_KEY, on_done=self._local_opened,
                        on_error=self._local_failed)

    def _local_opened(self, workspace) -> None:
        if not self._adopt(workspace):
            return
        self.profile = None
        self._window.status.showMessage(f"Opened the local workspace {workspace.info.path}.", STATUS_MS)

    def _local_failed(self, exc: BaseException) -> None:
        sentence = failure_sentence(exc, "the local workspace")
        self._window.status.showMessage(sentence, STATUS_MS)
        if self.prompts.connect_failed(self._window, sentence, shared=False) == RETRY:
            self.open_local(ask=False)

    def resume(self) -> bool:
        """At start, when the last session ended on a shared database: connect to its profile again.

        The password comes from the keyring; without one, the Connect dialog asks. True when trying.
        """
        name = self._settings.get(Options.last_profile)
        profile = next((p for p in load_profiles(self._settings.get(Options.profiles)) if p.name == name), None)
        if profile is None:
            return False
        self.open_shared(profile, self.credentials.get(profile) or "")
        return True

    def _adopt(self, workspace) -> bool:
        """Show ``workspace`` in the window; False (and it is closed) when the user keeps the article."""
        pane = self._window.pane
        if pane.is_dirty() and not pane.maybe_close():    # typed while the workspace was opening
            workspace.close()
            self._say("Stayed in the current workspace: the open article was kept.")
            return False
        self._detach()
        self._window.set_workspace(workspace)     # re-queries the list, empties the pane, closes the old one
        return True

    # -- attaching to a workspace -----------------------------------------------------------------
    def _workspace_changed(self, workspace) -> None:
        if self._ws is not None and self._ws is not workspace:
            # Switched by other means (File → Open workspace…): the old workspace is closed
            # already; its lock is released through it all the same, then it is let go again.
            old = self._ws
            self._detach()
            self._tasks.run(lambda _task: old.close(), on_error=lambda _exc: None)
        if workspace.info.kind == "local":
            self.profile = None
        self._attach(workspace)

    def _attach(self, workspace) -> None:
        if workspace is None or workspace is self._ws:
            return
        self._ws = workspace
        self._locked_out = None
        self._told.clear()
        workspace.locks.zone = zone_or_default(self._settings.get(Options.display_zone))
        keeper = EditLockKeeper(workspace, self._tasks)
        keeper.sig_acquired.connect(self._acquired)
        keeper.sig_refused.connect(self._refused)
        keeper.sig_lost.connect(self._lost)
        keeper.sig_failed.connect(lambda message: self._window.status.showMessage(message, STATUS_MS))
        self.keeper = keeper
        badges = LockBadges(workspace, self._tasks)
        badges.sig_changed.connect(self._badges_changed)
        self.badges = badges
        badges.start()
        self._ever_connected = False
        self._awaiting_resync = False
        status = self._window.status
        if workspace.info.kind == "shared":
            bridge = LiveBridge(workspace.engine.url)
            bridge.sig_article_changed.connect(self._article_changed)
            bridge.sig_lock_changed.connect(badges.on_lock_changed)
            bridge.sig_resync.connect(self._resync)
            bridge.sig_state_changed.connect(self._live_state)
            self.live = bridge
            status.set_connection("connecting", self._where())
            bridge.start()
        else:
            status.set_connection(None)

    def _detach(self) -> None:
        """Let go of the current workspace: release the lock, stop heartbeat, badges and listener."""
        self._changes_timer.stop()
        self._changed.clear()
        keeper, self.keeper = self.keeper, None
        if keeper is not None:
            _disconnect(keeper, "sig_acquired", "sig_refused", "sig_lost", "sig_failed")
            keeper.stop()               # releases the lock through the TaskRunner
        badges, self.badges = self.badges, None
        if badges is not None:
            _disconnect(badges, "sig_changed")
            badges.stop()
        self._stop_live()
        self._locked_out = None
        self._ws = None
        self._window.status.set_connection(None)

    def _stop_live(self) -> None:
        bridge, self.live = self.live, None
        if bridge is None:
            return
        _disconnect(bridge, "sig_article_changed", "sig_lock_changed", "sig_resync", "sig_state_changed")
        if not bridge.stop():
            self._retired.append(bridge)    # its thread ends by itself; keep the QObject alive till then

    def shutdown(self) -> None:
        """The window closes: release the lock, stop the listener (the workspace is closed by its owner)."""
        if self._shut:
            return
        self._shut = True
        self._detach()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
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

    # -- live refresh -----------------------------------------------------------------------------
    def _where(self) -> str:
        if self.profile is not None:
            return self.profile.where
        return self._ws.info.url if self._ws is not None else ""

    def _live_state(self, connected: bool, _message: str) -> None:
        status = self._window.status
        if connected:
            reconnected = self._ever_connected
            self._ever_connected = True
            status.set_connection("connected", self._where())
            if reconnected and self._awaiting_resync:
                status.showMessage(MSG_REFRESHING)
            elif not reconnected and status.currentMessage() in (MSG_LOST, MSG_UNREACHABLE):
                status.clearMessage()
        elif self._ever_connected:
            status.set_connection("reconnecting", self._where())
            status.showMessage(MSG_LOST)          # stays until the connection is back
        else:
            status.set_connection("offline", self._where())
            status.showMessage(MSG_UNREACHABLE, STATUS_MS)

    def _resync(self) -> None:
        """Reconnected: notifications sent meanwhile are lost — re-query the list, badges, open article."""
        self._awaiting_resync = True
        self._window.list_panel.refresh()
        if self.badges is not None:
            self.badges.refresh()
        pane = self._window.pane
        if pane.article_id() and pane.is_read_only() and not pane.is_dirty():
            self._reload_open(pane.article_id())

    def _query_finished(self, *_counts) -> None:
        if self._awaiting_resync:
            self._awaiting_resync = False
            self._window.status.showMessage(MSG_RECONNECTED, 2 * STATUS_MS)

    def _article_changed(self, article_id: str, version: int) -> None:
        self._changed[article_id] = max(version, self._changed.get(article_id, 0))
        self._changes_timer.start()

    def _apply_changes(self) -> None:
        changed, self._changed = self._changed, {}
        if not changed:
            return
        model = self._window.list_panel.model
        if any(model.row_of(article_id) is None for article_id in changed):
            model.refresh()                       # a new article, or one not loaded: one re-query
        else:
            for article_id in changed:
                model.refresh_article(article_id)
        for article_id, version in changed.items():
            self._open_article_changed(article_id, version)

    def _open_article_changed(self, article_id: str, version: int) -> None:
        pane = self._window.pane
        if pane.article_id() != article_id or version <= pane.current_data().version:
            return
        if pane.is_read_only() and not pane.is_dirty():
            self._reload_open(article_id)
        elif self._told.get(article_id, 0) < version:
            self._told[article_id] = version
            self._say(f"Someone else saved a newer version of this article (version {version}); when you save, "
                      "you compare the two and merge — nothing is lost.")

    def _reload_open(self, article_id: str) -> None:
        ws = self._ws
        if ws is None:
            return
        self._tasks.run(lambda _task: ws.articles.get(article_id), key="reload-open-article",
                        on_done=lambda data: self._reloaded(ws, data), on_error=lambda _exc: None)

    def _reloaded(self, ws, data) -> None:
        pane = self._window.pane
        if (ws is not self._ws or pane.article_id() != data.id or pane.is_dirty() or not pane.is_read_only()
                or data.version <= pane.current_data().version):
            return
        pane.load_data(data)
        self._window.list_panel.refresh_article(data.id)
        self._window.status.showMessage(f"Updated to version {data.version}, saved by someone else.", STATUS_MS)

    # -- edit locks -----------------------------------------------------------------------------------
    def _lock_badges(self, row) -> list[str]:
        return self.badges.badges_provider(row) if self.badges is not None else []

    def _article_opened(self, article_id: str) -> None:
        keeper, pane = self.keeper, self._window.pane
        if keeper is None:
            return
        if not article_id or pane.current_data().version == 0:   # a new article: nothing stored to lock
            self._locked_out = None
            keeper.stop()
            return
        if self._locked_out is not None and self._locked_out.article_id == article_id:
            self._show_locked_out(self._locked_out)   # reloaded while someone else edits it
            keeper.start(article_id)                  # and look again
            return
        self._locked_out = None
        if pane.is_read_only():                       # the workflow says read-only: nobody edits it here
            keeper.stop()
            return
        keeper.start(article_id)

    def _article_saved(self, article_id: str) -> None:
        keeper = self.keeper
        if keeper is not None and self._locked_out is None and (keeper.lock is None
                                                                 or keeper.lock.article_id != article_id):
            if not self._window.pane.is_read_only():
                keeper.start(article_id)              # a new article's first save, or a new copy

    def _acquired(self, info) -> None:
        locked_out = self._locked_out
        if locked_out is None or locked_out.article_id != info.article_id:
            return
        self._locked_out = None
        ws = self._ws
        if info.taken_over_from:
            self._window.status.showMessage(
                f"You took over editing from {locked_out.holder_name}; the takeover is in the article's "
                "history.", STATUS_MS)
        else:
            self._window.status.showMessage(
                f"{locked_out.holder_name} closed the article; you can edit it now.", STATUS_MS)
        # the takeover moved the version on, and they may have saved: edit the stored version
        self._tasks.run(lambda _task: ws.articles.get(info.article_id), key="reload-open-article",
                        on_done=lambda data: self._editable(ws, data), on_error=lambda _exc: None)

    def _editable(self, ws, data) -> None:
        pane = self._window.pane
        if ws is self._ws and pane.article_id() == data.id and not pane.is_dirty():
            pane.load_data(data)
            self._window.list_panel.refresh_article(data.id)

    def _refused(self, _message: str, lock) -> None:
        pane = self._window.pane
        if lock is None or pane.article_id() != lock.article_id:
            return
        if pane.is_dirty():      # typed before the answer came: the text stays editable
            self._say(f"{lock.holder_name} is editing this article too (since "
                      f"{self._ws.locks.since_text(lock.acquired_at)}); when you save, you compare the two "
                      "and merge — nothing is lost.")
            return
        self._locked_out = lock
        self._show_locked_out(lock)
        if self.badges is not None:
            self.badges.refresh()

    def _may_take_over(self) -> bool:
        return self._ws is not None and self._ws.actor.role in (Role.EDITOR, Role.ADMIN)

    def banner_text(self, lock) -> str:
        since = self._ws.locks.since_text(lock.acquired_at)
        if lock.holder_login == self._ws.actor.login:
            return f"You are editing this article in another window since {since}; close it there to edit it here."
        text = f"Being edited by {lock.holder_name} since {since}; their saves appear here as they make them."
        if self._may_take_over():
            return text + " Take over to edit it now — they keep their text and merge it when they next save."
        return text + " It becomes editable when they close it."

    def _show_locked_out(self, lock) -> None:
        pane = self._window.pane
        pane.set_read_only(True, self.banner_text(lock))
        if hasattr(pane, "set_banner_action"):
            pane.set_banner_action(TAKE_OVER if self._may_take_over() else "")

    def take_over(self) -> None:
        """An editor's "Take over": ask, then take the lock (recorded; the holder meets a conflict)."""
        lock, keeper = self._locked_out, self.keeper
        if lock is None or keeper is None or not self._may_take_over():
            return
        since = self._ws.locks.since_text(lock.acquired_at)
        if not self.prompts.confirm_take_over(self._window, lock.holder_name, since):
            return
        keeper.take_over()

    def _lost(self, message: str) -> None:
        self._say(message)
        if self.badges is not None:
            self.badges.refresh()

    def _badges_changed(self) -> None:
        self._window.list_panel.model.invalidate_badges()
        keeper, badges, pane = self.keeper, self.badges, self._window.pane
        article_id = pane.article_id()
        if keeper is None or badges is None or not article_id:
            return
        holder = badges.holder(article_id)
        mine = keeper.lock
        if mine is not None and mine.article_id == article_id and holder is not None and not holder.mine:
            keeper.beat()                      # someone took it over: the heartbeat finds out and says so
        elif self._locked_out is not None and self._locked_out.article_id == article_id:
            if holder is None:
                keeper.start(article_id)       # they closed it: take it and edit
            elif holder.session_id != self._locked_out.session_id:
                self._locked_out = holder      # someone else holds it now
                self._show_locked_out(holder)

    # -- helpers ------------------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        area = getattr(self._window.pane, "area", None)
        if area is not None and hasattr(area, "say"):
            area.say(message)
        self._window.status.showMessage(message, STATUS_MS)
