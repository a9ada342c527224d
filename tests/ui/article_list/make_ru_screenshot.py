"""Screenshot of the article list and its filter bar in Russian (issue 16).

Run from the project root (offscreen; nothing touches your settings)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/article_list/make_ru_screenshot.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots (file ``ru-article-list.png``). The panel is built in
English and then switched to Russian, so the picture also shows that the switch reaches the
headers, the filter bar, the status pills, the dates (QLocale) and the match count.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 6, 10, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def main(out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.workflow import Role
    from desk_app.services.demo import seed_demo_articles
    from desk_app.services.workspace import Workspace
    from desk_app.store.guards import status_check_suspended
    from desk_app.store.models import Article
    from desk_app.ui.article_list.view import ArticleListPanel
    from desk_app.ui.i18n import RUSSIAN, LanguageSwitcher, qm_directory
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import SynchronousTaskRunner

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="desk-ru-list-"))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(qm_directory() / "desk_ru.ts"), "-qm", str(work / "desk_ru.qm")],
                   check=True)
    clock = Clock()
    ws = Workspace.open(f"sqlite:///{work / 'newsroom.sqlite3'}", user="e.morozova", clock=clock)
    ws.ensure_user("e.morozova", Role.EDITOR, "Елена Морозова")
    ws = ws.as_user("e.morozova")
    ids = list(seed_demo_articles(ws))
    states = ["submitted", "approved", "published", "returned", "draft", "submitted", "spiked"]
    with ws.unit() as s, status_check_suspended(s):
        for article_id, status in zip(ids, states, strict=False):
            s.get(Article, article_id).status = status

    panel = ArticleListPanel(ws, SynchronousTaskRunner(), Settings(work / "settings.ini"))
    panel.resize(980, 560)
    panel.start()
    switcher = LanguageSwitcher(app, qm_dir=work)
    assert switcher.apply(RUSSIAN), "desk_ru.qm did not load"
    panel.filter_bar.set_statuses(["submitted", "approved", "published", "draft"])
    panel.filter_bar.search.setText("")
    panel.show()
    for _ in range(5):
        app.processEvents()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "ru-article-list.png"
    panel.grab().save(str(target))
    panel.close()
    ws.close()
    return target


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
