"""Russian surnames declined by rule, as the morphology dictionaries cannot be trusted with them.

pymorphy3 parses "Шульман" as masculine, "Навальной" as навальный and unknown surnames as other
parts of speech; surnames follow a few well-known patterns instead: -ов/-ин decline their own way,
adjectival surnames like adjectives, other consonant endings like nouns for men and not at all for
women, and endings in -о, -е, -и, -у, -ых, -их never. Surnames in -ия decline like Мария for
both sexes (Берия → Берии, Данелия → Данелии); those in a vowel and -а (Гамсахурдиа, Моруа)
never. A man's -ец may drop its vowel (Кравец → Кравца beside Кравеца); after ж, ш, ч, щ, ц
the instrumental is given both ways (Грачом, Шевчуком; Кравцем), the stress being unknown.
"""
from __future__ import annotations

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HISSING = "жшчщц"
_VELAR_HISSING = "гкхжшчщ"


def _first_declension(s: str) -> list[list[str]]:
    """Nouns in -а/-я (men and women alike): Дуда → Дуды, Дуде, Дуду, Дудой."""
    stem, last = s[:-1], s[-1]
    if last == "я":
        return [[s], [stem + "и"], [stem + "е"], [stem + "ю"], [stem + "ей", stem + "ею"], [stem + "е"]]
    gent = stem + ("и" if stem[-1:] in _VELAR_HISSING else "ы")
    ablt = stem + ("ей" if stem[-1:] in _HISSING else "ой")
    return [[s], [gent], [stem + "е"], [stem + "у"], [ablt], [stem + "е"]]


def _adjectival_masc(s: str) -> list[list[str]] | None:
    for ending in ("ый", "ий", "ой"):
        if s.endswith(ending) and len(s) > 4:
            stem = s[:-2]
            if ending == "ий" and stem[-1:] not in _VELAR_HISSING:
                return None  # Берий, Гурий: nouns, not adjectives
            soft = stem[-1:] in _VELAR_HISSING
            return [[s], [stem + "ого"], [stem + "ому"], [stem + "ого"], [stem + ("им" if soft else "ым")],
                    [stem + "ом"]]
    return None


def _ia_declension(s: str) -> list[list[str]]:
    """-ия like Мария: Берия → Берии, Берию, Берией."""
    stem = s[:-1]
    return [[s], [stem + "и"], [stem + "и"], [stem + "ю"], [stem + "ей"], [stem + "и"]]


def decline(surname: str, gender: str) -> list[list[str]]:
    """Forms of a (normalised, lower-case) surname for each of the six cases, in CASES order."""
    s = surname
    if len(s) < 2:
        return [[s]] * 6
    if s.endswith("ия") and len(s) > 3:
        return _ia_declension(s)
    if s[-1] == "а" and s[-2] in "аеиоуыэюя":
        return [[s]] * 6  # Гамсахурдиа, Моруа
    if gender == "f":
        for ending in ("ова", "ева", "ина", "ына"):
            if s.endswith(ending) and len(s) > 4:
                stem = s[:-1]
                return [[s], [stem + "ой"], [stem + "ой"], [stem + "у"], [stem + "ой"], [stem + "ой"]]
        if s.endswith("ая") and len(s) > 4:
            stem = s[:-2]
            return [[s], [stem + "ой"], [stem + "ой"], [stem + "ую"], [stem + "ой"], [stem + "ой"]]
        if s.endswith("яя") and len(s) > 4:
            stem = s[:-2]
            return [[s], [stem + "ей"], [stem + "ей"], [stem + "юю"], [stem + "ей"], [stem + "ей"]]
        if s[-1] in "ая" and not s.endswith(("иа", "ия")) and len(s) > 2:
            return _first_declension(s)
        return [[s]] * 6  # Шульман, Дудь (f), Черных, Петренко: the same in every case
    for ending in ("ов", "ев", "ин", "ын"):
        if s.endswith(ending) and len(s) > 3:
            extra = [s + "ом"] if ending in ("ин", "ын") else []   # Чаплином beside Путиным
            return [[s], [s + "а"], [s + "у"], [s + "а"], [s + "ым", *extra], [s + "е"]]
    adjectival = _adjectival_masc(s)
    if adjectival is not None:
        return adjectival
    last = s[-1]
    if last in "ая" and not s.endswith(("иа", "ия")):
        return _first_declension(s)
    if last in "оеиуюэы" or s.endswith(("ых", "их")):
        return [[s]] * 6
    if last in "йь":
        stem = s[:-1]
        return [[s], [stem + "я"], [stem + "ю"], [stem + "я"], [stem + "ем"], [stem + "е"]]
    ablt = [s + "ем", s + "ом"] if last in _HISSING else [s + "ом"]
    forms = [[s], [s + "а"], [s + "у"], [s + "а"], ablt, [s + "е"]]
    if s.endswith("ец") and len(s) > 4 and s[-3] not in "аеиоуыэюяй":
        stem = s[:-2] + "ц"   # Кравец → Кравца
        for i, alt in enumerate(("", stem + "а", stem + "у", stem + "а", stem + "ом", stem + "е")):
            if alt:
                forms[i].append(alt)
        forms[4].append(stem + "ем")
    return forms
