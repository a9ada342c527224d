"""The form for one listed entity: names, kind, gender, aliases, dates."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.ui.domain_labels import kind_caption
from desk_app.ui.i18n import translate


def _genders() -> tuple[tuple[str, str], ...]:
    return (("", translate("EntityDialog", "From the patronymic / first name")),
            ("m", translate("EntityDialog", "Man")), ("f", translate("EntityDialog", "Woman")))


def _lines(widget: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in widget.toPlainText().splitlines() if line.strip())


class _OptionalDate(QWidget):
    """A date that may be absent (a checkbox in front of the date edit)."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class EntityDialog(QDialog):
    """Add or edit one entity; ``entity()`` is the result (ids and versions kept)."""

    def __init__(self, entity: Entity | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registryEntityDialog")
        self.setWindowTitle(translate("EntityDialog", "Edit listed entity") if entity
                            else translate("EntityDialog", "Add listed entity"))
        self.setMinimumWidth(560)
        self._original = entity
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("EntityDialog", "As in the official list: Фамилия Имя Отчество, or the "
                                               "organisation’s name"))
        self.kind = QComboBox(self)
        for kind in EntityKind:
            self.kind.addItem(kind_caption(kind), kind.value)
        self.gender = QComboBox(self)
        for value, text in _genders():
            self.gender.addItem(text, value)
        self.number = QLineEdit(self)
        self.aliases_ru = QPlainTextEdit(self)
        self.aliases_en = QPlainTextEdit(self)
        self.former = QPlainTextEdit(self)
        for box, hint in ((self.aliases_ru, translate("EntityDialog", "One per line, e.g. «Мемориал» or телеканал "
                                                                      "«Дождь»")),
                          (self.aliases_en, translate("EntityDialog", "One per line, e.g. Memorial")),
                          (self.former, translate("EntityDialog", "Earlier names, one per line"))):
            box.setPlaceholderText(hint)
            box.setFixedHeight(64)
            box.setTabChangesFocus(True)
        self.resources = QLineEdit(self)
        self.included = _OptionalDate(translate("EntityDialog", "Listed from"), self)
        self.excluded = _OptionalDate(translate("EntityDialog", "Excluded on"), self)
        self.quoted = QCheckBox(translate("EntityDialog", "The name is an ordinary word: count it only inside quotes"),
                                self)
        form = QFormLayout()
        form.addRow(translate("EntityDialog", "&Name"), self.name)
        form.addRow(translate("EntityDialog", "&Kind"), self.kind)
        form.addRow(translate("EntityDialog", "&Gender"), self.gender)
        form.addRow(translate("EntityDialog", "List &number"), self.number)
        form.addRow(translate("EntityDialog", "Russian &aliases"), self.aliases_ru)
        form.addRow(translate("EntityDialog", "&English aliases"), self.aliases_en)
        form.addRow(translate("EntityDialog", "&Former names"), self.former)
        form.addRow(translate("EntityDialog", "&Resources"), self.resources)
        form.addRow("", self.included)
        form.addRow("", self.excluded)
        form.addRow("", self.quoted)
        hint = QLabel(translate("EntityDialog", "Desk generates every inflected form of these names when you save "
                                "(Льва Пономарёва, «Мемориала», …)."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel("", self)
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #c92a2a")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if entity is not None:
            self._fill(entity)

    def _fill(self, e: Entity) -> None:
        self.name.setText(e.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind.value)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(e.gender)))
        self.number.setText(e.number)
        self.aliases_ru.setPlainText("\n".join(e.aliases_ru))
        self.aliases_en.setPlainText("\n".join(e.aliases_en))
        self.former.setPlainText("\n".join(e.former_names))
        self.resources.setText(e.resources)
        self.included.set_value(e.included_on)
        self.excluded.set_value(e.excluded_on)
        self.quoted.setChecked(e.quoted_only)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(translate("EntityDialog", "Write the name as in the official list."))
            self.name.setFocus()
            return
        self.accept()

    def entity(self) -> Entity:
        values = Entity(
            name=self.name.text().strip(), kind=EntityKind(self.kind.currentData()),
            gender=self.gender.currentData(), number=self.number.text().strip(),
            aliases_ru=_lines(self.aliases_ru), aliases_en=_lines(self.aliases_en), former_names=_lines(self.former),
            resources=self.resources.text().strip(), included_on=self.included.value(),
            excluded_on=self.excluded.value(), quoted_only=self.quoted.isChecked(),
        )
        if self._original is None:
            return values
        return replace(values, id=self._original.id, version=self._original.version)
