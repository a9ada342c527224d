"""``desk registry`` on both backends: import, list --json, affected, scope, evaluate, errors."""
from __future__ import annotations

import json
from pathlib import Path

from desk_app.cli import main
from desk_app.domain.notice import DEMO_NOTICE_TEXT

DATA = Path(__file__).resolve().parents[1] / "data" / "mentions"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_and_affected(db_url, capsys, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(f"---\nheadline: Пикет\nlanguage: ru\n---\n\n{DEMO_NOTICE_TEXT}\n\n"
                     "На пикет вышла Екатерина Шульман.\n", encoding="utf-8")
    assert run(capsys, "--db", db_url, "import", str(story))[0] == 0
    code, out, _ = run(capsys, "--db", db_url, "registry", "import", str(DATA / "registry.csv"))
    assert code == 0
    assert "14 added" in out and "1 stored article needs a label" in out and "Шульман Екатерина" in out
    code, out, _ = run(capsys, "--db", db_url, "registry", "list", "--json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == 14
    assert {"name": "Шульман Екатерина Михайловна", "kind": "foreign_agent_person", "gender": "f"}.items() \
        <= next(e for e in entries if e["number"] == "102").items()
    code, out, _ = run(capsys, "--db", db_url, "registry", "affected", "--json")
    [item] = json.loads(out)
    assert code == 1 and item["checked"] is False and item["entities"] == ["Шульман Екатерина Михайловна"]
    code, out, _ = run(capsys, "--db", db_url, "registry", "affected", "--json", "--mentions", "--refresh")
    assert code == 1 and [m["text"] for m in json.loads(out)[0]["mentions"]] == ["Екатерина Шульман"]
    code, out, _ = run(capsys, "--db", db_url, "check")
    assert code == 1 and "unlabelled mention" in out


def test_scope_and_evaluate(db_url, capsys):
    code, out, _ = run(capsys, "--db", db_url, "registry", "scope", "every")
    assert code == 0 and "every mention" in out
    code, out, _ = run(capsys, "registry", "evaluate", str(DATA / "sentences.txt"))
    assert code == 0 and "precision 1.000, recall 1.000" in out


def test_errors_are_one_line(db_url, capsys, tmp_path):
    code, _, err = run(capsys, "--db", db_url, "registry", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and err.count("\n") == 1 and "There is no file" in err
    bad = tmp_path / "list.ods"
    bad.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_url, "registry", "import", str(bad))
    assert code == 1 and "reads .csv or .xlsx" in err
