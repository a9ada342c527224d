"""Small dialogs the main window and the start-up code use.

Each shows sentences from the services as they are (they already say what
went wrong and what to do) and never a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.i18n import localized, translate


def workspace_filter() -> str:
    return translate("Dialogs", "Desk workspaces (*.sqlite3)") + ";;" + translate("Dialogs", "All files (*)")


OPEN_ANOTHER, RETRY, QUIT = "open", "retry", "quit"
EDIT_PROFILE, OPEN_LOCAL, STAY = "edit", "local", "stay"   # the other answers to a failed connect
TAKE_OVER = "Take over"
"""The English label of the take-over button (tests compare it; the window shows :func:`take_over_label`)."""


def take_over_label() -> str:
    return translate("Dialogs", "Take over")


class WorkspaceErrorDialog(QMessageBox):
    """One clear message when a workspace cannot be opened: open another, retry, or quit."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspaceErrorDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("Dialogs", "Desk cannot open the workspace"))
        self.setText(message)
        self.setInformativeText(translate("Dialogs", "Open another workspace file (or create a new one), try again, "
                                          "or quit Desk."))
        self.open_button = self.addButton(translate("Dialogs", "Open another workspace…"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.retry_button = self.addButton(translate("Dialogs", "Retry"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(translate("Dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return OPEN_ANOTHER
        if clicked is self.retry_button:
            return RETRY
        return QUIT

    def ask(self) -> str:
        self.exec()
        return self.choice()


def choose_workspace_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick an existing workspace file or name a new one (created when opened)."""
    dialog = QFileDialog(parent, translate("Dialogs", "Open or create a workspace"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("Dialogs", "Open"))
    dialog.setNameFilter(workspace_filter())
    dialog.setDefaultSuffix("sqlite3")
    if start is not None:
        dialog.setDirectory(str(start))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


@dataclass
class ImportSummary:
    total: int
    imported: list[str] = field(default_factory=list)            # file names
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, sentence)
    cancelled: bool = False
    messages: list[str] = field(default_factory=list)            # notices restored etc.

    def headline(self) -> str:
        done = len(self.imported) + len(self.failed)
        imported, total = len(self.imported), self.total   # lupdate reads a plain name as the count only
        text = (translate("Dialogs", "Imported {imported} of %n file", None, total) if total == 1
                else translate("Dialogs", "Imported {imported} of %n files", None, total)).format(imported=imported)
        if self.failed:
            text += translate("Dialogs", "; {count} failed").format(count=len(self.failed))
        if self.cancelled:
            text += translate("Dialogs", "; cancelled after {done}").format(done=done)
        return text + "."

    def details(self) -> str:
        lines = [f"{name}: {localized(sentence)}" for name, sentence in self.failed]
        lines += self.messages
        return "\n\n".join(lines)


class ImportReportDialog(QDialog):
    """What an import did: counts, then each failure with its sentence."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None, *, offer_notice_retry: bool = False):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(translate("Dialogs", "Import finished") if not summary.cancelled
                            else translate("Dialogs", "Import cancelled"))
        self.retry_with_notice = False
        head = QLabel(summary.headline(), self)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if summary.failed or summary.messages:
            details = QPlainTextEdit(summary.details(), self)
            details.setReadOnly(True)
            details.setMinimumSize(560, 180)
            layout.addWidget(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        if offer_notice_retry and summary.failed:
            retry = QPushButton(translate("Dialogs", "Import the failed files again, inserting the notice"), self)
            retry.setToolTip(translate("Dialogs", "Desk puts the foreign-agent notice under the headline where it is "
                                       "missing or altered."))
            buttons.addButton(retry, QDialogButtonBox.ButtonRole.AcceptRole)
            retry.clicked.connect(self._retry)
        layout.addWidget(buttons)

    def _retry(self) -> None:
        self.retry_with_notice = True
        self.accept()


class RecoveryDialog(QDialog):
    """Unsaved drafts left by a crash: restore one into the editor, or discard."""

    def __init__(self, entries: list, parent: QWidget | None = None, *, zone_format=None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(translate("Dialogs", "Recover unsaved drafts"))
        self.entries = list(entries)
        self.choice: tuple[str, object] | None = None  # ("restore", entry) when closed by Restore
        self.discarded: list = []
        intro = QLabel(translate("Dialogs", "Desk was not closed properly last time. These drafts have changes that "
                                 "were never saved:"), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMinimumSize(520, 160)
        for entry in self.entries:
            when = (zone_format(entry.saved_at) if zone_format else
                    QLocale().toString(entry.saved_at, QLocale.FormatType.ShortFormat) + " UTC")
            headline = entry.headline or translate("Dialogs", "(no headline)")
            snapshot = translate("Dialogs", "snapshot of {when}").format(when=when)
            item = QListWidgetItem(f"{headline}\n    {snapshot} · {entry.workspace_url}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(translate("Dialogs", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(translate("Dialogs", "Discard"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(translate("Dialogs", "Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def current_entry(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _restore(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.choice = ("restore", entry)
            self.accept()

    def _discard(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.discarded.append(entry)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()


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
        self.editor.setPlaceholderText(placeholder or (translate("Dialogs", "What should the author change?")
                                                       if required
                                                       else translate("Dialogs", "Note for the history (optional)")))
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
            self.hint.setText(translate("Dialogs", "The note is {length} characters long; the limit is {limit}.")
                              .format(length=QLocale().toString(length), limit=QLocale().toString(NOTE_MAX)))
        elif self.required and length == 0:
            self.hint.setText(translate("Dialogs", "A note is required: the author sees it with the returned article."))
        else:
            self.hint.setText("")


class ConnectErrorDialog(QMessageBox):
    """A workspace could not be opened: the sentence, and the ways forward."""

    def __init__(self, message: str, parent: QWidget | None = None, *, shared: bool = True):
        super().__init__(parent)
        self.setObjectName("connectErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("Dialogs", "Cannot connect") if shared
                            else translate("Dialogs", "Cannot open the local workspace"))
        self.setText(message)
        self.setInformativeText(translate("Dialogs", "You are still in the workspace you had open; nothing was "
                                          "changed."))
        self.retry_button = self.addButton(translate("Dialogs", "Retry"), QMessageBox.ButtonRole.AcceptRole)
        self.edit_button = self.local_button = None
        if shared:
            self.edit_button = self.addButton(translate("Dialogs", "Edit profile…"), QMessageBox.ButtonRole.ActionRole)
            self.local_button = self.addButton(translate("Dialogs", "Open local workspace"),
                                               QMessageBox.ButtonRole.ActionRole)
        self.stay_button = self.addButton(translate("Dialogs", "Stay here"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.stay_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return RETRY
        if clicked is not None and clicked is self.edit_button:
            return EDIT_PROFILE
        if clicked is not None and clicked is self.local_button:
            return OPEN_LOCAL
        return STAY

    def ask(self) -> str:
        self.exec()
        return self.choice()


def ask_take_over(parent: QWidget | None, holder: str, since: str) -> bool:
    """Ask whether to take over editing from ``holder`` (editing since ``since``); True to take over."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setObjectName("takeOverDialog")
    box.setWindowTitle(translate("Dialogs", "Take over editing"))
    box.setText(translate("Dialogs", "Take over editing from {name}?").format(name=holder))
    box.setInformativeText(translate(
        "Dialogs", "{name} has been editing since {since}. They keep their text: when they next save, they "
        "compare it with yours and merge — nothing is lost. The takeover is recorded in the history.").format(
            name=holder, since=since))
    take = box.addButton(take_over_label(), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(take)
    box.exec()
    return box.clickedButton() is take
