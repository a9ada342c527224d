"""EditorQueue and ReturnedList: the queue oldest first, approve and return from it, the author's notes."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.workflow import Action
from desk_app.ui.workflow.common import format_relative, format_time
from desk_app.ui.workflow.queue import EditorQueue, QueueModel
from desk_app.ui.workflow.returned import ReturnedList, ReturnedModel


@pytest.fixture
def newsroom(workspace, people, make_article, clock):
    """Three submitted articles from two authors in both languages, a draft and a spiked one."""
    cora, kate, tran = (workspace.as_user(login) for login in ("cora", "kate", "tran"))
    ids = {}
    ids["court"] = make_article(cora, headline="Суд в Нальчике начал рассматривать иск").id
    cora.workflow.perform(ids["court"], Action.SUBMIT)
    clock.advance(40 * 60)
    ids["court_en"] = make_article(tran, headline="Nalchik court hears tenants' claim", language="en",
                                   byline="Aslan Shogenov", dateline_place="Nalchik",
                                   translated_from=ids["court"]).id
    tran.workflow.perform(ids["court_en"], Action.SUBMIT)
    clock.advance(25 * 60)
    ids["road"] = make_article(kate, headline="В Чегемском ущелье возобновили движение").id
    kate.workflow.perform(ids["road"], Action.SUBMIT)
    ids["draft"] = make_article(kate, headline="Черновик").id
    clock.advance(3 * 60 * 60)
    return ids


@pytest.fixture
def make_queue(sync_tasks, prompts, qtbot):
    widgets = []

    def make(ws) -> EditorQueue:
        queue = EditorQueue(ws, sync_tasks, prompts=prompts)
        qtbot.addWidget(queue)
        widgets.append(queue)
        queue.resize(1000, 400)
        queue.show()
        queue.refresh()
        return queue

    yield make
    for widget in widgets:
        widget.deleteLater()


def headlines(queue: EditorQueue) -> list[str]:
    return [item.row.headline for item in queue.model.items()]


def test_queue_lists_submitted_articles_of_both_languages_oldest_first(workspace, newsroom, make_queue):
    queue = make_queue(workspace.as_user("edit"))
    assert headlines(queue) == ["Суд в Нальчике начал рассматривать иск", "Nalchik court hears tenants' claim",
                                "В Чегемском ущелье возобновили движение"]
    model = queue.model
    assert [model.data(model.index(r, QueueModel.LANGUAGE)) for r in range(3)] == ["RU", "EN", "RU"]
    assert [model.data(model.index(r, QueueModel.AUTHOR)) for r in range(3)] == ["cora", "tran", "kate"]
    assert model.data(model.index(0, QueueModel.WAITING)) == "4 h 5 min ago"
    assert model.absolute_time(0) == "20 Nov, 12:00 MSK"
    assert "translation" in model.data(model.index(1, QueueModel.HEADLINE), QueueModel.DetailRole)
    assert model.data(model.index(0, QueueModel.WAITING), QueueModel.AgeColourRole) is not None
    assert "3 submitted" in queue.summary.text() and "2 RU, 1 EN" in queue.summary.text()


def test_approve_from_the_queue_moves_the_article_out(workspace, newsroom, make_queue, qtbot):
    queue = make_queue(workspace.as_user("edit"))
    assert not queue.approve_button.isEnabled()
    queue.select_ids([newsroom["court_en"]])
    assert queue.approve_button.isEnabled()
    with qtbot.waitSignal(queue.sig_article_transitioned) as blocker:
        qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [newsroom["court_en"], "approved"]
    assert "Nalchik court hears tenants' claim" not in headlines(queue)
    assert len(headlines(queue)) == 2
    assert workspace.articles.get(newsroom["court_en"]).status == "approved"


def test_approve_acts_on_every_selected_article(workspace, newsroom, make_queue, prompts):
    queue = make_queue(workspace.as_user("edit"))
    queue.select_ids([newsroom["court"], newsroom["road"]])
    assert queue.approve_button.text() == "A&pprove 2"
    assert not queue.return_button.isEnabled()          # one note per article
    queue.approve_selected()
    assert headlines(queue) == ["Nalchik court hears tenants' claim"]
    assert prompts.errors == []


def test_an_article_saved_since_the_queue_loaded_is_not_approved_unseen(workspace, newsroom, make_queue, prompts):
    queue = make_queue(workspace.as_user("edit"))
    cora = workspace.as_user("cora")
    data = cora.articles.get(newsroom["court"])
    data.headline = "Суд в Нальчике отложил заседание"
    cora.articles.save(data)                            # after the editor loaded the queue
    queue.select_ids([newsroom["court"]])
    queue.approve_selected()
    assert workspace.articles.get(newsroom["court"]).status == "submitted"
    assert prompts.errors and "changed" in prompts.errors[0][1]
    assert "Суд в Нальчике отложил заседание" in headlines(queue)   # reloaded with the new text


def test_return_needs_a_note_and_the_author_sees_it(workspace, newsroom, make_queue, prompts, sync_tasks, qtbot):
    queue = make_queue(workspace.as_user("edit"))
    queue.select_ids([newsroom["court"]])
    prompts.note_answer = None                          # cancelled: nothing happens
    queue.return_selected()
    assert workspace.articles.get(newsroom["court"]).status == "submitted"
    prompts.note_answer = "Уточните дату заседания и добавьте комментарий управляющей компании."
    with qtbot.waitSignal(queue.sig_article_transitioned) as blocker:
        qtbot.mouseClick(queue.return_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [newsroom["court"], "returned"]
    assert all(required for _t, _m, required in prompts.notes)
    assert "Суд в Нальчике начал рассматривать иск" not in headlines(queue)

    returned = ReturnedList(workspace.as_user("cora"), sync_tasks)
    qtbot.addWidget(returned)
    returned.refresh()
    assert returned.model.rowCount() == 1
    index = returned.model.index(0)
    assert returned.model.data(index) == "Суд в Нальчике начал рассматривать иск"
    assert returned.model.data(index, ReturnedModel.NoteRole) == prompts.note_answer
    assert returned.model.data(index, ReturnedModel.WhenRole).startswith("returned just now")
    assert returned.summary.text() == "1 article to fix"
    with qtbot.waitSignal(returned.sig_open_requested) as opened:
        returned.view.doubleClicked.emit(index)
    assert opened.args == [newsroom["court"]]

    other = ReturnedList(workspace.as_user("kate"), sync_tasks)   # kate's articles were not returned
    qtbot.addWidget(other)
    other.refresh()
    assert other.model.rowCount() == 0
    for widget in (returned, other):
        widget.deleteLater()


def test_double_click_and_enter_ask_to_open(workspace, newsroom, make_queue, qtbot):
    queue = make_queue(workspace.as_user("edit"))
    row = queue.model.row_of(newsroom["road"])
    rect = queue.view.visualRect(queue.model.index(row, QueueModel.HEADLINE))
    qtbot.mouseClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # (Qt 6 wants the press)
    with qtbot.waitSignal(queue.sig_open_requested) as blocker:
        qtbot.mouseDClick(queue.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [newsroom["road"]]
    queue.view.setFocus()
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    with qtbot.waitSignal(queue.sig_open_requested) as blocker:
        qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    assert blocker.args == [newsroom["court"]]


def test_the_queue_is_for_editors(workspace, newsroom, make_queue):
    queue = make_queue(workspace.as_user("cora"))
    assert queue.model.rowCount() == 0
    assert "for editors" in queue.view.empty_text
    assert not queue.approve_button.isEnabled()


def test_times_are_moscow_time_with_the_zone_named():
    when = datetime(2026, 11, 20, 6, 40, tzinfo=timezone.utc)
    assert format_time(when) == "20 Nov 2026, 09:40 MSK"
    assert format_relative(when, when + timedelta(seconds=30)) == "just now"
    assert format_relative(when, when + timedelta(minutes=12)) == "12 min ago"
    assert format_relative(when, when + timedelta(hours=3)) == "3 h ago"
    assert format_relative(when, when + timedelta(hours=1, minutes=54)) == "1 h 54 min ago"
    assert format_relative(when, when + timedelta(days=3)) == "3 days ago"


def test_the_queue_loads_and_approves_off_the_gui_thread(workspace, newsroom, prompts, qtbot):
    """End to end with the real TaskRunner (worker threads, results back by queued signals)."""
    from desk_app.ui.tasks import TaskRunner

    tasks = TaskRunner()
    queue = EditorQueue(workspace.as_user("edit"), tasks, prompts=prompts)
    qtbot.addWidget(queue)
    queue.refresh()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 3)
    queue.select_ids([newsroom["road"]])
    with qtbot.waitSignal(queue.sig_article_transitioned):
        queue.approve_selected()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2)
    assert prompts.errors == []
    tasks.wait()
    queue.deleteLater()
