"""The live preview: the page as published, sanitised, refreshed after a pause, never touching the network."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from editor_test_helpers import notice_of, stored_article, type_text
from PySide6.QtCore import QUrl

from desk_app.domain.article import ArticleData
from desk_app.ui.editor.preview import SafeBrowser, is_local_resource
from desk_app.ui.tasks import TaskRunner

HOSTILE = sorted((Path(__file__).resolve().parents[2] / "data" / "hostile_markdown").glob("*.md"))
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "style", "link", "meta", "base", "form",
                  "input", "button", "video", "audio", "frame", "frameset", "applet", "noscript", "template"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {k.lower(): (v or "") for k, v in attrs}))


def _tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.found


@pytest.fixture
def asked(monkeypatch):
    """Every URL the preview's QTextBrowser is asked to load (the spy calls the real method)."""
    seen: list[str] = []
    original = SafeBrowser.loadResource

    def spy(self, kind, url):
        seen.append(url.toString())
        return original(self, kind, url)

    monkeypatch.setattr(SafeBrowser, "loadResource", spy)
    return seen


def test_hostile_corpus_is_there():
    assert len(HOSTILE) >= 20


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_markdown_shows_sanitised_html_and_loads_nothing_remote(pane, ui_ws, asked, path):
    body = notice_of(ui_ws) + "\n\n" + path.read_text(encoding="utf-8")
    pane.load_data(ArticleData(headline="Проверка", body=body, photo="https://evil.example/p.jpg"))
    html = pane.preview.html
    assert html
    tags = _tags(html)
    assert not {name for name, _ in tags} & FORBIDDEN_TAGS, html
    for _name, attrs in tags:
        assert not any(key.startswith("on") for key in attrs), html
        if "src" in attrs:
            assert attrs["src"].startswith("file:///"), attrs["src"]
        if "href" in attrs:
            assert attrs["href"].startswith(("http://", "https://", "mailto:", "#")), attrs["href"]
        if "style" in attrs:
            assert "url(" not in attrs["style"].lower()
    assert "desk-notice" in html
    for url in asked:
        assert is_local_resource(QUrl(url)), f"the preview asked for {url}"
    assert "evil.example/p.jpg" in pane.preview.text()   # the remote photo became a visible placeholder


def test_the_browser_itself_refuses_remote_and_data_urls(qtbot, asked):
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml('<img src="http://evil.example/x.png"><img src="//evil.example/y.png">'
                    '<img src="data:image/png;base64,iVBORw0KGgo=">'
                    '<link rel="stylesheet" href="https://e.example/s.css">')
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.refused, "QTextBrowser did not ask for anything: the test proves nothing"
    assert all(not is_local_resource(QUrl(u)) for u in browser.refused)
    assert browser.loadResource(2, QUrl("https://evil.example/x.png")) is None
    assert browser.loadResource(2, QUrl("file://server/share/x.png")) is None
    assert browser.loadResource(2, QUrl("data:image/png;base64,AAAA")) is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_local_photo_is_loaded_from_disk(pane, ui_ws, asked, tmp_path):
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "photo.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(photo))
    pane.load_data(ArticleData(headline="Фото", body=notice_of(ui_ws), photo=str(photo)))
    assert any(u.startswith("file:///") and u.endswith("photo.png") for u in asked)


def test_clicked_links_are_shown_not_opened(pane, ui_ws):
    messages = []
    pane.sig_status_message.connect(messages.append)
    pane.preview.browser.anchorClicked.emit(QUrl("https://example.org/report"))
    assert messages == ["Link (not opened from the preview): https://example.org/report"]


def test_preview_shows_page_parts_in_order(pane, ui_ws):
    article = stored_article(ui_ws, "Текст **статьи**.", headline="Заголовок", lede="Лид.", byline="Автор",
                             source="Источник", dateline_place="Махачкала", photo_caption="Подпись",
                             photo_credit="Фото: агентство", photo="/nonexistent/p.jpg")
    pane.open_article(article)
    text = pane.preview.text()
    order = ["Подпись", "Махачкала", "Заголовок", "НАСТОЯЩИЙ МАТЕРИАЛ", "Лид.", "Текст статьи.", "Author: Автор"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "font-size:26px" in pane.preview.html     # the notice at twice the preview's 13px body size
    assert 'class="desk-body" style="font-size:13px' in pane.preview.html


def test_preview_refreshes_after_a_pause_off_the_gui_thread(make_pane, ui_ws, qtbot, settings):
    from desk_app.ui.settings import Options

    settings.set(Options.preview_delay_ms, 50)
    runner = TaskRunner()
    pane = make_pane(ui_ws, tasks=runner)
    pane.new_article("ru")
    qtbot.waitUntil(lambda: "НАСТОЯЩИЙ" in pane.preview.text())
    pane.editor.setFocus()
    type_text(pane.editor, "Свежая новость")
    assert "Свежая новость" not in pane.preview.text()      # not on every key
    qtbot.waitUntil(lambda: "Свежая новость" in pane.preview.text(), timeout=5000)
    runner.wait()


def test_typing_in_a_long_article_re_renders_only_the_edited_part(make_pane, ui_ws, qtbot, settings):
    """A 20,000-word body: after the pause only the edited paragraph's group is rendered again,
    and the preview is exactly the page rendered whole."""
    from desk_app.domain.rendering import render_page
    from desk_app.ui.editor.pane import render_preview
    from desk_app.ui.editor.preview import PREVIEW_BODY_PX
    from desk_app.ui.settings import Options

    settings.set(Options.preview_delay_ms, 50)
    runner = TaskRunner()
    pane = make_pane(ui_ws, tasks=runner)
    paragraphs = [f"Абзац {i}: жители **трёх** районов Махачкалы остаются без воды. " * 8 for i in range(300)]
    paragraphs[100:100] = ["## Подзаголовок", "- первый пункт\n- второй пункт", "> Цитата главы района."]
    pane.load_data(ArticleData(headline="Длинный текст", body=notice_of(ui_ws) + "\n\n" + "\n\n".join(paragraphs),
                               version=1))
    qtbot.waitUntil(lambda: "Абзац 299" in pane.preview.text(), timeout=10_000)
    assert pane.body_renderer.rendered_groups > 10          # the first render renders every group
    text = pane.editor.toPlainText()
    cursor = pane.editor.textCursor()
    cursor.setPosition(text.index("Абзац 150:") + len("Абзац 150"))
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()
    type_text(pane.editor, " дополнено")
    qtbot.waitUntil(lambda: "Абзац 150 дополнено" in pane.preview.text(), timeout=10_000)
    runner.wait()
    assert 1 <= pane.body_renderer.rendered_groups <= 2
    page = ui_ws.transfer.page(pane.current_data())
    assert pane.preview.html == render_page(page, standalone=False, body_px=PREVIEW_BODY_PX)
    assert render_preview(ui_ws, pane.current_data()).words > 19_000


def test_preview_scrolls_with_the_editor(pane, ui_ws, qtbot):
    body = notice_of(ui_ws) + "\n\n" + "\n\n".join(f"Абзац номер {i}. " * 8 for i in range(300))
    pane.load_data(ArticleData(headline="Длинно", body=body, version=1))
    bar = pane.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    preview_bar = pane.preview.browser.verticalScrollBar()
    assert preview_bar.value() == preview_bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    assert abs(preview_bar.value() - preview_bar.maximum() / 2) <= preview_bar.maximum() * 0.02
