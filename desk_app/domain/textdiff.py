"""Word-level diffs for the history view and a three-way paragraph merge.

Pure Python (difflib): no Qt, no database.

* :func:`word_diff` splits both texts into words, runs of whitespace and single
  punctuation marks, so joining the ``equal`` + ``delete`` pieces gives back
  the old text exactly and ``equal`` + ``insert`` gives back the new one.
* :func:`word_diff_html` / :func:`side_by_side_html` render that with
  ``<del>``/``<ins>`` marks styled inline (background colours QTextBrowser
  understands; Qt does not know ``del``/``ins`` and relies on the inline style).
* :func:`merge_paragraphs` is a diff3-style merge of paragraph lists (the
  algorithm of bzr/breezy's ``Merge3``: sync regions where base, mine and
  theirs all agree, and between them take the side that changed).
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

__all__ = [
    "Conflict",
    "DEL_STYLE",
    "INS_STYLE",
    "MergeResult",
    "merge_paragraphs",
    "side_by_side_html",
    "tokenize",
    "word_diff",
    "word_diff_html",
]


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

DEL_STYLE = "background-color:#ffd7d5; color:#82071e; text-decoration:line-through;"
INS_STYLE = "background-color:#ccffd8; color:#055d20; text-decoration:underline;"
_WRAP_STYLE = "white-space:pre-wrap;"


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and single punctuation marks; ``"".join`` restores ``text``."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level edit script from ``old`` to ``new``.

    Returns ``(op, text)`` pairs with op ``"equal"``, ``"delete"`` or
    ``"insert"``; adjacent pieces never share an op, and within a change the
    deletion comes before the insertion. Whitespace that merely separates two
    changed words is folded into the change, so "the cat" → "a dog" reads as
    one replacement rather than two.
    """
    a, b = tokenize(old), tokenize(new)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    raw: list[tuple[str, str, str]] = []  # (kind, old_text, new_text)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_text, new_text = "".join(a[i1:i2]), "".join(b[j1:j2])
        raw.append(("equal" if tag == "equal" else "change", old_text, new_text))
    # Fold whitespace-only equal runs that sit between two changes.
    folded: list[tuple[str, str, str]] = []
    for index, (kind, old_text, new_text) in enumerate(raw):
        if (
            kind == "equal"
            and old_text.isspace()
            and 0 < index < len(raw) - 1
            and raw[index - 1][0] == "change"
            and raw[index + 1][0] == "change"
        ):
            kind = "change"
        if folded and folded[-1][0] == kind:
            prev = folded.pop()
            folded.append((kind, prev[1] + old_text, prev[2] + new_text))
        else:
            folded.append((kind, old_text, new_text))
    ops: list[tuple[str, str]] = []
    for kind, old_text, new_text in folded:
        if kind == "equal":
            ops.append(("equal", old_text))
            continue
        if old_text:
            ops.append(("delete", old_text))
        if new_text:
            ops.append(("insert", new_text))
    return ops


def _span(op: str, text: str) -> str:
    escaped = html.escape(text, quote=False)
    if op == "delete":
        return f'<del style="{DEL_STYLE}">{escaped}</del>'
    if op == "insert":
        return f'<ins style="{INS_STYLE}">{escaped}</ins>'
    return escaped


def _wrap(body: str) -> str:
    return f'<div class="desk-diff" style="{_WRAP_STYLE}">{body}</div>'


def word_diff_html(old: str, new: str) -> str:
    """One HTML fragment: deletions in ``<del>``, insertions in ``<ins>``, all escaped."""
    return _wrap("".join(_span(op, text) for op, text in word_diff(old, new)))


def side_by_side_html(old: str, new: str) -> tuple[str, str]:
    """(old with deletions highlighted, new with insertions highlighted)."""
    ops = word_diff(old, new)
    left = "".join(_span(op, text) for op, text in ops if op != "insert")
    right = "".join(_span(op, text) for op, text in ops if op != "delete")
    return _wrap(left), _wrap(right)


