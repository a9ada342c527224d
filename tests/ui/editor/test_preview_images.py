"""The preview's local images: regular files only, size-capped, read off the GUI thread."""
from __future__ import annotations

import os
import threading
import time

import pytest
from editor_test_helpers import notice_of
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage

from desk_app.domain.article import ArticleData
from desk_app.ui.editor import preview_images
from desk_app.ui.editor.pane import render_preview
from desk_app.ui.editor.preview_images import load_local_images, read_local_image


@pytest.fixture
def png(tmp_path) -> str:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = str(tmp_path / "photo.png")
    assert image.save(path)
    return path


def _in_time(function, *args, seconds: float = 5.0):
    """Run ``function`` on a thread; fail (instead of hanging the suite) if it does not return in time."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(function(*args)), daemon=True)
    started = time.perf_counter()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{function.__name__} hung on {args}"
    return box[0], time.perf_counter() - started


def test_a_regular_image_is_read(png):
    image, _ = _in_time(read_local_image, png)
    assert image is not None and image.width() == 40


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_waited_for(tmp_path):
    fifo = str(tmp_path / "photo.jpg")
    os.mkfifo(fifo)
    image, _ = _in_time(read_local_image, fifo)
    assert image is None  # _in_time fails the test if the read hangs


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_not_read(device):
    image, _ = _in_time(read_local_image, device)
    assert image is None  # _in_time fails the test if the read hangs


def test_a_file_over_the_cap_is_not_read(tmp_path, monkeypatch, png):
    monkeypatch.setattr(preview_images, "MAX_IMAGE_BYTES", os.path.getsize(png) - 1)
    assert read_local_image(png) is None
    assert read_local_image(str(tmp_path / "missing.png")) is None
    assert read_local_image(str(tmp_path)) is None   # a folder


def test_the_preview_worker_reads_the_images_and_the_browser_reads_no_file(ui_ws, png, tmp_path, pane):
    if hasattr(os, "mkfifo"):
        os.mkfifo(str(tmp_path / "pipe.jpg"))
    body = notice_of(ui_ws) + f"\n\n![снимок]({tmp_path / 'pipe.jpg'})\n\n![ноль](/dev/zero)"
    result, _ = _in_time(render_preview, ui_ws, ArticleData(headline="Фото", body=body, photo=png), seconds=10)
    assert list(result.images) == [QUrl.fromLocalFile(png).toString(QUrl.ComponentFormattingOption.FullyEncoded)]
    browser = pane.preview.browser
    browser.images = result.images
    assert browser.loadResource(2, QUrl.fromLocalFile(png)) is not None
    assert browser.loadResource(2, QUrl.fromLocalFile("/dev/zero")) is None   # never read on the GUI thread
    assert browser.loadResource(2, QUrl.fromLocalFile(str(tmp_path / "pipe.jpg"))) is None


def test_the_pane_shows_a_photo_through_the_worker(ui_ws, png, pane):
    pane.load_data(ArticleData(headline="Фото", body=notice_of(ui_ws) + "\n\nТекст.", photo=png))
    assert pane.preview.browser.images
    assert load_local_images(pane.preview.html)
