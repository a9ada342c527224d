"""Switching the main window's workspace without restarting: File → Connect to shared database… and Open local workspace.

Design notes: docs/architecture.md, “desk_app.ui.window.connect”.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desk_app.domain.errors import DeskError
from desk_app.services.credentials import CredentialStore, scrub
from desk_app.services.profiles import ConnectionProblem, ConnectionProfile, load_profiles, test_connection
from desk_app.ui.connection.dialog import where_text
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.settings import Options
from desk_app.ui.widgets.dialogs import EDIT_PROFILE, OPEN_LOCAL, RETRY
from desk_app.ui.widgets.status_bar import role_name
from desk_app.ui.window.command_texts import set_command_text
from desk_app.ui.window.ids import Command, Menu, find_menu
from desk_app.ui.window.shared_context import SharedContext

__all__ = ["OPEN_KEY", "WindowConnect",
           "failure_sentence", "open_local_workspace", "open_shared_workspace"]

log = logging.getLogger(__name__)

OPEN_KEY = "open-workspace"


# -- opening ---------------------------------------------------------------------------------

def open_shared_workspace(profile: ConnectionProfile, password: str):
    """Test the profile (one clear sentence per problem), then open its Workspace. Worker thread."""
    from desk_app.services.workspace import Workspace

    if profile.offline_capable:  # the local replica opens at once, with or without the server
        from desk_app.services.field_workspace import open_for_profile

        return open_for_profile(profile, password or None).local
    test_connection(profile, password or None)
    # A shared server is upgraded by its admin ("desk db upgrade"), never by a client connecting.
    return Workspace.open(profile.url(password or None), run_migrations=False)


def open_local_workspace():
    """The user's local workspace (created, with demo articles, on first use). Worker thread."""
    from desk_app.services.local import open_workspace

    return open_workspace(None)


def failure_sentence(exc: BaseException, where: str | None, password: str | None = None) -> str:
    """One sentence for a failed open (``where`` None: the local workspace); a driver's text is never passed
    on unscrubbed."""
    if isinstance(exc, DeskError):
        text = localized(exc)
    elif where is None:
        text = translate("WindowConnect", "Desk could not open the local workspace ({error}); try again.").format(
            error=type(exc).__name__)
    else:
        text = translate("WindowConnect", "Desk could not open {where} ({error}); try again, check the profile, "
                         "or open the local workspace.").format(where=where, error=type(exc).__name__)
    return scrub(text, password)


# -- the commands --------------------------------------------------------------------------------

