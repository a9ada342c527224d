"""Adding a word to a spelling dictionary: the word, and optionally a listed word it is inflected like."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

__all__ = ["AddWordDialog"]

_CONTEXT = "AddWordDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class AddWordDialog(QDialog):
    """Asks for the dictionary form of the word and a model word whose endings it shares."""

    def __init__(self, word: str, language: str, scope: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addWordDialog")
        where = _tr("the newsroom dictionary") if scope == "newsroom" else _tr("your personal dictionary")
        self.setWindowTitle(_tr("Add to {0}").format(where))
        explain = QLabel(_tr(
            "Give the word in its dictionary form (for a noun, the nominative singular). To make every form "
            "of it correct, name a listed word that changes the same way: “габион” like “вагон” also accepts "
            "“габионами”. Leave it empty to accept this exact form only."))
        explain.setWordWrap(True)
        if scope == "newsroom":
            explain.setText(explain.text() + " " + _tr("Everyone in this workspace gets the word."))
        self._word = QLineEdit(word)
        self._word.setObjectName("addWordWord")
        self._model = QLineEdit()
        self._model.setObjectName("addWordModel")
        self._model.setPlaceholderText(_tr("a listed word, e.g. вагон") if language == "ru"
                                       else _tr("a listed word, e.g. wagon"))
        form = QFormLayout()
        form.addRow(_tr("&Word:"), self._word)
        form.addRow(_tr("Inflected &like:"), self._model)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._word.textChanged.connect(
            lambda t: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def word(self) -> str:
        return self._word.text().strip()

    def model(self) -> str:
        return self._model.text().strip()
