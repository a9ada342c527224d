"""``desk dictionary``: the newsroom's spelling dictionary from the command line, on both databases."""
from __future__ import annotations

import json

from desk_app.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_and_remove_newsroom_words(db_url, capsys):
    code, out, _ = run(capsys, "--db", db_url, "dictionary", "add", "сайдинг", "--lang", "ru", "--like", "вагонами")
    assert code == 0 and "inflected like “вагон”" in out
    code, out, _ = run(capsys, "--db", db_url, "dictionary", "list", "--json")
    assert code == 0 and [(w["word"], w["like"]) for w in json.loads(out)] == [("сайдинг", "вагон")]
    code, out, err = run(capsys, "--db", db_url, "dictionary", "add", "сайдинг", "--lang", "ru")
    assert code == 1 and out == "" and err.strip().count("\n") == 0 and "already in the newsroom" in err
    code, out, _ = run(capsys, "--db", db_url, "dictionary", "remove", "сайдинг", "--lang", "ru")
    assert code == 0
    code, out, _ = run(capsys, "--db", db_url, "dictionary", "list")
    assert code == 0 and "empty" in out


def test_a_model_the_dictionary_does_not_list_is_refused_in_one_line(sqlite_url, capsys):
    code, out, err = run(capsys, "--db", sqlite_url, "dictionary", "add", "сайдинг", "--lang", "ru", "--like", "qwxz")
    assert code == 1 and "not in the Russian dictionary" in err and "Traceback" not in err