class WindowConnect(QObject):
    """The Connect and Open local commands of a main window, and showing the workspace they open."""

    sig_leaving = Signal()
    """A newly opened workspace is about to be shown: let go of the current one (its lock, its listener)."""

    def __init__(self, context: SharedContext, *, credentials: CredentialStore | None = None,
                 shared_opener: Callable[[ConnectionProfile, str], object] = open_shared_workspace,
                 local_opener: Callable[[], object] = open_local_workspace, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = context
        self._window = context.window
        self._credentials = credentials
        self._shared_opener = shared_opener
        self._local_opener = local_opener
        self.profile: ConnectionProfile | None = None   # the profile of the shared workspace shown
        self.dialog = None                              # the ConnectDialog last opened
        self._build_actions()

    # -- menu ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self._window
        connect = QAction(window)
        connect.setObjectName(Command.CONNECT_SHARED.object_name)
        connect.triggered.connect(lambda _checked=False: self.open_connect_dialog())
        local = QAction(window)
        local.setObjectName(Command.OPEN_LOCAL.object_name)
        local.triggered.connect(lambda _checked=False: self.open_local())
        window.commands[Command.CONNECT_SHARED] = connect
        window.commands[Command.OPEN_LOCAL] = local
        window.addAction(connect)
        window.addAction(local)
        anchor = window.commands.get(Command.OPEN_WORKSPACE)
        menu = None
        if anchor is not None:
            menu = next((o for o in anchor.associatedObjects() if isinstance(o, QMenu)), None)
        if menu is None:
            menu = find_menu(window, Menu.FILE)
            anchor = None
        menu.insertAction(anchor, connect)
        menu.insertAction(anchor, local)
        on_language_change(window, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        commands = self._window.commands
        set_command_text(commands[Command.CONNECT_SHARED], translate("WindowConnect", "&Connect to shared database…"),
                         translate("WindowConnect", "Work on the newsroom's shared database (profiles, connection "
                                   "test, keyring)"))
        set_command_text(commands[Command.OPEN_LOCAL], translate("WindowConnect", "Open &local workspace"),
                         translate("WindowConnect", "Switch to the workspace on this computer"))

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

        settings = self._ctx.settings
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        dialog = ConnectDialog(settings, self.credentials, self._ctx.tasks, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_connect_requested.connect(self.open_shared)
        dialog.sig_local_requested.connect(self.open_local)
        saved = load_profiles(settings.get(Options.profiles))
        wanted = profile.name if profile is not None else settings.get(Options.last_profile)
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
            self._ctx.tell(translate("WindowConnect", "Not connected: the open article was kept."))
            return
        self._connect(profile, password)

    def _connect(self, profile: ConnectionProfile, password: str) -> None:
        log.info("opening the shared workspace %s", profile.safe_url)
        opener = self._shared_opener
        self._window.status.showMessage(translate("WindowConnect", "Connecting to {where}…").format(where=where_text(profile)))
        self._ctx.tasks.run(lambda _task: opener(profile, password), key=OPEN_KEY,
                            on_done=lambda ws: self._shared_opened(ws, profile),
                            on_error=lambda exc: self._shared_failed(exc, profile, password))

    def _shared_opened(self, workspace, profile: ConnectionProfile) -> None:
        if not self._adopt(workspace):
            return
        self.profile = profile
        settings = self._ctx.settings
        settings.set(Options.last_profile, profile.name)
        settings.set(Options.last_workspace, profile.safe_url)   # never a password
        settings.sync()
        actor = workspace.actor
        self._ctx.say(translate("WindowConnect", "Connected to {where} as {login} ({role}).").format(
            where=where_text(profile), login=actor.login, role=role_name(actor.role)))

    def _shared_failed(self, exc: BaseException, profile: ConnectionProfile, password: str) -> None:
        sentence = failure_sentence(exc, where_text(profile), password)
        log.info("could not open %s: %s", profile.safe_url, sentence)
        self._ctx.say(translate("WindowConnect", "Not connected: {reason}").format(reason=sentence))
        if isinstance(exc, ConnectionProblem) and exc.kind == "password" and not password:
            self.open_connect_dialog(profile, "", sentence)      # the password was never asked for
            return
        choice = self._ctx.prompts.connect_failed(self._window, sentence, shared=True)
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
            self._ctx.say(translate("WindowConnect", "This is the local workspace already."))
            return
        if ask and not self._window.pane.maybe_close():
            self._ctx.tell(translate("WindowConnect", "The local workspace was not opened: the open article was kept."))
            return
        opener = self._local_opener
        self._window.status.showMessage(translate("WindowConnect", "Opening the local workspace…"))
        self._ctx.tasks.run(lambda _task: opener(), key=OPEN_KEY, on_done=self._local_opened,
                            on_error=self._local_failed)

    def _local_opened(self, workspace) -> None:
        if not self._adopt(workspace):
            return
        self.profile = None
        self._ctx.say(translate("WindowConnect", "Opened the local workspace {path}.").format(path=workspace.info.path))

    def _local_failed(self, exc: BaseException) -> None:
        sentence = failure_sentence(exc, None)
        self._ctx.say(sentence)
        if self._ctx.prompts.connect_failed(self._window, sentence, shared=False) == RETRY:
            self.open_local(ask=False)

    def resume(self) -> bool:
        """At start, when the last session ended on a shared database: connect to its profile again.

        The password comes from the keyring; without one, the Connect dialog asks. True when trying.
        """
        settings = self._ctx.settings
        name = settings.get(Options.last_profile)
        profile = next((p for p in load_profiles(settings.get(Options.profiles)) if p.name == name), None)
        if profile is None:
            return False
        self.open_shared(profile, self.credentials.get(profile) or "")
        return True

    def _adopt(self, workspace) -> bool:
        """Show ``workspace`` in the window; False (and it is closed) when the user keeps the article."""
        pane = self._window.pane
        if pane.is_dirty() and not pane.maybe_close():    # typed while the workspace was opening
            workspace.close()
            self._ctx.tell(translate("WindowConnect", "Stayed in the current workspace: the open article was kept."))
            return False
        self.sig_leaving.emit()
        self._window.set_workspace(workspace)     # re-queries the list, empties the pane, closes the old one
        return True