# --------------------------------------------------------------------------
# Three-way merge of paragraph lists
# --------------------------------------------------------------------------

@dataclass
class Conflict:
    """Both sides changed the same stretch of the base differently.

    ``index_in_result`` is where the kept version starts in
    :attr:`MergeResult.paragraphs`; the kept version is ``mine``, except when
    mine deleted the stretch and theirs edited it — edits win over deletes, so
    theirs is kept (see :attr:`kept`). Either way all three versions are here,
    so nothing is lost.
    """

    index_in_result: int
    base: list[str]
    mine: list[str]
    theirs: list[str]

    @property
    def kept_side(self) -> str:
        """"mine" or "theirs": whose paragraphs stand at ``index_in_result``."""
        return "mine" if self.mine else "theirs"

    @property
    def kept(self) -> list[str]:
        return self.mine if self.mine else self.theirs


@dataclass
class MergeResult:
    paragraphs: list[str]
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _matches(base: Sequence[str], other: Sequence[str]) -> list[tuple[int, int, int]]:
    return [
        (m.a, m.b, m.size)
        for m in SequenceMatcher(None, list(base), list(other), autojunk=False).get_matching_blocks()
    ]


def _sync_regions(
    base: Sequence[str], mine: Sequence[str], theirs: Sequence[str]
) -> list[tuple[int, int, int, int, int, int]]:
    """Stretches unchanged on both sides: (base_start, base_end, mine_start,
    mine_end, theirs_start, theirs_end), ending with an empty sentinel."""
    mine_matches = _matches(base, mine)
    theirs_matches = _matches(base, theirs)
    regions: list[tuple[int, int, int, int, int, int]] = []
    im = it = 0
    while im < len(mine_matches) and it < len(theirs_matches):
        m_base, m_other, m_len = mine_matches[im]
        t_base, t_other, t_len = theirs_matches[it]
        start = max(m_base, t_base)
        end = min(m_base + m_len, t_base + t_len)
        if start < end:
            m_start = m_other + (start - m_base)
            t_start = t_other + (start - t_base)
            length = end - start
            regions.append((start, end, m_start, m_start + length, t_start, t_start + length))
        if m_base + m_len < t_base + t_len:
            im += 1
        else:
            it += 1
    regions.append((len(base), len(base), len(mine), len(mine), len(theirs), len(theirs)))
    return regions


def merge_paragraphs(base: list[str], mine: list[str], theirs: list[str]) -> MergeResult:
    """Three-way merge of paragraph lists (diff3 style).

    * a stretch changed on one side only is taken from that side (so
      insertions at different places on both sides both survive);
    * a stretch changed identically on both sides is taken once;
    * a stretch changed differently on both sides is a :class:`Conflict`; the
      result keeps **mine** there — or **theirs** when mine deleted the
      stretch and theirs edited it (edits win over deletes). The conflict
      records base, mine and theirs, so nothing is lost.
    """
    result: list[str] = []
    conflicts: list[Conflict] = []
    ib = im = it = 0
    for b_start, b_end, m_start, m_end, t_start, t_end in _sync_regions(base, mine, theirs):
        base_part = base[ib:b_start]
        mine_part = mine[im:m_start]
        theirs_part = theirs[it:t_start]
        if mine_part or theirs_part:
            mine_same = mine_part == base_part
            theirs_same = theirs_part == base_part
            if mine_part == theirs_part or theirs_same:
                result.extend(mine_part)
            elif mine_same:
                result.extend(theirs_part)
            else:
                conflict = Conflict(len(result), list(base_part), list(mine_part), list(theirs_part))
                conflicts.append(conflict)
                result.extend(conflict.kept)
        # (both sides empty: deleted on both, or nothing there — nothing to add)
        result.extend(base[b_start:b_end])
        ib, im, it = b_end, m_end, t_end
    return MergeResult(result, conflicts)
