"""``desk --version``: the version and the commit, baked in by a bundle build or asked of git."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desk_app.version import build_info

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_a_baked_build_info_wins(tmp_path):
    (tmp_path / "build_info.json").write_text(json.dumps({"version": "9.9.9", "commit": "abc123def456"}))
    assert build_info(tmp_path) == {"version": "9.9.9", "commit": "abc123def456"}


def test_outside_a_checkout_and_without_build_info_the_commit_is_unknown(tmp_path):
    package = tmp_path / "desk_app"
    package.mkdir()
    (package / "build_info.json").write_text("not json")
    assert build_info(package) == {"version": VERSION, "commit": "unknown"}


@pytest.mark.subprocess
@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
def test_desk_version_in_a_checkout_names_the_commit_from_git():
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()
    proc = subprocess.run([sys.executable, "-m", "desk_app", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.startswith(f"desk {VERSION} (commit {head}")
