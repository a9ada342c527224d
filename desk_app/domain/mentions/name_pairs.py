"""Name pairs: the adjacent word pairs of an article that can belong to a written name.

PostgreSQL's search vector cannot answer "does this article hold the phrase Лев Пономарёв"
without re-reading the vector of every article that holds both words, and it drops the
one-letter initials that are stop words ("К. Ахмедов"). So each article's label facts also
keep its *name pairs*: every two adjacent words, normalised ("лев пономарев"), where

- the gap between them is one the matcher allows inside a name (matcher._GAP, or a dot
  after an initial); and
- the second word starts with a capital ("Лев Пономарёв", "общества «Мемориал»",
  "Пономарёв Л.") or the first is an initial, a capital letter and a dot ("Л. пономарёв").

Sentence openings ("Он сказал") are left out, so an article keeps a few dozen pairs. A
hyphen at either end ("Лев Пономарёв-младший", no mention for the matcher) still keeps the
pair: the report may then list an article the matcher would not, never miss one.

An article whose current facts hold every pair of a two-word form written with no flag
mentions the entity (the matcher ignores letter case there); a longer form is taken as
mentioned when all its pairs are there. A form with initials (flag ``n``) can only be
written so that all its pairs are kept, so an article with current facts and without them
does not mention it in that form; any other form may be written in lower case, and the
report asks the search index for its words as well.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from desk_app.domain.mentions.text import tokens

GAP = re.compile(r" |[ \t\u00a0\u202f«»“”„\"'‹›‘’\-‑–/]{1,4}|\n")   # matcher._GAP
AFTER_INITIAL = re.compile(r"\.[ \t\u00a0\u202f]?")                   # matcher._AFTER_INITIAL


def text_pairs(fields: Iterable[str]) -> list[str]:
    """The name pairs of the texts ``fields`` (each field on its own), sorted, no duplicates."""
    out: set[str] = set()
    for text in fields:
        if text:
            out.update(_pairs(text))
    return sorted(out)


def _initial(text: str, start: int, end: int) -> bool:
    return end - start == 1 and text[start].isupper() and end < len(text) and text[end] == "."


def _pairs(text: str) -> Iterable[str]:
    starts, ends, norms = tokens(text)
    for k in range(len(norms) - 1):
        s1, e1, s2, e2 = starts[k], ends[k], starts[k + 1], ends[k + 1]
        first_initial = _initial(text, s1, e1)
        if not (text[s2].isupper() or first_initial):
            continue
        gap = text[e1:s2]
        if not (GAP.fullmatch(gap) or (e1 - s1 == 1 and AFTER_INITIAL.fullmatch(gap))):
            continue
        if len(norms[k + 1]) == 1 and not _initial(text, s2, e2):
            continue   # "Пономарёв И": the matcher wants an initial's dot
        if e1 - s1 == 1 and not first_initial:
            continue
        yield f"{norms[k]} {norms[k + 1]}"


def form_pairs(words: Sequence[str]) -> tuple[str, ...]:
    """The pairs a mention of the form ``words`` (normalised) leaves in the facts."""
    return tuple(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def pair_key(pair: str) -> int:
    """A pair as a signed 64-bit number (PostgreSQL keeps these: a third of the text's size, so
    a quarter of the archive's facts rows are read in a fraction of the time). Two pairs share
    a number once in about 2^64 comparisons."""
    return int.from_bytes(hashlib.blake2b(pair.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
