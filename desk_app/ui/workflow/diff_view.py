"""The word-level difference between two revisions, field by field, in a QTextBrowser.

How to wire it: :class:`~desk_app.ui.workflow.history.HistoryPanel` embeds
one under its revision list. On its own::

    view = RevisionDiffView()
    view.show_diff(ws.workflow.compare(id, 2, 4), older_info, newer_info)   # RevisionInfo of 2 and 4

The HTML of each field comes from ``ws.workflow.compare`` as it is
(``<del>``/``<ins>`` with inline colours: deletions red and struck through,
insertions green and underlined). Fields are shown headline first, then the
lede and the other metadata, the body last. Long texts are cut into
paragraphs and runs of unchanged paragraphs fold into one grey line, so a
two-word fix in a long read is on screen at once; ``set_collapse_unchanged
(False)`` shows the whole text.
"""
from __future__ import annotations

import html
import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from desk_app.domain.article import status_word
from desk_app.domain.textdiff import DEL_STYLE, INS_STYLE
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.workflow.common import DISPLAY_ZONE, MUTED, STATUS_COLOURS, format_time

_WRAPPER = re.compile(r'^\s*<div class="desk-diff"[^>]*>(.*)</div>\s*$', re.S)
_MARK = re.compile(r"<(del|ins)\b[^>]*>.*?</\1>", re.S)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

FIELD_ORDER = ("headline", "lede", "byline", "dateline_place", "source", "tags", "slug", "language",
               "time_zone", "published_at", "photo", "photo_media", "photo_caption", "photo_credit", "photo_source",
               "ednote", "status", "body")
"""Headline, then metadata, the body last (a field not named here goes before the body)."""

_STYLE = f"""
body {{ color: #1f2328; }}
p {{ margin-top: 0px; margin-bottom: 0px; }}
.rev {{ font-size: 12pt; font-weight: 600; }}
.meta {{ color: {MUTED}; }}
.label {{ color: #57606a; font-size: 8.5pt; font-weight: 700; }}
.text {{ white-space: pre-wrap; line-height: 135%; }}
.gap {{ color: #8c959f; font-style: italic; font-size: 9pt; }}
.headline {{ font-size: 14pt; font-weight: 600; line-height: 120%; }}
.lede {{ font-size: 11pt; font-weight: 600; }}
.hint {{ color: {MUTED}; font-size: 11pt; }}
"""


def _paragraphs(fragment: str) -> list[tuple[str, bool]]:
    """Split a diff fragment into (html, changed) paragraphs, never inside a <del>/<ins>."""
    match = _WRAPPER.match(fragment)
    inner = match.group(1) if match else fragment
    paragraphs: list[list[str]] = [[]]
    changed = [False]

    def add_equal(text: str) -> None:
        chunks = _PARAGRAPH_BREAK.split(text)
        paragraphs[-1].append(chunks[0])
        for chunk in chunks[1:]:
            paragraphs.append([chunk])
            changed.append(False)

    pos = 0
    for mark in _MARK.finditer(inner):
        add_equal(inner[pos:mark.start()])
        whole = mark.group(0)
        opening, closing = whole[:whole.index(">") + 1], f"</{mark.group(1)}>"
        text = whole[len(opening):-len(closing)]
        chunks = _PARAGRAPH_BREAK.split(text)
        if len(chunks) > 1 and not any(c.strip() for c in chunks):
            # only a paragraph break was deleted (paragraphs joined) or inserted (one split)
            paragraphs[-1].append(f"{opening}¶{closing}")
            changed[-1] = True
        else:
            # a mark spanning paragraphs is cut at each break, so whole paragraphs stand alone
            for i, chunk in enumerate(chunks):
                if i > 0:
                    paragraphs.append([])
                    changed.append(False)
                if chunk:
                    paragraphs[-1].append(f"{opening}{chunk}{closing}")
                    changed[-1] = True
        pos = mark.end()
    add_equal(inner[pos:])
    out = []
    for pieces, was_changed in zip(paragraphs, changed, strict=False):
        text = "".join(pieces)
        if was_changed or text.strip():
            out.append((text.strip("\n"), was_changed))
    return out


def _state(status: str) -> str:
    return localized(status_word(status))


def _gap(count: int) -> str:
    text = (translate("RevisionDiffView", "%n unchanged paragraph", "", count) if count == 1
            else translate("RevisionDiffView", "%n unchanged paragraphs", "", count))
    return f'<p class="gap" style="margin-bottom:10px;">⋯ {html.escape(text)}</p>'


