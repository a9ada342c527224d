"""The conflict dialog over a real conflict: both texts with word diffs, the marked merge, the choices.

``DESK_WRITE_SCREENSHOTS=1`` also writes docs/screenshots/conflict-dialog.png.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.conflicts import ASIDE_ACTION, MARK_MINE, ConflictService
from desk_app.ui.conflict.dialog import ConflictDialog

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "conflict-dialog.png"

LEAD = "В Махачкале третий день нет воды: без водоснабжения остались более 200 тысяч жителей."
MIDDLE = ("По словам жителей, воду привозят в цистернах, но очереди к ним растягиваются на несколько "
          "кварталов. Администрация города обещает восстановить подачу к пятнице.")
QUOTE = ("«Мы стоим здесь с шести утра, — рассказала корреспонденту пенсионерка Патимат. — Детям нечем "
         "умыться, в магазинах бутилированная вода закончилась ещё вчера».")
TAIL = "Причиной аварии в «Водоканале» называют износ магистрального водовода."


def body(*paragraphs: str) -> str:
    return "\n\n".join((DEMO_NOTICE_TEXT, *paragraphs))


def real_conflict(ws, clock):
    """Anna and I change different paragraphs — and both change the quote, differently."""
    ws.ensure_user("anna", Role.EDITOR, "Анна Петрова")
    anna = ws.as_user("anna")
    article = ws.articles.create(ArticleData(headline="Махачкала без воды", body=body(LEAD, MIDDLE, QUOTE, TAIL),
                                             lede="Жители Махачкалы третий день без воды.")).article
    mine = ws.articles.get(article.id)
    theirs = anna.articles.get(article.id)
    clock.advance(300)
    theirs.body = body(LEAD, MIDDLE.replace("к пятнице", "не раньше воскресенья"),
                       QUOTE.replace("с шести утра", "с пяти утра"), TAIL)
    theirs.lede = "Третий день без воды: очереди к цистернам."
    anna.articles.save(theirs)
    clock.advance(120)
    mine.body = body(LEAD.replace("более 200 тысяч", "около 250 тысяч"), MIDDLE,
                     QUOTE.replace("Детям нечем умыться", "Детей нечем даже умыть"), TAIL)
    mine.lede = "Махачкала: третий день без воды."
    with pytest.raises(ConflictError) as info:
        ws.articles.save(mine)
    service = ConflictService(ws)
    return service, service.prepare(mine, info.value)


@pytest.fixture
def case(workspace, clock):
    return real_conflict(workspace, clock)


def open_dialog(qtbot, case) -> ConflictDialog:
    dialog = ConflictDialog(case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_both_texts_side_by_side_with_word_diffs(qtbot, case):
    _, case = case
    dialog = open_dialog(qtbot, case)
    assert "Анна Петрова saved this article (version 2)" in dialog.findChild(type(dialog.merge_state), "conflictMessage").text()
    theirs_html, mine_html = dialog.theirs_view.toHtml(), dialog.mine_view.toHtml()
    assert "не раньше воскресенья" in dialog.theirs_view.toPlainText()
    assert "около 250 тысяч" in dialog.mine_view.toPlainText()
    assert "line-through" in theirs_html and "underline" in mine_html     # the word diff's marks
    assert dialog.fields_view.topLevelItemCount() == 1                     # the lede, changed on both sides


def test_the_merge_marks_what_both_changed_and_takes_the_rest(qtbot, case):
    _, case = case
    dialog = open_dialog(qtbot, case)
    text = dialog.merged_text()
    assert "около 250 тысяч" in text and "не раньше воскресенья" in text   # one side each: merged
    assert text.count(MARK_MINE) == 1 and "Детей нечем даже умыть" in text and "с пяти утра" in text
    assert not dialog.merge_button.isEnabled()
    assert dialog.merge_state.text().startswith("1 paragraph both of you changed is marked")
    dialog.all_theirs_button.click()
    assert dialog.merge_button.isEnabled() and MARK_MINE not in dialog.merged_text()
    assert "с пяти утра" in dialog.merged_text() and "Детей нечем даже умыть" not in dialog.merged_text()


def test_use_merge_returns_the_edited_text_and_field_choices(qtbot, case, workspace):
    service, case = case
    dialog = open_dialog(qtbot, case)
    dialog.all_mine_button.click()
    edited = dialog.merged_text().replace("Патимат", "Патимат Алиева")
    dialog.merge_edit.setPlainText(edited)
    dialog._field_combos["lede"].setCurrentIndex(1)      # theirs
    with qtbot.waitSignal(dialog.sig_resolved) as signal:
        dialog.merge_button.click()
    assert signal.args == ["merge", edited, {"lede": "theirs"}]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "merge"
    saved = service.resolve(case, dialog.choice, dialog.merged_text(), dialog.field_choices()).article
    assert "Патимат Алиева" in saved.body and "не раньше воскресенья" in saved.body
    assert saved.lede == "Третий день без воды: очереди к цистернам."
    assert [r.action for r in workspace.articles.revisions(saved.id)][-2:] == [ASIDE_ACTION, "conflict_merge"]


@pytest.mark.parametrize("button, choice", [("mine_button", "mine"), ("theirs_button", "theirs")])
def test_keep_mine_and_take_theirs(qtbot, case, button, choice):
    _, case = case
    dialog = open_dialog(qtbot, case)
    getattr(dialog, button).click()
    assert dialog.choice == choice and dialog.result() == QDialog.DialogCode.Accepted


def test_decide_later_writes_nothing(qtbot, case, workspace):
    _, case = case
    dialog = open_dialog(qtbot, case)
    dialog.later_button.click()
    assert dialog.choice is None and dialog.result() == QDialog.DialogCode.Rejected
    assert workspace.articles.get(case.article_id).version == 2


def test_the_two_texts_scroll_together(qtbot, case):
    _, case = case
    case.mine.body = "\n\n".join([case.mine.body] * 12)
    case.theirs.body = "\n\n".join([case.theirs.body] * 12)
    dialog = ConflictDialog(case)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    left, right = dialog.theirs_view.verticalScrollBar(), dialog.mine_view.verticalScrollBar()
    assert left.maximum() > 0 and right.maximum() > 0
    left.setValue(left.maximum())
    assert right.value() == right.maximum()
    right.setValue(0)
    assert left.value() == 0


def test_the_marked_blocks_are_coloured(qtbot, case):
    _, case = case
    dialog = open_dialog(qtbot, case)
    doc = dialog.merge_edit.document()
    states = [doc.findBlockByNumber(i).userState() for i in range(doc.blockCount())]
    texts = [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]
    mine_line = next(i for i, t in enumerate(texts) if "Детей нечем даже умыть" in t)
    theirs_line = next(i for i, t in enumerate(texts) if "с пяти утра" in t)
    assert states[mine_line] == 1 and states[theirs_line] == 2
    formats = doc.findBlockByNumber(mine_line).layout().formats()
    assert formats and formats[0].format.background().color().name() == "#e6f6ea"


def test_screenshot(qtbot, tmp_path, sqlite_url, clock):
    from desk_app.services.workspace import Workspace

    with Workspace.open(sqlite_url, user="chief", clock=clock) as ws:
        _, case = real_conflict(ws, clock)
    dialog = ConflictDialog(case)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 820)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 1000 and not image.isNull()
    assert image.save(str(tmp_path / "conflict.png"))
    if os.environ.get("DESK_WRITE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOT))
