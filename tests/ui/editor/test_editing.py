"""Writing an article with the real widgets: typing, formatting shortcuts, find & replace, save and reopen."""
from __future__ import annotations

import time

from editor_test_helpers import ctrl, cursor_to, notice_of, stored_article, type_text
from PySide6.QtCore import Qt

from desk_app.domain.notice import is_canonical
from desk_app.ui.editor.highlighter import MarkdownHighlighter


def select_last_word(editor, length: int) -> None:
    end = editor.document().characterCount() - 1
    cursor_to(editor, end, anchor=end - length)


def test_create_type_bold_save_reopen(workspace, make_pane, qtbot):
    """On SQLite and PostgreSQL: the text typed and formatted is the text stored and shown again."""
    pane = make_pane(workspace)
    saved = []
    pane.sig_article_saved.connect(saved.append)
    assert pane.new_article("ru")
    type_text(pane.metadata.headline, "Вода вернулась в Махачкалу")
    pane.editor.setFocus()
    type_text(pane.editor, "Водоснабжение восстановлено ")
    type_text(pane.editor, "полностью")
    select_last_word(pane.editor, len("полностью"))
    ctrl(qtbot, pane.editor, Qt.Key.Key_B)
    cursor_to(pane.editor, pane.editor.document().characterCount() - 1)
    type_text(pane.editor, ".\n\nВторой абзац с ")
    ctrl(qtbot, pane.editor, Qt.Key.Key_I)
    type_text(pane.editor, "курсивом")
    assert pane.is_dirty()
    ctrl(qtbot, pane.editor, Qt.Key.Key_S)
    assert saved and not pane.is_dirty()

    stored = workspace.articles.get(saved[0])
    notice = notice_of(workspace)
    assert stored.body == notice + "\n\nВодоснабжение восстановлено **полностью**.\n\nВторой абзац с *курсивом*"
    assert is_canonical(workspace.policy.current(), stored.body)
    assert stored.headline == "Вода вернулась в Махачкалу"
    assert stored.slug == "voda-vernulas-v-makhachkalu"
    assert stored.word_count == 7

    other = make_pane(workspace)
    assert other.open_article(saved[0])
    assert other.editor.body() == stored.body
    assert other.metadata.headline.text() == stored.headline
    assert not other.is_dirty()


def test_second_save_updates_and_nothing_changed_is_fine(pane, ui_ws, qtbot):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "Один.")
    assert pane.save()
    first = ui_ws.articles.get(pane.article_id())
    type_text(pane.editor, " Два.")
    assert pane.save()
    second = ui_ws.articles.get(pane.article_id())
    assert second.version == first.version + 1
    assert second.body.endswith("Один. Два.")
    assert pane.save()          # nothing changed: no error


def test_heading_quote_list_and_link_shortcuts(pane, qtbot):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "Заголовок")
    ctrl(qtbot, pane.editor, Qt.Key.Key_2)
    assert pane.editor.body_without_notice() == "## Заголовок"
    ctrl(qtbot, pane.editor, Qt.Key.Key_2)       # the same level again: plain
    assert pane.editor.body_without_notice() == "Заголовок"
    ctrl(qtbot, pane.editor, Qt.Key.Key_1)
    assert pane.editor.body_without_notice() == "# Заголовок"
    ctrl(qtbot, pane.editor, Qt.Key.Key_3)
    assert pane.editor.body_without_notice() == "### Заголовок"
    ctrl(qtbot, pane.editor, Qt.Key.Key_3)
    ctrl(qtbot, pane.editor, Qt.Key.Key_Period, shift=True)
    assert pane.editor.body_without_notice() == "> Заголовок"
    ctrl(qtbot, pane.editor, Qt.Key.Key_Period, shift=True)
    ctrl(qtbot, pane.editor, Qt.Key.Key_8, shift=True)
    assert pane.editor.body_without_notice() == "- Заголовок"
    cursor_to(pane.editor, pane.editor.document().characterCount() - 1)
    type_text(pane.editor, " сайт")
    select_last_word(pane.editor, 4)
    pane.prompter.link = ("сайт мэрии", "https://mkala.ru/")
    ctrl(qtbot, pane.editor, Qt.Key.Key_K)
    assert pane.editor.body_without_notice() == "- Заголовок [сайт мэрии](https://mkala.ru/)"


