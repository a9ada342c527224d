"""Attaching a photo in the metadata panel: from a file or a drop, off the GUI thread, told plainly."""
from __future__ import annotations

import threading

from editor_test_helpers import stored_article
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desk_app.bench.photos import camera_heic, camera_jpeg


def _photo(tmp_path, name="IMG_0001.jpg", w=1200, h=800):
    path = tmp_path / name
    path.write_bytes(camera_jpeg(w, h).data)
    return path


def _count(ws) -> int:
    from sqlalchemy import text

    with ws.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM media")).scalar_one()


def test_attaching_stores_the_photo_says_so_and_saves_with_the_article(pane, ui_ws, tmp_path):
    article = stored_article(ui_ws, "Текст.", photo="/home/anna/Pictures/IMG_0001.jpg")
    pane.open_article(article)
    field = pane.metadata.photo_field
    field.sig_attach_requested.emit(str(_photo(tmp_path)))
    assert field.sha256 and field.note.text().startswith("Location data removed.")
    assert field.thumb.pixmap() is not None and not field.thumb.pixmap().isNull()
    assert pane.is_dirty() and pane.metadata.photo.text() == ""   # the local path does not travel
    pane.save()
    saved = ui_ws.articles.get(article)
    assert saved.photo_media == field.sha256 and saved.photo == ""
    pane.refresh_preview()
    assert f"desk-media:{field.sha256}" in pane.preview.html and "/home/anna" not in pane.preview.html


def test_a_bad_file_is_one_sentence_and_stores_nothing(pane, ui_ws, tmp_path):
    pane.open_article(stored_article(ui_ws, "Текст."))
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    field = pane.metadata.photo_field
    field.sig_attach_requested.emit(str(bad))
    assert field.note.text() == "The file is not a JPEG, PNG, WebP or HEIC image; choose a photo in one of these formats."
    assert field.note.objectName() == "fieldError"
    assert field.sha256 == "" and not pane.is_dirty() and _count(ui_ws) == 0
    assert field.attach_button.isEnabled()


def test_a_file_dropped_on_the_panel_is_attached(pane, ui_ws, tmp_path):
    pane.open_article(stored_article(ui_ws, "Текст."))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_photo(tmp_path)))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    pane.metadata.dropEvent(event)
    assert event.isAccepted() and pane.metadata.photo_field.sha256
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/p.jpg")])
    refused = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, web, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    pane.metadata.dropEvent(refused)
    assert not refused.isAccepted()


def test_a_heic_dropped_on_the_panel_is_attached_without_its_location(pane, ui_ws, tmp_path):
    from desk_app.ui.editor.photo_attach import photo_filter

    assert "*.heic" in photo_filter() and "*.HEIC" in photo_filter()   # the file dialog offers them
    pane.open_article(stored_article(ui_ws, "Текст."))
    heic = tmp_path / "IMG_0412.HEIC"
    heic.write_bytes(camera_heic(320, 240).data)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(heic))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    pane.metadata.dropEvent(event)
    field = pane.metadata.photo_field
    assert event.isAccepted() and field.sha256
    assert field.note.text() == "Location data removed. Stored at 320 × 240 px."
    assert ui_ws.media.rendition(field.sha256, "image").mime == "image/jpeg"


def test_attaching_runs_off_the_gui_thread(make_pane, ui_ws, tmp_path, qtbot):
    from desk_app.ui.tasks import TaskRunner

    tasks = TaskRunner()
    pane = make_pane(ui_ws, tasks=tasks)
    pane.open_article(stored_article(ui_ws, "Текст."))
    threads = []
    original = ui_ws.media.attach_file
    ui_ws.media.attach_file = lambda path: threads.append(threading.current_thread()) or original(path)
    field = pane.metadata.photo_field
    field.sig_attach_requested.emit(str(_photo(tmp_path, w=3000, h=2000)))
    assert not field.attach_button.isEnabled() and "Removing location data" in field.note.text()
    qtbot.waitUntil(lambda: bool(field.sha256), timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    tasks.wait()


def test_removing_and_read_only(pane, ui_ws, tmp_path):
    pane.open_article(stored_article(ui_ws, "Текст."))
    field = pane.metadata.photo_field
    field.sig_attach_requested.emit(str(_photo(tmp_path)))
    pane.save()
    field.remove_button.click()
    assert field.sha256 == "" and pane.is_dirty()
    pane.save()
    assert ui_ws.articles.get(pane.article_id()).photo_media == ""
    pane.set_read_only(True, "Published.")
    assert not field.attach_button.isEnabled() and not pane.metadata.acceptDrops()


def test_a_result_for_a_closed_pane_or_another_article_is_dropped(make_pane, ui_ws, tmp_path, qtbot):
    from desk_app.ui.tasks import TaskRunner

    tasks = TaskRunner()
    pane = make_pane(ui_ws, tasks=tasks)
    first, second = stored_article(ui_ws, "Первая."), stored_article(ui_ws, "Вторая.")
    pane.open_article(first)
    pane.metadata.photo_field.sig_attach_requested.emit(str(_photo(tmp_path, w=2400, h=1600)))
    pane.open_article(second)   # while the photo is being processed
    tasks.wait()
    qtbot.wait(50)
    assert pane.metadata.photo_field.sha256 == "" and not pane.is_dirty()
    assert pane.metadata.photo_field.attach_button.isEnabled()
