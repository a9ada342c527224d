"""Save a PNG of Desk's main window on a fresh demo workspace.

Run under a real X server (Xvfb will do)::

    DESK_DATA_DIR=$(mktemp -d) xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python tools/screenshot.py docs/screenshots/main-window.png

It opens the window at 1400 × 900 on a new local workspace (so the demo
articles are seeded), selects the Russian published article about the water
cut in Makhachkala, waits for the preview and saves the window as it is drawn.
Settings go to a temporary file: the user's own are never read or changed.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1400, 900


def wait_until(condition, timeout: float = 15.0) -> bool:
    """Process events in short slices (the GIL is free for the workers between them)."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        QTest.qWait(20)
    return condition()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="docs/screenshots/main-window.png", type=Path)
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="desk-screenshot-"))
    os.environ.setdefault("DESK_DATA_DIR", str(scratch / "data"))

    from PySide6.QtWidgets import QApplication

    from desk_app.services.local import open_workspace
    from desk_app.ui.app import configure_application
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    configure_application(app)
    workspace = open_workspace(None)
    tasks = TaskRunner(app)
    window = MainWindow(workspace, tasks, Settings(scratch / "settings.ini"),
                        journal=RecoveryJournal(scratch / "recovery"))
    window.restore_state()
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.start()
    model = window.list_panel.model
    if not wait_until(lambda: model.rowCount() > 0 and not model.loading):
        print("screenshot: the article list did not load", file=sys.stderr)
        return 1

    target = next((row for row in model.loaded_rows()
                   if row.language == "ru" and row.status == "published"
                   and "Махачкал" in row.headline and "вод" in row.headline), None)
    if target is None:
        print("screenshot: the demo article about Makhachkala water is missing", file=sys.stderr)
        return 1
    window.list_panel.view.setFocus()
    window.list_panel.select_article(target.id, notify=True)
    pane = window.pane
    ready = wait_until(lambda: pane.article_id() == target.id and "Махачкал" in pane.preview.text()
                       and not pane.preview.state.text())
    if not ready:
        print("screenshot: the preview did not finish", file=sys.stderr)
        return 1
    wait_until(lambda: False, timeout=0.5)   # let the last paint settle
    args.output.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    if not image.save(str(args.output)):
        print(f"screenshot: cannot write {args.output}", file=sys.stderr)
        return 1
    print(f"screenshot: {args.output} ({image.width()}×{image.height()})")
    tasks.cancel_all()
    tasks.wait()
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
