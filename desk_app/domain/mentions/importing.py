"""Registry rows (from a CSV or an XLSX sheet) to entities.

Columns (header names are case-insensitive; the Russian ones are those of the Ministry of
Justice export; documented in docs/mentions.md):

=============  =========================================================  ===========================
column         meaning                                                    also accepted as
=============  =========================================================  ===========================
name           full name as in the list; a person as Фамилия Имя Отчество  ФИО, Полное наименование, Наименование
kind           see KIND_WORDS (foreign_agent_person, undesirable, …)       Тип, Вид, Вид лица
number         the list's entry number                                    №, Номер, Регистрационный номер
gender         m or f (persons; empty: from the patronymic)               Пол
aliases_ru     further Russian names, separated by ;                     Псевдонимы
aliases_en     English names, separated by ;                              English
former_names   earlier names, separated by ;                              Прежние наименования
resources      web sites and channels                                     Информационные ресурсы, Ресурсы
included_on    date of inclusion (YYYY-MM-DD or DD.MM.YYYY)               Дата включения, Дата принятия решения о включении
excluded_on    date of exclusion, empty while listed                      Дата исключения, Дата принятия решения об исключении
quoted_only    yes: the name counts only in quotes                        В кавычках
=============  =========================================================  ===========================
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from desk_app.domain.mentions.entities import Entity, EntityKind, InvalidEntity, validate
from desk_app.domain.messages import message_of, translate

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("фио", "полное наименование", "наименование", "полное наименование / фио", "full name"),
    "kind": ("тип", "вид", "вид лица", "type"),
    "number": ("№", "номер", "регистрационный номер", "№ п/п", "no"),
    "gender": ("пол",),
    "aliases_ru": ("псевдонимы", "aliases"),
    "aliases_en": ("english", "english names"),
    "former_names": ("прежние наименования", "прежние имена", "former names"),
    "resources": ("информационные ресурсы", "ресурсы", "информационный ресурс", "resources"),
    "included_on": ("дата включения", "дата принятия решения о включении", "inclusion date", "included"),
    "excluded_on": ("дата исключения", "дата принятия решения об исключении", "exclusion date", "excluded"),
    "quoted_only": ("в кавычках", "quoted only"),
}

KIND_WORDS: dict[str, EntityKind] = {
    "физическое лицо": EntityKind.FOREIGN_AGENT_PERSON,
    "юридическое лицо": EntityKind.FOREIGN_AGENT_ORGANISATION,
    "иностранная платформа": EntityKind.FOREIGN_AGENT_ORGANISATION,
    "иностранная структура без образования юридического лица": EntityKind.FOREIGN_AGENT_ORGANISATION,
    "незарегистрированное общественное объединение": EntityKind.FOREIGN_AGENT_ASSOCIATION,
    "нежелательная организация": EntityKind.UNDESIRABLE,
    "экстремистская организация": EntityKind.EXTREMIST,
    "террористическая организация": EntityKind.TERRORIST,
    "person": EntityKind.FOREIGN_AGENT_PERSON,
    "organisation": EntityKind.FOREIGN_AGENT_ORGANISATION,
    "organization": EntityKind.FOREIGN_AGENT_ORGANISATION,
    "association": EntityKind.FOREIGN_AGENT_ASSOCIATION,
}
_YES = {"yes", "y", "true", "1", "да", "x", "+"}


def canonical_header(header: str) -> str | None:
    h = " ".join(str(header or "").replace("\ufeff", "").split()).lower()
    if h in COLUMNS:
        return h
    for key, synonyms in COLUMNS.items():
        if h in synonyms:
            return key
    return None


def parse_kind(value: str, line: str) -> EntityKind:
    v = " ".join(value.split()).lower()
    try:
        return EntityKind(v)
    except ValueError:
        pass
    if v in KIND_WORDS:
        return KIND_WORDS[v]
    raise InvalidEntity(translate("Errors", "{line}: kind “{value}” is unknown; use one of {items}.").format(
        line=line, value=value, items=', '.join(k.value for k in EntityKind)))


def parse_date(value: object, line: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidEntity(translate("Errors", "{line}: “{text}” is not a date; write it as YYYY-MM-DD or "
                                            "DD.MM.YYYY.").format(
        line=line, text=text))


def _split(value: object) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[;\n]", str(value or "")) if p.strip())


def entities_from_rows(header: Iterable[object], rows: Iterable[tuple[int, Iterable[object]]],
                       source: str) -> list[Entity]:
    """Entities from a header row and numbered data rows; the first bad row raises InvalidEntity."""
    keys = [canonical_header(str(h) if h is not None else "") for h in header]
    if "name" not in keys:
        raise InvalidEntity(translate("Errors", "{source}: no “name” column (or ФИО / Полное наименование) in the "
                                                "first row.").format(source=source))
    if "kind" not in keys:
        raise InvalidEntity(translate("Errors", "{source}: no “kind” column (or Тип / Вид) in the first row.").format(
            source=source))
    out = []
    for number, values in rows:
        cells: Mapping[str, object] = {k: v for k, v in zip(keys, values, strict=False) if k is not None}
        if not any(str(v or "").strip() for v in cells.values()):
            continue
        line = f"{source}, row {number}"
        name = str(cells.get("name") or "").strip()
        if not name:
            raise InvalidEntity(translate("Errors", "{line}: the name is empty.").format(line=line))
        entity = Entity(
            name=name, kind=parse_kind(str(cells.get("kind") or ""), line),
            number=str(cells.get("number") or "").strip(),
            gender=str(cells.get("gender") or "").strip().lower()[:1].replace("м", "m").replace("ж", "f"),
            aliases_ru=_split(cells.get("aliases_ru")), aliases_en=_split(cells.get("aliases_en")),
            former_names=_split(cells.get("former_names")),
            resources=str(cells.get("resources") or "").strip(),
            included_on=parse_date(cells.get("included_on"), line),
            excluded_on=parse_date(cells.get("excluded_on"), line),
            quoted_only=str(cells.get("quoted_only") or "").strip().lower() in _YES,
        )
        try:
            out.append(validate(entity))
        except InvalidEntity as exc:
            raise InvalidEntity(translate("Errors", "{line}: "
                                                    "{problem}").format(line=line, problem=message_of(exc))) from None
    return out