class RevisionDiffView(QTextBrowser):
    """Two revisions compared: a header naming both, then each changed field and its diff."""

    def __init__(self, parent: QWidget | None = None, *, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self.setObjectName("revisionDiffView")
        self.setOpenLinks(False)
        self._zone = zone
        self._collapse = True
        self._diffs: list = []
        self._older = None
        self._newer = None
        self._html = ""
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(_STYLE)
        self.document().setDocumentMargin(14)
        self.setStyleSheet("QTextBrowser#revisionDiffView { background: #ffffff; border: none; }")
        self.show_message(translate("RevisionDiffView", "Select a revision to see what it changed, or Ctrl+click two "
                                    "revisions to compare them."))
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        if self._older is not None and self._newer is not None:
            self._render()

    # -- public -----------------------------------------------------------------
    def show_diff(self, diffs: list, older, newer) -> None:
        """Render ``diffs`` (FieldDiff list from ws.workflow.compare) between RevisionInfo ``older`` and ``newer``."""
        self._diffs, self._older, self._newer = list(diffs), older, newer
        self._render()

    def show_message(self, text: str) -> None:
        self._diffs, self._older, self._newer = [], None, None
        self._set_html(f'<p class="hint" style="margin-top:8px;">{html.escape(text)}</p>')

    def set_collapse_unchanged(self, collapse: bool) -> None:
        self._collapse = bool(collapse)
        if self._older is not None:
            self._render()

    def collapse_unchanged(self) -> bool:
        return self._collapse

    def diffs(self) -> list:
        """The FieldDiffs on show (empty while a message is shown)."""
        return list(self._diffs)

    def diff_html(self) -> str:
        """The HTML given to the browser: the service's <del>/<ins> marks, cut at paragraph breaks."""
        return self._html

    def compared(self) -> tuple[int, int] | None:
        """(older, newer) revision numbers on show, or None."""
        if self._older is None or self._newer is None:
            return None
        return self._older.number, self._newer.number

    # -- rendering ----------------------------------------------------------------
    def _render(self) -> None:
        parts = [self._header()]
        if not self._diffs:
            same = translate("RevisionDiffView", "The two revisions have the same text, metadata and state.")
            parts.append(f'<p class="hint" style="margin-top:16px;">{html.escape(same)}</p>')
        rank = {name: i for i, name in enumerate(FIELD_ORDER)}
        ordered = sorted(self._diffs, key=lambda d: rank.get(d.field, rank["body"] - 0.5))
        for diff in ordered:
            parts.append(self._field(diff))
        self._set_html("".join(parts))

    def _header(self) -> str:
        older, newer = self._older, self._newer
        count = len(self._diffs)
        if count == 0:
            summary = translate("RevisionDiffView", "no field changed")
        elif count == 1:
            summary = translate("RevisionDiffView", "%n field changed", "", count)
        else:
            summary = translate("RevisionDiffView", "%n fields changed", "", count)
        deleted = html.escape(translate("RevisionDiffView", "deleted"))
        inserted = html.escape(translate("RevisionDiffView", "inserted"))
        legend = (f'<span style="{DEL_STYLE}">&nbsp;{deleted}&nbsp;</span>&nbsp;&nbsp;'
                  f'<span style="{INS_STYLE}">&nbsp;{inserted}&nbsp;</span>')
        return (
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom:6px;"><tr>'
            f'<td width="46%">{self._side(older)}</td>'
            '<td width="8%" align="center" valign="middle" style="color:#8c959f; font-size:16pt;">→</td>'
            f'<td width="46%">{self._side(newer)}</td>'
            '</tr></table>'
            f'<p class="meta" style="margin-top:4px; margin-bottom:14px;">{summary}'
            f'&nbsp;&nbsp;·&nbsp;&nbsp;{legend}</p>'
        )

    def _side(self, info) -> str:
        who = html.escape(info.author_login or translate("RevisionDiffView", "unknown"))
        state = html.escape(_state(info.to_status))
        colour = STATUS_COLOURS.get(info.to_status, MUTED)
        revision = html.escape(translate("RevisionDiffView", "Revision {number}").format(number=info.number))
        return (f'<p class="rev">{revision}</p>'
                f'<p class="meta">{html.escape(format_time(info.created_at, self._zone))} · {who} · '
                f'<span style="color:{colour}; font-weight:600;">{state}</span></p>')

    def _field(self, diff) -> str:
        label = (f'<p class="label" style="margin-top:6px; margin-bottom:4px;">'
                 f'{html.escape(localized(diff.label).upper())}</p>')
        if diff.field == "status" and self._older is not None and self._newer is not None:
            return label + self._state_line(self._older.to_status, self._newer.to_status)
        css = {"headline": "headline", "lede": "lede"}.get(diff.field, "")
        # a thin space keeps a replaced word and its replacement apart on screen
        paragraphs = _paragraphs(diff.html.replace("</del><ins", "</del>\u2009<ins"))
        rows: list[str] = []
        hidden = 0
        for text, changed in paragraphs:
            if self._collapse and not changed and len(paragraphs) > 1:
                hidden += 1
                continue
            if hidden:
                rows.append(_gap(hidden))
                hidden = 0
            rows.append(f'<p class="text {css}" style="margin-bottom:10px;">{text}</p>')
        if hidden:
            rows.append(_gap(hidden))
        if rows:  # the last paragraph needs no space under it
            rows[-1] = rows[-1].replace("margin-bottom:10px;", "margin-bottom:0px;", 1)
        return (
            label +
            '<table width="100%" cellspacing="0" cellpadding="10" '
            'style="border: 1px solid #d8dee4; border-collapse: collapse; background-color: #f8fafc; '
            'margin-bottom: 14px;"><tr><td>'
            + "".join(rows) +
            '</td></tr></table>'
        )

    @staticmethod
    def _state_line(old: str, new: str) -> str:
        def pill(state: str) -> str:
            colour = STATUS_COLOURS.get(state, MUTED)
            return f'<span style="color:{colour}; font-weight:600;">{html.escape(_state(state))}</span>'

        return (f'<p style="margin-top:2px; margin-bottom:16px;">{pill(old)}'
                f'<span style="color:#8c959f;">&nbsp;&nbsp;→&nbsp;&nbsp;</span>{pill(new)}</p>')

    def _set_html(self, body: str) -> None:
        self._html = body
        self.setHtml(body)
