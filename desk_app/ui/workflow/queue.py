"""The editor's queue (submitted articles, oldest first) and, for authors, their returned articles.

Design notes: docs/architecture.md, “desk_app.ui.workflow.queue”.
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
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.workflow import Action, Role
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.workflow.common import (
    DISPLAY_ZONE,
    MUTED,
    TABLE_STYLE,
    age_colour,
    format_relative,
    format_time,
    language_name,
    paint_language_badge,
    user_sentence,
)

__all__ = ["EditorQueue", "QueueModel"]

_Index = QModelIndex | QPersistentModelIndex
EDITORIAL_ROLES = (Role.EDITOR, Role.ADMIN)


class QueueModel(QAbstractTableModel):
    """Queue items (``QueueItem``) as rows: headline, language, author, waiting since."""

    COLUMNS = (QT_TRANSLATE_NOOP("QueueModel", "Headline"), QT_TRANSLATE_NOOP("QueueModel", "Lang"),
               QT_TRANSLATE_NOOP("QueueModel", "Author"), QT_TRANSLATE_NOOP("QueueModel", "Submitted"))
    HEADLINE, LANGUAGE, AUTHOR, WAITING = range(4)
    ItemRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2      # the grey line under the headline
    AgeColourRole = Qt.ItemDataRole.UserRole + 3   # "#b45309" etc., or None

    def __init__(self, now, parent=None, *, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self._now = now          # callable returning an aware datetime (the workspace clock)
        self._zone = zone
        self._items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list:
        return list(self._items)

    def item(self, row: int):
        return self._items[row]

    def row_of(self, article_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.row.id == article_id:
                return row
        return None

    def tick(self) -> None:
        """The clock moved: repaint the relative times."""
        if self._items:
            self.dataChanged.emit(self.index(0, self.WAITING), self.index(len(self._items) - 1, self.WAITING))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("QueueModel", self.COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        row = item.row
        col = index.column()
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.HEADLINE:
                return row.headline or translate("QueueModel", "(no headline)")
            if col == self.LANGUAGE:
                return row.language.upper()
            if col == self.AUTHOR:
                return row.author_login or "—"
            if col == self.WAITING:
                return format_relative(row.updated_at, self._now())
        if role == self.DetailRole:
            return self._detail(row)
        if role == self.AgeColourRole and col == self.WAITING:
            return age_colour(row.updated_at, self._now())
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.HEADLINE:
                return f"{row.headline}\n{self._detail(row)}"
            if col == self.LANGUAGE:
                return language_name(row.language)
            if col == self.AUTHOR:
                return translate("QueueModel", "Submitted by {login}; byline: {byline}").format(
                    login=row.author_login or translate("QueueModel", "unknown"), byline=row.byline or "—")
            if col == self.WAITING:
                return translate("QueueModel", "Submitted {time}").format(time=format_time(row.updated_at, self._zone))
        return None

    def absolute_time(self, row: int) -> str:
        return format_time(self._items[row].row.updated_at, self._zone, year=False)

    @staticmethod
    def _detail(row) -> str:
        count = row.word_count   # a plain name: lupdate drops a plural whose count is an expression
        words = translate("QueueModel", "%n words", "", count).replace(str(count), f"{count:,}".replace(",", " "))
        parts = [row.dateline_place or translate("QueueModel", "no dateline"), words]
        if row.translated_from:
            parts.append(translate("QueueModel", "translation"))
        if row.byline:
            parts.insert(0, row.byline)
        return " · ".join(parts)


class QueueDelegate(QStyledItemDelegate):
    """Two-line headlines, the language badge and the coloured waiting time."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        fm = QFontMetrics(option.font)
        size.setHeight(max(size.height(), fm.height() * 2 + 16))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(opt.rect.adjusted(10, 0, -8, 0))
        main = opt.palette.color(QPalette.ColorGroup.Normal,
                                 QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(main) if selected else QColor(MUTED)
        if selected:
            muted.setAlpha(200)
        fm = QFontMetrics(opt.font)
        col = index.column()
        painter.save()
        if col == QueueModel.LANGUAGE:
            paint_language_badge(painter, rect, str(index.data(QueueModel.ItemRole).row.language), opt.font)
        elif col == QueueModel.HEADLINE:
            bold = QFont(opt.font)
            bold.setWeight(QFont.Weight.DemiBold)
            top = QRectF(rect.left(), rect.center().y() - fm.height() - 1, rect.width(), fm.height())
            bottom = QRectF(rect.left(), rect.center().y() + 2, rect.width(), fm.height())
            painter.setFont(bold)
            painter.setPen(main)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))
            small = QFont(opt.font)
            small.setPointSizeF(opt.font.pointSizeF() * 0.92)
            painter.setFont(small)
            painter.setPen(muted)
            detail = str(index.data(QueueModel.DetailRole) or "")
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, int(rect.width())))
        elif col == QueueModel.WAITING:
            colour = index.data(QueueModel.AgeColourRole)
            top = QRectF(rect.left(), rect.center().y() - fm.height() - 1, rect.width(), fm.height())
            bottom = QRectF(rect.left(), rect.center().y() + 2, rect.width(), fm.height())
            strong = QFont(opt.font)
            if colour:
                strong.setWeight(QFont.Weight.DemiBold)
            painter.setFont(strong)
            painter.setPen(main if selected or not colour else QColor(colour))
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            small = QFont(opt.font)
            small.setPointSizeF(opt.font.pointSizeF() * 0.92)
            painter.setFont(small)
            painter.setPen(muted)
            model = index.model()
            absolute = model.absolute_time(index.row()) if isinstance(model, QueueModel) else ""
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, absolute)
        else:
            painter.setFont(opt.font)
            painter.setPen(main)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))
        painter.restore()


