"""The registry's vocabulary: entity kinds, entities, the outlet's label texts per kind and language."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desk_app.domain.messages import translate


class EntityKind(StrEnum):
    FOREIGN_AGENT_PERSON = "foreign_agent_person"
    FOREIGN_AGENT_ORGANISATION = "foreign_agent_organisation"
    FOREIGN_AGENT_ASSOCIATION = "foreign_agent_association"
    UNDESIRABLE = "undesirable"
    EXTREMIST = "extremist"
    TERRORIST = "terrorist"

    @property
    def is_person(self) -> bool:
        return self is EntityKind.FOREIGN_AGENT_PERSON

    @property
    def group(self) -> str:
        """The list the kind belongs to: its labels are recognised across the group."""
        return "foreign_agent" if self.value.startswith("foreign_agent") else self.value

    @property
    def caption(self) -> str:
        return KIND_TITLES[self]


KIND_TITLES = {
    EntityKind.FOREIGN_AGENT_PERSON: "Foreign agent: person",
    EntityKind.FOREIGN_AGENT_ORGANISATION: "Foreign agent: organisation",
    EntityKind.FOREIGN_AGENT_ASSOCIATION: "Foreign agent: unregistered association",
    EntityKind.UNDESIRABLE: "Undesirable organisation",
    EntityKind.EXTREMIST: "Extremist list (banned)",
    EntityKind.TERRORIST: "Terrorist list (banned)",
}

GENDERS = ("", "m", "f")
LANGUAGES = ("ru", "en")


@dataclass(frozen=True)
class Entity:
    """One listed person or organisation as the outlet keeps it.

    ``name`` is written as in the official list (a person as "Фамилия Имя Отчество");
    ``aliases_ru``/``aliases_en`` are further names the matcher looks for (an alias may
    carry its context, e.g. "телеканал «Дождь»"); ``quoted_only`` marks brand names that
    are also ordinary words: they count only inside quotes. ``forms`` are generated at
    registry time (see forms.py) and stored, so matching never needs the morphology.
    """

    name: str
    kind: EntityKind
    id: int | None = None
    gender: str = ""
    aliases_ru: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    resources: str = ""
    included_on: date | None = None
    excluded_on: date | None = None
    quoted_only: bool = False
    number: str = ""
    forms: tuple[str, ...] = field(default=(), compare=False)
    version: int = 0

    def listed_on(self, day: date) -> bool:
        if self.included_on is not None and day < self.included_on:
            return False
        return self.excluded_on is None or day < self.excluded_on

    def with_forms(self, forms: tuple[str, ...]) -> Entity:
        return replace(self, forms=forms)


class InvalidEntity(ValueError):
    """An entity that cannot be stored; the message says what to change."""


def validate(entity: Entity) -> Entity:
    name = " ".join(entity.name.split())
    if not name:
        raise InvalidEntity(translate("Errors", "An entity needs a name as written in the official list."))
    if len(name) > 500:
        raise InvalidEntity(translate("Errors", "The name is longer than 500 characters; shorten it."))
    if entity.gender not in GENDERS:
        raise InvalidEntity(translate("Errors", "Gender “{gender}” is unknown; use m, f or leave it empty.").format(
            gender=entity.gender))
    if entity.included_on and entity.excluded_on and entity.excluded_on < entity.included_on:
        raise InvalidEntity(translate("Errors", "{name}: the exclusion date is before the inclusion date; correct "
                                                "one of them.").format(name=name))

    def clean(values: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for v in values:
            v = " ".join(v.split())
            if v and v != name:
                seen.setdefault(v, None)
        return tuple(seen)

    return replace(entity, name=name, aliases_ru=clean(entity.aliases_ru),
                   aliases_en=clean(entity.aliases_en), former_names=clean(entity.former_names))


# -- labels --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LabelRule:
    """The label an outlet writes for one kind in one language, and the forms it accepts.

    ``text`` is what "Insert label" puts after a mention; ``{а}`` in it becomes "а" for a
    woman or an organisation ("признан{а}"). ``accepted`` are phrases that count as a label
    in the same sentence or in a footnote; a word ending in ``*`` matches any ending.
    """

    kind: EntityKind
    language: str
    text: str
    accepted: tuple[str, ...]

    def render(self, gender: str) -> str:
        ending = "" if gender == "m" else "а"
        return self.text.replace("{а}", ending).replace("{a}", ending)

    def patterns(self) -> list[re.Pattern[str]]:
        return [phrase_pattern(p) for p in (*self.accepted, self.render("m"), self.render("f"))
                if p.strip()]


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive pattern for ``phrase``: words in order, any spacing; ``*`` ends a stem."""
    from desk_app.domain.mentions.text import normalise

    words = re.findall(r"\w+\*?", normalise(phrase))
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in words]
    return re.compile(r"\b" + r"\W+".join(parts), re.IGNORECASE)


