"""desk_app.domain.rendering: safe Markdown, the published page, the dateline."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desk_app.domain.rendering import (
    ArticlePage,
    format_dateline,
    local_image_url,
    media_src,
    render_markdown,
    render_page,
)

HOSTILE_DIR = Path(__file__).resolve().parent.parent / "data" / "hostile_markdown"
HOSTILE_FILES = sorted(HOSTILE_DIR.glob("*.md"))

NOTICE = (
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ "
    "ООО “МЕМО”, ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”."
)
FORBIDDEN_TAGS = {
    "script", "iframe", "object", "embed", "link", "meta", "base", "form", "svg",
    "math", "style", "input", "button", "frame", "frameset", "applet", "video",
    "audio", "textarea", "noscript", "template",
}


class _Collector(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def _tags(html_text: str) -> list[tuple[str, dict[str, str]]]:
    collector = _Collector()
    collector.feed(html_text)
    collector.close()
    return collector.tags


def assert_safe(output: str, *, template: bool = False, text_fields: bool = False) -> None:
    """The hostile-corpus assertions from the brief.

    ``template=True`` allows what our own page template adds: the document's
    <meta>/<style> in the head (never user content). ``text_fields=True`` is for
    pages whose plain-text fields (headline, lede...) carry hostile strings: those
    are shown escaped, as text, so only the markup is checked.
    """
    low = output.lower()
    assert "<script" not in low
    assert "<iframe" not in low
    if not text_fields:
        assert "javascript:" not in low
        assert "vbscript:" not in low
        assert "url(" not in low
    if not template:
        assert "<style" not in low
        assert "<meta" not in low
    for tag, attrs in _tags(output):
        allowed = {"meta", "style"} if template else set()
        assert tag not in FORBIDDEN_TAGS - allowed, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name not in {"srcset", "background", "poster", "formaction", "action", "srcdoc"}
            if name in ("src", "href"):
                assert not value.strip().lower().startswith("data:"), (tag, name, value)
            if name == "src":
                # only images on this computer
                assert value.startswith("file:///"), (tag, value)
                assert "evil.example" not in value
            if name == "href":
                assert re.match(r"^(https?:|mailto:|#)", value, re.I), (tag, value)
            if name == "style":
                assert "url(" not in value.lower() and "expression(" not in value.lower()
    # The same, on the raw markup of every tag (text is escaped, so "<" starts a tag).
    for raw_tag in re.findall(r"<[^>]*>", low):
        if not text_fields:
            assert not re.search(r"""\ssrc\s*=\s*["']?\s*(https?:|//|\\\\)""", raw_tag), raw_tag
            assert not re.search(r"""\son\w+\s*=""", raw_tag), raw_tag
        assert "javascript:" not in raw_tag or text_fields


def test_hostile_corpus_is_big_enough():
    assert len(HOSTILE_FILES) >= 15


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.stem)
def test_hostile_markdown_is_neutralised(path: Path):
    text = path.read_text(encoding="utf-8")
    assert_safe(render_markdown(text))


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("standalone", [True, False])
def test_hostile_markdown_in_a_whole_page(path: Path, standalone: bool):
    text = path.read_text(encoding="utf-8")
    page = ArticlePage(
        headline='<script>alert(1)</script>"><img src=http://evil.example/h.png>',
        lede="<iframe src=//evil.example>",
        body_markdown=text,
        notice=NOTICE,
        byline="<b onclick=x>me</b>",
        source="<script>alert(1)</script>",
        photo="https://evil.example/photo.jpg",
        photo_caption='"><svg onload=x>',
        photo_credit='"><img src=http://evil.example/c.png>',
        photo_source="javascript:alert(1)",
        tags=("<b>tag</b>", "' onmouseover='x"),
        original_line="<a href=http://evil.example>orig</a>",
    )
    assert_safe(render_page(page, standalone=standalone), template=standalone)


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.stem)
def test_hostile_text_in_plain_fields_is_only_text(path: Path):
    text = path.read_text(encoding="utf-8")
    page = ArticlePage(
        headline=text[:250], lede=text[:1000], body_markdown="", notice=NOTICE,
        byline=text[:300], source=text[:300], dateline_place=text[:300],
        photo="/srv/p.jpg", photo_caption=text[:1000], photo_credit=text[:300],
        photo_source=text[:300], tags=(text[:60],), original_line=text[:300],
    )
    for standalone in (True, False):
        out = render_page(page, standalone=standalone)
        assert_safe(out, template=standalone, text_fields=True)
        tags = [tag for tag, _ in _tags(out)]
        # only the template's own elements (and the photo) appear
        assert set(tags) <= {
            "html", "head", "meta", "title", "style", "body", "div", "p", "h1",
            "img", "a",
        }, tags


