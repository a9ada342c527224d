"""The check before Qt starts: missing system libraries and a missing display are one sentence, exit 1."""
from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.ui import preflight

ROOT = Path(__file__).resolve().parents[2]

LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)
"""


def fake_qt(tmp_path: Path, *platforms: str) -> Path:
    folder = tmp_path / "Qt" / "plugins" / "platforms"
    folder.mkdir(parents=True)
    for name in platforms:
        (folder / f"libq{name}.so").write_bytes(b"\x7fELF")
    return tmp_path / "Qt"


class Ldd:
    """Answers ``ldd`` from a table (plugin file name -> output) and records what it was asked."""

    def __init__(self, answers: dict[str, str] | None = None) -> None:
        self.answers, self.asked = answers or {}, []

    def __call__(self, args):
        self.asked.append(Path(args[-1]).name)
        return self.answers.get(Path(args[-1]).name, "")


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "vnc"),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"XDG_SESSION_TYPE": "wayland"}, "xcb"),
])
def test_platform_is_the_one_qt_tries_first(env, expected):
    assert preflight.platform_name(env) == expected


def test_missing_libraries_are_read_from_the_loader_once_each():
    ldd = Ldd({"libqxcb.so": LDD_TWO_MISSING})
    assert preflight.missing_libraries(Path("/x/libqxcb.so"), ldd) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert ldd.asked == ["libqxcb.so"]


def test_missing_xcb_libraries_name_the_install_commands_for_debian_and_fedora(tmp_path):
    qt = fake_qt(tmp_path, "xcb", "offscreen")
    ldd = Ldd({"libqxcb.so": LDD_TWO_MISSING})
    sentence = preflight.check({"DISPLAY": ":0"}, run=ldd, qt=qt, system="linux")
    assert sentence is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in sentence
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in sentence
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in sentence
    assert sentence.count(".") >= 1 and "\n" not in sentence and sentence.endswith("again.")
    assert ldd.asked == ["libqxcb.so"]


def test_every_library_of_the_xcb_plugin_on_this_machine_has_its_packages():
    plugin = preflight.plugin_path("xcb")
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=dict(os.environ, LC_ALL="C")).stdout
    system = {line.split()[0] for line in out.splitlines()
              if "=>" in line and "/PySide6/" not in line and line.split()[0].startswith("lib")}
    not_covered = {n for n in system if n.startswith(("libxcb", "libX", "libxkb", "libEGL", "libGL", "libfont",
                                                      "libdbus", "libfreetype", "libglib"))} - set(preflight.PACKAGES)
    assert not not_covered


def test_readme_lists_every_debian_package_the_xcb_plugin_needs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    needed = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
              "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libgl1",
              "libfontconfig1", "libdbus-1-3"}
    line = next(x for x in readme.splitlines() if x.startswith("`sudo apt-get install"))
    assert needed <= set(line.strip("`").split())


def test_libraries_of_unknown_packages_are_still_named(tmp_path):
    sentence = preflight.install_sentence(["libxcb-cursor.so.0", "libfancy.so.3"])
    assert "libfancy.so.3" in sentence and "sudo apt-get install libxcb-cursor0”" in sentence
    only_unknown = preflight.install_sentence(["libfancy.so.3"])
    assert "libfancy.so.3" in only_unknown and "apt-get" not in only_unknown


def test_wayland_checks_its_own_plugin_and_needs_no_x_display(tmp_path):
    qt = fake_qt(tmp_path, "xcb", "wayland")
    ldd = Ldd({"libqwayland.so": "\tlibwayland-cursor.so.0 => not found\n"})
    sentence = preflight.check({"QT_QPA_PLATFORM": "wayland"}, run=ldd, qt=qt, system="linux")
    assert sentence is not None and "apt-get install libwayland-cursor0" in sentence
    assert ldd.asked == ["libqwayland.so"]
    assert preflight.check({"QT_QPA_PLATFORM": "wayland"}, run=Ldd(), qt=qt, system="linux") is None


def test_offscreen_is_left_to_the_import_of_qt(tmp_path):
    # the offscreen plugin needs nothing QtWidgets does not: a missing library fails `import PySide6.QtWidgets`
    qt = fake_qt(tmp_path, "offscreen")
    ldd = Ldd({"libqoffscreen.so": "\tlibEGL.so.1 => not found\n"})
    assert preflight.check({"QT_QPA_PLATFORM": "offscreen"}, run=ldd, qt=qt, system="linux") is None
    assert ldd.asked == []


def test_no_display_is_one_sentence(tmp_path):
    qt = fake_qt(tmp_path, "xcb")
    sentence = preflight.check({}, run=Ldd(), qt=qt, system="linux")
    assert sentence is not None and "no display is set" in sentence


def test_a_display_nobody_listens_on_is_one_sentence(tmp_path):
    qt = fake_qt(tmp_path, "xcb")
    sentence = preflight.check({"DISPLAY": ":4711"}, run=Ldd(), qt=qt, system="linux")
    assert sentence is not None and "no X server answers on display :4711" in sentence


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux's")
def test_a_display_with_an_x_server_passes(tmp_path):
    qt = fake_qt(tmp_path, "xcb")
    number = 4000 + os.getpid() % 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(1)
        assert preflight.check({"DISPLAY": f":{number}.0"}, run=Ldd(), qt=qt, system="linux") is None
    # a remote display is left to Qt
    assert preflight.check({"DISPLAY": "remote.example:10"}, run=Ldd(), qt=qt, system="linux") is None


def test_other_systems_and_chosen_platforms_are_not_checked(tmp_path):
    qt = fake_qt(tmp_path, "xcb", "vnc")
    ldd = Ldd({"libqxcb.so": LDD_TWO_MISSING, "libqvnc.so": LDD_TWO_MISSING})
    assert preflight.check({}, run=ldd, qt=qt, system="win32") is None
    assert preflight.check({"QT_QPA_PLATFORM": "vnc"}, run=ldd, qt=qt, system="linux") is None
    assert ldd.asked == []


def test_qt_failing_to_import_for_a_library_becomes_the_install_sentence():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    sentence = preflight.sentence_for_import_error(exc, {"QT_QPA_PLATFORM": "offscreen"}, run=Ldd())
    assert sentence is not None and "libEGL.so.1" in sentence and "apt-get install libegl1" in sentence
    assert preflight.sentence_for_import_error(ImportError("No module named 'PySide6'"), {}, run=Ldd()) is None


# -- the real command, in a separate process ---------------------------------------------------

def _fake_ldd(folder: Path, output: str) -> dict[str, str]:
    folder.mkdir()
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\ncat <<'EOF'\n{output}EOF\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "XDG_SESSION", "DESK_"))}
    env["PATH"] = f"{folder}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.mark.subprocess
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_desk_with_missing_xcb_libraries_exits_1_with_one_sentence(tmp_path):
    if preflight.plugin_path("xcb") is None:
        pytest.skip("PySide6 has no xcb plugin here")
    env = _fake_ldd(tmp_path / "bin", LDD_TWO_MISSING)
    env.update(DISPLAY=":0", HOME=str(tmp_path / "home"), DESK_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "desk_app"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "libxcb-cursor.so.0" in lines[0] and "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in lines[0]
    assert not (tmp_path / "data").exists()          # nothing was opened or written


@pytest.mark.subprocess
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_desk_without_a_display_exits_1_with_one_sentence(tmp_path):
    if preflight.plugin_path("xcb") is None:
        pytest.skip("PySide6 has no xcb plugin here")
    env = _fake_ldd(tmp_path / "bin", "")
    env.pop("DISPLAY", None)
    env.update(HOME=str(tmp_path / "home"), DESK_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "desk_app"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "no display is set" in proc.stderr


def test_qt_that_cannot_load_a_library_is_one_sentence_from_the_command(monkeypatch, capsys):
    from desk_app import cli

    class MissingEGL:                       # what the loader says when libEGL.so.1 is not installed
        def find_spec(self, name, path=None, target=None):
            if name == "desk_app.ui.app":
                raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
            return None

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delitem(sys.modules, "desk_app.ui.app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [MissingEGL(), *sys.meta_path])
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libEGL.so.1" in err and "sudo apt-get install libegl1" in err


@pytest.mark.subprocess
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_display_that_refuses_the_connection_is_one_sentence_not_a_core_dump(tmp_path):
    # a remote display passes the preflight (it cannot be checked without X's handshake); Qt then
    # fails fatally, which Desk turns into one sentence and exit 1 instead of abort()
    number = 93
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", 6000 + number)) == 0:
            pytest.skip("something listens on the X port this test needs closed")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "XDG_SESSION", "DESK_"))}
    env.update(DISPLAY=f"127.0.0.1:{number}", HOME=str(tmp_path / "home"), DESK_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "desk_app"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr                        # not 134 (SIGABRT)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("Desk cannot open its window")
