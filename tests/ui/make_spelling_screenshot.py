"""Screenshot of spelling squiggles with the suggestion menu open in the article editor.

Run from the project root (offscreen Qt unless a display is there)::

    .venv/bin/python tests/ui/make_spelling_screenshot.py [OUT_DIR]

A temporary local workspace gets the demo article about Makhachkala's water with two typos
typed in; the editor checks it in a worker, and the context menu of the first typo is
drawn over the window: docs/screenshots/spelling-suggestions.png. Then the pairing view of that
article and its English translation, with a typo on each side, each checked in its own language:
docs/screenshots/spelling-pairing.png.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPOS = {"магистрального водовода": "магистрального вадовода", "привлечены 35": "привлеченны 35"}
EN_TYPOS = {"water main": "water mian", "residents": "residnets"}


def main(out_dir: Path) -> tuple[Path, Path]:
    tmp = Path(tempfile.mkdtemp(prefix="desk-spelling-shot-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["DESK_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.frontmatter import parse_article
    from desk_app.services.demo import demo_files
    from desk_app.services.workspace import Workspace
    from desk_app.ui.editor.pane import ArticlePane
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open(f"sqlite:///{tmp / 'shot.sqlite3'}", user="p.gasanova")
    text = dict(demo_files())["makhachkala-water.md"]
    data, _ = parse_article(text)
    for right, wrong in TYPOS.items():
        data.body = data.body.replace(right, wrong, 1)
    data.status = "draft"
    stored = ws.articles.create(data, apply_notice=True).article
    tasks = TaskRunner(app)
    pane = ArticlePane(ws, tasks, Settings(tmp / "settings.ini"), RecoveryJournal(tmp / "recovery"))
    pane.resize(1400, 860)
    pane.show()
    pane.open_article(stored.id)
    deadline = time.time() + 20
    while (pane.spell.checker is None or pane.spell._pending_repaint) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    _wait(app, 3.0)   # the preview renders in a worker too: let it arrive on a busy machine
    editor = pane.editor
    block = editor.document().findBlock(editor.body().index("вадовода") + 1)
    while "вадовода" not in block.text():
        block = block.next()
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + block.text().index("вадовода") + 3)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    app.processEvents()
    point = editor.cursorRect(cursor).center()
    menu = editor.createStandardContextMenu(point)
    for extend in editor.menu_extenders:
        extend(menu, point)
    below = editor.cursorRect(cursor).height() // 2 + 6   # the menu opens under the word, as on a right click
    at = editor.viewport().mapTo(pane, point) + QPoint(-20, below)
    menu.popup(pane.mapToGlobal(at))
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    shot = pane.grab()
    painter = QPainter(shot)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "spelling-suggestions.png"
    shot.save(str(path))
    menu.close()
    pairing_path = _pairing_shot(app, ws, tasks, tmp, stored.id, out_dir)
    tasks.cancel_all()
    tasks.wait(5000)
    ws.close()
    return path, pairing_path


def _pairing_shot(app, ws, tasks, tmp: Path, original_id: str, out_dir: Path) -> Path:
    from desk_app.domain.frontmatter import parse_article
    from desk_app.services.demo import demo_files
    from desk_app.ui.pairing.view import PairingView
    from desk_app.ui.settings import Settings

    data, _ = parse_article(dict(demo_files())["makhachkala-water-en.md"])
    for right, wrong in EN_TYPOS.items():
        data.body = data.body.replace(right, wrong, 1)
    data.translated_from = data.translation_id = original_id
    data.status = "draft"
    translation = ws.articles.create(data, apply_notice=True).article
    view = PairingView(ws, tasks, Settings(tmp / "pairing.ini"))
    view.resize(1400, 760)
    view.show()
    view.open_translation(translation.id)
    _wait(app, 8.0)
    path = out_dir / "spelling-pairing.png"
    view.grab().save(str(path))
    return path


def _wait(app, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
