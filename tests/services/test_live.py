"""Live refresh on real PostgreSQL: notifications arrive, a killed or restarted connection comes back."""
from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from glob import glob
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.live import (
    MSG_CONNECTED,
    MSG_LOST,
    MSG_RECONNECTED,
    MSG_RETRYING,
    ChangeListener,
    NullListener,
    listener_for,
)
from desk_app.services.workspace import Workspace
from desk_app.store.pg_listen import connect_kwargs


class Recorder:
    """Collects the listener's callbacks (called in its thread) in one queue."""

    def __init__(self):
        self.events: queue.Queue = queue.Queue()

    def article(self, article_id, version):
        self.events.put(("article", article_id, version))

    def lock(self, article_id):
        self.events.put(("lock", article_id))

    def state(self, connected, message):
        self.events.put(("state", connected, message))

    def resync(self):
        self.events.put(("resync",))

    def listener(self, url, **options) -> ChangeListener:
        return ChangeListener(url, self.article, self.lock, self.state, self.resync, **options)

    def wait_for(self, predicate, timeout: float) -> tuple:
        """The first event matching ``predicate`` within ``timeout`` seconds (others are dropped)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching event within {timeout} s")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if predicate(event):
                return event


@pytest.fixture(scope="module")
def live_url(pg_database_factory) -> str:
    return pg_database_factory("desk_live").render_as_string(hide_password=False)


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def running(live_url, recorder):
    listener = recorder.listener(live_url).start()
    recorder.wait_for(lambda e: e == ("state", True, MSG_CONNECTED), 5)
    yield listener
    assert listener.stop()


def article(ws) -> ArticleData:
    return ws.articles.create(ArticleData(headline="Живая лента", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article


def test_sqlite_has_no_listener(sqlite_url):
    listener = listener_for(sqlite_url)
    assert isinstance(listener, NullListener)
    assert listener.start() is listener and listener.stop() and not listener.running


def test_connect_kwargs_keep_the_password_out_of_everything_but_its_own_field():
    kwargs = connect_kwargs("postgresql+psycopg://anna:s3cr%40t@db.example:6543/desk?sslmode=require", "Desk live")
    assert kwargs["password"] == "s3cr@t" and kwargs["sslmode"] == "require"
    assert kwargs["host"] == "db.example" and kwargs["port"] == 6543 and kwargs["dbname"] == "desk"
    assert kwargs["autocommit"] is True
    assert all("s3cr" not in str(v) for k, v in kwargs.items() if k != "password")


@pytest.mark.pg_only
def test_a_commit_from_another_connection_arrives_within_a_second(live_url, recorder, running):
    assert running.connected and running.backend_pid
    with Workspace.open(live_url, user="chief") as ws:
        started = time.monotonic()
        created = article(ws)
        event = recorder.wait_for(lambda e: e[0] == "article" and e[1] == created.id, 1.0)
        assert event == ("article", created.id, 1) and time.monotonic() - started < 1.0
        created.headline = "Живая лента, обновление"
        ws.articles.save(created)
        assert recorder.wait_for(lambda e: e[0] == "article" and e[1] == created.id, 1.0)[2] == 2
        ws.locks.acquire(created.id)
        assert recorder.wait_for(lambda e: e[0] == "lock", 1.0) == ("lock", created.id)
        ws.locks.release(created.id)
        assert recorder.wait_for(lambda e: e[0] == "lock", 1.0) == ("lock", created.id)


@pytest.mark.pg_only
def test_nothing_arrives_before_commit(live_url, recorder, running):
    engine = create_engine(live_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_notify('desk_articles', 'pending:1')"))
            with pytest.raises(AssertionError):
                recorder.wait_for(lambda e: e[0] == "article", 0.3)
            conn.commit()
        assert recorder.wait_for(lambda e: e[0] == "article", 1.0) == ("article", "pending", 1)
    finally:
        engine.dispose()


@pytest.mark.pg_only
def test_the_listener_survives_its_backend_being_terminated_and_resyncs(live_url, recorder, running,
                                                                         pg_server_url):
    old_pid = running.backend_pid
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": old_pid}).scalar_one()
    finally:
        admin.dispose()
    assert recorder.wait_for(lambda e: e[0] == "state", 5) == ("state", False, MSG_LOST)
    assert recorder.wait_for(lambda e: e[0] in ("resync", "state"), 5) == ("resync",)
    assert recorder.wait_for(lambda e: e[0] == "state", 5) == ("state", True, MSG_RECONNECTED)
    assert running.connected and running.backend_pid != old_pid
    with Workspace.open(live_url, user="chief") as ws:
        created = article(ws)
    assert recorder.wait_for(lambda e: e[0] == "article" and e[1] == created.id, 1.0)


@pytest.mark.pg_only
def test_a_failing_callback_does_not_stop_live_updates(live_url, caplog):
    got = queue.Queue()
    calls = {"n": 0}

    def on_article(article_id, version):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        got.put((article_id, version))

    listener = ChangeListener(live_url, on_article=on_article,
                              on_state=lambda c, m: got.put(("state", c)) if c else None).start()
    try:
        assert got.get(timeout=5) == ("state", True)
        engine = create_engine(live_url)
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_notify('desk_articles', 'a:1')"))
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_notify('desk_articles', 'bad')"))     # delivered in order:
            conn.execute(text("SELECT pg_notify('desk_articles', 'b:2')"))     # 'bad' is handled first
        engine.dispose()
        assert got.get(timeout=2) == ("b", 2)
        assert "a callback failed" in caplog.text and "unexpected payload" in caplog.text
    finally:
        assert listener.stop()


def test_an_unreachable_server_is_retried_and_stop_is_prompt(recorder):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]          # nobody listens there once closed
    listener = recorder.listener(f"postgresql://desk:pw-never-logged@127.0.0.1:{port}/desk",
                                 backoff=(0.05,)).start()
    assert recorder.wait_for(lambda e: e[0] == "state", 5) == ("state", False, MSG_RETRYING)
    time.sleep(0.3)                            # several attempts, announced once
    assert all(e[0] != "state" for e in list(recorder.events.queue))
    started = time.monotonic()
    assert listener.stop() and time.monotonic() - started < 2.0
    assert not listener.running


@pytest.mark.pg_only
def test_stop_joins_within_two_seconds_while_idle(live_url, recorder):
    listener = recorder.listener(live_url).start()
    recorder.wait_for(lambda e: e[0] == "state", 5)
    started = time.monotonic()
    assert listener.stop()
    assert time.monotonic() - started < 2.0 and not listener.running and not listener.connected


# --- a real server restart, on a private throwaway server ---------------------------------
#
# Restarting the machine's shared cluster would break every other test session running
# against it, so this test initdb's its own server (as the postgres user when run as root),
# restarts that one, and removes it afterwards.

def _pg_bin(name: str) -> str | None:
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


class PrivateServer:
    def __init__(self):
        self.initdb, self.pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not self.initdb or not self.pg_ctl:
            pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
        self.root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.root / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self.run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        self.run(self.pg_ctl, "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o", self.options(),
                 "start")

    def options(self) -> str:
        return f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"

    def restart(self) -> None:
        self.run(self.pg_ctl, "-D", str(self.data), "-l", str(self.root / "log"), "-m", "fast", "-w",
                 "-o", self.options(), "restart")

    def stop(self) -> None:
        try:
            self.run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"


@pytest.mark.restart_server
@pytest.mark.skipif(os.environ.get("DESK_TEST_RESTART_PG") != "1",
                    reason="restarts a PostgreSQL server; set DESK_TEST_RESTART_PG=1 (.ci/run does)")
def test_the_listener_comes_back_after_a_server_restart(recorder):
    server = PrivateServer()
    try:
        server.start()
        listener = recorder.listener(server.url, backoff=(0.1, 0.2, 0.5)).start()
        try:
            recorder.wait_for(lambda e: e == ("state", True, MSG_CONNECTED), 10)
            server.restart()
            assert recorder.wait_for(lambda e: e[0] == "state", 10) == ("state", False, MSG_LOST)
            recorder.wait_for(lambda e: e == ("resync",), 30)
            assert recorder.wait_for(lambda e: e[0] == "state", 5) == ("state", True, MSG_RECONNECTED)
            with psycopg.connect(server.url, autocommit=True) as conn:
                conn.execute("SELECT pg_notify('desk_articles', 'after-restart:7')")
            assert recorder.wait_for(lambda e: e[0] == "article", 1.0) == ("article", "after-restart", 7)
        finally:
            assert listener.stop()
    finally:
        server.stop()


@pytest.mark.pg_only
def test_callbacks_run_in_the_listener_thread_not_the_callers(live_url):
    """Documented behaviour the UI relies on (it marshals to the GUI thread itself)."""
    threads = queue.Queue()
    listener = ChangeListener(live_url, on_state=lambda c, m: threads.put(threading.current_thread().name)).start()
    try:
        assert threads.get(timeout=5) == "desk-live"
    finally:
        assert listener.stop()
