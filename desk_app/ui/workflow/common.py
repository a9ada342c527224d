"""Small pieces the workflow widgets share: times in Moscow, error sentences, badges.

Nothing here talks to the database. The colours match the article list's
(``ui/article_list/model.py``) so a language or a state looks the same
everywhere; they are repeated rather than imported so the two features do
not depend on each other's internals.
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import localized, translate

DISPLAY_ZONE = "Europe/Moscow"

LANGUAGE_COLOURS = {"ru": "#1e3a8a", "en": "#7c2d12"}
LANGUAGE_NAMES = {"ru": "Russian", "en": "English"}
"""English names; show them with ``language_name`` (which translates)."""
STATUS_COLOURS = {
    "draft": "#6b7280",
    "submitted": "#2563eb",
    "approved": "#0d9488",
    "published": "#15803d",
    "returned": "#c2410c",
    "spiked": "#b91c1c",
    "correction": "#7c3aed",
    "corrected": "#166534",
}
MUTED = "#6b7280"
"""Secondary text (metadata lines, unchanged states)."""

TABLE_STYLE = (
    "QTableView { border: 1px solid #d0d7de; background: #ffffff; alternate-background-color: #f6f8fa; }"
    "QHeaderView::section { background: #f6f8fa; color: #57606a; font-weight: 600; padding: 5px 8px;"
    " border: none; border-bottom: 1px solid #d0d7de; }"
)
"""Quiet headers and a thin frame for the workflow tables (Fusion and native styles alike)."""


def language_name(code: str) -> str:
    """"Russian", "English" in the interface's language; other codes as they are."""
    if code == "ru":
        return translate("WorkflowCommon", "Russian")
    if code == "en":
        return translate("WorkflowCommon", "English")
    return code


def zone(name: str = DISPLAY_ZONE) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DISPLAY_ZONE)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def format_time(when: datetime | None, zone_name: str = DISPLAY_ZONE, *, year: bool = True) -> str:
    """"20 Nov 2026, 12:05 MSK" — the agency's Moscow time with its zone named (month in the
    interface's language)."""
    if when is None:
        return ""
    local = _aware(when).astimezone(zone(zone_name))
    day = QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy" if year else "dd MMM")
    return f"{day}, {local:%H:%M} {local.tzname()}"


def format_relative(when: datetime | None, now: datetime, *, ago: bool = True) -> str:
    """"just now", "12 min ago", "1 h 54 min ago", "11 h ago", "2 days ago" (never negative);
    without ``ago`` the bare age ("12 min")."""
    if when is None:
        return ""
    seconds = max(0.0, (_aware(now) - _aware(when)).total_seconds())
    if seconds < 60:
        return translate("WorkflowCommon", "just now")
    minutes = int(seconds // 60)
    hours, rest = divmod(minutes, 60)
    if minutes < 60:
        age = translate("WorkflowCommon", "{minutes} min").format(minutes=minutes)
    elif hours < 10 and rest:
        age = translate("WorkflowCommon", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    elif hours < 48:
        age = translate("WorkflowCommon", "{hours} h").format(hours=hours)
    else:
        days = hours // 24   # a plain name: lupdate drops a plural whose count is an expression
        age = translate("WorkflowCommon", "%n days", "", days)
    return translate("WorkflowCommon", "{age} ago").format(age=age) if ago else age


def age_colour(when: datetime | None, now: datetime) -> str | None:
    """Amber after an hour in the queue, red after three; None while fresh."""
    if when is None:
        return None
    seconds = (_aware(now) - _aware(when)).total_seconds()
    if seconds >= 3 * 3600:
        return "#b91c1c"
    if seconds >= 3600:
        return "#b45309"
    return None


def user_sentence(exc: BaseException) -> str:
    """The sentence a person sees for an error: a DeskError's own, else one honest line."""
    if isinstance(exc, DeskError):
        return localized(exc)
    return translate("WorkflowCommon", "Desk hit an unexpected error ({error}); nothing more was changed — "
                     "try again, and report it if it happens again.").format(error=type(exc).__name__)


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
    font.setBold(True)
    return font


def paint_pill(painter: QPainter, rect: QRectF, text: str, background: QColor, foreground: QColor,
               font: QFont, *, border: QColor | None = None) -> QRectF:
    """A small rounded label at the left of ``rect``, vertically centred; returns the pill's rect."""
    fm = QFontMetrics(font)
    width = fm.horizontalAdvance(text) + 12
    height = fm.height() + 4
    pill = QRectF(rect.left(), rect.center().y() - height / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(border if border is not None else Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(pill, 4, 4)
    painter.setPen(foreground)
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return pill


def paint_language_badge(painter: QPainter, rect: QRectF, language: str, font: QFont) -> QRectF:
    colour = QColor(LANGUAGE_COLOURS.get(language, "#374151"))
    return paint_pill(painter, rect, language.upper() or "??", colour, QColor("white"), badge_font(font))
