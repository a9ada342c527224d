"""UI figures, each measured in a fresh process through the real widgets (offscreen Qt).

Design notes: docs/architecture.md, “desk_app.bench.measures_ui”.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desk_app.bench.figures import FAILED, Figure, pending, summary

COLD_RUNS = 5
KEYS = 300
PREVIEWS = 12
EDITOR_WORDS = 20_000
SCROLL_LIMIT_S = float(os.environ.get("DESK_BENCH_SCROLL_LIMIT_S", "1800"))


def _env(tmp: Path) -> dict:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp / "xdg"),
        "HOME": str(tmp / "home"),
    })
    env.pop("DESK_DB", None)
    return env


def _missing(module: str) -> str | None:
    import importlib.util

    try:
        return None if importlib.util.find_spec(module) is not None else f"{module} does not exist yet"
    except ModuleNotFoundError:
        return f"{module} does not exist yet"


def _child(args: list[str], timeout: float, module: str = "desk_app.bench.measures_ui") -> dict:
    """Run ``module``'s measuring ``main`` in a fresh process; the dict it printed on its RESULT line."""
    with tempfile.TemporaryDirectory(prefix="desk-bench-ui-") as tmp:
        proc = subprocess.run([sys.executable, "-m", module, *args], env=_env(Path(tmp)),
                              capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    raise RuntimeError(f"the measuring process ended with {proc.returncode}: {tail}")


# ---------------------------------------------------------------------------------------------
# cold start

def byte_compile_desk() -> None:
    """Write Desk's ``.pyc`` files, as ``pip install`` does for an installed wheel.

    A checkout run with ``PYTHONDONTWRITEBYTECODE`` (set on some build machines) would otherwise
    compile every module from source at each start, about 0.3 s that no installed Desk spends.
    """
    import compileall

    import desk_app

    compileall.compile_dir(str(Path(desk_app.__file__).parent), quiet=1)


def cold_start(url: str | None, size: int, unavailable: str | None, runs: int = COLD_RUNS) -> Figure:
    if url is None:
        return pending("cold_start_s", unavailable or "no SQLite corpus")
    missing = _missing("desk_app.ui.bench_hook")
    if missing:
        return pending("cold_start_s", f"{missing}: the window has no first-paint hook to report the time")
    byte_compile_desk()
    samples, walls = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="desk-bench-cold-") as tmp:
            env = _env(Path(tmp))
            env["DESK_BENCH_EXIT_AFTER_PAINT"] = "1"
            t0 = time.perf_counter()
            try:
                proc = subprocess.run([sys.executable, "-m", "desk_app", "--db", url], env=env,
                                      capture_output=True, text=True, timeout=120)
            except subprocess.TimeoutExpired:
                return Figure("cold_start_s", status=FAILED, reason="the window did not paint its list within 120 s")
            wall = time.perf_counter() - t0
        line = next((x for x in proc.stdout.splitlines() if x.startswith("first_paint_s=")), None)
        if line is None:
            tail = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
            return Figure("cold_start_s", status=FAILED, reason=f"no first_paint_s line from the window: {tail}")
        samples.append(float(line.split("=", 1)[1]))
        walls.append(wall)
    s = summary(samples, digits=3)
    return Figure("cold_start_s", value=s["p95"], median=s["median"], p95=s["p95"],
                  details={"runs": runs, "articles": size, "wall_to_exit_median_s": round(sorted(walls)[len(walls) // 2], 3),
                           "note": "process start (kernel) to the first painted list page; OS file cache warm; "
                                   "Desk's bytecode compiled first, as pip does when it installs the wheel"})


# ---------------------------------------------------------------------------------------------
# editor

def editor_figures() -> dict[str, Figure]:
    keys = ("keystroke_p99_ms", "preview_ms")
    missing = _missing("desk_app.ui.editor.pane")
    if missing:
        return {k: pending(k, missing) for k in keys}
    try:
        result = _child(["editor"], timeout=900)
    except Exception as exc:
        return {k: Figure(k, status=FAILED, reason=str(exc)) for k in keys}
    k, kk, p = summary(result["keystroke_ms"]), summary(result["key_only_ms"]), summary(result["preview_ms"])
    return {
        "keystroke_p99_ms": Figure("keystroke_p99_ms", value=k["p99"], median=k["median"], p95=k["p95"], p99=k["p99"],
                                   details={"keys": k["n"], "max": k["max"], "words": result["words"],
                                            "key_event_only_p99_ms": kk["p99"],
                                            "gui_thread_cpu_p99_ms": (summary(result["keystroke_cpu_ms"])["p99"]
                                                                      if result.get("keystroke_cpu_ms") else None),
                                            "spell_checking": result.get("spelling", "off"),
                                            "note": "QTest.keyClick plus processing the events it queues (paint)"}),
        "preview_ms": Figure("preview_ms", value=p["p95"], median=p["median"], p95=p["p95"],
                             details={"refreshes": p["n"], "max": p["max"], "pause_ms": result["pause_ms"],
                                      "note": "from the end of the typing pause to the new HTML shown"}),
    }


def _editor_child() -> dict:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk_app.services.workspace import Workspace
    from desk_app.ui.editor.pane import ArticlePane
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.settings import Options, Settings
    from desk_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-editor-"))
    ws = Workspace.open(f"sqlite:///{tmp / 'editor.sqlite3'}", user="bench")
    tasks = TaskRunner(app)
    settings = Settings(tmp / "settings.ini")
    pane = ArticlePane(ws, tasks, settings, RecoveryJournal(tmp / "recovery"))
    pane.resize(1400, 900)
    pane.show()
    body, words = _long_body(EDITOR_WORDS)
    data = ws.articles.new_draft("ru")
    data.headline, data.lede, data.body = "Хроника: двадцать тысяч слов", "Длинный текст для проверки редактора.", body
    saved = ws.articles.create(data, apply_notice=True).article
    if not pane.open_article(saved.id):
        raise RuntimeError("the pane did not open the article")
    _drain(app, 2.0)
    spelling = _ready_to_type(app, pane)
    editor = pane.editor
    ready: list[float] = []
    original = pane._preview_ready

    def preview_ready(result, generation):
        original(result, generation)
        ready.append(time.perf_counter())

    pane._preview_ready = preview_ready  # the pane looks it up when a preview arrives
    pause = settings.get(Options.preview_delay_ms)
    cpu: list[float] = []
    keystroke, key_only = type_keys(app, editor, KEYS, cpu=cpu)
    previews = []
    for i in range(PREVIEWS):
        ready.clear()
        QTest.keyClick(editor, "абвгдеж"[i % 7])
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        typed = time.perf_counter()
        deadline = typed + 30
        while not ready and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if not ready:
            raise RuntimeError("the preview did not refresh within 30 s")
        previews.append((ready[0] - typed) * 1000 - pause)
        _drain(app, 0.2)
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # leave nothing half-typed
    tasks.cancel_all()
    tasks.wait(5000)
    ws.close()
    return {"keystroke_ms": keystroke, "key_only_ms": key_only, "preview_ms": previews, "words": words,
            "pause_ms": pause, "spelling": spelling, "keystroke_cpu_ms": cpu}


def _ready_to_type(app, pane) -> str:
    """Wait for the first spell check (on, as for a user), put the cursor mid-article; "on (ru)"/"off"."""
    spell = getattr(pane, "spell", None)
    if spell is not None and os.environ.get("DESK_BENCH_SPELLING") == "off":   # for comparisons only
        spell.set_enabled(False)
        spell = None
    deadline = time.perf_counter() + 30
    while spell is not None and spell.checker is None and time.perf_counter() < deadline:
        _drain(app, 0.1)
    editor = pane.editor
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    editor.setFocus()
    return f"on ({spell.language})" if spell is not None and spell.checker is not None else "off"


def type_keys(app, editor, keys: int, between=None, cpu: list[float] | None = None) -> tuple[list[float], list[float]]:
    """Type ``keys`` characters into ``editor``: each keystroke's ms (key event plus the events it
    queued, paint included) and the key event's alone. ``between(i)``, if given, runs untimed
    after key ``i`` (pauses, commands fired while typing). ``cpu``, if given, receives each
    keystroke's CPU time of the GUI thread (what it costs, without waiting for a core)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest

    text = "Жители села сообщили корреспонденту о перебоях с водой и газом. "
    keystroke, key_only = [], []
    for i in range(keys):
        ch = text[i % len(text)]
        c0 = time.thread_time()
        t0 = time.perf_counter()
        QTest.keyClick(editor, ch)
        t1 = time.perf_counter()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        t2 = time.perf_counter()
        if cpu is not None:
            cpu.append((time.thread_time() - c0) * 1000)
        key_only.append((t1 - t0) * 1000)
        keystroke.append((t2 - t0) * 1000)
        if between is not None:
            between(i)
    return keystroke, key_only


def _long_body(words_wanted: int) -> tuple[str, int]:
    """A realistic Russian body of about ``words_wanted`` words (notice first), from the corpus generator."""
    import random
    from datetime import datetime, timezone

    from desk_app.bench import corpus
    from desk_app.domain.article import count_words

    lex = corpus.lexicon(corpus.DEFAULT_SEED)
    rng = random.Random("editor")
    ctx = corpus._Article(lex, rng, datetime(2025, 3, 1, tzinfo=timezone.utc))
    plan: list = []
    while True:
        plan += corpus._plan_body(ctx, 2000)
        text = corpus._render_body(plan, "ru", lex)
        words = count_words(text)
        if words >= words_wanted:
            return corpus.NOTICE_PARAGRAPH + text, words


def _drain(app, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


# ---------------------------------------------------------------------------------------------
# scrolling and memory

def scroll_figures(url: str | None, unavailable: str | None) -> dict[str, Figure]:
    keys = ("scroll_s", "rss_mb")
    if url is None:
        return {k: pending(k, unavailable or "no SQLite corpus") for k in keys}
    missing = _missing("desk_app.ui.article_list.row_pages")
    if missing:
        return {k: pending(k, missing) for k in keys}
    try:
        r = _child(["scroll", url], timeout=SCROLL_LIMIT_S + 600)
    except Exception as exc:
        return {k: Figure(k, status=FAILED, reason=str(exc)) for k in keys}
    details = {k: r[k] for k in ("rows", "pages", "matching", "first_page_s", "rss_open_mb", "finished",
                                 "back_to_top_ms", "middle_ms", "rows_in_memory")}
    pages = summary(r["page_ms"]) if r["page_ms"] else None
    if not r["finished"]:
        scroll = Figure("scroll_s", status=FAILED, details=details,
                        reason=f"stopped after {SCROLL_LIMIT_S:.0f} s with {r['rows']:,} of {r['matching']:,} rows")
    else:
        scroll = Figure("scroll_s", value=round(r["scroll_s"], 2), median=round(r["scroll_s"], 2),
                        p95=round(r["scroll_s"], 2), details={**details, "page_ms": pages})
    rss = Figure("rss_mb", value=round(r["rss_peak_mb"]), median=round(r["rss_peak_mb"]), p95=round(r["rss_peak_mb"]),
                 details={"rss_open_mb": r["rss_open_mb"], "rss_scrolled_mb": r["rss_scrolled_mb"],
                          "rows_loaded": r["rows"], "rows_in_memory": r["rows_in_memory"],
                          "note": "peak RSS of the process showing the list, scrolled to the bottom and back"})
    return {"scroll_s": scroll, "rss_mb": rss}


def _rss_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _rss_peak_mb()


def _scroll_child(url: str) -> dict:
    """The article list panel in a window, dragged to the bottom until everything is loaded, then back."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desk_app.bench.corpus import BENCH_EDITOR
    from desk_app.services.workspace import Workspace
    from desk_app.ui.article_list.view import ArticleListPanel
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    ws = Workspace.open(url, user=BENCH_EDITOR)
    tasks = TaskRunner(app)
    settings_dir = tempfile.mkdtemp(prefix="desk-bench-settings-")
    panel = ArticleListPanel(ws, tasks, Settings(Path(settings_dir) / "desk.ini"))
    panel.resize(1100, 800)
    panel.show()
    model, view = panel.model, panel.view
    bar = view.verticalScrollBar()

    def settle() -> None:
        app.processEvents()
        while model.loading or model.matching_count is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        app.processEvents()

    panel.start()
    settle()
    first = time.perf_counter() - t0
    rss_open = _rss_now_mb()
    page_ms, pages = [], 0
    started = time.perf_counter()
    finished = True
    while model.canFetchMore():
        p0 = time.perf_counter()
        bar.setValue(bar.maximum())        # at the bottom the view asks the model for the next page
        settle()
        page_ms.append((time.perf_counter() - p0) * 1000)
        pages += 1
        if time.perf_counter() - started > SCROLL_LIMIT_S:
            finished = not model.canFetchMore()
            break
    scroll = time.perf_counter() - started
    rss_scrolled = _rss_now_mb()

    def shown_at(value: int) -> float:
        """Milliseconds until the rows at ``value`` are painted with their data (pages read again)."""
        p0 = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        row = view.rowAt(view.viewport().height() // 2)
        while model.row_data(max(row, 0)) is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            view.viewport().repaint()
        return (time.perf_counter() - p0) * 1000

    back = shown_at(0)
    middle = shown_at(bar.maximum() // 2)
    result = {"scroll_s": scroll, "rows": model.rowCount(), "pages": pages, "matching": model.matching_count,
              "rss_scrolled_mb": round(rss_scrolled), "first_page_s": round(first, 3),
              "rss_open_mb": round(rss_open), "rss_peak_mb": _rss_peak_mb(), "page_ms": page_ms,
              "back_to_top_ms": round(back, 1), "middle_ms": round(middle, 1),
              "rows_in_memory": len(model.loaded_rows()), "finished": finished}
    tasks.cancel_all()
    tasks.wait(5000)
    ws.close()
    return result


def main(argv: list[str]) -> int:
    mode = argv[0]
    result = _editor_child() if mode == "editor" else _scroll_child(argv[1])
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover - the harness's child process
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["cold_start", "editor_figures", "scroll_figures"]
