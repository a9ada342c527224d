"""Thumbnails in the article list: loaded for the rows being painted, cached, never in the list query."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtGui import QColor

from desk_app.ui.article_list.columns import COLUMN_INDEX
from desk_app.ui.article_list.view import ArticleListPanel


def _red_photo(ws) -> str:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), (220, 20, 20)).save(out, "JPEG", quality=95)
    return ws.media.attach_bytes(out.getvalue()).sha256


@pytest.fixture
def asked(workspace, monkeypatch):
    """Every call of ws.media.list_thumbnails: (ids asked for, hashes the list already had)."""
    calls: list[tuple[list[str], set[str]]] = []
    original = workspace.media.list_thumbnails

    def spy(ids, known=()):
        ids, known = list(ids), set(known)
        calls.append((ids, known))
        return original(ids, known)

    monkeypatch.setattr(workspace.media, "list_thumbnails", spy)
    return calls


def _painted(panel, qtbot) -> None:
    panel.view.viewport().repaint()
    qtbot.wait(20)                      # the batch is sent after the paint, its result repaints
    panel.view.viewport().repaint()


def _headline_pixel(panel, row: int, dx: int) -> QColor:
    rect = panel.view.visualRect(panel.model.index(row, COLUMN_INDEX["headline"]))
    image = panel.view.viewport().grab().toImage()
    return image.pixelColor(rect.x() + dx, rect.center().y())


def test_a_row_with_a_photo_shows_its_thumbnail_and_the_others_line_up(panel, workspace, articles, asked, qtbot):
    plain = articles(2)
    sha = _red_photo(workspace)
    with_photo = articles(1, headline="With photo", photo_media=sha)[0]
    panel.start()
    _painted(panel, qtbot)
    assert panel.model.article_id(0) == with_photo
    row = panel.model.row_data(0)
    image = panel.thumbnails.image(row.id, row.version)
    assert image is not None and not image.isNull()
    assert panel.thumbnails.image(plain[0], panel.model.row_data(1).version) is None
    # the thumbnail is painted at the left of the headline cell; the row without a photo has room left empty
    red = _headline_pixel(panel, 0, 20)
    assert red.red() > 150 and red.green() < 90 and red.blue() < 90
    blank = _headline_pixel(panel, 1, 20)
    assert not (blank.red() > 150 and blank.green() < 90)
    # one query for the rows painted, and the photo's bytes came once
    assert sum(1 for ids, _known in asked if with_photo in ids) == 1


def test_a_list_without_photos_keeps_its_layout(panel, workspace, articles, asked, qtbot):
    articles(3)
    panel.start()
    _painted(panel, qtbot)
    assert asked and not panel.thumbnails.any_photo
    delegate = panel.view.itemDelegate()
    index = panel.model.index(0, COLUMN_INDEX["headline"])
    assert delegate._paint_thumbnail(None, index, panel.view.visualRect(index)) == 0


def test_only_the_painted_rows_are_asked_for_not_the_whole_page(workspace, sync_tasks, settings, articles,
                                                                asked, qtbot):
    sha = _red_photo(workspace)
    ids = articles(120, photo_media=sha)
    panel = ArticleListPanel(workspace, sync_tasks, settings)
    panel.resize(800, 300)
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    panel.start()
    _painted(panel, qtbot)
    assert panel.model.rowCount() == 120
    first = {i for call_ids, _known in asked for i in call_ids}
    assert 0 < len(first) < 30 and ids[-1] in first           # a screenful, newest first
    # scrolled to the bottom: those rows are asked for, and the photo already decoded is not sent again
    panel.view.scrollToBottom()
    _painted(panel, qtbot)
    later = [(call_ids, known) for call_ids, known in asked if ids[0] in call_ids]
    assert later and sha in later[-1][1]
    assert len({i for call_ids, _known in asked for i in call_ids}) < 60


def test_a_new_version_is_asked_again_and_a_failure_is_retried_when_painted(panel, workspace, articles,
                                                                             asked, qtbot, monkeypatch):
    article_id = articles(1)[0]
    panel.start()
    _painted(panel, qtbot)
    assert not panel.thumbnails.any_photo
    # the photo is attached and saved elsewhere: the row's new version is asked for
    article = workspace.articles.get(article_id)
    workspace.articles.save(article.copy(photo_media=_red_photo(workspace)))
    original = workspace.media.list_thumbnails
    monkeypatch.setattr(workspace.media, "list_thumbnails",
                        lambda ids, known=(): (_ for _ in ()).throw(OSError("server gone")))
    panel.refresh_article(article_id)
    _painted(panel, qtbot)                              # the batch fails: no thumbnail, nothing breaks
    row = panel.model.row_data(0)
    assert row.version == article.version + 1
    assert panel.thumbnails._photo_of.get((row.id, row.version)) is None
    monkeypatch.setattr(workspace.media, "list_thumbnails", original)
    _painted(panel, qtbot)                              # painted again: asked again
    assert panel.thumbnails.image(row.id, row.version) is not None


def test_switching_workspace_forgets_the_thumbnails(panel, workspace, articles, qtbot):
    sha = _red_photo(workspace)
    articles(1, photo_media=sha)
    panel.start()
    _painted(panel, qtbot)
    assert panel.thumbnails.any_photo
    panel.thumbnails.set_workspace(workspace)
    assert not panel.thumbnails.any_photo and panel.thumbnails.pending == 0


def test_a_quiet_task_does_not_make_the_runner_busy(qtbot):
    """Thumbnail loads while scrolling must not flash the status bar's busy indicator."""
    import threading

    from desk_app.ui.tasks import TaskRunner

    runner = TaskRunner()
    changes: list[bool] = []
    runner.sig_busy_changed.connect(changes.append)
    gate = threading.Event()
    done: list[str] = []
    runner.run(lambda _t: gate.wait(5), on_done=lambda _r: done.append("quiet"), quiet=True)
    assert not runner.busy and changes == []
    runner.run(lambda _t: "loud", on_done=done.append)
    qtbot.waitUntil(lambda: "loud" in done)
    assert changes == [True, False] and not runner.busy
    gate.set()
    qtbot.waitUntil(lambda: "quiet" in done)
    assert changes == [True, False]
    runner.wait()
