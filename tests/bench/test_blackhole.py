"""The bench's silent server for ``keystroke_offline_p99_ms``: accepts, never answers, stops itself."""
from __future__ import annotations

import socket
import time

import pytest

from desk_app.bench.figures import GROUPS, TARGETS
from desk_app.bench.measures_offline import KEY, Blackhole


def test_it_accepts_connections_and_never_answers():
    with Blackhole(lifetime=30) as hole:
        with socket.create_connection(("127.0.0.1", hole.port), timeout=2) as conn:
            conn.sendall(b"\x00\x00\x00\x08\x04\xd2\x16\x2f")   # PostgreSQL's SSLRequest
            conn.settimeout(0.5)
            with pytest.raises(TimeoutError):
                conn.recv(1)
        deadline = time.monotonic() + 2
        while hole.accepted < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert hole.accepted == 1


def test_it_holds_a_bounded_number_and_stops_by_itself():
    hole = Blackhole(lifetime=0.5, max_connections=1)
    with hole:
        first = socket.create_connection(("127.0.0.1", hole.port), timeout=2)
        second = socket.create_connection(("127.0.0.1", hole.port), timeout=2)
        second.settimeout(2)
        assert second.recv(1) == b""        # beyond the bound: closed at once
        time.sleep(1.0)                      # past its lifetime: everything closed, no listener
        first.settimeout(2)
        assert first.recv(1) == b""
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", hole.port), timeout=1)
        first.close()
        second.close()


def test_the_figure_has_its_target_and_group():
    assert TARGETS[KEY].limit == 16
    assert any(KEY in keys for keys in GROUPS.values())
