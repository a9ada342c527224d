"""Screenshots of the Russian interface: the main window and the Connect dialog.

Run from the project root (after ``make``, which compiles the translations), best under a
virtual X server of a fixed size::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/ui/make_russian_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots. The window opens on a new local workspace with the demo
articles, in a temporary folder (your own data and settings are never read), with View → Language
set to Русский.

1. ru-main-window.png — the article list, an open article, menus, toolbar and status bar in Russian.
2. ru-dialog.png — File → Connect to shared database… with a profile being filled in.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    temp = Path(tempfile.mkdtemp(prefix="desk-ru-shots-"))
    os.environ["DESK_DATA_DIR"] = str(temp / "data")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk_app.services.local import open_workspace
    from desk_app.ui.app import configure_application
    from desk_app.ui.i18n import RUSSIAN, LanguageSwitcher
    from desk_app.ui.settings import Options, Settings
    from desk_app.ui.tasks import TaskRunner
    from desk_app.ui.window.ids import Command
    from desk_app.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings = Settings(temp / "settings.ini")
    settings.set(Options.language, RUSSIAN)
    if not LanguageSwitcher(app).apply(RUSSIAN):
        print("desk_ru.qm is missing: run make first", file=sys.stderr)
        return 1
    workspace = open_workspace(None)
    tasks = TaskRunner(app)
    window = MainWindow(workspace, tasks, settings)
    window.resize(1400, 900)
    window.show()
    window.start()
    QTest.qWait(1500)
    model = window.list_panel.model
    rows = [model.row_data(r) for r in range(model.rowCount())]
    chosen = next((r for r in rows if r.language == "ru" and r.status == "published"), rows[0] if rows else None)
    if chosen is not None:
        window.list_panel.select_article(chosen.id)
        window.open_article(chosen.id)
    QTest.qWait(2500)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "ru-main-window.png"))

    window.commands[Command.CONNECT_SHARED].trigger()
    dialog = window.shared.dialog
    dialog.name_edit.setText("Редакция")
    dialog.host_edit.setText("db.newsroom.example")
    dialog.user_edit.setText("e.morozova")
    dialog.password_edit.setText("secret")
    QTest.qWait(800)
    dialog.grab().save(str(out / "ru-dialog.png"))
    dialog.reject()
    tasks.cancel_all()
    tasks.wait(5000)
    window.pane.maybe_close = lambda: True   # nothing to ask about: the screenshots are taken
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
