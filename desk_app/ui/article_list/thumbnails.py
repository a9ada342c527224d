"""Photo thumbnails for the article list, loaded lazily for the rows being painted.

The list query never reads photos. When the delegate paints a row it asks
:meth:`ListThumbnails.image` for that article (by id and version): a cached image comes
back at once; otherwise the row is queued and drawn without one. Queued rows go to the
database in one background task at a time (``ws.media.list_thumbnails``: which photo each
article has, by key, and the thumbnail bytes of the photos not decoded yet), decoded and
scaled in that worker thread, and :attr:`ListThumbnails.sig_changed` asks the view to repaint.

* Only rows being painted are asked for, and only the :data:`QUEUE_LIMIT` most recently
  painted wait: rows scrolled past quickly are never fetched.
* Which photo an article has is cached by (id, version), so a saved article with a new photo
  is asked again; images are cached by hash, least recently used dropped after
  :data:`IMAGE_LIMIT`. A photo used by many articles is decoded once.
* A failed batch is dropped: its rows are asked again when they are next painted (the list
  does not retry in a loop, because nothing repaints it until the user scrolls).
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from desk_app.ui.tasks import TaskRunner

QUEUE_LIMIT = 120       # rows waiting to be asked for (a screenful is ~20)
BATCH = 60              # rows asked for in one query
IMAGE_LIMIT = 600       # decoded thumbnails kept (each ~30 KB at DECODED_SIZE)
PHOTO_OF_LIMIT = 50_000 # (id, version) -> hash entries kept before the map is started afresh
DECODED_SIZE = QSize(128, 96)   # twice the drawn size: sharp on a 2x screen

Key = tuple[str, int]   # article id, version


def decode(data: bytes, size: QSize = DECODED_SIZE) -> QImage:
    """A thumbnail's bytes as a small image (in a worker thread: QImage is not tied to the GUI)."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class ListThumbnails(QObject):
    """The article list's thumbnail cache and its background loading."""

    sig_changed = Signal()
    """Thumbnails arrived: the rows on screen should be painted again."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._photo_of: dict[Key, str] = {}                  # "" for an article without a photo
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._queue: OrderedDict[Key, None] = OrderedDict()  # most recently painted last
        self._busy = False
        self._scheduled = False
        self._generation = 0
        self.any_photo = False   # some listed article has a photo: the delegate makes room for them

    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self._generation += 1
        self._photo_of.clear()
        self._images.clear()
        self._queue.clear()
        self._busy = False
        self.any_photo = False

    def image(self, article_id: str, version: int) -> QImage | None:
        """The article's thumbnail if it is loaded; None otherwise (then it is queued if unknown)."""
        key = (article_id, version)
        sha256 = self._photo_of.get(key)
        if sha256 == "":
            return None
        image = self._images.get(sha256) if sha256 is not None else None
        if sha256 is None or image is None:
            self._enqueue(key)
            return None
        self._images.move_to_end(sha256)
        return image

    @property
    def pending(self) -> int:
        """Rows waiting to be asked for (tests)."""
        return len(self._queue)

    # -- loading ------------------------------------------------------------------
    def _enqueue(self, key: Key) -> None:
        self._queue[key] = None
        self._queue.move_to_end(key)
        while len(self._queue) > QUEUE_LIMIT:
            self._queue.popitem(last=False)
        if not self._busy and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._send)   # after this paint: one query for every row it drew

    def _send(self) -> None:
        self._scheduled = False
        if self._busy or not self._queue:
            return
        keys = list(self._queue)[-BATCH:]   # the most recently painted first
        for key in keys:
            del self._queue[key]
        self._busy = True
        generation, ws = self._generation, self._ws
        known = set(self._images)
        ids = [article_id for article_id, _version in keys]

        def load(_task):
            found = ws.media.list_thumbnails(ids, known)
            return found.photos, {sha: decode(data) for sha, data in found.thumbs.items()}

        self._tasks.run(load, on_done=lambda result: self._arrived(generation, keys, *result),
                        on_error=lambda _exc: self._failed(generation), quiet=True)

    def _arrived(self, generation: int, keys: list[Key], photos: dict[str, str],
                 images: dict[str, QImage]) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if len(self._photo_of) > PHOTO_OF_LIMIT:
            self._photo_of.clear()
        for key in keys:
            self._photo_of[key] = photos.get(key[0], "")
        for sha256, image in images.items():
            if not image.isNull():
                self._images[sha256] = image
        while len(self._images) > IMAGE_LIMIT:
            self._images.popitem(last=False)
        self.any_photo = self.any_photo or any(photos.values())
        if photos and any(photos.values()):
            self.sig_changed.emit()
        if self._queue:
            self._send()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._busy = False
