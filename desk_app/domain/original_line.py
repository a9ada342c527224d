"""The "originally published" line a translation carries.

"This article was originally published on the Russian page of 24/7 Internet
agency ‘Caucasian Knot’ on January 6, 2022 at 09:33 pm MSK": the original's
publication time, whatever zone it was given in, shown in Europe/Moscow
(which has kept UTC+3 all year since 2014, hence always "MSK"), on a
12-hour clock with a zero-padded hour and lower-case am/pm.

Pure Python: no database, no Qt. Month names are spelt out here, so the
result never depends on the machine's locale.
"""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from desk_app.domain.segments import fold, is_origin_line

__all__ = ["MOSCOW", "is_original_line", "original_line", "place_original_line", "find_original_line"]

MOSCOW = ZoneInfo("Europe/Moscow")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def original_line(agency: str, published_at: datetime) -> str:
    """The line for an original published at ``published_at`` (an aware datetime) by ``agency``."""
    if published_at.tzinfo is None:
        raise ValueError("the publication time must carry a time zone offset")
    local = published_at.astimezone(MOSCOW)
    hour = local.hour % 12 or 12
    half = "am" if local.hour < 12 else "pm"
    agency = " ".join(agency.split()) or "the agency"
    return (f"This article was originally published on the Russian page of {agency} on "
            f"{_MONTHS[local.month - 1]} {local.day}, {local.year} at {hour:02d}:{local.minute:02d} {half} MSK")


def is_original_line(paragraph: str) -> bool:
    """True for a generated "This article was originally published on ..." paragraph.

    The same test :func:`desk_app.domain.segments.body_paragraphs` uses to leave
    the line out of the numbered paragraphs (emphasis around it is ignored).
    """
    return is_origin_line(paragraph)


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated block of ``body``, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*_BLANK_LINES.finditer(body), None]:
        end = m.start() if m is not None else len(body)
        chunk = body[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        if m is not None:
            pos = m.end()
    return spans


def find_original_line(body: str) -> str | None:
    """The originally-published paragraph of ``body`` as written, or None."""
    body = body.replace("\r\n", "\n")
    for start, end in _paragraph_spans(body):
        if is_original_line(body[start:end]):
            return body[start:end]
    return None


def place_original_line(body: str, line: str, notice: str | None = None) -> str:
    """``body`` with ``line`` as its originally-published paragraph.

    An existing line is rewritten in place (only that paragraph changes, and
    not at all when it already reads the same after whitespace folding);
    otherwise the line is put first — after ``notice`` when the body starts
    with that paragraph.
    """
    body = body.replace("\r\n", "\n")
    spans = _paragraph_spans(body)
    for start, end in spans:
        if is_original_line(body[start:end]):
            if fold(body[start:end]) == fold(line):
                return body
            return body[:start] + line + body[end:]
    if not spans:
        return line
    first_start, first_end = spans[0]
    if notice is not None and fold(body[first_start:first_end]) == fold(notice):
        rest = body[first_end:].lstrip()
        return body[:first_end] + "\n\n" + line + ("\n\n" + rest if rest else "")
    return body[:first_start] + line + "\n\n" + body[first_start:]
