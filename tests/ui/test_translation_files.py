"""The committed translations: up to date with the code, and each one keeps its source's placeholders.

``make translations`` rewrites desk_app/resources/i18n/desk_ru.ts from the code; when someone marks a
new text (or changes one) and forgets to, the committed file lacks it and the interface shows it
in English. The first test runs pyside6-lupdate into a temporary file and compares the
(context, source) pairs.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desk_app" / "resources" / "i18n" / "desk_ru.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def lupdate_sources() -> list[str]:
    """What ``make translations`` reads: the package's modules but the bench and the CLI (English)."""
    package = ROOT / "desk_app"
    return sorted(str(p) for p in package.rglob("*.py")
                  if "__pycache__" not in p.parts and not p.is_relative_to(package / "bench")
                  and not p.name.startswith("cli"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def test_the_committed_translations_know_every_text_of_the_code(tmp_path):
    if not LUPDATE.exists():
        pytest.fail(f"{LUPDATE} is missing: install the package (make .venv/.installed-test)")
    fresh = tmp_path / "desk_ru.ts"
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *lupdate_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    in_code, committed = set(messages(fresh)), set(messages(TS))
    missing = sorted(in_code - committed)
    stale = sorted(committed - in_code)
    assert not missing and not stale, (
        "desk_ru.ts is out of date; run `make translations` and translate what is new.\n"
        f"Missing: {missing[:20]}\nNo longer in the code: {stale[:20]}")


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = []
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != expected:
                wrong.append(f"{context}: {source!r} -> {form!r}")
        if "%n" in source and message.get("numerus") != "yes":
            wrong.append(f"{context}: {source!r} is not marked as a plural (run make translations)")
    assert not wrong, "\n".join(wrong)


def _counts_lupdate_cannot_read(source: str) -> list[int]:
    """Lines of ``translate(ctx, text, disambiguation, COUNT)`` calls whose count is neither a name
    nor a number: pyside6-lupdate leaves such a message out of the .ts without a word."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == "translate"
                and len(node.args) >= 4 and not isinstance(node.args[3], (ast.Name, ast.Constant))):
            lines.append(node.lineno)
    return lines


def test_every_plural_count_is_a_plain_name_lupdate_can_read():
    package = Path(__file__).resolve().parents[2] / "desk_app"
    found = [f"{path.relative_to(package)}:{line}" for path in sorted(package.rglob("*.py"))
             for line in _counts_lupdate_cannot_read(path.read_text(encoding="utf-8"))]
    assert not found, "give these counts a name first (count = len(x)); lupdate drops them:\n" + "\n".join(found)


def test_the_plural_check_sees_an_expression_count():
    assert _counts_lupdate_cannot_read('translate("C", "%n words", "", len(x))\n') == [1]
    assert _counts_lupdate_cannot_read('translate("C", "%n words", "", n)\n') == []
