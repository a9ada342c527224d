"""The pairing view (pytest-qt): rows and badges, typing and marking, the needs-update diff,
memory suggestions inserted only on a click, alignment tools, read-only and spiked originals."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.ui.pairing.model import COL_SOURCE, COL_STATE, COL_TARGET, PairTableModel

RU = [
    "Авария произошла вечером 18 ноября на участке водовода длиной около 600 метров.",
    "В мэрии Махачкалы сообщили, что к подвозу воды привлечены 35 автоцистерн.",
    "Водоканал пообещал завершить ремонт к утру 21 ноября.",
]
EN = [
    "The accident occurred on the evening of November 18 on a section of the water main about 600 metres long.",
    "The Makhachkala mayor's office reported that 35 tank trucks have been engaged in delivering water.",
    "The water utility has promised to complete the repairs by the morning of November 21.",
]


@pytest.fixture
def tasks(qapp):
    from desk_app.ui.tasks import SynchronousTaskRunner

    return SynchronousTaskRunner()


@pytest.fixture
def settings(tmp_path, qapp):
    from desk_app.ui.settings import Settings

    return Settings(tmp_path / "settings" / "desk.ini")


@pytest.fixture
def make_view(qtbot, workspace, tasks, settings):
    from desk_app.ui.pairing.view import PairingView

    def make(translation_id: str) -> PairingView:
        view = PairingView(workspace, tasks, settings)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.open_translation(translation_id)
        return view
    return make


def original(ws, paragraphs=RU, **fields) -> ArticleData:
    data = ArticleData(language="ru", headline="Жители без воды", lede="Лид.",
                       body="\n\n".join([DEMO_NOTICE_TEXT, *paragraphs]), **fields)
    return ws.articles.create(data).article


def row_states(view) -> list[str]:
    m = view.model
    return [m.index(r, COL_STATE).data(PairTableModel.StateRole) for r in range(m.FIRST_PAIR_ROW, m.rowCount())]


def test_rows_badges_and_editability(workspace, make_view):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    view = make_view(tr.id)
    m = view.model
    assert m.rowCount() == 2 + 3
    assert [m.index(r, COL_STATE).data() for r in range(m.rowCount())] == \
        ["Headline", "Lede", "Untranslated", "Untranslated", "Untranslated"]
    assert m.index(2, COL_SOURCE).data() == RU[0]
    assert m.index(2, COL_TARGET).data() == ""  # never the source text
    assert not m.flags(m.index(2, COL_SOURCE)) & Qt.ItemFlag.ItemIsEditable
    assert m.flags(m.index(2, COL_TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert not view.banner.isVisible()
    assert view.table.currentIndex().row() == 2  # opens on the first pair needing work
    assert "3 pairs" in view.summary.text()


def test_type_then_ctrl_enter_saves_and_marks_translated(workspace, make_view, qtbot):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    view = make_view(tr.id)
    messages = []
    view.sig_status_message.connect(messages.append)
    index = view.model.index(2, COL_TARGET)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.open_editor()
    assert editor is not None
    qtbot.keyClicks(editor, EN[0])
    with qtbot.waitSignal(view.sig_translation_saved, timeout=2000) as saved:
        view.actions_by_name["translated"].trigger()
    assert saved.args == [tr.id]
    assert row_states(view) == ["translated", "untranslated", "untranslated"]
    assert view.table.currentIndex().row() == 3 and view.table.currentIndex().column() == COL_TARGET
    assert messages[-1] == "Pair marked translated."
    pair = workspace.pairing.pairs(tr.id).pairs[0]
    assert pair.target_text == EN[0] and pair.marked_by == "chief" and pair.state == "translated"
    assert EN[0] in workspace.articles.get(tr.id).body


def test_the_shortcut_works_from_inside_the_editor(workspace, make_view, qtbot):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    view = make_view(tr.id)
    with qtbot.waitActive(view):  # shortcuts reach only the active window
        view.activateWindow()
    index = view.model.index(3, COL_TARGET)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.open_editor()
    editor.setFocus()
    qtbot.keyClicks(editor, EN[1])
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row_states(view)[1] == "translated", timeout=2000)


def test_marking_an_empty_pair_is_refused_in_one_sentence(workspace, make_view):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    view = make_view(tr.id)
    messages = []
    view.sig_status_message.connect(messages.append)
    view.table.setCurrentIndex(view.model.index(2, COL_TARGET))
    view.mark_current("translated")
    assert messages == ["Pair 1 has no translation yet; write it before marking it translated."]
    view.table.setCurrentIndex(view.model.index(0, COL_TARGET))  # the headline row is not a pair
    view.mark_current("translated")
    assert messages[-1] == "Select a paragraph pair first."


def test_a_needs_update_row_shows_the_word_diff(workspace, make_view):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    workspace.pairing.save_targets(tr.id, EN, version=tr.version)
    for k in range(3):
        workspace.pairing.mark(tr.id, k, "translated")
    data = workspace.articles.get(orig.id)
    data.body = data.body.replace("35 автоцистерн", "42 автоцистерны")
    workspace.articles.save(data)
    view = make_view(tr.id)
    assert row_states(view) == ["translated", "needs_update", "translated"]
    assert view.model.index(3, COL_STATE).data() == "Needs update"
    assert view.table.currentIndex().row() == 3  # opens on the pair that needs work
    panel = view.side_panel
    assert panel.change_box.isVisible()
    old_html, new_html = panel.old_source.toHtml(), panel.new_source.toHtml()
    assert "35" in old_html and "42" in new_html
    assert "line-through" in old_html and "underline" in new_html
    assert "Needs update" in panel.title.text()
    view.table.setCurrentIndex(view.model.index(2, COL_TARGET))
    assert not panel.change_box.isVisible()


def test_suggestions_are_inserted_only_on_a_click(workspace, make_view):
    first = original(workspace)
    tr1 = workspace.pairing.translate(first.id)
    workspace.pairing.save_targets(tr1.id, EN, version=tr1.version)
    workspace.pairing.mark(tr1.id, 1, "translated")
    workspace.pairing.glossary_add("Махачкала", "Makhachkala", "place")
    second = original(workspace, [RU[1], "Новый абзац."])
    tr2 = workspace.pairing.translate(second.id)
    view = make_view(tr2.id)
    view.table.setCurrentIndex(view.model.index(2, COL_TARGET))
    panel = view.side_panel
    assert panel.suggestions.count() == 1
    assert panel.text_of(panel.suggestions, 0) == EN[1]
    assert "another translation" in panel.suggestions.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert [panel.text_of(panel.glossary, i) for i in range(panel.glossary.count())] == ["Makhachkala"]
    assert view.model.target_text(2) == ""  # nothing filled in by itself
    panel.suggestions.itemClicked.emit(panel.suggestions.item(0))
    assert view.model.target_text(2) == EN[1]
    assert view.model.dirty and view.actions_by_name["save"].isEnabled()
    panel.glossary.itemClicked.emit(panel.glossary.item(0))
    assert view.model.target_text(2) == EN[1] + " Makhachkala"
    view.save()
    assert not view.model.dirty
    assert row_states(view) == ["draft", "untranslated"]


def test_merge_and_realign_from_the_view(workspace, make_view):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    workspace.pairing.save_targets(tr.id, EN, version=tr.version)
    view = make_view(tr.id)
    view.table.setCurrentIndex(view.model.index(2, COL_SOURCE))
    view.merge_current()
    pairs = view.pair_view.pairs
    assert [(p.source, p.target, p.origin) for p in pairs] == [((0, 1), (0, 1), "manual"), ((2,), (2,), "auto")]
    view.realign()
    assert [(p.source, p.target, p.origin) for p in view.pair_view.pairs] == \
        [((0, 1), (0, 1), "manual"), ((2,), (2,), "auto")]
    view.table.setCurrentIndex(view.model.index(2, COL_TARGET))
    view.split_current()
    assert [(p.source, p.target) for p in view.pair_view.pairs] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_published_translation_is_read_only_and_a_spiked_original_is_named(workspace, make_view):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    workspace.pairing.save_targets(tr.id, EN, version=tr.version)
    from desk_app.store.guards import status_check_suspended
    from desk_app.store.models import Article

    with workspace.unit() as s, status_check_suspended(s):
        s.get(Article, tr.id).status = "published"
    workspace.workflow.perform(orig.id, "spike")
    view = make_view(tr.id)
    assert not view.model.flags(view.model.index(2, COL_TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert view.banner.isVisible()
    assert "spiked" in view.banner.text() and "published" in view.banner.text()
    assert not view.actions_by_name["save"].isEnabled()


def test_each_side_is_spell_checked_in_its_own_language(workspace, make_view, qtbot):
    orig = original(workspace, paragraphs=["Водоканал обещал завершить ремонт к утру, но бригады опаздалы."])
    tr = workspace.pairing.translate(orig.id)
    view = make_view(tr.id)
    spelling = view.spelling
    source = view.model.index(2, COL_SOURCE).data()
    qtbot.waitUntil(lambda: spelling.spans("ru", source) != [], timeout=5000)
    assert [source[a:b] for a, b in spelling.spans("ru", source)] == ["опаздалы"]
    assert view.model.language_of(COL_SOURCE) == "ru" and view.model.language_of(COL_TARGET) == "en"
    view.table.viewport().grab()   # paints the squiggled cell through the text layout
    index = view.model.index(2, COL_TARGET)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.open_editor()
    qtbot.keyClicks(editor, "The brigades were late for the repairz.")
    highlighter = editor.document().findChildren(QSyntaxHighlighter)[0]
    qtbot.waitUntil(lambda: any(r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                                for r in editor.document().firstBlock().layout().formats()), timeout=5000)
    squiggled = [editor.document().firstBlock().text()[r.start:r.start + r.length]
                 for r in editor.document().firstBlock().layout().formats()
                 if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]
    assert "".join(squiggled) == "repairz"
    assert highlighter is not None


def test_a_cell_editors_menu_offers_suggestions_in_its_language_and_replaces_the_word(
        workspace, make_view, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    orig = original(workspace, paragraphs=["Водоканал обещал завершить ремонт к утру."])
    view = make_view(workspace.pairing.translate(orig.id).id)
    index = view.model.index(2, COL_TARGET)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.open_editor()
    qtbot.keyClicks(editor, "The repairz are done.")
    qtbot.waitUntil(lambda: any(r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                                for r in editor.document().firstBlock().layout().formats()), timeout=5000)
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("repairz") + 3)
    point = editor.cursorRect(cursor).center()
    shown: list[list[str]] = []

    def pick():   # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(50, pick)
            return
        shown.append([a.text() for a in menu.actions()])
        chosen = next((a for a in menu.actions() if a.text() == "repairs"), None)
        menu.close()
        if chosen is not None:
            chosen.trigger()

    QTimer.singleShot(50, pick)
    QApplication.sendEvent(editor.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                                editor.viewport().mapToGlobal(point)))
    assert shown and "repairs" in shown[0][:3]          # English suggestions for the English side
    assert any("newsroom dictionary" in t for t in shown[0]) and any("personal dictionary" in t for t in shown[0])
    assert editor.toPlainText() == "The repairs are done."
