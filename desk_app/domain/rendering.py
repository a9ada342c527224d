"""The article as it will be published: Markdown to safe HTML, and the whole page.

Pure Python (python-markdown + nh3): no Qt, no database. The same HTML feeds the
editor preview (``QTextBrowser.setHtml``, ``standalone=False``) and the
``desk export --format html`` file that is opened in a browser and printed
(``standalone=True``).

Safety rules, all enforced here:

* Every user-supplied string is HTML-escaped; Markdown output is sanitised with
  nh3 against an allow-list of tags and attributes (no ``style``, ``class`` or
  ``on*`` attributes from user input; ``<script>``/``<style>`` and friends are
  dropped together with their content).
* Links keep only ``http``, ``https`` and ``mailto`` targets (and in-page
  ``#fragments``); everything else loses its ``href``.
* No remote resource is ever loaded: an image whose address is not a file on
  this computer (an absolute path or a ``file:`` URL without a host) is replaced
  by a visible text placeholder such as ``[image not loaded: example.com/x.png]``.
  ``file://host/...`` and ``\\\\server\\share`` paths count as remote (on Windows
  they would reach out over SMB).
* The foreign-agent notice (compliance.md section 1) is rendered by our
  template, bold, at exactly twice the body size, in a high-contrast block
  marked ``class="desk-notice" data-desk="notice"``.
"""
from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import nh3

from desk_app.domain.article import DEFAULT_ZONE
from desk_app.domain.markup_limits import nesting_problem

__all__ = [
    "ArticlePage",
    "NOTICE_PLACEMENTS",
    "format_dateline",
    "media_src",
    "render_markdown",
    "render_page",
]

NOTICE_PLACEMENTS = ("top", "end")

# --------------------------------------------------------------------------
# Markdown -> sanitised HTML
# --------------------------------------------------------------------------

# python-markdown's "extra" minus the parts that widen what raw HTML can do
# (md_in_html, attr_list) and minus those whose output our allow-list would
# mangle (abbr, def_list, footnotes: they need id attributes or dl/abbr tags).
_MD_EXTENSIONS = ["fenced_code", "tables", "sane_lists"]

_ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i",
    "u", "s", "blockquote", "ul", "ol", "li", "a", "code", "pre", "hr",
    "table", "thead", "tbody", "tr", "th", "td", "img", "figure", "figcaption",
    "span", "sup", "sub",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
# Tags removed together with everything inside them.
_CLEAN_CONTENT_TAGS = {
    "script", "style", "iframe", "object", "embed", "svg", "math", "noscript",
    "template", "noembed", "noframes", "frameset", "frame", "applet", "title",
    "textarea", "select", "xmp", "plaintext",
}
_LINK_REL = "noopener noreferrer nofollow"
_LINK_SCHEMES = {"http", "https", "mailto"}
# nh3 checks schemes before our attribute filter runs and would silently drop
# e.g. data: image sources; letting these through nh3 lets the filter and the
# image pass decide per tag (links never keep them, images become placeholders).
# Single letters are Windows drive letters ("C:\\photos\\x.jpg").
_NH3_SCHEMES = (
    _LINK_SCHEMES | {"file", "data"} | {chr(c) for c in range(ord("a"), ord("z") + 1)}
)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_PLACEHOLDER_STYLE = (
    "color:#111111; background-color:#eeeeee; font-style:italic;"
)


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        return value if _safe_link(value) else None
    return value


def _safe_link(url: str) -> bool:
    """http(s)/mailto links and in-page #fragments; nothing else."""
    url = url.strip()
    if url.startswith("#"):
        return True
    match = _SCHEME.match(url)
    return match is not None and match.group(1).lower() in _LINK_SCHEMES