_FA_RU = ("иноагент*", "иностранн* агент*", "реестр* иностранных агентов", "реестр* иноагентов")
_FA_EN = ("foreign agent*", "foreign-agent*")
_BANNED_RU = ("деятельность которой запрещен*", "деятельность которой в россии запрещен*",
              "деятельность которой в рф запрещен*", "деятельность которой на территории россии запрещен*",
              "деятельность которой на территории рф запрещен*", "запрещен* в россии", "запрещен* в рф",
              "запрещен* в российской федерации", "запрещенн* в россии", "запрещенн* в рф")
_BANNED_EN = ("banned in russia", "outlawed in russia", "prohibited in russia")

DEFAULT_LABELS: tuple[LabelRule, ...] = (
    LabelRule(EntityKind.FOREIGN_AGENT_PERSON, "ru", "(признан{а} иностранным агентом)", _FA_RU),
    LabelRule(EntityKind.FOREIGN_AGENT_PERSON, "en", "(designated a “foreign agent” in Russia)", _FA_EN),
    LabelRule(EntityKind.FOREIGN_AGENT_ORGANISATION, "ru", "(признана иностранным агентом)", _FA_RU),
    LabelRule(EntityKind.FOREIGN_AGENT_ORGANISATION, "en", "(designated a “foreign agent” in Russia)",
              _FA_EN),
    LabelRule(EntityKind.FOREIGN_AGENT_ASSOCIATION, "ru", "(внесено в реестр иностранных агентов)", _FA_RU),
    LabelRule(EntityKind.FOREIGN_AGENT_ASSOCIATION, "en", "(designated a “foreign agent” in Russia)",
              _FA_EN),
    LabelRule(EntityKind.UNDESIRABLE, "ru", "(организация признана нежелательной в РФ)",
              ("нежелательн*",)),
    LabelRule(EntityKind.UNDESIRABLE, "en", "(declared “undesirable” in Russia)", ("undesirable",)),
    LabelRule(EntityKind.EXTREMIST, "ru",
              "(организация, деятельность которой в Российской Федерации запрещена)",
              ("экстремистск*", *_BANNED_RU)),
    LabelRule(EntityKind.EXTREMIST, "en", "(banned in Russia as extremist)", ("extremist", *_BANNED_EN)),
    LabelRule(EntityKind.TERRORIST, "ru", "(признана террористической и запрещена в РФ)",
              ("террорист*", *_BANNED_RU)),
    LabelRule(EntityKind.TERRORIST, "en", "(designated a terrorist organisation and banned in Russia)",
              ("terrorist*", *_BANNED_EN)),
)


def label_table(rules: tuple[LabelRule, ...] | list[LabelRule] = ()) -> dict[tuple[EntityKind, str], LabelRule]:
    """The outlet's rules over the defaults, keyed by (kind, language)."""
    table = {(r.kind, r.language): r for r in DEFAULT_LABELS}
    table.update({(r.kind, r.language): r for r in rules})
    return table
