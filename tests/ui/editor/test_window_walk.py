"""Items from a walk through the window: recovery after undo, required fields, Tab, Ctrl+End in pairs."""
from __future__ import annotations

import pytest
from editor_test_helpers import stored_article, type_text
from PySide6.QtCore import Qt

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import InvalidInput
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action

N = DEMO_NOTICE_TEXT


def test_undoing_back_to_the_saved_text_leaves_no_recovery_copy(make_pane, ui_ws, journal, qtbot):
    pane = make_pane(ui_ws)
    article_id = stored_article(ui_ws)
    pane.open_article(article_id)
    pane.editor.setFocus()
    cursor = pane.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    type_text(pane.editor, "abc")
    assert pane.is_dirty()
    pane.write_snapshot(now=True)
    assert journal.path_for(article_id).exists()
    for _ in range(3):
        pane.editor.undo()
    assert not pane.is_dirty()
    assert not journal.path_for(article_id).exists()   # a normal quit now leaves nothing to "recover"
    type_text(pane.editor, "d")                         # and a new edit is journalled again
    pane.write_snapshot(now=True)
    assert journal.path_for(article_id).exists()


def test_required_fields_are_shown_all_along_and_refused_at_submit(make_pane, ui_ws, qtbot):
    pane = make_pane(ui_ws)
    article_id = stored_article(ui_ws, headline="Заголовок")
    pane.open_article(article_id)
    qtbot.waitUntil(lambda: pane.metadata.missing.isVisible(), timeout=3000)
    assert pane.metadata.missing.text() == "Needed to submit and publish: lede, byline, dateline."
    pane.metadata.lede.setPlainText("Лид статьи.")
    qtbot.waitUntil(lambda: "lede" not in pane.metadata.missing.text(), timeout=3000)
    assert "byline, dateline" in pane.metadata.missing.text()
    with pytest.raises(InvalidInput, match="Cannot submit: the lede, byline and dateline are missing"):
        ui_ws.workflow.perform(article_id, Action.SUBMIT)
    assert ui_ws.articles.get(article_id).status == "draft"


def test_complete_articles_show_nothing_missing(make_pane, ui_ws, qtbot):
    pane = make_pane(ui_ws)
    pane.open_article(stored_article(ui_ws, headline="З", lede="Л", byline="Б", dateline_place="Нальчик"))
    qtbot.wait(600)
    assert not pane.metadata.missing.isVisible()


@pytest.mark.parametrize("modifiers", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier])
def test_tab_and_ctrl_tab_move_focus_out_of_the_body(make_pane, ui_ws, qtbot, modifiers):
    pane = make_pane(ui_ws)
    pane.open_article(stored_article(ui_ws))
    pane.editor.setFocus()
    qtbot.waitUntil(pane.editor.hasFocus, timeout=2000)
    before = pane.editor.body()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab, modifiers)
    assert not pane.editor.hasFocus()
    assert pane.editor.body() == before and "\t" not in pane.editor.body()
    pane.editor.setFocus()
    qtbot.waitUntil(pane.editor.hasFocus, timeout=2000)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Backtab, modifiers | Qt.KeyboardModifier.ShiftModifier)
    assert not pane.editor.hasFocus()


def test_ctrl_end_and_ctrl_home_stay_in_the_pair_being_typed(ui_ws, qtbot, tmp_path):
    from desk_app.ui.pairing.model import COL_TARGET
    from desk_app.ui.pairing.view import PairingView
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import SynchronousTaskRunner

    original = ui_ws.articles.create(ArticleData(language="ru", headline="Вода", lede="Лид.", body="\n\n".join(
        [N, "Первый абзац.", "Второй абзац.", "Третий абзац."]))).article
    translation = ui_ws.pairing.translate(original.id)
    view = PairingView(ui_ws, SynchronousTaskRunner(), Settings(tmp_path / "p.ini"))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.open_translation(translation.id)
    index = view.model.index(3, COL_TARGET)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.open_editor()
    editor.setFocus()
    qtbot.keyClicks(editor, "First line")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.table.currentIndex() == index and view.table.open_editor() is editor
    assert editor.textCursor().position() == 0
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.table.currentIndex() == index and view.table.open_editor() is editor
    assert editor.textCursor().position() == len(editor.toPlainText())
    qtbot.keyClicks(editor, "!")
    assert editor.toPlainText() == "First line\nsecond!"

    view.table.finish_editing()   # the editor closes between saves; the next Ctrl+End must not jump pairs
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.table.currentIndex() == index
    editor = view.table.open_editor()
    assert editor is not None and editor.textCursor().position() == len(editor.toPlainText())