def local_image_url(src: str) -> str | None:
    """A ``file:///`` URL for an image on this computer, or None for anything else.

    Accepts absolute POSIX paths, Windows drive paths and ``file:`` URLs with no
    host (or ``localhost``). Refuses http(s), protocol-relative ``//`` URLs,
    ``data:`` URIs, other schemes, relative paths and network paths
    (``file://host/``, ``\\\\server\\share``).
    """
    src = src.strip()
    if not src or "\x00" in src:
        return None
    if _WINDOWS_DRIVE.match(src):
        return PureWindowsPath(src).as_uri()
    if src.startswith(("//", "\\\\", "/\\", "\\/")):
        return None
    if src.startswith("/"):
        return PurePosixPath(src).as_uri()
    match = _SCHEME.match(src)
    if not match or match.group(1).lower() != "file":
        return None
    parts = urlsplit(src)
    if parts.netloc.lower() not in ("", "localhost") or parts.query or parts.fragment:
        return None
    path = unquote(parts.path).replace("\\", "/")
    if not path.startswith("/") or path.startswith("//"):
        return None
    if re.match(r"^/[A-Za-z]:/", path):
        return PureWindowsPath(path[1:]).as_uri()
    return PurePosixPath(path).as_uri()


def _describe_image(src: str) -> str:
    """Short, harmless text naming an image we did not load."""
    src = src.strip()
    if not src:
        return "no address"
    match = _SCHEME.match(src)
    scheme = match.group(1).lower() if match else ""
    if scheme in ("http", "https") or src.startswith("//"):
        parts = urlsplit(src if scheme else "http:" + src)
        text = (parts.netloc + parts.path) or "a web address"
    elif scheme == "data":
        text = "embedded data"
    elif src.startswith(("\\\\", "/\\", "\\/")):
        text = "network path"
    elif scheme == "file":
        host = urlsplit(src).netloc
        text = f"file on {host}" if host else (urlsplit(src).path or "file")
    elif _WINDOWS_DRIVE.match(src) or src.startswith("/"):
        text = src
    elif scheme:
        text = "unsupported address"
    else:
        text = src
    if len(text) > 80:
        text = text[:77] + "…"
    return text


def image_placeholder(src: str) -> str:
    """The visible stand-in for an image that is not loaded (escaped HTML)."""
    label = html.escape(f"[image not loaded: {_describe_image(src)}]", quote=False)
    return (
        f'<span class="desk-image-placeholder" data-desk="image-placeholder"'
        f' style="{_PLACEHOLDER_STYLE}">{label}</span>'
    )


