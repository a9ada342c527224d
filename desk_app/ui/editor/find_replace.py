"""The find & replace bar under the editor (Ctrl+F / Ctrl+H; Esc closes it)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desk_app.ui.domain_labels import number
from desk_app.ui.editor.markdown_editor import MarkdownEditor
from desk_app.ui.editor.notice_guard import Resolution, qt_len
from desk_app.ui.i18n import on_language_change, translate

__all__ = ["FindReplaceBar"]

_MAX_MARKED = 2000  # matches highlighted at once; counting goes on beyond
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters that take two QTextDocument positions


class FindReplaceBar(QWidget):
    """Find next/previous, replace, replace all, match case; works on the editor it is given."""

    sig_message = Signal(str)
    """A result to show in the status bar ("Replaced 3 of 4; 1 in the notice left unchanged")."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findReplaceBar")
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self)
        self.count_label = QLabel("", self)
        self.count_label.setMinimumWidth(90)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.prev_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.case_box, 0, 3)
        grid.addWidget(self.count_label, 0, 4)
        grid.addWidget(self.close_button, 0, 5)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 1)

        self.find_edit.textChanged.connect(self._on_query_changed)
        self.case_box.toggled.connect(self._on_query_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.find_edit.setPlaceholderText(translate("FindReplaceBar", "Find"))
        self.replace_edit.setPlaceholderText(translate("FindReplaceBar", "Replace with"))
        self.case_box.setText(translate("FindReplaceBar", "Match case"))
        self.prev_button.setText(translate("FindReplaceBar", "Previous"))
        self.next_button.setText(translate("FindReplaceBar", "Next"))
        self.replace_button.setText(translate("FindReplaceBar", "Replace"))
        self.replace_all_button.setText(translate("FindReplaceBar", "Replace all"))
        self.close_button.setToolTip(translate("FindReplaceBar", "Close (Esc)"))
        if self.isVisible():
            self._on_query_changed()

    # -- opening and closing --------------------------------------------------
    def open_find(self) -> None:
        self._open(replace=False)

    def open_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 200:
            self.find_edit.setText(selected)
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        writable = not self.editor.isReadOnly()
        self.replace_button.setEnabled(writable)
        self.replace_all_button.setEnabled(writable)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self._on_query_changed()

    def close_bar(self) -> None:
        self.hide()
        self.editor.set_extra_selections("find", [])
        self.editor.setFocus()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.close_bar()
            e.accept()
            return
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            e.accept()
            return
        super().keyPressEvent(e)

    # -- finding ---------------------------------------------------------------
    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _pattern(self) -> re.Pattern[str] | None:
        query = self.find_edit.text()
        if not query:
            return None
        return re.compile(re.escape(query), 0 if self.case_box.isChecked() else re.IGNORECASE)

    def _matches(self) -> list[tuple[int, int]]:
        """(start, end) in document positions of every match."""
        pattern = self._pattern()
        if pattern is None:
            return []
        text = self.editor.document().toRawText()
        if not _ASTRAL.search(text):
            return [(m.start(), m.end()) for m in pattern.finditer(text)]
        out, last, pos = [], 0, 0
        for m in pattern.finditer(text):
            pos += qt_len(text[last:m.start()])
            end = pos + qt_len(m.group())
            out.append((pos, end))
            pos, last = end, m.end()
        return out

    def _on_query_changed(self, *_args) -> None:
        matches = self._matches()
        query = self.find_edit.text()
        if not query:
            self.count_label.setText("")
        elif not matches:
            self.count_label.setText(translate("FindReplaceBar", "No matches"))
        else:
            self.count_label.setText(_matches_text(len(matches)))
        self.find_edit.setProperty("invalid", bool(query) and not matches)
        self.find_edit.style().unpolish(self.find_edit)
        self.find_edit.style().polish(self.find_edit)
        selections = []
        for start, end in matches[:_MAX_MARKED]:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#ffe08a"))
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.editor.set_extra_selections("find", selections)

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        query = self.find_edit.text()
        if not query:
            return False
        if self.editor.find(query, self._flags(backward)):
            return True
        cursor = self.editor.textCursor()  # wrap around
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        if self.editor.find(query, self._flags(backward)):
            self.sig_message.emit(translate("FindReplaceBar", "Search wrapped around the end of the text."))
            return True
        self.sig_message.emit(translate("FindReplaceBar", "“{query}” was not found.").format(query=query))
        return False

    # -- replacing -------------------------------------------------------------
    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        query = self.find_edit.text()
        if self.case_box.isChecked():
            return selected == query
        return selected.casefold() == query.casefold()

    def replace_one(self) -> bool:
        if self.editor.isReadOnly() or not self.find_edit.text():
            return False
        if not self._selection_matches() and not self.find_next():
            return False
        cursor = self.editor.textCursor()
        done = self.editor.replace_range(cursor.selectionStart(), cursor.selectionEnd(), self.replace_edit.text())
        self._on_query_changed()
        self.find_next()
        return done

    def replace_all(self) -> int:
        """Replace every match outside the notice in one undo step; returns how many."""
        if self.editor.isReadOnly():
            return 0
        matches = self._matches()
        allowed = [(s, e) for s, e in matches if self.editor.guard.resolve(s, e, "x") == Resolution(True, s, e)]
        skipped = len(matches) - len(allowed)
        replacement = self.replace_edit.text()
        room = self.editor.max_length - (self.editor.document().characterCount() - 1)
        growth = sum(len(replacement) - (e - s) for s, e in allowed)
        if growth > room:
            self.sig_message.emit(translate("FindReplaceBar", "Replacing all would make the body longer than its "
                                            "limit; nothing was replaced."))
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for start, end in reversed(allowed):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        message = (translate("FindReplaceBar", "Replaced {count} match.") if len(allowed) == 1
                   else translate("FindReplaceBar", "Replaced {count} matches.")).format(count=number(len(allowed)))
        if skipped:
            message += " " + translate("FindReplaceBar", "{count} in the foreign-agent notice left unchanged.").format(
                count=number(skipped))
        self.sig_message.emit(message)
        self._on_query_changed()
        return len(allowed)


def _matches_text(n: int) -> str:
    """"1 match", "12 matches"."""
    text = translate("FindReplaceBar", "{count} match") if n == 1 else translate("FindReplaceBar", "{count} matches")
    return text.format(count=number(n))
