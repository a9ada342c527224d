"""Keeps a field workspace in sync from the window, off the GUI thread.

The window opens the local replica at once; this controller then tries the
server in a worker thread: by itself when something is queued (and again
after a failure, with growing, jittered delays — never a busy loop) and at
once on **Send now** (F9, as Send/Receive in mail programs; no other Desk
action uses it). Its state is shown in the status bar in one of the words
of :func:`desk_app.ui.field.status.status_text`. Clicking it (or Field →
Outbox…, Ctrl+Shift+O) lists what needs attention, article by article.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.services.sync import Backoff, OutboxStatus, Unreachable
from desk_app.ui.field.status import SyncView, status_colour, status_text
from desk_app.ui.i18n import localized, on_language_change, translate

SEND_NOW_SHORTCUT = "F9"
OUTBOX_SHORTCUT = "Ctrl+Shift+O"
POLL_MS = 3_000          # how often the (local, cheap) outbox counts are read
PULL_EVERY_S = 120       # while online, the newsroom's feedback (returns, approvals) is taken in this often
UI_BATCH = 50            # ops per round trip when the window pushes: progress stays lively


class _Bridge(QObject):
    sig_progress = Signal(int, int)
    """The worker sent some operations: done, total."""
    sig_finished = Signal(object, object, object)
    """A sync round ended: its SyncReport (or None), the exception it raised (or None), and the
    outbox counts read after it (a _Counts)."""
    sig_counted = Signal(object)
    """A background read of the outbox counts ended (a _Counts)."""


@dataclass(frozen=True)
class _Counts:
    status: OutboxStatus | None   # None: the replica could not be read
    attention: int
    error: str


class _StatusLabel(QLabel):
    sig_clicked = Signal()
    """The user clicked the sync state."""

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.sig_clicked.emit()
        super().mouseReleaseEvent(event)


class FieldController(QObject):
    sig_state_changed = Signal(str)
    """The status text changed (the new text)."""
    sig_synced = Signal(object)
    """A sync round brought something back (its SyncReport): lists may refresh."""

    def __init__(self, window: Any, *, start_timer: bool = True,
                 backoff: Backoff | None = None, parent: QObject | None = None):
        super().__init__(parent or window)
        self._window = window
        self._field = window.workspace.field
        self._backoff = backoff or Backoff()
        self._bridge = _Bridge(self)
        self._bridge.sig_progress.connect(self._progressed)
        self._bridge.sig_finished.connect(self._finished)
        self._bridge.sig_counted.connect(self._counted)
        self._running = False
        self._counting = False
        self._shown: tuple[str, str] | None = None
        self._thread: threading.Thread | None = None
        self._reachable: bool | None = None
        self._sending: tuple[int, int] | None = None
        self._last_sent: datetime | None = None
        self._last_round = 0.0           # monotonic time of the last successful round
        self._status = OutboxStatus(0, 0, 0, 0, 0, None)
        self._attention = 0
        self.last_error = ""
        self.label = _StatusLabel(window.status)
        self.label.setObjectName("statusField")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.sig_clicked.connect(self.show_outbox)
        window.status.addPermanentWidget(self.label)
        upstream = self._field.link.upstream
        self._where = f"{upstream.host or 'localhost'}/{upstream.database}"
        self.send_now_action = QAction(window)
        self.send_now_action.setObjectName("action_send_now")
        self.send_now_action.setShortcut(QKeySequence(SEND_NOW_SHORTCUT))
        self.send_now_action.triggered.connect(self.send_now)
        self.outbox_action = QAction(window)
        self.outbox_action.setObjectName("action_outbox")
        self.outbox_action.setShortcut(QKeySequence(OUTBOX_SHORTCUT))
        self.outbox_action.triggered.connect(self.show_outbox)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menu_field")
        self.menu.addAction(self.send_now_action)
        self.menu.addAction(self.outbox_action)
        window.addAction(self.send_now_action)
        window.addAction(self.outbox_action)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._auto_sync)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_counts)
        on_language_change(self.menu, self._retranslate_ui)   # the menu goes with this controller
        self._refresh_counts()
        if start_timer:
            self._poll.start()
            QTimer.singleShot(0, self._auto_sync)

    def _retranslate_ui(self) -> None:
        status = self._window.status
        status.workspace_label.set_full_text(translate("FieldController", "Field: {where}").format(where=self._where))
        status.workspace_label.setToolTip(translate("FieldController", "Field workspace {path}, linked to {where}")
                                          .format(path=self._field.path, where=self._upstream()))
        self.send_now_action.setText(translate("FieldController", "&Send now"))
        self.send_now_action.setToolTip(translate("FieldController", "Send what is queued to the newsroom now "
                                                  "({shortcut})").format(shortcut=SEND_NOW_SHORTCUT))
        self.outbox_action.setText(translate("FieldController", "&Outbox…"))
        self.menu.setTitle(translate("FieldController", "F&ield"))
        self._shown = None
        self._show()

    def _upstream(self) -> str:
        upstream = self._field.link.upstream
        port = f":{upstream.port}" if upstream.port else ""
        return translate("FieldController", "the server {server}, database “{database}”").format(
            server=f"{upstream.host or 'localhost'}{port}", database=upstream.database or "")

    # -- state -------------------------------------------------------------------
    @property
    def field(self) -> Any:
        return self._field

    @property
    def view(self) -> SyncView:
        return SyncView(queued=self._status.queued, attention=self._attention, reachable=self._reachable,
                        sending=self._sending, last_sent_at=self._last_sent)

    @property
    def text(self) -> str:
        return status_text(self.view)

    @property
    def busy(self) -> bool:
        return self._running

    def _show(self) -> None:
        view = self.view
        text = status_text(view)
        markup = f'<span style="color:{status_colour(view)}">●</span>&nbsp;{text}'
        tip = translate("FieldController", "Field workspace linked to {where} as {login}.").format(
            where=self._upstream(), login=self._field.link.login)
        if self.last_error:
            tip += "\n" + localized(self.last_error)
        tip += "\n" + translate("FieldController", "Send now: {send} · Outbox: {outbox} (or click here)").format(
            send=SEND_NOW_SHORTCUT, outbox=OUTBOX_SHORTCUT)
        if self._shown == (markup, tip):
            return   # nothing changed: no relayout of the status bar while the person types
        self._shown = (markup, tip)
        self.label.setText(markup)
        self.label.setToolTip(tip)
        self.sig_state_changed.emit(text)

    def _count(self) -> _Counts:
        """Read the outbox counts (local SQLite; any thread)."""
        try:
            return _Counts(self._field.sync.status(), len(self._field.sync.attention_articles()), "")
        except Exception as exc:  # noqa: BLE001 - the replica itself failing is shown, never raised
            return _Counts(None, 0, str(exc))

    def _refresh_counts(self) -> None:
        """Read the counts here and now (window set-up, after the outbox dialog)."""
        self._take_counts(self._count())

    def _poll_counts(self) -> None:
        """The poll: the counts are read in a worker thread, never on the GUI thread while the
        person types (a read waits for the replica's lock when a sync round is writing)."""
        if self._counting:
            return
        self._counting = True
        bridge = self._bridge

        def count() -> None:
            counts = self._count()
            try:
                bridge.sig_counted.emit(counts)
            except RuntimeError:   # the window closed meanwhile: nobody to tell
                pass

        threading.Thread(target=count, name="desk-field-counts", daemon=True).start()

    def _counted(self, counts: _Counts) -> None:
        self._counting = False
        self._take_counts(counts)

    def _take_counts(self, counts: _Counts) -> None:
        if counts.status is None:
            self.last_error = counts.error
        else:
            self._status, self._attention = counts.status, counts.attention
        idle = not self._running and not self._retry.isActive() and self._reachable is not False
        due = self._reachable and time.monotonic() - self._last_round >= PULL_EVERY_S
        if idle and (self._status.queued or due):
            self._auto_sync()
        self._show()

    # -- syncing -------------------------------------------------------------------
    def send_now(self) -> None:
        """Try at once, whatever the backoff says."""
        self._retry.stop()
        self._backoff.reset()
        self.start_sync()

    def _auto_sync(self) -> None:
        self.start_sync()

    def start_sync(self) -> bool:
        """Start a sync round in a worker thread; False when one is running already."""
        if self._running:
            return False
        self._running = True
        field, bridge = self._field, self._bridge

        def work() -> None:
            try:
                report = field.sync.sync(progress=lambda d, t: bridge.sig_progress.emit(d, t), batch=UI_BATCH)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                bridge.sig_finished.emit(None, exc, self._count())
            else:
                bridge.sig_finished.emit(report, None, self._count())

        self._thread = threading.Thread(target=work, name="desk-field-sync", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the running round ends (tests, and closing the window)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _progressed(self, done: int, total: int) -> None:
        self._sending = (done, total) if done < total else None
        self._show()

    def _finished(self, report: Any, exc: BaseException | None, counts: _Counts) -> None:
        self._running = False
        self._sending = None
        if exc is None:
            self._reachable = True
            self._last_round = time.monotonic()
            self.last_error = ""
            self._backoff.reset()
            if report.pushed:
                self._last_sent = datetime.now().astimezone()
            if report.pulled or report.pushed:
                self.sig_synced.emit(report)
        else:
            self._reachable = False if isinstance(exc, Unreachable) else self._reachable
            self.last_error = localized(exc)
            self._retry.start(int(self._backoff.next_delay() * 1000))
        self._take_counts(counts)   # read by the worker: no database on the GUI thread

    def stop(self) -> None:
        self._poll.stop()
        self._retry.stop()

    # -- the outbox -------------------------------------------------------------------
    def show_outbox(self) -> None:
        from desk_app.ui.field.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self, parent=self._window)
        dialog.exec()
        self._refresh_counts()

    def open_article(self, article_id: str) -> None:
        opener: Callable[[str], Any] | None = getattr(self._window, "open_article", None)
        if opener is not None:
            opener(article_id)


def attach(window: Any) -> FieldController | None:
    """Give ``window`` a FieldController when its workspace is a field workspace."""
    previous = getattr(window, "field_ui", None)
    if previous is not None:
        previous.stop()
        previous.label.deleteLater()
        previous.menu.deleteLater()
        window.field_ui = None
    if getattr(window.workspace, "field", None) is None:
        return None
    controller = FieldController(window)
    controller.sig_synced.connect(lambda _r: _refresh_list(window))
    window.field_ui = controller
    return controller


def _refresh_list(window: QWidget) -> None:
    refresh = getattr(window, "refresh", None)
    if refresh is not None:
        refresh()
