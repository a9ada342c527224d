"""The foreign-agent notice: the policy, checking a body against it, and fixing it.

Pure Python. A body is Markdown whose paragraphs are separated by blank lines;
the notice must be its own paragraph, first (``top``) or last (``end``). A
paragraph *matches* when it equals the canonical paragraph after Unicode NFC
and whitespace folding only; it *resembles* the notice (an altered notice)
when a robust "skeleton" comparison says it is an attempt at it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache

from desk_app.domain.messages import join_words, translate

__all__ = [
    "DEMO_NOTICE_TEXT", "DEMO_OUTLET", "NoticePolicy", "NoticeProblem", "NoticeReport", "Placement",
    "ProblemKind", "check", "fix", "is_canonical", "normalise", "split_notice", "split_paragraphs",
]

DEMO_OUTLET = "ООО “МЕМО”"
DEMO_NOTICE_TEXT = (
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО”, "
    "ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”."
)


class Placement(StrEnum):
    TOP = "top"
    END = "end"


class ProblemKind(StrEnum):
    MISSING = "missing"
    ALTERED = "altered"
    MISPLACED = "misplaced"
    DUPLICATED = "duplicated"

    @property
    def word(self) -> str:
        """The kind inside a sentence (translatable)."""
        return _KIND_WORDS[self]


_KIND_WORDS = {
    ProblemKind.MISSING: translate("Notice", "missing"),
    ProblemKind.ALTERED: translate("Notice", "altered"),
    ProblemKind.MISPLACED: translate("Notice", "misplaced"),
    ProblemKind.DUPLICATED: translate("Notice", "duplicated"),
}


@dataclass(frozen=True)
class NoticePolicy:
    """The outlet's exact notice text and where it goes; versioned."""

    text: str
    outlet: str = ""
    placement: Placement = Placement.TOP
    age_mark: str = ""
    effective_from: date = date(2022, 12, 1)
    languages: tuple[str, ...] = ()  # empty = every language
    version: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "placement", Placement(self.placement))
        langs = (self.languages,) if isinstance(self.languages, str) else self.languages
        object.__setattr__(self, "languages", tuple(str(x) for x in langs))
        if not self.text.strip():
            raise ValueError("The notice text is empty.")
        if len(split_paragraphs(self.paragraph())) != 1:
            raise ValueError("The notice must be a single paragraph (no blank lines).")

    def paragraph(self) -> str:
        """The canonical notice paragraph: the text, plus the age mark if any."""
        return f"{self.text} {self.age_mark}" if self.age_mark else self.text

    def applies_to(self, language: str, on: date) -> bool:
        if isinstance(on, datetime):
            on = on.date()
        return on >= self.effective_from and (not self.languages or str(language) in self.languages)


