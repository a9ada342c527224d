"""The first-paint bench hook: how long Desk takes to show the article list's first page.

With ``DESK_BENCH_EXIT_AFTER_PAINT=1`` in the environment, the window prints
``first_paint_s=…`` (seconds since the process started) once the article list's
first page is painted, then quits. The bench harness reads that line.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

__all__ = ["BENCH_EXIT_AFTER_PAINT", "FirstPaintHook", "install_first_paint_hook", "seconds_since_process_start"]

BENCH_EXIT_AFTER_PAINT = "DESK_BENCH_EXIT_AFTER_PAINT"
"""The environment variable that turns the hook on."""


def seconds_since_process_start() -> float:
    """Seconds since this process was started (by the kernel's count on Linux, else since Desk was imported)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        import desk_app

        return time.perf_counter() - desk_app.STARTED


class FirstPaintHook(QObject):
    """Watches the article list's viewport; once its first page is painted, prints the time and quits."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._panel = window.list_panel
        self._viewport = window.list_panel.view.viewport()
        self._viewport.installEventFilter(self)

    def _report(self) -> None:
        print(f"first_paint_s={seconds_since_process_start():.3f}", flush=True)
        QApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Paint:
            model = self._panel.model
            # the first page is being painted (its count may follow)
            if not model.querying and (model.rowCount() > 0 or model.matching_count is not None):
                self._viewport.removeEventFilter(self)
                self._viewport = None
                QTimer.singleShot(0, self._report)
        return super().eventFilter(watched, event)


def install_first_paint_hook(window: QMainWindow) -> FirstPaintHook | None:
    """The hook on ``window`` when ``DESK_BENCH_EXIT_AFTER_PAINT`` is set, else None."""
    if os.environ.get(BENCH_EXIT_AFTER_PAINT):
        return FirstPaintHook(window)
    return None
