"""What the pairing service hands out: pairs as a view shows them, and its one special refusal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import DeskError

__all__ = ["PairInfo", "PairView", "TranslationExists"]


class TranslationExists(DeskError):
    """The original already has a translation in that language; ``existing_id`` names it."""

    def __init__(self, message: str, existing_id: str):
        super().__init__(message)
        self.existing_id = existing_id


@dataclass(frozen=True)
class PairInfo:
    """One pair as the pairing view and ``desk pair`` show it."""

    ordinal: int
    source: tuple[int, ...]             # body paragraph numbers in the original, from 0
    target: tuple[int, ...]             # body paragraph numbers in the translation, from 0
    source_paragraphs: tuple[str, ...]  # current text
    target_paragraphs: tuple[str, ...]
    state: str                          # as stored
    effective_state: str                # what the translator sees ("needs_update" when the source moved on)
    origin: str                         # "auto" or "manual"
    marked_by: str | None
    marked_at: datetime | None
    old_source: str | None = None       # for needs_update: the source as translated ...
    new_source: str | None = None       # ... and as it is now

    @property
    def source_text(self) -> str:
        return "\n\n".join(self.source_paragraphs)

    @property
    def target_text(self) -> str:
        return "\n\n".join(self.target_paragraphs)


@dataclass(frozen=True)
class PairView:
    """A translation with its original, paired paragraph by paragraph."""

    translation: ArticleData
    original: ArticleData | None
    pairs: tuple[PairInfo, ...]
    editable: bool                       # the current user may change the translation's text
    problem: str | None = None           # e.g. the original was spiked; one sentence
    original_line_stale: bool = False    # the originally-published line differs from the original's time
    stored: bool = True                  # the pairs shown are the ones stored (False: re-mapped on reading)

    @property
    def translation_id(self) -> str:
        return self.translation.id

    @property
    def original_id(self) -> str:
        return self.translation.translated_from or ""

    def count(self, state: str) -> int:
        return sum(1 for p in self.pairs if p.effective_state == state)

    @property
    def outdated(self) -> int:
        return self.count("needs_update")

    def as_json(self) -> dict:
        """Exactly what ``desk pair ID --json`` prints."""
        return {"original": self.original_id, "translation": self.translation_id,
                "pairs": [{"source": list(p.source), "target": list(p.target), "state": p.effective_state}
                          for p in self.pairs]}
