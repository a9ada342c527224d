"""Limits that hold on paste, control characters taken out, and field validation as the user types."""
from __future__ import annotations

import time
from datetime import datetime, timezone

from editor_test_helpers import ctrl, notice_of, type_text
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from desk_app.domain.article import BODY_MAX, HEADLINE_MAX, LEDE_MAX, ArticleData


def paste_mime(editor, mime: QMimeData) -> None:
    editor.insertFromMimeData(mime)


def test_twenty_megabytes_paste_is_cut_to_the_body_limit_quickly_and_keeps_typed_text(pane, ui_ws):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "Набранный текст. ")
    mime = QMimeData()
    mime.setText(("x" * 99 + "\n") * 200_000)      # 20,000,000 characters
    started = time.perf_counter()
    paste_mime(pane.editor, mime)
    elapsed = time.perf_counter() - started
    body = pane.editor.body()
    assert len(body) <= BODY_MAX
    assert body.startswith(notice_of(ui_ws) + "\n\nНабранный текст. xxx")
    assert "20,000,000 characters" in pane.area.message_bar.text()
    assert elapsed < 5.0
    # the editor stays usable at the limit: more pasting is refused with a message
    paste_mime(pane.editor, mime)
    assert "limit" in pane.area.message_bar.text()
    assert len(pane.editor.body()) <= BODY_MAX


def test_a_binary_files_bytes_lose_their_control_characters(pane):
    pane.new_article("ru")
    raw = bytes(range(256)).decode("latin-1") * 4
    mime = QMimeData()
    mime.setText(raw)
    paste_mime(pane.editor, mime)
    text = pane.editor.body_without_notice()
    assert "\x00" not in text and "\x1b" not in text and "\x7f" not in text
    assert "control characters were removed" in pane.area.message_bar.text()


def test_non_text_clipboard_content_is_refused(pane, ui_ws):
    pane.new_article("ru")
    mime = QMimeData()
    mime.setData("image/png", b"\x89PNG\r\n\x1a\n....")
    assert not pane.editor.canInsertFromMimeData(mime)
    paste_mime(pane.editor, mime)
    assert pane.editor.body() == notice_of(ui_ws)
    assert "Only text" in pane.area.message_bar.text()


def test_ten_thousand_character_headline_paste_is_cut_to_250_with_a_message(pane, qtbot):
    pane.new_article("ru")
    messages = []
    pane.sig_status_message.connect(messages.append)
    QGuiApplication.clipboard().setText("Заголовок\n" + "ж" * 10_000)
    pane.metadata.headline.setFocus()
    ctrl(qtbot, pane.metadata.headline, Qt.Key.Key_V)
    assert len(pane.metadata.headline.text()) == HEADLINE_MAX
    assert pane.metadata.headline.text().startswith("Заголовок ж")     # the line break became a space
    assert f"{HEADLINE_MAX}/{HEADLINE_MAX}" == pane.metadata.headline_count.text()
    assert any("10,010 characters" in m and "250" in m for m in messages)
    type_text(pane.metadata.headline, "ещё")
    assert len(pane.metadata.headline.text()) == HEADLINE_MAX
    assert "limited to 250" in messages[-1]


def test_lede_paste_is_cut_to_its_limit(pane):
    pane.new_article("ru")
    mime = QMimeData()
    mime.setText("л" * 5000)
    pane.metadata.lede.insertFromMimeData(mime)
    assert len(pane.metadata.lede.text()) == LEDE_MAX
    assert "lede limit" in pane.area.message_bar.text()
    assert pane.metadata.lede_count.text() == f"{LEDE_MAX}/{LEDE_MAX}"


def test_validation_messages_appear_while_typing(pane):
    pane.new_article("ru")
    md = pane.metadata
    type_text(md.tags, "Дагестан, " + "т" * 70)
    assert "must be 1 to 60 characters" in md.boxes["tags"].message.text()
    assert md.tags.property("problem") == "error"
    md.tags.setText("Дагестан")
    assert md.boxes["tags"].message.text() == ""
    assert md.tags.property("problem") == ""

    md.zone.setCurrentText("")
    type_text(md.zone.lineEdit(), "Mars/Olympus")
    assert "Time zone “Mars/Olympus” is unknown" in md.boxes["time_zone"].message.text()
    md.zone.setCurrentText("Europe/Moscow")
    assert md.boxes["time_zone"].message.text() == ""

    md.byline.insert_clean("Автор\x00\x1b")
    assert md.byline.text() == "Автор"

    type_text(md.photo_source, "javascript:alert(1)")
    assert "Only http(s) links" in md.boxes["photo_source"].message.text()


def test_slug_follows_the_headline_until_edited_and_can_be_reset(pane):
    pane.new_article("ru")
    md = pane.metadata
    type_text(md.headline, "Суд в Нальчике")
    assert md.slug.text() == "sud-v-nalchike"
    md.slug.setFocus()
    md.slug.selectAll()
    type_text(md.slug, "nalchik-court")
    type_text(md.headline, " отложил")
    assert md.slug.text() == "nalchik-court"
    md.slug_reset.click()
    assert md.slug.text() == "sud-v-nalchike-otlozhil"


def test_publication_time_is_stored_as_utc_and_zone_change_keeps_the_moment(pane, ui_ws):
    moment = datetime(2026, 11, 19, 18, 33, tzinfo=timezone.utc)
    pane.load_data(ArticleData(headline="x", body="y", published_at=moment, time_zone="Europe/Moscow"))
    md = pane.metadata
    assert md.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-19 21:33"   # Moscow wall clock
    assert pane.current_data().published_at == moment
    md.zone.setCurrentText("Asia/Vladivostok")
    assert md.when.dateTime().toString("HH:mm") == "04:33"
    assert pane.current_data().published_at == moment
    assert pane.current_data().time_zone == "Asia/Vladivostok"
    md.when.setDateTime(md.when.dateTime().addSecs(3600))
    assert pane.current_data().published_at == datetime(2026, 11, 19, 19, 33, tzinfo=timezone.utc)
    assert pane.current_data().published_at.tzinfo is not None
    md.unpublished.setChecked(True)
    assert pane.current_data().published_at is None
    assert md.utc_hint.text() == "not set"


def test_language_switch_keeps_the_notice_when_the_policy_covers_both(pane, ui_ws):
    pane.new_article("ru")
    pane.metadata.language.setCurrentIndex(pane.metadata.language.findData("en"))
    assert pane.current_data().language == "en"
    assert pane.editor.body() == notice_of(ui_ws)
    assert pane.is_dirty()


def test_language_switch_follows_a_policy_for_russian_only(pane, ui_ws):
    from datetime import date

    ui_ws.policy.set(notice_of(ui_ws), languages=("ru",), effective_from=date(2020, 1, 1))
    pane.new_article("en")
    assert pane.editor.body() == ""
    assert not pane.editor.guard.active
    pane.metadata.language.setCurrentIndex(pane.metadata.language.findData("ru"))
    assert pane.editor.body() == notice_of(ui_ws)
    assert pane.editor.guard.active
    assert "added" in pane.area.message_bar.text()
