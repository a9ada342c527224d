"""Markdown syntax highlighting, one block at a time.

Qt calls :meth:`MarkdownHighlighter.highlightBlock` only for blocks that
changed (and the blocks after them while their state changes), so typing in a
20,000-word article re-highlights one paragraph, never the whole document. The
only state carried between blocks is "inside a fenced code block".
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

__all__ = ["MarkdownHighlighter"]

_NORMAL, _IN_FENCE = 0, 1

_HEADING = re.compile(r"^(#{1,6})[ \t]+\S.*$")
_QUOTE = re.compile(r"^[ \t]{0,3}>.*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE_BIT, _LIST_BIT, _CODE_BIT, _BOLD_BIT, _ITALIC_BIT, _MARKER_BIT, _LINK_TEXT_BIT, _LINK_URL_BIT = (
    1, 2, 4, 8, 16, 32, 64, 128)


def _fmt(color: str | None = None, *, bold: bool = False, italic: bool = False,
         background: str | None = None, mono: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    if color:
        f.setForeground(QColor(color))
    if background:
        f.setBackground(QColor(background))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if mono:
        f.setFontFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        f.setFontFixedPitch(True)
    return f


class MarkdownHighlighter(QSyntaxHighlighter):
    """Headings, emphasis, links, quotes, list markers, code; and the protected notice."""

    def __init__(self, document: QTextDocument, is_notice_block: Callable[[QTextBlock], bool] | None = None):
        super().__init__(document)
        self._is_notice_block = is_notice_block or (lambda _block: False)
        self.formats = {
            "heading": _fmt("#1d3f72", bold=True),
            "heading_marker": _fmt("#8a97a8", bold=True),
            "bold": _fmt(bold=True),
            "italic": _fmt(italic=True),
            "marker": _fmt("#9aa3ad"),
            "link_text": _fmt("#1a5fb4"),
            "link_url": _fmt("#6b7785"),
            "quote": _fmt("#4f5b66", italic=True),
            "list": _fmt("#b5651d", bold=True),
            "code": _fmt("#7a3e9d", background="#f3eef7", mono=True),
            "rule": _fmt("#9aa3ad"),
            "notice": _fmt("#111111", bold=True),
        }
        self._cache: dict[int, QTextCharFormat] = {}
        self.overlay: Callable[[MarkdownHighlighter, str, bool], None] | None = None
        """Drawn over the Markdown formats (spelling squiggles): called with the text and "inside a fence"."""

    def set_notice_test(self, is_notice_block: Callable[[QTextBlock], bool]) -> None:
        self._is_notice_block = is_notice_block

    def is_notice_block(self, block: QTextBlock) -> bool:
        return self._is_notice_block(block)

    # QSyntaxHighlighter -----------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        notice = self._is_notice_block(self.currentBlock())
        in_fence = self.previousBlockState() == _IN_FENCE
        self._markdown(text, notice)
        if self.overlay is not None and not notice:
            self.overlay(self, text, in_fence)

    def _markdown(self, text: str, notice: bool) -> None:
        if notice:
            self.setCurrentBlockState(_NORMAL)
            self.setFormat(0, len(text), self.formats["notice"])
            return
        previous = self.previousBlockState()
        fence = _FENCE.match(text)
        if previous == _IN_FENCE or fence:
            self.setFormat(0, len(text), self.formats["code"])
            closing = previous == _IN_FENCE and fence
            self.setCurrentBlockState(_NORMAL if closing else _IN_FENCE)
            return
        self.setCurrentBlockState(_NORMAL)
        if not text:
            return
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self.formats["heading"])
            self.setFormat(0, len(heading.group(1)), self.formats["heading_marker"])
            return
        if _RULE.match(text):
            self.setFormat(0, len(text), self.formats["rule"])
            return
        self._inline(text)

    def _inline(self, text: str) -> None:
        """Mark each character with style bits, then set one format per run (no read-back of formats)."""
        marks = bytearray(len(text))
        if _QUOTE.match(text):
            marks[:] = bytes([_QUOTE_BIT]) * len(text)
        listed = _LIST.match(text)
        if listed:
            marks[0:listed.end()] = bytes([_LIST_BIT]) * listed.end()
        code = bytearray(len(text))
        for m in _CODE.finditer(text):
            marks[m.start():m.end()] = bytes([_CODE_BIT]) * (m.end() - m.start())
            code[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        for pattern, bit, width in ((_BOLD, _BOLD_BIT, 2), (_ITALIC, _ITALIC_BIT, 1)):
            for m in pattern.finditer(text):
                if code[m.start()]:
                    continue
                for i in range(m.start(), m.end()):
                    marks[i] |= bit
                for i in (*range(m.start(), m.start() + width), *range(m.end() - width, m.end())):
                    marks[i] |= _MARKER_BIT
        for m in _LINK.finditer(text):
            if code[m.start()]:
                continue
            for i in range(m.start(), m.end()):
                marks[i] = (marks[i] & (_BOLD_BIT | _ITALIC_BIT)) | _MARKER_BIT
            for i in range(m.start(1), m.end(1)):
                marks[i] = (marks[i] & (_BOLD_BIT | _ITALIC_BIT)) | _LINK_TEXT_BIT
            for i in range(m.start(2), m.end(2)):
                marks[i] = _LINK_URL_BIT
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or marks[i] != marks[start]:
                if marks[start]:
                    self.setFormat(start, i - start, self._format_for(marks[start]))
                start = i

    def _format_for(self, bits: int) -> QTextCharFormat:
        cached = self._cache.get(bits)
        if cached is not None:
            return cached
        f = QTextCharFormat()
        for bit, name in ((_QUOTE_BIT, "quote"), (_LIST_BIT, "list"), (_CODE_BIT, "code"),
                          (_LINK_TEXT_BIT, "link_text"), (_LINK_URL_BIT, "link_url"), (_MARKER_BIT, "marker")):
            if bits & bit:
                f.merge(self.formats[name])
        if bits & _BOLD_BIT:
            f.setFontWeight(QFont.Weight.Bold)
        if bits & _ITALIC_BIT:
            f.setFontItalic(True)
        self._cache[bits] = f
        return f
