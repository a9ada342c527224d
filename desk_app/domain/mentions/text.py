"""Text helpers for matching: one normal form for words (lower case, ё → е) and word tokens
with their offsets. Word tokens are found with one regular expression (fast enough for a
20,000-word article on every pause in typing); razdel decides sentence bounds, and only
around the paragraphs that hold a candidate mention.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

WORD = re.compile(r"[^\W_]+", re.UNICODE)
OPEN_QUOTES = "«“„\"'‘‹"
CLOSE_QUOTES = "»”“\"'’›"


def normalise(text: str) -> str:
    """Lower case with ё as е, stress marks and soft hyphens dropped."""
    low = text.lower().replace("ё", "е")   # str.replace: far faster than translate on Cyrillic
    if "\u0301" in low or "\u00ad" in low:
        low = low.replace("\u0301", "").replace("\u00ad", "")
    return low


def lowered(text: str) -> str | None:
    """``text`` normalised with every character where it was, or None when that is impossible."""
    low = text.lower().replace("ё", "е")   # str.replace: ten times faster than translate on Cyrillic
    if len(low) != len(text) or "\u0301" in text or "\u00ad" in text:
        return None
    return low


def tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and normal forms of the words of ``text`` (three parallel lists)."""
    low = lowered(text)
    if low is None:   # rare: offsets would drift
        found = [(m.start(), m.end(), normalise(m.group())) for m in WORD.finditer(text)]
        return [f[0] for f in found], [f[1] for f in found], [f[2] for f in found]
    starts, ends, norms = [], [], []
    for m in WORD.finditer(low):
        starts.append(m.start())
        ends.append(m.end())
        norms.append(m.group())
    return starts, ends, norms


def words(text: str) -> list[str]:
    return [normalise(m.group()) for m in WORD.finditer(text)]


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    return start, (len(text) if end < 0 else end)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans (absolute offsets) of ``text[start:end]``; a line break ends a sentence too."""
    from razdel import sentenize

    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            for s in sentenize(line):
                yield pos + s.start, pos + s.stop
        pos += len(line) + 1
