"""The main window: list and pane together, menu commands, window state, crash recovery."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fakes import FakePrompter, FakePrompts
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction

from desk_app.domain.article import ArticleData
from desk_app.ui.article_list.columns import COLUMN_INDEX
from desk_app.ui.editor.dialogs import UnsavedChoice
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import SynchronousTaskRunner, TaskRunner
from desk_app.ui.window.ids import Command, Menu, find_menu
from desk_app.ui.window.main_window import MainWindow

NOTICE_FREE_MD = "---\nheadline: {headline}\nlanguage: ru\n---\nТекст статьи номер {n}.\n"


# -- fixtures --------------------------------------------------------------------------

def create(ws, clock, n: int, **fields) -> list[str]:
    ids = []
    for i in range(n):
        data = ArticleData(headline=fields.get("headline", f"Статья {i:03d}"), body=f"Текст {i}.",
                           **{k: v for k, v in fields.items() if k != "headline"})
        ids.append(ws.articles.create(data, apply_notice=True).article.id)
        clock.advance(60)
    return ids


@pytest.fixture
def settings_path(tmp_path) -> Path:
    return tmp_path / "settings" / "desk.ini"


@pytest.fixture
def make_window(workspace, qtbot, tmp_path, settings_path):
    """``make_window(tasks=None)`` builds, restores, shows and starts a window over the workspace."""
    made = []

    def make(tasks=None, prompts=None) -> MainWindow:
        window = MainWindow(workspace, tasks or SynchronousTaskRunner(), Settings(settings_path),
                            journal=RecoveryJournal(tmp_path / "recovery"), prompts=prompts or FakePrompts())
        window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)
        qtbot.addWidget(window)
        window.restore_state()
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # window shortcuts (Ctrl+D, F5, …) need an active window
            window.activateWindow()
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)


def make_dirty(window: MainWindow, text: str = "Изменённый заголовок") -> None:
    window.pane.metadata.headline.setText(text)
    assert window.pane.is_dirty()


# -- list and pane together --------------------------------------------------------------

def test_window_shows_the_list_the_pane_and_the_status_bar(workspace, clock, make_window):
    create(workspace, clock, 3)
    window = make_window()
    assert window.list_panel.model.rowCount() == 3
    assert window.status.count_label.text() == "3 articles"
    assert window.status.user_label.text() == "chief · Admin"
    expected = "Local: desk.sqlite3" if workspace.info.kind == "local" else "Shared: "
    assert window.status.workspace_label.text().startswith(expected)
    assert window.windowTitle().endswith("Desk")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Article", "&Workflow", "&View"]
    assert window.edit_menu.actions(), "the pane's editor actions are in the Edit menu"
    assert window.commands[Command.NEW].shortcut().toString() == "Ctrl+N"
    assert window.commands[Command.IMPORT].shortcut().toString() == "Ctrl+Shift+I"
    assert window.commands[Command.SAVE].shortcut().toString() == "Ctrl+S"
    assert window.commands[Command.DUPLICATE].shortcut().toString() == "Ctrl+D"
    assert window.commands[Command.SEARCH].shortcut().toString() == "Ctrl+L"
    assert "F5" in [s.toString() for s in window.commands[Command.REFRESH].shortcuts()]


def test_every_command_and_menu_is_found_by_its_typed_id(workspace, make_window):
    window = make_window()
    assert set(window.commands) == set(Command), "each Command id names one window command"
    for command in Command:
        action = window.commands[command]
        assert action.objectName() == command.object_name
        assert window.findChild(QAction, command.object_name) is action
    ids = [a.menu().objectName() for a in window.menuBar().actions()]
    assert ids == [m.object_name for m in Menu], "the menu bar's menus in order, each with its id"
    assert find_menu(window, Menu.EDIT) is window.edit_menu
    assert find_menu(window, Menu.WORKFLOW) is window.workflow_ui.workflow_menu


def test_keyboard_navigation_opens_articles(workspace, clock, make_window, qtbot):
    create(workspace, clock, 30)
    window = make_window()
    model, view = window.list_panel.model, window.list_panel.view
    window.list_panel.focus_list()
    qtbot.waitUntil(lambda: window.pane.article_id() == model.article_id(0))
    assert window.windowTitle() == f"{model.row_data(0).headline}[*] — Desk"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.pane.article_id() == model.article_id(1))
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.pane.article_id() == model.article_id(29))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.pane.article_id() == model.article_id(0))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: window.pane.article_id() not in (None, model.article_id(0)))
    assert window.pane.article_id() == window.list_panel.current_article_id()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.pane.article_id() == window.list_panel.current_article_id())


def test_holding_an_arrow_opens_only_where_it_stops(workspace, clock, make_window, qtbot):
    create(workspace, clock, 10)
    window = make_window()
    opened = []
    window.pane.sig_article_opened.connect(opened.append)
    model, view = window.list_panel.model, window.list_panel.view
    window.list_panel.select_article(model.article_id(0))
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.pane.article_id() == model.article_id(5))
    assert opened == [model.article_id(5)]


def test_cancelling_the_unsaved_question_puts_the_selection_back(workspace, clock, make_window, qtbot):
    create(workspace, clock, 3)
    window = make_window()
    model, view = window.list_panel.model, window.list_panel.view
    first, second = model.article_id(0), model.article_id(1)
    assert window.open_article(first)
    make_dirty(window)
    window.pane.prompter = FakePrompter(UnsavedChoice.CANCEL)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.pane.prompter.asked == ["unsaved"])
    assert window.pane.article_id() == first and window.pane.is_dirty()
    assert window.list_panel.current_article_id() == first
    assert window.isWindowModified()

    window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.pane.article_id() == second)
    assert window.list_panel.current_article_id() == second
    assert not window.isWindowModified()


def test_enter_opens_and_moves_to_the_editor(workspace, clock, make_window, qtbot):
    create(workspace, clock, 2)
    window = make_window()
    model, view = window.list_panel.model, window.list_panel.view
    window.list_panel.select_article(model.article_id(1))     # quietly: nothing opens yet
    assert window.pane.article_id() is None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.pane.article_id() == model.article_id(1)


# -- commands ------------------------------------------------------------------------------

def test_new_article_and_its_first_save(workspace, clock, make_window, qtbot):
    create(workspace, clock, 2)
    window = make_window()
    window.open_article(window.list_panel.model.article_id(0))
    window.commands[Command.NEW].trigger()
    assert window.pane.article_id() not in window.list_panel.model.loaded_rows()
    assert window.list_panel.current_article_id() is None
    assert window.windowTitle().startswith("New article")
    window.pane.metadata.headline.setText("Новая статья из окна")
    assert window.save()
    new_id = window.pane.article_id()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3)
    assert window.list_panel.current_article_id() == new_id
    assert window.windowTitle() == "Новая статья из окна[*] — Desk"
    assert not window.isWindowModified()


def test_saving_refreshes_that_row(workspace, clock, make_window, qtbot):
    create(workspace, clock, 3)
    window = make_window()
    model = window.list_panel.model
    model.sort(COLUMN_INDEX["headline"], Qt.SortOrder.AscendingOrder)
    target = model.article_id(1)
    window.open_article(target)
    window.pane.metadata.byline.setText("Новый автор")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    assert window.save()
    assert model.row_data(model.row_of(target)).byline == "Новый автор"
    assert not resets, "the row was reloaded in place, not the whole list"
    assert window.list_panel.current_article_id() == target


def test_duplicate_opens_the_copy(workspace, clock, make_window, qtbot):
    (original,) = create(workspace, clock, 1, headline="Оригинал")
    window = make_window()
    window.open_article(original)
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 2)
    copy_id = window.pane.article_id()
    assert copy_id != original
    assert workspace.articles.get(copy_id).headline == "Оригинал"
    assert window.list_panel.current_article_id() == copy_id


def test_delete_in_the_list_spikes_through_the_workflow_command(workspace, clock, make_window, qtbot):
    from desk_app.domain.workflow import Action

    (article_id,) = create(workspace, clock, 1, headline="На снятие")
    window = make_window()
    prompts = window.prompts = FakePrompts(note_answer="")
    window.open_article(article_id)
    spike = window.workflow_ui.actions.action(Action.SPIKE)
    assert spike.isEnabled()
    assert "spike" not in window.commands                 # one Spike command: the workflow's

    prompts.note_answer = None                            # the user cancels
    window.list_panel.select_article(article_id)
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_Delete)
    assert [title for title, _m, _r in prompts.notes] == ["Spike the article"]
    assert "На снятие" in prompts.notes[0][1]
    assert workspace.articles.get(article_id).status == "draft"

    prompts.note_answer = "duplicate story"
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_Delete)
    assert workspace.articles.get(article_id).status == "spiked"
    model = window.list_panel.model
    assert model.row_data(model.row_of(article_id)).status == "spiked"
    assert window.pane.is_read_only()
    assert not spike.isEnabled()                          # spike is not allowed from spiked
    assert workspace.articles.revisions(article_id)[-1].note == "duplicate story"
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_Delete)   # again: refused with the reason
    assert prompts.errors and prompts.errors[-1][0] == "Cannot spike"


def test_search_as_you_type(workspace, clock, make_window, qtbot):
    create(workspace, clock, 5)
    create(workspace, clock, 1, headline="Pipeline burst in Makhachkala", language="en")
    create(workspace, clock, 1, headline="Водовод в Махачкале")
    window = make_window()
    bar, model = window.list_panel.filter_bar, window.list_panel.model
    queries = []
    model.sig_query_finished.connect(lambda matching, _all: queries.append(matching))
    window.commands[Command.SEARCH].trigger()
    qtbot.keyClicks(bar.search, "pipeline")
    assert model.rowCount() == 7 and not queries          # debounced: nothing asked yet
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert queries == [1], "one query for the whole word"
    assert bar.count_label.text() == "1 match"
    assert window.status.count_label.text() == "1 of 7 articles"
    bar.search.clear()
    for letter in "водовод":                              # QTest types ASCII only; Cyrillic goes in directly
        bar.search.insert(letter)
    qtbot.waitUntil(lambda: [r.headline for r in model.loaded_rows()] == ["Водовод в Махачкале"], timeout=3000)
    bar.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=3000)


def test_export_html(workspace, clock, make_window, tmp_path):
    (article_id,) = create(workspace, clock, 1, headline="Экспорт")
    prompts = FakePrompts()
    prompts.export_path = tmp_path / "out.html"
    window = make_window(prompts=prompts)
    window.open_article(article_id)
    window.commands[Command.EXPORT_HTML].trigger()
    assert "Экспорт" in prompts.export_path.read_text(encoding="utf-8")
    assert not prompts.errors


def test_export_markdown_writes_the_photo_beside(workspace, clock, make_window, tmp_path):
    from desk_app.bench.photos import camera_jpeg

    (article_id,) = create(workspace, clock, 1, headline="Экспорт")
    sha = workspace.media.attach_bytes(camera_jpeg(300, 200).data).sha256
    workspace.articles.save(workspace.articles.get(article_id).copy(photo_media=sha))
    prompts = FakePrompts()
    prompts.export_path = tmp_path / "out.md"
    window = make_window(prompts=prompts)
    window.open_article(article_id)
    window.commands[Command.EXPORT_MD].trigger()
    assert f"photo_sha256: {sha}" in prompts.export_path.read_text(encoding="utf-8")
    assert (tmp_path / "out.jpg").read_bytes() == workspace.media.rendition(sha, "image").data
    assert not prompts.errors


def test_refresh_shows_articles_added_elsewhere(workspace, clock, make_window, qtbot):
    create(workspace, clock, 1)
    window = make_window()
    create(workspace, clock, 2)
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3)


# -- import ------------------------------------------------------------------------------

def markdown_files(folder: Path, n: int, *, binary: int | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"article-{i}.md"
        if i == binary:
            path.write_bytes(b"\x00\x01\x02 not text")
        else:
            path.write_text(NOTICE_FREE_MD.format(headline=f"Импорт {i}", n=i), encoding="utf-8")
        paths.append(path)
    return paths


def test_import_reports_each_failure_and_can_retry_with_the_notice(workspace, make_window, tmp_path):
    prompts = FakePrompts()
    prompts.import_files = markdown_files(tmp_path / "md", 3, binary=2)
    window = make_window(prompts=prompts)
    prompts.retry_with_notice = True
    qtbot_keys = window.commands[Command.IMPORT]
    qtbot_keys.trigger()
    first, offered = prompts.reports[0]
    assert offered
    assert first.total == 3 and not first.cancelled
    names = dict(first.failed)
    assert "looks like a binary file" in names["article-2.md"]
    if workspace.policy.current() is not None:       # files without the notice are refused, not altered
        assert len(first.imported) == 0 and "notice" in names["article-0.md"].lower()
        second, offered_again = prompts.reports[1]
        assert not offered_again and sorted(second.imported) == ["article-0.md", "article-1.md"]
        assert [name for name, _ in second.failed] == ["article-2.md"]
    assert window.list_panel.model.rowCount() == 2


def test_import_can_be_cancelled_from_the_progress_dialog(workspace, make_window, tmp_path):
    from desk_app.ui.widgets.progress import TaskProgressDialog

    prompts = FakePrompts()
    window = make_window(prompts=prompts)
    paths = markdown_files(tmp_path / "md", 5)
    seen = []

    def on_progress(done, total):
        seen.append((done, total))
        if done == 2:
            dialog = window.findChild(TaskProgressDialog)
            dialog.cancel_button.click()

    window.sig_import_progressed.connect(on_progress)
    window.import_markdown(paths, apply_notice=True)
    summary, _ = prompts.reports[0]
    assert summary.cancelled
    assert sorted(summary.imported) == ["article-0.md", "article-1.md"]
    assert summary.headline() == "Imported 2 of 5 files; cancelled after 2."
    assert seen[0] == (0, 5)
    assert window.list_panel.model.rowCount() == 2


def test_import_with_the_real_task_runner(workspace, make_window, tmp_path, qtbot):
    prompts = FakePrompts()
    tasks = TaskRunner()
    window = make_window(tasks=tasks, prompts=prompts)
    qtbot.waitUntil(lambda: not window.list_panel.model.loading)
    with qtbot.waitSignal(window.sig_import_finished, timeout=15_000) as blocker:
        window.import_markdown(markdown_files(tmp_path / "md", 4), apply_notice=True)
    assert len(blocker.args[0].imported) == 4
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 4, timeout=10_000)
    tasks.wait()


# -- window state ----------------------------------------------------------------------------

def test_window_state_is_restored_after_closing_and_reopening(workspace, clock, make_window, qtbot, settings_path):
    create(workspace, clock, 5)
    window = make_window()
    model = window.list_panel.model
    window.resize(790, 560)        # within the offscreen screen (800 × 800)
    window.splitter.setSizes([370, 410])
    header = window.list_panel.view.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["status"], 171)
    header.setSortIndicator(COLUMN_INDEX["headline"], Qt.SortOrder.AscendingOrder)
    assert model.article_filter.sort == "headline"
    chosen = model.article_id(3)
    window.open_article(chosen)
    sizes = window.splitter.sizes()
    assert window.close()

    again = make_window()
    assert (again.width(), again.height()) == (790, 560)
    assert again.splitter.sizes() == sizes
    header = again.list_panel.view.horizontalHeader()
    assert header.sectionSize(COLUMN_INDEX["status"]) == 171
    assert header.sortIndicatorSection() == COLUMN_INDEX["headline"]
    assert again.list_panel.model.article_filter.sort == "headline"
    assert again.pane.article_id() == chosen
    assert again.list_panel.current_article_id() == chosen
    assert Settings(settings_path).get(Options.last_article) == chosen


def test_closing_with_unsaved_changes_asks_the_pane(workspace, clock, make_window):
    create(workspace, clock, 1)
    window = make_window()
    window.open_article(window.list_panel.model.article_id(0))
    make_dirty(window)
    window.pane.prompter = FakePrompter(UnsavedChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)
    assert window.close()


def test_open_another_workspace(workspace, clock, make_window, tmp_path):
    create(workspace, clock, 2)
    prompts = FakePrompts()
    prompts.workspace_file = tmp_path / "other" / "second.sqlite3"
    prompts.workspace_file.parent.mkdir()
    window = make_window(prompts=prompts)
    switched = []
    window.sig_workspace_changed.connect(switched.append)
    window.commands[Command.OPEN_WORKSPACE].trigger()
    assert not prompts.errors
    assert switched and window.workspace.info.path == prompts.workspace_file
    assert window.list_panel.model.rowCount() == 0
    assert window.status.workspace_label.text() == "Local: second.sqlite3"
    window.workspace.close()


# -- start-up: workspace errors and crash recovery -------------------------------------------------

def test_crash_recovery_restores_a_draft(workspace, clock, make_window, tmp_path):
    from desk_app.ui.app import offer_recovery

    (article_id,) = create(workspace, clock, 1, headline="До сбоя")
    stored = workspace.articles.get(article_id)
    crashed = RecoveryJournal(tmp_path / "recovery")         # the session that crashed
    crashed.write(dataclasses.replace(stored, headline="Несохранённая правка"),
                  workspace_url=workspace.info.url, base_version=stored.version)
    window = make_window()
    prompts = FakePrompts()
    offered = []

    def answer(entries):
        offered.extend(entries)
        return entries[0], []

    prompts.recovery_answer = answer
    assert offer_recovery(window, window._journal, prompts)
    assert [e.headline for e in offered] == ["Несохранённая правка"]
    assert window.pane.article_id() == article_id and window.pane.is_dirty()
    assert window.pane.metadata.headline.text() == "Несохранённая правка"
    assert not offered[0].path.exists()
    assert window._journal.pending() == []


def test_model_index_of_no_parent_is_flat(workspace, clock, make_window):
    create(workspace, clock, 1)
    window = make_window()
    model = window.list_panel.model
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.canFetchMore(model.index(0, 0))
    assert model.rowCount(QModelIndex()) == 1


def test_ctrl_f_in_the_list_goes_to_the_search_box(workspace, clock, make_window, qtbot):
    create(workspace, clock, 2)
    window = make_window()
    window.list_panel.focus_list()
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.filter_bar.search.hasFocus()
