"""Helpers shared by the article pane tests (imported by name: conftest puts this folder on sys.path)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.domain.article import ArticleData
from desk_app.ui.editor.dialogs import ConflictAnswer, UnsavedChoice  # noqa: F401 - re-exported for tests


def notice_of(ws) -> str:
    return ws.policy.current().paragraph()


def cursor_to(editor, position: int, anchor: int | None = None) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(anchor if anchor is not None else position)
    cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def ctrl(qtbot, widget, key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift
                                                  else Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(widget, key, mods)


def stored_article(ws, text: str = "Первый абзац.\n\nВторой абзац.", **fields) -> str:
    data = ArticleData(headline=fields.pop("headline", "Заголовок"), body=text, **fields)
    return ws.articles.create(data, apply_notice=True).article.id


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; this sends each character as a key event)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            key, t = Qt.Key.Key_Return, "\r"
        elif ch.isascii() and ch.isalpha():
            key, t = Qt.Key(ord(ch.upper())), ch
        else:
            key, t = Qt.Key.Key_unknown, ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, t))


def append(editor, text: str) -> None:
    """Put the cursor at the end of the body and type ``text``."""
    editor.setFocus()
    cursor_to(editor, editor.document().characterCount() - 1)
    type_text(editor, text)
