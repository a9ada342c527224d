"""Registry use cases: listed entities, the outlet's label texts, importing the official lists.

Only admins change the registry (here, and on PostgreSQL in the database); every change is
recorded with who and when. Forms are generated here, once per saved entity, so checking an
article never needs the morphology dictionaries.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.errors import ConflictError, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.mentions.entities import LANGUAGES, Entity, EntityKind, InvalidEntity, LabelRule, validate
from desk_app.domain.mentions.importing import entities_from_rows
from desk_app.domain.mentions.matcher import Matcher, Scope
from desk_app.domain.messages import message_of, translate
from desk_app.domain.workflow import Role
from desk_app.store import registry as repo

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext
    from desk_app.services.settings import WorkspaceSettings

SCOPE_SETTING = "mentions_scope"


@dataclass(frozen=True)
class ImportResult:
    source: str
    added: int
    updated: int
    unchanged: int
    entity_ids: tuple[int, ...]    # added or changed: what the affected-articles report re-checks

    def summary(self) -> str:
        return (translate("Errors", "{source}: {added} added, {updated} updated, {unchanged} unchanged.").format(
            source=self.source, added=self.added, updated=self.updated, unchanged=self.unchanged))


def prepare(entity: Entity) -> Entity:
    """Validated, with the gender of a person and every form of its names."""
    from desk_app.domain.mentions.forms import generate, is_person, person_gender

    try:
        entity = validate(entity)
    except InvalidEntity as exc:
        raise InvalidInput(message_of(exc)) from None
    if is_person(entity):
        entity = replace(entity, gender=person_gender(entity.name, entity.gender))
    return entity.with_forms(generate(entity))


def _same(a: Entity, b: Entity) -> bool:
    return replace(a, id=None, version=0, forms=()) == replace(b, id=None, version=0, forms=())


class RegistryService:
    def __init__(self, workspace: WorkspaceContext, *, settings: WorkspaceSettings):
        self._ws = workspace
        self._settings = settings
        self._matcher: tuple[tuple[int, date], Matcher] | None = None

    def _require_admin(self) -> None:
        if self._ws.actor.role is not Role.ADMIN:
            raise PermissionDenied(
                translate("Errors", "Only an admin can change the registry; {login} is {role}.").format(
                login=self._ws.actor.login, role=self._ws.actor.role.word))

    # -- reading -------------------------------------------------------------------------
    def entities(self, *, include_removed: bool = False) -> list[Entity]:
        with self._ws.unit() as s:
            return repo.entities(s, include_removed=include_removed)

    def get(self, entity_id: int) -> Entity:
        with self._ws.unit() as s:
            row = repo.entity_row(s, entity_id)
            if row is None:
                raise NotFound(translate("Errors", "There is no registry entry {entity_id}.").format(
                    entity_id=entity_id))
            return repo.to_entity(row)

    def labels(self) -> list[LabelRule]:
        """The label for every kind and language: the outlet's where set, the defaults otherwise."""
        from desk_app.domain.mentions.entities import label_table

        with self._ws.unit() as s:
            table = label_table(repo.labels(s))
        return [table[(k, lang)] for k in EntityKind for lang in LANGUAGES]

    def history(self, entity_id: int | None = None) -> list[repo.ChangeRow]:
        with self._ws.unit() as s:
            return repo.history(s, entity_id)

    def version(self) -> int:
        with self._ws.unit() as s:
            return repo.version(s)

    def scope(self) -> Scope:
        value = self._settings.get(SCOPE_SETTING)
        return Scope(value) if value in {s.value for s in Scope} else Scope.FIRST

    def matcher(self) -> Matcher:
        """The matcher for the entities listed today; rebuilt only when the registry changed."""
        today = self._ws.clock().date()
        with self._ws.unit() as s:
            key = (repo.version(s), today)
            if self._matcher is not None and self._matcher[0] == key:
                return self._matcher[1]
            listed = [e for e in repo.entities(s) if e.listed_on(today)]
            rules = repo.labels(s)
        matcher = Matcher(listed, rules)
        self._matcher = (key, matcher)
        return matcher

    # -- changing ------------------------------------------------------------------------
    def add(self, entity: Entity, note: str = "") -> Entity:
        self._require_admin()
        entity = prepare(entity)
        with self._ws.unit() as s:
            return repo.write_entity(s, None, replace(entity, id=None), who=self._ws.actor.login,
                                     when=self._ws.clock(), action="add", note=note)

    def update(self, entity: Entity, note: str = "") -> Entity:
        """Save a changed entity; ``entity.version`` is the version it was read at."""
        self._require_admin()
        if entity.id is None:
            raise InvalidInput(translate("Errors", "This entry was never saved; add it instead."))
        entity = prepare(entity)
        with self._ws.unit() as s:
            row = repo.entity_row(s, entity.id)
            if row is None:
                raise NotFound(translate("Errors", "There is no registry entry {id}.").format(id=entity.id))
            if row.version != entity.version:
                raise ConflictError(translate("Errors", "Someone changed “{name}” since you opened it (now version "
                                                        "{version}); reopen it and make your change again.").format(
                    name=row.name, version=row.version))
            return repo.write_entity(s, row, entity, who=self._ws.actor.login, when=self._ws.clock(),
                                     action="update", note=note)

    def remove(self, entity_id: int, note: str = "") -> None:
        """Take an entry out of matching (it stays in the history). Not the same as an exclusion
        date: use that when the official list excludes someone."""
        self._require_admin()
        with self._ws.unit() as s:
            row = repo.entity_row(s, entity_id)
            if row is None or row.removed:
                raise NotFound(translate("Errors", "There is no registry entry {entity_id}.").format(
                    entity_id=entity_id))
            repo.write_entity(s, row, repo.to_entity(row), who=self._ws.actor.login, when=self._ws.clock(),
                              action="remove", note=note)

    def set_label(self, rule: LabelRule) -> None:
        self._require_admin()
        if not rule.text.strip():
            raise InvalidInput(translate("Errors", "The label for {kind} ({language}) is empty; write the text the "
                                                   "outlet puts after a mention.").format(
                kind=rule.kind.caption.lower(), language=rule.language))
        if rule.language not in LANGUAGES:
            raise InvalidInput(translate("Errors", "Language “{language}” is unknown; use ru or en.").format(
                language=rule.language))
        with self._ws.unit() as s:
            repo.write_label(s, rule, who=self._ws.actor.login, when=self._ws.clock())

    def set_scope(self, scope: Scope | str) -> None:
        self._require_admin()
        try:
            value = Scope(scope)
        except ValueError:
            raise InvalidInput(translate("Errors", "“{scope}” is not a scope; use first or every.").format(
                scope=scope)) from None
        self._settings.set(SCOPE_SETTING, value.value)

    # -- importing -----------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportResult:
        """Add or update the entities of a CSV or XLSX list, all or none."""
        self._require_admin()
        header, rows = read_table(path)
        try:
            parsed = entities_from_rows(header, rows, path.name)
        except InvalidEntity as exc:
            raise InvalidInput(translate("Errors", "{problem} Nothing was "
                                                   "imported.").format(problem=message_of(exc))) from None
        if not parsed:
            raise InvalidInput(translate("Errors", "{file} has no rows under its header; nothing was imported.").format(
                file=path.name))
        prepared = [prepare(e) for e in parsed]
        added = updated = unchanged = 0
        changed: list[int] = []
        who, when = self._ws.actor.login, self._ws.clock()
        with self._ws.unit() as s:
            for entity in prepared:
                row = repo.find_existing(s, entity)
                if row is not None and not row.removed and _same(repo.to_entity(row), entity):
                    unchanged += 1
                    continue
                stored = repo.write_entity(s, row, entity, who=who, when=when, action="import",
                                           note=f"from {path.name}")
                changed.append(stored.id or 0)
                if row is None:
                    added += 1
                else:
                    updated += 1
        return ImportResult(path.name, added, updated, unchanged, tuple(changed))


