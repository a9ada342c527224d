"""``desk --smoke-test``: exit 0 once the article list is painted, 1 when it is not or cannot be."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

from desk_app.ui.smoke import SmokeTest


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "xdg"), DESK_DATA_DIR=str(tmp_path / "data"))
    return env


@pytest.mark.subprocess
def test_smoke_test_paints_the_demo_list_on_a_first_start_and_exits_0(tmp_path):
    env = _env(tmp_path) | {"DESK_SMOKE_SCREENSHOT": str(tmp_path / "shot.png")}
    proc = subprocess.run([sys.executable, "-m", "desk_app", "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "smoke test passed: the article list painted 7 rows" in proc.stdout
    assert (tmp_path / "data" / "workspace.sqlite3").is_file()
    assert (tmp_path / "shot.png").stat().st_size > 10_000          # the window, not an empty image


@pytest.mark.subprocess
def test_smoke_test_that_cannot_open_the_workspace_exits_1_without_a_dialog(tmp_path):
    missing = tmp_path / "no-such-folder" / "x.sqlite3"
    (tmp_path / "no-such-folder").write_text("a file where the folder should be")
    proc = subprocess.run([sys.executable, "-m", "desk_app", "--smoke-test", "--db", f"sqlite:///{missing}"],
                          env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "smoke test failed" in proc.stderr and "Traceback" not in proc.stderr


class _Model:
    def __init__(self, querying: bool, rows: int) -> None:
        self.querying, self.rows, self.matching_count = querying, rows, None

    def rowCount(self) -> int:  # noqa: N802 - the model's Qt name
        return self.rows


def _window(model: _Model) -> QMainWindow:
    window = QMainWindow()
    view = QListView()
    window.setCentralWidget(view)
    window.list_panel = SimpleNamespace(view=view, model=model)
    return window


def test_a_list_that_never_paints_fails_after_the_timeout(qtbot, monkeypatch, capsys):
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    window = _window(_Model(querying=True, rows=0))        # still reading its first page
    qtbot.addWidget(window)
    SmokeTest(window, timeout_ms=200)
    window.show()
    qtbot.waitUntil(lambda: bool(codes), timeout=5_000)
    assert codes == [1]
    assert "not painted within" in capsys.readouterr().err


def test_a_painted_first_page_passes(qtbot, monkeypatch, capsys):
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    window = _window(_Model(querying=False, rows=3))
    qtbot.addWidget(window)
    SmokeTest(window, timeout_ms=5_000)
    window.show()
    qtbot.waitUntil(lambda: bool(codes), timeout=5_000)
    qtbot.wait(300)                                        # the timeout is stopped: no second exit
    assert codes == [0]
    assert "painted 3 rows" in capsys.readouterr().out
