"""desk field init / sync / outbox against a real PostgreSQL with real login roles."""
from __future__ import annotations

import json

import pytest

from desk_app.cli import main
from desk_app.services.field_workspace import FieldWorkspace
from tests.services.field_helpers import drop_roles, make_newsroom, new_article

pytestmark = pytest.mark.pg_only


@pytest.fixture(scope="module")
def room(pg_server_url, pg_database_factory):
    room = make_newsroom(pg_database_factory)
    yield room
    drop_roles(pg_server_url, room)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_sync_and_outbox_as_the_issue_specifies(room, tmp_path, capsys):
    path = tmp_path / "field.sqlite3"
    code, out, err = run(capsys, "--db", str(path), "field", "init", "--upstream", room.upstream())
    assert code == 0, err
    assert room.corr in out and "?" not in out
    with FieldWorkspace.open(path) as fw:
        art = fw.local.articles.create(new_article("Из командной строки")).article
    code, out, _ = run(capsys, "--db", str(path), "outbox", "--json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == 1
    assert set(entries[0]) == {"op_id", "article_id", "kind", "state", "attempts", "last_error"}
    assert entries[0]["article_id"] == art.id and entries[0]["state"] == "queued"
    code, out, _ = run(capsys, "--db", str(path), "sync", "--json")
    assert code == 0
    assert json.loads(out) == {"pushed": 1, "pulled": 0, "conflicts": 0, "needs_attention": 0, "queued": 0}
    code, out, _ = run(capsys, "--db", str(path), "outbox", "--json")
    assert json.loads(out)[0]["state"] == "sent"
    code, out, _ = run(capsys, "--db", str(path), "outbox")
    assert "sent" in out and "Из командной строки" in out


def test_sync_with_the_server_down_exits_1_with_one_line(room, tmp_path, capsys):
    path = tmp_path / "field.sqlite3"
    run(capsys, "--db", str(path), "field", "init", "--upstream", room.upstream())
    from desk_app.services.field import UPSTREAM
    from desk_app.store.models import WorkspaceSetting

    with FieldWorkspace.open(path) as fw:
        fw.local.articles.create(new_article("Офлайн"))
        with fw.local.unit() as s:
            s.get(WorkspaceSetting, UPSTREAM).value = fw.link.upstream.set(
                port=1, query={"sslmode": "disable"}).render_as_string(hide_password=True)
    code, out, err = run(capsys, "--db", str(path), "sync")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "127.0.0.1:1" in err and room.admin_url.database in err
    assert "sslmode" not in err and "postgresql://" not in err
    code, out, _ = run(capsys, "--db", str(path), "outbox", "--json")
    assert json.loads(out)[0]["state"] == "queued" and json.loads(out)[0]["attempts"] == 1


def test_a_foreign_file_as_field_workspace_is_one_line_and_untouched(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n" * 50)
    code, out, err = run(capsys, "--db", str(path), "sync")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "untouched" in err
    assert path.read_text() == "my notes\n" * 50


def test_init_with_a_bad_upstream_names_server_and_database_only(tmp_path, capsys):
    path = tmp_path / "f.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "field", "init", "--upstream",
                       "postgresql://someone:secret@127.0.0.1:1/newsroom?sslmode=disable")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "secret" not in err and "sslmode" not in err and "newsroom" in err
    assert not path.exists() or path.stat().st_size == 0


def test_other_commands_on_a_field_workspace_queue_their_writes(room, tmp_path, capsys):
    path = tmp_path / "field.sqlite3"
    run(capsys, "--db", str(path), "field", "init", "--upstream", room.upstream())
    md = tmp_path / "report.md"
    md.write_text("---\nheadline: Репортаж\nlanguage: ru\n---\nТекст репортажа.\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(path), "import", str(md), "--apply-notice")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(path), "outbox", "--json")
    assert [e["kind"] for e in json.loads(out)] == ["import"]
