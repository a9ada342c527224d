"""The built wheel carries what Desk needs at run time: migrations and demo articles."""
from __future__ import annotations

import configparser
import os
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
    for name in ("ru_RU.aff", "ru_RU.dic", "en_US.aff", "en_US.dic", "LICENSES.md"):
        assert f"desk_app/resources/dictionaries/{name}" in names
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


def _fake_program(folder: Path, name: str = "desk-gui") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def _entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


@pytest.mark.subprocess
@pytest.mark.skipif(shutil.which("make") is None or sys.platform == "win32", reason="needs make and a POSIX shell")
def test_make_install_desktop_puts_the_entry_and_icon_under_xdg_data_home(tmp_path):
    program = _fake_program(tmp_path / "My Apps" / "desk")          # a space in the path is quoted
    data = tmp_path / "xdg-data"
    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"} | {
        "XDG_DATA_HOME": str(data), "HOME": str(tmp_path / "home")}
    proc = subprocess.run(["make", "-s", "-C", str(ROOT), "install-desktop", f"DESK_EXEC={program}"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    installed = data / "applications" / "desk.desktop"
    section = _entry(installed)
    assert section["Exec"] == f'"{program}"' and section["TryExec"] == str(program)
    assert section["Icon"] == "desk" and section["Type"] == "Application"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "desk.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "desk.svg").read_bytes()
    assert not (tmp_path / "home").exists()                         # nothing outside XDG_DATA_HOME
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    removed = subprocess.run([str(ROOT / "packaging" / "install-desktop.sh"), "--remove"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert removed.returncode == 0 and not installed.exists() and not icon.exists()


@pytest.mark.subprocess
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_desktop_refuses_what_is_not_a_program(tmp_path):
    data = tmp_path / "xdg-data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    not_program = tmp_path / "desk-gui"
    not_program.write_text("")                                      # not executable
    proc = subprocess.run([str(ROOT / "packaging" / "install-desktop.sh"), str(not_program)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "make bundle" in proc.stderr and proc.stderr.count("\n") == 1
    assert not data.exists()
