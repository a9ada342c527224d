"""Where the protected foreign-agent notice sits in the editor's document, and which edits may touch it.

The editor keeps the body in a fixed layout while a notice policy applies:

* placement ``top``: ``NOTICE`` + blank line + the rest (``N¶¶rest``);
* placement ``end``: the rest + blank line + ``NOTICE`` (``rest¶¶N``).

The notice *and* the blank line that separates it are protected: deleting that
line break would glue the first paragraph to the notice. Every edit the
editor makes is first passed through :meth:`NoticeGuard.resolve`, which
allows it, narrows it (select-all + delete removes everything but the
notice), or refuses it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from desk_app.domain.notice import Placement
from desk_app.ui.i18n import translate

__all__ = ["NoticeGuard", "Resolution", "body_for_editor", "body_from_editor", "notice_refusal", "qt_len"]


def notice_refusal() -> str:
    """Why an edit of the notice was refused (in the interface's language)."""
    return translate("NoticeGuard", "The foreign-agent notice is required by law and cannot be edited here; "
                     "an admin changes it with `desk policy set`.")

_SEP = "\u2029"  # QTextDocument's block separator in raw text


def qt_len(text: str) -> int:
    """Length in QTextDocument positions (UTF-16 code units), not Python characters."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Resolution:
    """What may be replaced: ``start..end`` (maybe narrowed), or nothing (``allowed`` False)."""

    allowed: bool
    start: int = 0
    end: int = 0
    narrowed: bool = False


def body_for_editor(body: str, notice: str | None, placement: Placement) -> str:
    """The text to show: the canonical body, with an empty paragraph to type in next to a lone notice."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if notice is None:
        return body
    if body == notice:
        return notice + "\n\n" if placement is Placement.TOP else "\n\n" + notice
    return body


def body_from_editor(text: str, notice: str | None, placement: Placement) -> str:
    """The body to store: a notice with only the empty typing paragraph next to it is just the notice."""
    if notice is not None and text.strip("\n") == notice:
        return notice
    return text


class NoticeGuard:
    """The protected span of a QTextDocument and the rules for edits near it."""

    def __init__(self, document: QTextDocument):
        self._doc = document
        self.notice: str | None = None
        self.placement = Placement.TOP

    def configure(self, notice: str | None, placement: Placement = Placement.TOP) -> None:
        self.notice = notice or None
        self.placement = Placement(placement)

    @property
    def active(self) -> bool:
        return self.notice is not None

    def _length(self) -> int:
        return self._doc.characterCount() - 1

    def protected_span(self) -> tuple[int, int] | None:
        """(start, end) of the notice plus its separating blank line; None when nothing is protected."""
        if self.notice is None:
            return None
        n, length = qt_len(self.notice), self._length()
        if self.placement is Placement.TOP:
            return 0, min(n + 2, length)
        return max(length - n - 2, 0), length

    def notice_span(self) -> tuple[int, int] | None:
        """(start, end) of the notice text alone."""
        if self.notice is None:
            return None
        n, length = qt_len(self.notice), self._length()
        if self.placement is Placement.TOP:
            return 0, min(n, length)
        return max(length - n, 0), length

    def first_editable(self) -> int:
        """Where typing starts: just after the notice's blank line (top) or the end of the text (end)."""
        span = self.protected_span()
        if span is None:
            return 0
        return span[1] if self.placement is Placement.TOP else span[0]

    def is_notice_block(self, block: QTextBlock) -> bool:
        span = self.notice_span()
        if span is None or not block.isValid():
            return False
        start = block.position()
        return span[0] <= start < span[1] or (start == span[0] and span[0] == span[1])

    def resolve(self, start: int, end: int, text: str = "") -> Resolution:
        """May ``start..end`` be replaced by ``text``? Narrowed when a selection runs into the notice."""
        if start > end:
            start, end = end, start
        span = self.protected_span()
        if span is None:
            return Resolution(True, start, end)
        lo, hi = span
        only_breaks = bool(text) and set(text) <= {"\n", _SEP}
        if self.placement is Placement.TOP:
            if start >= hi:
                return Resolution(True, start, end)
            if end > hi:
                return Resolution(True, hi, end, narrowed=True)
            if start == end and only_breaks and start == hi - 1:
                return Resolution(True, start, end)  # Enter on the blank line under the notice: one more
            return Resolution(False)
        if end <= lo:
            return Resolution(True, start, end)
        if start < lo:
            return Resolution(True, start, lo, narrowed=True)
        if start == end and only_breaks and start == lo + 1:
            return Resolution(True, start, end)  # Enter on the blank line above the notice
        return Resolution(False)

    def intact(self) -> bool:
        """Whether the document still carries the notice and its blank line, byte for byte."""
        span = self.protected_span()
        if span is None or self.notice is None:
            return True
        expected = (self.notice + _SEP + _SEP) if self.placement is Placement.TOP else (_SEP + _SEP + self.notice)
        if span[1] - span[0] != qt_len(expected):
            return False
        cursor = QTextCursor(self._doc)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText() == expected
