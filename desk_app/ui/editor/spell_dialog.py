"""Adding a word to a spelling dictionary: the word, and optionally a listed word it is inflected like."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.ui.i18n import translate

__all__ = ["AddWordDialog"]


class AddWordDialog(QDialog):
    """Asks for the dictionary form of the word and a model word whose endings it shares."""

    def __init__(self, word: str, language: str, scope: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addWordDialog")
        where = (translate("AddWordDialog", "the newsroom dictionary") if scope == "newsroom"
                 else translate("AddWordDialog", "your personal dictionary"))
        self.setWindowTitle(translate("AddWordDialog", "Add to {0}").format(where))
        explain = QLabel(translate("AddWordDialog",
            "Give the word in its dictionary form (for a noun, the nominative singular). To make every form "
            "of it correct, name a listed word that changes the same way: “габион” like “вагон” also accepts "
            "“габионами”. Leave it empty to accept this exact form only."))
        explain.setWordWrap(True)
        if scope == "newsroom":
            explain.setText(explain.text() + " "
                            + translate("AddWordDialog", "Everyone in this workspace gets the word."))
        self._word = QLineEdit(word)
        self._word.setObjectName("addWordWord")
        self._model = QLineEdit()
        self._model.setObjectName("addWordModel")
        self._model.setPlaceholderText(translate("AddWordDialog", "a listed word, e.g. вагон") if language == "ru"
                                       else translate("AddWordDialog", "a listed word, e.g. wagon"))
        form = QFormLayout()
        form.addRow(translate("AddWordDialog", "&Word:"), self._word)
        form.addRow(translate("AddWordDialog", "Inflected &like:"), self._model)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddWordDialog", "Add"))
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
