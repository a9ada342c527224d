"""Run by test_recovery: open the pane on a workspace offscreen, type, wait for the journal, then idle.

Usage: python crash_helper.py SQLITE_URL JOURNAL_DIR SETTINGS_INI TEXT
Prints "SNAPSHOT <path>" once the recovery snapshot holding TEXT is on disk, then
keeps the event loop running until the test kills it with SIGKILL.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def main() -> None:
    url, journal_dir, settings_path, text = sys.argv[1:5]
    app = QApplication([])
    from desk_app.services.workspace import Workspace
    from desk_app.ui.editor.pane import ArticlePane
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.settings import Options, Settings
    from desk_app.ui.tasks import TaskRunner

    ws = Workspace.open(url, user="chief")
    settings = Settings(Path(settings_path))
    settings.set(Options.autosave_seconds, 1)
    journal = RecoveryJournal(Path(journal_dir))
    pane = ArticlePane(ws, TaskRunner(), settings, journal)
    pane.show()
    pane.new_article("ru")
    pane.editor.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(pane.editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    target = journal.path_for(pane.article_id())

    def check() -> None:
        if target.exists() and text in target.read_text(encoding="utf-8"):
            print(f"SNAPSHOT {target}", flush=True)
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(100)
    app.exec()


if __name__ == "__main__":
    main()
