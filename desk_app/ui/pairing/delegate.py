"""Painting and editing the pairing table: state badges, wrapped paragraphs, the partner highlight.

Row heights come from :meth:`PairDelegate.sizeHint`, which measures wrapped
text with QFontMetrics and caches the result by (text, width), so the table
stays quick with hundreds of pairs.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.ui.editor.spell_fields import CellSpelling, draw_text_with_squiggles
from desk_app.ui.i18n import translate
from desk_app.ui.pairing.model import (
    COL_SOURCE,
    COL_STATE,
    COL_TARGET,
    STATE_COLOURS,
    PairTableModel,
    kind_label,
    state_label,
)

__all__ = ["PairDelegate"]

PAD_X, PAD_Y = 10, 8
BADGE_WIDTH = 118
PARTNER = QColor("#fff4c2")     # the other half of the selected paragraph's pair
SELECTED = QColor("#dbeafe")    # the selected paragraph itself
STALE_SOURCE = QColor("#fff5f5")
EDITED = QColor("#bf8700")


class PairDelegate(QStyledItemDelegate):
    """Draws the badge column and the two text columns; edits translations in a plain-text editor."""

    def __init__(self, table: QAbstractItemView):
        super().__init__(table)
        self._table = table
        self._heights: dict[tuple[str, int, bool], int] = {}
        self.spelling: CellSpelling | None = None
        """Each side's misspelt words (set by the pairing page); None: no squiggles."""

    # -- measuring -------------------------------------------------------------------
    def _font(self, option: QStyleOptionViewItem, kind: str) -> QFont:
        font = QFont(option.font)
        if kind == "headline":
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _text_height(self, text: str, width: int, font: QFont, kind: str) -> int:
        key = (text, width, kind == "headline")
        height = self._heights.get(key)
        if height is None:
            fm = QFontMetrics(font)
            rect = fm.boundingRect(QRect(0, 0, max(20, width - 2 * PAD_X), 1_000_000),
                                   int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text or "X")
            height = rect.height() + 2 * PAD_Y
            if len(self._heights) > 20_000:
                self._heights.clear()
            self._heights[key] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        kind = index.data(PairTableModel.KindRole) or "pair"
        if index.column() == COL_STATE:
            return QSize(BADGE_WIDTH, 58 if kind == "pair" else 34)
        width = option.rect.width() if option.rect.width() > 0 else 300
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(width, self._text_height(text, width, self._font(option, kind), kind))

    # -- painting --------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        col = index.column()
        kind = index.data(PairTableModel.KindRole) or "pair"
        state = index.data(PairTableModel.StateRole) or ""
        palette = option.palette
        current = self._table.currentIndex()
        rect = option.rect
        background = palette.color(QPalette.ColorRole.Base)
        if index.row() % 2 and kind == "pair":
            background = palette.color(QPalette.ColorRole.AlternateBase)
        if kind != "pair":
            background = QColor("#f6f8fa")
        if col == COL_SOURCE and state == "needs_update":
            background = STALE_SOURCE
        if current.isValid() and current.row() == index.row() and col in (COL_SOURCE, COL_TARGET) \
                and current.column() in (COL_SOURCE, COL_TARGET):
            background = SELECTED if current.column() == col else PARTNER
        painter.fillRect(rect, background)
        painter.setPen(QPen(QColor("#d0d7de")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if col == COL_TARGET:
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if col == COL_STATE:
            self._paint_badge(painter, option, index, kind, state)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = self._font(option, kind)
        area = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not text and col == COL_TARGET:
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
            painter.drawText(area, flags, _placeholder(kind) if editable else "—")
            return
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        model = index.model()
        spans = (self.spelling.spans(model.language_of(col), text)
                 if self.spelling is not None and hasattr(model, "language_of") else [])
        if spans:
            draw_text_with_squiggles(painter, area, font, text, spans)
        else:
            painter.drawText(area, flags, text)
        if col == COL_TARGET and index.data(PairTableModel.EditedRole):
            painter.setPen(QPen(EDITED, 3))
            painter.drawLine(rect.topLeft() + QPoint(1, 1), rect.bottomLeft() + QPoint(1, -1))

    def _paint_badge(self, painter: QPainter, option: QStyleOptionViewItem, index, kind: str, state: str) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = option.rect
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        if kind != "pair":
            small.setItalic(True)
            painter.setFont(small)
            painter.setPen(QColor("#57606a"))
            painter.drawText(rect.adjusted(PAD_X, PAD_Y, -4, -4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), kind_label(kind))
            return
        pair = index.data(PairTableModel.PairRole)
        label = state_label(state)
        bold = QFont(small)
        bold.setBold(True)
        fm = QFontMetrics(bold)
        pill = QRectF(rect.left() + PAD_X, rect.top() + PAD_Y, fm.horizontalAdvance(label) + 14, fm.height() + 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS.get(state, "#8c959f")))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
        if pair is not None:
            painter.setFont(small)
            painter.setPen(QColor("#57606a"))
            where = f"#{pair.ordinal + 1}" + ("  · " + translate("PairDelegate", "manual")
                                               if pair.origin == "manual" else "")
            below = QRectF(pill.left() + 2, pill.bottom() + 4, rect.width() - PAD_X - 2, fm.height() + 2)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), where)

    # -- editing ---------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = _TargetEditor(parent)
        editor.setFont(self._font(option, index.data(PairTableModel.KindRole) or "pair"))
        model = index.model()
        if self.spelling is not None and hasattr(model, "language_of"):
            self.spelling.attach(editor, model.language_of(index.column()))
        editor.setAccessibleName(translate("PairDelegate", "Translation of this paragraph"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText().strip(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), QFontMetrics(editor.font()).lineSpacing() * 4 + 2 * PAD_Y))
        editor.setGeometry(rect)


class _TargetEditor(QPlainTextEdit):
    """A frameless plain-text editor sized to its cell; Enter makes a new line (blank line: new paragraph)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setStyleSheet("QPlainTextEdit { background: #ffffff; border: 2px solid #0969da; padding: 2px; }")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # let the view's Ctrl+Enter / Ctrl+Shift+Enter (mark) shortcuts through
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.ignore()
                return False
        return super().event(event)


def _placeholder(kind: str) -> str:
    """What an empty translation cell invites one to type."""
    return {"headline": translate("PairDelegate", "Type the headline…"),
            "lede": translate("PairDelegate", "Type the lede…")}.get(kind, translate("PairDelegate",
                                                                                      "Type the translation…"))
