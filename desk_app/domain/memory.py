"""Translation memory and glossary matching, pure.

* :func:`split_sentences` — a small rule set for Russian and English news
  text: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes
  or brackets) followed by a space and a capital letter, a digit, an opening
  quote or a dash; initials ("А. Иванов"), common abbreviations ("г.", "ул.",
  "т.е.", "Mr.", "St.") and numbers ("3.5") do not end a sentence.
* :func:`rank_suggestions` — earlier translations of the same source text:
  whole paragraphs first, then sentences, most recent first, one suggestion
  per distinct target text.
* :func:`glossary_hits` — glossary entries whose Russian term occurs in a
  paragraph in any inflected form. Russian inflects ("Махачкала",
  "Махачкалы", "Махачкале", "Махачкалой"), and Snowball alone is not enough
  for names (it stems "Махачкала" to "махачка" but "Махачкалы" to
  "махачкал"), so a text word matches a term word when it is the term word's
  base (the word less one of the nominal/adjectival endings, at least four
  letters long) plus one of those endings — or, failing that, when both
  have the same Snowball stem of at least four letters. Multi-word terms
  must appear as consecutive words.

No database, no Qt.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from desk_app.domain.segments import fold

if TYPE_CHECKING:
    from desk_app.domain.alignment import Bead

# aligner(source sentences, target sentences) -> beads: the paragraph aligner fits
SentenceAligner = Callable[[list[str], list[str]], "Sequence[Bead]"]

__all__ = [
    "GLOSSARY_KINDS", "GlossaryEntry", "MemoryEntry", "Suggestion", "glossary_hits", "rank_suggestions",
    "sentence_pairs", "split_sentences", "term_matches",
]

GLOSSARY_KINDS = ("place", "person", "organisation", "term")

# --------------------------------------------------------------------------
# sentences

_END = re.compile(r"(?:[.!?]+|…)[\"'»”’)\]]*(?=\s+[\"'«“„(\[—–-]?\s*[A-ZА-ЯЁ0-9])")
_ABBREVIATIONS = frozenset(
    "г гг ул пр просп пер д стр корп им т е п тыс млн млрд руб коп см др проф акад ген "
    "mr mrs ms dr st prof gen jr sr vs etc no inc ltd co corp".split()
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (whitespace folded), in order."""
    text = fold(text)
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        before = text[start:m.start()]
        word = re.search(r"(\w+)$", before)
        if m.group().startswith(".") and word is not None:
            w = word.group(1)
            # an initial ("А."), an abbreviation ("ул."), or a decimal number split by the regex
            if (len(w) == 1 and w.isalpha() and w.isupper()) or w.casefold() in _ABBREVIATIONS:
                continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


# --------------------------------------------------------------------------
# translation memory


@dataclass(frozen=True)
class MemoryEntry:
    """A marked pair as the memory sees it: what was translated into what, by whom, when."""

    source_text: str
    target_text: str
    translation_id: str
    marked_by: str | None
    marked_at: datetime | None


@dataclass(frozen=True)
class Suggestion:
    """An earlier translation offered for a source paragraph or one of its sentences."""

    kind: str            # "paragraph" or "sentence"
    source: str          # the source text it translated (equal to the paragraph or sentence, folded)
    target: str          # the earlier translation
    translation_id: str  # the translation it comes from
    marked_by: str | None
    marked_at: datetime | None


def sentence_pairs(source_text: str, target_text: str,
                   aligner: SentenceAligner | None = None) -> list[tuple[str, str]]:
    """(source sentence, target sentence) pairs of a translated paragraph.

    With as many sentences on both sides they pair in order; otherwise
    ``aligner(source_sentences, target_sentences) -> beads`` (the paragraph
    aligner works for sentences too) decides, and only its 1-1 beads count.
    """
    src, tgt = split_sentences(source_text), split_sentences(target_text)
    if not src or not tgt:
        return []
    if len(src) == len(tgt):
        return list(zip(src, tgt, strict=False))
    if aligner is None:
        return []
    pairs = []
    for bead in aligner(src, tgt):
        if len(bead.source) == 1 and len(bead.target) == 1:
            pairs.append((src[bead.source[0]], tgt[bead.target[0]]))
    return pairs


def _recent_first(entry: MemoryEntry) -> tuple[int, float]:
    return (entry.marked_at is not None, entry.marked_at.timestamp() if entry.marked_at else 0.0)


