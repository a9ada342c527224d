"""Field workspaces on real PostgreSQL with real login roles: outbox, push, pull, conflicts, refusals."""
from __future__ import annotations

import json

import pytest

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.domain.workflow import Action
from desk_app.services.field import FieldLocked
from desk_app.services.field_workspace import FieldWorkspace
from desk_app.services.sync import Unreachable
from tests.services.field_helpers import N, body, drop_roles, make_newsroom, new_article, server_state

pytestmark = pytest.mark.pg_only



@pytest.fixture
def field(room, tmp_path):
    fw = FieldWorkspace.init(tmp_path / "field.sqlite3", room.upstream())
    yield fw
    fw.close()


def test_init_links_the_replica_to_the_persons_own_login(field, room):
    assert field.local.actor.login == room.corr
    assert field.local.actor.role.value == "correspondent"
    assert "password" not in field.where() and room.admin_url.database in field.where()


def test_every_local_write_is_queued_in_its_own_transaction(field):
    created = field.local.articles.create(new_article("Из поля")).article
    draft = created.copy(body=body("Второй вариант."))
    field.local.articles.save(draft)
    field.local.workflow.perform(created.id, Action.SUBMIT)
    entries = field.sync.entries()
    assert [e.kind for e in entries] == ["create", "save", "submit"]
    assert {e.article_id for e in entries} == {created.id}
    assert all(e.state == "queued" for e in entries)
    assert len({e.op_id for e in entries}) == 3


def test_push_applies_in_order_and_a_repeat_is_a_noop(field, room):
    art = field.local.articles.create(new_article("Сель в Чегеме")).article
    field.local.articles.save(art.copy(body=body("Уточнение.")))
    report = field.sync.sync()
    assert report.pushed == 2 and report.queued == 0 and report.conflicts == 0
    state = server_state(room)
    assert state["articles"][art.id].version == 2
    assert state["articles"][art.id].body == body("Уточнение.")
    # pushing the same ops again (e.g. the answer was lost) changes nothing
    with field.local.unit() as s:
        from desk_app.store import outbox

        outbox.set_state(s, [e.op_id for e in field.sync.entries()], state="queued")
    again = field.sync.push()
    assert again == (2, 0, 0)
    after = server_state(room)
    assert after["articles"][art.id].version == 2
    assert len([r for r in after["revisions"] if r.article_id == art.id]) == 2


def test_moved_version_is_a_conflict_and_the_losing_text_is_kept(field, room):
    art = field.local.articles.create(new_article("Свалка")).article
    field.sync.sync()
    with room.as_(room.editor) as ed:
        theirs = ed.articles.get(art.id)
        ed.articles.save(theirs.copy(body=body("Правка редактора.")))
    field.local.articles.save(field.local.articles.get(art.id).copy(body=body("Правка из поля.")))
    report = field.sync.sync()
    assert report.conflicts == 1
    state = server_state(room)
    assert state["articles"][art.id].body == body("Правка редактора.")  # never overwritten
    conflict = [o for o in state["ops"].values() if o.article_id == art.id and o.outcome == "conflict"]
    assert len(conflict) == 1 and "Правка из поля." in conflict[0].payload
    base, mine, theirs_snap = field.sync.conflict_texts(art.id)
    assert "Правка из поля." in mine["body"] and "Правка редактора." in theirs_snap["body"]
    assert base["version"] == 1
    field.sync.resolve_conflict(art.id, {"body": body("Правка редактора. Правка из поля.")})
    field.sync.sync()
    final = server_state(room)["articles"][art.id]
    assert final.body == body("Правка редактора. Правка из поля.") and final.version == 3


