"""Screenshots of the editor's queue and of a revision diff, from a realistic newsroom state.

Run from the project root (offscreen; nothing touches your settings)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/workflow/make_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots. The state: five authors; Russian
originals and English translations submitted over the morning (08:45 to 12:29 MSK) (Moscow
time), one published original, one returned article, and one article
with four revisions in which the headline and a body paragraph changed.
``tests/ui/workflow/test_screenshots.py`` runs this into a temporary folder.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.domain.article import ArticleData
from desk_app.domain.frontmatter import parse_article
from desk_app.domain.workflow import Action, Role

START = datetime(2026, 11, 23, 5, 40, tzinfo=timezone.utc)   # 08:40 MSK

PEOPLE = {
    "e.morozova": (Role.EDITOR, "Елена Морозова"),
    "p.gasanova": (Role.CORRESPONDENT, "Патимат Гасанова"),
    "a.shogenov": (Role.CORRESPONDENT, "Аслан Шогенов"),
    "i.samoylenko": (Role.CORRESPONDENT, "Ирина Самойленко"),
    "d.wilson": (Role.TRANSLATOR, "David Wilson"),
}

CHEGEM_EN = """The road through the Chegem Gorge in Kabardino-Balkaria has reopened to traffic, three days \
after a mudflow cut off the villages of Bulungu and Eltyubyu, the republic's Ministry of Transport reported.

Road workers cleared about 40 metres of the carriageway covered with stones and mud. Traffic is allowed \
in one lane during daylight hours; the speed limit on the damaged section is 20 km/h.

Residents of the upper villages told a Caucasian Knot correspondent that bread and medicines had been \
brought in by an all-terrain vehicle of the Emergencies Ministry while the road was closed."""


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def demo(name: str) -> ArticleData:
    text = (resources.files("desk_app.demo") / name).read_text(encoding="utf-8")
    data, _extra = parse_article(text)
    return data.copy(status="draft", published_at=None, translated_from=None, translation_id=None)


def build_state(ws, clock: Clock) -> dict[str, str]:
    """Fill ``ws`` (opened as an editor) with the newsroom's morning; returns article ids by key."""
    for login, (role, name) in PEOPLE.items():
        ws.ensure_user(login, role, name)
    as_ = {login: ws.as_user(login) for login in PEOPLE}
    ids: dict[str, str] = {}

    def create(login: str, data: ArticleData, key: str) -> str:
        data.author_login = login
        ids[key] = as_[login].articles.create(data, apply_notice=True).article.id
        return ids[key]

    def submit(login: str, key: str, after_minutes: float, note: str = "") -> None:
        clock.advance(after_minutes)
        as_[login].workflow.perform(ids[key], Action.SUBMIT, note=note)

    # Yesterday's story is already out; its translation waits in the queue.
    create("p.gasanova", demo("makhachkala-water.md"), "water")
    for action in (Action.SUBMIT, Action.APPROVE, Action.PUBLISH):
        as_["e.morozova" if action != Action.SUBMIT else "p.gasanova"].workflow.perform(ids["water"], action)
    create("a.shogenov", demo("nalchik-heating-court.md"), "nalchik")
    create("a.shogenov", demo("chegem-road-reopened.md"), "chegem")
    create("p.gasanova", demo("kislovodsk-by-election.md").copy(
        byline="Патимат Гасанова", lede="Довыборы в городскую думу Кисловодска пройдут в единый день голосования."), "kislovodsk")
    create("p.gasanova", demo("derbent-carpet-festival.md"), "derbent")

    submit("a.shogenov", "nalchik", 5)                    # 08:45 MSK — the oldest
    clock.advance(40)
    water_en = demo("makhachkala-water-en.md").copy(translated_from=ids["water"])
    create("d.wilson", water_en, "water_en")
    submit("d.wilson", "water_en", 35)                    # 10:00
    submit("a.shogenov", "chegem", 50)                    # 10:50
    chegem_en = ArticleData(
        language="en", headline="Road through Chegem Gorge reopened after mudflow",
        lede="Traffic has resumed on the road through the Chegem Gorge, closed for three days by a mudflow.",
        byline="Aslan Shogenov", dateline_place="Nalchik", source="Caucasian Knot correspondent",
        body=CHEGEM_EN, translated_from=ids["chegem"])
    create("d.wilson", chegem_en, "chegem_en")

    # The article whose history the diff shows: four revisions.
    clock.advance(12)
    stavropol = demo("stavropol-landfill-protest.md")
    create("i.samoylenko", stavropol, "stavropol")                                   # revision 1
    clock.advance(26)
    first = as_["i.samoylenko"].articles.get(ids["stavropol"])
    first.headline = "Жители пригорода Ставрополя провели пикет против расширения мусорного полигона"
    second = as_["i.samoylenko"].articles.save(first).article                        # revision 2
    clock.advance(19)
    second.body = second.body.replace(
        "Организаторы говорят, что собрали под обращением более 1500 подписей.",
        "По словам организаторов, под обращением уже подписались более 2000 жителей пригорода.")
    as_["i.samoylenko"].articles.save(second)                                        # revision 3
    submit("i.samoylenko", "stavropol", 7,
           note="Уточнила заголовок и число подписей под обращением.")               # revision 4, 11:54
    submit("d.wilson", "chegem_en", 21)                                              # 12:15
    submit("p.gasanova", "kislovodsk", 14)                                           # 12:29

    # Returned to its author with a note (for the ReturnedList).
    submit("p.gasanova", "derbent", 2)
    clock.advance(4)
    as_["e.morozova"].workflow.perform(
        ids["derbent"], Action.RETURN,
        note="Уточните число мастериц и откуда они приехали; во втором абзаце нужна ссылка на организаторов.")
    clock.advance(9)                                                                 # now: 12:44 MSK
    return ids


