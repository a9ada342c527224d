"""The pairing view's side panel for the current pair: what changed in the source, earlier
translations (translation memory) and glossary entries. Nothing here ever changes the translation
by itself: clicking a suggestion or a term asks the view to insert it."""
from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.memory import GlossaryEntry, Suggestion
from desk_app.domain.textdiff import side_by_side_html
from desk_app.services.pairing_types import PairInfo
from desk_app.ui.pairing.model import STATE_COLOURS, STATE_LABELS

_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; color: #24292f; margin-top: 6px;")
    return label


class _RichList(QListWidget):
    """A list whose items are word-wrapped labels that keep fitting the width."""

    @staticmethod
    def fit(widget: QListWidget, item: QListWidgetItem) -> None:
        label = widget.itemWidget(item)
        if label is None:
            return
        width = max(120, widget.viewport().width() - 2)
        height = label.heightForWidth(width)
        item.setSizeHint(QSize(width, height if height > 0 else label.sizeHint().height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for row in range(self.count()):
            self.fit(self, self.item(row))


class PairSidePanel(QWidget):
    """Details of the current pair; emits the text a translator chose to insert."""

    sig_insert_requested = Signal(str)
    """The translator clicked a suggestion or glossary term: the text to insert into the target."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairSidePanel")
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(4)
        self.title = QLabel("Select a paragraph")
        self.title.setObjectName("pairTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #57606a;")
        layout.addWidget(self.title)
        layout.addWidget(self.details)

        self.change_box = QFrame()
        self.change_box.setObjectName("sourceChange")
        self.change_box.setStyleSheet("#sourceChange { background: #fff5f5; border: 1px solid #ffcecb;"
                                      " border-radius: 6px; }")
        grid = QGridLayout(self.change_box)
        grid.setContentsMargins(8, 6, 8, 8)
        explain = QLabel("The original changed since this pair was translated:")
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #82071e; font-weight: 600;")
        grid.addWidget(explain, 0, 0, 1, 2)
        grid.addWidget(QLabel("As translated"), 1, 0)
        grid.addWidget(QLabel("Now"), 1, 1)
        self.old_source = QTextBrowser()
        self.new_source = QTextBrowser()
        for browser, name in ((self.old_source, "Source as translated"), (self.new_source, "Source now")):
            browser.setAccessibleName(name)
            browser.setOpenLinks(False)
            browser.setMinimumHeight(90)
            browser.setStyleSheet("QTextBrowser { background: white; border: 1px solid #d0d7de; }")
        grid.addWidget(self.old_source, 2, 0)
        grid.addWidget(self.new_source, 2, 1)
        layout.addWidget(self.change_box)

        layout.addWidget(_heading("Translation memory"))
        self.memory_hint = QLabel("")
        self.memory_hint.setWordWrap(True)
        self.memory_hint.setStyleSheet("color: #57606a;")
        layout.addWidget(self.memory_hint)
        self.suggestions = _RichList()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName("Earlier translations; click one to insert it")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.suggestions.itemClicked.connect(self._clicked)
        layout.addWidget(self.suggestions, 3)

        layout.addWidget(_heading("Glossary"))
        self.glossary = _RichList()
        self.glossary.setObjectName("glossaryHits")
        self.glossary.setAccessibleName("Glossary entries in this paragraph; click one to insert it")
        self.glossary.itemClicked.connect(self._clicked)
        layout.addWidget(self.glossary, 2)
        self.show_pair(None)

    # -- content -----------------------------------------------------------------------
    def show_pair(self, pair: PairInfo | None, state: str | None = None, kind: str = "pair") -> None:
        self.suggestions.clear()
        self.glossary.clear()
        self.memory_hint.setText("")
        if pair is None:
            self.title.setText({"headline": "Headline", "lede": "Lede"}.get(kind, "Select a paragraph"))
            self.details.setText("")
            self.change_box.hide()
            return
        state = state or pair.effective_state
        colour = STATE_COLOURS.get(state, "#57606a")
        self.title.setText(f"Pair {pair.ordinal + 1} · <span style='color:{colour}'>{STATE_LABELS.get(state)}</span>")
        lines = []
        if pair.marked_by and pair.marked_at:
            lines.append(f"Marked {pair.state} by {pair.marked_by}, {pair.marked_at:%d %b %Y %H:%M} UTC.")
        if pair.origin == "manual":
            lines.append("Aligned by hand; re-aligning keeps it.")
        if not pair.source:
            lines.append("This translation paragraph has no counterpart in the original.")
        elif not pair.target:
            lines.append("Not translated yet.")
        self.details.setText(" ".join(lines))
        if state == "needs_update" and pair.new_source is not None:
            old, new = side_by_side_html(pair.old_source or "", pair.new_source)
            self.old_source.setHtml(old)
            self.new_source.setHtml(new)
            self.change_box.show()
        else:
            self.change_box.hide()

    def show_memory(self, suggestions: list[Suggestion], glossary: list[GlossaryEntry], current_target: str,
                    translation_id: str | None = None) -> None:
        self.suggestions.clear()
        shown = [s for s in suggestions if " ".join(s.target.split()) != " ".join(current_target.split())]
        for s in shown:
            where = "this translation, earlier" if s.translation_id == translation_id else "another translation"
            what = "whole paragraph" if s.kind == "paragraph" else "one sentence"
            who = f" · {s.marked_by}" if s.marked_by else ""
            when = f" · {s.marked_at:%d %b %Y}" if s.marked_at else ""
            self._add(self.suggestions, s.target, f"{what} · {where}{who}{when}",
                      f"Translated before: {s.source}\nClick to insert into the translation.")
        self.memory_hint.setText("Click an earlier translation to insert it." if shown
                                 else "No earlier translation of this paragraph or its sentences.")
        self.glossary.clear()
        for e in glossary:
            self._add(self.glossary, e.target_term, f"{e.kind}" + (f" · {e.note}" if e.note else ""),
                      "Click to insert the English term.", lead=f"{e.source_term} → ")
        if not glossary:
            placeholder = QListWidgetItem("No glossary terms in this paragraph.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.glossary.addItem(placeholder)

    @staticmethod
    def _add(widget: QListWidget, text: str, note: str, tip: str, lead: str = "") -> None:
        """An item showing ``lead`` + ``text`` with a grey ``note`` under it; its data is ``text``."""
        item = QListWidgetItem()
        item.setData(_TEXT_ROLE, text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{lead}{text} ({note})")
        item.setToolTip(tip)
        label = QLabel(f"{html.escape(lead)}<b>{html.escape(text)}</b><br>"
                       f"<span style='color:#57606a; font-size:small'>{html.escape(note)}</span>")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        widget.addItem(item)
        widget.setItemWidget(item, label)
        _RichList.fit(widget, item)

    def text_of(self, widget: QListWidget, row: int) -> str:
        """The text a click on item ``row`` would insert (tests and accessibility)."""
        return str(widget.item(row).data(_TEXT_ROLE) or widget.item(row).text())

    def _clicked(self, item: QListWidgetItem) -> None:
        text = item.data(_TEXT_ROLE)
        if text:
            self.sig_insert_requested.emit(str(text))
