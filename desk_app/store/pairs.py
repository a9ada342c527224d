"""A translation's segment pairs (``segment_pairs``) and the article look-ups pairing needs.

Pairs are read and written as domain ``PairRecord`` values; the translation
memory's candidates are confirmed pairs found by source hash or by substring.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, aliased

from desk_app.domain.article import Status
from desk_app.domain.memory import MemoryEntry
from desk_app.domain.pairing_beads import PairRecord
from desk_app.store.models import Article, SegmentPair
from desk_app.store.repository import LIST_COLUMNS

CONFIRMED = ("translated", "reviewed")
_MEMORY_COLUMNS = (SegmentPair.source_text, SegmentPair.target_text, SegmentPair.translation_article_id,
                   SegmentPair.marked_by, SegmentPair.marked_at)


def _to_record(row: SegmentPair) -> PairRecord:
    return PairRecord(tuple(json.loads(row.source_indices)), tuple(json.loads(row.target_indices)), row.state,
                      row.origin, row.source_hash, row.source_text, row.target_text, row.marked_by, row.marked_at)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PairRepository:
    """Segment pairs and translations, in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # -- pairs -------------------------------------------------------------------
    def read(self, translation_id: str) -> list[PairRecord]:
        rows = self._s.scalars(select(SegmentPair).where(SegmentPair.translation_article_id == translation_id)
                               .order_by(SegmentPair.ordinal)).all()
        return [_to_record(r) for r in rows]

    def write(self, translation_id: str, pairs: Sequence[PairRecord]) -> None:
        """Replace the translation's pairs with ``pairs`` (ordinal = position)."""
        self._s.execute(delete(SegmentPair).where(SegmentPair.translation_article_id == translation_id))
        self._s.add_all(SegmentPair(
            translation_article_id=translation_id, ordinal=k, source_indices=json.dumps(list(p.source)),
            target_indices=json.dumps(list(p.target)), state=p.state, origin=p.origin,
            source_hash=p.source_hash, source_text=p.source_text, target_text=p.target_text,
            marked_by=p.marked_by, marked_at=p.marked_at,
        ) for k, p in enumerate(pairs))
        self._s.flush()

    def with_originals(self, translation_ids: Iterable[str]) -> list[tuple[str, tuple[str, int], PairRecord]]:
        """(translation id, (original id, original version), pair) for every pair of the translations, in order."""
        t, o = aliased(Article), aliased(Article)
        rows = self._s.execute(
            select(SegmentPair, o.id, o.version).join(t, t.id == SegmentPair.translation_article_id)
            .join(o, o.id == t.translated_from).where(SegmentPair.translation_article_id.in_(list(translation_ids)))
            .order_by(SegmentPair.translation_article_id, SegmentPair.ordinal)
        ).all()
        return [(pair.translation_article_id, (oid, oversion), _to_record(pair)) for pair, oid, oversion in rows]

    # -- the translation memory ----------------------------------------------------------
    def memory(self, source_hash: str, sentences: Sequence[str], *, limit: int = 50) -> list[MemoryEntry]:
        """Confirmed pairs with this source (newest first), then those containing one of ``sentences``."""
        exact = self._s.execute(
            select(*_MEMORY_COLUMNS).where(SegmentPair.source_hash == source_hash,
                                           SegmentPair.state.in_(CONFIRMED), SegmentPair.target_text != "")
            .order_by(SegmentPair.marked_at.desc()).limit(limit)).all()
        partial: Sequence[Any] = []
        if sentences:
            partial = self._s.execute(
                select(*_MEMORY_COLUMNS).where(
                    SegmentPair.state.in_(CONFIRMED), SegmentPair.target_text != "",
                    SegmentPair.source_hash != source_hash,
                    or_(*(SegmentPair.source_text.like(f"%{_like_escape(x)}%", escape="\\") for x in sentences)))
                .order_by(SegmentPair.marked_at.desc()).limit(limit)).all()
        return [MemoryEntry(*row) for row in [*exact, *partial]]

    # -- translations ----------------------------------------------------------------
    def translation_into(self, original_id: str, language: str) -> str | None:
        """The oldest unspiked translation of the original into ``language``."""
        found: str | None = self._s.scalars(
            select(Article.id).where(Article.translated_from == original_id, Article.language == language,
                                     Article.status != Status.SPIKED.value).order_by(Article.created_at)
        ).first()
        return found

    def translation_ids(self, original_id: str) -> list[str]:
        return list(self._s.scalars(select(Article.id).where(Article.translated_from == original_id)).all())

    def translation_rows(self, original_id: str) -> list[tuple[Any, ...]]:
        """The original's translations as list rows (the list's columns), oldest first."""
        return [tuple(r) for r in self._s.execute(
            select(*LIST_COLUMNS).where(Article.translated_from == original_id).order_by(Article.created_at))]

    def translations_of(self, original_ids: Iterable[str]) -> list[tuple[str, str, str, str | None]]:
        """(translation id, original id, status, author) of the unspiked translations of ``original_ids``."""
        rows = self._s.execute(select(Article.id, Article.translated_from, Article.status, Article.author_login)
                               .where(Article.translated_from.in_(list(original_ids)),
                                      Article.status != Status.SPIKED.value)).all()
        return [(tid, str(oid), status, author) for tid, oid, status, author in rows]

    def body(self, article_id: str) -> str | None:
        body: str | None = self._s.scalar(select(Article.body).where(Article.id == article_id))
        return body

    def bodies(self, article_ids: Iterable[str]) -> list[tuple[str, int, str]]:
        """(id, version, body) of the articles."""
        rows = self._s.execute(select(Article.id, Article.version, Article.body)
                               .where(Article.id.in_(set(article_ids)))).all()
        return [(aid, version, body) for aid, version, body in rows]
