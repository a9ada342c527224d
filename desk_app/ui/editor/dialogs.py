"""The questions the article pane asks, in one replaceable object.

:class:`Prompter` shows real dialogs; tests give the pane a fake with scripted
answers (``pane.prompter = FakePrompter(...)``), as Picard and ReText swap in
fakes for slow or interactive parts.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import FIELD_LABELS, ArticleData

__all__ = ["ConflictChoice", "ConflictDialog", "LinkDialog", "Prompter", "UnsavedChoice"]


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"      # save over the other version
    TAKE_THEIRS = "take_theirs"  # load the stored version (mine is kept as a copy)
    CANCEL = "cancel"            # keep editing; nothing saved


def changed_fields(mine: ArticleData, theirs: ArticleData) -> list[str]:
    return [FIELD_LABELS.get(name, name) for name in ArticleData.EDITABLE
            if getattr(mine, name) != getattr(theirs, name)]


class LinkDialog(QDialog):
    """Link text and address; only http(s) and mailto addresses are accepted."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Insert link")
        self.text_edit = QLineEdit(text, self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.problem = QLabel("", self)
        self.problem.setObjectName("fieldError")
        form = QFormLayout()
        form.addRow("Text", self.text_edit)
        form.addRow("Address", self.url_edit)
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
            self.problem.setText("Use an address that starts with https://, http:// or mailto:.")
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.text_edit.text().strip(), self.url_edit.text().strip()


class ConflictDialog(QDialog):
    """Both versions side by side, and the three ways out; nothing is lost whichever is chosen."""

    def __init__(self, message: str, mine: ArticleData, theirs: ArticleData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Someone else saved this article")
        self.choice = ConflictChoice.CANCEL
        intro = QLabel(message, self)
        intro.setWordWrap(True)
        fields = changed_fields(mine, theirs)
        detail = QLabel("Different in the two versions: " + (", ".join(fields) if fields else "nothing"), self)
        detail.setWordWrap(True)
        grid = QGridLayout()
        for column, (title, data) in enumerate((("Your version (not saved yet)", mine),
                                                (f"Saved version {theirs.version}", theirs))):
            label = QLabel(f"<b>{title}</b>", self)
            view = QPlainTextEdit(self)
            view.setReadOnly(True)
            view.setPlainText(f"{data.headline}\n\n{data.lede}\n\n{data.body}")
            view.setFont(QFont(view.font().family(), 10))
            grid.addWidget(label, 0, column)
            grid.addWidget(view, 1, column)
        copy_mine = QPushButton("Copy my text", self)
        copy_mine.clicked.connect(lambda: QGuiApplication.clipboard().setText(mine.body))
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton("Keep mine (save over)", QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton("Take theirs", QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        take.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        cancel.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))
        note = QLabel("“Take theirs” keeps a copy of your text in the recovery folder and on the clipboard.", self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(detail)
        layout.addLayout(grid, 1)
        layout.addWidget(copy_mine, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept() if choice is not ConflictChoice.CANCEL else self.reject()


class Prompter:
    """Real dialogs, parented to the pane."""

    def __init__(self, parent: QWidget):
        self._parent = parent

    def ask_unsaved(self, headline: str) -> UnsavedChoice:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to “{headline or 'Untitled article'}”?")
        box.setInformativeText("If you discard them, your edits since the last save are lost.")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def resolve_conflict(self, message: str, mine: ArticleData, theirs: ArticleData) -> ConflictChoice:
        dialog = ConflictDialog(message, mine, theirs, self._parent)
        dialog.exec()
        return dialog.choice

    def ask_save_as_new(self, message: str) -> bool:
        answer = QMessageBox.question(
            self._parent, "Article removed", message + "\n\nSave your text as a new article?",
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
