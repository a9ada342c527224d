"""``desk --smoke-test``: does an installation open its window and paint the article list?

The window opens as usual; once the list's first page is painted Desk prints one line and exits 0.
When it is not painted within :data:`TIMEOUT_MS`, or the workspace cannot be opened, it exits 1.
No dialog waits for an answer: what a dialog would say goes to stderr. With
``DESK_SMOKE_SCREENSHOT=FILE.png`` the screen (the window alone where there is no screen to
grab, as offscreen) is saved once the list is painted: packaging uses it to show the bundle.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desk_app.ui.bench_hook import FirstPaintHook, seconds_since_process_start
from desk_app.ui.widgets.dialogs import QUIT
from desk_app.ui.widgets.prompts import Prompts

__all__ = ["SCREENSHOT_ENV", "TIMEOUT_MS", "SmokePrompts", "SmokeTest"]

TIMEOUT_MS = 60_000
SCREENSHOT_ENV = "DESK_SMOKE_SCREENSHOT"
SCREENSHOT_DELAY_MS = 1_500


class SmokePrompts(Prompts):
    """Answers nothing interactively: a smoke test has nobody to click."""

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        print(f"desk: {title}: {message}", file=sys.stderr)

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        print(f"desk: {title}: {message}", file=sys.stderr)

    def workspace_error(self, parent: QWidget | None, message: str) -> str:
        print(f"desk: smoke test failed: {message}", file=sys.stderr)
        return QUIT


class SmokeTest(FirstPaintHook):
    """Exits the application with 0 once the list's first page is painted, with 1 after the timeout."""

    def __init__(self, window: QMainWindow, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._give_up)
        self._timer.start(timeout_ms)
        self._timeout_s = timeout_ms / 1000

    def _report(self) -> None:
        self._timer.stop()
        rows = self._panel.model.rowCount()
        print(f"desk: smoke test passed: the article list painted {rows} row{'' if rows == 1 else 's'} "
              f"{seconds_since_process_start():.2f} s after the start", flush=True)
        target = os.environ.get(SCREENSHOT_ENV)
        if target:       # once the count and the status bar have settled, as a person would see it
            QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: self._save_screenshot(Path(target)))
        else:
            QApplication.exit(0)

    def _save_screenshot(self, target: Path) -> None:
        screen = self._window.screen()
        image = screen.grabWindow(0) if screen is not None else None
        if image is None or image.isNull() or QApplication.platformName() == "offscreen":
            image = self._window.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"desk: could not save the screenshot to {target}", file=sys.stderr)
        QApplication.exit(0)

    def _give_up(self) -> None:
        print(f"desk: smoke test failed: the article list was not painted within {self._timeout_s:.0f} s",
              file=sys.stderr, flush=True)
        QApplication.exit(1)
