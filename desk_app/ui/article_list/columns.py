"""What the article list shows: its columns, their colours, and times in the display zone."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.domain.article import Language, Status
from desk_app.domain.rendering import zone_label
from desk_app.services.articles import ArticleRow


@dataclass(frozen=True)
class Column:
    name: str      # stable id (also used by tests)
    title: str     # header text
    sort: str      # ArticleFilter.sort key
    tip: str


COLUMNS: tuple[Column, ...] = (
    Column("headline", "Headline", "headline", "The headline, with badges"),
    Column("language", "Lang", "language", "Language of the article"),
    Column("status", "Status", "status", "Where the article is in the workflow"),
    Column("byline", "Byline", "byline", "Who signed the article"),
    Column("dateline", "Dateline", "dateline_place", "Where the story was filed"),
    Column("updated", "Updated", "updated_at", "When the article was last changed (display time zone)"),
    Column("words", "Words", "word_count", "Words in the body, without the notice"),
)
COLUMN_INDEX = {c.name: i for i, c in enumerate(COLUMNS)}

STATUS_COLOURS = {
    Status.DRAFT.value: "#6b7280",
    Status.SUBMITTED.value: "#2563eb",
    Status.APPROVED.value: "#0d9488",
    Status.PUBLISHED.value: "#15803d",
    Status.RETURNED.value: "#c2410c",
    Status.SPIKED.value: "#b91c1c",
    Status.CORRECTION.value: "#7c3aed",
    Status.CORRECTED.value: "#166534",
}
LANGUAGE_COLOURS = {Language.RU.value: "#1e3a8a", Language.EN.value: "#7c2d12"}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def zone_or_default(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Moscow")


def format_time(when: datetime | None, zone: ZoneInfo) -> str:
    """"20 Nov 2026 12:00 MSK": a stored (UTC) time shown in ``zone`` with the zone's label."""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    local = when.astimezone(zone)
    return f"{local.day:02d} {_MONTHS[local.month - 1]} {local.year} {local:%H:%M} {zone_label(local, zone.key)}"


def subtitle(row: ArticleRow) -> str:
    """The headline cell's second line: byline and dateline place."""
    return " · ".join(part for part in (row.byline.strip(), row.dateline_place.strip()) if part)
