"""The Markdown body editor: a QPlainTextEdit that keeps the foreign-agent notice intact.

Every way text can change goes through the :class:`NoticeGuard` first: typing
and the delete keys (``keyPressEvent``), paste (``insertFromMimeData``), cut,
drag and drop, input methods, the context menu and the formatting commands.
An edit that would touch the notice is refused with an explanation; a
selection that runs into it is narrowed to the text around it. Since no
refused edit ever reaches the document, undo and redo only ever step between
states that carry the notice. A last safety net checks the notice after every
change and restores it (clearing the undo history) if anything got through.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desk_app.domain.article import BODY_MAX
from desk_app.domain.notice import NoticePolicy, Placement, fix
from desk_app.ui.domain_labels import number
from desk_app.ui.editor.highlighter import MarkdownHighlighter
from desk_app.ui.editor.notice_guard import (
    NoticeGuard,
    Resolution,
    body_for_editor,
    body_from_editor,
    notice_refusal,
    qt_len,
)
from desk_app.ui.editor.paste import clean_text, describe
from desk_app.ui.i18n import on_language_change, translate

__all__ = ["MarkdownEditor", "NOTICE_BACKGROUND", "narrowed"]

NOTICE_BACKGROUND = "#fff3bf"


def narrowed() -> str:
    """An edit that ran into the notice changed only the text around it."""
    return translate("MarkdownEditor", "The foreign-agent notice was kept; only the text around it changed.")

_SEP = "\u2029"

_DELETE_KEYS: tuple[tuple[QKeySequence.StandardKey, QTextCursor.MoveOperation], ...] = (
    (QKeySequence.StandardKey.DeleteStartOfWord, QTextCursor.MoveOperation.PreviousWord),
    (QKeySequence.StandardKey.DeleteEndOfWord, QTextCursor.MoveOperation.NextWord),
    (QKeySequence.StandardKey.DeleteEndOfLine, QTextCursor.MoveOperation.EndOfBlock),
)
_NOT_EDITS = (  # handled by Qt without changing text here (paste comes back through insertFromMimeData)
    QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
)
_PLAIN_DELETE = {
    Qt.Key.Key_Backspace: QTextCursor.MoveOperation.PreviousCharacter,
    Qt.Key.Key_Delete: QTextCursor.MoveOperation.NextCharacter,
}


class MarkdownEditor(QPlainTextEdit):
    """Plain-text Markdown editing with a protected notice paragraph and size limits."""

    sig_message = Signal(str)
    """Something the user should know: an edit was refused, narrowed or cleaned."""
    sig_notice_restored = Signal(str)
    """The safety net found the notice damaged and put it back (the explanation)."""

    def __init__(self, parent: QWidget | None = None, *, max_length: int = BODY_MAX):
        super().__init__(parent)
        self.max_length = max_length
        self.guard = NoticeGuard(self.document())
        self.highlighter = MarkdownHighlighter(self.document(), self.guard.is_notice_block)
        self._policy: NoticePolicy | None = None
        self._reserved: list[QKeySequence] = []
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}  # by owner (e.g. "find")
        self._verify_pending = False
        self._drag_blocked = False
        self.menu_extenders: list[Callable[[QMenu, QPoint], None]] = []
        """Called with the context menu and the click position before it opens (spelling, mentions)."""
        self.setObjectName("markdownEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)   # Tab, Shift+Tab and (event) Ctrl+Tab leave, as in a form
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(14)
        self.document().contentsChange.connect(self._on_contents_change)
        on_language_change(self, lambda: self.setPlaceholderText(translate(
            "MarkdownEditor", "Write the article here. Markdown: **bold**, *italic*, [link](https://…), # heading")))

    # -- content -------------------------------------------------------------
    def set_body(self, body: str, policy: NoticePolicy | None) -> None:
        """Show ``body`` (already carrying the notice when ``policy`` is given); clears undo history."""
        self._policy = policy
        notice = policy.paragraph() if policy is not None else None
        placement = policy.placement if policy is not None else Placement.TOP
        self.guard.configure(notice, placement)
        self.setPlainText(body_for_editor(body, notice, placement))
        self._format_notice_block()
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        cursor = self.textCursor()
        cursor.setPosition(self.guard.first_editable() if placement is Placement.TOP else 0)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0)

    def body(self) -> str:
        """The body as it will be stored (raw: non-breaking spaces stay non-breaking)."""
        text = self.document().toRawText().replace(_SEP, "\n")
        return body_from_editor(text, self.guard.notice, self.guard.placement)

    def body_without_notice(self) -> str:
        text = self.document().toRawText().replace(_SEP, "\n")
        if self.guard.notice is None:
            return text
        n = len(self.guard.notice)
        if self.guard.placement is Placement.TOP:
            return text[n:].lstrip("\n") if text.startswith(self.guard.notice) else text
        return text[:-n].rstrip("\n") if text.endswith(self.guard.notice) else text

    @property
    def policy(self) -> NoticePolicy | None:
        return self._policy

    def replace_range(self, start: int, end: int, text: str, *, select_inserted: bool = False) -> bool:
        """Replace ``start..end`` with ``text`` if the guard allows (narrowing announced); one undo step."""
        if self.isReadOnly():
            return False
        res = self.guard.resolve(start, end, text)
        if not res.allowed:
            self.refuse()
            return False
        room = self.max_length - (self._length() - (res.end - res.start))
        if len(text) > room:
            self.sig_message.emit(translate("MarkdownEditor", "The body is limited to {limit} characters; nothing "
                                            "was inserted.").format(limit=number(self.max_length)))
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(res.start)
        cursor.setPosition(res.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        if select_inserted:
            cursor.setPosition(res.start)
            cursor.setPosition(res.start + qt_len(text), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if res.narrowed:
            self._say(narrowed())
        return True

    def refuse(self, message: str | None = None) -> None:
        """Explain a refused edit (the notice's refusal unless ``message``): status message, tooltip."""
        self._say(message or notice_refusal())

    def reserve_shortcuts(self, sequences: list[QKeySequence]) -> None:
        """Key sequences this widget must leave to its actions (e.g. Ctrl+K is "delete line" on X11)."""
        self._reserved = [s for s in sequences if not s.isEmpty()]

    def set_extra_selections(self, kind: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Extra selections by owner (e.g. the find bar's matches), merged."""
        self._extra[kind] = selections
        merged: list[QTextEdit.ExtraSelection] = []
        for key in sorted(self._extra):
            merged.extend(self._extra[key])
        self.setExtraSelections(merged)

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(max(6, min(points, 48)))
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)

    # -- keyboard ------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) and e.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+Tab leaves like Tab (Qt's own text edits keep it); Markdown indents with spaces
            self.focusNextPrevChild(e.key() == Qt.Key.Key_Tab
                                    and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            e.accept()
            return True
        if e.type() == QEvent.Type.ShortcutOverride and self._reserved:
            pressed = QKeySequence(e.keyCombination())  # type: ignore[attr-defined]
            if any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self._reserved):
                e.ignore()
                return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(e)
            return
        if e.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            e.accept()
            return
        edit = self._key_edit(e)
        if edit is None:
            super().keyPressEvent(e)
            return
        start, end, text = edit
        if start == end and not text:
            super().keyPressEvent(e)
            return
        res = self.guard.resolve(start, end, text)
        if not res.allowed:
            self.refuse()
            if text and start == end:
                self._move_to_editable()
            e.accept()
            return
        if text and len(text) > self.max_length - (self._length() - (res.end - res.start)):
            self._say(translate("MarkdownEditor", "The body has reached its limit of {limit} characters.").format(
                limit=number(self.max_length)))
            e.accept()
            return
        if res.narrowed:
            if self.replace_range(res.start, res.end, text):
                self._say(narrowed())
            e.accept()
            return
        super().keyPressEvent(e)

    def _key_edit(self, e: QKeyEvent) -> tuple[int, int, str] | None:
        """(start, end, inserted text) of the change this key would make; None if it changes nothing."""
        if any(e.matches(k) for k in _NOT_EDITS):
            return None
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return a, b, "\n"
        if e.matches(QKeySequence.StandardKey.DeleteCompleteLine):
            probe = QTextCursor(cursor)
            probe.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            probe.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            probe.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            return probe.selectionStart(), probe.selectionEnd(), ""
        moves = [move for key, move in _DELETE_KEYS if e.matches(key)]
        if not moves and e.key() in _PLAIN_DELETE:
            moves = [_PLAIN_DELETE[Qt.Key(e.key())]]
        if moves:
            if cursor.hasSelection():
                return a, b, ""
            probe = QTextCursor(cursor)
            probe.movePosition(moves[0], QTextCursor.MoveMode.KeepAnchor)
            if probe.position() == cursor.position() and moves[0] is QTextCursor.MoveOperation.EndOfBlock:
                probe.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            return probe.selectionStart(), probe.selectionEnd(), ""
        text = e.text()
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not text or mods in (Qt.KeyboardModifier.ControlModifier,
                                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return None  # as QInputControl::isAcceptableInput: Ctrl(+Shift) never types (AltGr does)
        if text[0].isprintable() or text[0] == "\t" or unicodedata.category(text[0]) == "Cf":
            return a, b, text
        return None

    # -- clipboard, drag and drop, input methods -------------------------------
    def cut(self) -> None:
        cursor = self.textCursor()
        if self.isReadOnly() or not cursor.hasSelection():
            return
        res = self.guard.resolve(cursor.selectionStart(), cursor.selectionEnd())
        if not res.allowed:
            self.refuse()
            return
        if res.narrowed:
            cursor.setPosition(res.start)
            cursor.setPosition(res.end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self._say(narrowed())
        super().cut()

    def delete_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            self.replace_range(cursor.selectionStart(), cursor.selectionEnd(), "")

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        if not source.hasText():
            self._say(translate("MarkdownEditor", "Only text can be pasted into the article body."))
            return
        cursor = self.textCursor()
        res = self.guard.resolve(cursor.selectionStart(), cursor.selectionEnd(), "text")
        if not res.allowed:
            self.refuse()
            return
        room = self.max_length - (self._length() - (res.end - res.start))
        if room <= 0:
            self._say(translate("MarkdownEditor", "The body has reached its limit of {limit} characters; nothing "
                                "was pasted.").format(limit=number(self.max_length)))
            return
        cleaned = clean_text(source.text(), room)
        notes = [describe(cleaned, translate("MarkdownEditor", "the body"), self.max_length)]
        if res.narrowed:
            notes.insert(0, narrowed())
        if cleaned.text:
            cursor.setPosition(res.start)
            cursor.setPosition(res.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(cleaned.text)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        message = " ".join(n for n in notes if n)
        if message:
            self._say(message)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        super().dragMoveEvent(e)
        if not self._drop_allowed(e.position().toPoint()):
            e.ignore()

    def dropEvent(self, e: QDropEvent) -> None:
        if self.isReadOnly():
            e.ignore()
            return
        if not self._drop_allowed(e.position().toPoint()):
            self.refuse()
            e.ignore()
            return
        cursor = self.textCursor()
        if e.source() in (self, self.viewport()) and cursor.hasSelection():
            res = self.guard.resolve(cursor.selectionStart(), cursor.selectionEnd())
            if not res.allowed or res.narrowed:
                e.setDropAction(Qt.DropAction.CopyAction)  # copy out of the notice, never move it
        super().dropEvent(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        # Pressing inside a selection starts a drag on the next move; a drag that carries the
        # notice away as a *move* would delete it from here (Qt removes the source text itself).
        cursor = self.textCursor()
        pos = self.cursorForPosition(e.position().toPoint()).position()
        self._drag_blocked = (e.button() == Qt.MouseButton.LeftButton and cursor.hasSelection()
                              and cursor.selectionStart() <= pos <= cursor.selectionEnd()
                              and not self.guard.resolve(cursor.selectionStart(), cursor.selectionEnd()) ==
                              Resolution(True, cursor.selectionStart(), cursor.selectionEnd()))
        if self._drag_blocked:
            e.accept()
            return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._drag_blocked:
            e.accept()
            return
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self._drag_blocked:
            self._drag_blocked = False
            cursor = self.cursorForPosition(e.position().toPoint())
            self.setTextCursor(cursor)   # what a plain click does
            e.accept()
            return
        super().mouseReleaseEvent(e)

    def _drop_allowed(self, point: QPoint) -> bool:
        pos = self.cursorForPosition(point).position()
        return self.guard.resolve(pos, pos, "text").allowed

    def inputMethodEvent(self, e: QInputMethodEvent) -> None:
        if self.guard.active and not self.isReadOnly() and (e.commitString() or e.preeditString()
                                                             or e.replacementLength()):
            cursor = self.textCursor()
            res = self.guard.resolve(cursor.selectionStart(), cursor.selectionEnd(), e.commitString() or "text")
            if not res.allowed or res.narrowed:
                self.refuse()
                super().inputMethodEvent(QInputMethodEvent())  # drop the composition
                return
        super().inputMethodEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(e.pos())
        for action in menu.actions():
            name = action.objectName()
            if name == "edit-cut":
                action.triggered.disconnect()
                action.triggered.connect(self.cut)
            elif name == "edit-delete":
                action.triggered.disconnect()
                action.triggered.connect(self.delete_selection)
        for extend in self.menu_extenders:
            extend(menu, e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    # -- the notice ----------------------------------------------------------
    def _on_contents_change(self, _position: int, _removed: int, _added: int) -> None:
        if self.guard.active and not self._verify_pending:
            self._verify_pending = True
            QTimer.singleShot(0, self._verify_notice)

    def _verify_notice(self) -> None:
        """Safety net: put a damaged notice back and forget the undo history that led there."""
        self._verify_pending = False
        if self._policy is None or not self.guard.active or self.guard.intact():
            return
        position = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        text = self.document().toRawText().replace(_SEP, "\n")
        fixed = body_for_editor(fix(self._policy, text), self.guard.notice, self.guard.placement)
        self.document().setUndoRedoEnabled(False)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertText(fixed)
        self._format_notice_block()
        self.document().setUndoRedoEnabled(True)
        cursor.setPosition(min(max(position, self.guard.first_editable()), self._length()))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)
        message = translate("MarkdownEditor", "The foreign-agent notice was damaged by the last change and has "
                            "been restored; undo history was cleared.")
        self._say(message)
        self.sig_notice_restored.emit(message)

    def _format_notice_block(self) -> None:
        """Full-width background for the notice block(s), as a block format (not an undo step: callers clear)."""
        span = self.guard.notice_span()
        if span is None:
            return
        fmt = QTextBlockFormat()
        fmt.setBackground(QColor(NOTICE_BACKGROUND))
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(fmt)

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.guard.active:
            pos = self.cursorForPosition(e.pos()).position()  # type: ignore[attr-defined]
            span = self.guard.notice_span()
            if span is not None and span[0] <= pos <= span[1]:
                tip = translate("MarkdownEditor", "Foreign-agent notice. {refusal}").format(refusal=notice_refusal())
                QToolTip.showText(e.globalPos(), tip, self)  # type: ignore[attr-defined]
                return True
        return super().viewportEvent(e)

    def _move_to_editable(self) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.guard.first_editable())
        self.setTextCursor(cursor)

    # -- helpers -------------------------------------------------------------
    def _length(self) -> int:
        return self.document().characterCount() - 1

    def _say(self, message: str) -> None:
        self.sig_message.emit(message)
        if self.isVisible():
            where = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
            QToolTip.showText(where, message, self)
