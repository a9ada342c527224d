"""The window's lock adapters (heartbeat keeper, list badges) and the live-refresh bridge."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.live import MSG_CONNECTED
from desk_app.services.locks import LOCK_EXPIRY_SECONDS
from desk_app.services.workspace import Workspace
from desk_app.ui.connection.live import LiveBridge
from desk_app.ui.locks import EditLockKeeper, LockBadges
from desk_app.ui.tasks import SynchronousTaskRunner, TaskRunner


def make(ws) -> ArticleData:
    return ws.articles.create(ArticleData(headline="Блокировка", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article


@pytest.fixture
def tasks(qapp):
    return SynchronousTaskRunner()


@pytest.fixture
def people(workspace):
    workspace.ensure_user("anna", Role.CORRESPONDENT, "Анна")
    workspace.ensure_user("ivan", Role.EDITOR, "Иван")
    return workspace.as_user("anna"), workspace.as_user("ivan")


class Row:
    def __init__(self, article_id):
        self.id = article_id


def test_the_keeper_takes_the_lock_and_beats(workspace, people, tasks, qtbot, clock):
    anna, _ = people
    article = make(workspace)
    keeper = EditLockKeeper(anna, tasks)
    with qtbot.waitSignal(keeper.sig_acquired) as got:
        keeper.start(article.id)
    assert got.args[0].holder_login == "anna" and keeper.heartbeat_active
    clock.advance(60)
    with qtbot.waitSignal(keeper.sig_acquired) as beat:
        keeper.beat()
    assert beat.args[0].expires_at == clock() + timedelta(seconds=LOCK_EXPIRY_SECONDS)
    keeper.stop()
    assert not keeper.heartbeat_active and anna.locks.lock(article.id) is None


def test_someone_elses_article_opens_read_only_and_an_editor_can_take_over(workspace, people, tasks, qtbot):
    anna, ivan = people
    article = make(workspace)
    writer, editor = EditLockKeeper(anna, tasks), EditLockKeeper(ivan, tasks)
    writer.start(article.id)
    with qtbot.waitSignal(editor.sig_refused) as refused:
        editor.start(article.id)
    message, lock = refused.args
    assert message.startswith("Being edited by Анна since") and lock.holder_login == "anna"
    assert not editor.heartbeat_active and editor.lock is None
    with qtbot.waitSignal(editor.sig_acquired):
        editor.take_over()
    with qtbot.waitSignal(writer.sig_lost) as lost:
        writer.beat()
    assert lost.args[0].startswith("Иван took over editing at") and not writer.heartbeat_active
    writer.stop()                      # releases nothing: the lock is Ivan's now
    assert ivan.locks.lock(article.id).holder_login == "ivan"


def test_a_failed_heartbeat_keeps_trying(workspace, people, tasks, qtbot, monkeypatch):
    anna, _ = people
    article = make(workspace)
    keeper = EditLockKeeper(anna, tasks)
    keeper.start(article.id)
    from desk_app.domain.errors import DatabaseUnavailable

    def down(*_a):
        raise DatabaseUnavailable("Cannot reach the database server; check that it is running.")

    monkeypatch.setattr(anna.locks, "heartbeat", down)
    with qtbot.waitSignal(keeper.sig_failed) as failed:
        keeper.beat()
    assert failed.args[0].startswith("Cannot reach the database server") and keeper.heartbeat_active


def test_closing_before_the_lock_arrives_releases_it(workspace, people, qtbot):
    anna, _ = people
    article = make(workspace)
    runner = TaskRunner()
    keeper = EditLockKeeper(anna, runner)
    keeper.start(article.id)
    keeper.stop()                      # the acquire is still running in the pool
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)   # its answer came back: stale, so released
    runner.wait(5000)
    assert anna.locks.lock(article.id) is None and keeper.lock is None


def test_badges_name_who_is_editing(workspace, people, tasks, qtbot, clock):
    anna, ivan = people
    first, second, third = make(workspace), make(workspace), make(workspace)
    anna.locks.acquire(first.id)
    workspace.locks.acquire(second.id)
    workspace.as_user("chief").locks.acquire(third.id)          # me, in another window
    badges = LockBadges(workspace, tasks)
    with qtbot.waitSignal(badges.sig_changed):
        badges.start()
    assert badges.badges_provider(Row(first.id)) == ["being edited by Анна"]
    assert badges.badges_provider(Row(second.id)) == []         # my own lock, this window
    assert badges.badges_provider(Row(third.id)) == ["being edited by you in another window"]
    anna.locks.release(first.id)
    with qtbot.waitSignal(badges.sig_changed, timeout=2000):
        badges.on_lock_changed(first.id)                        # debounced refresh
    assert badges.badges_provider(Row(first.id)) == []
    with qtbot.assertNotEmitted(badges.sig_changed):
        badges.refresh()                                        # nothing changed: no repaint
    badges.stop()


@pytest.mark.pg_only
def test_the_live_bridge_delivers_on_the_gui_thread(pg_database_factory, qtbot):
    url = pg_database_factory("desk_bridge").render_as_string(hide_password=False)
    bridge = LiveBridge(url)
    seen_threads = []
    bridge.sig_article_changed.connect(lambda *_: seen_threads.append(threading.current_thread()))
    with qtbot.waitSignal(bridge.sig_state_changed, timeout=5000) as state:
        bridge.start()
    assert state.args == [True, MSG_CONNECTED] and bridge.connected
    try:
        with Workspace.open(url, user="chief") as ws:
            with qtbot.waitSignal(bridge.sig_article_changed, timeout=1000) as changed:
                created = make(ws)
            assert changed.args == [created.id, 1]
            with qtbot.waitSignal(bridge.sig_lock_changed, timeout=1000) as locked:
                ws.locks.acquire(created.id)
            assert locked.args == [created.id]
        assert seen_threads == [threading.main_thread()]
    finally:
        assert bridge.stop()


def test_a_local_workspace_has_a_silent_bridge(sqlite_url, qtbot):
    bridge = LiveBridge(sqlite_url)
    with qtbot.assertNotEmitted(bridge.sig_state_changed, wait=50):
        bridge.start()
    assert bridge.stop() and not bridge.connected
