"""Photos in the database on SQLite and PostgreSQL: attach, link, refuse bad input, move, prune."""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from desk_app.bench.photos import camera_heic, camera_jpeg, location_needles
from desk_app.domain.article import ArticleData
from desk_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.photo import PhotoRejected, Rendition
from desk_app.domain.workflow import Role
from desk_app.services.media import MediaRecord
from desk_app.services.workspace import Workspace
from desk_app.store.models import ArticlePhoto, Media


def _file(tmp_path, data: bytes, name: str = "photo.jpg"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _count(ws, model=Media) -> int:
    with ws.unit() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _article(ws, **fields) -> ArticleData:
    return ws.articles.create(ArticleData(headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.", **fields)).article


@pytest.mark.parametrize("make_sample, name", [
    (lambda: camera_jpeg(1600, 1200), "photo.jpg"),
    (lambda: camera_heic(480, 320), "IMG_0412.HEIC"),   # as an iPhone names it
], ids=["jpeg", "heic"])
def test_no_stored_byte_carries_the_location_serial_or_owner(workspace, tmp_path, make_sample, name):
    sample = make_sample()
    needles = location_needles()
    assert {"lat rationals BE", "lon_xmp", "lat_decimal", "city", "serial"} <= {
        k for k, v in needles.items() if v in sample.data}
    attached = workspace.media.attach_file(_file(tmp_path, sample.data, name))
    assert attached.message == "Location data removed."
    article = _article(workspace, photo_media=attached.sha256, photo_caption="Очередь")
    with workspace.engine.connect() as conn:
        blobs = conn.execute(text("SELECT data, web_data, thumb_data FROM media")).all()
        snapshots = conn.execute(text("SELECT snapshot FROM revisions")).scalars().all()
    assert len(blobs) == 1
    for blob in (bytes(b) for row in blobs for b in row):
        assert [name for name, needle in needles.items() if needle in blob] == []
    assert any(attached.sha256 in snap for snap in snapshots)
    if workspace.dialect == "sqlite":  # and nowhere in the database file at all
        with workspace.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = workspace.info.path.read_bytes()
        assert [name for name, needle in needles.items() if needle in raw] == []
    assert workspace.articles.get(article.id).photo_media == attached.sha256


def test_the_same_photo_is_stored_once(workspace, tmp_path):
    path = _file(tmp_path, camera_jpeg(800, 600).data)
    first, second = workspace.media.attach_file(path), workspace.media.attach_file(path)
    assert first.sha256 == second.sha256 and first.stored and not second.stored
    assert _count(workspace) == 1


def test_renditions_are_read_back(workspace, tmp_path):
    attached = workspace.media.attach_file(_file(tmp_path, camera_jpeg(2000, 1000).data))
    web = workspace.media.rendition(attached.sha256, "web")
    thumb = workspace.media.rendition(attached.sha256, "thumb")
    assert (web.width, web.height, web.mime) == (1280, 640, "image/jpeg") and web.data[:2] == b"\xff\xd8"
    assert max(thumb.width, thumb.height) == 320
    with pytest.raises(NotFound):
        workspace.media.rendition("0" * 64)


def test_the_lists_thumbnails_come_by_article_and_only_for_photos_not_yet_known(workspace, tmp_path):
    attached = workspace.media.attach_file(_file(tmp_path, camera_jpeg(800, 600).data))
    with_photo = _article(workspace, photo_media=attached.sha256)
    also = _article(workspace, photo_media=attached.sha256)
    without = _article(workspace)
    found = workspace.media.list_thumbnails([with_photo.id, also.id, without.id, "no-such-article"])
    assert found.photos == {with_photo.id: attached.sha256, also.id: attached.sha256, without.id: "",
                            "no-such-article": ""}
    assert found.thumbs == {attached.sha256: workspace.media.rendition(attached.sha256, "thumb").data}
    again = workspace.media.list_thumbnails([with_photo.id], known=[attached.sha256])
    assert again.photos == {with_photo.id: attached.sha256} and again.thumbs == {}


def test_an_article_keeps_changes_and_drops_its_photo(workspace, tmp_path):
    one = workspace.media.attach_file(_file(tmp_path, camera_jpeg(800, 600).data, "a.jpg"))
    two = workspace.media.attach_file(_file(tmp_path, camera_jpeg(600, 800).data, "b.jpg"))
    article = _article(workspace, photo_media=one.sha256)
    saved = workspace.articles.save(article.copy(photo_media=two.sha256)).article
    assert workspace.articles.get(article.id).photo_media == two.sha256
    saved = workspace.articles.save(saved.copy(photo_media="")).article
    assert workspace.articles.get(article.id).photo_media == ""
    assert _count(workspace, ArticlePhoto) == 0
    assert workspace.articles.revision(article.id, 1).photo_media == one.sha256


def test_an_article_cannot_name_a_photo_that_is_not_stored(workspace):
    with pytest.raises(InvalidInput, match="attach it again"):
        _article(workspace, photo_media="a" * 64)
    assert workspace.articles.count() == 0
    with pytest.raises(InvalidInput, match="SHA-256"):
        _article(workspace, photo_media="../etc/passwd")


def test_existing_paths_and_addresses_keep_working(workspace):
    article = _article(workspace, photo="/photos/queue.jpg", photo_caption="Очередь")
    got = workspace.articles.get(article.id)
    assert got.photo == "/photos/queue.jpg" and got.photo_media == ""
    assert "file:///photos/queue.jpg" in workspace.transfer.export(article.id, "html")


@pytest.mark.parametrize("make_input, expected", [
    (lambda p: _file(p, b"just some text, not a photo", "notes.jpg"), "not a JPEG, PNG, WebP or HEIC"),
    (lambda p: _file(p, camera_jpeg(800, 600).data[:9000], "cut.jpg"), "truncated"),
    (lambda p: p, "is a folder"),
    (lambda p: p / "missing.jpg", "does not exist"),
])
def test_bad_input_is_one_sentence_and_stores_nothing(workspace, tmp_path, make_input, expected):
    with pytest.raises(InvalidInput) as exc:
        workspace.media.attach_file(make_input(tmp_path))
    assert expected in str(exc.value) and "\n" not in str(exc.value)
    assert _count(workspace) == 0


def test_a_100_mb_file_is_refused_before_it_is_read(workspace, tmp_path):
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(PhotoRejected, match="100.0 MB"):
        workspace.media.attach_file(path)
    assert _count(workspace) == 0


def test_a_device_is_refused(workspace):
    with pytest.raises(InvalidInput, match="not a regular file"):
        workspace.media.attach_file("/dev/zero")


def test_a_fifo_is_refused_without_opening_it(workspace, tmp_path):
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def attach() -> None:
        try:
            workspace.media.attach_file(fifo)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=attach, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # it blocked in open(): unblock it by opening the writing end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("attaching a FIFO blocked")
    assert isinstance(outcome[0], InvalidInput) and "not a regular file" in str(outcome[0])
    assert _count(workspace) == 0


def test_missing_and_accept_move_a_photo_once(workspace, tmp_path, sqlite_template):
    shutil.copyfile(sqlite_template, tmp_path / "field.sqlite3")
    with Workspace.open(f"sqlite:///{tmp_path / 'field.sqlite3'}", user="anna") as field:
        attached = field.media.attach_file(_file(tmp_path, camera_jpeg(800, 600).data))
        assert workspace.media.missing([attached.sha256, "not-a-hash"]) == {attached.sha256}
        record = field.media.record(attached.sha256)
    assert workspace.media.accept(record) is True
    assert workspace.media.accept(record) is False
    assert workspace.media.missing([attached.sha256]) == set()
    _article(workspace, photo_media=attached.sha256)


def test_accept_refuses_tampered_or_metadata_carrying_records(workspace):
    sample = camera_jpeg(400, 300).data
    dirty = Rendition("image/jpeg", 400, 300, sample)
    with pytest.raises(PhotoRejected, match="metadata"):
        workspace.media.accept(MediaRecord(hashlib.sha256(sample).hexdigest(), dirty, dirty, dirty))
    with pytest.raises(PhotoRejected, match="do not match"):
        workspace.media.accept(MediaRecord("b" * 64, dirty, dirty, dirty))
    assert _count(workspace) == 0


def test_prune_removes_only_old_photos_nothing_names(workspace, tmp_path, clock):
    def attach(name: str, w: int):
        return workspace.media.attach_file(_file(tmp_path, camera_jpeg(w, 300).data, name)).sha256

    orphan, linked, replaced = attach("o.jpg", 400), attach("l.jpg", 500), attach("r.jpg", 600)
    article = _article(workspace, photo_media=replaced)
    workspace.articles.save(article.copy(photo_media=linked))  # "replaced" stays in the history
    clock.advance(timedelta(days=2).total_seconds())
    fresh = attach("f.jpg", 700)
    report = workspace.media.prune(dry_run=True)
    assert report.removed == (orphan,) and _count(workspace) == 4
    assert workspace.media.prune().removed == (orphan,)
    assert workspace.media.visible([orphan, linked, replaced, fresh]) == {linked, replaced, fresh}


def test_only_admins_prune(workspace):
    workspace.ensure_user("kim", Role.EDITOR)
    with pytest.raises(PermissionDenied):
        workspace.as_user("kim").media.prune()


def test_the_html_export_embeds_the_photo_above_the_headline(workspace, tmp_path):
    attached = workspace.media.attach_file(_file(tmp_path, camera_jpeg(1600, 900).data))
    article = _article(workspace, photo_media=attached.sha256, photo_caption="Очередь к водовозу",
                       photo_credit="Анна Петрова", photo_source="https://example.org/queue",
                       photo="/home/anna/IMG_0001.jpg")
    page = workspace.transfer.export(article.id, "html")
    web = workspace.media.rendition(attached.sha256, "web")
    import base64

    embedded = 'src="data:image/jpeg;base64,' + base64.b64encode(web.data).decode()
    assert embedded in page and "/home/anna" not in page
    assert page.index(embedded) < page.index("<h1") < page.index('data-desk="notice"')
    assert 'Photo: <a href="https://example.org/queue"' in page
    preview = workspace.transfer.page(workspace.articles.get(article.id))
    assert preview.photo_src == "desk-media:" + attached.sha256


def test_a_translation_shows_the_originals_stored_photo(workspace, tmp_path):
    attached = workspace.media.attach_file(_file(tmp_path, camera_jpeg(800, 600).data))
    original = _article(workspace, photo_media=attached.sha256, photo_caption="Очередь")
    translation = workspace.pairing.translate(original.id)
    assert translation.photo_media == attached.sha256 and translation.photo_caption == ""
    assert _count(workspace) == 1


def test_queued_saves_naming_one_photo_send_its_bytes_once(workspace, tmp_path, sqlite_template, monkeypatch):
    """The outbox's use: ten offline saves of an article with a photo, pushed twice (a retry)."""
    shutil.copyfile(sqlite_template, tmp_path / "field.sqlite3")
    with Workspace.open(f"sqlite:///{tmp_path / 'field.sqlite3'}", user="anna") as field:
        sha = field.media.attach_file(_file(tmp_path, camera_jpeg(800, 600).data)).sha256
        article = _article(field, photo_media=sha)
        for i in range(10):
            article = field.articles.save(article.copy(lede=f"Правка {i}")).article
        queued = [field.articles.revision(article.id, n).photo_media for n in range(1, 12)]
        accepted = []
        original_accept = workspace.media.accept
        monkeypatch.setattr(workspace.media, "accept", lambda r: accepted.append(r.sha256) or original_accept(r))
        assert field.media.send_missing(workspace.media, queued) == [sha]
        assert field.media.send_missing(workspace.media, queued) == []
    assert accepted == [sha]
    assert workspace.media.rendition(sha, "thumb").data


def test_an_export_embeds_a_photo_that_is_still_a_local_file_stripped(workspace, tmp_path):
    import base64
    import re

    path = _file(tmp_path, camera_jpeg(1600, 900).data, "IMG_0001.jpg")
    article = _article(workspace, photo=str(path), photo_caption="Очередь")
    page = workspace.transfer.export(article.id, "html")
    assert "file://" not in page
    embedded = base64.b64decode(re.search(r'src="data:image/jpeg;base64,([^"]+)"', page).group(1))
    assert embedded[:2] == b"\xff\xd8"
    assert [name for name, needle in location_needles().items() if needle in embedded] == []
    assert _count(workspace) == 0   # embedded in the page, not stored


def test_adopt_stores_local_path_photos_and_leaves_the_rest(workspace, tmp_path):
    path = _file(tmp_path, camera_jpeg(900, 600).data, "IMG_0007.jpg")
    local = _article(workspace, photo=str(path), photo_caption="Очередь")
    gone = _article(workspace, photo=str(tmp_path / "deleted.jpg"))
    web = _article(workspace, photo="https://example.org/p.jpg")
    dry = workspace.media.adopt_local_photos(dry_run=True)
    assert {(o.article_id, bool(o.problem)) for o in dry} == {(local.id, False), (gone.id, True)}
    assert _count(workspace) == 0
    outcomes = {o.article_id: o for o in workspace.media.adopt_local_photos()}
    assert outcomes[local.id].sha256 and outcomes[gone.id].problem == "There is no such file on this computer."
    got = workspace.articles.get(local.id)
    assert got.photo_media == outcomes[local.id].sha256 and got.photo == ""
    assert got.status == "draft" and workspace.articles.get(web.id).photo == "https://example.org/p.jpg"
    with workspace.engine.connect() as conn:
        blob = bytes(conn.execute(text("SELECT data FROM media")).scalar_one())
    assert [name for name, needle in location_needles().items() if needle in blob] == []
    assert workspace.media.adopt_local_photos() == [outcomes[gone.id]]   # nothing twice
