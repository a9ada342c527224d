"""Form widgets of the metadata panel: inputs whose limits also hold on paste, a field box with
its message line, a time zone picker and a status badge."""
from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import DEFAULT_ZONE, Status
from desk_app.ui.domain_labels import number, status_label
from desk_app.ui.editor.paste import clean_text, describe
from desk_app.ui.i18n import translate

__all__ = ["COMMON_ZONES", "FieldBox", "LimitedLineEdit", "LimitedTextEdit", "StatusBadge", "ZoneCombo",
           "valid_zone"]

COMMON_ZONES = (
    "Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Europe/Volgograd", "Asia/Yekaterinburg",
    "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku", "Europe/Istanbul",
    "Europe/Kyiv", "Europe/Minsk", "Europe/Riga", "Europe/Vilnius", "Europe/Tallinn", "Europe/Berlin",
    "Europe/Paris", "Europe/London", "America/New_York", "UTC",
)


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return bool(name.strip())


def _the_field(label: str) -> str:
    """"the headline": a field named in a sentence (``label`` is its name in the interface's language)."""
    return translate("LimitedField", "the {field}").format(field=label.lower())


def _limited(label: str, limit: int) -> str:
    return translate("LimitedField", "The {field} is limited to {limit} characters.").format(
        field=label.lower(), limit=number(limit))


class LimitedLineEdit(QLineEdit):
    """A one-line field with a hard length limit that also holds for paste and drop, and says so."""

    sig_message = Signal(str)
    """Something was cut or cleaned on the way in (the explanation)."""

    def __init__(self, max_length: int, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.label = label

    def insert_clean(self, raw: str) -> None:
        """Insert ``raw`` at the cursor as a paste would: one line, no control characters, within the limit."""
        room = self.maxLength() - (len(self.text()) - len(self.selectedText()))
        cleaned = clean_text(raw, room, single_line=True)
        self.insert(cleaned.text)
        message = describe(cleaned, _the_field(self.label), self.maxLength())
        if message:
            self.sig_message.emit(message)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if not self.isReadOnly() and e.matches(QKeySequence.StandardKey.Paste):
            self.insert_clean(QGuiApplication.clipboard().text())
            e.accept()
            return
        if (not self.isReadOnly() and e.text() and e.text()[0].isprintable() and not self.hasSelectedText()
                and len(self.text()) >= self.maxLength()):
            self.sig_message.emit(_limited(self.label, self.maxLength()))
        super().keyPressEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(lambda: self.insert_clean(QGuiApplication.clipboard().text()))
        menu.exec(e.globalPos())
        menu.deleteLater()

    def dropEvent(self, e: QDropEvent) -> None:
        if self.isReadOnly() or not e.mimeData().hasText():
            e.ignore()
            return
        self.setCursorPosition(self.cursorPositionAt(e.position().toPoint()))
        self.insert_clean(e.mimeData().text())
        e.acceptProposedAction()


class LimitedTextEdit(QPlainTextEdit):
    """A few lines of plain text (lede, note to editors) with a hard length limit, paste included."""

    sig_message = Signal(str)
    """Something was cut, cleaned or refused (the explanation)."""

    def __init__(self, max_length: int, label: str, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.max_length = max_length
        self.label = label
        self.setObjectName("limitedText")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 2 * int(self.document().documentMargin()) + 2 * self.frameWidth() + 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The text as typed (raw: non-breaking spaces stay non-breaking, unlike toPlainText())."""
        return self.document().toRawText().replace("\u2029", "\n")

    def _room(self) -> int:
        cursor = self.textCursor()
        selected = cursor.selectionEnd() - cursor.selectionStart()
        return self.max_length - (self.document().characterCount() - 1 - selected)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly() or not source.hasText():
            return
        cleaned = clean_text(source.text(), self._room())
        self.textCursor().insertText(cleaned.text)
        self.ensureCursorVisible()
        message = describe(cleaned, _the_field(self.label), self.max_length)
        if message:
            self.sig_message.emit(message)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        inserts = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (e.text() and e.text()[0].isprintable())
        if not self.isReadOnly() and inserts and not e.matches(QKeySequence.StandardKey.Paste) \
                and self._room() < max(len(e.text()), 1):
            self.sig_message.emit(_limited(self.label, self.max_length))
            e.accept()
            return
        super().keyPressEvent(e)


class FieldBox(QWidget):
    """A field, things beside it (counter, buttons) and a message line under it."""

    def __init__(self, field: QWidget, *extras: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(field, 1)
        for extra in extras:
            row.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop if isinstance(field, QPlainTextEdit)
                          else Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def set_problem(self, text: str = "", *, warning: bool = False) -> None:
        """Show ``text`` under the field (red for errors, amber for warnings); "" clears it."""
        state = "" if not text else ("warning" if warning else "error")
        if self.field.property("problem") != state:
            self.field.setProperty("problem", state)
            self.field.style().unpolish(self.field)
            self.field.style().polish(self.field)
        self.message.setObjectName("fieldWarning" if warning else "fieldError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def problem(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""


class ZoneCombo(QComboBox):
    """An editable list of common IANA time zones; any valid IANA name may be typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(COMMON_ZONES)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCurrentText(DEFAULT_ZONE)
        self.setMinimumContentsLength(13)  # "Europe/Moscow"; longer names scroll

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        self.setCurrentText(name or DEFAULT_ZONE)


_BADGE = {
    Status.DRAFT: ("#5f6b7a", "#eef1f5"), Status.SUBMITTED: ("#8a5a00", "#fff1d6"),
    Status.APPROVED: ("#1f6f3f", "#e2f4e8"), Status.PUBLISHED: ("#ffffff", "#2e7d4f"),
    Status.RETURNED: ("#9c2b2b", "#fde7e7"), Status.SPIKED: ("#ffffff", "#7a7a7a"),
    Status.CORRECTION: ("#6a3ea1", "#efe7fb"), Status.CORRECTED: ("#ffffff", "#6a3ea1"),
}


class StatusBadge(QLabel):
    """The article's state as a small coloured pill (read-only: states change through workflow actions)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.set_status(Status.DRAFT.value)

    def set_status(self, status: str) -> None:
        try:
            known = Status(status)
            fg, bg = _BADGE[known]
            label = status_label(known)
        except ValueError:
            fg, bg, label = "#333333", "#eeeeee", status or "—"
        self.status = status
        self.setText(label)
        self.setToolTip(translate("StatusBadge", "Status: {status}. It changes through Submit, Approve, Publish… "
                                  "not here.").format(status=label))
        self.setStyleSheet(f"QLabel#statusBadge {{ color: {fg}; background: {bg}; border-radius: 9px;"
                           " padding: 2px 10px; font-weight: 600; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
