"""The domain's names for people, in the interface's language: statuses, languages, fields, roles,
kinds of listed entity; and numbers and dates written as the language writes them.

The domain keeps English labels (the CLI and the logs print them); the editor, the conflict dialog,
the pairing view and the registry show these instead. Each function falls back to the domain's
own label for a value it does not know.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desk_app.domain.article import FIELD_LABELS, Language, Status
from desk_app.domain.mentions.entities import EntityKind
from desk_app.domain.workflow import Role
from desk_app.ui.i18n import translate

__all__ = [
    "date_time", "field_label", "kind_caption", "language_label", "number", "required_label", "role_with_article",
    "status_label",
]


def status_label(status: str) -> str:
    """"Draft", "Published"… (capitalised, as a badge or a column shows it)."""
    labels = {
        Status.DRAFT: translate("Status", "Draft"),
        Status.SUBMITTED: translate("Status", "Submitted"),
        Status.APPROVED: translate("Status", "Approved"),
        Status.PUBLISHED: translate("Status", "Published"),
        Status.RETURNED: translate("Status", "Returned"),
        Status.SPIKED: translate("Status", "Spiked"),
        Status.CORRECTION: translate("Status", "Correction"),
        Status.CORRECTED: translate("Status", "Corrected"),
    }
    return labels.get(status, status)   # StrEnum members are equal to their values


def language_label(code: str) -> str:
    """"Russian", "English": an article's language by its code."""
    labels = {
        Language.RU: translate("Language", "Russian"),
        Language.EN: translate("Language", "English"),
    }
    return labels.get(code, code)


def role_with_article(role: Role) -> str:
    """"a correspondent", "an editor": the role as the end of "you are …"."""
    labels = {
        Role.CORRESPONDENT: translate("Role", "a correspondent"),
        Role.TRANSLATOR: translate("Role", "a translator"),
        Role.EDITOR: translate("Role", "an editor"),
        Role.ADMIN: translate("Role", "an admin"),
    }
    return labels.get(role, role.with_article.lower())


def field_label(name: str) -> str:
    """An article field's name ("Headline", "Publication time") by its attribute name."""
    labels = {
        "language": translate("Field", "Language"),
        "headline": translate("Field", "Headline"),
        "slug": translate("Field", "Slug"),
        "lede": translate("Field", "Lede"),
        "body": translate("Field", "Body"),
        "byline": translate("Field", "Byline"),
        "source": translate("Field", "Source"),
        "dateline_place": translate("Field", "Dateline place"),
        "time_zone": translate("Field", "Time zone"),
        "published_at": translate("Field", "Publication time"),
        "tags": translate("Field", "Tags"),
        "photo": translate("Field", "Photo"),
        "photo_caption": translate("Field", "Photo caption"),
        "photo_credit": translate("Field", "Photo credit"),
        "photo_source": translate("Field", "Photo source link"),
        "photo_media": translate("Field", "Stored photo"),
        "ednote": translate("Field", "Note to editors"),
        "status": translate("Field", "Status"),
    }
    return labels.get(name, FIELD_LABELS.get(name, name))


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
