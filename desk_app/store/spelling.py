"""The newsroom's spelling dictionary in the workspace database (table ``spelling_words``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.store.models import SpellingWord

__all__ = ["StoredWord", "add_word", "find_word", "remove_word", "words_after"]


@dataclass(frozen=True)
class StoredWord:
    id: int
    language: str
    word: str
    model: str
    added_by: str | None


def _stored(row: SpellingWord) -> StoredWord:
    return StoredWord(row.id, row.language, row.word, row.model, row.added_by)


def words_after(session: Session, language: str, last_id: int = 0) -> list[StoredWord]:
    """The words of ``language`` added after id ``last_id``, oldest first (0: all of them)."""
    rows = session.scalars(select(SpellingWord).where(SpellingWord.language == language,
                                                      SpellingWord.id > last_id).order_by(SpellingWord.id))
    return [_stored(r) for r in rows]


def add_word(session: Session, language: str, word: str, model: str, added_by: str | None,
             when: datetime) -> StoredWord | None:
    """Store a word; None when the language already has it (someone else may just have added it)."""
    try:
        with session.begin_nested():
            row = SpellingWord(language=language, word=word, model=model, added_by=added_by, added_at=when)
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    return _stored(row)


def find_word(session: Session, language: str, word: str) -> StoredWord | None:
    row = session.scalars(select(SpellingWord).where(SpellingWord.language == language,
                                                     SpellingWord.word == word)).first()
    return _stored(row) if row is not None else None


def remove_word(session: Session, word_id: int) -> bool:
    """Delete one word; False when it was not there (or row-level security hid it)."""
    result = cast(CursorResult[Any], session.execute(delete(SpellingWord).where(SpellingWord.id == word_id)))
    return bool(result.rowcount)