def test_whole_corpus_concatenated_is_neutralised():
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in HOSTILE_FILES)
    assert_safe(render_markdown(text))


def test_remote_images_become_visible_placeholders():
    out = render_markdown("![x](https://evil.example/y.png) <img src='http://example.com/x.png'>")
    assert "[image not loaded: evil.example/y.png]" in out
    assert "[image not loaded: example.com/x.png]" in out
    assert "<img" not in out


def test_placeholder_text_is_escaped():
    out = render_markdown('![x](https://evil.example/<b>"x.png)')
    assert "<b>" not in out
    assert_safe(out)


def test_local_images_are_kept_as_file_urls():
    out = render_markdown("![Photo](/srv/photos/a b.jpg)\n\n![Two](file:///srv/p/2.png)")
    srcs = [attrs["src"] for tag, attrs in _tags(out) if tag == "img"]
    assert srcs == ["file:///srv/photos/a%20b.jpg", "file:///srv/p/2.png"]
    alts = [attrs.get("alt") for tag, attrs in _tags(out) if tag == "img"]
    assert alts == ["Photo", "Two"]


def test_local_images_can_be_turned_off():
    out = render_markdown("![Photo](/srv/photos/a.jpg)", allow_local_images=False)
    assert "<img" not in out
    assert "[image not loaded: a.jpg]" in out


@pytest.mark.parametrize(
    "src, expected",
    [
        ("/home/u/p.png", "file:///home/u/p.png"),
        ("file:///home/u/p.png", "file:///home/u/p.png"),
        ("file://localhost/home/u/p.png", "file:///home/u/p.png"),
        ("C:\\Photos\\p.png", "file:///C:/Photos/p.png"),
        ("file:///C:/Photos/p.png", "file:///C:/Photos/p.png"),
        ("http://example.com/p.png", None),
        ("https://example.com/p.png", None),
        ("//example.com/p.png", None),
        ("\\\\server\\share\\p.png", None),
        ("file://server/share/p.png", None),
        ("file:////server/share/p.png", None),
        ("data:image/png;base64,AAAA", None),
        ("javascript:alert(1)", None),
        ("relative/p.png", None),
        ("", None),
    ],
)
def test_local_image_url(src, expected):
    assert local_image_url(src) == expected


def test_links_are_kept_with_rel_and_only_safe_schemes():
    out = render_markdown(
        "[a](https://example.org/x?a=1&b=2) [m](mailto:desk@example.org) "
        "[f](file:///etc/passwd) [r](other.html) [h](#top)"
    )
    links = [attrs for tag, attrs in _tags(out) if tag == "a"]
    assert [link.get("href") for link in links] == [
        "https://example.org/x?a=1&b=2", "mailto:desk@example.org", None, None, "#top",
    ]
    assert all(link["rel"] == "noopener noreferrer nofollow" for link in links)


def test_user_style_and_class_are_removed():
    out = render_markdown('<p class="desk-notice" style="font-size:1px" data-desk="notice">x</p>')
    assert "desk-notice" not in out
    assert "style" not in out
    assert "data-desk" not in out


