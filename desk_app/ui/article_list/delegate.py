"""Painting the article list: language and status pills, and the two-line headline cell.

The headline cell shows the headline, under it the byline and dateline place
in a smaller grey line, and on the right any badges later features add
(“translation outdated”, “being edited by X”) as small rounded labels. Once
some listed article has a stored photo, the cell starts with a small
thumbnail (:mod:`.thumbnails` loads them for the rows being painted).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.ui.article_list.columns import COLUMNS, LANGUAGE_COLOURS, STATUS_COLOURS
from desk_app.ui.article_list.model import ArticleTableModel
from desk_app.ui.article_list.thumbnails import ListThumbnails
from desk_app.ui.i18n import translate

BADGE_COLOURS = {  # background, text: for badges added by later features; the first key in the text wins
    "default": ("#fef3c7", "#92400e"),
    "outdated": ("#fee2e2", "#991b1b"),   # "translation outdated", "2 translations · 1 outdated"
    "edited": ("#e0e7ff", "#3730a3"),     # "being edited by X" (an edit lock)
    "translation": ("#e0f2fe", "#075985"),  # "1 translation"
}
BADGE_KEYWORDS = {  # the same keys in the interface's language: a word (or stem) such badges contain
    "outdated": QT_TRANSLATE_NOOP("BadgeKeywords", "outdated"),
    "edited": QT_TRANSLATE_NOOP("BadgeKeywords", "edited"),
    "translation": QT_TRANSLATE_NOOP("BadgeKeywords", "translation"),
}
MIN_BADGE_WIDTH = 36  # a badge narrower than this after eliding is left out
SUBTITLE_COLOUR = "#6b7280"


def _keyword(key: str) -> str:
    return translate("BadgeKeywords", BADGE_KEYWORDS.get(key, key)).lower()


def badge_colours(text: str) -> tuple[QColor, QColor]:
    lowered = text.lower()
    for key, (bg, fg) in BADGE_COLOURS.items():
        if key != "default" and (key in lowered or _keyword(key) in lowered):
            return QColor(bg), QColor(fg)
    bg, fg = BADGE_COLOURS["default"]
    return QColor(bg), QColor(fg)


def row_height(font: QFont) -> int:
    """Two lines: the headline and the smaller byline line, with some air."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return QFontMetrics(font).height() + QFontMetrics(small).height() + 12