def rank_suggestions(paragraph: str, entries: Iterable[MemoryEntry], aligner: SentenceAligner | None = None,
                     limit: int = 8) -> list[Suggestion]:
    """Suggestions for ``paragraph`` from memory ``entries``.

    Exact paragraph matches (after whitespace folding) come first, then
    exact sentence matches; each group most recent first, and a target text
    is offered once.
    """
    key = fold(paragraph)
    if not key:
        return []
    ordered = sorted((e for e in entries if e.target_text.strip()), key=_recent_first, reverse=True)
    out: list[Suggestion] = []
    seen: set[str] = set()
    for e in ordered:
        if fold(e.source_text) == key and fold(e.target_text) not in seen:
            seen.add(fold(e.target_text))
            out.append(Suggestion("paragraph", key, e.target_text, e.translation_id, e.marked_by, e.marked_at))
    sentences = {s for s in split_sentences(paragraph) if len(s) >= 12}
    if sentences and not (len(sentences) == 1 and key in sentences):
        for e in ordered:
            if fold(e.source_text) == key:
                continue
            for src, tgt in sentence_pairs(e.source_text, e.target_text, aligner):
                if src in sentences and fold(tgt) not in seen:
                    seen.add(fold(tgt))
                    out.append(Suggestion("sentence", src, tgt, e.translation_id, e.marked_by, e.marked_at))
    return out[:limit]


# --------------------------------------------------------------------------
# glossary


@dataclass(frozen=True)
class GlossaryEntry:
    """A Russian term and its English rendering (a place, person, organisation or term)."""

    id: int
    source_term: str
    target_term: str
    kind: str = "term"
    note: str = ""


_ENDINGS = frozenset(
    "а я о е ё ы и у ю ь й "
    "ой ей ом ем ём ам ям ах ях ов ев ёв ий ый ая яя ое ее ые ие ую юю их ых ым им ою ею ью ья ье ьи ия ию ии "
    "ами ями ого его ому ему ыми ими ей ьей ьем ьём иям иях ией ием".split()
)
# after a term word ending in a consonant (the whole word is the base): masculine/neuter endings only
_AFTER_CONSONANT = frozenset("а я у ю е и ы ом ем ов ев ам ям ами ями ах ях ей ой ого ому ым им".split())
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _norm_word(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().replace("ё", "е")


def _words(text: str) -> list[str]:
    return [_norm_word(m.group()) for m in _WORD.finditer(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=65536)
def _bases(term_word: str) -> tuple[str, ...]:
    """The word itself and every base left once an ending is taken off (bases of 4+ letters)."""
    out = {term_word}
    for n in (1, 2, 3):
        if len(term_word) - n >= 4 and term_word[-n:] in _ENDINGS:
            out.add(term_word[:-n])
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    from desk_app.domain.stemming import stem

    return stem(word)


@lru_cache(maxsize=262144)
def word_matches(term_word: str, text_word: str) -> bool:
    """Whether ``text_word`` is an inflected form of ``term_word`` (both normalised)."""
    if term_word == text_word:
        return True
    if text_word[:2] != term_word[:2]:
        return False
    for base in _bases(term_word):
        if text_word.startswith(base):
            rest = text_word[len(base):]
            if rest in (_AFTER_CONSONANT if base == term_word else _ENDINGS):
                return True
    if "-" in term_word and "-" in text_word:
        a, b = term_word.split("-"), text_word.split("-")
        return len(a) == len(b) and all(word_matches(x, y) for x, y in zip(a, b, strict=False))
    stem = _stem(term_word)
    return len(stem) >= 4 and _stem(text_word) == stem


def term_matches(term: str, paragraph: str) -> bool:
    """Whether ``term`` (one or more words) occurs in ``paragraph`` in any inflected form."""
    needle = _words(term)
    if not needle:
        return False
    hay = _words(paragraph)
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if all(word_matches(needle[k], hay[i + k]) for k in range(n)):
            return True
    return False


def glossary_hits(paragraph: str, entries: Sequence[GlossaryEntry]) -> list[GlossaryEntry]:
    """Entries whose source term occurs in ``paragraph`` (longest terms first, then alphabetical)."""
    words = set(_words(paragraph))
    if not words:
        return []
    prefixes = {w[:2] for w in words}
    hits = []
    for entry in entries:
        first = _words(entry.source_term)
        if not first or first[0][:2] not in prefixes:
            continue
        if term_matches(entry.source_term, paragraph):
            hits.append(entry)
    hits.sort(key=lambda e: (-len(e.source_term), e.source_term.casefold()))
    return hits
