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

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
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
from desk_app.ui.domain_labels import language_label, required_label
from desk_app.ui.editor.fields import FieldBox, LimitedLineEdit, LimitedTextEdit, StatusBadge, ZoneCombo, valid_zone
from desk_app.ui.editor.photo_attach import PhotoField, accept_photo_drag, drop_photo
from desk_app.ui.i18n import localized, on_language_change, translate

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
        self._row_labels: dict[QWidget, QLabel] = {}
        self._build()

    # -- building ------------------------------------------------------------
    def _line(self, name: str, limit: int) -> LimitedLineEdit:
        edit = LimitedLineEdit(limit, name, self)   # named in the interface's language by _retranslate_ui
        edit.sig_message.connect(self.sig_message)
        edit.textChanged.connect(lambda _t, n=name: self._changed(n))
        return edit

    def _text(self, name: str, limit: int, lines: int) -> LimitedTextEdit:
        edit = LimitedTextEdit(limit, name, lines, self)
        edit.sig_message.connect(self.sig_message)
        edit.textChanged.connect(lambda n=name: self._changed(n))
        return edit

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        """A form row whose label _retranslate_ui names."""
        label = QLabel(self)
        self._row_labels[field] = label
        form.addRow(label, field)

    def _box(self, name: str, field: QWidget, *extras: QWidget) -> FieldBox:
        box = FieldBox(field, *extras, parent=self)
        self.boxes[name] = box
        return box

    def _build(self) -> None:
        self.headline = self._line("headline", HEADLINE_MAX)
        self.headline_count = QLabel(self)
        self.headline_count.setObjectName("counter")
        self.slug = self._line("slug", SLUG_MAX)
        self.slug.textEdited.connect(self._slug_edited)
        self.slug_reset = QPushButton(self)
        self.slug_reset.setObjectName("slugReset")
        self.slug_reset.clicked.connect(self.reset_slug)
        self.lede = self._text("lede", LEDE_MAX, 4)
        self.lede_count = QLabel(self)
        self.lede_count.setObjectName("counter")
        self.language = QComboBox(self)
        for lang in Language:
            self.language.addItem(lang.label, lang.value)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)   # names change length
        self.language.currentIndexChanged.connect(self._language_picked)
        self.status = StatusBadge(self)
        self.tags = self._line("tags", TAGS_MAX * (TAG_MAX + 2))

        self.dateline_place = self._line("dateline_place", SHORT_FIELD_MAX)
        self.dateline_place.setPlaceholderText("Махачкала")   # an example in the articles' language
        self.byline = self._line("byline", SHORT_FIELD_MAX)
        self.source = self._line("source", SHORT_FIELD_MAX)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.dateTimeChanged.connect(self._time_edited)
        self.zone = ZoneCombo(self)
        self.zone.currentTextChanged.connect(self._zone_edited)
        self.unpublished = QCheckBox(self)
        self.unpublished.setObjectName("noTimeYet")
        self.unpublished.toggled.connect(self._unpublished_toggled)
        self.utc_hint = QLabel(self)
        self.utc_hint.setObjectName("hint")

        self.photo_field = PhotoField(self)
        self.photo_field.sig_stored.connect(self._photo_stored)
        self.photo_field.sig_removed.connect(lambda: self._changed("photo_media"))
        self.photo = self._line("photo", 2000)
        self.photo_caption = self._line("photo_caption", LEDE_MAX)
        self.photo_credit = self._line("photo_credit", SHORT_FIELD_MAX)
        self.photo_source = self._line("photo_source", 2000)
        self.photo_source.setPlaceholderText("https://")
        self.ednote = self._text("ednote", LEDE_MAX, 2)

        article = QFormLayout()
        self._row(article, self._box("headline", self.headline, self.headline_count))
        self._row(article, self._box("slug", self.slug, self.slug_reset))
        self._row(article, self._box("lede", self.lede, self.lede_count))
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addSpacing(12)
        self.status_caption = QLabel(self)
        lang_row.addWidget(self.status_caption)
        lang_row.addWidget(self.status)
        lang_row.addStretch(1)
        self.boxes["language"] = FieldBox(_wrap(lang_row, self), parent=self)
        self._row(article, self.boxes["language"])
        self._row(article, self._box("tags", self.tags))

        credits = QFormLayout()
        self._row(credits, self._box("dateline_place", self.dateline_place))
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
        self._row(credits, self.boxes["published_at"])
        self._row(credits, self._box("byline", self.byline))
        self._row(credits, self._box("source", self.source))

        photo = QFormLayout()
        self._row(photo, self.photo_field)
        self._row(photo, self._box("photo_caption", self.photo_caption))
        self._row(photo, self._box("photo_credit", self.photo_credit))
        self._row(photo, self._box("photo_source", self.photo_source))
        self._row(photo, self._box("photo", self.photo))

        note = QFormLayout()
        self._row(note, self._box("ednote", self.ednote))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        self.missing = QLabel(self)   # what publishing still needs, shown all along (show_missing)
        self.missing.setObjectName("missingFields")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("QLabel#missingFields { color: #7a4b00; background: #fff4d6;"
                                   " border: 1px solid #e0b84f; border-radius: 4px; padding: 4px 8px; }")
        self.missing.hide()
        self._missing: list[str] = []
        layout.addWidget(self.missing)
        self._forms = (article, credits, photo, note)
        self._groups: list[QGroupBox] = []
        for form in self._forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(6)
            group = QGroupBox(self)
            group.setLayout(form)
            layout.addWidget(group)
            self._groups.append(group)
        layout.addStretch(1)
        self._update_counters()
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        """Every label, placeholder and tooltip in the interface's language (again on a switch)."""
        fields = {  # the field: (its name in messages, placeholder)
            self.headline: (translate("MetadataPanel", "Headline"),
                            translate("MetadataPanel", "What happened, in one line")),
            self.slug: (translate("MetadataPanel", "Slug"), translate("MetadataPanel", "made from the headline")),
            self.lede: (translate("MetadataPanel", "Lede"),
                        translate("MetadataPanel", "Two or three sentences: the news and why it matters")),
            self.tags: (translate("MetadataPanel", "Tags"),
                        translate("MetadataPanel", "Comma-separated: Дагестан, ЖКХ")),
            self.dateline_place: (translate("MetadataPanel", "Dateline place"), None),
            self.byline: (translate("MetadataPanel", "Byline"), translate("MetadataPanel", "Author")),
            self.source: (translate("MetadataPanel", "Source"), translate("MetadataPanel", "Correspondent, agency…")),
            self.photo: (translate("MetadataPanel", "Photo link"),
                         translate("MetadataPanel", "Or a web address (not stored, not shown)")),
            self.photo_caption: (translate("MetadataPanel", "Photo caption"), ""),
            self.photo_credit: (translate("MetadataPanel", "Photo credit"),
                                translate("MetadataPanel", "Photographer / agency")),
            self.photo_source: (translate("MetadataPanel", "Photo source link"), None),
            self.ednote: (translate("MetadataPanel", "Note to editors"), translate("MetadataPanel", "Not published")),
        }
        for edit, (label, placeholder) in fields.items():
            edit.label = label
            if placeholder is not None:
                edit.setPlaceholderText(placeholder)
        rows = {  # the widget a form row holds: its label
            self.boxes["headline"]: translate("MetadataPanel", "Headline"),
            self.boxes["slug"]: translate("MetadataPanel", "Slug"),
            self.boxes["lede"]: translate("MetadataPanel", "Lede"),
            self.boxes["language"]: translate("MetadataPanel", "Language"),
            self.boxes["tags"]: translate("MetadataPanel", "Tags"),
            self.boxes["dateline_place"]: translate("MetadataPanel", "Place"),
            self.boxes["published_at"]: translate("MetadataPanel", "Time"),
            self.boxes["byline"]: translate("MetadataPanel", "Byline"),
            self.boxes["source"]: translate("MetadataPanel", "Source"),
            self.photo_field: translate("MetadataPanel", "Photo"),
            self.boxes["photo_caption"]: translate("MetadataPanel", "Caption"),
            self.boxes["photo_credit"]: translate("MetadataPanel", "Credit"),
            self.boxes["photo_source"]: translate("MetadataPanel", "Source link"),
            self.boxes["photo"]: translate("MetadataPanel", "Or a link"),
            self.boxes["ednote"]: translate("MetadataPanel", "Note"),
        }
        titles = (translate("MetadataPanel", "Article"), translate("MetadataPanel", "Dateline and credits"),
                  translate("MetadataPanel", "Photo"), translate("MetadataPanel", "Note to editors"))
        for field, text in rows.items():
            self._row_labels[field].setText(text)
        labels = list(self._row_labels.values())
        label_width = max(self.fontMetrics().horizontalAdvance(label.text()) for label in labels) + 8
        for label in labels:   # one label column width in every group: fields line up
            label.setFixedWidth(label_width)
        for group, title in zip(self._groups, titles, strict=True):
            group.setTitle(title)
        self.slug_reset.setText(translate("MetadataPanel", "Auto"))
        self.slug_reset.setToolTip(translate("MetadataPanel", "Make the slug from the headline again"))
        self.status_caption.setText(translate("MetadataPanel", "Status"))
        for index in range(self.language.count()):
            self.language.setItemText(index, language_label(str(self.language.itemData(index))))
        self.status.set_status(self.status.status)
        self.unpublished.setText(translate("MetadataPanel", "No time yet"))
        self.unpublished.setToolTip(translate("MetadataPanel",
                                              "Leave the publication time empty (set when publishing)"))
        self.when.setLocale(QLocale())
        self.when.setDisplayFormat("dd MMM yyyy  HH:mm")   # the month's name in the language
        self._update_time_widgets()
        self.show_missing(self._missing)
        self.validate_all()

    def show_missing(self, missing: list[str]) -> None:
        """Name the required fields that are still empty ("" hides the line)."""
        self._missing = list(missing)
        names = ", ".join(required_label(name) for name in missing)
        self.missing.setText(translate("MetadataPanel", "Needed to submit and publish: {fields}.").format(
            fields=names) if missing else "")
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
            self.utc_hint.setText(translate("MetadataPanel", "not set"))
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
            box.set_problem(" ".join(localized(problem) for problem in problems))
            return
        warning = self._warning(name, data)
        box.set_problem(warning, warning=True)

    def _warning(self, name: str, data: ArticleData) -> str:
        """Advice that does not stop a save."""
        value = getattr(data, name)
        if name == "slug" and value and not _SLUG_CHARS.match(value):
            return translate("MetadataPanel", "Slugs usually hold only lowercase Latin letters, digits and hyphens.")
        if name == "photo" and value.strip():
            if _URL.match(value.strip()):
                return translate("MetadataPanel", "A web photo is not shown in the preview: Desk never loads "
                                 "anything from the network.")
            if not Path(value.strip()).expanduser().is_file():
                return translate("MetadataPanel", "There is no file at this path on this computer.")
        if name == "photo_source" and value.strip() and not _URL.match(value.strip()):
            return translate("MetadataPanel", "Only http(s) links are published; this one will be left out.")
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
