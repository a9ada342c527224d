"""Finding mentions of listed entities in a text, and whether each one carries its label.

The matcher indexes every stored form by its first word; a text is split into word tokens
once and each token looks up the forms that may start there (longest first). No word of the
text is lemmatised. A mention is labelled when one of its kind's label phrases stands in
the same sentence, or when an asterisk right after it is tied to a footnote line (a line
that starts with the same asterisks) that carries a label phrase.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from desk_app.domain.mentions.entities import Entity, EntityKind, LabelRule, label_table
from desk_app.domain.mentions.forms import parse_form
from desk_app.domain.mentions.text import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Token,
    normalise,
    paragraph_bounds,
    sentences,
    tokens,
)

_GAP = re.compile(r"[ \t\u00a0\u202f«»“”„\"'‹›‘’\-‑–/]{1,4}|\n")
_AFTER_INITIAL = re.compile(r"\.[ \t\u00a0\u202f]?")
_FOOTNOTE = re.compile(r"^[ \t>]*(?:\\?\*)+", re.MULTILINE)
_STARS_AFTER = re.compile(r"[»”\"']?((?:\\?\*)+)")
_PLURAL = re.compile(r"признаны|внесены|включены|иностранными агентами|иноагентами|нежелательными|"
                     r"запрещены|agents\b|organi[sz]ations\b")
_SENTENCE_END = re.compile(r"[.!?…][\s»”\"')\]]*$")


class Scope(str, Enum):
    """Which mentions need a label: the first of each entity per article, or every one."""

    FIRST = "first"
    EVERY = "every"


@dataclass(frozen=True)
class Mention:
    entity_id: int | None
    entity_name: str
    kind: EntityKind
    gender: str
    field: str                  # the article field: headline, lede or body
    start: int                  # offsets in that field's text
    end: int
    text: str
    labelled: bool
    needs_label: bool           # by the scope: the first mention of its entity, or every one

    @property
    def unlabelled(self) -> bool:
        return self.needs_label and not self.labelled

    def describe(self) -> str:
        where = "" if self.field == "body" else f" ({self.field})"
        return f"“{self.text}”{where}: {self.entity_name}, {self.kind.title.lower()}"


@dataclass(frozen=True, slots=True)
class _Form:
    words: tuple[str, ...]
    entity: int
    flags: str


class Matcher:
    """Built once per registry version; cheap to reuse for every check."""

    def __init__(self, entities: Iterable[Entity], labels: Sequence[LabelRule] = ()):
        self.entities = list(entities)
        self._index: dict[str, list[_Form]] = {}
        for n, entity in enumerate(self.entities):
            for stored in entity.forms:
                flags, ws = parse_form(stored)
                if ws:
                    self._index.setdefault(normalise(ws[0]), []).append(_Form(ws, n, flags))
        for forms in self._index.values():
            forms.sort(key=lambda f: -len(f.words))
        self.label_rules = list(labels)
        table = label_table(self.label_rules)
        self._labels = table
        self._patterns: dict[str, list[re.Pattern[str]]] = {}
        for (kind, _lang), rule in table.items():
            self._patterns.setdefault(kind.group, []).extend(rule.patterns())

    @property
    def empty(self) -> bool:
        return not self._index

    def words(self) -> set[str]:
        """Every first word of a form: what the archive's search index is asked for."""
        return set(self._index)

    def label_for(self, mention: Mention, language: str) -> str:
        rule = self._labels.get((mention.kind, language)) or self._labels[(mention.kind, "ru")]
        return rule.render(mention.gender)

    # -- finding -------------------------------------------------------------------------
    def _find(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(entity index, start, end, is bare surname) of every candidate, left to right."""
        toks = tokens(text)
        found: list[tuple[int, int, int, bool]] = []
        i, n = 0, len(toks)
        while i < n:
            forms = self._index.get(toks[i].norm)
            hit = None
            if forms:
                for form in forms:
                    if self._fits(text, toks, i, form):
                        hit = form
                        break
            if hit is None:
                i += 1
                continue
            end = toks[i + len(hit.words) - 1].end
            found.append((hit.entity, toks[i].start, end, "s" in hit.flags))
            i += len(hit.words)
        return found

    def _fits(self, text: str, toks: list[Token], i: int, form: _Form) -> bool:
        size = len(form.words)
        if i + size > len(toks):
            return False
        for k in range(1, size):
            if toks[i + k].norm != form.words[k]:
                return False
            gap_start, gap_end = toks[i + k - 1].end, toks[i + k].start
            gap = text[gap_start:gap_end]
            if gap_end - toks[i + k - 1].start == 1 + len(gap) and _AFTER_INITIAL.fullmatch(gap):
                continue  # "Л. Пономарёв"
            if not _GAP.fullmatch(gap):
                return False
        start, end = toks[i].start, toks[i + size - 1].end
        flags = form.flags
        if "c" in flags and text[start:end].replace("ё", "е").replace("Ё", "Е") != " ".join(form.words):
            return False
        if (start > 0 and text[start - 1] in "-‑") or (end < len(text) and text[end] in "-‑"):
            return False  # part of a hyphenated word
        quoted = start > 0 and text[start - 1] in OPEN_QUOTES and end < len(text) and text[end] in CLOSE_QUOTES
        if "q" in flags and not quoted:
            return False
        if "k" in flags and not text[start].isupper():
            return False
        return not ("i" in flags and not quoted and _opens_sentence(text, start))

    def check(self, fields: Sequence[tuple[str, str]], scope: Scope = Scope.FIRST) -> list[Mention]:
        """Every mention in ``fields`` (name, text) in reading order, with its label state."""
        if not self._index:
            return []
        seen: set[int] = set()
        out: list[Mention] = []
        footnotes: list[tuple[str, str]] | None = None
        for field, text in fields:
            if not text:
                continue
            found = []
            for index, start, end, short in self._find(text):
                if short and index not in seen:
                    continue  # a bare surname counts only after the full name
                seen.add(index)
                found.append((index, start, end))
            sentence_cache: dict[int, list[tuple[int, int]]] = {}
            for index, start, end in found:
                entity = self.entities[index]
                labelled = self._labelled_in_sentence(text, start, end, index, entity.kind, found,
                                                      sentence_cache)
                if not labelled:
                    stars = _STARS_AFTER.match(text, end)
                    if stars:
                        if footnotes is None:
                            footnotes = _footnotes(fields)
                        labelled = self._footnote_labels(footnotes, stars.group(1).replace("\\", ""),
                                                         entity.kind)
                out.append(Mention(entity.id, entity.name, entity.kind, entity.gender, field, start, end,
                                   text[start:end], labelled, True))
        return _apply_scope(out, scope)

    def _labelled_in_sentence(self, text: str, start: int, end: int, index: int, kind: EntityKind,
                              found: list[tuple[int, int, int]],
                              cache: dict[int, list[tuple[int, int]]]) -> bool:
        """A label phrase in the mention's sentence, with no other entity's mention between the
        two, unless the phrase is plural ("оба признаны иностранными агентами")."""
        p_start, p_end = paragraph_bounds(text, start)
        spans = cache.get(p_start)
        if spans is None:
            spans = cache[p_start] = list(sentences(text, p_start, p_end))
        lo, hi = start, end
        for s, e in spans:
            if s <= start < e:
                lo, hi = s, max(e, end)
                break
        sentence = text[lo:hi].lower().replace("ё", "е")
        for pattern in self._patterns[kind.group]:
            for m in pattern.finditer(sentence):
                a, b = lo + m.start(), lo + m.end()
                if _PLURAL.search(m.group()):
                    return True
                gap = (end, a) if a >= end else (b, start)
                if not any(gap[0] <= s2 < gap[1] and i2 != index for i2, s2, _e2 in found):
                    return True
        return False

    def _footnote_labels(self, footnotes: list[tuple[str, str]], stars: str, kind: EntityKind) -> bool:
        for mark, line in footnotes:
            if mark == stars and any(p.search(line) for p in self._patterns[kind.group]):
                return True
        return False


def _footnotes(fields: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for _field, text in fields:
        for m in _FOOTNOTE.finditer(text):
            line_end = text.find("\n", m.end())
            line = text[m.end(): len(text) if line_end < 0 else line_end]
            out.append((m.group().strip(" \t>").replace("\\", ""), normalise(line)))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].rstrip()
    return not before or before.endswith("\n") or bool(_SENTENCE_END.search(before))


def _apply_scope(mentions: list[Mention], scope: Scope) -> list[Mention]:
    if scope is Scope.EVERY:
        return mentions
    first: set[int | str] = set()
    out = []
    for m in mentions:
        key: int | str = m.entity_id if m.entity_id is not None else m.entity_name
        out.append(m if key not in first else replace(m, needs_label=False))
        first.add(key)
    return out


def unlabelled(mentions: Iterable[Mention]) -> list[Mention]:
    return [m for m in mentions if m.unlabelled]
