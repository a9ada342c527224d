"""The article's fields other than the body, validated as the user types.

Limits come from the domain (``HEADLINE_MAX``, ``LEDE_MAX``...) and hold on
paste too; each field's problems come from the domain ``validate()`` run on
that field alone, shown under the field with a red border, long before Save.
Times are shown as wall-clock time in the article's zone and stored as aware
UTC datetimes; changing the zone keeps the moment, not the clock reading.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import (
    DEFAULT_ZONE,
    HEADLINE_MAX,
    LEDE_MAX,
    SHORT_FIELD_MAX,
    SLUG_MAX,
    TAG_MAX,
    TAGS_MAX,
    ArticleData,
    Language,
    normalise_tags,
    validate,
)
from desk_app.domain.slug import slugify
from desk_app.ui.editor.fields import FieldBox, LimitedLineEdit, LimitedTextEdit, StatusBadge, ZoneCombo, valid_zone
from desk_app.ui.editor.photo_attach import PhotoField, accept_photo_drag, drop_photo

__all__ = ["MetadataPanel"]

_SLUG_CHARS = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_COMPARED = tuple(name for name in ArticleData.EDITABLE if name != "body")


class MetadataPanel(QWidget):
    """Headline, slug, lede, credits, dateline and time, tags, language, photo, status, note."""

    sig_changed = Signal()
    """The user changed a field."""
    sig_language_changed = Signal(str)
    """The user picked another language (its code)."""
    sig_message = Signal(str)
    """A field cut or cleaned what was pasted into it (the explanation)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("metadataPanel")
        self.setAcceptDrops(True)   # a photo file dropped anywhere on the panel is attached
        self._loading = False
        self._slug_auto = True
        self._instant: datetime | None = None
        self._zone = DEFAULT_ZONE
        self.boxes: dict[str, FieldBox] = {}
        self._build()

    # -- building ------------------------------------------------------------
    def _line(self, name: str, limit: int, label: str, placeholder: str = "") -> LimitedLineEdit:
        edit = LimitedLineEdit(limit, label, self)
        edit.setPlaceholderText(placeholder)
        edit.sig_message.connect(self.sig_message)
        edit.textChanged.connect(lambda _t, n=name: self._changed(n))
        return edit

    def _text(self, name: str, limit: int, label: str, lines: int, placeholder: str = "") -> LimitedTextEdit:
        edit = LimitedTextEdit(limit, label, lines, self)
        edit.setPlaceholderText(placeholder)
        edit.sig_message.connect(self.sig_message)
        edit.textChanged.connect(lambda n=name: self._changed(n))
        return edit

    def _box(self, name: str, field: QWidget, *extras: QWidget) -> FieldBox:
        box = FieldBox(field, *extras, parent=self)
        self.boxes[name] = box
        return box

    def _build(self) -> None:
        self.headline = self._line("headline", HEADLINE_MAX, "Headline", "What happened, in one line")
        self.headline_count = QLabel(self)
        self.headline_count.setObjectName("counter")
        self.slug = self._line("slug", SLUG_MAX, "Slug", "made from the headline")
        self.slug.textEdited.connect(self._slug_edited)
        self.slug_reset = QPushButton("Auto", self)
        self.slug_reset.setToolTip("Make the slug from the headline again")
        self.slug_reset.clicked.connect(self.reset_slug)
        self.lede = self._text("lede", LEDE_MAX, "Lede", 4, "Two or three sentences: the news and why it matters")
        self.lede_count = QLabel(self)
        self.lede_count.setObjectName("counter")
        self.language = QComboBox(self)
        for lang in Language:
            self.language.addItem(lang.label, lang.value)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.status = StatusBadge(self)
        self.tags = self._line("tags", TAGS_MAX * (TAG_MAX + 2), "Tags", "Comma-separated: Дагестан, ЖКХ")

        self.dateline_place = self._line("dateline_place", SHORT_FIELD_MAX, "Dateline place", "Махачкала")
        self.byline = self._line("byline", SHORT_FIELD_MAX, "Byline", "Author")
        self.source = self._line("source", SHORT_FIELD_MAX, "Source", "Correspondent, agency…")
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd MMM yyyy  HH:mm")
        self.when.dateTimeChanged.connect(self._time_edited)
        self.zone = ZoneCombo(self)
        self.zone.currentTextChanged.connect(self._zone_edited)
        self.unpublished = QCheckBox("No time yet", self)
        self.unpublished.setToolTip("Leave the publication time empty (set when publishing)")
        self.unpublished.toggled.connect(self._unpublished_toggled)
        self.utc_hint = QLabel(self)
        self.utc_hint.setObjectName("hint")

        self.photo_field = PhotoField(self)
        self.photo_field.sig_stored.connect(self._photo_stored)
        self.photo_field.sig_removed.connect(lambda: self._changed("photo_media"))
        self.photo = self._line("photo", 2000, "Photo link", "Or a web address (not stored, not shown)")
        self.photo_caption = self._line("photo_caption", LEDE_MAX, "Photo caption")
        self.photo_credit = self._line("photo_credit", SHORT_FIELD_MAX, "Photo credit", "Photographer / agency")
        self.photo_source = self._line("photo_source", 2000, "Photo source link", "https://")
        self.ednote = self._text("ednote", LEDE_MAX, "Note to editors", 2, "Not published")

        article = QFormLayout()
        article.addRow("Headline", self._box("headline", self.headline, self.headline_count))
        article.addRow("Slug", self._box("slug", self.slug, self.slug_reset))
        article.addRow("Lede", self._box("lede", self.lede, self.lede_count))
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addSpacing(12)
        lang_row.addWidget(QLabel("Status", self))
        lang_row.addWidget(self.status)
        lang_row.addStretch(1)
        self.boxes["language"] = FieldBox(_wrap(lang_row, self), parent=self)
        article.addRow("Language", self.boxes["language"])
        article.addRow("Tags", self._box("tags", self.tags))

        credits = QFormLayout()
        credits.addRow("Place", self._box("dateline_place", self.dateline_place))
        time_row = QHBoxLayout()  # two lines, so the form fits a narrow column: time and zone, then the rest
        time_row.setContentsMargins(0, 0, 0, 0)
        time_row.addWidget(self.when, 2)
        time_row.addWidget(self.zone, 2)
        time_extra = QHBoxLayout()
        time_extra.addWidget(self.unpublished, 0)
        time_extra.addSpacing(12)
        time_extra.addWidget(self.utc_hint, 1)
        self.boxes["published_at"] = FieldBox(_wrap(time_row, self), parent=self)
        self.boxes["published_at"].layout().insertWidget(1, _wrap(time_extra, self))
        self.boxes["time_zone"] = self.boxes["published_at"]
        credits.addRow("Time", self.boxes["published_at"])
        credits.addRow("Byline", self._box("byline", self.byline))
        credits.addRow("Source", self._box("source", self.source))

        photo = QFormLayout()
        photo.addRow("Photo", self.photo_field)
        photo.addRow("Caption", self._box("photo_caption", self.photo_caption))
        photo.addRow("Credit", self._box("photo_credit", self.photo_credit))
        photo.addRow("Source link", self._box("photo_source", self.photo_source))
        photo.addRow("Or a link", self._box("photo", self.photo))

        note = QFormLayout()
        note.addRow("Note", self._box("ednote", self.ednote))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        self.missing = QLabel(self)   # what publishing still needs, shown all along (show_missing)
        self.missing.setObjectName("missingFields")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("QLabel#missingFields { color: #7a4b00; background: #fff4d6;"
                                   " border: 1px solid #e0b84f; border-radius: 4px; padding: 4px 8px; }")
        self.missing.hide()
        layout.addWidget(self.missing)
        forms = (("Article", article), ("Dateline and credits", credits), ("Photo", photo), ("Note to editors", note))
        label_width = max(self.fontMetrics().horizontalAdvance(form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                                                               .widget().text())
                          for _t, form in forms for row in range(form.rowCount())) + 8
        for title, form in forms:
            for row in range(form.rowCount()):  # one label column width in every group: fields line up
                form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setFixedWidth(label_width)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(6)
            group = QGroupBox(title, self)
            group.setLayout(form)
            layout.addWidget(group)
        layout.addStretch(1)
        self._update_counters()
        self._update_time_widgets()

    def show_missing(self, missing: list[str]) -> None:
        """Name the required fields that are still empty ("" hides the line)."""
        self.missing.setText("Needed to submit and publish: " + ", ".join(missing) + "." if missing else "")
        self.missing.setVisible(bool(missing))

    # -- data in and out -------------------------------------------------------
    def set_data(self, data: ArticleData) -> None:
        """Show ``data``'s fields (emits no change signals); keeps the cursor where a value is unchanged."""
        self._loading = True
        try:
            for name in ("headline", "slug", "byline", "source", "dateline_place", "photo", "photo_caption",
                         "photo_credit", "photo_source"):
                _set_text(getattr(self, name), getattr(data, name) or "")
            _set_text(self.lede, data.lede or "")
            _set_text(self.ednote, data.ednote or "")
            self.photo_field.show_stored(data.photo_media)
            _set_text(self.tags, ", ".join(data.tags))
            index = self.language.findData(data.language)
            self.language.setCurrentIndex(index if index >= 0 else 0)
            self.status.set_status(data.status)
            self._zone = data.time_zone if valid_zone(data.time_zone) else DEFAULT_ZONE
            self.zone.set_zone(data.time_zone)
            self._instant = data.published_at.astimezone(timezone.utc) if data.published_at else None
            self.unpublished.setChecked(self._instant is None)
            self._show_instant()
            self._slug_auto = not data.slug or data.slug == slugify(data.headline)
        finally:
            self._loading = False
        self._update_counters()
        self._update_time_widgets()
        self.validate_all()

    def apply_to(self, data: ArticleData) -> ArticleData:
        """A copy of ``data`` with this panel's values."""
        out = data.copy()
        for name in ("headline", "slug", "byline", "source", "dateline_place", "photo", "photo_caption",
                     "photo_credit", "photo_source"):
            setattr(out, name, getattr(self, name).text())
        out.lede = self.lede.text()
        out.ednote = self.ednote.text()
        out.photo_media = self.photo_field.sha256
        out.tags = self.tag_list()
        out.language = str(self.language.currentData())
        out.time_zone = self.zone.zone()
        out.published_at = None if self.unpublished.isChecked() else self._instant
        return out

    def differs_from(self, data: ArticleData) -> bool:
        mine = self.apply_to(data)
        return any(getattr(mine, name) != getattr(data, name) for name in _COMPARED)

    def tag_list(self) -> list[str]:
        return normalise_tags(self.tags.text().split(","))

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.headline, self.slug, self.byline, self.source, self.dateline_place, self.photo,
                     self.photo_caption, self.photo_credit, self.photo_source, self.tags, self.lede, self.ednote):
            edit.setReadOnly(read_only)
        for widget in (self.slug_reset, self.language, self.when, self.zone, self.unpublished):
            widget.setEnabled(not read_only)
        self.photo_field.set_read_only(read_only)
        self.setAcceptDrops(not read_only)
        if not read_only:
            self._update_time_widgets()

    def problems(self) -> dict[str, str]:
        """Field name -> the message shown under it now."""
        return {name: box.message.text() for name, box in self.boxes.items() if box.message.text()}

    # -- reacting to edits -----------------------------------------------------
    def _changed(self, name: str) -> None:
        if name == "headline":
            if self._slug_auto and not self._loading:
                _set_text(self.slug, slugify(self.headline.text()))
            self._update_counters()
        elif name == "lede":
            self._update_counters()
        self.validate_field(name)
        if name == "headline":
            self.validate_field("slug")
        if not self._loading:
            self.sig_changed.emit()

    def _slug_edited(self, _text: str) -> None:
        self._slug_auto = False
        self.slug_reset.setEnabled(True)

    def reset_slug(self) -> None:
        self._slug_auto = True
        self.slug.setText(slugify(self.headline.text()))
        self.slug_reset.setEnabled(False)

    def _language_picked(self, _index: int) -> None:
        if not self._loading:
            self.sig_language_changed.emit(str(self.language.currentData()))
            self.sig_changed.emit()

    def _time_edited(self, value: QDateTime) -> None:
        if self._loading or self.unpublished.isChecked():
            return
        d, t = value.date(), value.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=ZoneInfo(self._zone))
        self._instant = local.astimezone(timezone.utc)
        self._update_time_widgets()
        self.sig_changed.emit()

    def _zone_edited(self, text: str) -> None:
        name = text.strip()
        if valid_zone(name):
            self._zone = name
            self._loading, was = True, self._loading
            try:
                self._show_instant()
            finally:
                self._loading = was
        self._update_time_widgets()
        self.validate_field("time_zone")
        if not self._loading:
            self.sig_changed.emit()

    def _unpublished_toggled(self, checked: bool) -> None:
        if not checked and self._instant is None and not self._loading:
            self._instant = datetime.now(timezone.utc).replace(second=0, microsecond=0)
            self._loading = True
            try:
                self._show_instant()
            finally:
                self._loading = False
        self._update_time_widgets()
        if not self._loading:
            self.sig_changed.emit()

    def _show_instant(self) -> None:
        when = self._instant or datetime.now(timezone.utc)
        local = when.astimezone(ZoneInfo(self._zone))
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def _update_time_widgets(self) -> None:
        unpublished = self.unpublished.isChecked()
        self.when.setEnabled(not unpublished and self.unpublished.isEnabled())
        if unpublished or self._instant is None:
            self.utc_hint.setText("not set")
        else:
            self.utc_hint.setText(f"= {self._instant:%H:%M} UTC")

    def _update_counters(self) -> None:
        for label, value, limit in ((self.headline_count, self.headline.text(), HEADLINE_MAX),
                                    (self.lede_count, self.lede.text(), LEDE_MAX)):
            label.setText(f"{len(value)}/{limit}")
            label.setProperty("near", len(value) >= 0.9 * limit)
            label.style().unpolish(label)
            label.style().polish(label)

    def _photo_stored(self, _sha256: str) -> None:
        """A newly attached photo replaces a path or address: a local path must not travel."""
        if _URL.match(self.photo.text().strip()) is None:
            _set_text(self.photo, "")
        self._changed("photo_media")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        accept_photo_drag(self, event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        drop_photo(self, event)

    # -- validation ------------------------------------------------------------
    def validate_all(self) -> None:
        for name in ("headline", "slug", "lede", "byline", "source", "dateline_place", "time_zone", "tags",
                     "photo", "photo_caption", "photo_credit", "photo_source", "ednote"):
            self.validate_field(name)

    def validate_field(self, name: str) -> None:
        box = self.boxes.get(name)
        if box is None:
            return
        data = self.apply_to(ArticleData())
        probe = ArticleData(**{name: getattr(data, name)})
        problems = validate(probe)
        if problems:
            box.set_problem(" ".join(problems))
            return
        warning = self._warning(name, data)
        box.set_problem(warning, warning=True)

    def _warning(self, name: str, data: ArticleData) -> str:
        """Advice that does not stop a save."""
        value = getattr(data, name)
        if name == "slug" and value and not _SLUG_CHARS.match(value):
            return "Slugs usually hold only lowercase Latin letters, digits and hyphens."
        if name == "photo" and value.strip():
            if _URL.match(value.strip()):
                return "A web photo is not shown in the preview: Desk never loads anything from the network."
            if not Path(value.strip()).expanduser().is_file():
                return "There is no file at this path on this computer."
        if name == "photo_source" and value.strip() and not _URL.match(value.strip()):
            return "Only http(s) links are published; this one will be left out."
        return ""


def _set_text(edit: QLineEdit | LimitedTextEdit, text: str) -> None:
    if edit.text() == text:
        return
    if isinstance(edit, LimitedTextEdit):
        edit.setPlainText(text)
    else:
        edit.setText(text)
        edit.setCursorPosition(0)   # a long value shows its beginning, not its end


def _wrap(layout: QHBoxLayout, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
