"""The filter bar above the article list: full-text search, status, language, author, tag, dates.

Typing waits :data:`SEARCH_DEBOUNCE_MS` before the filter is announced, so a
query runs once per pause, not once per key; choices in the combos are
announced at once. The bar only describes the filter; the model runs it.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import Language, Status
from desk_app.domain.article_filter import ArticleFilter
from desk_app.ui.article_list.columns import zone_or_default
from desk_app.ui.i18n import localized, on_language_change, translate

SEARCH_DEBOUNCE_MS = 200


UNSET_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date edit that can be empty (shown as its placeholder); its calendar opens on today."""

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")   # month names in the widget's locale (see set_placeholder)
        self.setMinimumDate(UNSET_DATE)
        self.setSpecialValueText(placeholder)
        self.setDate(UNSET_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == UNSET_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(UNSET_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(UNSET_DATE)

    def set_placeholder(self, text: str) -> None:
        """The empty text, and month names in the interface's current language."""
        self.setLocale(QLocale())
        self.calendarWidget().setLocale(QLocale())
        self.setSpecialValueText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class FilterBar(QWidget):
    """Search box and filter controls; announces each new :class:`ArticleFilter`."""

    sig_filter_changed = Signal(object)
    """The user changed the filter: the new ArticleFilter (sort left at its default)."""

    def __init__(self, display_zone: str = "Europe/Moscow", parent: QWidget | None = None):
        super().__init__(parent)
        self._zone = zone_or_default(display_zone)
        self._last: ArticleFilter | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._announce)

        self.search = QLineEdit(self)
        self.search.setObjectName("articleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("matchCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setMinimumWidth(70)

        self.status_button = QToolButton(self)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self._status_menu = _StayOpenMenu(self.status_button)
        self._any_status = QAction(self._status_menu)
        self._any_status.triggered.connect(self._clear_statuses)
        self._status_menu.addAction(self._any_status)
        self._status_menu.addSeparator()
        self.status_actions: dict[str, QAction] = {}
        for status in Status:
            action = QAction(self._status_menu)
            action.setCheckable(True)
            action.toggled.connect(self._statuses_changed)
            self._status_menu.addAction(action)
            self.status_actions[status.value] = action
        self.status_button.setMenu(self._status_menu)

        self.language = QComboBox(self)
        self.language.addItem("", None)
        for lang in Language:
            self.language.addItem("", lang.value)
        self.language.currentIndexChanged.connect(lambda _i: self._announce())

        self.author = QComboBox(self)
        self.author.addItem("", None)
        self.author.currentIndexChanged.connect(lambda _i: self._announce())
        for combo in (self.language, self.author):  # may shrink with a narrow list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)

        self.tag = QLineEdit(self)
        self.tag.setClearButtonEnabled(True)
        self.tag.setMaximumWidth(150)
        self.tag.textChanged.connect(lambda _text: self._debounce.start())

        self.date_from = OptionalDateEdit("", self)
        self.date_to = OptionalDateEdit("", self)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._announce())
        self.clear_dates = QToolButton(self)
        self.clear_dates.setText("✕")
        self.clear_dates.setAutoRaise(True)
        self.clear_dates.clicked.connect(self._clear_dates)

        self.reset_button = QToolButton(self)
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(self.reset)

        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.count_label)
        first.addWidget(self.reset_button)
        second = QHBoxLayout()
        second.addWidget(self.status_button)
        second.addWidget(self.language, 1)   # the combos share the width with the tag, so they keep their text
        second.addWidget(self.author, 1)
        second.addWidget(self.tag, 1)
        third = QHBoxLayout()
        self._updated_label = QLabel(self)
        third.addWidget(self._updated_label)
        third.addWidget(self.date_from)
        dash = QLabel("–", self)
        third.addWidget(dash)
        third.addWidget(self.date_to)
        third.addWidget(self.clear_dates)
        third.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        for row in (first, second, third):
            row.setSpacing(6)
            layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        on_language_change(self, self._retranslate_ui)
        self._update_reset_button()
        self._last = self.current_filter()

    def _retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("FilterBar", "Search headlines, text and tags…  (Ctrl+L)"))
        self.search.setAccessibleName(translate("FilterBar", "Search articles"))
        self.status_button.setAccessibleName(translate("FilterBar", "Status filter"))
        self._any_status.setText(translate("FilterBar", "Any status"))
        for value, action in self.status_actions.items():
            action.setText(localized(Status(value).label))
        self.language.setAccessibleName(translate("FilterBar", "Language filter"))
        self.language.setItemText(0, translate("FilterBar", "Any language"))
        for i, lang in enumerate(Language, 1):
            self.language.setItemText(i, f"{lang.value.upper()} · {localized(lang.label)}")
        self.author.setAccessibleName(translate("FilterBar", "Author filter"))
        self.author.setItemText(0, translate("FilterBar", "Any author"))
        self.tag.setPlaceholderText(translate("FilterBar", "Tag"))
        self.tag.setAccessibleName(translate("FilterBar", "Tag filter"))
        self.date_from.set_placeholder(translate("FilterBar", "any date"))
        self.date_from.setAccessibleName(translate("FilterBar", "Updated from"))
        self.date_to.set_placeholder(translate("FilterBar", "any date"))
        self.date_to.setAccessibleName(translate("FilterBar", "Updated until"))
        self.clear_dates.setToolTip(translate("FilterBar", "Clear the date range"))
        self.reset_button.setText(translate("FilterBar", "Reset"))
        self.reset_button.setToolTip(translate("FilterBar", "Show every article again"))
        self._updated_label.setText(translate("FilterBar", "Updated"))
        self._update_status_button()

    # -- API -------------------------------------------------------------------
    def current_filter(self) -> ArticleFilter:
        statuses = tuple(value for value, action in self.status_actions.items() if action.isChecked())
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and end < start:
            start, end = end, start
        return ArticleFilter(
            statuses=statuses,
            language=self.language.currentData(),
            author=self.author.currentData(),
            tag=self.tag.text().strip() or None,
            date_from=self._utc_start_of(start) if start else None,
            date_to=self._utc_start_of(end + timedelta(days=1)) if end else None,
            search=self.search.text().strip(),
        )

    def set_authors(self, logins: list[str]) -> None:
        current = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(translate("FilterBar", "Any author"), None)
        for login in logins:
            self.author.addItem(login, login)
        index = self.author.findData(current) if current else 0
        self.author.setCurrentIndex(max(index, 0))
        self.author.blockSignals(False)
        if current and index < 0:
            self._announce()

    def set_statuses(self, statuses: list[str]) -> None:
        for value, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(value in statuses)
            action.blockSignals(False)
        self._statuses_changed()

    def set_display_zone(self, name: str) -> None:
        self._zone = zone_or_default(name)
        self._announce()

    def set_count_text(self, text: str) -> None:
        self.count_label.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Announce a pending typed change now (Enter in the search box, tests)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._announce()

    def reset(self) -> None:
        widgets = (self.search, self.tag, self.language, self.author, self.date_from, self.date_to,
                   *self.status_actions.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.tag.clear()
        self.language.setCurrentIndex(0)
        self.author.setCurrentIndex(0)
        self.date_from.clear_value()
        self.date_to.clear_value()
        for action in self.status_actions.values():
            action.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_status_button()
        self._announce()

    def is_filtered(self) -> bool:
        return self.current_filter() != ArticleFilter()

    # -- internals -------------------------------------------------------------
    def _utc_start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0, 0), tzinfo=self._zone).astimezone(timezone.utc)

    def _clear_statuses(self) -> None:
        self.set_statuses([])

    def _clear_dates(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear_value()
            edit.blockSignals(False)
        self._announce()

    def _statuses_changed(self, *_args) -> None:
        self._update_status_button()
        self._announce()

    def _update_status_button(self) -> None:
        chosen = [a.text() for a in self.status_actions.values() if a.isChecked()]
        if not chosen:
            text = translate("FilterBar", "Any status")
        elif len(chosen) <= 2:
            text = ", ".join(chosen)
        else:
            count = len(chosen)   # a plain name: lupdate drops a plural whose count is an expression
            text = translate("FilterBar", "%n statuses", "", count)
        self.status_button.setText(text + " ▾")
        self.status_button.setToolTip(translate("FilterBar", "Status: {statuses}").format(
            statuses=", ".join(chosen) if chosen else translate("FilterBar", "any")))

    def _update_reset_button(self) -> None:
        self.reset_button.setEnabled(self.is_filtered())

    def _announce(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        self._update_reset_button()
        if flt == self._last:
            return
        self._last = flt
        self.sig_filter_changed.emit(flt)