def test_refusal_parks_one_article_and_lets_others_through(field, room):
    blocked = field.local.articles.create(new_article("Заблокируется")).article
    field.sync.sync()
    with room.as_(room.editor) as ed:  # the editor approves it: a correspondent may no longer edit it
        ed.workflow.perform(blocked.id, Action.SUBMIT)
        ed.workflow.perform(blocked.id, Action.APPROVE)
    # a write made as though on version 3 (the editor's), which RLS refuses
    with field.local.unit() as s:
        from desk_app.store.field_replica import local_versions

        assert local_versions(s)[blocked.id] == 1
    field.sync.pull()
    assert field.local.articles.get(blocked.id).status == "approved"
    other = field.local.articles.create(new_article("Другая")).article
    with field.local.unit() as s:  # forge an edit past the local permission check, as a stale client would
        from desk_app.store.models import Article, Revision
        from desk_app.store.outbox import add_op
        from desk_app.store.repository import add_revision

        row = s.get(Article, blocked.id)
        row.body = body("Запрещённая правка.")
        s.flush()
        rev: Revision = add_revision(s, row, number=row.version, author=room.corr, action="save",
                                     from_status=row.status, note="", when=field.local.clock())
        add_op(s, rev, base_version=rev.number - 1, when=field.local.clock())
    report = field.sync.sync()
    assert report.needs_attention == 1 and report.pushed == 1
    parked = [e for e in field.sync.entries() if e.state == "needs_attention"]
    assert parked[0].article_id == blocked.id and parked[0].last_error.endswith(".")
    assert "does not let you" in parked[0].last_error
    assert server_state(room)["articles"][other.id].version == 1


def test_pull_brings_the_newsrooms_feedback(field, room):
    art = field.local.articles.create(new_article("На проверку")).article
    field.local.workflow.perform(art.id, Action.SUBMIT)
    field.sync.sync()
    with room.as_(room.editor) as ed:
        ed.workflow.perform(art.id, Action.RETURN, note="Нужен второй источник.")
    report = field.sync.sync()
    assert report.pulled == 1
    local = field.local.articles.get(art.id)
    assert local.status == "returned"
    notes = [r.note for r in field.local.articles.revisions(art.id)]
    assert "Нужен второй источник." in notes
    assert field.sync.entries(include_sent=False) == []


def test_unreachable_server_keeps_everything_queued(room, tmp_path):
    fw = FieldWorkspace.init(tmp_path / "f.sqlite3", room.upstream())
    fw.close()
    fw = FieldWorkspace.open(tmp_path / "f.sqlite3")
    fw.link = type(fw.link)(fw.link.upstream.set(port=1), fw.link.login)
    try:
        fw.local.articles.create(new_article("Без сети"))
        with pytest.raises(Unreachable) as err:
            fw.sync.sync()
        message = str(err.value)
        assert "127.0.0.1:1" in message and room.admin_url.database in message and "?" not in message
        assert fw.sync.status().queued == 1
    finally:
        fw.close()


def test_new_policy_holds_queued_articles_until_the_new_notice_is_applied(pg_server_url, pg_database_factory,
                                                                         tmp_path):
    room = make_newsroom(pg_database_factory)  # its own: the policy changes for everyone on it
    field = FieldWorkspace.init(tmp_path / "policy.sqlite3", room.upstream())
    try:
        _new_policy_case(field, room)
    finally:
        field.close()
        drop_roles(pg_server_url, room)


def _new_policy_case(field, room):
    art = field.local.articles.create(new_article("Старое уведомление")).article
    new_text = "НОВЫЙ ТЕКСТ УВЕДОМЛЕНИЯ ИНОАГЕНТА. " * 2
    with room.as_(room.admin_url.username) as admin:
        admin.policy.set(new_text.strip(), effective_from=admin.policy.today())
    report = field.sync.sync()
    assert report.notice_changed == 1 and report.pushed == 0 and report.queued == 1
    assert field.sync.notice_changed() == [art.id]
    assert field.sync.apply_new_notice() == 1
    report = field.sync.sync()
    assert report.pushed == 2 and report.notice_changed == 0
    state = server_state(room)
    assert state["articles"][art.id].body.startswith(new_text.strip())
    actions = sorted(r.action for r in state["revisions"] if r.article_id == art.id)
    assert actions == ["create", "notice_fix"]


def test_a_second_opening_is_told(field):
    with pytest.raises(FieldLocked) as err:
        FieldWorkspace.open(field.path)
    assert "already open" in str(err.value)


@pytest.mark.parametrize("content", [b"not a database at all" * 10, b""])
def test_foreign_or_corrupt_file_is_refused_untouched(tmp_path, content, room):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseUnavailable) as err:
        FieldWorkspace.open(path)
    assert path.read_bytes() == content
    assert str(err.value).count(".") >= 1 and "\n" not in str(err.value)


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as err:
        FieldWorkspace.open(path)
    assert "another program" in str(err.value)
    assert path.read_bytes() == before


def test_notice_text_is_intact_after_sync(field, room):
    art = field.local.articles.create(new_article("Уведомление")).article
    field.sync.sync()
    assert server_state(room)["articles"][art.id].body.startswith(N)
    snap = json.loads(room.rows("SELECT snapshot FROM revisions WHERE article_id = :i", i=art.id)[0][0])
    assert snap["version"] == 1 and snap["body"].startswith(N)


