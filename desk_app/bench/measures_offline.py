"""``keystroke_offline_p99_ms``: typing while the field workspace's server is unreachable.

Measured in a fresh process through the real main window (offscreen Qt): a field
workspace whose upstream is a loopback port that accepts TCP connections and
never answers (:class:`Blackhole`, a bounded listener thread of the bench), so
every sync attempt hangs in the connection start-up until its timeout — the
worst kind of "offline". The window has its field sync controller attached (as
the app does), a few saves are queued, and a 20,000-word article is open.
Typing is paced like a person's (a short untimed pause after each key) so the
attempts run during it; Send now is triggered every ``SEND_EVERY`` keys, and
the controller's own retries fire as well. Each keystroke is timed as in
``keystroke_p99_ms`` (measures_ui.type_keys).
"""
from __future__ import annotations

import selectors
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

from desk_app.bench.figures import FAILED, Figure, pending, summary
from desk_app.bench.measures_ui import EDITOR_WORDS, _child, _drain, _long_body, _missing, _ready_to_type, type_keys

KEY = "keystroke_offline_p99_ms"
KEYS = 400
PAUSE_S = 0.03          # between keys, untimed: about 30 keys a second, a fast typist
SEND_EVERY = 60         # keys between two Send now commands
QUEUED = 5              # offline saves waiting in the outbox
BLACKHOLE_LIFETIME_S = 300.0
BLACKHOLE_MAX_CONNECTIONS = 64


class Blackhole:
    """A loopback listener that accepts connections and never sends a byte.

    Bounded: it holds at most ``max_connections`` (later ones are closed at once), stops by
    itself after ``lifetime`` seconds, and closes everything on :meth:`stop` (or leaving ``with``).
    """

    def __init__(self, *, lifetime: float = BLACKHOLE_LIFETIME_S,
                 max_connections: int = BLACKHOLE_MAX_CONNECTIONS):
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._deadline = time.monotonic() + lifetime
        self._max = max_connections
        self._held: list[socket.socket] = []
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-bench-blackhole", daemon=True)

    def __enter__(self) -> Blackhole:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        with selectors.DefaultSelector() as sel:
            sel.register(self._server, selectors.EVENT_READ)
            while not self._stop.is_set() and time.monotonic() < self._deadline:
                if not sel.select(timeout=0.2):
                    continue
                conn, _ = self._server.accept()
                self.accepted += 1
                if len(self._held) < self._max:
                    self._held.append(conn)   # read nothing, answer nothing
                else:
                    conn.close()
        self._close_all()

    def _close_all(self) -> None:
        for conn in self._held:
            conn.close()
        self._held.clear()
        self._server.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)


def offline_figure() -> Figure:
    for module in ("desk_app.ui.editor.pane", "desk_app.ui.field.controller"):
        missing = _missing(module)
        if missing:
            return pending(KEY, missing)
    try:
        r = _child(["offline"], timeout=900, module="desk_app.bench.measures_offline")
    except Exception as exc:  # noqa: BLE001 - reported as a failed figure
        return Figure(KEY, status=FAILED, reason=str(exc))
    k, kk = summary(r["keystroke_ms"]), summary(r["key_only_ms"])
    gaps = summary(r["tick_gap_ms"]) if r["tick_gap_ms"] else None
    return Figure(KEY, value=k["p99"], median=k["median"], p95=k["p95"], p99=k["p99"], details={
        "keys": k["n"], "max": k["max"], "words": r["words"], "key_event_only_p99_ms": kk["p99"],
        "spell_checking": r["spelling"], "sync_rounds_started": r["rounds_started"],
        "sync_rounds_failed_unreachable": r["rounds_unreachable"], "send_now": r["send_now"],
        "connections_to_blackhole": r["connections"], "queued": r["queued"],
        "status_text": r["status_text"], "event_loop_gap_ms": gaps,
        "note": "typing into a 20,000-word article in the main window of a field workspace whose server "
                "accepts TCP and never answers; sync rounds (Send now and retries) run during typing",
    })


