"""The questions the article pane asks, in one replaceable object.

:class:`Prompter` shows real dialogs; tests give the pane a fake with scripted
answers (``pane.prompter = FakePrompter(...)``), as Picard and ReText swap in
fakes for slow or interactive parts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.i18n import translate

__all__ = ["ConflictAnswer", "LinkDialog", "Prompter", "UnsavedChoice"]


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ConflictAnswer:
    """What the user chose in the conflict dialog (see desk_app.ui.conflict.dialog)."""

    choice: str                           # "mine", "theirs" or "merge"
    merged_body: str | None = None        # the edited merge (used for "merge")
    field_choices: dict[str, str] = field(default_factory=dict)   # {field name: "mine" | "theirs"}


class LinkDialog(QDialog):
    """Link text and address; only http(s) and mailto addresses are accepted."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("LinkDialog", "Insert link"))
        self.text_edit = QLineEdit(text, self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.problem = QLabel("", self)
        self.problem.setObjectName("fieldError")
        form = QFormLayout()
        form.addRow(translate("LinkDialog", "Text"), self.text_edit)
        form.addRow(translate("LinkDialog", "Address"), self.url_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        (self.url_edit if text else self.text_edit).setFocus()

    def _accept(self) -> None:
        url = self.url_edit.text().strip()
        if not url.lower().startswith(("http://", "https://", "mailto:")):
            self.problem.setText(translate("LinkDialog", "Use an address that starts with https://, http:// or "
                                           "mailto:."))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.text_edit.text().strip(), self.url_edit.text().strip()


class Prompter:
    """Real dialogs, parented to the pane."""

    def __init__(self, parent: QWidget):
        self._parent = parent

    def ask_unsaved(self, headline: str) -> UnsavedChoice:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompter", "Unsaved changes"))
        box.setText(translate("Prompter", "Save the changes to “{headline}”?").format(
            headline=headline or translate("Prompter", "Untitled article")))
        box.setInformativeText(translate("Prompter", "If you discard them, your edits since the last save are lost."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def resolve_conflict(self, case) -> ConflictAnswer | None:
        """Show a ConflictCase side by side with its three-way merge; None when the user decides later."""
        from desk_app.ui.conflict.dialog import ConflictDialog

        dialog = ConflictDialog(case, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        return ConflictAnswer(dialog.choice, dialog.merged_text(), dialog.field_choices())

    def ask_save_as_new(self, message: str) -> bool:
        answer = QMessageBox.question(
            self._parent, translate("Prompter", "Article removed"),
            translate("Prompter", "{message}\n\nSave your text as a new article?").format(message=message),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def ask_link(self, text: str) -> tuple[str, str] | None:
        dialog = LinkDialog(text, self._parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)
