"""Local images for the preview, read on the preview's worker thread and never from a device.

A photo path or a Markdown image may name anything on the disk: ``/dev/zero`` (endless), a named
pipe (a read waits for a writer forever), a 4 GB file. The worker opens each ``file:`` image the
page uses without blocking, keeps it only if it is a regular file of at most
:data:`MAX_IMAGE_BYTES`, and decodes it into a QImage (safe off the GUI thread); the browser then
shows only those and reads no file itself.
"""
from __future__ import annotations

import html
import os
import re
import stat

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from desk_app.domain.files import OPEN_FLAGS, read_capped

__all__ = ["MAX_IMAGE_BYTES", "load_local_images", "read_local_image", "resource_key"]

MAX_IMAGE_BYTES = 20 * 1024 * 1024   # a full-size press photo is 5-15 MB
MAX_IMAGES = 50
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["'](file:[^"']+)["']""", re.IGNORECASE)


def resource_key(url: QUrl) -> str:
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def read_local_image(path: str) -> QImage | None:
    """The image at ``path`` if it is a regular file within the size cap that decodes; else None."""
    try:
        fd = os.open(path, OPEN_FLAGS)  # non-blocking: opening a pipe does not wait for a writer
    except OSError:
        return None
    try:
        info = os.fstat(fd)   # the file opened, not whatever the name points to by now
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_IMAGE_BYTES:
            return None
        data = read_capped(fd, MAX_IMAGE_BYTES)
        if len(data) > MAX_IMAGE_BYTES:   # it grew past the cap while being read
            return None
    except OSError:
        return None
    finally:
        os.close(fd)
    image = QImage.fromData(data)
    return None if image.isNull() else image


def load_local_images(page_html: str) -> dict[str, QImage]:
    """Every local image ``page_html`` shows that may be shown, by :func:`resource_key` of its URL."""
    images: dict[str, QImage] = {}
    for match in _IMG_SRC.finditer(page_html):
        url = QUrl(html.unescape(match.group(1)))
        key = resource_key(url)
        if key in images or len(images) >= MAX_IMAGES:
            continue
        image = read_local_image(url.toLocalFile())
        if image is not None:
            images[key] = image
    return images
