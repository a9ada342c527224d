"""An article's history: every save and transition, any two compared, any one restored.

Design notes: docs/architecture.md, “desk_app.ui.workflow.history”.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import status_word
from desk_app.domain.workflow import ArticleFacts, can_edit
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.workflow.common import DISPLAY_ZONE, MUTED, STATUS_COLOURS, TABLE_STYLE, format_time, user_sentence
from desk_app.ui.workflow.diff_view import RevisionDiffView

__all__ = ["HistoryPanel", "RevisionTableModel", "action_label"]

_ACTION_LABELS = {  # English; shown through translate("HistoryPanel", ...)
    "create": QT_TRANSLATE_NOOP("HistoryPanel", "Created"),
    "save": QT_TRANSLATE_NOOP("HistoryPanel", "Saved"),
    "submit": QT_TRANSLATE_NOOP("HistoryPanel", "Submitted"),
    "approve": QT_TRANSLATE_NOOP("HistoryPanel", "Approved"),
    "return": QT_TRANSLATE_NOOP("HistoryPanel", "Returned"),
    "publish": QT_TRANSLATE_NOOP("HistoryPanel", "Published"),
    "spike": QT_TRANSLATE_NOOP("HistoryPanel", "Spiked"),
    "unspike": QT_TRANSLATE_NOOP("HistoryPanel", "Unspiked"),
    "correct": QT_TRANSLATE_NOOP("HistoryPanel", "Correction started"),
    "publish_correction": QT_TRANSLATE_NOOP("HistoryPanel", "Correction published"),
    "restore": QT_TRANSLATE_NOOP("HistoryPanel", "Restored"),
    "import": QT_TRANSLATE_NOOP("HistoryPanel", "Imported"),
    "duplicate": QT_TRANSLATE_NOOP("HistoryPanel", "Duplicated"),
    "translate": QT_TRANSLATE_NOOP("HistoryPanel", "Translation started"),
}


def action_label(action: str) -> str:
    """"approve" → "Approved", "publish_correction" → "Correction published"."""
    known = _ACTION_LABELS.get(action)
    return translate("HistoryPanel", known) if known else action.replace("_", " ").capitalize()


def _select_hint() -> str:
    return translate("HistoryPanel", "Select a revision to see what it changed, or Ctrl+click two revisions to "
                     "compare them.")


def _state(status: str | None) -> str:
    return localized(status_word(status or ""))


_Index = QModelIndex | QPersistentModelIndex


class RevisionTableModel(QAbstractTableModel):
    """Revisions of one article, newest first."""

    COLUMNS = ("#", QT_TRANSLATE_NOOP("HistoryPanel", "Time"), QT_TRANSLATE_NOOP("HistoryPanel", "Author"),
               QT_TRANSLATE_NOOP("HistoryPanel", "Action"), QT_TRANSLATE_NOOP("HistoryPanel", "State"),
               QT_TRANSLATE_NOOP("HistoryPanel", "Note"))
    NUMBER, TIME, AUTHOR, ACTION, STATE, NOTE = range(6)
    RevisionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None, *, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self._zone = zone
        self._rows: list = []   # RevisionInfo, newest first

    def set_revisions(self, revisions: list) -> None:
        self.beginResetModel()
        self._rows = sorted(revisions, key=lambda r: r.number, reverse=True)
        self.endResetModel()

    def revisions(self) -> list:
        """Newest first."""
        return list(self._rows)

    def revision(self, row: int):
        return self._rows[row]

    def row_of(self, number: int) -> int | None:
        for row, info in enumerate(self._rows):
            if info.number == number:
                return row
        return None

    def previous_number(self, number: int) -> int | None:
        older = [r.number for r in self._rows if r.number < number]
        return max(older) if older else None

    def latest_number(self) -> int | None:
        return self._rows[0].number if self._rows else None

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("HistoryPanel", self.COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        info = self._rows[index.row()]
        col = index.column()
        changed = info.from_status is not None and info.from_status != info.to_status
        if role == self.RevisionRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return str(info.number)
            if col == self.TIME:
                return format_time(info.created_at, self._zone)
            if col == self.AUTHOR:
                return info.author_login or "—"
            if col == self.ACTION:
                return action_label(info.action)
            if col == self.STATE:
                return f"{_state(info.from_status)} → {_state(info.to_status)}" if changed else _state(info.to_status)
            if col == self.NOTE:
                return " ".join((info.note or "").split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NOTE and info.note:
                return info.note
            if col == self.STATE:
                if changed:
                    return translate("HistoryPanel", "State changed from {before} to {after}").format(
                        before=_state(info.from_status), after=_state(info.to_status))
                return translate("HistoryPanel", "State stayed {state}").format(state=_state(info.to_status))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATE:
                return QColor(STATUS_COLOURS.get(info.to_status, MUTED)) if changed else QColor(MUTED)
            if col in (self.NUMBER, self.TIME):
                return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and col == self.STATE and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class HistoryPanel(QWidget):
    """The revision list over a diff view, with Compare with previous and Restore."""

    sig_article_restored = Signal(str)
    """A revision was restored as a new revision: article id (reload the editor)."""
    sig_revisions_loaded = Signal(int)
    """The list was (re)loaded: how many revisions it shows."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QWidget | None = None, *,
                 prompts: Prompts | None = None, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._ws = workspace
        self._tasks = tasks
        self._prompts = prompts or Prompts()
        self._zone = zone
        self._article_id: str | None = None
        self._article = None
        self._generation = 0
        self._wanted_pair: tuple[int, int] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel("", self)
        self.subtitle.setStyleSheet(f"color: {MUTED};")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)

        self.compare_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.whole_text = QCheckBox(self)

        self.model = RevisionTableModel(self, zone=zone)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setStyleSheet(TABLE_STYLE)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RevisionTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        fm = self.view.fontMetrics()
        widths = {RevisionTableModel.NUMBER: fm.horizontalAdvance("0000") + 20,
                  RevisionTableModel.TIME: fm.horizontalAdvance("20 Nov 2026, 12:05 MSK") + 24,
                  RevisionTableModel.AUTHOR: fm.horizontalAdvance("correspondent") + 16,
                  RevisionTableModel.ACTION: fm.horizontalAdvance("Correction published") + 20,
                  RevisionTableModel.STATE: fm.horizontalAdvance("submitted → approved") + 36}
        for column, width in widths.items():
            header.resizeSection(column, width)

        self.diff_view = RevisionDiffView(self, zone=zone)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.subtitle, 1)
        top.addWidget(self.compare_button)
        top.addWidget(self.restore_button)
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(6)
        list_layout.addLayout(top)
        list_layout.addWidget(self.view)
        diff_box = QWidget(self)
        diff_layout = QVBoxLayout(diff_box)
        diff_layout.setContentsMargins(0, 0, 0, 0)
        diff_layout.setSpacing(4)
        diff_bar = QHBoxLayout()
        self.diff_title = QLabel(self)
        self.diff_title.setFont(title_font)
        diff_bar.addWidget(self.diff_title)
        diff_bar.addStretch(1)
        diff_bar.addWidget(self.whole_text)
        diff_layout.addLayout(diff_bar)
        diff_frame = QWidget(self)
        diff_frame.setObjectName("diffFrame")
        diff_frame.setStyleSheet("QWidget#diffFrame { border: 1px solid #d0d7de; border-radius: 4px;"
                                 " background: white; }")
        frame_layout = QVBoxLayout(diff_frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.diff_view)
        diff_layout.addWidget(diff_frame, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(diff_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.splitter)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.compare_with_previous())
        self.compare_button.clicked.connect(self.compare_with_previous)
        self.restore_button.clicked.connect(self.restore_selected)
        self.whole_text.toggled.connect(lambda on: self.diff_view.set_collapse_unchanged(not on))
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.title.setText(translate("HistoryPanel", "History"))
        self.compare_button.setText(translate("HistoryPanel", "Compare with &previous"))
        self.compare_button.setToolTip(translate("HistoryPanel", "Compare the selected revision with the one before "
                                                                 "it"))
        self.restore_button.setText(translate("HistoryPanel", "Re&store this revision…"))
        self.whole_text.setText(translate("HistoryPanel", "Show unchanged paragraphs"))
        self.diff_title.setText(translate("HistoryPanel", "Changes"))
        self.model.retranslate()
        self._update_subtitle()
        self._update_buttons()

    # -- public ------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self.set_article(None)

    def set_article(self, article_id: str | None) -> None:
        """Show the history of ``article_id`` (None: empty)."""
        self._article_id = article_id or None
        self._article = None
        self.model.set_revisions([])
        self.diff_view.show_message(_select_hint())
        self.refresh()

    def article_id(self) -> str | None:
        return self._article_id

    def refresh(self) -> None:
        """Reload the revisions (after a save, a transition or a restore); keeps the selection when it can."""
        self._generation += 1
        generation = self._generation
        article_id, ws = self._article_id, self._ws
        if article_id is None or ws is None:
            self._update_subtitle()
            self._update_buttons()
            return
        selected = self.selected_numbers()

        def load(_task):
            return ws.articles.get(article_id), ws.articles.revisions(article_id)

        def done(result) -> None:
            if generation != self._generation:
                return
            self._article, revisions = result
            self.model.set_revisions(revisions)
            self._update_subtitle()
            self.subtitle.setToolTip(self._article.headline or translate("HistoryPanel", "(no headline)"))
            self.sig_revisions_loaded.emit(len(revisions))
            keep = [n for n in selected if self.model.row_of(n) is not None]
            if keep:
                self.select_numbers(keep)
            elif revisions:
                self.select_numbers([self.model.latest_number()])
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.subtitle.setText("")
                self.diff_view.show_message(user_sentence(exc))
                self._update_buttons()

        self._tasks.run(load, on_done=done, on_error=failed, key=f"history-load-{id(self)}")

    def selected_numbers(self) -> list[int]:
        """Revision numbers selected, oldest first."""
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        return sorted(self.model.revision(row).number for row in rows if row < self.model.rowCount())

    def select_numbers(self, numbers: list[int]) -> None:
        """Select these revisions (one: its changes; two: the pair compared)."""
        selection = QItemSelection()
        for number in numbers:
            row = self.model.row_of(number)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)
        if numbers:
            row = self.model.row_of(numbers[-1])
            if row is not None:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def compare(self, older: int, newer: int) -> None:
        """Show the difference between revisions ``older`` and ``newer``."""
        article_id, ws = self._article_id, self._ws
        if article_id is None or ws is None:
            return
        older, newer = sorted((older, newer))
        infos = {info.number: info for info in self.model.revisions()}
        if older not in infos or newer not in infos:
            return
        self._wanted_pair = (older, newer)

        def done(diffs) -> None:
            if self._wanted_pair == (older, newer):
                self.diff_view.show_diff(diffs, infos[older], infos[newer])

        self._tasks.run(lambda _task: ws.workflow.compare(article_id, older, newer), on_done=done,
                        on_error=lambda exc: self.diff_view.show_message(user_sentence(exc)),
                        key=f"history-compare-{id(self)}")

    def selected_pair(self) -> tuple[int, int] | None:
        """The (older, newer) pair the selection compares, or None."""
        numbers = self.selected_numbers()
        if len(numbers) == 2:
            return numbers[0], numbers[1]
        if len(numbers) == 1:
            previous = self.model.previous_number(numbers[0])
            if previous is not None:
                return previous, numbers[0]
        return None

    def compare_with_previous(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            return
        previous = self.model.previous_number(numbers[0])
        if previous is not None:
            self.select_numbers([previous, numbers[0]])

    def restore_selected(self) -> None:
        """Ask, then make the selected revision's content current again as a new revision."""
        numbers = self.selected_numbers()
        if len(numbers) != 1 or self._article_id is None or self._ws is None:
            return
        number = numbers[0]
        if number == self.model.latest_number():
            return
        info = self.model.revision(self.model.row_of(number))
        when = format_time(info.created_at, self._zone)
        if not self._prompts.confirm(
                self, translate("HistoryPanel", "Restore revision"),
                translate("HistoryPanel", "Make revision {number} ({time}, {author}) the current text? Desk saves "
                          "it as a new revision; nothing in the history is lost.").format(
                    number=number, time=when, author=info.author_login or translate("HistoryPanel", "unknown")),
                translate("HistoryPanel", "Restore")):
            return
        ws, article_id = self._ws, self._article_id
        self.restore_button.setEnabled(False)

        def done(_article) -> None:
            self.sig_article_restored.emit(article_id)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self._prompts.error(self, translate("HistoryPanel", "Cannot restore the revision"), user_sentence(exc))

        self._tasks.run(lambda _task: ws.workflow.restore(article_id, number), on_done=done, on_error=failed)

    # -- internals ----------------------------------------------------------------------
    def _selection_changed(self, *_args) -> None:
        numbers = self.selected_numbers()
        pair = self.selected_pair()
        self._wanted_pair = None
        if pair is not None:
            self.compare(*pair)
        elif len(numbers) == 1:
            self.diff_view.show_message(translate("HistoryPanel", "Revision {number} created the article; select "
                                                  "another revision to compare with it.").format(number=numbers[0]))
        elif len(numbers) > 2:
            self.diff_view.show_message(translate("HistoryPanel", "Select two revisions to compare them (Ctrl+click "
                                                  "the second)."))
        else:
            self.diff_view.show_message(_select_hint())
        self._update_buttons()

    def _update_buttons(self) -> None:
        numbers = self.selected_numbers()
        one = len(numbers) == 1
        self.compare_button.setEnabled(one and self.model.previous_number(numbers[0]) is not None)
        editable = self._article is not None and self._ws is not None and can_edit(
            self._ws.actor, ArticleFacts.of(self._article))
        restorable = one and numbers[0] != self.model.latest_number()
        self.restore_button.setEnabled(restorable and editable)
        if restorable and not editable and self._article is not None:
            self.restore_button.setToolTip(translate("HistoryPanel", "You cannot change this article while it is "
                                                     "{status}.").format(status=_state(self._article.status)))
        else:
            self.restore_button.setToolTip(translate("HistoryPanel", "Make this revision's text current again, as a "
                                                     "new revision"))

    def _update_subtitle(self) -> None:
        if self._article_id is None or self._ws is None:
            self.subtitle.setText(translate("HistoryPanel", "No article open"))
        elif self._article is not None:
            count = self.model.rowCount()
            headline = self._article.headline or translate("HistoryPanel", "(no headline)")
            revisions = (translate("HistoryPanel", "%n revision", "", count) if count == 1
                         else translate("HistoryPanel", "%n revisions", "", count))
            self.subtitle.setText(f"{headline} · {revisions}")