def test_markdown_features_survive_sanitising():
    out = render_markdown(
        "# H\n\n**bold** *em* `code`\n\n> quote\n\n- one\n- two\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n<b>x</b>\n```\n"
    )
    for needle in ("<h1>H</h1>", "<strong>bold</strong>", "<em>em</em>", "<code>code</code>",
                   "<blockquote>", "<ul>", "<table>", "<td>1</td>", "&lt;b&gt;x&lt;/b&gt;"):
        assert needle in out, needle


# ----------------------------------------------------------------------------
# The page
# ----------------------------------------------------------------------------

def _page(**changes) -> ArticlePage:
    values = dict(
        headline="Суд в Махачкале",
        lede="Короткое изложение.",
        body_markdown="Первый абзац.\n\nВторой абзац.",
        notice=NOTICE,
        language="ru",
        dateline_place="Махачкала",
        published_at=datetime(2022, 1, 7, 6, 40, tzinfo=timezone.utc),
        byline="Иван Иванов",
        source="Мемориал",
        tags=("суды", "Дагестан"),
    )
    values.update(changes)
    return ArticlePage(**values)


def _notice_style(out: str) -> str:
    notices = [attrs for tag, attrs in _tags(out) if attrs.get("data-desk") == "notice"]
    assert len(notices) == 1
    assert notices[0]["class"] == "desk-notice"
    return notices[0]["style"]


@pytest.mark.parametrize("standalone", [True, False])
def test_notice_directly_under_headline_at_twice_body_size(standalone):
    out = render_page(_page(), standalone=standalone, body_px=16)
    assert re.search(r'</h1>\s*<div class="desk-notice" data-desk="notice"', out)
    style = _notice_style(out)
    assert "font-size:32px" in style.replace(" ", "")
    assert "font-weight:bold" in style.replace(" ", "")
    # high contrast: dark text on a light background, with a border
    assert "color:#111111" in style.replace(" ", "")
    assert "background-color:#fff3bf" in style.replace(" ", "")
    assert NOTICE in out
    # the notice comes before the lede and the body
    assert out.index('data-desk="notice"') < out.index("Короткое изложение.") < out.index("Первый абзац.")


def test_notice_size_follows_body_size():
    out = render_page(_page(), standalone=False, body_px=18)
    assert "font-size:36px" in _notice_style(out).replace(" ", "")
    assert 'style="font-size:18px;' in out


def test_notice_at_the_end():
    out = render_page(_page(notice_placement="end"), standalone=False)
    assert out.index("Первый абзац.") < out.index('data-desk="notice"')
    assert out.index("Дагестан") < out.index('data-desk="notice"')
    assert not re.search(r"</h1>\s*<div class=\"desk-notice\"", out)


def test_no_notice_no_block():
    for notice in (None, "", "   "):
        out = render_page(_page(notice=notice))
        assert 'data-desk="notice"' not in out


def test_notice_without_headline_comes_first_in_the_text():
    out = render_page(_page(headline="", dateline_place="", published_at=None), standalone=False)
    assert "<h1" not in out
    tags = _tags(out)
    assert tags[0][1]["class"] == "desk-article"
    assert tags[1][1].get("data-desk") == "notice"


def test_notice_text_is_escaped():
    out = render_page(_page(notice="<script>alert(1)</script> ТЕКСТ"), standalone=False)
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; ТЕКСТ" in out


def test_headline_is_escaped():
    out = render_page(_page(headline="Суд <b>закрыт</b> & Co"), standalone=False)
    assert "Суд &lt;b&gt;закрыт&lt;/b&gt; &amp; Co" in out
    assert "<b>" not in out


def test_every_user_string_is_escaped():
    evil = '<i>"x"</i>'
    out = render_page(
        _page(lede=evil, byline=evil, source=evil, dateline_place=evil, tags=(evil,),
              original_line=evil, photo="/tmp/p.jpg", photo_caption=evil, photo_credit=evil,
              language='ru" onload="x'),
    )
    assert "<i>" not in out
    assert out.count("&lt;i&gt;&quot;x&quot;&lt;/i&gt;") >= 8
    assert '<html lang="ru">' in out  # a bad language tag falls back to ru
    assert_safe(out, template=True)


