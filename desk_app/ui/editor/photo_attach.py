"""Attaching a photo in the metadata panel: the field, and the work done off the GUI thread.

:class:`PhotoField` shows the stored photo's thumbnail with "Attach photo…" and "Remove",
accepts a dropped file, and says what happened ("Location data removed.") or, in one
sentence, why a file was refused. :class:`PhotoAttacher` does the slow part on the task
runner (``ws.media.attach_file``: read, strip, renditions, store) and loads thumbnails of
photos already stored; a result that arrives after another article was opened is dropped.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.tasks import TaskRunner

__all__ = ["PhotoAttacher", "PhotoField", "dropped_file", "photo_filter"]



def photo_filter() -> str:
    """The file dialog's filter, in the interface's language."""
    return translate("PhotoField", "Photos ({patterns});;All files (*)").format(
        patterns="*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF")

THUMB_SHOWN = 160


def dropped_file(urls: list[QUrl]) -> str | None:
    """The one local file of a drop, or None (several files, web addresses, nothing)."""
    local = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return local[0] if len(local) == 1 and len(urls) == 1 else None


class PhotoField(QWidget):
    """The stored photo of the article: thumbnail, buttons, and a line saying what happened."""

    sig_attach_requested = Signal(str)
    """The user chose or dropped a file to attach (its path)."""
    sig_removed = Signal()
    """The user removed the photo from the article."""
    sig_thumb_needed = Signal(str)
    """A stored photo is shown whose thumbnail is not loaded yet (its SHA-256)."""
    sig_stored = Signal(str)
    """A newly attached photo was stored and is now the article's (its SHA-256); not saved yet."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoField")
        self.setAcceptDrops(True)
        self.sha256 = ""
        self._read_only = False
        self.token = 0   # bumps whenever the shown photo changes: late results for older ones are dropped
        self.thumb = QLabel(self)
        self.thumb.setObjectName("photoThumb")
        self.thumb.setFixedSize(THUMB_SHOWN, THUMB_SHOWN * 2 // 3)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setWordWrap(True)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachPhoto")
        self.attach_button.clicked.connect(self._browse)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePhoto")
        self.remove_button.clicked.connect(self._remove)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.note, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons, 1)
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.attach_button.setText(translate("PhotoField", "Attach photo…"))
        self.attach_button.setToolTip(translate("PhotoField", "Store a JPEG, PNG, WebP or HEIC photo with the article; "
                                                "its location data and other metadata are removed. You can also "
                                                "drop a file here."))
        self.remove_button.setText(translate("PhotoField", "Remove"))
        self.remove_button.setToolTip(translate("PhotoField", "Take the photo off this article"))
        if not self.sha256:
            self._show_empty()

    # -- what the panel and the attacher call ------------------------------------------
    def show_stored(self, sha256: str) -> None:
        """Show the article's stored photo (``""``: none) as it was loaded; asks for its thumbnail.

        Work still running for what was shown before is forgotten; the same photo again (a save
        reloads the article) keeps its thumbnail and note."""
        self.token += 1
        self.attach_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and bool(sha256))
        if sha256 and sha256 == self.sha256:
            return
        self.sha256 = sha256
        self.note.setText("")
        self._set_problem(False)
        if sha256:
            self.thumb.setText(translate("PhotoField", "Loading…"))
            self.thumb.setPixmap(QPixmap())
            self.sig_thumb_needed.emit(sha256)
        else:
            self._show_empty()

    def set_thumb(self, sha256: str, data: bytes) -> None:
        if sha256 != self.sha256:
            return
        image = QImage.fromData(data)
        if image.isNull():
            self.thumb.setText(translate("PhotoField", "Photo stored"))
            return
        pixmap = QPixmap.fromImage(image).scaled(self.thumb.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.thumb.setPixmap(pixmap)

    def set_busy(self, text: str) -> None:
        self.attach_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self._set_problem(False)
        self.note.setText(text)

    def set_attached(self, sha256: str, thumb: bytes, message: str, size: tuple[int, int]) -> None:
        self.token += 1
        self.sha256 = sha256
        self.attach_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only)
        self._set_problem(False)
        self.note.setText(translate("PhotoField", "{message} Stored at {width} × {height} px.").format(
            message=localized(message), width=size[0], height=size[1]))
        self.set_thumb(sha256, thumb)
        self.sig_stored.emit(sha256)

    def set_failed(self, message: str) -> None:
        self.attach_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and bool(self.sha256))
        self._set_problem(True)
        self.note.setText(localized(message))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.attach_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and bool(self.sha256))
        self.setAcceptDrops(not read_only)

    # -- the user ------------------------------------------------------------------
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, translate("PhotoField", "Attach a photo"), str(Path.home()),
                                                    photo_filter())
        if path:
            self.sig_attach_requested.emit(path)

    def _remove(self) -> None:
        self.token += 1
        self.sha256 = ""
        self._show_empty()
        self.note.setText(translate("PhotoField", "The photo was taken off the article."))
        self.sig_removed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_photo_drag(self, event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        drop_photo(self, event)

    # -- helpers -------------------------------------------------------------------
    def _show_empty(self) -> None:
        self.thumb.setPixmap(QPixmap())
        self.thumb.setText(translate("PhotoField", "No photo.\nDrop one here."))
        self.remove_button.setEnabled(False)

    def _set_problem(self, problem: bool) -> None:
        self.note.setObjectName("fieldError" if problem else "hint")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


def accept_photo_drag(widget: QWidget, event: QDragEnterEvent) -> None:
    """Accept a drag of exactly one local file (the metadata panel and the photo field)."""
    if widget.acceptDrops() and dropped_file(event.mimeData().urls()) is not None:
        event.acceptProposedAction()
    else:
        event.ignore()


def drop_photo(field_owner: QWidget, event: QDropEvent) -> None:
    path = dropped_file(event.mimeData().urls())
    field = field_owner if isinstance(field_owner, PhotoField) else field_owner.findChild(PhotoField)
    if path is None or field is None:
        event.ignore()
        return
    event.acceptProposedAction()
    field.sig_attach_requested.emit(path)


class PhotoAttacher(QObject):
    """Runs attaching and thumbnail loading for a :class:`PhotoField` on the task runner."""

    sig_message = Signal(str)
    """Something to tell the user in the status line."""

    def __init__(self, field: PhotoField, tasks: TaskRunner, workspace: Callable[[], object],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._field = field
        self._tasks = tasks
        self._workspace = workspace
        field.sig_attach_requested.connect(self.attach)
        field.sig_thumb_needed.connect(self._load_thumb)

    def attach(self, path: str) -> None:
        ws, token = self._workspace(), self._field.token
        name = Path(path).name
        self._field.set_busy(translate("PhotoAttacher", "Removing location data from {name}…").format(name=name))
        self.sig_message.emit(translate("PhotoAttacher", "Attaching {name}…").format(name=name))
        self._tasks.run(lambda _task: ws.media.attach_file(path), key="photo-attach",  # type: ignore[attr-defined]
                        on_done=lambda result: self._attached(result, token),
                        on_error=lambda exc: self._failed(exc, token))

    def _alive(self, token: int | None = None) -> bool:
        """The field still exists (the pane may have closed meanwhile) and shows what the work was for."""
        return shiboken6.isValid(self._field) and (token is None or token == self._field.token)

    def _attached(self, result, token: int) -> None:
        if not self._alive(token):
            return
        self._field.set_attached(result.sha256, result.thumb.data, result.message, (result.width, result.height))
        self.sig_message.emit(translate("PhotoAttacher", "{message} Save the article to keep the photo with it.")
                              .format(message=localized(result.message)))

    def _failed(self, exc: BaseException, token: int) -> None:
        if not self._alive(token):
            return
        if isinstance(exc, DeskError):
            message = localized(exc)
        elif isinstance(exc, MemoryError):
            message = translate("PhotoAttacher", "The photo is too large to process on this computer; export a "
                                "smaller copy first.")
        else:
            message = translate("PhotoAttacher", "The photo could not be attached ({error}); nothing was "
                                "stored.").format(error=type(exc).__name__)
        self._field.set_failed(message)
        self.sig_message.emit(message)

    def _load_thumb(self, sha256: str) -> None:
        ws = self._workspace()
        self._tasks.run(lambda _task: ws.media.rendition(sha256, "thumb").data,  # type: ignore[attr-defined]
                        key="photo-thumb", on_done=lambda data: self._thumb_loaded(sha256, data),
                        on_error=lambda _exc: self._thumb_missing(sha256))

    def _thumb_loaded(self, sha256: str, data: bytes) -> None:
        if self._alive():
            self._field.set_thumb(sha256, data)

    def _thumb_missing(self, sha256: str) -> None:
        if self._alive() and sha256 == self._field.sha256:
            self._field.thumb.setText(translate("PhotoAttacher", "Photo not in this database"))