def read_table(path: Path) -> tuple[list[object], list[tuple[int, list[object]]]]:
    """The header and the numbered rows of a CSV (UTF-8, comma or semicolon) or XLSX file."""
    if not path.is_file():
        raise InvalidInput(translate("Errors", "There is no file {path}; check the path.").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise InvalidInput(translate("Errors", "{file} cannot be read as an Excel workbook ({problem}); save it "
                                                   "again as .xlsx.").format(file=path.name, problem=exc)) from None
        try:
            sheet = book.worksheets[0]
            table = [list(r) for r in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    elif suffix in (".csv", ".txt"):
        try:
            content = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(translate("Errors", "{file} is not UTF-8 text; save it as CSV UTF-8.").format(
                file=path.name)) from None
        first = content.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        table = [list(r) for r in csv.reader(io.StringIO(content), delimiter=delimiter)]
    else:
        raise InvalidInput(translate("Errors", "{file}: import reads .csv or .xlsx files.").format(file=path.name))
    # the Ministry's export has title lines above the header: start at the first row naming a column
    from desk_app.domain.mentions.importing import canonical_header

    for n, row in enumerate(table):
        if sum(canonical_header(str(c or "")) is not None for c in row) >= 2:
            return row, [(n + i + 2, r) for i, r in enumerate(table[n + 1:])]
    raise InvalidInput(translate("Errors", "{file} has no header row with the columns name and kind (ФИО, Тип); see "
                                           "docs/mentions.md.").format(file=path.name))
