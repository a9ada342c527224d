"""Keep CPython alive under a PySide6 6.12 reference-counting bug (temporary; see below).

In PySide6 6.12.0 on Python 3.11, *every* call of a Qt method that returns
``void`` (``setFormat``, ``setPlainText``, ``setInterval``, ``keyPressEvent``
...) takes one reference away from ``None`` (on 3.12+ ``None`` is immortal,
so the bug is invisible there). The highlighter alone makes thousands of such
calls per document, and CPython aborts with "Fatal Python error: none_dealloc"
after a few thousand. ``desk_app.ui.pyside_compat`` guards ``True``/``False``
for ``emit()``; this does the same for ``None``, the way Python 3.12 does:
it gives ``None`` a refcount so large that it can never reach zero. It probes
first and changes nothing on a PySide6 without the bug.

It belongs in ``pyside_compat.install()`` (called once by the application and
the test conftest); the article pane calls it itself until it moves there.
"""
from __future__ import annotations

import ctypes
import sys
import threading

from PySide6.QtCore import QObject

__all__ = ["guard_none_refcount"]

_lock = threading.Lock()
_done = False
_PROBE_ROUNDS = 64
_IMMORTAL_ENOUGH = 1 << 40


def _void_calls_drop_none() -> int:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_ROUNDS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None)


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 drops references to None; True when it is in place."""
    global _done
    with _lock:
        if _done:
            return True
        if sys.version_info >= (3, 12) or _void_calls_drop_none() < _PROBE_ROUNDS // 2:
            return False
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL_ENOUGH
        _done = True
        return True
