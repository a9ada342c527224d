"""What the article list shows: its columns, their colours, and times in the display zone."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime

from desk_app.domain.article import Language, Status
from desk_app.domain.rendering import zone_label
from desk_app.services.articles import ArticleRow


@dataclass(frozen=True)
class Column:
    name: str      # stable id (also used by tests)
    title: str     # header text (English; the model shows translate("ArticleList", title))
    sort: str      # ArticleFilter.sort key
    tip: str       # (English, translated like the title)


COLUMNS: tuple[Column, ...] = (
    Column("headline", QT_TRANSLATE_NOOP("ArticleList", "Headline"), "headline",
           QT_TRANSLATE_NOOP("ArticleList", "The headline, with badges")),
    Column("language", QT_TRANSLATE_NOOP("ArticleList", "Lang"), "language",
           QT_TRANSLATE_NOOP("ArticleList", "Language of the article")),
    Column("status", QT_TRANSLATE_NOOP("ArticleList", "Status"), "status",
           QT_TRANSLATE_NOOP("ArticleList", "Where the article is in the workflow")),
    Column("byline", QT_TRANSLATE_NOOP("ArticleList", "Byline"), "byline",
           QT_TRANSLATE_NOOP("ArticleList", "Who signed the article")),
    Column("dateline", QT_TRANSLATE_NOOP("ArticleList", "Dateline"), "dateline_place",
           QT_TRANSLATE_NOOP("ArticleList", "Where the story was filed")),
    Column("updated", QT_TRANSLATE_NOOP("ArticleList", "Updated"), "updated_at",
           QT_TRANSLATE_NOOP("ArticleList", "When the article was last changed (display time zone)")),
    Column("words", QT_TRANSLATE_NOOP("ArticleList", "Words"), "word_count",
           QT_TRANSLATE_NOOP("ArticleList", "Words in the body, without the notice")),
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

def zone_or_default(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Moscow")


def format_time(when: datetime | None, zone: ZoneInfo) -> str:
    """"20 Nov 2026 12:00 MSK": a stored (UTC) time shown in ``zone`` with the zone's label.

    The month is the interface language's (``QLocale()``); the clock stays the zone's.
    """
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    local = when.astimezone(zone)
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    # "MMM" may carry a dot ("нояб."): the delegate splits date and time at the third space
    text = QLocale().toString(shown, "dd MMM yyyy HH:mm")
    return f"{text} {zone_label(local, zone.key)}"


def subtitle(row: ArticleRow) -> str:
    """The headline cell's second line: byline and dateline place."""
    return " · ".join(part for part in (row.byline.strip(), row.dateline_place.strip()) if part)
