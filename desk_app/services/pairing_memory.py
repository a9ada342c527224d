"""The translation memory (marked segment pairs) and the glossary, over the workspace database.

Matching itself is pure (:mod:`desk_app.domain.memory`); this module only
finds the candidates: exact paragraph matches by the pinned source hash (an
indexed column), sentence matches by a substring search over the pinned
source texts, and the glossary (small: read whole, matched in Python).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, or_, select

from desk_app.domain.alignment import align
from desk_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.domain.memory import (
    GLOSSARY_KINDS,
    GlossaryEntry,
    MemoryEntry,
    Suggestion,
    glossary_hits,
    rank_suggestions,
    split_sentences,
)
from desk_app.domain.segments import fold, paragraph_hash
from desk_app.domain.workflow import Role
from desk_app.store.models import GlossaryEntry as GlossaryRow
from desk_app.store.models import SegmentPair

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext

TERM_MAX = 200
_CONFIRMED = ("translated", "reviewed")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entry(row: GlossaryRow) -> GlossaryEntry:
    return GlossaryEntry(row.id, row.source_term, row.target_term, row.kind, row.note)


class TranslationMemory:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace
        self._glossary: tuple[tuple[int, int], list[GlossaryEntry]] | None = None

    # -- memory ------------------------------------------------------------------
    def suggestions(self, paragraph: str, *, limit: int = 8) -> list[Suggestion]:
        key = fold(paragraph)
        if not key:
            return []
        columns = (SegmentPair.source_text, SegmentPair.target_text, SegmentPair.translation_article_id,
                   SegmentPair.marked_by, SegmentPair.marked_at)
        sentences = [s for s in split_sentences(paragraph) if len(s) >= 12 and s != key][:12]
        with self._ws.unit() as s:
            exact = s.execute(
                select(*columns).where(SegmentPair.source_hash == paragraph_hash(paragraph),
                                       SegmentPair.state.in_(_CONFIRMED), SegmentPair.target_text != "")
                .order_by(SegmentPair.marked_at.desc()).limit(50)).all()
            partial = []
            if sentences:
                partial = s.execute(
                    select(*columns).where(
                        SegmentPair.state.in_(_CONFIRMED), SegmentPair.target_text != "",
                        SegmentPair.source_hash != paragraph_hash(paragraph),
                        or_(*(SegmentPair.source_text.like(f"%{_like_escape(x)}%", escape="\\")
                              for x in sentences)))
                    .order_by(SegmentPair.marked_at.desc()).limit(50)).all()
        entries = [MemoryEntry(*row) for row in [*exact, *partial]]
        return rank_suggestions(paragraph, entries, aligner=align, limit=limit)

    # -- glossary ----------------------------------------------------------------
    def entries(self) -> list[GlossaryEntry]:
        with self._ws.unit() as s:
            stamp = tuple(s.execute(select(func.count(GlossaryRow.id), func.max(GlossaryRow.id))).one())
            if self._glossary is not None and self._glossary[0] == stamp:
                return list(self._glossary[1])
            entries = sorted((_entry(r) for r in s.scalars(select(GlossaryRow))),
                             key=lambda e: (e.source_term.casefold(), e.id))
        self._glossary = (stamp, entries)  # type: ignore[assignment]
        return list(entries)

    def glossary_hits(self, paragraph: str) -> list[GlossaryEntry]:
        return glossary_hits(paragraph, self.entries())

    def add(self, source_term: str, target_term: str, kind: str = "term", note: str = "") -> GlossaryEntry:
        source_term, target_term, note = " ".join(source_term.split()), " ".join(target_term.split()), note.strip()
        if self._ws.actor.role is Role.CORRESPONDENT:
            raise PermissionDenied("Only translators and editors add glossary entries; ask one of them.")
        if not source_term or not target_term:
            raise InvalidInput("Give both the Russian term and its English rendering.")
        if len(source_term) > TERM_MAX or len(target_term) > TERM_MAX:
            raise InvalidInput(f"A glossary term may be at most {TERM_MAX} characters long.")
        if kind not in GLOSSARY_KINDS:
            raise InvalidInput(f"Kind “{kind}” is unknown; use one of: {', '.join(GLOSSARY_KINDS)}.")
        for e in self.entries():  # (SQLite's lower() leaves Cyrillic alone: compare here)
            if e.source_term.casefold() == source_term.casefold() and e.target_term.casefold() == target_term.casefold():
                raise InvalidInput(f"The glossary already has “{e.source_term}” → “{e.target_term}” (entry {e.id}).")
        with self._ws.unit() as s:
            row = GlossaryRow(source_term=source_term, target_term=target_term, kind=kind, note=note,
                              created_by=self._ws.actor.login, created_at=self._ws.clock())
            s.add(row)
            s.flush()
            return _entry(row)

    def remove(self, entry_id: int) -> None:
        if self._ws.actor.role is Role.CORRESPONDENT:
            raise PermissionDenied("Only translators and editors change the glossary; ask one of them.")
        with self._ws.unit() as s:
            gone = s.execute(delete(GlossaryRow).where(GlossaryRow.id == entry_id)).rowcount
        if not gone:
            raise NotFound(f"There is no glossary entry {entry_id}.")
        self._glossary = None
