"""Paragraph segments of an article body, as translation pairing sees them.

A body is Markdown. Paragraphs are separated by blank lines, except that a
Markdown list (tight or loose, with indented continuation lines) and a fenced
code block each count as one paragraph. The generated "originally published"
line of a translation, and an optional notice paragraph, are not content and
are dropped, so paragraph ordinals are the same ones ``desk pair --json``
prints: numbered from 0, content paragraphs only.

Pure Python: no database, no Qt.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["body_paragraphs", "fold", "paragraph_hash", "is_origin_line"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")
_ORIGIN = re.compile(r"^This article was originally published on .*", re.IGNORECASE | re.DOTALL)
_EMPHASIS = "*_ \t"


def fold(text: str) -> str:
    """NFC-normalise ``text`` and fold every run of whitespace to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def paragraph_hash(text: str) -> str:
    """SHA-256 hex digest of the folded paragraph, for staleness tracking.

    Folding makes the hash blind to re-wrapping, trailing spaces and
    composed/decomposed forms of the same letters ("й" vs "и" + breve).
    """
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def is_origin_line(paragraph: str) -> bool:
    """True for the generated "This article was originally published on ..." line.

    Emphasis markers around the line (``*...*``, ``_..._``) are ignored.
    """
    return bool(_ORIGIN.match(fold(paragraph).strip(_EMPHASIS)))


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return (
        len(line) - len(line.lstrip(" ")) <= 3
        and len(stripped) >= len(fence)
        and set(stripped) == {fence[0]}
    )


def _blocks(body: str) -> list[str]:
    """Split ``body`` into raw blocks (lists and fences kept whole)."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    in_list = False  # the block being built contains a list item
    pending_blank = False  # a blank line was seen inside that list

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    i = 0
    while i < len(lines):
        line = lines[i]
        fence_match = _FENCE.match(line)
        if fence_match:
            flush()
            in_list = pending_blank = False
            fence = fence_match.group(1)
            block = [line]
            i += 1
            while i < len(lines):
                block.append(lines[i])
                i += 1
                if _closes(block[-1], fence):
                    break
            blocks.append(block)
            continue
        if not line.strip():
            if in_list:
                pending_blank = True
                if current:
                    current.append(line)
            else:
                flush()
            i += 1
            continue
        if in_list and pending_blank:
            if _LIST_ITEM.match(line) or _INDENTED.match(line):
                # a loose list goes on: same paragraph
                pending_blank = False
                current.append(line)
                i += 1
                continue
            # the list has ended; trailing blanks are not part of it
            while current and not current[-1].strip():
                current.pop()
            flush()
            in_list = pending_blank = False
        if not current:
            in_list = False
        if _LIST_ITEM.match(line):
            in_list = True
        current.append(line)
        i += 1
    while current and not current[-1].strip():
        current.pop()
    flush()
    return ["\n".join(block).strip() for block in blocks]


def body_paragraphs(body: str, *, notice: str | None = None) -> list[str]:
    """The content paragraphs of a Markdown ``body``, stripped, numbered from 0.

    Dropped: empty blocks, a paragraph equal to ``notice`` (compared after NFC
    normalisation and whitespace folding) and any "This article was
    originally published on ..." line.
    """
    folded_notice = fold(notice) if notice is not None else None
    result: list[str] = []
    for block in _blocks(body):
        if not block:
            continue
        if folded_notice and fold(block) == folded_notice:
            continue
        if is_origin_line(block):
            continue
        result.append(block)
    return result
