"""What the article list asks for: statuses, language, author, tag, dates, search text and order."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list asks for. Empty values mean "any"."""

    statuses: tuple[str, ...] = ()
    language: str | None = None
    author: str | None = None
    tag: str | None = None
    date_from: datetime | None = None   # on updated_at, inclusive
    date_to: datetime | None = None     # on updated_at, exclusive
    search: str = ""
    ids: tuple[str, ...] = ()
    sort: str = "updated_at"
    descending: bool = True