def _offline_child() -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.article import ArticleData
    from desk_app.domain.notice import DEMO_NOTICE_TEXT
    from desk_app.services.field import LOGIN, UPSTREAM
    from desk_app.services.field_workspace import FieldWorkspace
    from desk_app.services.workspace import Workspace
    from desk_app.store.models import WorkspaceSetting
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.field.controller import attach
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner
    from desk_app.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-offline-"))
    path = tmp / "field.sqlite3"
    with Blackhole() as hole:
        # A field workspace set up earlier (as `desk field init` leaves it), its server now silent.
        with Workspace.open(f"sqlite:///{path}", user="bench") as ws:
            with ws.unit() as s:
                s.add(WorkspaceSetting(key=UPSTREAM, value=f"postgresql+psycopg://bench@127.0.0.1:{hole.port}/newsroom"))
                s.add(WorkspaceSetting(key=LOGIN, value="bench"))
        field = FieldWorkspace.open(path)
        ws = field.local
        body, words = _long_body(EDITOR_WORDS)
        data = ws.articles.new_draft("ru")
        data.headline, data.lede, data.body = "Хроника: двадцать тысяч слов", "Длинный текст из поля.", body
        long_id = ws.articles.create(data, apply_notice=True).article.id
        for i in range(QUEUED):
            ws.articles.create(ArticleData(headline=f"Из поля {i}", body=f"{DEMO_NOTICE_TEXT}\n\nТекст {i}."))
        tasks = TaskRunner(app)
        window = MainWindow(ws, tasks, Settings(tmp / "settings.ini"), journal=RecoveryJournal(tmp / "recovery"))
        window.resize(1400, 900)
        window.show()
        window.start()
        controller = attach(window)
        if controller is None:
            raise RuntimeError("the window did not attach the field sync controller")
        rounds = {"started": 0, "unreachable": 0, "send_now": 0}
        start_sync, finished = controller.start_sync, controller._finished

        def counting_start() -> bool:
            started = start_sync()
            rounds["started"] += started
            return started

        def counting_finished(report, exc, *rest) -> None:  # type: ignore[no-untyped-def]
            rounds["unreachable"] += exc is not None
            finished(report, exc, *rest)

        controller.start_sync = counting_start            # type: ignore[method-assign]
        controller._bridge.sig_finished.disconnect()
        controller._bridge.sig_finished.connect(counting_finished)
        if not window.open_article(long_id):
            raise RuntimeError("the window did not open the article")
        _drain(app, 2.0)
        spelling = _ready_to_type(app, window.pane)
        # the event loop's own heartbeat: how late a 10 ms timer fires while typing and syncing
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        heartbeat.start()

        def between(i: int) -> None:
            if i % SEND_EVERY == 0:
                rounds["send_now"] += 1
                controller.send_now_action.trigger()
            _drain(app, PAUSE_S)

        keystroke, key_only = type_keys(app, window.pane.editor, KEYS, between)
        heartbeat.stop()
        status_text = controller.text
        queued = field.sync.status().queued
        window.pane.editor.document().undo()   # leave nothing half-typed
        controller.stop()
        tasks.cancel_all()
        tasks.wait(5000)
        connections = hole.accepted
    # the worker's attempt ends by its connect timeout once the blackhole has closed its sockets
    controller.wait(15)
    window.close()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    return {"keystroke_ms": keystroke, "key_only_ms": key_only, "words": words, "spelling": spelling,
            "rounds_started": rounds["started"], "rounds_unreachable": rounds["unreachable"],
            "send_now": rounds["send_now"], "connections": connections, "queued": queued,
            "status_text": status_text, "tick_gap_ms": gaps}


def main(argv: list[str]) -> int:
    import json

    if argv[:1] != ["offline"]:
        raise SystemExit("usage: python -m desk_app.bench.measures_offline offline")
    print("RESULT " + json.dumps(_offline_child()), flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover - the harness's child process
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["Blackhole", "offline_figure"]
