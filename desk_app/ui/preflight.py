"""Before Qt starts: the display to show on and the system libraries Qt's platform plugin needs.

Qt aborts the whole process (a core dump) when its platform plugin cannot be loaded: Qt 6.5 and
later need libxcb-cursor0 and several other xcb libraries that a fresh Linux install may lack.
:func:`check` finds that out first, with the dynamic loader's own answer (``ldd`` on the plugin),
and returns one sentence that names what is missing and the command that installs it on
Debian/Ubuntu and Fedora. This module imports no Qt.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib.util import find_spec
from pathlib import Path

__all__ = ["check", "install_sentence", "missing_libraries", "platform_name", "plugin_path",
           "sentence_for_import_error"]

# soname -> (Debian/Ubuntu package, Fedora package): every library Qt's xcb, offscreen and
# wayland plugins and QtGui/QtWidgets load from the system (the PySide6 wheels bring the rest).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libz.so.1": ("zlib1g", "zlib"),
}

Runner = Callable[[Sequence[str]], str]
"""Runs ``ldd PATH`` and returns its output ('' when it could not run)."""


def platform_name(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM's first entry, else Qt's own default."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip().lower()
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def qt_folder() -> Path | None:
    """PySide6's Qt folder (libraries and plugins), found without importing PySide6."""
    spec = find_spec("PySide6")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    frozen_root = getattr(sys, "_MEIPASS", None)       # inside a PyInstaller bundle
    if frozen_root:
        locations.append(str(Path(frozen_root) / "PySide6"))
    for location in locations:
        folder = Path(location) / "Qt"
        if folder.is_dir():
            return folder
    return None


def plugin_path(platform: str, qt: Path | None = None) -> Path | None:
    """The platform plugin's file (``libqxcb.so`` for xcb), or None when it is not there to check."""
    qt = qt if qt is not None else qt_folder()
    if qt is None:
        return None
    folder = qt / "plugins" / "platforms"
    exact = folder / f"libq{platform}.so"
    if exact.is_file():
        return exact
    return next(iter(sorted(folder.glob(f"libq{platform}*.so"))), None)


def _run_ldd(args: Sequence[str]) -> str:
    env = dict(os.environ, LC_ALL="C")          # "not found" is the loader's word in the C locale
    try:
        proc = subprocess.run(list(args), capture_output=True, text=True, timeout=20, env=env)
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout


_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def missing_libraries(library: Path, run: Runner = _run_ldd) -> list[str]:
    """The shared libraries ``library`` needs (directly or through others) that the loader cannot find."""
    return list(dict.fromkeys(_NOT_FOUND.findall(run(["ldd", str(library)]))))


def install_sentence(missing: Sequence[str], *, head: str = "Desk cannot open its window because the system is missing",
                     then: str = "start Desk again") -> str:
    """One sentence: what is missing and how to install it on Debian/Ubuntu and on Fedora."""
    debian = list(dict.fromkeys(PACKAGES[n][0] for n in missing if n in PACKAGES))
    fedora = list(dict.fromkeys(PACKAGES[n][1] for n in missing if n in PACKAGES))
    head = f"{head} {', '.join(missing)}"
    if not debian:
        return f"{head}; install the packages that provide them with your system's package manager, then {then}."
    unknown = [n for n in missing if n not in PACKAGES]
    rest = f", plus the packages that provide {', '.join(unknown)}" if unknown else ""
    them = "them" if len(missing) > 1 else "it"
    return (f"{head}; install {them} with “sudo apt-get install {' '.join(debian)}” on Debian or Ubuntu, "
            f"or “sudo dnf install {' '.join(fedora)}” on Fedora{rest}, then {then}.")


def _x_server_answers(display: str) -> bool:
    """True unless DISPLAY names a local X server (``:N``) that nothing listens on."""
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display.strip())
    if match is None:                   # a remote display (host:N, ssh forwarding): Qt will tell
        return True
    path = f"/tmp/.X11-unix/X{match.group(1)}"
    for address in (path, "\0" + path):            # the socket file, or Linux's abstract socket
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False


def check(env: Mapping[str, str] | None = None, *, run: Runner = _run_ldd, qt: Path | None = None,
          system: str = sys.platform) -> str | None:
    """None when the window can start; else the one sentence that says why not and what to do."""
    if not system.startswith("linux"):
        return None
    env = os.environ if env is None else env
    platform = platform_name(env)
    if platform not in ("xcb", "wayland"):
        # offscreen and minimal need only what QtGui and QtWidgets need, so a missing library fails
        # the import of Qt, which sentence_for_import_error turns into the same sentence (and the
        # bench's offscreen cold start pays no ldd); eglfs, vnc, …: chosen deliberately, Qt reports
        return None
    plugin = plugin_path(platform, qt)
    missing = missing_libraries(plugin, run) if plugin is not None else []
    if missing:
        return install_sentence(missing)
    if platform == "xcb":
        display = env.get("DISPLAY", "")
        if not display:
            return ("Desk cannot open its window because no display is set (DISPLAY is empty); start it "
                    "from a desktop session, or use its commands without a window (see “desk --help”).")
        if not _x_server_answers(display):
            return (f"Desk cannot open its window because no X server answers on display {display}; "
                    "check DISPLAY, or start Desk from a desktop session.")
    return None


_LOADER_ERROR = re.compile(r"(\S+\.so(?:\.\d+)*): cannot open shared object file")


def sentence_for_import_error(exc: ImportError, env: Mapping[str, str] | None = None,
                              run: Runner = _run_ldd) -> str | None:
    """When importing Qt failed for want of a system library: the install sentence (every missing one)."""
    match = _LOADER_ERROR.search(str(exc))
    if match is None:
        return None
    env = os.environ if env is None else env
    plugin = plugin_path(platform_name(env)) or plugin_path("offscreen")
    missing = missing_libraries(plugin, run) if plugin is not None else []
    if match.group(1) not in missing:
        missing.insert(0, match.group(1))
    return install_sentence(missing)
