"""Markdown formatting commands on a :class:`MarkdownEditor`: emphasis, links, headings, quotes, lists.

Each command is one undo step and goes through the editor's notice guard: a
command aimed at the notice is refused; one whose selection runs into it
changes only the text around it.
"""
from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from desk_app.ui.editor.markdown_editor import MarkdownEditor, narrowed
from desk_app.ui.editor.notice_guard import qt_len

__all__ = ["insert_link", "set_heading", "toggle_list", "toggle_quote", "toggle_wrap"]

_SEP = "\u2029"
_HEADING_PREFIX = re.compile(r"^#{1,6}[ \t]+")
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}> ?")
_LIST_PREFIX = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")


def _selected(editor: MarkdownEditor) -> tuple[int, int, str]:
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd(), cursor.selectedText().replace(_SEP, "\n")


def _text(editor: MarkdownEditor, start: int, end: int) -> str:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(max(start, 0))
    cursor.setPosition(min(end, editor.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace(_SEP, "\n")


def toggle_wrap(editor: MarkdownEditor, marker: str) -> bool:
    """Wrap the selection in ``marker`` (``**`` bold, ``*`` italic), or unwrap it; no selection: an empty pair."""
    start, end, text = _selected(editor)
    if not editor.guard.resolve(start, end, marker).allowed or editor.isReadOnly():
        editor.refuse()
        return False
    m = len(marker)
    if start == end:
        if not editor.replace_range(start, end, marker * 2):
            return False
        cursor = editor.textCursor()
        cursor.setPosition(start + m)
        editor.setTextCursor(cursor)
        return True
    res = editor.guard.resolve(start, end, marker)
    if res.narrowed:
        start, end = res.start, res.end
        text = _text(editor, start, end)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    inner_start, inner_end = start + lead, end - trail
    if len(stripped) >= 2 * m and stripped.startswith(marker) and stripped.endswith(marker) \
            and not (marker == "*" and stripped.startswith("**") and not stripped.startswith("***")):
        new = stripped[m:-m]
        ok = editor.replace_range(inner_start, inner_end, new, select_inserted=True)
    elif _text(editor, inner_start - m, inner_start) == marker and _text(editor, inner_end, inner_end + m) == marker:
        ok = editor.replace_range(inner_start - m, inner_end + m, stripped, select_inserted=True)
    else:
        ok = editor.replace_range(inner_start, inner_end, f"{marker}{stripped}{marker}")
        if ok:
            cursor = editor.textCursor()
            cursor.setPosition(inner_start + m)
            cursor.setPosition(inner_start + m + qt_len(stripped), QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
    if ok and res.narrowed:
        editor.sig_message.emit(narrowed())
    return ok


def insert_link(editor: MarkdownEditor, label: str, url: str) -> bool:
    """Replace the selection with ``[label](url)``."""
    start, end, _text_ = _selected(editor)
    label = " ".join(label.split()).replace("]", "\\]") or url
    url = url.strip().replace(" ", "%20").replace(")", "%29")
    return editor.replace_range(start, end, f"[{label}]({url})")


def _blocks(editor: MarkdownEditor) -> tuple[int, int] | None:
    """First and last block numbers of the selection that may be edited; refuses (None) otherwise."""
    cursor = editor.textCursor()
    doc = editor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last.position() == cursor.selectionEnd() and last != first:
        last = last.previous()  # a selection ending at a line start does not take that line
    res = editor.guard.resolve(first.position(), last.position() + last.length() - 1, "x")
    if editor.isReadOnly() or not res.allowed:
        editor.refuse()
        return None
    if res.narrowed:
        first, last = doc.findBlock(res.start), doc.findBlock(res.end)
        if last.position() + last.length() - 1 > res.end:
            last = last.previous()
        if first.position() < res.start:
            first = first.next()
        if not first.isValid() or not last.isValid() or first.blockNumber() > last.blockNumber():
            editor.refuse()
            return None
        editor.sig_message.emit(narrowed())
    return first.blockNumber(), last.blockNumber()


def _rewrite_lines(editor: MarkdownEditor, change) -> bool:
    span = _blocks(editor)
    if span is None:
        return False
    doc = editor.document()
    lines = [doc.findBlockByNumber(n).text() for n in range(span[0], span[1] + 1)]
    new_lines = change(lines)
    if new_lines == lines:
        return True
    first = doc.findBlockByNumber(span[0])
    last = doc.findBlockByNumber(span[1])
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for number in range(span[1], span[0] - 1, -1):  # bottom up: positions above stay valid
        block = doc.findBlockByNumber(number)
        old, new = lines[number - span[0]], new_lines[number - span[0]]
        if old == new:
            continue
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
    cursor.endEditBlock()
    first = doc.findBlockByNumber(span[0])
    last = doc.findBlockByNumber(span[1])
    select = QTextCursor(doc)
    select.setPosition(first.position())
    select.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(select)
    return True


def set_heading(editor: MarkdownEditor, level: int) -> bool:
    """Make the selected lines headings of ``level`` (1-3); the same level again makes them plain."""
    marker = "#" * level + " "

    def change(lines: list[str]) -> list[str]:
        same = all(line.startswith(marker) and not line.startswith(marker + "#") for line in lines if line.strip())
        out = []
        for line in lines:
            bare = _HEADING_PREFIX.sub("", line)
            out.append(bare if same or not line.strip() else marker + bare)
        return out

    return _rewrite_lines(editor, change)


def _toggle_prefix(editor: MarkdownEditor, prefix: str, pattern: re.Pattern[str]) -> bool:
    def change(lines: list[str]) -> list[str]:
        filled = [line for line in lines if line.strip()]
        if filled and all(pattern.match(line) for line in filled):
            return [pattern.sub("", line, count=1) for line in lines]
        return [prefix + pattern.sub("", line, count=1) if line.strip() or len(lines) == 1 else line
                for line in lines]

    return _rewrite_lines(editor, change)


def toggle_quote(editor: MarkdownEditor) -> bool:
    """``> `` before each selected line, or take it away."""
    return _toggle_prefix(editor, "> ", _QUOTE_PREFIX)


def toggle_list(editor: MarkdownEditor) -> bool:
    """``- `` before each selected line (a bulleted list), or take it away."""
    return _toggle_prefix(editor, "- ", _LIST_PREFIX)
