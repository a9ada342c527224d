"""An author's returned articles, each with the editor's note in a box of its own.

How to wire it: see :mod:`desk_app.ui.workflow.queue`, which shows it beside
the editor's queue. ``refresh()`` loads ``ws.workflow.my_returned()``
through the TaskRunner; double-click or Enter emits ``sig_open_requested``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.i18n import on_language_change, translate
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.workflow.common import (
    DISPLAY_ZONE,
    MUTED,
    STATUS_COLOURS,
    format_relative,
    format_time,
    paint_language_badge,
    user_sentence,
)

_Index = QModelIndex | QPersistentModelIndex

NOTE_BACKGROUND = "#fff7ed"
NOTE_EDGE = STATUS_COLOURS["returned"]
NOTE_LABEL = "#9a3412"


class ReturnedModel(QAbstractListModel):
    """Returned articles (``QueueItem`` with the editor's note), newest first."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    NoteRole = Qt.ItemDataRole.UserRole + 2
    WhenRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, now, parent=None, *, zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self._now = now
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.row.headline or translate("ReturnedList", "(no headline)")
        if role == self.NoteRole:
            return item.note
        if role == self.WhenRole:
            when = item.row.updated_at
            return translate("ReturnedList", "returned {ago} · {time}").format(
                ago=format_relative(when, self._now()), time=format_time(when, self._zone, year=False))
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.note:
                return translate("ReturnedList", "Editor's note:\n{note}").format(note=item.note)
            return translate("ReturnedList", "No note was recorded.")
        return None


class ReturnedDelegate(QStyledItemDelegate):
    """A card: badge and headline, when it came back, and the note in a tinted box."""

    MARGIN = 10
    NOTE_PAD = 9

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont, QFont]:
        headline = QFont(base)
        headline.setPointSizeF(base.pointSizeF() * 1.08)
        headline.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        label = QFont(small)
        label.setBold(True)
        note = QFont(base)
        note.setPointSizeF(base.pointSizeF() * 1.04)
        return headline, small, label, note

    def _note_text(self, index: _Index) -> str:
        return str(index.data(ReturnedModel.NoteRole) or "") or translate("ReturnedList", "No note was recorded.")

    def _note_width(self, width: int) -> int:
        return max(120, width - 2 * self.MARGIN - 2 * self.NOTE_PAD - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        headline, small, label, note = self._fonts(option.font)
        view = option.widget
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing() - 2
        else:
            width = max(option.rect.width(), 400)
        text_height = QFontMetrics(note).boundingRect(
            QRect(0, 0, self._note_width(width), 100_000), int(Qt.TextFlag.TextWordWrap), self._note_text(index)
        ).height()
        height = (self.MARGIN + QFontMetrics(headline).height() + 8 + self.NOTE_PAD
                  + QFontMetrics(label).height() + 3 + text_height + self.NOTE_PAD + self.MARGIN)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if opt.widget is not None:
            opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        headline_font, small, label_font, note_font = self._fonts(opt.font)
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        text_colour = opt.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.HighlightedText
                                        if selected else QPalette.ColorRole.Text)
        painter.save()
        # line 1: badge, headline, when
        hfm = QFontMetrics(headline_font)
        line = QRectF(rect.left(), rect.top(), rect.width(), hfm.height())
        item = index.data(ReturnedModel.ItemRole)
        pill = paint_language_badge(painter, line, item.row.language, opt.font)
        when = str(index.data(ReturnedModel.WhenRole) or "")
        painter.setFont(small)
        when_width = QFontMetrics(small).horizontalAdvance(when)
        painter.setPen(text_colour if selected else QColor(MUTED))
        painter.drawText(QRectF(line.right() - when_width, line.top(), when_width, line.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        title_left = pill.right() + 8
        title_width = max(0.0, line.right() - when_width - 16 - title_left)
        painter.setFont(headline_font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(title_left, line.top(), title_width, line.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         hfm.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, int(title_width)))
        # the note box
        box = QRectF(rect.left(), line.bottom() + 8, rect.width(), rect.bottom() - line.bottom() - 8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NOTE_BACKGROUND))
        painter.drawRoundedRect(box, 4, 4)
        painter.setBrush(QColor(NOTE_EDGE))
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 3.5, box.height()), 1.5, 1.5)
        inner = box.adjusted(self.NOTE_PAD + 4, self.NOTE_PAD, -self.NOTE_PAD, -self.NOTE_PAD)
        lfm = QFontMetrics(label_font)
        painter.setFont(label_font)
        painter.setPen(QColor(NOTE_LABEL))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), lfm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         translate("ReturnedList", "EDITOR'S NOTE"))
        painter.setFont(note_font)
        has_note = bool(index.data(ReturnedModel.NoteRole))
        painter.setPen(QColor("#1f2328") if has_note else QColor(MUTED))
        painter.drawText(QRectF(inner.left(), inner.top() + lfm.height() + 3, inner.width(),
                                inner.height() - lfm.height() - 3),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                         self._note_text(index))
        painter.restore()


