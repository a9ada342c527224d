"""The foreign-agent notice in the editor: shown apart, and no keyboard, mouse, clipboard or IME edit breaks it."""
from __future__ import annotations

from datetime import date

import pytest
from editor_test_helpers import ctrl, cursor_to, notice_of, type_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QInputMethodEvent, QTextCursor

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import check, is_canonical
from desk_app.ui.editor.notice_guard import notice_refusal


@pytest.fixture
def typed(pane, qtbot):
    """A new article with two paragraphs typed after the notice."""
    pane.new_article("ru")
    editor = pane.editor
    editor.setFocus()
    type_text(editor, "Первый абзац.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "Второй абзац.")
    return pane


def intact(pane) -> bool:
    policy = pane._ws.policy.current()
    body = pane.editor.body()
    return is_canonical(policy, body) and check(policy, body).ok


def first_editable(pane) -> int:
    return pane.editor.guard.first_editable()


def test_new_article_starts_with_the_notice_and_the_cursor_after_it(pane, ui_ws):
    pane.new_article("ru")
    notice = notice_of(ui_ws)
    assert pane.editor.body() == notice
    assert pane.editor.document().firstBlock().text() == notice
    assert pane.editor.textCursor().position() == len(notice) + 2
    fmt = pane.editor.document().firstBlock().blockFormat()
    assert fmt.background().color().name() == "#fff3bf"      # shown apart
    assert not pane.is_dirty()


def test_typing_after_the_notice_works(typed, ui_ws):
    assert typed.editor.body() == notice_of(ui_ws) + "\n\nПервый абзац.\n\nВторой абзац."
    assert typed.is_dirty()


def test_typing_at_the_very_start_of_the_first_paragraph_works(typed, qtbot, ui_ws):
    cursor_to(typed.editor, first_editable(typed))
    type_text(typed.editor, "Итак, ")
    assert typed.editor.body_without_notice().startswith("Итак, Первый абзац.")
    assert intact(typed)


def test_backspace_at_the_start_of_the_first_paragraph_is_refused_with_a_message(typed, qtbot):
    messages = []
    typed.sig_status_message.connect(messages.append)
    before = typed.editor.body()
    cursor_to(typed.editor, first_editable(typed))
    for _ in range(5):
        qtbot.keyClick(typed.editor, Qt.Key.Key_Backspace)
    assert typed.editor.body() == before
    assert notice_refusal() in messages
    assert typed.area.message_bar.text() == notice_refusal()


@pytest.mark.parametrize("where", [0, 10, "end_of_notice", "blank_line"])
def test_delete_and_backspace_inside_the_notice_are_refused(typed, qtbot, ui_ws, where):
    n = len(notice_of(ui_ws))
    position = {"end_of_notice": n, "blank_line": n + 1}.get(where, where)
    before = typed.editor.body()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        cursor_to(typed.editor, position)
        qtbot.keyClick(typed.editor, key)
        qtbot.keyClick(typed.editor, key, Qt.KeyboardModifier.ControlModifier)  # delete word
    assert typed.editor.body() == before


def test_typing_inside_the_notice_is_refused_and_moves_to_the_text(typed, qtbot):
    before = typed.editor.body()
    cursor_to(typed.editor, 5)
    type_text(typed.editor, "X")
    assert typed.editor.body() == before
    assert typed.editor.textCursor().position() == first_editable(typed)
    type_text(typed.editor, "Y")   # the next key goes into the text
    assert typed.editor.body_without_notice().startswith("YПервый")


def test_enter_on_the_blank_line_under_the_notice_adds_a_blank_line(typed, qtbot, ui_ws):
    cursor_to(typed.editor, len(notice_of(ui_ws)) + 1)
    qtbot.keyClick(typed.editor, Qt.Key.Key_Return)
    assert intact(typed)


def test_select_all_and_delete_removes_everything_but_the_notice(typed, qtbot, ui_ws):
    typed.editor.selectAll()
    qtbot.keyClick(typed.editor, Qt.Key.Key_Delete)
    assert typed.editor.body() == notice_of(ui_ws)
    assert "kept" in typed.area.message_bar.text()
    type_text(typed.editor, "Новый текст")
    assert typed.editor.body() == notice_of(ui_ws) + "\n\nНовый текст"


def test_select_all_and_type_replaces_the_text_but_keeps_the_notice(typed, qtbot, ui_ws):
    typed.editor.selectAll()
    type_text(typed.editor, "Z")
    assert typed.editor.body() == notice_of(ui_ws) + "\n\nZ"


def test_selection_across_the_notice_edge_deletes_only_the_text(typed, qtbot, ui_ws):
    n = len(notice_of(ui_ws))
    cursor_to(typed.editor, n + 8, anchor=n - 10)
    qtbot.keyClick(typed.editor, Qt.Key.Key_Backspace)
    assert typed.editor.body_without_notice().startswith(" абзац.")
    assert intact(typed)


def test_paste_over_the_notice_is_refused(typed, qtbot):
    before = typed.editor.body()
    cursor_to(typed.editor, 30, anchor=0)
    QGuiApplication.clipboard().setText("поддельное уведомление")
    qtbot.keyClick(typed.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert typed.editor.body() == before
    assert typed.area.message_bar.text() == notice_refusal()


def test_select_all_and_paste_keeps_the_notice(typed, qtbot, ui_ws):
    typed.editor.selectAll()
    QGuiApplication.clipboard().setText("Совсем другой текст.")
    qtbot.keyClick(typed.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert typed.editor.body() == notice_of(ui_ws) + "\n\nСовсем другой текст."


def test_cut_of_the_notice_is_refused_and_the_clipboard_untouched(typed, qtbot):
    QGuiApplication.clipboard().setText("before")
    before = typed.editor.body()
    cursor_to(typed.editor, 40, anchor=3)
    qtbot.keyClick(typed.editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    typed.editor.cut()   # the context menu's Cut goes here too
    assert typed.editor.body() == before
    assert QGuiApplication.clipboard().text() == "before"
    assert typed.area.message_bar.text() == notice_refusal()


def test_select_all_and_cut_takes_only_the_text(typed, qtbot, ui_ws):
    typed.editor.selectAll()
    qtbot.keyClick(typed.editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert typed.editor.body() == notice_of(ui_ws)
    assert QGuiApplication.clipboard().text() == "Первый абзац.\u2029\u2029Второй абзац.".replace("\u2029", "\n")


def test_context_menu_delete_of_the_notice_is_refused(typed):
    before = typed.editor.body()
    cursor_to(typed.editor, 20, anchor=0)
    typed.editor.delete_selection()
    assert typed.editor.body() == before


def test_drop_into_the_notice_is_refused(typed, qtbot):
    before = typed.editor.body()
    mime = QMimeData()
    mime.setText("dropped")
    point = typed.editor.cursorRect(_cursor_at(typed.editor, 5)).center()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    typed.editor.dropEvent(event)
    assert typed.editor.body() == before
    assert not event.isAccepted()


def test_dragging_the_notice_away_copies_instead_of_moving(typed, ui_ws):
    editor = typed.editor

    class DragFromEditor(QDropEvent):
        def source(self):  # a drag started in the editor itself
            return editor

    cursor_to(editor, 20, anchor=0)
    mime = QMimeData()
    mime.setText(editor.textCursor().selectedText())
    end = editor.document().characterCount() - 1
    point = editor.cursorRect(_cursor_at(editor, end)).center()
    event = DragFromEditor(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    editor.dropEvent(event)
    assert intact(typed)
    assert editor.body().endswith(mime.text())   # copied to where it was dropped, still in place above


def test_a_drag_cannot_start_from_a_selection_touching_the_notice(typed, qtbot):
    editor = typed.editor
    cursor_to(editor, 25, anchor=0)
    inside = editor.cursorRect(_cursor_at(editor, 5)).center()
    qtbot.mousePress(editor.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert editor._drag_blocked
    qtbot.mouseMove(editor.viewport(), inside + QPoint(120, 40))
    qtbot.mouseRelease(editor.viewport(), Qt.MouseButton.LeftButton, pos=inside + QPoint(120, 40))
    assert not editor._drag_blocked
    assert intact(typed)


def test_input_method_commit_inside_the_notice_is_refused(typed):
    before = typed.editor.body()
    cursor_to(typed.editor, 10)
    event = QInputMethodEvent("", [])
    event.setCommitString("ё")
    typed.editor.inputMethodEvent(event)
    assert typed.editor.body() == before
    cursor_to(typed.editor, first_editable(typed))
    ok = QInputMethodEvent("", [])
    ok.setCommitString("ё")
    typed.editor.inputMethodEvent(ok)
    assert typed.editor.body_without_notice().startswith("ёПервый")


def test_formatting_commands_on_the_notice_are_refused(typed, qtbot):
    before = typed.editor.body()
    cursor_to(typed.editor, 30, anchor=0)
    for key in (Qt.Key.Key_B, Qt.Key.Key_I, Qt.Key.Key_1, Qt.Key.Key_K):
        qtbot.keyClick(typed.editor, key, Qt.KeyboardModifier.ControlModifier)
    typed.area.actions_by_id["quote"].trigger()
    typed.area.actions_by_id["list"].trigger()
    assert typed.editor.body() == before


def test_heading_on_select_all_changes_only_the_text(typed, qtbot, ui_ws):
    typed.editor.selectAll()
    qtbot.keyClick(typed.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert typed.editor.body() == notice_of(ui_ws) + "\n\n## Первый абзац.\n\n## Второй абзац."


def test_undo_and_redo_never_bring_back_a_broken_notice(typed, qtbot):
    typed.editor.selectAll()
    qtbot.keyClick(typed.editor, Qt.Key.Key_Delete)
    type_text(typed.editor, "abc")
    for _ in range(10):
        qtbot.keyClick(typed.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert intact(typed)
    for _ in range(10):
        ctrl(qtbot, typed.editor, Qt.Key.Key_Z, shift=True)
        assert intact(typed)


def test_safety_net_restores_a_notice_damaged_behind_the_guards_back(typed, qtbot, ui_ws):
    """Should an edit slip past every guard, the notice comes back and undo cannot break it again."""
    cursor = QTextCursor(typed.editor.document())
    cursor.setPosition(0)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()   # bypasses the widget: what a bug elsewhere could do
    qtbot.waitUntil(lambda: intact(typed))
    assert "restored" in typed.area.message_bar.text()
    typed.editor.undo()
    assert intact(typed)
    assert typed.editor.body_without_notice() == "Первый абзац.\n\nВторой абзац."


def test_an_old_article_without_the_notice_is_shown_fixed_and_marked_unsaved(pane, ui_ws):
    pane.load_data(ArticleData(headline="Архив", body="Старый текст без уведомления.", version=3))
    assert pane.editor.body() == notice_of(ui_ws) + "\n\nСтарый текст без уведомления."
    assert pane.is_dirty()
    assert "notice was restored" in pane.area.message_bar.text()
    assert "missing" in pane.area.message_bar.text()


def test_an_altered_notice_is_replaced_by_the_canonical_one(pane, ui_ws):
    altered = notice_of(ui_ws).replace("МЕМО", "MEMO", 1)
    pane.load_data(ArticleData(body=altered + "\n\nТекст.", version=2))
    assert pane.editor.body() == notice_of(ui_ws) + "\n\nТекст."
    assert pane.is_dirty()


def test_end_placement_protects_the_last_paragraph(pane, ui_ws, qtbot, clock):
    ui_ws.policy.set(notice_of(ui_ws), placement="end", effective_from=date(2020, 1, 1))
    pane.new_article("ru")
    notice = notice_of(ui_ws)
    editor = pane.editor
    assert editor.body() == notice
    assert editor.textCursor().position() == 0
    type_text(editor, "Текст статьи.")
    assert editor.body() == "Текст статьи.\n\n" + notice
    end = editor.document().characterCount() - 1
    cursor_to(editor, end)
    type_text(editor, "х")
    assert editor.body() == "Текст статьи.\n\n" + notice
    assert editor.textCursor().position() == len("Текст статьи.")
    for position in (end, end - 3, len("Текст статьи.") + 1):
        cursor_to(editor, position)
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.body() == "Текст статьи.\n\n" + notice
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.body() == notice
    assert editor.document().lastBlock().blockFormat().background().color().name() == "#fff3bf"


def test_english_article_carries_the_russian_notice_too(pane, ui_ws):
    pane.new_article("en")
    assert pane.editor.body() == notice_of(ui_ws)
    assert pane.editor.guard.active


def _cursor_at(editor, position: int) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return cursor


def test_a_read_only_article_without_the_notice_is_shown_fixed_but_not_marked_unsaved(pane, ui_ws):
    pane.load_data(ArticleData(body="Опубликовано давно.", status="published", version=5))
    assert pane.is_read_only()
    assert pane.editor.body() == notice_of(ui_ws) + "\n\nОпубликовано давно."
    assert not pane.is_dirty()
    assert pane.maybe_close()
    assert "must save it" in pane.area.message_bar.text()