def test_bold_toggles_off_and_empty_pair_when_nothing_selected(pane, qtbot):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "слово")
    select_last_word(pane.editor, 5)
    ctrl(qtbot, pane.editor, Qt.Key.Key_B)
    assert pane.editor.body_without_notice() == "**слово**"
    ctrl(qtbot, pane.editor, Qt.Key.Key_B)       # the inner word is still selected: unwrap
    assert pane.editor.body_without_notice() == "слово"
    cursor_to(pane.editor, pane.editor.document().characterCount() - 1)
    type_text(pane.editor, " ")
    ctrl(qtbot, pane.editor, Qt.Key.Key_B)
    type_text(pane.editor, "жирно")
    assert pane.editor.body_without_notice() == "слово **жирно**"


def test_undo_redo_shortcuts(pane, qtbot):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "abc")
    ctrl(qtbot, pane.editor, Qt.Key.Key_Z)
    assert pane.editor.body_without_notice() == ""
    assert not pane.is_dirty()
    ctrl(qtbot, pane.editor, Qt.Key.Key_Z, shift=True)
    assert pane.editor.body_without_notice() == "abc"
    ctrl(qtbot, pane.editor, Qt.Key.Key_Z)
    ctrl(qtbot, pane.editor, Qt.Key.Key_Y)
    assert pane.editor.body_without_notice() == "abc"


def test_find_replace_bar(pane, ui_ws, qtbot):
    stored = stored_article(ui_ws, "Материал о воде. Ещё материал.\n\nМАТЕРИАЛ третий.")
    pane.open_article(stored)
    pane.editor.setFocus()
    ctrl(qtbot, pane.editor, Qt.Key.Key_F)
    bar = pane.area.find_bar
    assert bar.isVisible() and not bar.replace_edit.isVisible()
    type_text(bar.find_edit, "материал")
    assert bar.count_label.text() == "4 matches"      # three in the text, one in the notice
    bar.case_box.setChecked(True)
    assert bar.count_label.text() == "1 match"
    assert bar.find_next()
    assert pane.editor.textCursor().selectedText() == "материал"
    bar.case_box.setChecked(False)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()

    pane.editor.setFocus()
    ctrl(qtbot, pane.editor, Qt.Key.Key_H)
    assert bar.replace_edit.isVisible()
    bar.find_edit.setText("материал")
    bar.replace_edit.setText("текст")
    messages = []
    pane.sig_status_message.connect(messages.append)
    assert bar.replace_all() == 3
    assert "1 in the foreign-agent notice left unchanged" in messages[-1]
    assert pane.editor.body_without_notice() == "текст о воде. Ещё текст.\n\nтекст третий."
    assert pane.editor.body().startswith(notice_of(ui_ws))
    pane.editor.undo()                                  # one undo step for all of them
    assert pane.editor.body_without_notice() == "Материал о воде. Ещё материал.\n\nМАТЕРИАЛ третий."


def test_replace_one_refuses_the_notice(pane, ui_ws):
    pane.new_article("ru")
    bar = pane.area.find_bar
    bar.open_replace()
    bar.find_edit.setText("МАТЕРИАЛ")
    bar.replace_edit.setText("X")
    assert not bar.replace_one()
    assert pane.editor.body() == notice_of(ui_ws)


def test_word_and_character_counts_leave_out_the_notice(pane, ui_ws):
    pane.open_article(stored_article(ui_ws, "Раз два три.\n\nЧетыре."))
    assert pane.area.counts.text().startswith("4 words · 21 characters")


def test_highlighting_is_per_block_and_fast_on_20000_words(qapp):
    """Typing in a 20,000-word article re-highlights only the paragraph typed in."""
    from PySide6.QtGui import QTextDocument

    calls = []

    class Counting(MarkdownHighlighter):
        def highlightBlock(self, text):
            calls.append(1)
            super().highlightBlock(text)

    paragraph = ("Жители **трёх** районов Махачкалы *вторые* сутки без воды, [пишет](https://x.ru) `код` "
                 * 6).strip()
    body = "\n\n".join([paragraph] * 340)       # ≈ 20,400 words
    doc = QTextDocument()
    highlighter = Counting(doc)
    started = time.perf_counter()
    doc.setPlainText(body)
    load = time.perf_counter() - started
    calls.clear()
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(doc)
    cursor.setPosition(len(body) // 2)
    started = time.perf_counter()
    for ch in "typing":
        cursor.insertText(ch)
    per_key = (time.perf_counter() - started) / 6
    assert len(calls) <= 6 * 2
    assert per_key < 0.02
    assert load < 3.0
    del highlighter
