"""Every question the main window and its parts ask the user, behind one small object.

The window, its workflow, pairing and shared-database parts and the workflow
widgets never call QMessageBox or QFileDialog themselves; they ask the
window's :class:`Prompts` (``window.prompts``). Tests pass one honest fake
(tests/ui/fakes.py) that answers from a script and records what was shown.
The article pane asks its own, pane-bound questions (ui/editor/dialogs.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desk_app.ui.i18n import translate
from desk_app.ui.widgets.dialogs import (
    ConnectErrorDialog,
    ImportReportDialog,
    ImportSummary,
    NoteDialog,
    RecoveryDialog,
    WorkspaceErrorDialog,
    ask_take_over,
    choose_workspace_file,
)


class Prompts:
    """Real dialogs."""

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

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

    def ask_unsaved_translation(self, parent: QWidget | None, headline: str) -> str:
        """"save", "discard" or "cancel"."""
        buttons = QMessageBox.StandardButton
        headline = headline or translate("Prompts", "Untitled")
        box = QMessageBox(QMessageBox.Icon.Question, translate("Prompts", "Unsaved translation"),
                          translate("Prompts", "The translation “{headline}” has unsaved changes. Save them?")
                          .format(headline=headline), buttons.Save | buttons.Discard | buttons.Cancel, parent)
        box.setDefaultButton(buttons.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def connect_failed(self, parent: QWidget | None, message: str, *, shared: bool = True) -> str:
        """RETRY, EDIT_PROFILE, OPEN_LOCAL or STAY (ui/widgets/dialogs.py)."""
        return ConnectErrorDialog(message, parent, shared=shared).ask()

    def confirm_take_over(self, parent: QWidget | None, holder: str, since: str) -> bool:
        return ask_take_over(parent, holder, since)

    def choose_import_files(self, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, translate("Prompts", "Import Markdown articles"), "",
                                                "Markdown (*.md *.markdown *.txt);;"
                                                + translate("Prompts", "All files (*)"))
        return [Path(n) for n in names]

    def import_report(self, parent: QWidget | None, summary: ImportSummary, *, offer_notice_retry: bool) -> bool:
        """Show what an import did; True when the user asks to retry the failures with the notice inserted."""
        dialog = ImportReportDialog(summary, parent, offer_notice_retry=offer_notice_retry)
        dialog.exec()
        return dialog.retry_with_notice

    def choose_export_path(self, parent: QWidget | None, fmt: str, suggested: str) -> Path | None:
        if fmt == "html":
            title, name_filter = translate("Prompts", "Export as HTML page"), translate("Prompts", "HTML page (*.html)")
        else:
            title, name_filter = translate("Prompts", "Export as Markdown"), "Markdown (*.md)"
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def choose_workspace_file(self, parent: QWidget | None, start: Path | None = None) -> Path | None:
        return choose_workspace_file(parent, start)

    def workspace_error(self, parent: QWidget | None, message: str) -> str:
        """"open", "retry" or "quit"."""
        return WorkspaceErrorDialog(message, parent).ask()

    def recovery(self, parent: QWidget | None, entries: list, zone_format=None) -> tuple[object | None, list]:
        """(entry to restore or None, entries to discard)."""
        dialog = RecoveryDialog(entries, parent, zone_format=zone_format)
        dialog.exec()
        restore = dialog.choice[1] if dialog.choice is not None else None
        return restore, list(dialog.discarded)
