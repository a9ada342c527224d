"""Spelling in the article pane: squiggles off the keystroke path, suggestions, adding words."""
from __future__ import annotations

from datetime import date

from editor_test_helpers import append
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDialog, QMenu

from desk_app.domain.article import ArticleData
from desk_app.ui.editor.spell_dialog import AddWordDialog
from desk_app.ui.editor.spell_layer import PAUSE_MS

SQUIGGLE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def words_squiggled(editor) -> set[str]:
    found = set()
    block = editor.document().firstBlock()
    while block.isValid():
        spans = sorted((r.start, r.start + r.length) for r in block.layout().formats()
                       if r.format.underlineStyle() == SQUIGGLE)
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and merged[-1][1] >= start:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        found |= {block.text()[a:b] for a, b in merged}
        block = block.next()
    return found


def open_body(pane, ws, body: str, language: str = "ru"):
    data = ws.articles.create(ArticleData(headline="Проверка", body=body, language=language),
                              apply_notice=True).article
    assert pane.open_article(data.id)
    return pane.editor


def test_misspelt_words_get_squiggles_and_markdown_and_links_do_not(pane, ui_ws, qtbot):
    editor = open_body(pane, ui_ws, "Жители жалуютса на **подвос** воды: [сайт](https://vodokanal.example/grafek), "
                                     "`kod` и anna@example.org.\n\nВторой абзац без ошибок.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса", "подвос"}, timeout=3000)


def test_the_notice_block_is_never_checked_even_in_lower_case(pane, ui_ws, qtbot):
    ui_ws.policy.set("Данный материал распространён иноагентом Мемоиздатом.", effective_from=date(2020, 1, 1))
    editor = open_body(pane, ui_ws, "Жители жалуютса на воду.")
    assert "Мемоиздатом" in editor.body()
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса"}, timeout=3000)


def test_typing_rechecks_only_after_a_pause_and_only_the_edited_lines(pane, ui_ws, qtbot):
    editor = open_body(pane, ui_ws, "Первый абзац.\n\nВторой абзац.")
    qtbot.waitUntil(lambda: pane.spell.checker is not None, timeout=3000)
    append(editor, " Ашибка")
    assert "Ашибка" not in words_squiggled(editor)      # nothing is checked on the keystroke
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"Ашибка"}, timeout=PAUSE_MS * 10)


def test_a_suggestion_from_the_context_menu_replaces_the_word(pane, ui_ws, qtbot):
    editor = open_body(pane, ui_ws, "Жители жалуютса на воду.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса"}, timeout=3000)
    block = editor.document().lastBlock()
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + block.text().index("жалуютса") + 3)
    point = editor.cursorRect(cursor).center()
    assert pane.spell.misspelt_at(point)[2] == "жалуютса"
    menu = QMenu()
    pane.spell._extend_menu(menu, point)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "жалуются"
    assert any("newsroom dictionary" in t for t in texts) and any("personal dictionary" in t for t in texts)
    next(a for a in menu.actions() if a.text() == "жалуются").trigger()
    assert "Жители жалуются на воду." in editor.body()
    qtbot.waitUntil(lambda: words_squiggled(editor) == set(), timeout=PAUSE_MS * 10)


def test_adding_a_noun_like_a_listed_one_clears_its_other_forms(pane, ui_ws, qtbot, monkeypatch):
    editor = open_body(pane, ui_ws, "Дом обшили сайдингом, но сайдинга не хватило.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"сайдингом", "сайдинга"}, timeout=3000)

    def fill(dialog: AddWordDialog) -> int:
        dialog._word.setText("сайдинг")
        dialog._model.setText("вагон")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddWordDialog, "exec", fill)
    assert pane.spell.add_word("сайдингом", "newsroom")
    qtbot.waitUntil(lambda: words_squiggled(editor) == set(), timeout=3000)
    assert [w.word for w in ui_ws.spelling.newsroom_words("ru")] == ["сайдинг"]


def test_an_english_article_is_checked_in_english(pane, ui_ws, qtbot):
    editor = open_body(pane, ui_ws, "The water suply in Makhachkala was cut.", language="en")
    qtbot.waitUntil(lambda: "suply" in words_squiggled(editor), timeout=3000)
    assert pane.spell.language == "en"


def test_check_spelling_can_be_turned_off_and_is_remembered(pane, ui_ws, qtbot, settings):
    from desk_app.ui.settings import Options

    editor = open_body(pane, ui_ws, "Жители жалуютса на воду.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса"}, timeout=3000)
    assert pane.spell_action in pane.editor_actions() and pane.spell_action.shortcut().toString() == "F7"
    pane.spell_action.trigger()
    qtbot.waitUntil(lambda: words_squiggled(editor) == set(), timeout=3000)
    assert settings.get(Options.spell_check) is False
    pane.spell_action.trigger()
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса"}, timeout=3000)
    assert settings.get(Options.spell_check) is True


def test_the_next_article_in_the_same_language_is_checked_whole(pane, ui_ws, qtbot):
    editor = open_body(pane, ui_ws, "Жители жалуютса на воду.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"жалуютса"}, timeout=3000)
    runs = []
    original = pane.spell._whole_checked
    pane.spell._whole_checked = lambda result: (runs.append(1), original(result))
    open_body(pane, ui_ws, "Другая статья с ашибкой.")
    qtbot.waitUntil(lambda: words_squiggled(editor) == {"ашибкой"}, timeout=3000)
    assert runs    # in the worker, not line by line on the GUI thread


def test_the_lede_is_checked_in_the_article_language_too(pane, ui_ws, qtbot):
    data = ui_ws.articles.create(ArticleData(headline="Проверка", lede="Жители жалуютса на воду.",
                                             body="Текст.", language="ru"), apply_notice=True).article
    assert pane.open_article(data.id)
    lede = pane.metadata.lede

    def lede_squiggles() -> set[str]:
        block = lede.document().firstBlock()
        spans = [(r.start, r.start + r.length) for r in block.layout().formats()
                 if r.format.underlineStyle() == SQUIGGLE]
        return {block.text()[a:b] for a, b in spans}

    qtbot.waitUntil(lambda: lede_squiggles() == {"жалуютса"}, timeout=5000)
    pane.spell_action.trigger()     # off
    qtbot.waitUntil(lambda: lede_squiggles() == set(), timeout=3000)
