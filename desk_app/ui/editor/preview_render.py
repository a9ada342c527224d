"""The preview's work off the GUI thread: the page's HTML, its counts and the images it shows."""
from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.domain.article import ArticleData, count_words
from desk_app.domain.errors import NotFound
from desk_app.domain.markdown_blocks import IncrementalMarkdown
from desk_app.domain.rendering import render_page
from desk_app.domain.workflow import missing_for_publish
from desk_app.ui.editor.preview import PREVIEW_BODY_PX
from desk_app.ui.editor.preview_images import load_local_images

__all__ = ["PreviewResult", "render_preview"]


@dataclass(frozen=True)
class PreviewResult:
    html: str
    words: int        # without the notice
    characters: int   # without the notice
    photo: tuple[str, bytes] | None = None       # a stored photo the browser does not have yet
    images: dict = field(default_factory=dict)   # local images the page shows, read off the GUI thread
    notice: str = ""                             # the notice paragraph the page shows
    missing: tuple[str, ...] = ()                # required fields still empty (labels)


def render_preview(workspace, data: ArticleData, body_renderer: IncrementalMarkdown | None = None,
                   have_photo: str = "") -> PreviewResult:
    """Pure work for the preview task (runs on a worker thread).

    ``body_renderer`` keeps the HTML of the body's unchanged parts from the last refresh;
    ``have_photo`` names the stored photo the browser already holds (it is read only once).
    """
    page = workspace.transfer.page(data)
    html = render_page(page, standalone=False, body_px=PREVIEW_BODY_PX,  # the export keeps 16 px
                       body_renderer=body_renderer)
    text = page.body_markdown.strip()
    photo = None
    if page.photo_src and data.photo_media != have_photo:
        try:
            photo = (data.photo_media, workspace.media.rendition(data.photo_media, "web").data)
        except NotFound:  # removed meanwhile: the page shows no image rather than failing
            photo = None
    return PreviewResult(html, count_words(text), len(text), photo, load_local_images(html), page.notice or "",
                         tuple(missing_for_publish(data, page.body_markdown)))