class _QueueView(QTableView):
    """A row-selecting table that opens on Enter and says so when it is empty."""

    sig_activated = Signal()
    """Enter was pressed on the current row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = translate("EditorQueue", "Loading…")

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_activated.emit()
            return
        super().keyPressEvent(e)

    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(MUTED))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(font)
            painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()


class EditorQueue(QWidget):
    """Submitted articles of both languages, oldest first, with Approve and Return with note."""

    sig_open_requested = Signal(str)
    """The user asked to open an article (double-click or Enter): article id."""
    sig_article_transitioned = Signal(str, str)
    """An article was approved or returned from the queue: article id, new state."""
    sig_current_changed = Signal(str)
    """The current row changed: article id, or "" when nothing is current."""
    sig_loaded = Signal(int)
    """The queue was (re)loaded: how many articles wait."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QWidget | None = None, *,
                 prompts: Prompts | None = None, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self.setObjectName("editorQueue")
        self._ws = workspace
        self._tasks = tasks
        self._prompts = prompts or Prompts()
        self._busy = False
        self._generation = 0

        self.title = QLabel(self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel("", self)
        self.summary.setObjectName("queueSummary")
        self.summary.setStyleSheet(f"color: {MUTED};")
        self.refresh_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("queueApprove")
        self.approve_button.setStyleSheet("QPushButton#queueApprove { font-weight: 600; padding: 4px 18px; }")
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("queueReturn")

        self.model = QueueModel(self._now, self, zone=zone)
        self.view = _QueueView(self)
        self.view.setObjectName("queueView")
        self.view.setStyleSheet(TABLE_STYLE)
        self.view.setModel(self.model)
        self.view.setItemDelegate(QueueDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(QFontMetrics(self.view.font()).height() * 2 + 18)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QueueModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        for column in (QueueModel.LANGUAGE, QueueModel.AUTHOR, QueueModel.WAITING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        fm = self.view.fontMetrics()
        header.resizeSection(QueueModel.LANGUAGE, fm.horizontalAdvance("Lang") + 34)
        header.resizeSection(QueueModel.AUTHOR, fm.horizontalAdvance("correspondent") + 24)
        header.resizeSection(QueueModel.WAITING, fm.horizontalAdvance("20 Nov, 12:05 MSK") + 34)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addSpacing(6)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {MUTED};")
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.return_button)
        bottom.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()

        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.sig_activated.connect(lambda: self._open_row(self.view.currentIndex().row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self._empty_kind = "loading"
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.title.setText(translate("EditorQueue", "Editor's queue"))
        self.refresh_button.setText(translate("EditorQueue", "Refresh"))
        self.refresh_button.setToolTip(translate("EditorQueue", "Load the queue again"))
        self.approve_button.setToolTip(translate("EditorQueue", "Approve the selected articles as they are now"))
        self.hint.setText(translate("EditorQueue", "Double-click or press Enter to open an article."))
        self.model.retranslate()
        if self._empty_kind != "error":
            self.view.empty_text = self._empty_text(self._empty_kind)
        self._update_summary()
        self._update_buttons()

    # -- public ------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self.model.set_items([])
        self.refresh()

    def refresh(self) -> None:
        """Load the queue again, keeping the selection where the articles are still waiting."""
        self._generation += 1
        generation = self._generation
        ws = self._ws
        if ws is None:
            self._show([], "none")
            return
        if ws.actor.role not in EDITORIAL_ROLES:
            self._show([], "not_editor")
            return
        keep = self.selected_ids()
        self._empty_kind = "loading"
        self.view.empty_text = self._empty_text("loading")

        def done(items) -> None:
            if generation != self._generation:
                return
            self._show(items, "empty")
            if keep:
                self.select_ids([i for i in keep if self.model.row_of(i) is not None])

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show([], "error", user_sentence(exc))

        self._tasks.run(lambda _task: ws.workflow.editor_queue(), on_done=done, on_error=failed,
                        key=f"editor-queue-{id(self)}")

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.item(row).row.id for row in rows if row < self.model.rowCount()]

    def select_ids(self, ids: list[str]) -> None:
        selection = QItemSelection()
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if ids and self.model.row_of(ids[0]) is not None:
            self.view.selectionModel().setCurrentIndex(self.model.index(self.model.row_of(ids[0]), 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)

    def approve_selected(self) -> None:
        """Approve every selected article at the version listed."""
        items = self._selected_items()
        if not items or self._busy:
            return
        self._run(Action.APPROVE, items, "")

    def return_selected(self) -> None:
        """Ask for the note, then return the one selected article to its author."""
        items = self._selected_items()
        if len(items) != 1 or self._busy:
            return
        headline = items[0].row.headline or translate("EditorQueue", "(no headline)")
        note = self._prompts.ask_note(
            self, translate("EditorQueue", "Return to the author"),
            translate("EditorQueue", "Return “{headline}” to {author}. The author sees this note with the "
                      "article:").format(headline=headline,
                                         author=items[0].row.author_login or translate("EditorQueue", "its author")),
            translate("EditorQueue", "Return"), required=True)
        if note is None:
            return
        self._run(Action.RETURN, items, note)

    # -- internals ----------------------------------------------------------------------
    def _now(self):
        from datetime import datetime, timezone

        return self._ws.clock() if self._ws is not None else datetime.now(timezone.utc)

    @staticmethod
    def _empty_text(kind: str) -> str:
        if kind == "none":
            return translate("EditorQueue", "No workspace is open.")
        if kind == "not_editor":
            return translate("EditorQueue", "The editor's queue is for editors; your returned articles are listed "
                             "under “Returned to you”.")
        if kind == "empty":
            return translate("EditorQueue", "Nothing is waiting: every submitted article has been handled.")
        return translate("EditorQueue", "Loading…")

    def _show(self, items: list, kind: str, error: str = "") -> None:
        self._empty_kind = kind
        self.view.empty_text = error if kind == "error" else self._empty_text(kind)
        self.model.set_items(items)
        self.view.viewport().update()
        self._update_summary()
        self.sig_loaded.emit(len(items))
        self._update_buttons()

    def _update_summary(self) -> None:
        items = self.model.items()
        if items:
            oldest = format_relative(items[0].row.updated_at, self._now(), ago=False)
            counts: dict[str, int] = {}
            for item in items:
                counts[item.row.language] = counts.get(item.row.language, 0) + 1
            languages = ", ".join(f"{counts[code]} {code.upper()}" for code in sorted(counts, key=lambda c: c != "ru"))
            waiting = len(items)   # a plain name: lupdate drops a plural whose count is an expression
            submitted = translate("EditorQueue", "%n submitted", "", waiting)
            self.summary.setText(translate("EditorQueue", "{submitted} · {languages} · oldest waiting {oldest}").format(
                submitted=submitted, languages=languages, oldest=oldest))
        else:
            self.summary.setText("")

    def _selected_items(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.item(row) for row in rows if row < self.model.rowCount()]

    def _run(self, action: Action, items: list, note: str) -> None:
        ws = self._ws

        def work(_task):
            outcomes = []
            for item in items:
                try:
                    article = ws.workflow.perform(item.row.id, action, note, expected_version=item.row.version)
                except Exception as exc:
                    outcomes.append((item, exc))
                else:
                    outcomes.append((item, article))
            return outcomes

        self._busy = True
        self._update_buttons()
        self._tasks.run(work, on_done=lambda outcomes: self._finished(action, outcomes),
                        on_error=self._failed)

    def _finished(self, action: Action, outcomes: list) -> None:
        self._busy = False
        failures = [(item, result) for item, result in outcomes if isinstance(result, BaseException)]
        for _item, result in outcomes:
            if not isinstance(result, BaseException):
                self.sig_article_transitioned.emit(result.id, result.status)
        self.refresh()
        if failures:
            item, exc = failures[0]
            text = user_sentence(exc)
            if len(outcomes) > 1:
                if action is Action.APPROVE:
                    frame = translate("EditorQueue", "{failed} of {count} articles were not approved; “{headline}”: "
                                      "{problem}")
                else:
                    frame = translate("EditorQueue", "{failed} of {count} articles were not returned; “{headline}”: "
                                      "{problem}")
                text = frame.format(failed=len(failures), count=len(outcomes), headline=item.row.headline,
                                    problem=text)
            self._prompts.error(self, translate("EditorQueue", "Cannot {action}").format(
                action=localized(action.label)), text)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self._prompts.error(self, translate("EditorQueue", "The queue could not be updated"), user_sentence(exc))

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.sig_open_requested.emit(self.model.item(row).row.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.sig_current_changed.emit(self.model.item(current.row()).row.id if current.isValid() else "")

    def _update_buttons(self, *_args) -> None:
        count = len(self.view.selectionModel().selectedRows())
        editorial = self._ws is not None and self._ws.actor.role in EDITORIAL_ROLES
        self.approve_button.setEnabled(editorial and not self._busy and count >= 1)
        self.return_button.setEnabled(editorial and not self._busy and count == 1)
        self.approve_button.setText(translate("EditorQueue", "A&pprove") if count <= 1
                                    else translate("EditorQueue", "A&pprove {count}").format(count=count))
        self.return_button.setText(translate("EditorQueue", "Re&turn with note…"))
        self.return_button.setToolTip(
            translate("EditorQueue", "Send the selected article back to its author with a note") if count <= 1
            else translate("EditorQueue", "Return one article at a time: each needs its own note"))
