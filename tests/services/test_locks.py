"""Edit locks on SQLite and PostgreSQL: one holder at a time, heartbeat, expiry, takeover, badges."""
from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.conflicts import ConflictService
from desk_app.services.locks import HEARTBEAT_SECONDS, LOCK_EXPIRY_SECONDS, LockedError, LockLost
from desk_app.services.workspace import Workspace
from desk_app.store.models import ArticleLock
from desk_app.store.provision import POLICIES

MSK = ZoneInfo("Europe/Moscow")


def make(ws, *paragraphs: str) -> ArticleData:
    body = "\n\n".join((DEMO_NOTICE_TEXT, *(paragraphs or ("Первый абзац.",))))
    return ws.articles.create(ArticleData(headline="Заголовок", body=body)).article


def person(ws, login: str, role: Role, name: str = "") -> Workspace:
    ws.ensure_user(login, role, name)
    other = ws.as_user(login)
    other.locks.zone = MSK
    return other


@pytest.fixture
def ws(workspace):
    workspace.locks.zone = MSK
    return workspace


def test_constants_are_the_documented_ones():
    assert LOCK_EXPIRY_SECONDS == 90 and HEARTBEAT_SECONDS == 30


def test_acquire_takes_a_visible_lock_with_an_expiry(ws, clock):
    article = make(ws)
    lock = ws.locks.acquire(article.id)
    assert lock.mine and lock.holder_login == "chief" and lock.part == "body"
    assert lock.acquired_at == clock() and lock.expires_at == clock() + timedelta(seconds=90)
    assert lock.session_id == ws.locks.session_id
    with ws.unit() as s:
        row = s.get(ArticleLock, (article.id, "body"))
        assert row.holder_login == "chief" and row.session_id == ws.locks.session_id


def test_someone_elses_lock_is_refused_with_who_and_since(ws, clock):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT, "Анна Петрова")
    anna.locks.acquire(article.id)
    clock.advance(30)
    with pytest.raises(LockedError) as info:
        ws.locks.acquire(article.id)
    assert str(info.value) == ("Being edited by Анна Петрова since 12:00; "
                               "open it read-only or ask them to close it.")
    assert info.value.holder == "anna" and info.value.since == clock() - timedelta(seconds=30)
    assert ws.locks.lock(article.id).holder_login == "anna"


def test_two_windows_of_the_same_person_are_two_sessions(ws):
    article = make(ws)
    second_window = ws.as_user("chief")
    second_window.locks.zone = MSK
    assert second_window.locks.session_id != ws.locks.session_id
    ws.locks.acquire(article.id)
    with pytest.raises(LockedError, match="You are editing this in another window since 12:00; switch"):
        second_window.locks.acquire(article.id)


def test_acquiring_again_renews_our_own_lock_and_keeps_since(ws, clock):
    article = make(ws)
    first = ws.locks.acquire(article.id)
    clock.advance(50)
    again = ws.locks.acquire(article.id)
    assert again.acquired_at == first.acquired_at and again.expires_at == clock() + timedelta(seconds=90)


def test_heartbeat_keeps_the_lock_alive_past_the_first_expiry(ws, clock):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT)
    ws.locks.acquire(article.id)
    for _ in range(5):   # 150 s in all, beating every 30 s
        clock.advance(HEARTBEAT_SECONDS)
        beat = ws.locks.heartbeat(article.id)
        assert beat.expires_at == clock() + timedelta(seconds=LOCK_EXPIRY_SECONDS)
    with pytest.raises(LockedError):
        anna.locks.acquire(article.id)


def test_a_crashed_clients_lock_expires_by_itself(ws, clock):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT)
    anna.locks.acquire(article.id)
    clock.advance(LOCK_EXPIRY_SECONDS)          # exactly at the expiry it still holds
    with pytest.raises(LockedError):
        ws.locks.acquire(article.id)
    clock.advance(1)                            # no heartbeat came: it lapsed
    assert ws.locks.lock(article.id) is None
    taken = ws.locks.acquire(article.id)
    assert taken.mine and taken.taken_over_from is None and taken.acquired_at == clock()
    with pytest.raises(LockLost, match="took over editing at 12:01; your text is kept"):
        anna.locks.heartbeat(article.id)


def test_heartbeat_after_expiry_renews_when_nobody_took_it(ws, clock):
    article = make(ws)
    ws.locks.acquire(article.id)
    clock.advance(300)   # the laptop slept
    assert ws.locks.heartbeat(article.id).expires_at == clock() + timedelta(seconds=90)


def test_a_lock_released_by_its_next_holder_is_reported_lost(ws, clock):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT)
    anna.locks.acquire(article.id)
    clock.advance(120)
    ws.locks.acquire(article.id)
    ws.locks.release(article.id)
    with pytest.raises(LockLost) as info:
        anna.locks.heartbeat(article.id)
    assert info.value.lock is None and "your text is kept" in str(info.value)


