"""Which words of a Markdown article a spell checker looks at, and how a word is tried.

Pure text rules, no dictionary: a line of Markdown yields the words a reader
sees, never code (spans and fenced blocks), link targets, HTML tags and
entities, URLs, domain names or e-mail addresses. Abbreviations in capitals
(ЖКХ, NATO), one-letter words and words with digits are never flagged either,
as in the word processors newsrooms know. The notice block is the caller's to
skip (the editor knows its block; :func:`text_words` takes the paragraph).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["WORD_MAX", "Word", "is_single_word", "line_spans", "line_words", "name_key", "names_of", "parse_word_list",
           "text_words", "tries", "script_of"]

WORD_MAX = 100

_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_WORD = re.compile(r"[^\W_]+(?:['’\-‐][^\W_]+)*")
_SKIP = re.compile(
    r"(?P<code>(`+)(?!`).+?(?<!`)\2(?!`))"                       # `code span`
    r"|(?P<target>\]\([^)\s]*(?:\s+\"[^\"]*\")?\))"               # ](link target "title")
    r"|(?P<refdef>^[ \t]{0,3}\[[^\]]+\]:\s*\S+)"                  # [ref]: https://…
    r"|(?P<footnote>\[\^[^\]\s]+\])"                               # [^1]
    r"|(?P<comment><!--.*?(?:-->|$))"                              # <!-- comment -->
    r"|(?P<tag></?[A-Za-z][^<>]*>)"                                # <b>, <https://…>, </span>
    r"|(?P<entity>&#?\w+;)"                                        # &nbsp; &#8212;
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"                    # anna@example.org
    r"|(?P<url>(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>()\]]+)"  # https://…, www.…
    r"|(?P<domain>\b(?:[A-Za-z0-9-]+\.)+(?:[A-Za-z]{2,}|рф)\b(?:/[^\s<>()\]]*)?)",  # kavkaz-uzel.eu/x
    re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Word:
    """A word to check: its text and where it is (offsets in the line or text it came from)."""

    start: int
    end: int
    text: str


_TRIGGER = re.compile(r"[`\[\]<&@/:]|[A-Za-z0-9-]\.[A-Za-z]|www\.", re.IGNORECASE)
"""A line without any of these has nothing for :data:`_SKIP` to find (most lines: the fast path)."""


def _skipped(word: str) -> bool:
    if len(word) < 2 or len(word) > WORD_MAX:
        return True
    if not word.isalpha():
        if any(c.isdigit() for c in word):
            return True
        return word.replace("-", "").replace("'", "").replace("’", "").replace("‐", "").isupper()
    return word.isupper()   # ЖКХ, NATO


def line_spans(line: str, in_fence: bool = False) -> tuple[list[tuple[int, int, str]], bool]:
    """(start, end, word) of each word of one line to check, and whether the next line is in a fence."""
    if in_fence or (line[:1] in " `~" and _FENCE.match(line)):
        closing = in_fence and _FENCE.match(line) is not None
        return [], not closing
    if _TRIGGER.search(line) is None:   # the common case, kept lean: most words are plain lower-case letters
        return [(*m.span(), t) for m in _WORD.finditer(line)
                if (t := m.group()).isalpha() and 1 < len(t) <= WORD_MAX and not t.isupper()
                or not t.isalpha() and not _skipped(t)], False
    skipped = [(m.start(), m.end()) for m in _SKIP.finditer(line)]
    spans = []
    k = 0
    for m in _WORD.finditer(line):
        while k < len(skipped) and skipped[k][1] <= m.start():
            k += 1
        if k < len(skipped) and skipped[k][0] < m.end():
            continue
        text = m.group()
        if not _skipped(text):
            spans.append((m.start(), m.end(), text))
    return spans, False


def line_words(line: str, in_fence: bool = False, offset: int = 0) -> tuple[list[Word], bool]:
    """The words of one line to check (offsets plus ``offset``), and whether the next line is in a fence."""
    spans, fence = line_spans(line, in_fence)
    return [Word(a + offset, b + offset, t) for a, b, t in spans], fence


def text_words(text: str, notice: str | None = None) -> Iterator[Word]:
    """Every word of a Markdown body to check, with offsets into ``text``; lines of ``notice`` are skipped."""
    notice_lines = {line.strip() for line in notice.splitlines() if line.strip()} if notice else set()
    offset = 0
    in_fence = False
    for line in text.split("\n"):
        if not (notice_lines and line.strip() in notice_lines):
            words, in_fence = line_words(line, in_fence, offset)
            yield from words
        offset += len(line) + 1


def tries(word: str) -> list[list[str]]:
    """Ways to accept a word, each a list of parts that must all pass: the word, then its hyphen parts.

    A typographic apostrophe is tried as the ASCII one the dictionaries list
    (*don’t* → *don't*); a hyphenated compound passes when the whole does or
    every part does (*Сулейман-Стальского*, *well-known*); an abbreviation
    part is not looked up (*МЧС-России*).
    """
    plain = word.replace("’", "'").replace("‐", "-")
    ways = [[plain]]
    if "-" in plain:
        ways.append([p for p in plain.split("-") if p and not _skipped(p)])
    return ways


def script_of(word: str) -> str:
    """"cyrillic", "latin" or "" — which alphabet a word is written in (its first letter's)."""
    if _CYRILLIC.match(word):
        return "cyrillic"
    if _LATIN.match(word):
        return "latin"
    return ""


def is_single_word(text: str) -> bool:
    """True when ``text`` is one word a dictionary can hold (letters, inner hyphens or apostrophes)."""
    match = _WORD.fullmatch(text)
    return match is not None and len(text) <= WORD_MAX and not any(c.isdigit() for c in text)


def parse_word_list(text: str) -> list[tuple[str, str]]:
    """(word, model) of each line of a word list: ``word [model]``, ``#`` comments and blank lines skipped.

    Raises ValueError naming the line that is not one word (and an optional model word).
    """
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) > 2 or not all(is_single_word(p) for p in parts):
            raise ValueError(f"line {number} is not a word and an optional model word: {raw!r}")
        out.append((parts[0], parts[1] if len(parts) == 2 else ""))
    return out


def name_key(word: str) -> str:
    """How a name word is looked up among :func:`names_of`: lower case, ё as е, typographic apostrophe plain."""
    return word.lower().replace("ё", "е").replace("’", "'")


def names_of(phrases: Iterable[str]) -> frozenset[str]:
    """The words of names (lookup keys, two letters or more) a checker accepts when written with a capital.

    Fed with the mention registry's names, aliases and generated forms: the
    people and organisations a newsroom must name correctly are spelt there
    already, declined, so their surnames are not flagged in any case.
    """
    return frozenset(name_key(m.group()) for phrase in phrases for m in _WORD.finditer(phrase)
                     if len(m.group()) >= 2 and not any(c.isdigit() for c in m.group()))
