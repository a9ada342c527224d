"""Fixtures for the article pane tests: a pane on a real workspace, fake dialogs, key helpers."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))  # editor_test_helpers (import-mode=importlib)

from fakes import FakePrompter


@pytest.fixture
def settings(tmp_path):
    from desk_app.ui.settings import Settings

    return Settings(tmp_path / "s.ini")


@pytest.fixture
def journal(tmp_path):
    from desk_app.ui.editor.recovery import RecoveryJournal

    return RecoveryJournal(tmp_path / "recovery")


@pytest.fixture
def sync_tasks(qapp):
    from desk_app.ui.tasks import SynchronousTaskRunner

    return SynchronousTaskRunner()


@pytest.fixture
def ui_ws(sqlite_url, clock):
    """A migrated SQLite workspace for tests about the UI only."""
    from desk_app.services.workspace import Workspace

    ws = Workspace.open(sqlite_url, user="chief", clock=clock)
    yield ws
    ws.close()


@pytest.fixture
def make_pane(qtbot, settings, journal, sync_tasks):
    """``make_pane(ws)``: a shown, active ArticlePane with a FakePrompter (``pane.prompter``)."""
    from desk_app.ui.editor.pane import ArticlePane

    def factory(ws, *, tasks=None, prompter: FakePrompter | None = None):
        pane = ArticlePane(ws, tasks or sync_tasks, settings, journal)
        pane.prompter = prompter or FakePrompter()
        qtbot.addWidget(pane)
        pane.resize(1400, 900)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
        return pane

    return factory


@pytest.fixture
def pane(make_pane, ui_ws):
    return make_pane(ui_ws)
