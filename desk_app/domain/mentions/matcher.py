"""Finding mentions of listed entities in a text, and whether each one carries its label.

The matcher indexes every stored form by its first word; a text is split into word tokens
once and each token looks up the forms that may start there (longest first). No word of the
text is lemmatised. A mention is labelled when one of its kind's label phrases stands in
the same sentence, or when an asterisk right after it is tied to a footnote line (a line
that starts with the same asterisks) that carries a label phrase. A label standing right
after another mention ("Иванов (признан иностранным агентом) и Петрова") is that one's.

Quotes may stand between a form's words only where the entity's own name opens them, or
after a generic word for an outlet or organisation ("радио «Свобода»", "фонда «Открытый
горизонт»"): "Защитники «Байкала»" (a team's defenders) is not the movement "Защитники Байкала".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desk_app.domain.mentions.entities import Entity, EntityKind, LabelRule, label_table
from desk_app.domain.mentions.forms import is_person
from desk_app.domain.mentions.label_facts import label_patterns
from desk_app.domain.mentions.text import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    WORD,
    lowered,
    normalise,
    paragraph_bounds,
    sentences,
    tokens,
)

_FEW = 300      # first words up to which one alternation beats scanning every word
_WINDOW = 200   # characters read after a possible first word: enough for the longest form
_GAP = re.compile(r"[ \t\u00a0\u202f«»“”„\"'‹›‘’\-‑–/]{1,4}|\n")
_AFTER_INITIAL = re.compile(r"\.[ \t\u00a0\u202f]?")
_FOOTNOTE = re.compile(r"^[ \t>]*(?:\\?\*)+", re.MULTILINE)
_STARS_AFTER = re.compile(r"[»”\"']?((?:\\?\*)+)")
_PLURAL = re.compile(r"признаны|внесены|включены|иностранными агентами|иноагентами|нежелательными|"
                     r"запрещены|agents\b|organi[sz]ations\b")
_SENTENCE_END = re.compile(r"[.!?…][\s»”\"')\]]*$")
# generic words a brand in quotes follows: радио «Свобода», фонд «…», ООО «…» (stems)
_GENERIC = ("радио", "телеканал", "канал", "газет", "журнал", "издани", "сайт", "портал", "агентств",
            "фонд", "движени", "центр", "организаци", "обществ", "объединени", "ассоциаци", "союз",
            "парти", "компани", "проект", "студи", "медиа", "групп", "коалици", "платформ", "институт",
            "лаборатори", "сообществ", "инициатив", "ооо", "ано", "нко", "ао", "оао", "зао")
_JUNIOR = re.compile(r"(?:младш|старш|мл\b|ст\b)", re.IGNORECASE)
_OWNED_LABEL = re.compile(r"[\s\u00a0*]*[(,—–-]?[\s\u00a0]*")   # "Иванов (признан…": the label is Иванов's


def _initials_written(text: str, starts: list[int], ends: list[int], i: int, words: tuple[str, ...]) -> bool:
    """Every one-letter word of the form is written as an initial: a capital and a dot."""
    for k, word in enumerate(words):
        if len(word) == 1:
            end = ends[i + k]
            if not text[starts[i + k]].isupper() or end >= len(text) or text[end] != ".":
                return False
    return True


class Scope(StrEnum):
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
        return f"“{self.text}”{where}: {self.entity_name}, {self.kind.caption.lower()}"


class _Form(NamedTuple):   # tens of thousands per registry: a tuple is cheapest to make
    words: tuple[str, ...]
    entity: int
    flags: str


class Matcher:
    """Built once per registry version; cheap to reuse for every check."""

    def __init__(self, entities: Iterable[Entity], labels: Sequence[LabelRule] = ()):
        self.entities = list(entities)
        # one-word forms by their word, longer ones by their first two words: a common first
        # name ("Магомед") then leads to a handful of forms, not to every person called so
        self._single: dict[str, list[_Form]] = {}
        self._pairs: dict[tuple[str, str], list[_Form]] = {}
        self._firsts: set[str] = set()
        # per entity, the words its names open a quote before: «Открытый горизонт» → открытый
        self._quote_starts: list[frozenset[str]] = [_quote_starts(e) for e in self.entities]
        # a person's one-letter word is an initial: it needs its dot ("В. Орёл", not "в Орле")
        self._persons: list[bool] = [is_person(e) for e in self.entities]
        single, pairs, firsts = self._single, self._pairs, self._firsts
        for n, entity in enumerate(self.entities):
            for stored in entity.forms:
                flags, _, joined = stored.partition("|")
                ws = tuple(joined.split())
                if not ws:
                    continue
                form = _Form(ws, n, flags)
                # generated forms are normalised already, but for the case of abbreviations
                first = normalise(ws[0]) if flags else ws[0]
                firsts.add(first)
                if len(ws) == 1:
                    single.setdefault(first, []).append(form)
                else:
                    pairs.setdefault((first, normalise(ws[1]) if flags else ws[1]), []).append(form)
        for forms in pairs.values():
            if len(forms) > 1:
                forms.sort(key=lambda f: -len(f.words))
        # a few entities (the affected-articles report checks one): the regular expression engine
        # finds their first words in C; thousands of alternatives would be slower than a word scan
        self._first_re = (re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in sorted(
            self._firsts, key=len, reverse=True)) + r")(?![^\W_])") if 0 < len(self._firsts) <= _FEW else None)
        self.label_rules = list(labels)
        self._labels = label_table(self.label_rules)
        # one expression per list: a sentence is searched once, not once per accepted phrase
        self._patterns: dict[str, list[re.Pattern[str]]] = {
            group: [pattern] for group, pattern in label_patterns(self.label_rules).items()}

    @property
    def empty(self) -> bool:
        return not self._firsts

    def label_for(self, mention: Mention, language: str) -> str:
        rule = self._labels.get((mention.kind, language)) or self._labels[(mention.kind, "ru")]
        return rule.render(mention.gender)

    # -- finding -------------------------------------------------------------------------
    def _find(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(entity index, start, end, is bare surname) of every candidate, left to right.

        Every word is looked up once; only where a form may start are the next few words read.
        """
        low = lowered(text)
        if low is None:   # offsets would drift (stress marks, soft hyphens): word by word
            starts, ends, norms = tokens(text)
            return self._find_in(text, starts, ends, norms, range(len(norms)))
        firsts, found = self._firsts, []
        skip_to = 0
        candidates = (self._first_re.finditer(low) if self._first_re is not None
                      else [m for m in WORD.finditer(low) if m.group() in firsts])
        for m in candidates:
            if m.start() < skip_to:
                continue
            word = m.group()
            starts, ends, norms = [m.start()], [m.end()], [word]
            nxt = WORD.search(low, m.end(), min(len(low), m.end() + _WINDOW))
            forms = self._pairs.get((word, nxt.group())) if nxt is not None else None
            if forms and nxt is not None:   # read as many words as the longest form that may start here
                starts.append(nxt.start())
                ends.append(nxt.end())
                norms.append(nxt.group())
                longest = len(forms[0].words)
                for more in WORD.finditer(low, nxt.end(), min(len(low), nxt.end() + _WINDOW)):
                    if len(norms) >= longest:
                        break
                    starts.append(more.start())
                    ends.append(more.end())
                    norms.append(more.group())
            hit = self._find_in(text, starts, ends, norms, (0,))
            if hit:
                found.extend(hit)
                skip_to = hit[0][2]
        return found

    def _find_in(self, text: str, starts: list[int], ends: list[int], norms: list[str],
                 positions: Iterable[int]) -> list[tuple[int, int, int, bool]]:
        pairs, single, firsts = self._pairs, self._single, self._firsts
        found: list[tuple[int, int, int, bool]] = []
        n, skip_to = len(norms), 0
        for i in positions:
            word = norms[i]
            if i < skip_to or word not in firsts:
                continue
            hit = None
            if i + 1 < n:
                for form in pairs.get((word, norms[i + 1]), ()):
                    if self._fits(text, starts, ends, norms, i, form):
                        hit = form
                        break
            if hit is None:
                for form in single.get(word, ()):
                    if self._fits(text, starts, ends, norms, i, form):
                        hit = form
                        break
            if hit is not None:
                size = len(hit.words)
                found.append((hit.entity, starts[i], ends[i + size - 1], "s" in hit.flags))
                skip_to = i + size
        return found

    def _fits(self, text: str, starts: list[int], ends: list[int], norms: list[str], i: int,
              form: _Form) -> bool:
        size = len(form.words)
        if i + size > len(norms):
            return False
        for k in range(1, size):
            if norms[i + k] != form.words[k]:
                return False
            gap_start, gap_end = ends[i + k - 1], starts[i + k]
            initial = gap_start - starts[i + k - 1] == 1
            if initial and self._persons[form.entity]:
                if _AFTER_INITIAL.fullmatch(text, gap_start, gap_end):
                    continue  # "Л. Пономарёв"
                return False  # "в Орле", "с Ивановым": a preposition, not an initial
            if gap_end - gap_start == 1 and text[gap_start] == " ":
                continue
            gap = text[gap_start:gap_end]
            if initial and _AFTER_INITIAL.fullmatch(gap):
                continue  # "Л. Пономарёв"
            if not _GAP.fullmatch(gap):
                return False
            if (gap[-1] in OPEN_QUOTES and form.words[k] not in self._quote_starts[form.entity]
                    and not form.words[k - 1].startswith(_GENERIC)):
                return False  # "Защитники «Байкала»": neither the name nor a generic word opens it
        start, end = starts[i], ends[i + size - 1]
        flags = form.flags
        if "c" in flags and text[start:end].replace("ё", "е").replace("Ё", "Е") != " ".join(form.words):
            return False
        if (start > 0 and text[start - 1] in "-‑") or (
                end < len(text) and text[end] in "-‑" and not _JUNIOR.match(text, end + 1)):
            return False  # part of a hyphenated word, but "Жуковский-младший" is Жуковский
        after = end
        while after < len(text) and text[after] in "*\\":
            after += 1   # «Мемориал*»: the editor's asterisk inside the quotes
        quoted = start > 0 and text[start - 1] in OPEN_QUOTES and after < len(text) and text[after] in CLOSE_QUOTES
        if "q" in flags and not quoted:
            return False
        if "k" in flags and not text[start].isupper():
            return False
        if "n" in flags and not _initials_written(text, starts, ends, i, form.words):
            return False
        return not ("i" in flags and not quoted and _opens_sentence(text, start))

    def check(self, fields: Sequence[tuple[str, str]], scope: Scope = Scope.FIRST) -> list[Mention]:
        """Every mention in ``fields`` (name, text) in reading order, with its label state.

        With ``Scope.FIRST`` only the first mention of each entity needs a label, and only its
        label is looked for: a later mention reports ``labelled=False, needs_label=False``.
        """
        if not self._firsts:
            return []
        seen: set[int] = set()
        out: list[Mention] = []
        footnotes: list[tuple[str, str]] | None = None
        hits = [(field, text, self._find(text)) for field, text in fields if text]
        named = {index for _field, _text, raw in hits for index, _s, _e, short in raw if not short}
        for field, text, raw in hits:
            found = []
            for index, start, end, short in raw:
                if short and index not in named:
                    continue  # a bare surname counts only where the full name stands too
                found.append((index, start, end, index not in seen))
                seen.add(index)
            sentence_cache: dict[int, list[tuple[int, int]]] = {}
            spans = [(i, s, e) for i, s, e, _first in found]
            for index, start, end, first in found:
                entity = self.entities[index]
                needs = first or scope is Scope.EVERY
                labelled = needs and self._labelled_in_sentence(text, start, end, index, entity.kind, spans,
                                                                sentence_cache)
                if needs and not labelled:
                    stars = _STARS_AFTER.match(text, end)
                    if stars:
                        if footnotes is None:
                            footnotes = _footnotes(fields)
                        labelled = self._footnote_labels(footnotes, stars.group(1).replace("\\", ""),
                                                         entity.kind)
                out.append(Mention(entity.id, entity.name, entity.kind, entity.gender, field, start, end,
                                   text[start:end], labelled, needs))
        return out

    def _labelled_in_sentence(self, text: str, start: int, end: int, index: int, kind: EntityKind,
                              found: list[tuple[int, int, int]],
                              cache: dict[int, list[tuple[int, int]]]) -> bool:
        """A label phrase in the mention's sentence, with no other entity's mention between the
        two, unless the phrase is plural ("оба признаны иностранными агентами")."""
        p_start, p_end = paragraph_bounds(text, start)
        patterns = self._patterns[kind.group]
        paragraph = text[p_start:p_end].lower().replace("ё", "е")
        if not any(p.search(paragraph) for p in patterns):
            return False   # no label phrase in the paragraph: no need for its sentences
        spans = cache.get(p_start)
        if spans is None:
            spans = cache[p_start] = list(sentences(text, p_start, p_end))
        lo, hi = start, end
        for s, e in spans:
            if s <= start < e:
                lo, hi = s, max(e, end)
                break
        sentence = text[lo:hi].lower().replace("ё", "е")
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                a, b = lo + m.start(), lo + m.end()
                if _PLURAL.search(m.group()):
                    return True
                gap = (end, a) if a >= end else (b, start)
                if any(gap[0] <= s2 < gap[1] and i2 != index for i2, s2, _e2 in found):
                    continue
                if (a < start and text[b:start].strip() and any(
                        i2 != index and e2 <= a and _OWNED_LABEL.fullmatch(text, e2, a) for i2, _s2, e2 in found)):
                    continue  # the label follows another mention and does not lead into this one
                return True
        return False

    def _footnote_labels(self, footnotes: list[tuple[str, str]], stars: str, kind: EntityKind) -> bool:
        for mark, line in footnotes:
            if mark == stars and any(p.search(line) for p in self._patterns[kind.group]):
                return True
        return False


def _quote_starts(entity: Entity) -> frozenset[str]:
    out = set()
    for name in (entity.name, *entity.aliases_ru, *entity.former_names, *entity.aliases_en):
        for m in _QUOTED.finditer(name):
            first = WORD.search(m.group(1))
            if first is not None:
                out.add(normalise(first.group()))
    return frozenset(out)


_QUOTED = re.compile(r"[«“„\"'‘‹]([^«»“”„\"'‘’‹›]+)")


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


def unlabelled(mentions: Iterable[Mention]) -> list[Mention]:
    return [m for m in mentions if m.unlabelled]
