"""The save-conflict dialog: their text and mine side by side, an editable merge, three choices.

Design notes: docs/architecture.md, “desk_app.ui.conflict.dialog”.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.textdiff import DEL_STYLE, INS_STYLE, side_by_side_html
from desk_app.services.conflicts import ConflictCase, resolve_markers, unresolved_count
from desk_app.ui.domain_labels import field_label, number
from desk_app.ui.i18n import translate

MINE_BG = QColor("#e6f6ea")
THEIRS_BG = QColor("#fdf0e1")
MARKER_FG = QColor("#6b7280")


def _value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="minutes")
    return str(value)


class MarkerHighlighter(QSyntaxHighlighter):
    """Colours conflict blocks: marker lines grey, my side green, their side amber."""

    OUTSIDE, MINE, THEIRS = 0, 1, 2

    def __init__(self, document):
        super().__init__(document)
        self._marker = QTextCharFormat()
        self._marker.setForeground(MARKER_FG)
        self._marker.setFontWeight(QFont.Weight.Bold)
        self._mine = QTextCharFormat()
        self._mine.setBackground(MINE_BG)
        self._theirs = QTextCharFormat()
        self._theirs.setBackground(THEIRS_BG)

    def highlightBlock(self, text: str) -> None:
        state = max(self.previousBlockState(), self.OUTSIDE)
        stripped = text.rstrip()
        if stripped.startswith("<" * 7):
            self.setFormat(0, len(text), self._marker)
            self.setCurrentBlockState(self.MINE)
        elif stripped.startswith("=" * 7) and state == self.MINE:
            self.setFormat(0, len(text), self._marker)
            self.setCurrentBlockState(self.THEIRS)
        elif stripped.startswith(">" * 7):
            self.setFormat(0, len(text), self._marker)
            self.setCurrentBlockState(self.OUTSIDE)
        else:
            if state == self.MINE:
                self.setFormat(0, len(text), self._mine)
            elif state == self.THEIRS:
                self.setFormat(0, len(text), self._theirs)
            self.setCurrentBlockState(state)


class ConflictDialog(QDialog):
    """Shows a ConflictCase and lets the user keep mine, take theirs or use the merge."""

    sig_resolved = Signal(str, str, dict)
    """The user chose: "mine"/"theirs"/"merge", the merged body, field choices {name: "mine"|"theirs"}."""

    def __init__(self, case: ConflictCase, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("ConflictDialog", "Someone else saved this article"))
        self.case = case
        self.choice: str | None = None
        self._syncing = False
        self._field_combos: dict[str, QComboBox] = {}
        self._build()
        self._update_merge_state()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        case = self.case
        header = QLabel(_headline(case), self)
        header.setObjectName("conflictMessage")
        header.setWordWrap(True)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        legend = QLabel(translate(
            "ConflictDialog", '<span style="{theirs_style}">only in theirs</span>&nbsp;&nbsp;<span '
            'style="{mine_style}">only in mine</span>&nbsp;&nbsp;— whichever text you do not keep stays in the '
            "article's history.").format(theirs_style=DEL_STYLE, mine_style=INS_STYLE), self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)

        theirs_body = case.theirs.body if case.theirs is not None else ""
        left_html, right_html = side_by_side_html(theirs_body, case.mine.body)
        self.theirs_view = QTextBrowser(self)
        self.theirs_view.setObjectName("theirsView")
        self.theirs_view.setHtml(left_html if case.theirs is not None
                                 else translate("ConflictDialog", "<i>The article was removed.</i>"))
        self.mine_view = QTextBrowser(self)
        self.mine_view.setObjectName("mineView")
        self.mine_view.setHtml(right_html)
        who = case.saved_by or translate("ConflictDialog", "someone else")
        theirs_title = (translate("ConflictDialog", "Theirs — version {version}, saved by {name}").format(
            version=case.theirs.version, name=who) if case.theirs is not None
            else translate("ConflictDialog", "Theirs — removed"))
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(_titled(theirs_title, self.theirs_view, self))
        sides.addWidget(_titled(translate("ConflictDialog", "Mine — your unsaved text"), self.mine_view, self))
        sides.setChildrenCollapsible(False)
        sides.setStretchFactor(0, 1)
        sides.setStretchFactor(1, 1)
        sides.setSizes([500, 500])   # equal halves, kept in proportion when the dialog is resized
        self.theirs_view.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync_scroll(self.theirs_view, self.mine_view))
        self.mine_view.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync_scroll(self.mine_view, self.theirs_view))

        self.fields_view = QTreeWidget(self)
        self.fields_view.setObjectName("fieldsView")
        self.fields_view.setHeaderLabels([translate("ConflictDialog", "Field"), translate("ConflictDialog", "Theirs"),
                                          translate("ConflictDialog", "Mine"), translate("ConflictDialog", "Keep")])
        self.fields_view.setRootIsDecorated(False)
        self.fields_view.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_view.header().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_view.header().setStretchLastSection(False)
        for fm in case.fields:
            item = QTreeWidgetItem([field_label(fm.name), _value_text(fm.theirs), _value_text(fm.mine), ""])
            item.setToolTip(1, _value_text(fm.theirs))
            item.setToolTip(2, _value_text(fm.mine))
            self.fields_view.addTopLevelItem(item)
            if fm.conflict:
                combo = QComboBox(self.fields_view)
                combo.addItem(translate("ConflictDialog", "Mine"), "mine")
                combo.addItem(translate("ConflictDialog", "Theirs"), "theirs")
                self.fields_view.setItemWidget(item, 3, combo)
                self._field_combos[fm.name] = combo
            else:
                item.setText(3, translate("ConflictDialog", "theirs (only they changed it)") if fm.result == fm.theirs
                             else translate("ConflictDialog", "mine (only you changed it)"))
        self.fields_view.setVisible(bool(case.fields))
        self.fields_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        rows = min(len(case.fields), 4)
        row_height = max(self.fields_view.sizeHintForRow(0), 28) if case.fields else 28
        self.fields_view.setFixedHeight(self.fields_view.header().sizeHint().height() + row_height * rows + 6)

        self.merge_edit = QPlainTextEdit(self)
        self.merge_edit.setObjectName("mergeEdit")
        self.highlighter = MarkerHighlighter(self.merge_edit.document())   # before the text: colours at once
        self.merge_edit.setPlainText(case.merge_text)
        self.merge_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.merge_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.merge_edit.textChanged.connect(self._update_merge_state)
        self.merge_state = QLabel(self)
        self.merge_state.setObjectName("mergeState")
        self.merge_state.setWordWrap(True)
        self.all_mine_button = QPushButton(translate("ConflictDialog", "Mine in every marked place"), self)
        self.all_mine_button.setObjectName("allMine")
        self.all_theirs_button = QPushButton(translate("ConflictDialog", "Theirs in every marked place"), self)
        self.all_theirs_button.setObjectName("allTheirs")
        self.all_mine_button.clicked.connect(lambda: self._resolve_all("mine"))
        self.all_theirs_button.clicked.connect(lambda: self._resolve_all("theirs"))
        merge_tools = QHBoxLayout()
        merge_tools.addWidget(self.merge_state, 1)
        merge_tools.addWidget(self.all_mine_button)
        merge_tools.addWidget(self.all_theirs_button)
        merge_box = QWidget(self)
        merge_layout = QVBoxLayout(merge_box)
        merge_layout.setContentsMargins(0, 0, 0, 0)
        merge_layout.addWidget(_bold(translate("ConflictDialog", "Merged result — edit freely"), self))
        merge_layout.addWidget(self.merge_edit, 1)
        merge_layout.addLayout(merge_tools)

        panes = QSplitter(Qt.Orientation.Vertical, self)
        panes.addWidget(sides)
        panes.addWidget(merge_box)
        panes.setStretchFactor(0, 1)
        panes.setStretchFactor(1, 1)
        panes.setChildrenCollapsible(False)

        self.mine_button = QPushButton(translate("ConflictDialog", "Keep mine") if case.theirs is not None
                                       else translate("ConflictDialog", "Keep mine as a new article"), self)
        self.mine_button.setObjectName("keepMine")
        self.theirs_button = QPushButton(translate("ConflictDialog", "Take theirs"), self)
        self.theirs_button.setObjectName("takeTheirs")
        self.merge_button = QPushButton(translate("ConflictDialog", "Use merge"), self)
        self.merge_button.setObjectName("useMerge")
        self.later_button = QPushButton(translate("ConflictDialog", "Decide later"), self)
        self.later_button.setObjectName("decideLater")
        self.later_button.setToolTip(translate("ConflictDialog", "Close this and keep editing; nothing is saved yet."))
        self.theirs_button.setEnabled(case.theirs is not None)
        self.merge_button.setDefault(True)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            buttons.addWidget(button)

        outer = QVBoxLayout(self)
        outer.addWidget(header)
        outer.addWidget(legend)
        outer.addWidget(self.fields_view)
        outer.addWidget(panes, 1)
        outer.addLayout(buttons)
        self.resize(1100, 760)

    # -- behaviour ---------------------------------------------------------------------------
    def _sync_scroll(self, source: QTextBrowser, target: QTextBrowser) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            src, dst = source.verticalScrollBar(), target.verticalScrollBar()
            fraction = src.value() / src.maximum() if src.maximum() else 0.0
            dst.setValue(round(fraction * dst.maximum()))
        finally:
            self._syncing = False

    def _resolve_all(self, side: str) -> None:
        self.merge_edit.setPlainText(resolve_markers(self.merge_edit.toPlainText(), side))

    def _update_merge_state(self) -> None:
        left = unresolved_count(self.merge_edit.toPlainText())
        self.merge_button.setEnabled(left == 0)
        self.all_mine_button.setEnabled(left > 0)
        self.all_theirs_button.setEnabled(left > 0)
        if left:
            self.merge_state.setText(
                (translate("ConflictDialog", "{count} paragraph both of you changed is marked: keep the words you "
                           "want and delete the marker lines, or use the buttons.") if left == 1
                 else translate("ConflictDialog", "{count} places both of you changed are marked: keep the words "
                                "you want and delete the marker lines, or use the buttons."))
                .format(count=number(left)))
            self.merge_state.setStyleSheet("color: #92400e;")
            self.merge_button.setToolTip(translate("ConflictDialog", "Resolve the marked paragraphs first."))
        else:
            self.merge_state.setText(translate("ConflictDialog", "No conflicts left: “Use merge” saves this text."))
            self.merge_state.setStyleSheet("color: #055d20;")
            self.merge_button.setToolTip("")

    def _choose(self, choice: str) -> None:
        if choice == "merge" and unresolved_count(self.merge_edit.toPlainText()):
            return
        self.choice = choice
        self.sig_resolved.emit(choice, self.merged_text(), self.field_choices())
        self.accept()

    def merged_text(self) -> str:
        return self.merge_edit.toPlainText()

    def field_choices(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self._field_combos.items()}


def _headline(case: ConflictCase) -> str:
    """The dialog's one sentence: who saved what (the service's sentence, worded in the interface's language)."""
    if case.theirs is None:
        return translate("ConflictDialog", "The article was removed by someone else while you edited it; keep your "
                         "text as a new article.")
    opened = (translate("ConflictDialog", "version {version}").format(version=case.mine.version) if case.mine.version
              else translate("ConflictDialog", "it"))
    return translate("ConflictDialog", "{name} saved this article (version {version}) after you opened {opened}; "
                     "compare the two texts and choose what to keep — nothing is lost either way.").format(
        name=case.saved_by or translate("ConflictDialog", "Someone else"), version=case.theirs.version, opened=opened)


def _bold(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(_bold(title, box))
    layout.addWidget(widget, 1)
    return box