def test_release_frees_the_lock_for_others(ws):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT)
    ws.locks.acquire(article.id)
    assert anna.locks.release(article.id) == 0          # not hers to release
    assert ws.locks.release(article.id) == 1
    assert anna.locks.acquire(article.id).holder_login == "anna"


def test_body_and_meta_are_locked_separately(ws):
    article = make(ws)
    anna = person(ws, "anna", Role.EDITOR)
    ws.locks.acquire(article.id, "body")
    meta = anna.locks.acquire(article.id, "meta")
    assert meta.part == "meta" and meta.holder_login == "anna"
    with pytest.raises(LockedError):
        anna.locks.acquire(article.id, "body")
    assert ws.locks.release(article.id) == 1   # only ours (body)
    assert {p: anna.locks.lock(article.id, p) is not None for p in ("body", "meta")} == {"body": False, "meta": True}


def test_release_all_gives_up_every_lock_of_the_session(ws):
    first, second = make(ws), make(ws)
    ws.locks.acquire(first.id)
    ws.locks.acquire(first.id, "meta")
    ws.locks.acquire(second.id)
    assert ws.locks.release_all() == 3
    assert ws.locks.holders() == {}


def test_holders_feed_the_list_badge(ws, clock):
    a, b, c = make(ws), make(ws), make(ws)
    anna = person(ws, "anna", Role.EDITOR, "Анна")
    anna.locks.acquire(a.id, "meta")
    anna.locks.acquire(a.id, "body")
    ws.locks.acquire(b.id, "meta")
    held = ws.locks.holders([a.id, b.id, c.id])
    assert set(held) == {a.id, b.id}
    assert held[a.id].part == "body" and held[a.id].holder_name == "Анна" and not held[a.id].mine
    assert held[b.id].mine and held[b.id].holder_name == "chief"
    assert ws.locks.holders([]) == {}
    assert set(ws.locks.holders()) == {a.id, b.id}
    clock.advance(LOCK_EXPIRY_SECONDS + 1)
    assert ws.locks.holders([a.id, b.id, c.id]) == {}


def test_only_editors_take_over_and_the_takeover_is_recorded(ws, clock):
    article = make(ws, "Абзац.")
    writer = person(ws, "anna", Role.CORRESPONDENT, "Анна")
    editor = person(ws, "ivan", Role.EDITOR, "Иван")
    rival = person(ws, "boris", Role.CORRESPONDENT)
    writer.locks.acquire(article.id)
    clock.advance(20)
    with pytest.raises(PermissionDenied, match="Only an editor can take over an edit lock; ask Анна"):
        rival.locks.take_over(article.id)

    taken = editor.locks.take_over(article.id)
    assert taken.mine and taken.holder_login == "ivan" and taken.taken_over_from == "anna"
    assert taken.acquired_at == clock()
    history = ws.articles.revisions(article.id)
    assert history[-1].action == "lock_takeover" and history[-1].author_login == "ivan"
    assert history[-1].note == "Took over the text lock from anna (editing since 12:00)."
    assert ws.articles.get(article.id).body == article.body       # no field changed
    assert ws.articles.get(article.id).version == article.version + 1
    with pytest.raises(LockLost, match="Иван took over editing at 12:00"):
        writer.locks.heartbeat(article.id)
    with pytest.raises(LockedError, match="Being edited by Иван"):
        writer.locks.acquire(article.id)


def test_after_a_takeover_the_previous_holder_meets_a_conflict_not_a_loss(ws):
    writer = person(ws, "anna", Role.CORRESPONDENT)
    editor = person(ws, "ivan", Role.EDITOR)
    article = make(writer, "Абзац.")
    mine = writer.articles.get(article.id)
    writer.locks.acquire(article.id)
    editor.locks.take_over(article.id)
    mine.body += "\n\nМой новый абзац."
    with pytest.raises(ConflictError) as info:
        writer.articles.save(mine)
    assert info.value.mine.body.endswith("Мой новый абзац.")
    case = ConflictService(writer).prepare(info.value.mine, info.value)
    assert case.clean and case.merged.body.endswith("Мой новый абзац.")
    result = ConflictService(writer).resolve(case, "merge")
    assert result.article.body.endswith("Мой новый абзац.")


def test_taking_over_a_free_or_expired_lock_is_a_plain_acquire(ws, clock):
    article = make(ws)
    anna = person(ws, "anna", Role.CORRESPONDENT)
    assert ws.locks.take_over(article.id).taken_over_from is None
    ws.locks.release(article.id)
    anna.locks.acquire(article.id)
    clock.advance(LOCK_EXPIRY_SECONDS + 1)
    assert ws.locks.take_over(article.id).taken_over_from is None
    assert [r.action for r in ws.articles.revisions(article.id)] == ["create"]


def test_unknown_article_and_unknown_part_are_refused(ws):
    with pytest.raises(NotFound, match="cannot be locked"):
        ws.locks.acquire(str(uuid.uuid4()))
    article = make(ws)
    with pytest.raises(InvalidInput, match="use “body” or “meta”"):
        ws.locks.acquire(article.id, "photo")


