"""Every form of an entity's names the matcher looks for, generated once at registry time.

A form is stored as ``FLAGS|word word …`` (normalised words, see text.normalise). Flags:
``q`` counts only inside quotes (a brand that is also an ordinary word), ``s`` is a bare
surname (counts only where the full name appears in the same article), ``c`` must match
letter case exactly (abbreviations: ФБК, not фбк), ``k`` must start with a capital (a
one-word English alias), ``i`` besides must not open a sentence unless quoted (an English
alias that is also an ordinary word: "Memorial"), ``n`` holds initials: each one-letter word
must be a capital followed by a dot ("Л. Пономарёв"; not the preposition of "к Ахмедову").

A hyphenated surname declines in each part (Орлова-Давыдова); a man's surname that is an
ordinary noun also declines as the noun does (Орёл → Орла, Соловей → Соловья); a common
short first name stands with the surname in every case ("с Сашей Ивановым"), see
diminutives.py.

Persons are declined by role: first names and patronymics with pymorphy3 (by the gender
the patronymic or the first name gives), surnames by rule (surnames.py). Organisation
names decline their head phrase (adjectives and the first noun); a quoted name stays as
written after its generic word ("общества «Мемориал»") and declines on its own
("«Мемориала»").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desk_app.domain.mentions import surnames
from desk_app.domain.mentions.diminutives import short_names
from desk_app.domain.mentions.entities import Entity
from desk_app.domain.mentions.text import normalise, words

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

CASES = surnames.CASES
PATRONYMIC = re.compile(r"(вич|ич|вна|чна|шна|оглы|кызы|улы|uly|ovich|evich|ovna|evna)$")
QUOTED = re.compile(r"[«“„\"']([^«»“”„\"']+)[»”“\"']")
PROPER_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}

# Ordinary words that name listed organisations or outlets: such a name counts only in quotes.
BLACKLIST = frozenset({
    "мемориал", "свобода", "правда", "медуза", "дождь", "голос", "эхо", "открытые", "вот", "так",
    "русь", "сидящая", "новая", "газета", "агора", "весна", "центр", "альянс", "вместе", "мост",
    "memorial", "freedom", "rain", "voice", "truth", "spring", "agora", "center", "centre",
})


@lru_cache(maxsize=1)
def analyzer() -> MorphAnalyzer:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def generate(entity: Entity) -> tuple[str, ...]:
    """All forms of ``entity``'s names and aliases, sorted, without duplicates."""
    out: set[str] = set()
    ru_names = [entity.name, *entity.aliases_ru, *entity.former_names]
    en_names = list(entity.aliases_en)
    person = is_person(entity)
    for name in ru_names:
        if _latin(name):
            en_names.append(name)
        elif person:
            out.update(person_forms(name, entity.gender))
        else:
            out.update(organisation_forms(name, entity.quoted_only))
    for name in en_names:
        out.update(english_forms(name, person=person))
    return tuple(sorted(f for f in out if f.split("|", 1)[1]))


def is_person(entity: Entity) -> bool:
    """Foreign-agent persons, and people on the other lists (they have a gender or a patronymic)."""
    units = name_units(entity.name)
    return (entity.kind.is_person or entity.gender in ("m", "f")
            or (len(units) >= 3 and bool(PATRONYMIC.search(units[2]))))


def name_units(name: str) -> list[str]:
    """The words of a person's name, a hyphenated surname kept as one: орлов-давыдов."""
    return re.findall(r"[^\W_]+(?:[-‑][^\W_]+)*", normalise(name))


def _latin(name: str) -> bool:
    return bool(re.search(r"[A-Za-z]", name)) and not re.search(r"[А-Яа-яЁё]", name)


# -- persons ---------------------------------------------------------------------------------

def person_gender(name: str, given: str = "") -> str:
    """m or f: as given, else by the patronymic, else by the first name's dictionary entry."""
    if given in ("m", "f"):
        return given
    parts = words(name)
    for w in parts:
        if PATRONYMIC.search(w):
            return "f" if w.endswith(("вна", "чна", "шна", "кызы", "ovna", "evna")) else "m"
    morph = analyzer()
    for w in parts:
        for p in morph.parse(w):
            if "Name" in p.tag and p.score > 0.05:
                return "f" if "femn" in p.tag else "m"
    last = parts[-1] if parts else ""
    return "f" if last.endswith(("ова", "ева", "ина", "ая")) else "m"


