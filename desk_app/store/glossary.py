"""The translators' glossary (the ``glossary`` table), as domain ``GlossaryEntry`` values."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desk_app.domain.memory import GlossaryEntry
from desk_app.store.models import GlossaryEntry as GlossaryRow


def _entry(row: GlossaryRow) -> GlossaryEntry:
    return GlossaryEntry(row.id, row.source_term, row.target_term, row.kind, row.note)


class GlossaryRepository:
    """Glossary entries, in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def stamp(self) -> tuple[int, int | None]:
        """(number of entries, highest id): changes whenever an entry is added or removed."""
        count, highest = self._s.execute(select(func.count(GlossaryRow.id), func.max(GlossaryRow.id))).one()
        return int(count), highest

    def entries(self) -> list[GlossaryEntry]:
        return [_entry(r) for r in self._s.scalars(select(GlossaryRow))]

    def add(self, source_term: str, target_term: str, *, kind: str, note: str, created_by: str,
            created_at: datetime) -> GlossaryEntry:
        row = GlossaryRow(source_term=source_term, target_term=target_term, kind=kind, note=note,
                          created_by=created_by, created_at=created_at)
        self._s.add(row)
        self._s.flush()
        return _entry(row)

    def remove(self, entry_id: int) -> int:
        """Delete the entry; how many rows went (0 or 1)."""
        return int(self._s.execute(delete(GlossaryRow).where(GlossaryRow.id == entry_id)).rowcount)  # type: ignore[attr-defined]
