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
from desk_app.ui.domain_labels import date_time
from desk_app.ui.i18n import on_language_change, translate
from desk_app.ui.pairing.model import STATE_COLOURS, state_label

_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading() -> QLabel:
    label = QLabel()
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
        self.title = QLabel()
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
        explain = self.change_explain = QLabel()
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #82071e; font-weight: 600;")
        grid.addWidget(explain, 0, 0, 1, 2)
        self.as_translated = QLabel()
        self.now = QLabel()
        grid.addWidget(self.as_translated, 1, 0)
        grid.addWidget(self.now, 1, 1)
        self.old_source = QTextBrowser()
        self.new_source = QTextBrowser()
        for browser in (self.old_source, self.new_source):
            browser.setOpenLinks(False)
            browser.setMinimumHeight(90)
            browser.setStyleSheet("QTextBrowser { background: white; border: 1px solid #d0d7de; }")
        grid.addWidget(self.old_source, 2, 0)
        grid.addWidget(self.new_source, 2, 1)
        layout.addWidget(self.change_box)

        self.memory_heading = _heading()
        layout.addWidget(self.memory_heading)
        self.memory_hint = QLabel("")
        self.memory_hint.setWordWrap(True)
        self.memory_hint.setStyleSheet("color: #57606a;")
        layout.addWidget(self.memory_hint)
        self.suggestions = _RichList()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.suggestions.itemClicked.connect(self._clicked)
        layout.addWidget(self.suggestions, 3)

        self.glossary_heading = _heading()
        layout.addWidget(self.glossary_heading)
        self.glossary = _RichList()
        self.glossary.setObjectName("glossaryHits")
        self.glossary.itemClicked.connect(self._clicked)
        layout.addWidget(self.glossary, 2)
        self._shown: tuple = (None, None, "pair")             # show_pair's arguments, shown again on a switch
        self._memory: tuple | None = None                      # show_memory's, likewise
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.change_explain.setText(translate("PairSidePanel", "The original changed since this pair was translated:"))
        self.as_translated.setText(translate("PairSidePanel", "As translated"))
        self.now.setText(translate("PairSidePanel", "Now"))
        self.old_source.setAccessibleName(translate("PairSidePanel", "Source as translated"))
        self.new_source.setAccessibleName(translate("PairSidePanel", "Source now"))
        self.memory_heading.setText(translate("PairSidePanel", "Translation memory"))
        self.suggestions.setAccessibleName(translate("PairSidePanel", "Earlier translations; click one to insert it"))
        self.glossary_heading.setText(translate("PairSidePanel", "Glossary"))
        self.glossary.setAccessibleName(translate("PairSidePanel",
                                                  "Glossary entries in this paragraph; click one to insert it"))
        memory = self._memory
        self.show_pair(*self._shown)
        if memory is not None:
            self.show_memory(*memory)

    # -- content -----------------------------------------------------------------------
    def show_pair(self, pair: PairInfo | None, state: str | None = None, kind: str = "pair") -> None:
        self._shown = (pair, state, kind)
        self._memory = None
        self.suggestions.clear()
        self.glossary.clear()
        self.memory_hint.setText("")
        if pair is None:
            self.title.setText({"headline": translate("PairSidePanel", "Headline"),
                                "lede": translate("PairSidePanel", "Lede")}.get(
                kind, translate("PairSidePanel", "Select a paragraph")))
            self.details.setText("")
            self.change_box.hide()
            return
        state = state or pair.effective_state
        colour = STATE_COLOURS.get(state, "#57606a")
        self.title.setText(translate("PairSidePanel", "Pair {number} · {state}").format(
            number=pair.ordinal + 1, state=f"<span style='color:{colour}'>{state_label(state)}</span>"))
        lines = []
        if pair.marked_by and pair.marked_at:
            lines.append(translate("PairSidePanel", "Marked {state} by {name}, {when} UTC.").format(
                state=state_label(pair.state).lower(), name=pair.marked_by, when=date_time(pair.marked_at)))
        if pair.origin == "manual":
            lines.append(translate("PairSidePanel", "Aligned by hand; re-aligning keeps it."))
        if not pair.source:
            lines.append(translate("PairSidePanel", "This translation paragraph has no counterpart in the original."))
        elif not pair.target:
            lines.append(translate("PairSidePanel", "Not translated yet."))
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
        self._memory = (suggestions, glossary, current_target, translation_id)
        self.suggestions.clear()
        shown = [s for s in suggestions if " ".join(s.target.split()) != " ".join(current_target.split())]
        for s in shown:
            where = (translate("PairSidePanel", "this translation, earlier") if s.translation_id == translation_id
                     else translate("PairSidePanel", "another translation"))
            what = (translate("PairSidePanel", "whole paragraph") if s.kind == "paragraph"
                    else translate("PairSidePanel", "one sentence"))
            who = f" · {s.marked_by}" if s.marked_by else ""
            when = f" · {date_time(s.marked_at, with_time=False)}" if s.marked_at else ""
            self._add(self.suggestions, s.target, f"{what} · {where}{who}{when}",
                      translate("PairSidePanel", "Translated before: {source}\nClick to insert into the translation.")
                      .format(source=s.source))
        self.memory_hint.setText(translate("PairSidePanel", "Click an earlier translation to insert it.") if shown
                                 else translate("PairSidePanel", "No earlier translation of this paragraph or its "
                                                "sentences."))
        self.glossary.clear()
        for e in glossary:
            kind = {"place": translate("PairSidePanel", "place"), "person": translate("PairSidePanel", "person"),
                    "organisation": translate("PairSidePanel", "organisation"),
                    "term": translate("PairSidePanel", "term")}.get(e.kind, e.kind)
            self._add(self.glossary, e.target_term, kind + (f" · {e.note}" if e.note else ""),
                      translate("PairSidePanel", "Click to insert the English term."), lead=f"{e.source_term} → ")
        if not glossary:
            placeholder = QListWidgetItem(translate("PairSidePanel", "No glossary terms in this paragraph."))
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
