"""The desk command on both backends: db upgrade, import, list --json, show, export, policy, check."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.workspace import Workspace
from desk_app.store.models import Article

N = DEMO_NOTICE_TEXT
GOOD = f"""---
headline: Жители Махачкалы остались без воды
lede: Три района города вторые сутки без воды.
byline: Анна Петрова
source: Кавказский узел
language: ru
dateline: Махачкала
published_at: 2022-01-06T21:33:00+03:00
tags: [вода, Дагестан]
photo_caption: Очередь к водовозу
photo_credit: "Фото: Анна Петрова"
---

{N}

Жители трёх районов Махачкалы вторые сутки остаются без воды.

«Мы носим воду вёдрами», — рассказала жительница.
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def articles(url) -> int:
    ws = Workspace.open(url)
    try:
        with ws.unit() as s:
            return s.execute(select(func.count()).select_from(Article)).scalar_one()
    finally:
        ws.close()


@pytest.fixture
def good_file(tmp_path) -> Path:
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_full_round_trip(db_url, capsys, good_file, tmp_path):
    code, out, _ = run(capsys, "--db", db_url, "db", "upgrade")
    assert code == 0 and "up to date" in out

    code, out, err = run(capsys, "--db", db_url, "import", str(good_file))
    assert code == 0, err
    article_id = out.split("imported as ")[1].split(".")[0]

    code, out, _ = run(capsys, "--db", db_url, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [article_id]
    assert {"id", "headline", "language", "status", "updated_at"} <= rows[0].keys()
    assert rows[0]["headline"] == "Жители Махачкалы остались без воды"

    code, out, _ = run(capsys, "--db", db_url, "list", "--search", "вода", "--json")
    assert [r["id"] for r in json.loads(out)] == [article_id]
    code, out, _ = run(capsys, "--db", db_url, "list", "--status", "published", "--json")
    assert json.loads(out) == []

    code, out, _ = run(capsys, "--db", db_url, "show", article_id, "--json")
    shown = json.loads(out)
    assert shown["published_at"] == "2022-01-06T18:33:00+00:00"
    assert shown["tags"] == ["вода", "Дагестан"]

    code, out, _ = run(capsys, "--db", db_url, "export", article_id, "--format", "md")
    assert code == 0 and out.startswith("---\n") and N in out

    html_path = tmp_path / "a.html"
    code, out, _ = run(capsys, "--db", db_url, "export", article_id, "--format", "html", "-o", str(html_path))
    html = html_path.read_text(encoding="utf-8")
    assert code == 0 and 'data-desk="notice"' in html and "font-size:32px" in html.replace(" ", "")
    assert html.index("<h1") < html.index('data-desk="notice"') < html.index("вторые сутки остаются")

    code, out, _ = run(capsys, "--db", db_url, "check", "--json")
    assert code == 0 and json.loads(out)["non_compliant"] == 0


def test_import_without_the_notice_is_refused_unless_asked(db_url, capsys, tmp_path):
    path = tmp_path / "bare.md"
    path.write_text("# Заголовок\n\nТекст без уведомления.\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_url, "import", str(path))
    assert code == 1 and "notice is missing" in err.lower() and "Traceback" not in err
    assert articles(db_url) == 0
    code, out, err = run(capsys, "--db", db_url, "import", "--apply-notice", str(path))
    assert code == 0 and "notice was restored" in out
    code, out, _ = run(capsys, "--db", db_url, "list", "--json")
    assert json.loads(out)[0]["headline"] == "Заголовок"


BAD_INPUTS = {
    "not-utf8.md": ("# Заголовок\n\nТекст.".encode("cp1251"), "not UTF-8"),
    "broken.md": (b"---\nheadline: [unclosed\n---\n\nText\n", "front matter cannot be read"),
    "unclosed.md": (b"---\nheadline: x\n\nText\n", "no closing"),
    "lang.md": (b"---\nheadline: x\nlanguage: de\n---\n\ntext\n", "Language “de” is not supported"),
    "long.md": (("---\nheadline: " + "x" * 10_000 + "\n---\n\ntext\n").encode(), "10,000 characters"),
    "huge.md": (b"# H\n\n" + b"a" * (20 * 1024 * 1024), "20.0 MB"),
    "binary.md": (bytes(range(256)) * 10, "binary"),
    "time.md": (b"---\nheadline: x\npublished_at: yesterday\n---\n\ntext\n", "not an ISO 8601 time"),
    "naive.md": (b"---\nheadline: x\npublished_at: 2022-01-06T21:33:00\n---\n\ntext\n", "no UTC offset"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_one_clear_line_and_writes_nothing(db_url, capsys, tmp_path, name):
    content, expected = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(capsys, "--db", db_url, "import", "--apply-notice", str(path))
    assert code == 1
    assert expected in err
    assert "Traceback" not in err
    assert articles(db_url) == 0


def test_one_bad_file_does_not_stop_the_others(db_url, capsys, tmp_path, good_file):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    code, out, err = run(capsys, "--db", db_url, "import", str(bad), str(good_file))
    assert code == 1 and "1 of 2 files imported (good.md); 1 refused (bad.md)" in err
    assert articles(db_url) == 1


@pytest.mark.parametrize("url, expected", [
    ("mysql://x@y/z", "cannot use a “mysql” database"),
    ("not a url", "is not a database URL"),
    ("sqlite:////nonexistent-folder/x.sqlite3", "does not exist"),
    ("postgresql://nobody@127.0.0.1:1/none", "Cannot reach the database server"),
])
def test_a_database_that_cannot_be_opened_gives_one_sentence(capsys, url, expected):
    code, _, err = run(capsys, "--db", url, "list")
    assert code == 1 and expected in err and len(err.strip().splitlines()) == 1


def test_a_corrupt_workspace_file_is_named(capsys, tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", f"sqlite:///{path}", "list")
    assert code == 1 and "not a Desk database or is damaged" in err


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "export", "x")[0] == 2          # --format missing
    assert run(capsys, "frobnicate")[0] == 2


def test_unknown_article_exits_1(sqlite_url, capsys):
    code, _, err = run(capsys, "--db", sqlite_url, "show", "nope")
    assert code == 1 and err.strip() == "desk: There is no article with id nope."


def test_user_add_at_a_terminal_asks_a_password_only_for_a_server_login(db_url, capsys, monkeypatch):
    """A server login gets a password typed twice; a local workspace has no logins to protect."""
    import getpass

    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or "s3cret")
    try:
        code, out, _ = run(capsys, "--db", db_url, "user", "add", "vera_cli_t", "--role", "editor")
        assert code == 0 and "vera_cli_t is now a editor" in out
        shared = db_url.startswith("postgresql")
        assert asked == (["Password for vera_cli_t (empty for none): ", "Again: "] if shared else [])
    finally:
        if db_url.startswith("postgresql"):
            from sqlalchemy import create_engine, text

            engine = create_engine(db_url)
            with engine.begin() as conn:
                conn.execute(text('DROP ROLE IF EXISTS "vera_cli_t"'))
            engine.dispose()


def test_policy_show_and_set(sqlite_url, capsys):
    code, out, _ = run(capsys, "--db", sqlite_url, "policy", "show", "--json")
    shown = json.loads(out)
    assert shown["current"] == 1 and shown["versions"][0]["text"] == N
    code, out, _ = run(capsys, "--db", sqlite_url, "policy", "set", "--text", N, "--age-mark", "18+",
                       "--from", "2020-01-01")
    assert code == 0 and "version 2" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "policy", "show")
    assert N + " 18+" in out
    code, _, err = run(capsys, "--db", sqlite_url, "policy", "set", "--text", N, "--from", "01/02/2020")
    assert code == 2


def test_default_workspace_is_seeded_with_demo_articles(capsys):
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 6
    assert {r["language"] for r in rows} == {"ru", "en"}
    assert len({r["status"] for r in rows}) >= 4
    translation = next(r for r in rows if r["language"] == "en")
    assert translation["translated_from"] in {r["id"] for r in rows}
    code, out, _ = run(capsys, "check")
    assert code == 0


def test_python_dash_m_runs_without_traceback(tmp_path):
    env = dict(os.environ, DESK_DATA_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "desk_app", "--db", "sqlite:////nonexistent/x.db", "list"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and proc.stderr.startswith("desk: ")
