"""Screenshots of unlabelled mentions in the editor (with the quick fix) and of the registry dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_mentions_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots. Everything is written to a temporary workspace.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "mentions"
BODY = """Суд в Москве оштрафовал правозащитника Льва Пономарёва на 30 тысяч рублей за пикет у здания \
Министерства юстиции.

На заседание пришли сотрудники «Мемориала» и политолог Екатерина Шульман (признана иностранным агентом).

«Мы будем обжаловать решение», — сказал адвокат. Ранее о деле писала «Медуза»."""


def make_screenshots(out_dir: Path, workdir: Path) -> list[Path]:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter, QTextCursor
    from PySide6.QtWidgets import QApplication, QMenu

    from desk_app.domain.article import ArticleData
    from desk_app.services.workspace import Workspace
    from desk_app.ui.app import configure_application
    from desk_app.ui.editor.pane import ArticlePane
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.registry.dialog import RegistryDialog
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import SynchronousTaskRunner

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(f"sqlite:///{workdir / 'mentions.sqlite3'}", user="chief")
    ws.registry.import_file(DATA / "registry.csv")
    article = ws.articles.create(ArticleData(headline="Правозащитника оштрафовали за пикет у Минюста",
                                             lede="Суд назначил штраф в 30 тысяч рублей.", byline="Анна Петрова",
                                             dateline_place="Москва", body=BODY), apply_notice=True).article
    ws.articles.create(ArticleData(headline="«Дождь» получил новую лицензию", body="Телеканал «Дождь» "
                                   "получил лицензию в Нидерландах."), apply_notice=True)
    tasks = SynchronousTaskRunner()
    pane = ArticlePane(ws, tasks, Settings(workdir / "s.ini"), RecoveryJournal(workdir / "recovery"))
    pane.resize(1300, 760)
    pane.show()
    pane.open_article(article.id)
    app.processEvents()
    mark = pane.mentions.marked[0]
    cursor = pane.editor.textCursor()
    cursor.setPosition(mark.start + 3)
    pane.editor.setTextCursor(cursor)
    app.processEvents()
    rect = pane.editor.cursorRect(cursor)
    menu = QMenu(pane.editor)
    menu.addAction("Undo")
    menu.addAction("Cut")
    menu.addAction("Copy")
    menu.addAction("Paste")
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(mark.start + 3)
    for extend in pane.editor.menu_extenders:
        extend(menu, pane.editor.cursorRect(cursor).center())
    menu.adjustSize()
    shot = pane.grab()
    at = pane.editor.viewport().mapTo(pane, QPoint(rect.left(), rect.bottom() + 4))
    painter = QPainter(shot)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    editor_path = out_dir / "mentions-editor.png"
    shot.save(str(editor_path))

    dialog = RegistryDialog(ws, tasks)
    dialog.resize(960, 640)
    dialog.show()
    dialog.find_affected(None)
    dialog.status.setText("Imported registry.csv: 14 added, 0 updated, 0 unchanged.")
    import time
    deadline = time.monotonic() + 20
    while dialog.affected.model().rowCount() == 0 and time.monotonic() < deadline:   # the report's task
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    dialog_path = out_dir / "registry-dialog.png"
    dialog.grab().save(str(dialog_path))
    dialog.close()
    pane.close()
    ws.close()
    return [editor_path, dialog_path]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        for path in make_screenshots(target, Path(tmp)):
            print(path)
