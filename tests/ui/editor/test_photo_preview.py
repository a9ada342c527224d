"""The preview shows a stored photo above the headline, fitted to the column, read once."""
from __future__ import annotations

from editor_test_helpers import stored_article
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from desk_app.bench.photos import camera_jpeg


def _attach(ws, tmp_path, w=2400, h=1600) -> str:
    path = tmp_path / "p.jpg"
    path.write_bytes(camera_jpeg(w, h).data)
    return ws.media.attach_file(path).sha256


def test_stored_photo_is_shown_above_the_headline_and_fits_the_column(pane, ui_ws, tmp_path, monkeypatch):
    sha = _attach(ui_ws, tmp_path)
    article = stored_article(ui_ws, "Текст.", headline="Заголовок", photo_media=sha, photo_caption="Подпись",
                             photo_credit="Анна Петрова", photo_source="https://example.org/p")
    reads = []
    original = ui_ws.media.rendition
    monkeypatch.setattr(ui_ws.media, "rendition", lambda *a: reads.append(a) or original(*a))
    pane.open_article(article)
    html = pane.preview.html
    assert html.index(f"desk-media:{sha}") < html.index("<h1") < html.index('data-desk="notice"')
    text = pane.preview.text()
    assert text.index("Подпись") < text.index("Заголовок") < text.index("НАСТОЯЩИЙ МАТЕРИАЛ")
    image = pane.preview.browser.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                                     QUrl(f"desk-media:{sha}"))
    assert isinstance(image, QImage) and not image.isNull()
    assert 80 <= image.width() <= pane.preview.browser.viewport().width()
    document = pane.preview.browser.document()
    photo_block = document.begin()
    caption_block = photo_block.next()
    layout = document.documentLayout()
    gap = layout.blockBoundingRect(caption_block).top() - layout.blockBoundingRect(photo_block).bottom()
    assert gap < 30   # the article's line height must not stretch the photo's line
    pane.refresh_preview()  # the photo is not read again for a text change
    assert [kind for _sha, kind in reads].count("web") == 1
    assert pane.preview.browser.refused == []
