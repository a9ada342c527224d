"""Cleaning text that arrives by paste or drop: control characters out, limits kept.

Pure Python but for the wording of :func:`describe` (the interface's language). Works through a
huge input (20 MB of a binary file's bytes) in
slices and stops as soon as the room left is filled, so a paste never holds
the GUI thread for long.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desk_app.ui.domain_labels import number
from desk_app.ui.i18n import translate

__all__ = ["CONTROL_CHARACTERS", "Cleaned", "clean_text", "describe"]

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_ONE_LINE = re.compile(r"[ \t]*[\n\t]+[ \t]*")
_SLICE = 262_144


@dataclass(frozen=True)
class Cleaned:
    text: str
    original_length: int
    removed_controls: int   # control characters taken out (NUL, escape, form feed, ...)
    truncated: bool         # the text did not fit and was cut
    room: int               # how many characters were allowed


def clean_text(raw: str, room: int, *, single_line: bool = False) -> Cleaned:
    """``raw`` without control characters (tab and newline stay), cut to ``room`` characters.

    ``single_line`` folds line breaks and tabs into single spaces (headline, byline...).
    """
    room = max(room, 0)
    out: list[str] = []
    have = removed = 0
    pos, size = 0, len(raw)
    while pos < size and have < room:
        end = min(pos + _SLICE, size)
        if raw[end - 1:end] == "\r" and raw[end:end + 1] == "\n":
            end += 1
        chunk = _LINE_BREAKS.sub("\n", raw[pos:end])
        pos = end
        cleaned = CONTROL_CHARACTERS.sub("", chunk)
        removed += len(chunk) - len(cleaned)
        if single_line:
            cleaned = _ONE_LINE.sub(" ", cleaned)
        take = cleaned[:room - have]
        out.append(take)
        have += len(take)
        if len(take) < len(cleaned):
            pos = size + 1  # something was left over
    text = "".join(out)
    truncated = pos < size or pos == size + 1
    if not truncated and single_line:
        text = text.strip("\n")
    return Cleaned(text, size, removed, truncated, room)


def describe(cleaned: Cleaned, what: str, limit: int) -> str:
    """One or two sentences on what happened to a paste, or "" when it went in unchanged."""
    parts: list[str] = []
    if cleaned.truncated:
        parts.append(translate("Paste", "The pasted text was {length} characters long; only the first {kept} fit "
                               "({what} limit: {limit} characters).").format(
            length=number(cleaned.original_length), kept=number(len(cleaned.text)), what=what, limit=number(limit)))
    n = cleaned.removed_controls
    if n == 1:
        parts.append(translate("Paste", "1 control character was removed (NUL and the like)."))
    elif n:
        parts.append(translate("Paste", "{count} control characters were removed (NUL and the like; was it a "
                               "binary file?)").format(count=number(n)))
    return " ".join(parts)