def split_person(name: str) -> tuple[str, str, str]:
    """(surname, first name, patronymic) from "Фамилия Имя Отчество" or "Имя [Отчество] Фамилия"."""
    parts = name_units(name)
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return parts[0], "", ""
    if len(parts) >= 3 and PATRONYMIC.search(parts[2]):
        return parts[0], parts[1], " ".join(parts[2:])
    if len(parts) >= 3 and PATRONYMIC.search(parts[1]):
        return " ".join(parts[2:]), parts[0], parts[1]
    if len(parts) == 2:   # the lists write Фамилия Имя; "Имя Фамилия" when only the first is a name
        if _is_first_name(parts[0]) and not _is_first_name(parts[1]):
            return parts[1], parts[0], ""
        return parts[0], parts[1], ""
    return parts[-1], parts[0], " ".join(parts[1:-1])


def _is_first_name(word: str) -> bool:
    return any("Name" in p.tag and p.score > 0.05 for p in analyzer().parse(word))


def _given_forms(word: str, gender: str, tag: str) -> list[list[str]]:
    """A first name (tag Name) or patronymic (Patr) in the six cases."""
    if not word:
        return [[""]] * 6
    wanted = "femn" if gender == "f" else "masc"
    for p in analyzer().parse(word):
        if tag in p.tag and wanted in p.tag and "sing" in p.tag:
            forms = []
            for case in CASES:
                f = p.inflect({case, "sing"})
                forms.append([normalise(f.word)] if f is not None else [word])
            return forms
    if tag == "Patr" and gender == "m":
        return surnames.decline(word, "m")          # -ич declines like a consonant noun
    return surnames.decline(word, gender)


def surname_forms(word: str, gender: str) -> list[list[str]]:
    """A surname (one part of a hyphenated one) in the six cases: by rule, and for a man's
    surname that is an ordinary masculine noun also as that noun (Орёл → Орла, not Орела)."""
    forms = surnames.decline(word, gender)
    if gender != "m" or len(word) < 3 or word[-1] in "аяоеиуюэы":
        return forms
    for p in analyzer().parse(word):
        tag = p.tag
        if (tag.POS == "NOUN" and "masc" in tag and tag.case == "nomn" and tag.number == "sing"
                and normalise(p.word) == word):
            out = [list(f) for f in forms]
            for i, case in enumerate(CASES):
                f = p.inflect({"gent" if case == "accs" else case, "sing"})  # a person: accusative = genitive
                if f is not None and normalise(f.word) not in out[i]:
                    out[i].append(normalise(f.word))
            return out
    return forms


def person_forms(name: str, gender: str = "") -> set[str]:
    sex = person_gender(name, gender)
    surname, first, patronymic = split_person(name)
    sur_words = re.split(r"[\s\-‑]+", surname)
    sur = [[" ".join(v) for v in _combine([surname_forms(w, sex)[i] for w in sur_words])]
           for i in range(6)]
    first_f = _given_forms(first, sex, "Name")
    patr_f = _given_forms(patronymic, sex, "Patr") if " " not in patronymic else [[patronymic]] * 6
    out: set[str] = set()
    fi = first[:1]
    pi = patronymic[:1]
    for i in range(6):
        for s in sur[i]:
            out.add("s|" + s)
            if not first:
                out.add("|" + s)
                continue
            for f in first_f[i]:
                out.update({f"|{f} {s}", f"|{s} {f}"})
                for p in (patr_f[i] if patronymic else []):
                    out.update({f"|{f} {p} {s}", f"|{s} {f} {p}"})
            out.update({f"n|{fi} {s}", f"n|{s} {fi}"})
            if pi:
                out.update({f"n|{fi} {pi} {s}", f"n|{s} {fi} {pi}"})
    for short in short_names(first):   # "Саша Иванов": with the surname, capitalised, never alone
        short_f = surnames.decline(short, sex)
        for i in range(6):
            out.update(f"k|{f} {s}" for f in short_f[i] for s in sur[i])
    return out


def _combine(options: list[list[str]]) -> list[list[str]]:
    result: list[list[str]] = [[]]
    for opts in options:
        result = [r + [o] for r in result for o in opts]
    return result


# -- organisations ---------------------------------------------------------------------------

def ordinary(phrase: str) -> bool:
    """True when every word of a short name is an ordinary word (so the name needs quotes)."""
    ws = words(phrase)
    if not ws or len(ws) > 2:
        return False
    if any(w[:1].isupper() for w in re.findall(r"[^\W_]+", phrase)[1:]):
        return False  # "Радио Свобода": a capital inside marks a proper name
    morph = analyzer()
    for w in ws:
        if w in BLACKLIST:
            continue
        parses = morph.parse(w)
        if not morph.word_is_known(w) or any(PROPER_TAGS & set(_grammemes(p.tag)) for p in parses[:1]):
            return False
    return True


