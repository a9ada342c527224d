"""The domain's names for people, in the interface's language: statuses, languages, fields, roles,
kinds of listed entity; and numbers and dates written as the language writes them.

The names themselves are the domain's translatable tables (``Status.label``, ``Language.label``,
``Role.with_article_lower``, ``FIELD_LABELS``); these functions show them in the interface's
language, and give a value they do not know as it is.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desk_app.domain.article import FIELD_LABELS, Language, Status
from desk_app.domain.mentions.entities import EntityKind
from desk_app.domain.workflow import Role
from desk_app.ui.i18n import localized, translate

__all__ = [
    "date_time", "field_label", "kind_caption", "language_label", "number", "required_label", "role_with_article",
    "status_label",
]


def status_label(status: str) -> str:
    """"Draft", "Published"… (capitalised, as a badge or a column shows it); unknown values as they are."""
    try:
        return localized(Status(status).label)
    except ValueError:
        return status


def language_label(code: str) -> str:
    """"Russian", "English": an article's language by its code; unknown codes as they are."""
    try:
        return localized(Language(code).label)
    except ValueError:
        return code


def role_with_article(role: Role) -> str:
    """"a correspondent", "an editor": the role as the end of "you are …"."""
    return localized(role.with_article_lower)


def field_label(name: str) -> str:
    """An article field's name ("Headline", "Publication time") by its attribute name."""
    return localized(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def required_label(english: str) -> str:
    """A required field's lower-case name as the domain's list of missing fields gives it."""
    labels = {
        "headline": translate("Field", "headline"),
        "lede": translate("Field", "lede"),
        "byline": translate("Field", "byline"),
        "dateline": translate("Field", "dateline"),
        "body": translate("Field", "body"),
    }
    return labels.get(english, english)


def kind_caption(kind: EntityKind) -> str:
    """What a kind of listed entity is called ("Foreign agent: person")."""
    captions = {
        EntityKind.FOREIGN_AGENT_PERSON: translate("EntityKind", "Foreign agent: person"),
        EntityKind.FOREIGN_AGENT_ORGANISATION: translate("EntityKind", "Foreign agent: organisation"),
        EntityKind.FOREIGN_AGENT_ASSOCIATION: translate("EntityKind", "Foreign agent: unregistered association"),
        EntityKind.UNDESIRABLE: translate("EntityKind", "Undesirable organisation"),
        EntityKind.EXTREMIST: translate("EntityKind", "Extremist list (banned)"),
        EntityKind.TERRORIST: translate("EntityKind", "Terrorist list (banned)"),
    }
    return captions.get(kind, kind.caption)


def number(n: int) -> str:
    """``n`` with the language's digit grouping ("1,234"; "1 234" in Russian)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


def date_time(moment: datetime, *, with_time: bool = True) -> str:
    """A moment as the language writes dates (short format), on the clock of the zone it carries."""
    d = QDate(moment.year, moment.month, moment.day)
    locale = QLocale()
    if not with_time:
        return locale.toString(d, QLocale.FormatType.ShortFormat)
    when = QDateTime(d, QTime(moment.hour, moment.minute))
    return locale.toString(when, QLocale.FormatType.ShortFormat)
