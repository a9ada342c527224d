"""Run ``desk_app.ui.app.run_gui`` in a test: look at the main window once its list is loaded, then close it.

Imported by name (``from gui_start import run_gui_and_look``): tests/ui/conftest.py puts this folder on sys.path.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk_app.ui.window.main_window import MainWindow


def run_gui_and_look(look: Callable[[MainWindow], None], db_url: str | None = None) -> int:
    """``run_gui(db_url)``; ``look(window)`` runs once the window shows its loaded list, which then closes.

    The application's style and font (run_gui sets them) are put back afterwards.
    """
    from desk_app.ui import app as app_module

    def close_when_shown():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if found and not found[0].list_panel.model.loading:
            look(found[0])
            found[0].close()
        else:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    style, font = QApplication.style().name(), QApplication.font()
    try:
        return app_module.run_gui(db_url)
    finally:
        QApplication.setStyle(style)
        QApplication.setFont(font)
