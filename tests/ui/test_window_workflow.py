"""The workflow, history, queues, translation pairing and badges as the real main window shows them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import FakePrompter, FakePrompts
from PySide6.QtCore import Qt

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action
from desk_app.ui.article_list.columns import COLUMN_INDEX
from desk_app.ui.article_list.delegate import BADGE_COLOURS, badge_colours
from desk_app.ui.article_list.translation_badges import OUTDATED_BADGE
from desk_app.ui.editor.dialogs import UnsavedChoice
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.settings import Settings
from desk_app.ui.tasks import SynchronousTaskRunner
from desk_app.ui.window.ids import Command, Menu, find_menu
from desk_app.ui.window.main_window import MainWindow

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
def make_window(workspace, qtbot, tmp_path):
    """``make_window()``: the real window over the workspace, shown, started, with scripted questions."""
    def make() -> MainWindow:
        prompts = FakePrompts()
        window = MainWindow(workspace, SynchronousTaskRunner(), Settings(tmp_path / "settings.ini"),
                            journal=RecoveryJournal(tmp_path / "recovery"), prompts=prompts)
        window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)
        qtbot.addWidget(window)
        window.restore_state()
        window.resize(1400, 900)
        with qtbot.waitExposed(window):
            window.show()
        window.start()
        return window
    return make


def article(ws, headline="Суд в Нальчике начал рассматривать иск", paragraphs=("Текст.",), **fields) -> str:
    values = dict(headline=headline, lede="Жильцы требуют ремонта.", byline="Аслан Шогенов",
                  dateline_place="Нальчик", body="\n\n".join([DEMO_NOTICE_TEXT, *paragraphs]))
    values.update(fields)
    return ws.articles.create(ArticleData(**values)).article.id


def translated(ws) -> tuple[str, str]:
    """A Russian original and its English translation, every pair translated."""
    original = article(ws, "Жители без воды", RU)
    tr = ws.pairing.translate(original)
    ws.pairing.save_targets(tr.id, EN, version=tr.version, headline="Residents without water")
    for k in range(len(EN)):
        ws.pairing.mark(tr.id, k, "translated")
    return original, tr.id


def menu_action(window: MainWindow, menu: Menu, action: Action):
    """The workflow transition ``action`` as its menu shows it (found by ids, not by visible text)."""
    found = find_menu(window, menu)
    assert found is not None, f"there is no {menu} menu"
    for item in found.actions():
        if item.data() == action.value:
            return item
    raise AssertionError(f"{menu} → {action} is not in the menu")


def status_cell(window: MainWindow, article_id: str) -> str:
    model = window.list_panel.model
    return model.data(model.index(model.row_of(article_id), COLUMN_INDEX["status"]))


def badges(window: MainWindow, article_id: str) -> list[str]:
    window.workflow_ui.badges.refresh_now()
    model = window.list_panel.model
    return model.badges(model.row_of(article_id))


def replace_in_editor(window: MainWindow, old: str, new: str) -> None:
    cursor = window.pane.editor.document().find(old)
    assert not cursor.isNull(), old
    cursor.insertText(new)
    assert window.pane.is_dirty()


# -- workflow ---------------------------------------------------------------------------------------

def test_menus_and_toolbar_carry_the_workflow_commands(workspace, make_window):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Article", "&Workflow", "&View"]
    workflow = [a.text() for a in window.workflow_ui.workflow_menu.actions() if not a.isSeparator()]
    assert workflow == ["&Submit for approval", "&Approve", "&Return with note…", "&Publish…", "Start &correction",
                        "Publish c&orrection…", "Spi&ke…", "&Unspike"]
    toolbar = [a.iconText() for a in window.toolbar.actions() if not a.isSeparator()]
    assert toolbar[:5] == ["New article", "Save", "Duplicate", "Submit", "Approve"]
    assert {"Return", "Publish", "Translate", "History"} <= set(toolbar)
    shortcuts = {key: window.commands[key].shortcut().toString()
                 for key in (Command.MINOR_EDIT, Command.OPEN_PAIRING, Command.EDITOR_QUEUE, Command.HISTORY,
                             Command.BACK_TO_ARTICLE)}
    assert shortcuts == {"minor_edit": "Ctrl+Alt+S", "open_pairing": "Ctrl+T", "editor_queue": "Ctrl+Shift+Q",
                         "history": "Ctrl+Shift+H", "back_to_article": "Alt+Left"}
    every = [s.toString() for a in window.findChildren(type(window.commands[Command.SAVE])) for s in a.shortcuts()
             if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut]
    assert len(every) == len(set(every)) + every.count("Ctrl+Shift+P") - 1, "no two window commands share a key"
    assert window.status.user_label.text() == "chief · Admin"


def test_a_transition_from_the_menu_changes_the_state_and_the_list_row(workspace, make_window):
    article_id = article(workspace)
    window = make_window()
    assert window.open_article(article_id)
    submit = menu_action(window, Menu.WORKFLOW, Action.SUBMIT)
    assert submit.isEnabled()
    submit.trigger()
    assert workspace.articles.get(article_id).status == "submitted"
    assert status_cell(window, article_id) == "Submitted"
    assert window.pane.current_data().status == "submitted"           # the pane reloaded the article
    approve = menu_action(window, Menu.WORKFLOW, Action.APPROVE)
    assert approve.isEnabled() and not submit.isEnabled()
    approve.trigger()
    assert status_cell(window, article_id) == "Approved"
    assert workspace.articles.get(article_id).status == "approved"
    publish = window.workflow_ui.actions.action(Action.PUBLISH)
    publish.trigger()
    assert status_cell(window, article_id) == "Published"
    assert window.pane.is_read_only()
    assert "start a correction to edit it" in window.pane.banner_label.text()
    assert "a admin" not in window.pane.banner_label.text()


def test_unsaved_changes_block_a_transition(workspace, make_window):
    article_id = article(workspace)
    window = make_window()
    window.open_article(article_id)
    window.pane.metadata.headline.setText("Новый заголовок")
    window.workflow_ui.actions.action(Action.SUBMIT).trigger()
    assert window.workflow_ui.prompts.errors == [("Cannot submit", "Save your changes first.")]
    assert workspace.articles.get(article_id).status == "draft"
    assert window.save()
    window.workflow_ui.actions.action(Action.SUBMIT).trigger()
    assert workspace.articles.get(article_id).status == "submitted"
    assert workspace.articles.get(article_id).headline == "Новый заголовок"


def test_the_read_only_banner_names_the_role_with_its_article(workspace, make_window):
    article_id = article(workspace)
    workspace.workflow.perform(article_id, Action.SUBMIT)
    workspace.workflow.perform(article_id, Action.APPROVE)
    workspace.workflow.perform(article_id, Action.PUBLISH)
    from desk_app.domain.workflow import Role

    workspace.ensure_user("cora", Role.CORRESPONDENT)
    from desk_app.ui.editor.pane import read_only_reason

    reason = read_only_reason(workspace.as_user("cora").actor, workspace.articles.get(article_id))
    assert reason == "You cannot edit this article: it is published and you are a correspondent."
    assert "start a correction" in read_only_reason(workspace.actor, workspace.articles.get(article_id))


# -- history, queue, returned -----------------------------------------------------------------------

def test_the_history_dock_shows_the_open_article_and_restoring_reloads_the_pane(workspace, make_window, clock):
    first = article(workspace, "Первый заголовок")
    other = article(workspace, "Другая статья")
    window = make_window()
    ui = window.workflow_ui
    window.open_article(first)
    window.pane.metadata.headline.setText("Второй заголовок")
    assert window.save()
    assert not ui.history_dock.isVisible()
    window.commands[Command.HISTORY].trigger()
    assert ui.history_dock.isVisible()
    assert ui.history.article_id() == first
    assert [r.number for r in ui.history.model.revisions()] == [2, 1]
    window.open_article(other)
    assert ui.history.article_id() == other and ui.history.model.rowCount() == 1
    window.open_article(first)
    ui.history.select_numbers([1])
    ui.history.restore_selected()
    assert window.pane.current_data().headline == "Первый заголовок"     # the pane shows the restored text
    assert not window.pane.is_dirty()
    assert [r.number for r in ui.history.model.revisions()] == [3, 2, 1]


def test_queue_and_returned_tabs_open_articles(workspace, make_window, qtbot):
    waiting = article(workspace, "Ждёт редактора")
    workspace.workflow.perform(waiting, Action.SUBMIT)
    window = make_window()
    ui = window.workflow_ui
    qtbot.waitUntil(lambda: ui.left_tabs.tabText(1) == "Editor's queue (1)")
    window.commands[Command.EDITOR_QUEUE].trigger()
    assert ui.left_tabs.currentWidget() is ui.queue
    ui.queue.sig_open_requested.emit(waiting)
    assert window.pane.article_id() == waiting
    ui.queue.select_ids([waiting])
    ui.queue.return_selected()                                          # returned with the scripted note
    assert workspace.articles.get(waiting).status == "returned"
    assert ui.left_tabs.tabText(1) == "Editor's queue"
    assert window.pane.current_data().status == "returned"
    window.commands[Command.RETURNED].trigger()
    assert ui.left_tabs.currentWidget() is ui.returned
    window.commands[Command.FOCUS_LIST].trigger()
    assert ui.left_tabs.currentWidget() is window.list_panel


# -- translation pairing ------------------------------------------------------------------------------

def test_translate_opens_the_pairing_page_and_again_opens_the_existing_translation(workspace, make_window):
    original = article(workspace, "Жители без воды", RU)
    window = make_window()
    ui = window.workflow_ui
    window.open_article(original)
    translate = window.commands[Command.TRANSLATE]
    assert translate.isEnabled() and translate.text() == "&Translate into English"
    translate.trigger()
    assert ui.on_pairing_page()
    created = ui.pairing_view.translation_id
    assert workspace.articles.get(created).translated_from == original
    assert ui.pairing_view.model.pair_count() == 3
    assert ui.actions.article_id() == created                           # the workflow acts on the translation
    window.commands[Command.BACK_TO_ARTICLE].trigger()
    assert not ui.on_pairing_page()
    translate.trigger()                                                 # a second time: the existing one
    assert ui.on_pairing_page() and ui.pairing_view.translation_id == created
    assert [row.id for row, _n in workspace.pairing.translations_of(original)] == [created]
    assert ui.prompts.errors == []
    window.commands[Command.OPEN_PAIRING].trigger()                           # Ctrl+T on the page goes back
    assert not ui.on_pairing_page()


def test_the_pairing_page_takes_ctrl_s_and_gives_it_back(workspace, make_window, qtbot):
    original, translation = translated(workspace)
    window = make_window()
    ui = window.workflow_ui
    ui.open_pairing(translation)
    assert ui.on_pairing_page()
    assert window.commands[Command.SAVE].shortcuts() == []
    assert ui.actions.action(Action.RETURN).shortcut().isEmpty()       # Ctrl+Shift+R re-aligns here
    ui.show_article_page()
    assert window.commands[Command.SAVE].shortcut().toString() == "Ctrl+S"
    assert ui.actions.action(Action.RETURN).shortcut().toString() == "Ctrl+Shift+R"


def test_a_translation_in_the_list_offers_the_pairing_view(workspace, make_window):
    original, translation = translated(workspace)
    window = make_window()
    texts = [a.text() for a in window.workflow_ui.list_menu(translation).actions()]
    assert "Open in pairing view\tCtrl+T" in texts
    texts = [a.text() for a in window.workflow_ui.list_menu(original).actions()]
    assert "Translate into English" in texts
    window.list_panel.select_article(translation, notify=True)
    window.open_article(translation)
    window.commands[Command.OPEN_PAIRING].trigger()
    assert window.workflow_ui.on_pairing_page()
    assert window.workflow_ui.pairing_view.translation_id == translation


def test_outdated_badge_after_an_edit_of_the_original_and_none_after_a_minor_edit(workspace, make_window):
    original, translation = translated(workspace)
    window = make_window()
    assert badges(window, translation) == []
    assert badges(window, original) == ["1 translation"]
    window.open_article(original)
    assert not window.commands[Command.MINOR_EDIT].isEnabled()                # nothing to save yet

    replace_in_editor(window, "35 автоцистерн", "40 автоцистерн")        # a real change: save normally
    assert window.save()
    assert badges(window, translation) == [OUTDATED_BADGE]
    assert badges(window, original) == ["1 translation · 1 outdated"]

    replace_in_editor(window, "40 автоцистерн", "35 автоцистерн")        # back as it was, as a minor edit
    assert window.commands[Command.MINOR_EDIT].isEnabled()
    window.commands[Command.MINOR_EDIT].trigger()
    assert not window.pane.is_dirty()
    assert "Minor edit" in workspace.articles.revisions(original)[-1].note
    assert badges(window, translation) == []
    assert badges(window, original) == ["1 translation"]

    replace_in_editor(window, "вечером 18 ноября", "вечером, 18 ноября")  # a typo fixed as a minor edit
    window.commands[Command.MINOR_EDIT].trigger()
    assert badges(window, translation) == []
    assert [p.effective_state for p in workspace.pairing.pairs(translation).pairs] == ["translated"] * 3


def test_a_translation_saved_in_the_editor_keeps_its_pairs_in_step(workspace, make_window):
    original, translation = translated(workspace)
    window = make_window()
    window.open_article(translation)
    replace_in_editor(window, EN[2], EN[2] + "\n\nA fourth paragraph added in the editor.")
    assert window.save()
    view = workspace.pairing.pairs(translation)
    assert view.stored                                   # after_translation_saved stored the new alignment
    assert sorted(i for p in view.pairs for i in p.target) == [0, 1, 2, 3]


def test_badge_colours_match_lock_and_translation_badges():
    assert badge_colours("being edited by Анна")[0].name() == BADGE_COLOURS["edited"][0]
    assert badge_colours(OUTDATED_BADGE)[0].name() == BADGE_COLOURS["outdated"][0]
    assert badge_colours("2 translations · 1 outdated")[0].name() == BADGE_COLOURS["outdated"][0]
    assert badge_colours("1 translation")[0].name() == BADGE_COLOURS["translation"][0]


def test_badge_providers_combine(workspace, make_window):
    article_id = article(workspace)
    window = make_window()
    window.add_badges_provider(lambda row: ["being edited by Анна"])
    window.add_badges_provider(lambda row: 1 / 0)                       # a broken one hides only its own
    model = window.list_panel.model
    assert model.badges(model.row_of(article_id)) == ["being edited by Анна"]


# -- the bench hook ---------------------------------------------------------------------------------------

def test_the_bench_hook_prints_the_first_paint_time_and_exits(sqlite_url, tmp_path):
    from desk_app.services.workspace import Workspace

    with Workspace.open(sqlite_url, user="chief") as ws:
        for i in range(3):
            article(ws, f"Статья {i}")
    env = dict(os.environ, DESK_BENCH_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen",
               DESK_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("DESK_DB", None)
    done = subprocess.run([sys.executable, "-m", "desk_app", "--db", sqlite_url], env=env, capture_output=True,
                          text=True, timeout=90, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    match = re.search(r"^first_paint_s=(\d+\.\d+)$", done.stdout, re.MULTILINE)
    assert match, done.stdout + done.stderr
    assert 0 < float(match.group(1)) < 90