class _ImagePass(HTMLParser):
    """Re-serialises nh3's (already safe, well-formed) output, swapping images.

    Local images get a ``file:///`` URL; every other image becomes a text
    placeholder. Text and attribute values are re-escaped on the way out.
    """

    def __init__(self, allow_local_images: bool):
        super().__init__(convert_charrefs=True)
        self.allow_local_images = allow_local_images
        self.out: list[str] = []

    def _attrs(self, attrs: list[tuple[str, str | None]]) -> str:
        return "".join(
            f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.out.append(self._image(attrs))
            return
        self.out.append(f"<{tag}{self._attrs(attrs)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag != "img":
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def _image(self, attrs: list[tuple[str, str | None]]) -> str:
        values = {name: value or "" for name, value in attrs}
        src = values.get("src", "")
        url = local_image_url(src) if self.allow_local_images else None
        if url is None:
            if not self.allow_local_images and local_image_url(src):
                src = PureWindowsPath(src).name or src
            return image_placeholder(src)
        kept: list[tuple[str, str | None]] = [("src", url)]
        kept += [(k, values[k]) for k in ("alt", "title") if k in values]
        return f"<img{self._attrs(kept)}>"


def sanitise_html(fragment: str, *, allow_local_images: bool = True) -> str:
    """Clean an HTML fragment with the rules described in the module docstring."""
    cleaned = nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        clean_content_tags=_CLEAN_CONTENT_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        strip_comments=True,
        link_rel=_LINK_REL,
        url_schemes=_NH3_SCHEMES,
    )
    image_pass = _ImagePass(allow_local_images)
    image_pass.feed(cleaned)
    image_pass.close()
    return "".join(image_pass.out)


def render_markdown(markdown_text: str, *, allow_local_images: bool = True) -> str:
    """Markdown to a sanitised HTML fragment (safe for QTextBrowser and browsers)."""
    if nesting_problem(markdown_text or ""):  # stored before the bound: shown as text, in bounded time
        return "".join(f"<p>{_e(paragraph)}</p>" for paragraph in re.split(r"\n\s*\n", markdown_text) if paragraph)
    import markdown  # here, not at the top: the window starts without rendering anything (~25 ms)

    converter = markdown.Markdown(extensions=_MD_EXTENSIONS, output_format="html")
    raw = converter.convert(markdown_text or "")
    return sanitise_html(raw, allow_local_images=allow_local_images)


# --------------------------------------------------------------------------
# Dateline
# --------------------------------------------------------------------------

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def zone_label(local: datetime, zone_name: str) -> str:
    """MSK for Moscow; otherwise the zone's abbreviation, or UTC±HH:MM."""
    if zone_name == "Europe/Moscow":
        return "MSK"
    name = local.tzname() or ""
    if name.isascii() and name.isalpha():
        return name
    offset = local.utcoffset()
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def format_dateline(place: str, when: datetime | None, zone: str) -> str:
    """"Махачкала, 07 January 2022, 09:40 MSK": the time shown in ``zone``.

    A naive ``when`` is taken as UTC (the store keeps UTC). An unknown zone
    falls back to Europe/Moscow (and is labelled accordingly). Month names are
    always English, as on the agency's pages.
    """
    parts: list[str] = []
    place = " ".join((place or "").split())
    if place:
        parts.append(place)
    if when is not None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        tz = _zone(zone)
        local = when.astimezone(tz)
        label = zone_label(local, tz.key)
        parts.append(f"{local.day:02d} {_MONTHS[local.month - 1]} {local.year}")
        parts.append(f"{local:%H:%M} {label}")
    return ", ".join(parts)


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticlePage:
    headline: str
    lede: str
    body_markdown: str            # the body WITHOUT the notice paragraph (the caller splits it off)
    notice: str | None            # the notice paragraph text, or None
    language: str = "ru"
    dateline_place: str = ""
    published_at: datetime | None = None   # aware
    time_zone: str = "Europe/Moscow"
    byline: str = ""
    source: str = ""
    photo: str = ""               # local path, file:// URL, or http(s) URL
    photo_caption: str = ""
    photo_credit: str = ""
    photo_source: str = ""        # a link
    photo_src: str = ""           # a stored photo, resolved by the caller: see media_src()
    tags: tuple[str, ...] = ()
    original_line: str = ""       # "This article was originally published on ..." for translations
    notice_placement: str = "top" # "top" (directly under the headline) or "end"
    notice_problem: str = ""      # why the body fails the notice check ("" when it passes): shown first


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


_LANG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def _lang(language: str) -> str:
    """A BCP 47-looking language tag, or "ru" (the agency's default)."""
    language = (language or "").strip()
    return language if _LANG.fullmatch(language) else "ru"


def notice_style(body_px: int) -> str:
    """Inline style of the notice block: bold, 2x body size, dark on light yellow."""
    return (
        f"font-size:{body_px * 2}px; font-weight:bold; line-height:1.25;"
        " color:#111111; background-color:#fff3bf; border:2px solid #111111;"
        " padding:12px; margin-top:12px; margin-bottom:12px;"
    )


def render_notice(notice: str, body_px: int = 16) -> str:
    """The notice block (our template; the text is escaped)."""
    text = _e(" ".join(notice.split()))
    return (
        f'<div class="desk-notice" data-desk="notice" role="note" lang="ru"'
        f' style="{notice_style(body_px)}">{text}</div>'
    )


_MEDIA_SRC = re.compile(
    r"desk-media:[0-9a-f]{64}|data:image/(?:jpeg|png);base64,[A-Za-z0-9+/]+={0,2}"
)


def media_src(sha256: str, data: bytes | None = None, mime: str = "image/jpeg") -> str:
    """The address of a photo stored in the database (``ArticlePage.photo_src``).

    With ``data`` (the export): a ``data:`` URI, so the page is one self-contained file.
    Without (the preview): ``desk-media:<sha256>``, which the preview browser resolves itself.
    Anything else given as ``photo_src`` is ignored by the renderer.
    """
    if data is None:
        return f"desk-media:{sha256}"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
def render_notice_problem(problem: str, body_px: int = 16) -> str:
    """A banner no one can print past: the article fails the notice check and must not go out so."""
    return (
        f'<div class="desk-notice-problem" data-desk="notice-problem" role="alert"'
        f' style="font-size:{body_px}px; font-weight:bold; color:#8b0000; background:#fff0f0;'
        f' border:3px solid #b00020; padding:8px; margin-bottom:12px;">'
        f"NOT FOR PUBLICATION — this text fails the foreign-agent notice check: {_e(problem)}</div>"
    )


def _photo_html(page: ArticlePage, body_px: int, allow_local_images: bool) -> str:
    stored = page.photo_src if _MEDIA_SRC.fullmatch(page.photo_src or "") else ""
    if not stored and not (page.photo or "").strip():
        return ""
    url = stored or (local_image_url(page.photo) if allow_local_images else None)
    if url is not None:
        image = f'<img src="{_e(url)}" alt="{_e(page.photo_caption)}">'
    else:
        shown = page.photo
        if not allow_local_images and local_image_url(page.photo):
            shown = PureWindowsPath(page.photo).name or page.photo
        image = image_placeholder(shown)
    caption_bits: list[str] = []
    if page.photo_caption.strip():
        caption_bits.append(_e(page.photo_caption.strip()))
    credit = page.photo_credit.strip()
    source = page.photo_source.strip()
    linkable = bool(source) and _safe_link(source) and not source.startswith("#")
    if credit and linkable:  # the credit itself links to the source, as on the agency's pages
        caption_bits.append(f'Photo: <a href="{_e(source)}" rel="{_LINK_REL}">{_e(credit)}</a>')
    elif credit:
        caption_bits.append("Photo: " + _e(credit))
    elif linkable:
        caption_bits.append(f'<a href="{_e(source)}" rel="{_LINK_REL}">Source</a>')
    if source and not linkable and not _SCHEME.match(source):
        caption_bits.append("Source: " + _e(source))
    # any other scheme (javascript:, data:, file:...) is left out entirely
    caption = ""
    if caption_bits:
        caption = (
            f'<p class="desk-photo-caption"'
            f' style="font-size:{max(body_px - 2, 8)}px; color:#444444; margin-top:4px;">'
            + " · ".join(caption_bits) + "</p>"
        )
    # Paragraphs, not <figure>/<figcaption>: QTextDocument does not know those
    # and would run the photo into the notice block above it.
    # line-height:100%: the article's 1.5 would make QTextDocument leave half the photo's
    # height empty under it
    return (f'<div class="desk-photo"><p class="desk-photo-image" style="line-height:100%;">{image}</p>'
            f"{caption}</div>")


_PRINT_CSS = """\
body {{ font-size:{body}px; line-height:1.5; color:#111111; background-color:#ffffff;
  font-family: "PT Serif", Georgia, "Times New Roman", serif; margin:0; }}
.desk-article {{ max-width:46em; margin:0 auto; padding:16px; }}
.desk-article img {{ max-width:100%; height:auto; }}
.desk-notice {{ font-size:{notice}px; font-weight:bold; }}
@media print {{
  body {{ font-size:{body}px; color:#000000; background-color:#ffffff; }}
  .desk-article {{ max-width:none; padding:0; }}
  .desk-notice {{ font-size:{notice}px !important; font-weight:bold !important;
    color:#000000 !important; background-color:#fff3bf !important;
    border:2px solid #000000 !important;
    -webkit-print-color-adjust:exact; print-color-adjust:exact;
    break-inside:avoid; page-break-inside:avoid; }}
  .desk-photo, .desk-photo img {{ break-inside:avoid; page-break-inside:avoid; }}
  a {{ color:#000000; }}
}}
"""

# data: images are the stored photo, embedded by the export (media_src); user Markdown never
# yields one (the image pass turns data: sources into placeholders)
_CSP = "default-src 'none'; img-src file: data: 'self'; style-src 'unsafe-inline'"


def render_page(
    page: ArticlePage,
    *,
    standalone: bool = True,
    body_px: int = 16,
    allow_local_images: bool = True,
    body_renderer: Callable[[str], str] | None = None,
) -> str:
    """The article page as HTML: a full document, or a fragment for QTextBrowser.

    ``body_renderer`` renders the body instead of :func:`render_markdown` (the preview passes an
    :class:`~desk_app.domain.markdown_blocks.IncrementalMarkdown`, which must render the same).

    Order: photo with caption and credit (linked to its source), dateline, headline,
    notice (``notice_placement == "top"``), lede, body, original line (translations), author and
    source, tags, notice (``"end"``). An unknown placement counts as ``"top"``,
    the current legal rule.
    """
    body_px = max(int(body_px), 1)
    notice_html = render_notice(page.notice, body_px) if page.notice and page.notice.strip() else ""
    at_end = page.notice_placement == "end"
    out: list[str] = [
        f'<div class="desk-article" lang="{_lang(page.language)}"'
        f' style="font-size:{body_px}px; line-height:1.5;">'
    ]
    photo = _photo_html(page, body_px, allow_local_images)
    if photo:  # above the headline, as on the agency's pages; the notice stays right under it
        out.append(photo)
    dateline = format_dateline(page.dateline_place, page.published_at, page.time_zone)
    if dateline:
        out.append(
            f'<p class="desk-dateline" style="font-size:{max(body_px - 2, 8)}px;'
            f' color:#555555;">{_e(dateline)}</p>'
        )
    if page.notice_problem:
        out.append(render_notice_problem(page.notice_problem, body_px))
    if page.headline.strip():
        out.append(
            f'<h1 class="desk-headline" style="font-size:{round(body_px * 2.25)}px;'
            f' font-weight:bold; line-height:1.2;">{_e(page.headline.strip())}</h1>'
        )
    if notice_html and not at_end:
        out.append(notice_html)
    if page.lede.strip():
        out.append(
            f'<p class="desk-lede" style="font-size:{body_px}px; font-weight:bold;">'
            f"{_e(page.lede.strip())}</p>"
        )
    if body_renderer is None:
        body = render_markdown(page.body_markdown, allow_local_images=allow_local_images)
    else:
        body = body_renderer(page.body_markdown)
    if body.strip():
        out.append(f'<div class="desk-body" style="font-size:{body_px}px;">{body}</div>')
    if page.original_line.strip():
        out.append(
            f'<p class="desk-original" style="font-style:italic;">'
            f"{_e(page.original_line.strip())}</p>"
        )
    credits: list[str] = []
    if page.byline.strip():
        credits.append("Author: " + _e(page.byline.strip()))
    if page.source.strip():
        credits.append("Source: " + _e(page.source.strip()))
    if credits:
        out.append(f'<p class="desk-credits">{" ".join(credits)}</p>')
    tags = [t.strip() for t in page.tags if t and t.strip()]
    if tags:
        out.append(
            f'<p class="desk-tags" style="font-size:{max(body_px - 2, 8)}px;">'
            "Tags: " + ", ".join(_e(t) for t in tags) + "</p>"
        )
    if notice_html and at_end:
        out.append(notice_html)
    out.append("</div>")
    fragment = "\n".join(out)
    if not standalone:
        return fragment + "\n"
    css = _PRINT_CSS.format(body=body_px, notice=body_px * 2)
    title = _e(page.headline.strip() or "Article")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_lang(page.language)}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{css}</style>\n</head>\n"
        f'<body style="font-size:{body_px}px;">\n{fragment}\n</body>\n</html>\n'
    )
