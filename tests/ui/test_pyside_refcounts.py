"""Canary: the installed PySide6 must not leak references to None or True.

PySide6 6.12.0 on Python 3.11 took one reference away from ``None`` on every
call of a method returning void and from ``True`` on every ``emit()``; the
interpreter then aborts ("none_dealloc", "bool_dealloc") after a few thousand
calls — minutes into a session. pyproject.toml excludes that release; this
test fails at once if an upgrade brings such a build back.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_ping = Signal(bool)
    """Emitted by the test only."""


def test_void_calls_keep_references_to_none(qapp):
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 50


def test_emit_keeps_references_to_true(qapp):
    emitter = _Emitter()
    received = [0]

    def count(_value: bool) -> None:
        received[0] += 1

    emitter.sig_ping.connect(count)
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.sig_ping.emit(True)
    assert received[0] == 2000
    assert abs(sys.getrefcount(True) - before) < 50