def test_opening_the_file_as_a_workspace_still_queues_every_write(room, tmp_path):
    from desk_app.services.local import open_workspace

    path = tmp_path / "field.sqlite3"
    FieldWorkspace.init(path, room.upstream()).close()
    ws = open_workspace(f"sqlite:///{path}")
    try:
        assert ws.field is not None and ws.actor.login == room.corr
        ws.articles.create(new_article("Через окно"))
        assert ws.field.sync.status().queued == 1
        with pytest.raises(FieldLocked):
            open_workspace(f"sqlite:///{path}")
    finally:
        ws.close()
    with FieldWorkspace.open(path) as again:  # closing released the lock
        assert again.sync.status().queued == 1


def test_a_translator_takes_originals_along_and_their_changes_follow(room, tmp_path, pg_server_url):
    import uuid

    from sqlalchemy import create_engine, text

    translator = f"t{uuid.uuid4().hex[:6]}_tran"
    with room.as_(room.admin_url.username) as admin:
        admin.admin.add_user(translator, "translator")
    try:
        with room.as_(room.editor) as ed:
            original = ed.articles.create(new_article("Оригинал для перевода")).article
            ed.workflow.perform(original.id, Action.SUBMIT)
        fw = FieldWorkspace.init(tmp_path / "tran.sqlite3", room.upstream(translator))
        try:
            assert fw.sync.take_along([original.id]) == 1
            fw.sync.sync()
            assert fw.local.articles.get(original.id).headline == "Оригинал для перевода"
            with room.as_(room.editor) as ed:
                ed.articles.save(ed.articles.get(original.id).copy(body=body("Исправленный оригинал.")))
            assert fw.sync.sync().pulled == 1
            assert fw.local.articles.get(original.id).body == body("Исправленный оригинал.")
        finally:
            fw.close()
    finally:
        admin_engine = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{translator}"'))
        admin_engine.dispose()


def test_one_call_per_op_still_applies_and_a_batch_answers_every_op(field, room):
    """An older client calls desk_apply_op once per op; the batch call (desk_apply_ops) then answers
    "done" for those, and in one batch a refused op holds back only the op that follows it."""
    import uuid

    from sqlalchemy import create_engine, text

    from desk_app.store import outbox, sync_pg

    first = field.local.articles.create(new_article("По одной")).article
    second = field.local.articles.create(new_article("Пачкой")).article
    field.local.articles.save(second.copy(body=body("Правка второй.")))
    with field.local.unit() as s:
        ops = [sync_pg.PushOp(o.op_id, o.article_id, o.kind, o.base_version, o.after_op, o.payload)
               for o in outbox.all_ops(s)]
    payload = json.loads(ops[0].payload)
    payload["snapshot"].update(id=str(uuid.uuid4()), body="Без уведомления.")
    refused = sync_pg.PushOp(str(uuid.uuid4()), payload["snapshot"]["id"], "create", None, None,
                             json.dumps(payload, ensure_ascii=False))
    follower = sync_pg.PushOp(str(uuid.uuid4()), refused.article_id, "save", 1, refused.op_id, refused.payload)
    engine = create_engine(room.url(room.corr))
    try:
        with engine.begin() as conn:
            one = conn.execute(text("SELECT desk_apply_op(:o, :a, :k, :b, :f, :p)"), {
                "o": ops[0].op_id, "a": ops[0].article_id, "k": ops[0].kind, "b": ops[0].base_version,
                "f": ops[0].after_op, "p": ops[0].payload}).scalar_one()
        assert one == "applied:1"
        with engine.begin() as conn:
            answers = sync_pg.apply_batch(conn, [ops[0], refused, follower, ops[1], ops[2], ops[2]])
    finally:
        engine.dispose()
    assert [(a.outcome, a.server_version, a.repeated) for a in answers] == [
        ("applied", 1, True), ("refused", None, False), ("waiting", None, False),
        ("applied", 1, False), ("applied", 2, False), ("applied", 2, True)]
    assert "notice" in answers[1].message
    state = server_state(room)
    assert refused.article_id not in state["articles"]
    assert {o.op_id for o in ops} <= set(state["ops"]) and not {refused.op_id, follower.op_id} & set(state["ops"])
    assert state["articles"][second.id].version == 2 and state["articles"][first.id].version == 1
