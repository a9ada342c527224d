"""Starting Desk: the QApplication, opening the workspace (with a way out), run_gui."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from fakes import FakePrompts
from gui_start import run_gui_and_look
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk_app.ui.settings import Options, Settings
from desk_app.ui.widgets.dialogs import OPEN_ANOTHER, QUIT, RETRY, WorkspaceErrorDialog


def test_a_corrupt_workspace_file_gives_one_message_and_a_way_out(tmp_path, sqlite_url, qapp):
    from desk_app.ui.app import open_workspace_interactively

    bad = tmp_path / "garbage.sqlite3"
    bad.write_bytes(os.urandom(4096))
    prompts = FakePrompts()
    prompts.workspace_choices = [RETRY, OPEN_ANOTHER]
    prompts.workspace_file = Path(sqlite_url.split(":///", 1)[1])
    ws = open_workspace_interactively(f"sqlite:///{bad}", prompts=prompts)
    try:
        assert len(prompts.workspace_messages) == 2           # the first try and the retry
        message = prompts.workspace_messages[0]
        assert "is not a Desk database or is damaged" in message and "Traceback" not in message
        assert ws is not None and ws.info.path == prompts.workspace_file
    finally:
        if ws is not None:
            ws.close()

    prompts = FakePrompts()                                  # Quit: no workspace, no window
    assert open_workspace_interactively(f"sqlite:///{bad}", prompts=prompts) is None
    assert len(prompts.workspace_messages) == 1


def test_a_read_only_workspace_file_is_explained(tmp_path, qapp, monkeypatch):
    from desk_app.ui.app import open_workspace_interactively

    monkeypatch.chdir(tmp_path)
    path = Path("readonly.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE unrelated (x)")
    conn.commit()
    conn.close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    prompts = FakePrompts()
    # mode=ro makes the file read-only for SQLite even when the tests run as root
    assert open_workspace_interactively(f"sqlite:///file:{path}?mode=ro&uri=true", prompts=prompts) is None
    assert "read-only" in prompts.workspace_messages[0]


def test_the_error_dialog_offers_open_retry_and_quit(qapp, qtbot):
    dialog = WorkspaceErrorDialog("sqlite:///x.sqlite3 is locked by another program; close it there.")
    qtbot.addWidget(dialog)
    labels = [b.text() for b in dialog.buttons()]
    assert sorted(labels) == sorted(["Open another workspace…", "Retry", "Quit"])
    assert dialog.text().startswith("sqlite:///x.sqlite3 is locked")
    for button, expected in ((dialog.open_button, OPEN_ANOTHER), (dialog.retry_button, RETRY),
                             (dialog.quit_button, QUIT)):
        QTimer.singleShot(0, button.click)
        assert dialog.ask() == expected


def test_startup_url_reopens_the_last_local_workspace(tmp_path, sqlite_url, qapp):
    from desk_app.ui.app import startup_url

    settings = Settings(tmp_path / "settings.ini")
    assert startup_url(None, settings) is None
    settings.set(Options.last_workspace, sqlite_url)
    assert startup_url(None, settings) == sqlite_url
    assert startup_url("postgresql://h/db", settings) == "postgresql://h/db"
    settings.set(Options.last_workspace, "sqlite:///" + str(tmp_path / "gone.sqlite3"))
    assert startup_url(None, settings) is None


def test_configure_application_names_and_icon(qapp):
    from desk_app.ui.app import configure_application, icon_path

    style, font = QApplication.style().name(), QApplication.font()
    try:
        configure_application(QApplication.instance())
        assert QApplication.applicationName() == "Desk" and QApplication.organizationName() == "Desk"
        assert icon_path().exists() and not QApplication.windowIcon().isNull()
        assert QApplication.font().pointSizeF() >= 10
        assert QApplication.style().name().lower() == "fusion"
    finally:
        QApplication.setStyle(style)
        QApplication.setFont(font)


def test_an_unexpected_error_never_reaches_the_user_as_a_traceback(qapp):
    from desk_app.ui.app import open_workspace_interactively

    def opener(url):
        raise PermissionError(13, "Permission denied", "/data/workspace.sqlite3")

    prompts = FakePrompts()
    assert open_workspace_interactively(None, prompts=prompts, opener=opener) is None
    assert prompts.workspace_messages == [
        "Desk could not open the local workspace: [Errno 13] Permission denied: '/data/workspace.sqlite3'."]


def test_run_gui_quits_from_the_error_dialog(tmp_path, qapp):
    from desk_app.ui.app import run_gui

    bad = tmp_path / "garbage.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    shown = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WorkspaceErrorDialog):
            shown.append(dialog.text())
            dialog.quit_button.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert run_gui(f"sqlite:///{bad}") == 1
    assert shown and "is not a Desk database or is damaged" in shown[0]


def test_run_gui_opens_the_window_on_the_local_workspace(qapp, monkeypatch):
    from desk_app.services.local import default_workspace_path

    windows = []
    assert run_gui_and_look(lambda w: windows.append((w.list_panel.model.rowCount(), w.windowTitle()))) == 0
    assert default_workspace_path().exists()
    count, title = windows[0]
    assert count == 7, "a new local workspace is seeded with the demo articles"
    assert title.endswith("— Desk")
