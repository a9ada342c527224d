"""The translation memory (marked segment pairs) and the glossary, over the workspace database.

Matching itself is pure (:mod:`desk_app.domain.memory`); this module only
finds the candidates: exact paragraph matches by the pinned source hash (an
indexed column), sentence matches by a substring search over the pinned
source texts, and the glossary (small: read whole, matched in Python).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.domain.alignment import align
from desk_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.domain.memory import (
    GLOSSARY_KINDS,
    GlossaryEntry,
    Suggestion,
    glossary_hits,
    rank_suggestions,
    split_sentences,
)
from desk_app.domain.messages import translate
from desk_app.domain.segments import fold, paragraph_hash
from desk_app.domain.workflow import Role
from desk_app.store.glossary import GlossaryRepository
from desk_app.store.pairs import PairRepository

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext

TERM_MAX = 200


class TranslationMemory:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace
        self._glossary: tuple[tuple[int, int | None], list[GlossaryEntry]] | None = None

    # -- memory ------------------------------------------------------------------
    def suggestions(self, paragraph: str, *, limit: int = 8) -> list[Suggestion]:
        key = fold(paragraph)
        if not key:
            return []
        sentences = [s for s in split_sentences(paragraph) if len(s) >= 12 and s != key][:12]
        with self._ws.unit() as s:
            entries = PairRepository(s).memory(paragraph_hash(paragraph), sentences, limit=50)
        return rank_suggestions(paragraph, entries, aligner=align, limit=limit)

    # -- glossary ----------------------------------------------------------------
    def entries(self) -> list[GlossaryEntry]:
        with self._ws.unit() as s:
            glossary = GlossaryRepository(s)
            stamp = glossary.stamp()
            if self._glossary is not None and self._glossary[0] == stamp:
                return list(self._glossary[1])
            entries = sorted(glossary.entries(), key=lambda e: (e.source_term.casefold(), e.id))
        self._glossary = (stamp, entries)
        return list(entries)

    def glossary_hits(self, paragraph: str) -> list[GlossaryEntry]:
        return glossary_hits(paragraph, self.entries())

    def add(self, source_term: str, target_term: str, kind: str = "term", note: str = "") -> GlossaryEntry:
        source_term, target_term, note = " ".join(source_term.split()), " ".join(target_term.split()), note.strip()
        if self._ws.actor.role is Role.CORRESPONDENT:
            raise PermissionDenied(translate("Errors", "Only translators and editors add glossary entries; ask one "
                                                       "of them."))
        if not source_term or not target_term:
            raise InvalidInput(translate("Errors", "Give both the Russian term and its English rendering."))
        if len(source_term) > TERM_MAX or len(target_term) > TERM_MAX:
            raise InvalidInput(translate("Errors", "A glossary term may be at most {term_max} characters long.").format(
                term_max=TERM_MAX))
        if kind not in GLOSSARY_KINDS:
            raise InvalidInput(translate("Errors", "Kind “{kind}” is unknown; use one of: {items}.").format(
                kind=kind, items=', '.join(GLOSSARY_KINDS)))
        for e in self.entries():  # (SQLite's lower() leaves Cyrillic alone: compare here)
            if e.source_term.casefold() == source_term.casefold() and e.target_term.casefold() == target_term.casefold():
                raise InvalidInput(translate("Errors", "The glossary already has “{source_term}” → “{target_term}” "
                                                       "(entry {id}).").format(
                    source_term=e.source_term, target_term=e.target_term, id=e.id))
        with self._ws.unit() as s:
            return GlossaryRepository(s).add(source_term, target_term, kind=kind, note=note,
                                             created_by=self._ws.actor.login, created_at=self._ws.clock())

    def remove(self, entry_id: int) -> None:
        if self._ws.actor.role is Role.CORRESPONDENT:
            raise PermissionDenied(translate("Errors", "Only translators and editors change the glossary; ask one "
                                                       "of them."))
        with self._ws.unit() as s:
            gone = GlossaryRepository(s).remove(entry_id)
        if not gone:
            raise NotFound(translate("Errors", "There is no glossary entry {entry_id}.").format(entry_id=entry_id))
        self._glossary = None