def test_standalone_document_head():
    out = render_page(_page(language="en"))
    assert out.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in out
    assert '<html lang="en">' in out
    csp = [a for t, a in _tags(out) if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp[0]["content"] == "default-src 'none'; img-src file: data: 'self'; style-src 'unsafe-inline'"
    media = out[out.index("@media print"):]
    rule = media[media.index(".desk-notice"):]
    rule = rule[: rule.index("}")]
    assert "font-size:32px" in rule.replace(" ", "")
    assert "<title>Суд в Махачкале</title>" in out


def test_fragment_has_no_document_parts():
    out = render_page(_page(), standalone=False)
    for part in ("<!DOCTYPE", "<html", "<head", "<style", "<meta", "<body"):
        assert part not in out


def test_page_order_and_parts():
    out = render_page(
        _page(language="en", original_line="This article was originally published on the Russian page.",
              photo="/srv/p.jpg", photo_caption="Court", photo_credit="Agency",
              photo_source="https://example.org/src"),
        standalone=False,
    )
    order = [
        "<img", "Court", 'Photo: <a href="https://example.org/src"', "Agency</a>",
        "Махачкала, 07 January 2022, 09:40 MSK", "<h1", 'data-desk="notice"', "Короткое изложение.",
        "Первый абзац.", "originally published", "Author: Иван Иванов", "Source: Мемориал",
        "Tags: суды, Дагестан",
    ]
    positions = [out.index(needle) for needle in order]
    assert positions == sorted(positions)
    assert 'src="file:///srv/p.jpg"' in out


def test_notice_is_directly_under_the_headline_with_the_photo_above():
    out = render_page(_page(photo_src=media_src("a" * 64), photo_caption="Cap", photo_credit="Agency"),
                      standalone=False)
    headline_end = out.index("</h1>")
    assert out.index("desk-media:" + "a" * 64) < out.index("<h1")
    assert out[headline_end + len("</h1>"):].lstrip().startswith('<div class="desk-notice"')


def test_stored_photo_sources_are_the_only_trusted_ones():
    sha = "0123456789abcdef" * 4
    assert f'src="desk-media:{sha}"' in render_page(_page(photo_src=media_src(sha)))
    embedded = media_src(sha, b"\xff\xd8\xff", "image/jpeg")
    assert embedded == "data:image/jpeg;base64,/9j/"
    page = render_page(_page(photo_src=embedded, photo="https://cdn.example.com/x.jpg"))
    assert 'src="data:image/jpeg;base64,/9j/"' in page and "img-src file: data:" in page
    for forged in ("https://evil.example/x.jpg", "desk-media:../x", "data:text/html;base64,PGI+",
                   'data:image/png;base64,AA" onerror="x'):
        out = render_page(_page(photo_src=forged), standalone=False)
        assert "<img" not in out and "evil" not in out and "onerror" not in out


def test_credit_without_source_is_plain_and_source_without_credit_is_a_link():
    plain = render_page(_page(photo="/srv/p.jpg", photo_credit="Agency"), standalone=False)
    assert "Photo: Agency" in plain and "<a " not in plain
    link = render_page(_page(photo="/srv/p.jpg", photo_source="https://example.org/s"), standalone=False)
    assert '<a href="https://example.org/s" rel="noopener noreferrer nofollow">Source</a>' in link


def test_remote_photo_is_a_placeholder():
    out = render_page(_page(photo="https://cdn.example.com/p.jpg", photo_caption="Cap"))
    assert "[image not loaded: cdn.example.com/p.jpg]" in out
    assert "<img" not in out
    assert "Cap" in out


def test_local_photo_hidden_when_not_allowed():
    out = render_page(_page(photo="/srv/p.jpg"), allow_local_images=False)
    assert "<img" not in out
    assert "[image not loaded: p.jpg]" in out


def test_unsafe_photo_source_is_not_a_link():
    out = render_page(_page(photo="/srv/p.jpg", photo_source="javascript:alert(1)//x"))
    assert "javascript" not in out.lower()
    plain = render_page(_page(photo="/srv/p.jpg", photo_source="Агентство"), standalone=False)
    assert "Source: Агентство" in plain


# ----------------------------------------------------------------------------
# Dateline
# ----------------------------------------------------------------------------

def test_dateline_converts_utc_to_moscow():
    when = datetime(2022, 1, 7, 6, 40, tzinfo=timezone.utc)
    assert format_dateline("Махачкала", when, "Europe/Moscow") == "Махачкала, 07 January 2022, 09:40 MSK"


def test_dateline_from_another_offset_and_across_midnight():
    when = datetime(2022, 1, 6, 23, 30, tzinfo=timezone(timedelta(hours=2)))  # 21:30 UTC
    assert format_dateline("", when, "Europe/Moscow") == "07 January 2022, 00:30 MSK"


@pytest.mark.parametrize(
    "zone, expected",
    [
        ("Europe/Berlin", "07 January 2022, 07:40 CET"),
        ("America/New_York", "07 January 2022, 01:40 EST"),
        ("UTC", "07 January 2022, 06:40 UTC"),
        ("Asia/Yekaterinburg", "07 January 2022, 11:40 UTC+05:00"),
        ("Asia/Kolkata", "07 January 2022, 12:10 IST"),
        ("America/St_Johns", "07 January 2022, 03:10 NST"),
        ("Asia/Kathmandu", "07 January 2022, 12:25 UTC+05:45"),
    ],
)
def test_dateline_other_zones(zone, expected):
    when = datetime(2022, 1, 7, 6, 40, tzinfo=timezone.utc)
    assert format_dateline("", when, zone) == expected


def test_dateline_summer_time_abbreviation():
    when = datetime(2022, 7, 7, 6, 40, tzinfo=timezone.utc)
    assert format_dateline("Berlin", when, "Europe/Berlin") == "Berlin, 07 July 2022, 08:40 CEST"


def test_dateline_edge_cases():
    when = datetime(2022, 1, 7, 6, 40, tzinfo=timezone.utc)
    assert format_dateline("Москва", None, "Europe/Moscow") == "Москва"
    assert format_dateline("", None, "Europe/Moscow") == ""
    # naive times are UTC (the store keeps UTC)
    assert format_dateline("", when.replace(tzinfo=None), "Europe/Moscow") == "07 January 2022, 09:40 MSK"
    # an unknown zone falls back to Moscow
    assert format_dateline("", when, "Mars/Olympus") == "07 January 2022, 09:40 MSK"


# ----------------------------------------------------------------------------
# What QTextBrowser makes of it (the editor preview)
# ----------------------------------------------------------------------------

@pytest.mark.parametrize("standalone", [False, True])
def test_qt_rich_text_shows_the_notice_in_its_own_block_at_twice_the_size(qapp, standalone):
    qtgui = pytest.importorskip("PySide6.QtGui")
    page = _page(photo="https://cdn.example.com/p.jpg", photo_caption="Cap", photo_credit="Agency")
    document = qtgui.QTextDocument()
    document.setHtml(render_page(page, standalone=standalone, body_px=16))
    sizes: dict[str, tuple[int, int, str]] = {}
    block = document.begin()
    while block.isValid():
        fragment = block.begin().fragment()
        char_format = fragment.charFormat()
        sizes[block.text().strip()] = (
            char_format.font().pixelSize(),
            char_format.fontWeight(),
            block.blockFormat().background().color().name(),
        )
        block = block.next()
    assert sizes[" ".join(NOTICE.split())] == (32, 700, "#fff3bf")
    assert sizes["Первый абзац."][0] == 16
    assert "[image not loaded: cdn.example.com/p.jpg]" in sizes
