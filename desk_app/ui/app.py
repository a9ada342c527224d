"""Starting the window: the QApplication, the workspace (with a way out when it cannot be
opened), the main window and the offer to recover drafts left by a crash.

Nothing here runs at import time: no module-level QApplication or workspace.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import application_switcher, localized, resolve_language, translate
from desk_app.ui.settings import Options, Settings
from desk_app.ui.widgets.dialogs import OPEN_ANOTHER, RETRY
from desk_app.ui.widgets.prompts import Prompts

APP_NAME = "Desk"
PREFERRED_FONTS = ("Noto Sans", "Inter", "Segoe UI", "Cantarell", "Ubuntu", "DejaVu Sans")
MIN_POINT_SIZE = 10


def icon_path() -> Path:
    return Path(str(resources.files("desk_app") / "resources" / "icons" / "desk.svg"))


def app_icon() -> QIcon:
    path = icon_path()
    return QIcon(str(path)) if path.exists() else QIcon()


def configure_application(app: QApplication) -> None:
    """Names (they place the settings file), style, a readable font with Cyrillic, the icon."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("desk")
    app.setStyle("Fusion")
    font = QFont(app.font())
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic))
    if font.family() not in families:
        for family in PREFERRED_FONTS:
            if family in families:
                font.setFamily(family)
                break
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    app.setWindowIcon(app_icon())


def _sentence(url: str | None, exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return localized(exc)
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if url:
        return translate("DeskStart", "Desk could not open {url}: {detail}.").format(url=url, detail=detail)
    return translate("DeskStart", "Desk could not open the local workspace: {detail}.").format(detail=detail)


def open_workspace_interactively(db_url: str | None, *, parent: QWidget | None = None,
                                 prompts: Prompts | None = None,
                                 opener: Callable[[str | None], object] | None = None):
    """Open ``db_url`` (None: the local workspace); on failure ask: another file, retry, or quit.

    Returns the Workspace, or None when the user chose Quit.
    """
    prompts = prompts or Prompts()
    if opener is None:
        from desk_app.services.local import open_workspace as opener
    url = db_url
    while True:
        try:
            return opener(url)
        except Exception as exc:
            choice = prompts.workspace_error(parent, _sentence(url, exc))
        if choice == RETRY:
            continue
        if choice == OPEN_ANOTHER:
            path = prompts.choose_workspace_file(parent, None)
            if path is not None:
                url = f"sqlite:///{path}"
            continue
        return None


def startup_url(db_url: str | None, settings: Settings) -> str | None:
    """The URL given, else the local workspace file opened last (when it still exists), else None."""
    if db_url:
        return db_url
    last = settings.get(Options.last_workspace)
    if last.startswith("sqlite") and ":///" in last:
        path = Path(last.split(":///", 1)[1])
        if path.is_file():
            return f"sqlite:///{path}"
    return None


def offer_recovery(window, journal, prompts: Prompts | None = None) -> bool:
    """Offer the drafts a crash left behind for this workspace; True when one was restored."""
    if journal is None:
        return False
    prompts = prompts or Prompts()
    url = window.workspace.info.url
    entries = [e for e in journal.pending() if e.workspace_url == url]
    if not entries:
        return False
    restore, discarded = prompts.recovery(window, entries)
    for entry in discarded:
        journal.discard(entry)
    if restore is None:
        return False
    return window.restore_draft(restore)


def make_journal():
    try:
        from desk_app.ui.editor.recovery import RecoveryJournal
    except ImportError:  # the editor is not installed in this build
        return None
    from desk_app.services.paths import data_dir

    return RecoveryJournal(data_dir() / "recovery")


class _StartGuard:
    """While the QApplication is created: a fatal Qt message becomes one sentence and exit 1.

    Qt aborts (a core dump) when no platform plugin starts, e.g. a remote display that refuses the
    connection or an X server that refuses the authorisation; the preflight (ui/preflight.py) catches
    what can be checked before. Qt's warnings meanwhile are held back: on success they go to stderr
    as usual, on failure the first specific one is the reason in the sentence.
    """

    GENERIC = ("xcb-cursor0 or libxcb-cursor0", "Could not load the Qt platform plugin")

    def __init__(self) -> None:
        self.held: list[str] = []

    def __enter__(self) -> _StartGuard:
        qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        qInstallMessageHandler(None)
        for message in self.held:
            sys.stderr.write(message + "\n")

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            self.held.append(message)
            return
        specific = [m for m in self.held if not any(g in m for g in self.GENERIC)]
        reason = (specific or self.held or [message])[0].strip().splitlines()[0].rstrip(".")
        sys.stderr.write(f"Desk cannot open its window: {reason}; check DISPLAY, or start Desk from a "
                         "desktop session.\n")
        sys.stderr.flush()
        os._exit(1)                 # Qt would abort() after this handler: leave before, without a core dump


def run_gui(db_url: str | None, *, smoke_test: bool = False) -> int:
    """Open the window; returns the exit code.

    ``smoke_test``: exit 0 once the article list is painted, 1 when it is not (desk_app/ui/smoke.py).
    """
    app = QApplication.instance()
    if app is None:
        with _StartGuard():
            app = QApplication(sys.argv[:1])
    configure_application(app)
    settings = Settings()
    # the interface's language, before any window or dialog is built (View → Language switches it later)
    application_switcher(app).apply(resolve_language(settings.get(Options.language)))
    if smoke_test:
        from desk_app.ui.smoke import SmokePrompts

        prompts: Prompts = SmokePrompts()
    else:
        prompts = Prompts()
    # the last session ended on a shared database (its safe URL, never a password, is remembered)
    was_shared = not db_url and settings.get(Options.last_workspace).startswith("postgresql")
    workspace = open_workspace_interactively(startup_url(db_url, settings), prompts=prompts)
    if workspace is None:
        return 1

    from desk_app.ui.tasks import TaskRunner
    from desk_app.ui.window.main_window import MainWindow

    tasks = TaskRunner(app)
    journal = make_journal()
    window = MainWindow(workspace, tasks, settings, journal=journal, prompts=prompts)
    window.restore_state()
    if smoke_test:
        from desk_app.ui.smoke import SmokeTest

        window.smoke_test = SmokeTest(window)
    window.show()
    window.start()
    from desk_app.ui.field.controller import attach as attach_field

    attach_field(window)      # a field workspace: sync state, Send now, the outbox
    window.sig_workspace_changed.connect(lambda _ws: attach_field(window))
    if not smoke_test:       # drafts a crash left wait for a person to decide about them
        offer_recovery(window, journal, prompts)
    # drafts a crash left in another workspace are offered when that one is opened (File → Connect…)
    window.sig_workspace_changed.connect(lambda _ws: offer_recovery(window, journal, prompts))
    shared = getattr(window, "shared", None)
    if was_shared and shared is not None and not smoke_test:
        shared.resume()      # connect to it again (the password from the keyring, else the dialog asks)
    try:
        return app.exec()
    finally:
        tasks.cancel_all()
        tasks.wait(5_000)
        field_ui = getattr(window, "field_ui", None)
        if field_ui is not None:   # a sync round in flight ends (or times out) before the replica closes
            field_ui.stop()
            field_ui.wait(10)
        window.workspace.close()
