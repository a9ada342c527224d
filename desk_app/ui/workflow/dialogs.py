"""The questions the workflow widgets ask, behind one small object tests can replace.

How to wire it: every workflow widget takes ``prompts=`` (default
:class:`WorkflowPrompts`, the real dialogs). Tests pass a fake with the same
three methods that answers from a script and records what was shown.

:class:`NoteDialog` asks for the note of a return (required: the OK button
stays disabled until there is text) or of a spike (optional).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NOTE_MAX = 1000
"""Longest note a return or spike may carry (the same limit as a lede)."""


class NoteDialog(QDialog):
    """A note for the history: required for a return, optional for a spike."""

    def __init__(self, title: str, message: str, accept_label: str, *, required: bool,
                 placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workflowNoteDialog")
        self.setWindowTitle(title)
        self.required = required
        label = QLabel(message, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(placeholder or ("What should the author change?" if required
                                                       else "Note for the history (optional)"))
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.editor.setFont(font)
        self.editor.setMinimumHeight(110)
        self.hint = QLabel(self)
        self.hint.setObjectName("noteHint")
        self.hint.setStyleSheet("color: #6b7280;")
        buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = buttons.addButton(accept_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.editor.textChanged.connect(self._update)
        self._update()

    def note(self) -> str:
        return self.editor.toPlainText().strip()

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def _update(self) -> None:
        length = len(self.editor.toPlainText().strip())
        too_long = length > NOTE_MAX
        self.ok_button.setEnabled(not too_long and (length > 0 or not self.required))
        if too_long:
            self.hint.setText(f"The note is {length:,} characters long; the limit is {NOTE_MAX:,}.")
        elif self.required and length == 0:
            self.hint.setText("A note is required: the author sees it with the returned article.")
        else:
            self.hint.setText("")


class WorkflowPrompts:
    """The real dialogs."""

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, message: str, accept_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def ask_note(self, parent: QWidget | None, title: str, message: str, accept_label: str, *,
                 required: bool) -> str | None:
        """The note typed (stripped), or None when the user cancelled."""
        dialog = NoteDialog(title, message, accept_label, required=required, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note()