def make_screenshots(out_dir: Path, workdir: Path) -> tuple[Path, Path, Path]:
    """Build the state in a new SQLite file under ``workdir``; save the queue, the diff and the returned list."""
    from PySide6.QtWidgets import QApplication

    from desk_app.services.workspace import Workspace
    from desk_app.ui.tasks import SynchronousTaskRunner
    from desk_app.ui.workflow.history import HistoryPanel
    from desk_app.ui.workflow.queue import EditorQueue
    from desk_app.ui.workflow.returned import ReturnedList

    app = QApplication.instance()
    if app is None:                 # run as a script: a fixed style so the pictures are reproducible
        app = QApplication([])
        app.setStyle("Fusion")
    out_dir.mkdir(parents=True, exist_ok=True)
    clock = Clock(START)
    ws = Workspace.open(f"sqlite:///{workdir / 'newsroom.sqlite3'}", user="e.morozova", clock=clock)
    try:
        ws.ensure_user("e.morozova", Role.EDITOR, "Елена Морозова")
        ws = ws.as_user("e.morozova")
        ids = build_state(ws, clock)
        tasks = SynchronousTaskRunner()

        queue = EditorQueue(ws, tasks)
        queue.resize(1120, 470)
        queue.refresh()
        queue.select_ids([ids["chegem"]])
        queue.show()
        app.processEvents()
        queue_png = out_dir / "editors-queue.png"
        queue.grab().save(str(queue_png))

        history = HistoryPanel(ws, tasks)
        history.resize(1120, 760)
        history.set_article(ids["stavropol"])
        history.show()
        app.processEvents()
        history.splitter.setSizes([230, 500])
        history.select_numbers([1, 4])
        app.processEvents()
        diff_png = out_dir / "revision-diff.png"
        history.grab().save(str(diff_png))

        returned = ReturnedList(ws.as_user("p.gasanova"), tasks)
        returned.resize(900, 260)
        returned.refresh()
        returned.show()
        app.processEvents()
        returned_png = out_dir / "returned-list.png"
        returned.grab().save(str(returned_png))
        for widget in (queue, history, returned):
            widget.close()
            widget.deleteLater()
        app.processEvents()
    finally:
        ws.close()
    return queue_png, diff_png, returned_png


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        for path in make_screenshots(target, Path(tmp)):
            print(path)
