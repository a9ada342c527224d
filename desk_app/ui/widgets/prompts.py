"""Every question the main window asks the user, behind one small object.

The window never calls QMessageBox or QFileDialog itself; it asks its
:class:`Prompts`. Tests pass an honest fake that answers from a script and
records what was shown, instead of monkeypatching Qt.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desk_app.ui.widgets.dialogs import (
    ImportReportDialog,
    ImportSummary,
    RecoveryDialog,
    SpikeDialog,
    WorkspaceErrorDialog,
    choose_workspace_file,
)

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.txt);;All files (*)"


class Prompts:
    """Real dialogs."""

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    def ask_spike(self, parent: QWidget | None, headline: str) -> str | None:
        """The note for the history, or None when the user cancelled."""
        dialog = SpikeDialog(headline, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.text().strip()

    def choose_import_files(self, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, "Import Markdown articles", "", MARKDOWN_FILTER)
        return [Path(n) for n in names]

    def import_report(self, parent: QWidget | None, summary: ImportSummary, *, offer_notice_retry: bool) -> bool:
        """Show what an import did; True when the user asks to retry the failures with the notice inserted."""
        dialog = ImportReportDialog(summary, parent, offer_notice_retry=offer_notice_retry)
        dialog.exec()
        return dialog.retry_with_notice

    def choose_export_path(self, parent: QWidget | None, fmt: str, suggested: str) -> Path | None:
        label, pattern = ("HTML page", "*.html") if fmt == "html" else ("Markdown", "*.md")
        name, _ = QFileDialog.getSaveFileName(parent, f"Export as {label}", suggested, f"{label} ({pattern})")
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
