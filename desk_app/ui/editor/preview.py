"""The live preview: the published page as QTextBrowser shows it, never touching the network.

The HTML comes from ``render_page(..., standalone=False)`` (already sanitised,
remote images replaced by placeholders). As a second line of defence the
browser itself loads nothing but the local ``file:`` images the worker read
(:mod:`preview_images`: regular files only, size-capped, off the GUI thread): any other URL
(``http``, ``https``, protocol-relative, ``data:``, ``qrc:``, a ``file://host``
network path) gets an empty answer. Clicked links are not opened; the pane
shows them in the status bar. A photo stored in the database (``desk-media:<sha256>``)
is handed over by the pane (:meth:`SafeBrowser.set_media`), never fetched here.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desk_app.ui.editor.preview_images import resource_key
from desk_app.ui.i18n import on_language_change, translate

__all__ = ["PREVIEW_BODY_PX", "PreviewPane", "SafeBrowser", "is_local_resource"]

PREVIEW_BODY_PX = 13
"""The preview's body size: a column beside the editor is narrower than a web page (the export
keeps 16 px); the notice is still exactly twice the body size (26 px)."""
PREVIEW_MIN_WIDTH = 200
NOTICE_PADDING_PX = 14   # the notice block's padding and border on each side (rendering.notice_style)


def is_local_resource(url: QUrl) -> bool:
    """A ``file:`` URL on this computer (no host, or localhost)."""
    return url.scheme().lower() == "file" and url.host().lower() in ("", "localhost")


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that only ever reads local files and opens nothing."""

    sig_link_clicked = Signal(str)
    """The user clicked a link in the preview (its address); nothing was opened."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # addresses asked for and refused (for the curious, and tests)
        self._media: tuple[str, QImage] | None = None
        self.images: dict[str, QImage] = {}  # the local images the current page may show, by URL
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDocumentMargin(18)

    def set_media(self, sha256: str, data: bytes) -> None:
        """The stored photo the next page shows (its web rendition's bytes)."""
        self._media = (sha256, QImage.fromData(data))

    def media_key(self) -> str:
        return self._media[0] if self._media else ""

    def _media_image(self, sha256: str) -> QImage | None:
        if not self._media or self._media[0] != sha256 or self._media[1].isNull():
            return None
        image = self._media[1]
        # the width the text gets once the vertical scroll bar is there (a long page always has one)
        scroll_bar = 0 if self.verticalScrollBar().isVisible() else self.verticalScrollBar().sizeHint().width()
        width = max(self.viewport().width() - scroll_bar - 2 * int(self.document().documentMargin()) - 4, 80)
        if image.width() > width:  # QTextDocument knows no max-width: fit the column
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "desk-media":
            return self._media_image(url.path())
        if is_local_resource(url):  # read by the preview's worker (preview_images); never here
            image = self.images.get(resource_key(url))
            if image is not None:
                return image
        if len(self.refused) < 1000:
            self.refused.append(url.toString())
        return None

    def _on_anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.scrollToAnchor(url.fragment())
            return
        self.sig_link_clicked.emit(url.toString())


class PreviewPane(QWidget):
    """A header ("Preview" + state) over the browser; keeps the scroll position across refreshes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.browser = SafeBrowser(self)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setObjectName("previewBrowser")
        font = QFont(["PT Serif", "Noto Serif", "DejaVu Serif", "Georgia", "serif"])
        font.setPixelSize(PREVIEW_BODY_PX)
        self.browser.document().setDefaultFont(font)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.state = QLabel("", self)
        self.state.setObjectName("hint")
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 6)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout.addWidget(line)
        layout.addWidget(self.browser, 1)
        self._ratio = 0.0
        self._fitted_notice = ""
        self.html = ""
        self.setMinimumWidth(PREVIEW_MIN_WIDTH)   # never squeezed into a column of single letters
        self._updating = False
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.title.setText(translate("PreviewPane", "Preview"))
        if self._updating:
            self.set_updating(True)

    def fit_notice(self, notice: str) -> None:
        """Never narrower than the notice's longest word at twice the body size, with the block's
        padding, the page margins and the scroll bar: the notice then wraps only between words."""
        if not notice or notice == self._fitted_notice:
            return
        self._fitted_notice = notice
        font = QFont(self.browser.document().defaultFont())
        font.setPixelSize(PREVIEW_BODY_PX * 2)
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(word) for word in notice.split())
        margins = 2 * round(self.browser.document().documentMargin()) + 2 * NOTICE_PADDING_PX
        scroll_bar = self.browser.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(PREVIEW_MIN_WIDTH, widest + margins + scroll_bar + 2 * self.browser.frameWidth() + 8))

    def set_html(self, html: str) -> None:
        bar = self.browser.verticalScrollBar()
        self.html = html
        self.browser.setHtml(html)
        self.state.setText("")
        if bar.maximum():
            self.scroll_to_ratio(self._ratio)

    def set_updating(self, updating: bool) -> None:
        self._updating = updating
        self.state.setText(translate("PreviewPane", "Updating…") if updating else "")

    def scroll_to_ratio(self, ratio: float) -> None:
        """Scroll so that the same share of the page is above the top as in the editor."""
        self._ratio = min(max(ratio, 0.0), 1.0)
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(bar.maximum() * self._ratio))

    def text(self) -> str:
        return self.browser.toPlainText()
