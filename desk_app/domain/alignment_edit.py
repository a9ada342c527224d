"""The translator's edits of an alignment: merge two beads, split one, move a boundary.

Each takes a valid covering of beads and returns a new one; the beads it touches become
manual, so re-aligning keeps them (see :func:`desk_app.domain.alignment.align`).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Literal

from desk_app.domain.alignment import Bead, check_beads

__all__ = ["merge", "shift", "split"]



def _bead_index(beads: Sequence[Bead], i: int, need_next: bool) -> None:
    last = len(beads) - (2 if need_next else 1)
    if not 0 <= i <= last:
        what = "a bead with a following bead" if need_next else "a bead"
        raise ValueError(f"index {i} does not name {what} (there are {len(beads)} beads)")


def merge(beads: Sequence[Bead], i: int) -> list[Bead]:
    """Merge bead ``i`` with bead ``i + 1``; the merged bead is manual."""
    check_beads(beads)
    _bead_index(beads, i, need_next=True)
    a, b = beads[i], beads[i + 1]
    merged = Bead(a.source + b.source, a.target + b.target, manual=True)
    return [*beads[:i], merged, *beads[i + 2 :]]


def split(beads: Sequence[Bead], i: int) -> list[Bead]:
    """Split bead ``i`` into two beads as evenly as possible (both manual).

    An n-m bead keeps the first ceil(n/2) source and ceil(m/2) target
    paragraphs in the first half; a 1-1 bead becomes 1-0 and 0-1.
    """
    check_beads(beads)
    _bead_index(beads, i, need_next=False)
    b = beads[i]
    if len(b.source) + len(b.target) < 2:
        raise ValueError(f"bead {i} ({b.kind}) holds a single paragraph and cannot be split")
    cs, ct = (len(b.source) + 1) // 2, (len(b.target) + 1) // 2
    if len(b.source) == len(b.target) == 1:
        cs, ct = 1, 0  # 1-1 becomes 1-0 and 0-1
    first, second = Bead(b.source[:cs], b.target[:ct], True), Bead(b.source[cs:], b.target[ct:], True)
    return [*beads[:i], first, second, *beads[i + 1 :]]


def shift(beads: Sequence[Bead], i: int, side: Literal["source", "target"], direction: Literal[-1, 1]) -> list[Bead]:
    """Move the boundary between bead ``i`` and bead ``i + 1`` on one side.

    ``direction=+1`` moves the first ``side`` paragraph of bead ``i + 1`` into
    bead ``i``; ``-1`` moves the last ``side`` paragraph of bead ``i`` into
    bead ``i + 1``. Both beads become manual; a bead left with no paragraph
    on either side disappears.
    """
    if side not in ("source", "target"):
        raise ValueError(f"side must be 'source' or 'target', not {side!r}")
    if direction not in (-1, 1):
        raise ValueError(f"direction must be -1 or +1, not {direction!r}")
    check_beads(beads)
    _bead_index(beads, i, need_next=True)
    a, b = beads[i], beads[i + 1]
    a_side: tuple[int, ...] = getattr(a, side)
    b_side: tuple[int, ...] = getattr(b, side)
    if direction == 1:
        if not b_side:
            raise ValueError(f"bead {i + 1} has no {side} paragraph to move into bead {i}")
        a_side, b_side = a_side + b_side[:1], b_side[1:]
    else:
        if not a_side:
            raise ValueError(f"bead {i} has no {side} paragraph to move into bead {i + 1}")
        a_side, b_side = a_side[:-1], a_side[-1:] + b_side
    new = (dataclasses.replace(a, **{side: a_side}, manual=True), dataclasses.replace(b, **{side: b_side}, manual=True))
    middle = [x for x in new if x.source or x.target]
    return [*beads[:i], *middle, *beads[i + 2 :]]
