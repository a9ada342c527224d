"""Unlabelled mentions in the editor: underlined off the keystroke path, the "Insert label" quick fix,
and the registry dialog."""
from __future__ import annotations

from datetime import date

import pytest
from editor_test_helpers import stored_article, type_text
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.domain.workflow import Role


@pytest.fixture
def listed(ui_ws):
    return ui_ws.registry.add(Entity("Пономарёв Лев Александрович", EntityKind.FOREIGN_AGENT_PERSON,
                                     included_on=date(2020, 12, 28)))


def _marked_texts(pane) -> list[str]:
    text = pane.editor.document().toRawText().replace("\u2029", "\n")
    return [text[m.start:m.end] for m in pane.mentions.marked]


def test_an_opened_article_shows_its_unlabelled_mention_underlined(pane, ui_ws, listed):
    pane.open_article(stored_article(ui_ws, "На пикет вышел Лев Пономарёв.\n\nЕго поддержали."))
    assert _marked_texts(pane) == ["Лев Пономарёв"]
    underlined = [s for s in pane.editor.extraSelections() if s.format.underlineStyle().name == "WaveUnderline"]
    assert len(underlined) == 1 and underlined[0].cursor.selectedText() == "Лев Пономарёв"


def test_typing_checks_after_the_pause_not_on_the_keystroke(pane, ui_ws, listed, qtbot, monkeypatch):
    pane.open_article(stored_article(ui_ws, "Текст."))
    calls: list[int] = []
    original = pane.mentions.check_now
    monkeypatch.setattr(pane.mentions, "check_now", lambda: (calls.append(1), original())[-1])
    pane.mentions._timer.timeout.disconnect()
    pane.mentions._timer.timeout.connect(pane.mentions.check_now)
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    type_text(pane.editor, " Льва Пономарёва")
    assert calls == []                      # nothing ran while typing
    qtbot.waitUntil(lambda: _marked_texts(pane) == ["Льва Пономарёва"], timeout=3000)
    assert calls == [1]                     # one check once typing paused


def _point_at(editor, position: int):
    """Where a right-click lands on the character at ``position`` (what the context menu gets)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_insert_label_from_the_context_menu(pane, ui_ws, listed):
    pane.open_article(stored_article(ui_ws, "На пикет вышел Лев Пономарёв."))
    mark = pane.mentions.marked[0]
    menu = QMenu(pane.editor)
    for extend in pane.editor.menu_extenders:
        extend(menu, _point_at(pane.editor, mark.start + 2))
    fix = next(a for a in menu.actions() if a.objectName() == "mentions.quick_fix")
    assert fix.text() == "Insert label “(признан иностранным агентом)”"
    fix.trigger()
    assert "Лев Пономарёв (признан иностранным агентом)." in pane.editor.body()
    pane.mentions.check_now()
    assert pane.mentions.marked == []
    menu.deleteLater()


def test_no_quick_fix_away_from_a_mention(pane, ui_ws, listed):
    pane.open_article(stored_article(ui_ws, "На пикет вышел Лев Пономарёв."))
    menu = QMenu(pane.editor)
    for extend in pane.editor.menu_extenders:
        extend(menu, _point_at(pane.editor, 0))
    assert not [a for a in menu.actions() if a.objectName() == "mentions.quick_fix"]
    assert pane.mentions.insert_label_at(0) is False
    menu.deleteLater()


def test_the_registry_dialog_lists_and_reports_affected_articles(qtbot, ui_ws, listed, sync_tasks):
    from desk_app.ui.registry.dialog import RegistryDialog

    stored_article(ui_ws, "Суд оштрафовал Льва Пономарёва.", headline="Штраф")
    dialog = RegistryDialog(ui_ws, sync_tasks)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == listed.name
    dialog.find_affected([listed.id])
    rows = dialog.affected.model()
    assert rows.rowCount() == 1 and listed.name in rows.index(0).data()
    assert dialog.add_button.isEnabled()


def test_the_registry_dialog_is_read_only_for_editors(qtbot, ui_ws, listed, sync_tasks):
    from desk_app.ui.registry.dialog import RegistryDialog

    ui_ws.ensure_user("edit", Role.EDITOR)
    dialog = RegistryDialog(ui_ws.as_user("edit"), sync_tasks)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.import_button.isEnabled()
    assert "Only an admin" in dialog.status.text()