class _ReturnedView(QListView):
    sig_activated = Signal()
    """Enter was pressed on the current item."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = translate("ReturnedList", "Loading…")

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
            painter.drawText(self.viewport().rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()


class ReturnedList(QWidget):
    """The current user's returned articles with the editor's note shown prominently."""

    sig_open_requested = Signal(str)
    """The user asked to open a returned article (double-click or Enter): article id."""
    sig_loaded = Signal(int)
    """The list was (re)loaded: how many articles came back."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QWidget | None = None, *,
                 zone: str = DISPLAY_ZONE):
        super().__init__(parent)
        self.setObjectName("returnedList")
        self._ws = workspace
        self._tasks = tasks
        self._generation = 0
        self.title = QLabel(self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel("", self)
        self.summary.setStyleSheet(f"color: {MUTED};")
        self.refresh_button = QPushButton(self)
        self.model = ReturnedModel(self._now, self, zone=zone)
        self.view = _ReturnedView(self)
        self.view.setObjectName("returnedView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ReturnedDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(6)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button)
        self._hint = hint = QLabel(self)
        hint.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.view.sig_activated.connect(lambda: self._open(self.view.currentIndex().row()))
        self.refresh_button.clicked.connect(self.refresh)
        self._empty_kind = "loading"
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.title.setText(translate("ReturnedList", "Returned to you"))
        self.refresh_button.setText(translate("ReturnedList", "Refresh"))
        self._hint.setText(translate("ReturnedList", "Open an article, make the changes the note asks for, and "
                                     "submit it again."))
        if self._empty_kind != "error":
            self.view.empty_text = self._empty_text(self._empty_kind)
        self._update_summary()
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0), self.model.index(self.model.rowCount() - 1))

    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self.model.set_items([])
        self.refresh()

    def refresh(self) -> None:
        """Load the returned articles again."""
        self._generation += 1
        generation = self._generation
        ws = self._ws
        if ws is None:
            self._show([], "none")
            return

        def done(items) -> None:
            if generation == self._generation:
                self._show(items, "empty")

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show([], "error", user_sentence(exc))

        self._tasks.run(lambda _task: ws.workflow.my_returned(), on_done=done, on_error=failed,
                        key=f"returned-{id(self)}")

    def _now(self):
        from datetime import datetime, timezone

        return self._ws.clock() if self._ws is not None else datetime.now(timezone.utc)

    @staticmethod
    def _empty_text(kind: str) -> str:
        if kind == "none":
            return translate("ReturnedList", "No workspace is open.")
        if kind == "empty":
            return translate("ReturnedList", "Nothing has been returned to you.")
        return translate("ReturnedList", "Loading…")

    def _show(self, items: list, kind: str, error: str = "") -> None:
        self._empty_kind = kind
        self.view.empty_text = error if kind == "error" else self._empty_text(kind)
        self.model.set_items(items)
        self.view.viewport().update()
        self._update_summary()
        self.sig_loaded.emit(len(items))

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if not count:
            self.summary.setText("")
            return
        self.summary.setText(translate("ReturnedList", "%n article to fix", "", count) if count == 1
                             else translate("ReturnedList", "%n articles to fix", "", count))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.sig_open_requested.emit(self.model.item(row).row.id)
