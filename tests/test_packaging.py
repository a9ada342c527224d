"""The built wheel carries what Desk needs at run time: migrations and demo articles."""
from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.subprocess
def test_wheel_contains_migrations_and_demo_articles(tmp_path):
    # Build from a copy: pip builds in the source tree and would leave build/ behind.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "tests"))
    out = tmp_path / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(out.glob("desk_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desk_app/store/migrations/env.py" in names
    assert "desk_app/store/migrations/script.py.mako" in names
    assert any(n.startswith("desk_app/store/migrations/versions/0001") for n in names)
    assert sum(n.startswith("desk_app/demo/") and n.endswith(".md") for n in names) >= 6
    assert "desk_app/resources/icons/desk.svg" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "desk = desk_app.cli:main" in text and "desk-gui = desk_app.cli:main" in text


def test_the_desktop_icon_is_the_application_icon():
    assert (ROOT / "resources" / "icons" / "desk.svg").read_bytes() == (
        ROOT / "desk_app" / "resources" / "icons" / "desk.svg").read_bytes()


def test_desktop_entry_starts_the_gui_script():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "desk-gui"
