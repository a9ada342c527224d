"""Reading a file the user names without trusting it: never blocking on a pipe, never past a cap."""
from __future__ import annotations

import os

OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
              | getattr(os, "O_BINARY", 0))
"""Flags for ``os.open``: opening a FIFO does not wait for a writer, a terminal is never adopted."""


def read_capped(fd: int, cap: int) -> bytes:
    """At most ``cap + 1`` bytes of the open file ``fd``: more than ``cap`` means it is too big."""
    chunks: list[bytes] = []
    left = cap + 1
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
