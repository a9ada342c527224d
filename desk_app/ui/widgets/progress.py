"""A progress dialog for work running in the TaskRunner, with a Cancel button."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desk_app.ui.i18n import translate


class TaskProgressDialog(QDialog):
    """Shows ``done of total`` and lets the user stop the work.

    The task reads :attr:`stop_event` (thread-safe) between steps; Cancel sets
    it, so the task ends cleanly after its current step and its partial result
    still arrives (what an import needs to report the files already imported).
    The dialog appears only when the work lasts longer than ``show_after_ms``.
    """

    sig_cancel_requested = Signal()
    """The user pressed Cancel (or Escape); the task stops after its current step."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None, *, show_after_ms: int = 300):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.stop_event = threading.Event()
        self._default_text = label
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._finished = False
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_now)
        self._show_timer.start(max(0, show_after_ms))

    @property
    def cancel_requested(self) -> bool:
        return self.stop_event.is_set()

    def set_progress(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if not self.stop_event.is_set():
            self.label.setText(text or self._default_text)

    def request_cancel(self) -> None:
        if self.stop_event.is_set():
            return
        self.stop_event.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("TaskProgressDialog", "Stopping after the current step…"))
        self.sig_cancel_requested.emit()

    def reject(self) -> None:  # Escape and the window's close button cancel; the dialog stays until done
        self.request_cancel()

    def finish(self) -> None:
        """The work ended: close the dialog for good."""
        self._finished = True
        self._show_timer.stop()
        self.hide()
        self.deleteLater()

    def _show_now(self) -> None:
        if not self._finished:
            self.show()
