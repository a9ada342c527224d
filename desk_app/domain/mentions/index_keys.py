"""What the search index is asked about an entity when the registry changes.

Each form becomes a **phrase**: its words, adjacent and in order (a phrase query on stems).
Any mention of a form leaves its words adjacent in the index (the matcher allows only spaces,
quotes, dashes, a slash, a line break or an initial's dot between them, all of which the
tokenisers drop), so an article without a phrase match has no mention. A *sure* phrase is a
plain form (no quote, case or sentence condition; no word short enough to be a stop word or
an initial): a match of it is a mention. Together with the article's label facts
(label_facts.py: no label phrase of the list outside the notice) a sure match settles that
the article needs a label without reading it; every other candidate is read and checked.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from desk_app.domain.mentions.entities import Entity
from desk_app.domain.mentions.forms import is_person
from desk_app.domain.mentions.name_pairs import form_pairs
from desk_app.domain.mentions.text import normalise

SHORT = 3           # shorter words may be stop words (PostgreSQL drops them) or initials


@dataclass(frozen=True)
class EntityKeys:
    """An entity's index questions: ``sure`` and ``other`` phrases (words, lower-case).

    For PostgreSQL (name_pairs.py): ``sure_pairs`` holds, per form whose written pairs prove
    a mention, those pairs; ``covered_pairs`` the pairs of the forms the facts answer alone:
    those with initials, and every form of a person's name of two words or more (a name is
    written with capitals; one typed in lower case is left to the save's check and to
    ``desk check``); ``covered_words`` those forms' words, for articles whose facts are
    stale; ``words`` the other forms (organisations, single words), asked of the search
    index: every word present, no phrase, no position.
    """

    sure: tuple[tuple[str, ...], ...]
    other: tuple[tuple[str, ...], ...]
    sure_pairs: tuple[tuple[str, ...], ...] = ()
    covered_pairs: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()
    covered_words: tuple[tuple[str, ...], ...] = ()
    initials: tuple[tuple[str, ...], ...] = ()    # the forms with initials (flag n)

    def asked_by_words(self) -> EntityKeys:
        """Every form asked of the search index by its words, none answered by the facts' pairs
        (a name that stands in a notice paragraph: the pairs leave the notice out)."""
        return replace(self, covered_pairs=(), covered_words=(), initials=(),
                       words=tuple(sorted({*self.words, *self.covered_words})))


def entity_keys(entity: Entity) -> EntityKeys:
    """The phrases of ``entity``'s forms; bare surnames are left out (they count only with
    the full name, which is then found by its own phrase)."""
    person = is_person(entity)
    sure: set[tuple[str, ...]] = set()
    other: set[tuple[str, ...]] = set()
    sure_pairs: set[tuple[str, ...]] = set()
    covered: set[str] = set()
    asked: set[tuple[str, ...]] = set()
    covered_words: set[tuple[str, ...]] = set()
    initials: set[tuple[str, ...]] = set()
    for stored in entity.forms:
        flags, _, joined = stored.partition("|")
        ws = tuple(normalise(w) for w in joined.split())
        if not ws or "s" in flags:
            continue
        plain = not flags and len(ws) >= 2 and all(len(w) >= SHORT for w in ws)
        (sure if plain else other).add(ws)
        if len(ws) >= 2 and set(flags) <= {"n"}:
            sure_pairs.add(form_pairs(ws))
        if flags == "n":
            initials.add(ws)
        if flags == "n" or (person and len(ws) >= 2 and set(flags) <= {"k"}):
            covered.update(form_pairs(ws))
            covered_words.add(ws)
        else:
            asked.add(ws)
    return EntityKeys(tuple(sorted(sure)), tuple(sorted(other - sure)), tuple(sorted(sure_pairs)),
                      tuple(sorted(covered)), tuple(sorted(asked)), tuple(sorted(covered_words)),
                      tuple(sorted(initials)))