class ArticleItemDelegate(QStyledItemDelegate):
    """Draws the RU/EN badge, the coloured status pill and the two-line headline with badges."""

    PAD_X = 6
    RADIUS = 4.0

    def __init__(self, parent=None, thumbnails: ListThumbnails | None = None):
        super().__init__(parent)
        self.thumbnails = thumbnails

    @staticmethod
    def _badge_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        font.setBold(True)
        return font

    @staticmethod
    def _small_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 0.88)
        font.setStrikeOut(False)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), row_height(option.font)))
        name = COLUMNS[index.column()].name
        if name in ("language", "status"):
            fm = QFontMetrics(self._badge_font(option.font))
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            size.setWidth(max(size.width(), fm.horizontalAdvance(text) + 2 * self.PAD_X + 12))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(ArticleTableModel.PlaceholderRole):
            super().paint(painter, option, index)
            return
        name = COLUMNS[index.column()].name
        if name == "language":
            code = str(index.data(ArticleTableModel.LanguageRole) or "")
            colour = QColor(LANGUAGE_COLOURS.get(code, "#374151"))
            self._paint_background(painter, option, index)
            self._pill(painter, option.rect, option.font, code.upper(), colour, QColor("white"), centred=True)
        elif name == "status":
            status = str(index.data(ArticleTableModel.StatusRole) or "")
            colour = QColor(STATUS_COLOURS.get(status, "#374151"))
            tint = QColor(colour)
            tint.setAlpha(34)
            if option.state & QStyle.StateFlag.State_Selected:
                tint = QColor("white")
            self._paint_background(painter, option, index)
            self._pill(painter, option.rect, option.font, str(index.data() or ""), tint, colour,
                       centred=False, border=colour)
        elif name == "headline":
            self._paint_headline(painter, option, index)
        elif name == "updated":
            self._paint_time(painter, option, index)
        else:
            super().paint(painter, option, index)

    # -- pieces --------------------------------------------------------------
    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem,
                          index: QModelIndex | QPersistentModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text_opt = QStyleOptionViewItem(opt)
        text_opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_opt, painter, opt.widget)
        return opt

    def _pill(self, painter: QPainter, cell: QRect, base_font: QFont, text: str, bg: QColor, fg: QColor,
              *, centred: bool, border: QColor | None = None) -> QRect:
        font = self._badge_font(base_font)
        fm = QFontMetrics(font)
        width = min(fm.horizontalAdvance(text) + 2 * self.PAD_X, cell.width() - 4)
        height = min(cell.height() - 6, fm.height() + 4)
        x = cell.x() + (cell.width() - width) // 2 if centred else cell.x() + 6
        y = cell.y() + (cell.height() - height) // 2
        rect = QRect(x, y, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border if border is not None else Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS)
        painter.setFont(font)
        painter.setPen(fg)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 4))
        painter.restore()
        return rect

    def _paint_time(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        """"20 Nov 2026" over "12:00 MSK" (the display text is one line: "20 Nov 2026 12:00 MSK")."""
        opt = self._paint_background(painter, option, index)
        parts = opt.text.split(" ")
        date_text, time_text = " ".join(parts[:3]), " ".join(parts[3:])
        self._two_lines(painter, option, opt, option.rect.adjusted(6, 4, -4, -4), date_text, time_text)

    def _two_lines(self, painter: QPainter, option: QStyleOptionViewItem, opt: QStyleOptionViewItem,
                   area: QRect, first: str, second: str, second_cut: int = 0) -> QRect | None:
        """Paint ``first`` over the smaller grey ``second`` (``second_cut`` pixels shorter); the second line's rect."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        foreground = opt.index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            text_colour = foreground
        title_fm = QFontMetrics(opt.font)
        small = self._small_font(opt.font)
        small_fm = QFontMetrics(small)
        painter.save()
        if second or second_cut:
            top = area.y() + (area.height() - title_fm.height() - small_fm.height()) // 2
            first_rect = QRect(area.x(), top, area.width(), title_fm.height())
            second_rect = QRect(area.x(), top + title_fm.height(), area.width(), small_fm.height())
        else:
            first_rect, second_rect = area, None
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setFont(opt.font)
        painter.setPen(text_colour)
        painter.drawText(first_rect, align, title_fm.elidedText(first, Qt.TextElideMode.ElideRight, first_rect.width()))
        if second_rect is not None and second:
            painter.setFont(small)
            painter.setPen(text_colour if selected else QColor(SUBTITLE_COLOUR))
            width = max(0, second_rect.width() - second_cut)
            painter.drawText(second_rect.adjusted(0, 0, -second_cut, 0), align,
                             small_fm.elidedText(second, Qt.TextElideMode.ElideRight, width))
        painter.restore()
        return second_rect

    def _paint_headline(self, painter: QPainter, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The headline gets the whole first line; badges sit at the right of the byline line under it."""
        opt = self._paint_background(painter, option, index)
        badges = [str(b) for b in (index.data(ArticleTableModel.BadgesRole) or [])]
        subtitle = str(index.data(ArticleTableModel.SubtitleRole) or "")
        badge_fm = QFontMetrics(self._badge_font(option.font))
        widths = [badge_fm.horizontalAdvance(b) + 2 * self.PAD_X for b in badges]
        area = option.rect.adjusted(6, 4, -6, -4)
        gutter = self._paint_thumbnail(painter, index, area)
        area = area.adjusted(gutter, 0, 0, 0)
        reserved = min(sum(widths) + 6 * len(widths), area.width() * 2 // 3) if badges else 0
        line = self._two_lines(painter, option, opt, area, opt.text, subtitle, reserved)
        if not badges or line is None:
            return
        x = area.right() - reserved + 6
        for badge, width in zip(badges, widths, strict=False):
            width = min(width, area.right() + 1 - x)  # elide the last one rather than drop it
            if width < MIN_BADGE_WIDTH:
                break
            bg, fg = badge_colours(badge)
            self._pill(painter, QRect(x, line.y() - 3, width, line.height() + 6), option.font,
                       badge, bg, fg, centred=True, border=fg)
            x += width + 6

    def _paint_thumbnail(self, painter: QPainter, index: QModelIndex | QPersistentModelIndex, area: QRect) -> int:
        """The row's photo thumbnail at the left of ``area`` once the list has photos; the width used.

        Asking for it is what loads it (only rows being painted are asked for); until it arrives,
        and for articles without a photo, the space stays empty so the headlines line up."""
        if self.thumbnails is None:
            return 0
        row = index.data(ArticleTableModel.RowRole)
        image = self.thumbnails.image(row.id, row.version) if row is not None else None
        if not self.thumbnails.any_photo:
            return 0
        box = QRect(area.x(), area.y(), area.height() * 4 // 3, area.height())
        if image is not None:
            self._draw_fitted(painter, image, box)
        return box.width() + 8

    @staticmethod
    def _draw_fitted(painter: QPainter, image: QImage, box: QRect) -> None:
        size = image.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(box.x() + (box.width() - size.width()) // 2, box.y() + (box.height() - size.height()) // 2,
                       size.width(), size.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.restore()