def test_two_clients_racing_never_both_win(db_url, clock):
    """Separate engines (separate connections) race for the same lock, round after round."""
    with Workspace.open(db_url, user="chief", clock=clock) as first:
        first.ensure_user("anna", Role.EDITOR)
        article = make(first)
        with Workspace.open(db_url, user="anna", clock=clock) as second:
            rounds = 15
            for _ in range(rounds):
                barrier = threading.Barrier(2)
                winners: list[str] = []
                errors: list[BaseException] = []

                def race(ws, barrier=barrier, winners=winners, errors=errors):
                    barrier.wait()
                    try:
                        winners.append(ws.locks.acquire(article.id).holder_login)
                    except LockedError:
                        pass
                    except BaseException as exc:
                        errors.append(exc)

                threads = [threading.Thread(target=race, args=(w,)) for w in (first, second)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(10)
                assert not errors and len(winners) == 1
                holder = first.locks.lock(article.id)
                assert holder.holder_login == winners[0]
                (first if winners[0] == "chief" else second).locks.release(article.id)


# --- PostgreSQL with real login roles and row-level security ------------------------------------

@pytest.fixture(scope="module")
def secured(pg_server_url, pg_database_factory):
    tag = uuid.uuid4().hex[:6]
    url = pg_database_factory("desk_lock")
    people = {key: f"l{tag}_{key}" for key in ("cora", "corb", "edit")}
    roles = {"cora": "correspondent", "corb": "correspondent", "edit": "editor"}
    with Workspace.open(url.render_as_string(hide_password=False)) as admin:
        admin.admin.provision()
        for key, login in people.items():
            admin.admin.add_user(login, roles[key])
    urls = {key: url.set(username=login).render_as_string(hide_password=False) for key, login in people.items()}
    yield urls, people
    engine = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for login in people.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    engine.dispose()


@pytest.mark.pg_only
def test_locks_under_row_level_security(secured):
    urls, people = secured
    with Workspace.open(urls["cora"]) as cora, Workspace.open(urls["corb"]) as corb, \
            Workspace.open(urls["edit"]) as editor:
        article = make(editor)
        corb_article = make(corb)
        cora.locks.acquire(article.id)
        with pytest.raises(LockedError, match="Being edited by"):
            corb.locks.acquire(article.id)
        assert corb.locks.release(article.id) == 0            # RLS and the session both refuse
        assert set(corb.locks.holders()) == {article.id}      # everyone sees who edits what
        taken = editor.locks.take_over(article.id)
        assert taken.taken_over_from == people["cora"]
        with pytest.raises(LockLost):
            cora.locks.heartbeat(article.id)
        corb.locks.acquire(corb_article.id)
        assert editor.locks.release(article.id) == 1
        with editor.unit() as s:
            holders = s.execute(select(ArticleLock.article_id, ArticleLock.holder_login)).all()
        assert holders == [(corb_article.id, people["corb"])]


@pytest.mark.pg_only
def test_an_expired_lock_can_be_taken_by_a_non_editor_under_row_level_security(secured):
    urls, people = secured
    with Workspace.open(urls["edit"]) as editor:
        article = make(editor)
    with Workspace.open(urls["cora"]) as cora, Workspace.open(urls["corb"]) as corb:
        cora.locks.expiry = timedelta(seconds=-1)     # a crashed client: already lapsed
        cora.locks.acquire(article.id)
        assert corb.locks.acquire(article.id).holder_login == people["corb"]


@pytest.mark.pg_only
def test_a_server_provisioned_before_expired_locks_could_be_taken_says_what_to_do(secured, pg_server_url):
    """Servers provisioned by an older Desk let only the holder or an editor replace a lock."""
    urls, people = secured
    database = make_url(urls["edit"]).database
    current = next(using for name, _, using, _ in POLICIES["article_locks"] if name == "desk_locks_write")
    owner = create_engine(pg_server_url.set(database=database), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text("ALTER POLICY desk_locks_write ON article_locks "
                          "USING (holder_login = current_user OR desk_is_editor())"))
    try:
        with Workspace.open(urls["edit"]) as editor:
            article = make(editor)
        with Workspace.open(urls["cora"]) as cora, Workspace.open(urls["corb"]) as corb:
            cora.locks.expiry = timedelta(seconds=-1)
            cora.locks.acquire(article.id)
            with pytest.raises(PermissionDenied, match=r"has expired, but this server lets only its holder or an "
                                                       r"editor clear it; ask an editor to take it over"):
                corb.locks.acquire(article.id)
            cora.locks.expiry = timedelta(seconds=90)
            cora.locks.acquire(article.id)            # a live lock is still a plain "being edited by"
            with pytest.raises(LockedError):
                corb.locks.acquire(article.id)
    finally:
        with owner.connect() as conn:
            conn.execute(text(f"ALTER POLICY desk_locks_write ON article_locks USING ({current})"))
        owner.dispose()
