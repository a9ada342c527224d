"""Save PNGs of Desk's main window on a fresh demo workspace.

Run under a real X server (Xvfb will do)::

    DESK_DATA_DIR=$(mktemp -d) xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python tools/screenshot.py docs/screenshots/main-window.png

It opens the window at 1400 × 900 on a new local workspace (so the demo
articles are seeded), selects the Russian published article about the water
cut in Makhachkala, waits for the preview and saves the window as it is drawn.
Settings go to a temporary file: the user's own are never read or changed.

Other scenes (``--scene``):

* ``notice`` — the article pane on the Kislovodsk draft after an attempt to
  delete the protected notice: the block and the refusal message
  (docs/screenshots/editor-notice.png).
* ``pairing`` — the pairing page inside the window: the Makhachkala original
  was corrected after its translation was done, so one pair needs an update
  and the side panel shows the word diff (docs/screenshots/pairing-outdated.png).
* ``archive`` — the window on a big workspace (``--db``, e.g. the benchmark's
  million-article SQLite file, as ``bench_editor``): the list scrolled down
  60 pages (12,000 articles), then to the middle of what is loaded, where the
  pages dropped from memory are read again (docs/screenshots/archive-list.png).
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
    parser.add_argument("--scene", choices=("main", "notice", "pairing", "archive"), default="main")
    parser.add_argument("--db", help="workspace URL for the archive scene")
    args = parser.parse_args(argv)
    if args.scene == "archive" and not args.db:
        parser.error("the archive scene needs --db URL")

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
    if args.scene == "archive":
        from desk_app.services.workspace import Workspace

        workspace = Workspace.open(args.db, user="bench_editor")
    else:
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
    if args.scene == "archive":
        return finish(archive_scene(window, model, wait_until), window, args.output, tasks, app, workspace)

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
    target_widget = window
    if args.scene == "notice":
        target_widget = notice_scene(window, model, wait_until)
    elif args.scene == "pairing":
        pairing_scene(window, workspace, target.id, wait_until)
    return finish(target_widget, window, args.output, tasks, app, workspace)


def finish(target_widget, window, output: Path, tasks, app, workspace) -> int:
    """Save ``target_widget`` as drawn, then close everything."""
    if target_widget is None:
        return 1
    wait_until(lambda: False, timeout=0.5)   # let the last paint settle
    output.parent.mkdir(parents=True, exist_ok=True)
    image = target_widget.grab()
    if not image.save(str(output)):
        print(f"screenshot: cannot write {output}", file=sys.stderr)
        return 1
    print(f"screenshot: {output} ({image.width()}×{image.height()})")
    window.close()
    tasks.cancel_all()
    tasks.wait()
    app.processEvents()
    workspace.close()
    return 0


def archive_scene(window, model, wait_until):
    """Scroll the list 60 pages down, then to the middle of them: dropped pages are read again."""
    view = window.list_panel.view
    bar = view.verticalScrollBar()
    wait_until(lambda: not model.counting, timeout=30)   # paging past the first page waits for the count
    for _ in range(60):
        if not model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        if not wait_until(lambda: not model.loading, timeout=30):
            print("screenshot: a page did not load", file=sys.stderr)
            return None
    bar.setValue(bar.maximum() // 2)
    view.viewport().repaint()
    middle = view.rowAt(view.viewport().height() // 2)
    window.list_panel.select_article(model.article_id(middle), notify=True)
    if not wait_until(lambda: model.row_data(middle) is not None and window.pane.article_id() is not None, 30):
        print("screenshot: the dropped page was not read again", file=sys.stderr)
        return None
    wait_until(lambda: not window.pane.preview.state.text(), timeout=10)
    return window


def notice_scene(window, model, wait_until):
    """Open the Kislovodsk draft and try to delete its notice with Backspace; return the pane."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    draft = next((row for row in model.loaded_rows() if row.status == "draft" and row.language == "ru"), None)
    if draft is None:
        print("screenshot: the demo draft is missing", file=sys.stderr)
        return None
    window.list_panel.select_article(draft.id, notify=True)
    pane = window.pane
    if not wait_until(lambda: pane.article_id() == draft.id and not pane.preview.state.text()):
        return None
    editor = pane.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(40)                     # inside the notice block
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    wait_until(lambda: bool(pane.area.message_bar.text()), timeout=3)
    return pane


def pairing_scene(window, workspace, original_id, wait_until) -> None:
    """Correct the original after its translation was done (one pair needs an update); show the pairing page."""
    from desk_app.domain.workflow import Action

    translation_id = workspace.pairing.resolve(original_id)
    view = workspace.pairing.prepare(translation_id)
    for pair in view.pairs:
        if pair.effective_state != "translated" and pair.target_text.strip():
            workspace.pairing.mark(translation_id, pair.ordinal, "translated")
    workspace.workflow.perform(original_id, Action.CORRECT, "The number of tankers was updated by the mayor's office")
    workspace.workflow.perform(translation_id, Action.CORRECT, "Follow the correction of the original")
    original = workspace.articles.get(original_id)
    original.body = original.body.replace("привлечены 35 автоцистерн", "привлечены 42 автоцистерны")
    workspace.articles.save(original, apply_notice=True, note="Correction: 42 tankers")
    window.list_panel.refresh()
    ui = window.workflow_ui
    ui.show_pairing(translation_id)
    pairing = ui.pairing_view
    wait_until(lambda: pairing.pair_view is not None and pairing.pair_view.translation.id == translation_id)
    wait_until(lambda: False, timeout=0.3)
    rows = range(pairing.model.FIRST_PAIR_ROW, pairing.model.rowCount())
    stale = next((r for r in rows if pairing.model.state(r) == "needs_update"), None)
    if stale is not None:
        pairing.table.setCurrentIndex(pairing.model.index(stale, 2))   # the translation of the stale pair
        pairing.table.scrollTo(pairing.model.index(stale, 2))


if __name__ == "__main__":
    raise SystemExit(main())
