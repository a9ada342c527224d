"""Field sync under faults: a proxy cuts the connection at every step of a push and mid-pull,
the app is killed during a push, and a property test mixes it all with editors' edits.

After the final sync the server must hold every offline edit exactly once — applied, or recorded
as a conflict with its text — and every notice intact.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.services.field_workspace import FieldWorkspace
from desk_app.services.sync import Unreachable
from tests.fault_proxy import FaultProxy, before_send, commit_reply, mid_pull
from tests.services.field_helpers import N, body, new_article, payload_body, server_state

pytestmark = pytest.mark.pg_only



@pytest.fixture(scope="module")
def proxy(room):
    with FaultProxy(room.admin_url.host or "127.0.0.1", room.admin_url.port or 5432) as p:
        yield p


def proxied(room, proxy) -> str:
    return room.url(room.corr).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def local_ops(path: Path) -> list[dict]:
    with FieldWorkspace.open(path) as fw:
        return [e.as_json() | {"payload": _payload(fw, e.op_id)} for e in fw.sync.entries()]


def _payload(fw, op_id: str) -> str:
    from desk_app.store.models import OutboxOp

    with fw.local.unit() as s:
        return s.query(OutboxOp).filter_by(op_id=op_id).one().payload


def assert_exactly_once(room, ops: list[dict]) -> None:
    """Every offline edit on the server exactly once (applied or a recorded conflict); notices intact."""
    state = server_state(room)
    for op in ops:
        assert op["state"] in ("sent", "conflict"), op
        recorded = state["ops"].get(op["op_id"])
        assert recorded is not None, f"lost: {op}"
        if recorded.outcome == "applied":
            revs = [r for r in state["revisions"]
                    if r.article_id == op["article_id"] and r.number == recorded.server_version]
            assert len(revs) == 1 and json.loads(revs[0].snapshot)["body"] == payload_body(op["payload"])
        else:
            assert payload_body(recorded.payload) == payload_body(op["payload"])
    by_article: dict[str, int] = {}
    for op in ops:
        if state["ops"][op["op_id"]].outcome == "applied":
            by_article[op["article_id"]] = by_article.get(op["article_id"], 0) + 1
    for article_id, applied in by_article.items():
        mine = [r for r in state["revisions"] if r.article_id == article_id and r.action in ("create", "save")
                and json.loads(r.snapshot).get("author_login") is not None]
        written_by_field = [r for r in mine if r.number in
                            {state["ops"][o["op_id"]].server_version for o in ops
                             if o["article_id"] == article_id and state["ops"][o["op_id"]].outcome == "applied"}]
        assert len(written_by_field) == applied  # nothing doubled
    for article in state["articles"].values():
        assert article.body.startswith(N)


def sync_until_quiet(path: Path, rounds: int = 4) -> None:
    for _ in range(rounds):
        with FieldWorkspace.open(path) as fw:
            try:
                fw.sync.sync()
            except Unreachable:
                continue
            if fw.sync.status().queued == 0:
                return
    raise AssertionError("the outbox never emptied")


@pytest.mark.parametrize("cut", ["before_send", "commit_reply"])
def test_a_push_cut_at_any_step_resumes_without_loss_or_doubling(room, proxy, tmp_path, cut):
    path = tmp_path / "field.sqlite3"
    FieldWorkspace.init(path, proxied(room, proxy)).close()
    with FieldWorkspace.open(path) as fw:
        a = fw.local.articles.create(new_article("Разрыв связи")).article
        fw.local.articles.save(a.copy(body=body("После разрыва.")))
        fw.local.articles.create(new_article("Вторая"))
        (proxy.cut_to_server if cut == "before_send" else proxy.cut_to_client)(
            before_send if cut == "before_send" else commit_reply)
        with pytest.raises(Unreachable):
            fw.sync.push()
        proxy.disarm()
        assert fw.sync.status().queued == 3  # the client never heard: still queued
        entries = fw.sync.entries()
        assert all(e.attempts == 1 and "tried again" in e.last_error for e in entries)
    applied_before_retry = {o for o in server_state(room)["ops"]} & {e.op_id for e in entries}
    assert len(applied_before_retry) == (0 if cut == "before_send" else 3)
    sync_until_quiet(path)
    assert_exactly_once(room, local_ops(path))


def test_a_pull_cut_halfway_is_taken_in_whole_next_time(room, proxy, tmp_path):
    path = tmp_path / "field.sqlite3"
    FieldWorkspace.init(path, proxied(room, proxy)).close()
    with FieldWorkspace.open(path) as fw:
        a = fw.local.articles.create(new_article("Вернут")).article
        fw.local.workflow.perform(a.id, "submit")
        fw.sync.sync()
    with room.as_(room.editor) as ed:
        ed.workflow.perform(a.id, "return", note="Проверьте цифры.")
    with FieldWorkspace.open(path) as fw:
        fw.sync.push()
        proxy.cut_to_client(mid_pull)
        with pytest.raises(Unreachable):
            fw.sync.pull()
        proxy.disarm()
        assert fw.local.articles.get(a.id).status == "submitted"
        assert fw.sync.pull() >= 1
        assert fw.local.articles.get(a.id).status == "returned"


def test_an_unreachable_server_is_retried_not_parked(room, proxy, tmp_path):
    path = tmp_path / "field.sqlite3"
    FieldWorkspace.init(path, proxied(room, proxy)).close()
    proxy.refuse = True
    try:
        with FieldWorkspace.open(path) as fw:
            fw.local.articles.create(new_article("Нет связи"))
            for _ in range(2):
                with pytest.raises(Unreachable):
                    fw.sync.sync()
            assert fw.sync.status().queued == 1 and fw.sync.status().needs_attention == 0
    finally:
        proxy.refuse = False
    sync_until_quiet(path)
    assert_exactly_once(room, local_ops(path))


def desk_sync_subprocess(path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.Popen([sys.executable, "-m", "desk_app", "--db", str(path), "sync"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_during_push(path: Path, delay: float) -> None:
    proc = desk_sync_subprocess(path)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)


def test_killing_the_app_during_a_push_loses_and_doubles_nothing(room, proxy, tmp_path):
    path = tmp_path / "field.sqlite3"
    FieldWorkspace.init(path, proxied(room, proxy)).close()
    with FieldWorkspace.open(path) as fw:
        for i in range(40):
            art = fw.local.articles.create(new_article(f"Заметка {i}")).article
            fw.local.articles.save(art.copy(body=body(f"Правка {i}.")))
    # the server holds the COMMIT reply back, so the kill lands after the server applied the batch
    proxy.cut_to_client(lambda seen: commit_reply(seen) and (time.sleep(3) or True))
    kill_during_push(path, 2.5)
    proxy.disarm()
    sync_until_quiet(path)
    assert_exactly_once(room, local_ops(path))


STEPS = st.lists(st.one_of(
    st.tuples(st.just("new")),
    st.tuples(st.just("edit"), st.integers(0, 5)),
    st.tuples(st.just("editor"), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.sampled_from(["none", "before_send", "commit_reply", "mid_pull", "down"])),
    st.tuples(st.just("kill"), st.floats(0.0, 2.0)),
), min_size=3, max_size=10)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(steps=STEPS, seed=st.integers(0, 10**6))
def test_any_mix_of_offline_edits_cuts_and_kills_ends_exactly_once(room, proxy, tmp_path_factory, steps, seed):
    rng = random.Random(seed)
    path = tmp_path_factory.mktemp("prop") / "field.sqlite3"
    FieldWorkspace.init(path, proxied(room, proxy)).close()
    articles: list[str] = []
    for step in steps:
        kind = step[0]
        if kind == "new":
            with FieldWorkspace.open(path) as fw:
                articles.append(fw.local.articles.create(new_article(f"Новость {rng.random():.6f}")).article.id)
        elif kind == "edit" and articles:
            with FieldWorkspace.open(path) as fw:
                art = fw.local.articles.get(articles[step[1] % len(articles)])
                if art.status in ("draft", "returned", "submitted"):
                    fw.local.articles.save(art.copy(body=body(f"Поле {rng.random():.6f}.")))
        elif kind == "editor" and articles:
            with room.as_(room.editor) as ed:
                try:
                    art = ed.articles.get(articles[step[1] % len(articles)])
                except Exception:  # noqa: BLE001 - not pushed yet: the editor cannot see it
                    continue
                ed.articles.save(art.copy(body=body(f"Редактор {rng.random():.6f}.")))
        elif kind == "sync":
            rule = {"before_send": (proxy.cut_to_server, before_send),
                    "commit_reply": (proxy.cut_to_client, commit_reply),
                    "mid_pull": (proxy.cut_to_client, mid_pull)}.get(step[1])
            if rule:
                rule[0](rule[1])
            proxy.refuse = step[1] == "down"
            try:
                with FieldWorkspace.open(path) as fw:
                    try:
                        fw.sync.sync()
                    except Unreachable:
                        pass
            finally:
                proxy.disarm()
                proxy.refuse = False
        elif kind == "kill":
            kill_during_push(path, step[1])
    sync_until_quiet(path)
    assert_exactly_once(room, local_ops(path))