def _grammemes(tag: Any) -> set[str]:
    return set(str(tag).replace(" ", ",").split(","))


def decline_phrase(phrase: str, *, plural: bool = False) -> list[list[str]]:
    """The phrase in six cases: words up to the first noun agree and decline, the rest stays.

    ``plural``: the head noun and its adjectives in the plural ("штабы Навального", "в
    региональных отделениях"), for a name of several words whose head is singular; else []."""
    ws = words(phrase)
    morph = analyzer()
    parses = [morph.parse(w)[0] for w in ws]
    # the first parts of a hyphenated word stay as they are: Левада-Центр → Левада-Центра
    fixed: set[int] = set()
    n = 0
    for unit in normalise(phrase).split():
        parts = [p for p in re.split(r"[^\w]+", unit) if p and "_" not in p]
        if len(parts) > 1 and "-" in unit:
            fixed.update(range(n, n + len(parts) - 1))
        n += len(parts)
    head = next((i for i, p in enumerate(parses)
                 if i not in fixed and p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs")), None)
    if head is None:
        head = 0 if len(ws) == 1 else -1
    if plural and (len(ws) < 2 or head < 0 or parses[head].tag.number != "sing"
                   or not morph.word_is_known(ws[head])
                   or any(p.tag.POS not in ("ADJF", "PRTF") for p in parses[:head])):
        return []
    result: list[list[str]] = []
    for case in CASES:
        out = []
        for i, (w, p) in enumerate(zip(ws, parses, strict=True)):
            if head >= 0 and i <= head and i not in fixed and (i == head or p.tag.POS in ("ADJF", "PRTF", "NUMR")):
                wanted = {case, "plur" if plural else (p.tag.number or "sing")}
                if i < head and parses[head].tag.gender and p.tag.number != "plur" and not plural:
                    wanted.add(parses[head].tag.gender)
                if plural and case == "accs" and i < head:
                    wanted.add("inan")   # "региональные отделения", not "региональных отделения"
                f = p.inflect(wanted) if morph.word_is_known(w) else None
                out.append(normalise(f.word) if f is not None else w)
            else:
                out.append(w)
        result.append([" ".join(out)])
    return result


def _abbreviation(name: str) -> bool:
    ws = re.findall(r"[^\W_]+", name)
    return len(ws) == 1 and len(ws[0]) >= 2 and ws[0].isupper()


def organisation_forms(name: str, quoted_only: bool = False) -> set[str]:
    out: set[str] = set()
    quoted = QUOTED.search(name)
    if quoted:
        brand = quoted.group(1)
        outside = (name[:quoted.start()] + " " + name[quoted.end():]).strip()
        if outside:  # the generic word declines, the quoted name stays: «Мемориал» after общества
            brand_words = " ".join(words(brand))
            for forms in decline_phrase(outside):
                for f in forms:
                    out.add("|" + (f"{f} {brand_words}" if quoted.start() > 0 else f"{brand_words} {f}"))
        out.update(organisation_forms(brand, quoted_only=True if ordinary(brand) else quoted_only))
        return out
    if _abbreviation(name):
        return {"c|" + re.findall(r"[^\W_]+", name)[0].replace("ё", "е").replace("Ё", "Е")}
    flag = "q" if quoted_only or ordinary(name) else ""
    for forms in (*decline_phrase(name), *decline_phrase(name, plural=True)):
        for f in forms:
            out.add(f"{flag}|{f}")
    return out


def english_forms(name: str, *, person: bool, quoted_only: bool = False) -> set[str]:
    ws = words(name)
    if not ws:
        return set()
    if _abbreviation(name):
        return {"c|" + re.findall(r"[^\W_]+", name)[0]}
    phrase = " ".join(ws)
    if person:
        out = {"|" + phrase}
        if len(ws) >= 2:
            out.update({"s|" + ws[-1], f"n|{ws[0][0]} {ws[-1]}", f"|{ws[-1]} {ws[0]}"})
        return out
    if quoted_only:
        return {"q|" + phrase}
    if len(ws) == 1 and ws[0] in BLACKLIST:
        return {"ki|" + phrase}
    return {("k|" if len(ws) == 1 else "|") + phrase}


def parse_form(form: str) -> tuple[str, tuple[str, ...]]:
    flags, _, text = form.partition("|")
    return flags, tuple(text.split())


def all_forms(entities: Iterable[Entity]) -> list[tuple[Entity, str, tuple[str, ...]]]:
    return [(e, *parse_form(f)) for e in entities for f in e.forms]