@dataclass(frozen=True)
class NoticeProblem:
    kind: ProblemKind
    paragraph_index: int | None  # 0-based body paragraph; None for MISSING
    message: str
    differences: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticeReport:
    problems: tuple[NoticeProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One sentence for an editor; "" when ok."""
        if not self.problems:
            return ""
        if len(self.problems) == 1:
            return self.problems[0].message
        parts = [p.kind.word if p.paragraph_index is None else translate("Notice", "{kind} (paragraph "
                                                                                   "{number})").format(
                 kind=p.kind.word, number=p.paragraph_index + 1) for p in self.problems]
        return translate("Notice", "The notice has {count} problems: {problems}.").format(
            count=len(self.problems), problems=join_words(parts, "and"))


# ---------------------------------------------------------------------------------------------
# Paragraphs and normalisation

_BREAK = re.compile(r"\r\n|\r|\n")


def normalise(text: str) -> str:
    """Unicode NFC, runs of whitespace folded to one space, stripped. Nothing else."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of non-blank lines, without their final line break."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = pos = 0
    for m in [*_BREAK.finditer(body), None]:
        line_end = m.start() if m is not None else len(body)
        if body[pos:line_end].strip():
            if start is None:
                start = pos
            end = line_end
        elif start is not None:
            spans.append((start, end))
            start = None
        if m is not None:
            pos = m.end()
    if start is not None:
        spans.append((start, end))
    return spans


def split_paragraphs(body: str) -> list[str]:
    """The body's paragraphs, each byte-exact; blank (whitespace-only) lines separate them."""
    return [body[s:e] for s, e in _paragraph_spans(body)]


def is_canonical(policy: NoticePolicy, body: str) -> bool:
    """Exactly the database trigger's test: the canonical paragraph verbatim at its place."""
    p = policy.paragraph()
    if policy.placement is Placement.TOP:
        return body == p or body.startswith(p + "\n\n")
    return body == p or body.endswith("\n\n" + p)


def split_notice(policy: NoticePolicy | None, body: str) -> tuple[str | None, str]:
    """(notice paragraph as found, rest of the body) when the notice matches at its place."""
    if policy is None:
        return None, body
    spans = _paragraph_spans(body)
    if not spans:
        return None, body
    canon = normalise(policy.paragraph())
    if policy.placement is Placement.TOP:
        s, e = spans[0]
        if normalise(body[s:e]) == canon:
            return body[s:e], body[spans[1][0]:] if len(spans) > 1 else ""
    else:
        s, e = spans[-1]
        if normalise(body[s:e]) == canon:
            return body[s:e], body[:spans[-2][1]] if len(spans) > 1 else ""
    return None, body


# ---------------------------------------------------------------------------------------------
# Skeletons: what is left of a text once case, invisible characters, look-alike letters,
# quote and dash styles and Markdown markers are set aside

_INVISIBLE_EXTRA = frozenset("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u2060\u3164\ufeff"
                             "\uffa0")
_HOMOGLYPHS = {  # Latin capitals, Latin small letters, Greek
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
    "X": "Х", "Y": "У",
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
    "Α": "А", "Β": "В", "Ε": "Е", "Η": "Н", "Κ": "К", "Μ": "М", "Ο": "О", "Ρ": "Р", "Τ": "Т", "Υ": "У",
    "Χ": "Х", "α": "а", "ε": "е", "ο": "о", "ρ": "р", "χ": "х", "κ": "к",
}
_QUOTES = "\"“”„‟«»‹›‘’‚‛'′″"
_DASHES = "‐‑‒–—―−﹘﹣"
_MARKERS = ">*_#~`"
_PUNCT = {**{q: '"' for q in _QUOTES}, **{d: "-" for d in _DASHES}, **{m: "" for m in _MARKERS}}
_WORD = re.compile(r"[^\W_]+")


def _is_invisible(c: str) -> bool:
    return c in _INVISIBLE_EXTRA or unicodedata.category(c) == "Cf" or "\ufe00" <= c <= "\ufe0f"


@lru_cache(maxsize=8192)
def _skel_char(c: str) -> str:
    if _is_invisible(c):
        return ""
    if c.isspace():
        return " "
    out = []
    for d in unicodedata.normalize("NFKD", c):
        if unicodedata.combining(d) or unicodedata.category(d) in ("Mn", "Me"):
            continue
        for e in _HOMOGLYPHS.get(d, d).casefold():
            out.append(_PUNCT.get(e, e))
    return "".join(out)


def _skeleton(text: str) -> str:
    return " ".join("".join(map(_skel_char, text)).split())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Skeleton words of ``text`` with their (start, end) offsets in ``text``."""
    parts: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        s = _skel_char(c)
        parts.append(s)
        where.extend([i] * len(s))
    skel = "".join(parts)
    return [(m.group(), where[m.start()], where[m.end() - 1] + 1) for m in _WORD.finditer(skel)]


def _has_stems(skel: str) -> bool:
    return "иностранн" in skel and "агент" in skel


@dataclass(frozen=True)
class _Canon:
    paragraph: str
    norm: str
    skel: str
    words: tuple[str, ...]
    wordset: frozenset[str]
    min_shared: int
    foreign_agent: bool


@lru_cache(maxsize=64)
def _canon(paragraph: str) -> _Canon:
    skel = _skeleton(paragraph)
    words = tuple(_WORD.findall(skel))
    wordset = frozenset(words)
    return _Canon(paragraph, normalise(paragraph), skel, words, wordset,
                  max(1, min(len(wordset), round(0.3 * len(wordset)))), _has_stems(skel))


# ---------------------------------------------------------------------------------------------
# Finding an altered notice inside a paragraph

_RATIO_ALONE = 0.75        # whole-paragraph skeleton similarity that is an attempt at the notice
_RATIO_WITH_STEMS = 0.6    # ... when both "иностранн" and "агент" are present
_COVERAGE = 0.6            # share of the notice's words found, in order, close together
_COVERAGE_WITH_STEMS = 0.5
_DENSITY = 0.6
_COVERAGE_PURE = 0.3       # a short attempt: few of the notice's words, but hardly any others
_PURITY = 0.75
_TRANSLIT = re.compile(r"inostrann|agent|nastoyashch|material|informats|proizved|rasprostran|kasaet|deyateln|libo",
                       re.IGNORECASE)
_TERMINATOR_GAP = re.compile(r"[.!?…][\"'”»’)\]*_]*\s")
_LEADING_MARKUP = frozenset(">*_#~`-+([{“«„\"'‘")
_AGE_MARK = re.compile(r"[^\S\r\n]*\d{1,2}\+")
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)


def _boundary(gap: str) -> bool:
    return "\n" in gap or "\r" in gap or bool(_TERMINATOR_GAP.search(gap))


def _extend(text: str, toks: list[tuple[str, int, int]], first: int, last: int,
            missing_before: int, missing_after: int, notice_words: frozenset[str]) -> tuple[int, int]:
    """Grow the span of tokens first..last over notice words that did not match and over markup."""
    def joined(j: int) -> bool:  # no sentence or line boundary between tokens j and j + 1
        return not _boundary(text[toks[j][2]:toks[j + 1][1]])

    if missing_before:
        reach = 0
        while first - reach > 0 and joined(first - reach - 1):
            reach += 1
        first -= reach if reach <= missing_before + 3 else missing_before
    if missing_after:
        reach = 0
        while last + reach + 1 < len(toks) and joined(last + reach):
            reach += 1
        last += reach if reach <= missing_after + 3 else missing_after

    def same_line(j: int) -> bool:
        return not any(c in text[toks[j][2]:toks[j + 1][1]] for c in "\r\n")

    for _ in range(3):  # a notice word typed twice next to the notice ("НАСТОЯЩИЙ НАСТОЯЩИЙ ...")
        if first > 0 and toks[first - 1][0] in notice_words and joined(first - 1):
            first -= 1
        if last + 1 < len(toks) and toks[last + 1][0] in notice_words and joined(last):
            last += 1
    # ... or a stray sentence made only of notice words right after it ("... “МЕМО”. “МЕМО”.")
    tail = last + 1
    while tail < len(toks) and tail - last <= 3 and toks[tail][0] in notice_words and same_line(tail - 1):
        if tail + 1 == len(toks) or _boundary(text[toks[tail][2]:toks[tail + 1][1]]):
            last = tail
            break
        tail += 1
    start, end = toks[first][1], toks[last][2]
    while start > 0 and (text[start - 1] in _LEADING_MARKUP or _is_invisible(text[start - 1])
                         or (text[start - 1].isspace() and text[start - 1] not in "\r\n")):
        start -= 1
    while end < len(text) and not text[end].isspace() and not text[end].isalnum():
        end += 1
    m = _AGE_MARK.match(text, end)
    if m:
        end = m.end()
        while end < len(text) and not text[end].isspace() and not text[end].isalnum():
            end += 1
    return start, end


def _locate(canon: _Canon, text: str) -> tuple[int, int] | None:
    """The span of an attempt at the notice in ``text`` (not an exact match), or None."""
    skel = _skeleton(text)
    words = _WORD.findall(skel)
    if len(canon.wordset & set(words)) < canon.min_shared:
        return _locate_transliterated(canon, text)
    ratio = 0.0
    if len(skel) <= 3 * len(canon.skel):
        sm = SequenceMatcher(None, canon.skel, skel, autojunk=False)
        if sm.real_quick_ratio() >= _RATIO_WITH_STEMS and sm.quick_ratio() >= _RATIO_WITH_STEMS:
            ratio = sm.ratio()
    blocks = [b for b in SequenceMatcher(None, canon.words, words, autojunk=False).get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    coverage = matched / len(canon.words)
    density = matched / (blocks[-1].b + blocks[-1].size - blocks[0].b) if blocks else 0.0
    purity = matched / len(words) if words else 0.0
    stems = canon.foreign_agent and _has_stems(skel)
    long_enough = len(canon.words) >= 5
    if not (ratio >= _RATIO_ALONE
            or (long_enough and coverage >= _COVERAGE and density >= _DENSITY)
            or (stems and (ratio >= _RATIO_WITH_STEMS
                           or (long_enough and coverage >= _COVERAGE_WITH_STEMS and density >= _DENSITY)
                           or (coverage >= _COVERAGE_PURE and purity >= _PURITY and density >= _PURITY)))):
        return _locate_transliterated(canon, text)
    if not blocks:
        return 0, len(text)
    toks = _tokens(text)
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    return _extend(text, toks, first, last, blocks[0].a, len(canon.words) - blocks[-1].a - blocks[-1].size,
                   canon.wordset)


def _locate_transliterated(canon: _Canon, text: str) -> tuple[int, int] | None:
    """A notice typed in Latin transliteration ("INOSTRANNYM AGENTOM ...")."""
    if not canon.foreign_agent:
        return None
    hits = list(_TRANSLIT.finditer(text))
    found = {m.group().casefold() for m in hits}
    if "inostrann" not in found or "agent" not in found or len(found) < 4:
        return None
    toks = _tokens(text)
    first = next((i for i, t in enumerate(toks) if t[2] > hits[0].start()), 0)
    last = max((i for i, t in enumerate(toks) if t[1] < hits[-1].end()), default=len(toks) - 1)
    if not toks or last < first:
        return 0, len(text)
    return _extend(text, toks, first, last, len(toks), len(toks), frozenset())


def _cut(text: str, start: int, end: int) -> str:
    """``text`` without text[start:end], joined neatly (no blank line is created)."""
    before, after = text[:start].rstrip(), text[end:]
    rest = after.lstrip()
    gap_b, gap_a = text[len(before):start], after[:len(after) - len(rest)]
    if not rest:
        return before
    if "\n" in gap_a or "\r" in gap_a:
        rest = _BREAK.split(gap_a)[-1] + rest  # keep the next line's indentation
    if not before:
        return rest
    newline = any(c in g for g in (gap_b, gap_a) for c in "\r\n")
    return before + ("\n" if newline else " ") + rest


def _substantive(canon: _Canon, text: str) -> bool:
    """Worth keeping once the notice is cut out: letters, and not just a stray word or two of the notice."""
    text = _FENCE.sub("", text)
    if not any(c.isalpha() for c in text):
        return False
    words = _WORD.findall(_skeleton(text))
    return len(words) > 4 or not set(words) <= canon.wordset


@dataclass(frozen=True)
class _Suspect:
    index: int
    start: int
    end: int
    remainder: str  # what is left once the notice part is taken out ("" if nothing worth keeping)


def _suspects(canon: _Canon, paras: list[str], present: bool) -> list[_Suspect]:
    """Paragraphs that resemble the notice without matching it."""
    out = []
    for i, para in enumerate(paras):
        if normalise(para) == canon.norm:
            continue
        span = _locate(canon, para)
        if span is None:
            continue
        rest = _cut(para, *span)
        rest = rest if _substantive(canon, rest) else ""
        if present and rest and canon.norm in normalise(para):
            continue  # the notice is in place; this paragraph quotes it inside other text
        out.append(_Suspect(i, span[0], span[1], rest))
    return out


# ---------------------------------------------------------------------------------------------
# Describing differences

def _show(text: str, limit: int = 80) -> str:
    text = "".join(f"[U+{ord(c):04X}]" if _is_invisible(c) else c for c in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _script(c: str) -> str:
    name = unicodedata.name(c, "unknown").split(" ")[0].title()
    return _SCRIPTS.get(name, name)


_KIND_NOTES = {
    ("missing", "text"): translate("Notice", "missing text “{text}”"),
    ("missing", "word"): translate("Notice", "missing word “{text}”"),
    ("missing", "words"): translate("Notice", "missing words “{text}”"),
    ("extra", "text"): translate("Notice", "extra text “{text}”"),
    ("extra", "word"): translate("Notice", "extra word “{text}”"),
    ("extra", "words"): translate("Notice", "extra words “{text}”"),
}
_SCRIPTS = {"Latin": translate("Notice", "Latin"), "Cyrillic": translate("Notice", "Cyrillic"),
            "Greek": translate("Notice", "Greek")}


def _kind(tokens: list[str]) -> str:
    if not any(c.isalpha() for t in tokens for c in t):
        return "text"
    return "word" if len(tokens) == 1 else "words"


def _visible(text: str) -> str:
    return "".join(c for c in text if not _is_invisible(c))


def _invisible_notes(found: str) -> list[str]:
    notes: list[str] = []
    for j, c in enumerate(found):
        if not _is_invisible(c):
            continue
        name = unicodedata.name(c, "")
        label = (translate("Notice", "invisible character U+{code} ({name})") if name
                 else translate("Notice", "invisible character U+{code}")).format(code=f"{ord(c):04X}", name=name)
        s = found.rfind(" ", 0, j) + 1
        e = found.find(" ", j)
        e = len(found) if e < 0 else e
        word, before, after = _visible(found[s:e]), _visible(found[s:j]), _visible(found[j + 1:e])
        if not word:
            prev = _visible(found[:s]).split()
            where = (translate("Notice", "after “{word}”").format(word=_show(prev[-1])) if prev
                     else translate("Notice", "at the start"))
        elif not after:
            where = translate("Notice", "after “{word}”").format(word=_show(word))
        elif not before:
            where = translate("Notice", "before “{word}”").format(word=_show(word))
        else:
            where = translate("Notice", "inside “{word}”, after "
                                        "“{before}”").format(word=_show(word), before=_show(before))
        notes.append(translate("Notice", "{what} {where}").format(what=label, where=where))
    return notes


def _phrase_differences(a: str, b: str) -> list[str]:
    """Differences between two differing phrases: look-alike letters by code point, else the phrases."""
    notes: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        x, y = a[i1:i2], b[j1:j2]
        if tag == "replace" and len(x) == len(y) and all(
                p.isalpha() and _skel_char(p) == _skel_char(q) and _script(p) != _script(q) for p, q in zip(x, y, strict=False)):
            notes += [translate("Notice", "{script} letter “{letter}” (U+{code}) where {expected_script} “{expected}” "
                                "is expected").format(script=_script(q), letter=q, code=f"{ord(q):04X}",
                                                      expected_script=_script(p), expected=p)
                      for p, q in zip(x, y, strict=False)]
            continue
        return [translate("Notice", "“{before}” became “{after}”").format(before=_show(a), after=_show(b))]
    return notes


def _trim(a: str, b: str) -> tuple[str, str]:
    """Drop trailing punctuation both phrases share ('“МЕМО”,' vs '"МЕМО",' -> '“МЕМО”' vs '"МЕМО"')."""
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[-1] in ",.;:!?":
        a, b = a[:-1], b[:-1]
    return a, b


def _counted(notes: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for n in notes:
        counts[n] = counts.get(n, 0) + 1
    return [n if k == 1 else translate("Notice", "{difference} ({count} times)").format(difference=n, count=k)
            for n, k in counts.items()]


def _widen(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int,
           name: list[str]) -> tuple[int, int, int, int]:
    """Widen a changed stretch to the whole outlet name it touches, over unchanged words only."""
    n = len(name)
    for k in range(max(0, i1 - n + 1), min(i2, len(a) - n + 1)):
        if [t.rstrip(",.;:!?") for t in a[k:k + n]] != name:
            continue
        d, e = max(0, i1 - k), max(0, k + n - i2)
        if j1 - d >= 0 and a[i1 - d:i1] == b[j1 - d:j1] and a[i2:i2 + e] == b[j2:j2 + e]:
            return i1 - d, i2 + e, j1 - d, j2 + e
    return i1, i2, j1, j2


def _differences(canonical: str, found: str, outlet: str = "") -> list[str]:
    """Human-readable word/character level differences of ``found`` against ``canonical``."""
    invisible = _invisible_notes(normalise(found))
    a, b = normalise(_visible(canonical)).split(), normalise(_visible(found)).split()
    name = normalise(outlet).split()
    notes: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "delete":
            notes.append(_KIND_NOTES["missing", _kind(a[i1:i2])].format(text=_show(' '.join(a[i1:i2]))))
        elif tag == "insert":
            extra = _KIND_NOTES["extra", _kind(b[j1:j2])].format(text=_show(' '.join(b[j1:j2])))
            if j2 < len(b):
                extra = translate("Notice", "{what} {where}").format(
                    what=extra, where=translate("Notice", "before “{word}”").format(word=_show(b[j2])))
            elif j1:
                extra = translate("Notice", "{what} {where}").format(
                    what=extra, where=translate("Notice", "after “{word}”").format(word=_show(b[j1 - 1])))
            notes.append(extra)
        elif tag == "replace":
            if name:
                i1, i2, j1, j2 = _widen(a, b, i1, i2, j1, j2, name)
            notes += _phrase_differences(*_trim(" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return _counted(notes + invisible)


# ---------------------------------------------------------------------------------------------
# check / fix

def _where(placement: Placement) -> str:
    if placement is Placement.TOP:
        return translate("Notice", "the first paragraph, directly under the headline")
    return translate("Notice", "the last paragraph")


def _altered(policy: NoticePolicy, canon: _Canon, paras: list[str], sus: _Suspect, pos: int) -> NoticeProblem:
    found = paras[sus.index][sus.start:sus.end] if sus.remainder else paras[sus.index]
    diffs = _differences(canon.paragraph, found, policy.outlet)
    if not diffs and not sus.remainder:
        diffs = [translate("Notice", "“{text}” is not the exact text").format(text=_show(normalise(found)))]
    if sus.remainder:
        diffs.append(translate("Notice", "other text in the same paragraph: “{text}”").format(
            text=_show(normalise(sus.remainder))))
    n = sus.index + 1
    if sus.remainder and len(diffs) == 1:
        message = translate("Notice", "The notice in paragraph {number} is glued to other text and must be a "
                                      "paragraph of its own.").format(number=n)
    else:
        more = len(diffs) - 1
        detail = diffs[0]
        if more == 1:
            detail = translate("Notice", "{difference} (and 1 more difference)").format(difference=detail)
        elif more:
            detail = translate("Notice", "{difference} (and {count} more differences)").format(
                difference=detail, count=more)
        if sus.remainder:
            message = translate("Notice", "The notice in paragraph {number} is altered and glued to other text: "
                                          "{detail}.").format(number=n, detail=detail)
        elif sus.index == pos:
            message = translate("Notice", "The notice is altered: {detail}.").format(detail=detail)
        else:
            message = translate("Notice", "The notice in paragraph {number} is altered and must be {where}: "
                                          "{detail}.").format(number=n, where=_where(policy.placement), detail=detail)
    return NoticeProblem(ProblemKind.ALTERED, sus.index, message, tuple(diffs))


def check(policy: NoticePolicy, body: str) -> NoticeReport:
    """Every problem with the notice in ``body``; ok when it matches at its place, once."""
    canon = _canon(policy.paragraph())
    paras = split_paragraphs(body)
    matches = [i for i, p in enumerate(paras) if normalise(p) == canon.norm]
    suspects = _suspects(canon, paras, bool(matches))
    pos = 0 if policy.placement is Placement.TOP else len(paras) - 1
    problems: list[NoticeProblem] = []
    if not matches and not suspects:
        problems.append(NoticeProblem(ProblemKind.MISSING, None,
                                      translate("Notice", "The notice is missing: it must be {where}.").format(
                                          where=_where(policy.placement))))
    problems += [_altered(policy, canon, paras, s, pos) for s in suspects]
    if matches:
        if pos in matches:
            extra = [i for i in matches if i != pos]
        else:
            misplaced = matches[0] if policy.placement is Placement.TOP else matches[-1]
            extra = [i for i in matches if i != misplaced]
            problems.append(NoticeProblem(
                ProblemKind.MISPLACED, misplaced,
                translate("Notice", "The notice is in paragraph {number} but must be {where}.").format(
                    number=misplaced + 1, where=_where(policy.placement))))
        problems += [NoticeProblem(ProblemKind.DUPLICATED, i,
                                   translate("Notice", "Paragraph {number} repeats the notice, which must appear only "
                                                       "once.").format(number=i + 1))
                     for i in extra]
    problems.sort(key=lambda p: -1 if p.paragraph_index is None else p.paragraph_index)
    return NoticeReport(tuple(problems))


def _without_notices(canon: _Canon, text: str) -> str:
    """What is left of a paragraph once every attempt at the notice is cut out ("" if nothing)."""
    for _ in range(100):  # each pass cuts text out; the bound only guards against the unforeseen
        if normalise(text) == canon.norm:
            return ""
        span = _locate(canon, text)
        if span is None:
            return text
        text = _cut(text, *span)
        if not _substantive(canon, text):
            return ""
    return ""


def fix(policy: NoticePolicy, body: str) -> str:
    """The body with the canonical notice at its place and every other copy or attempt removed."""
    if is_canonical(policy, body) and check(policy, body).ok:
        return body
    p = policy.paragraph()
    canon = _canon(p)
    paras = split_paragraphs(body)
    present = any(normalise(x) == canon.norm for x in paras)
    suspects = {s.index: s for s in _suspects(canon, paras, present)}
    kept: list[str] = []
    for i, para in enumerate(paras):
        if normalise(para) == canon.norm:
            continue
        if i in suspects:
            rest = _without_notices(canon, suspects[i].remainder)
            kept += split_paragraphs(rest)
        else:
            kept.append(para)
    parts = [p, *kept] if policy.placement is Placement.TOP else [*kept, p]
    return "\n\n".join(parts)
