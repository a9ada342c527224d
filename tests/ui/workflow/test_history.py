"""HistoryPanel: every save and transition listed, any two compared, restore as a new revision."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.workflow import Action
from desk_app.ui.workflow.history import HistoryPanel, RevisionTableModel

OLD = "Суд в Нальчике начал рассматривать иск жильцов"
NEW = "Суд в Нальчике отложил рассмотрение иска жильцов"


@pytest.fixture
def panel(workspace, sync_tasks, prompts, qtbot):
    widget = HistoryPanel(workspace, sync_tasks, prompts=prompts)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.deleteLater()


@pytest.fixture
def story(workspace, people, make_article, clock):
    """Created, headline edited, body edited, submitted, approved — five revisions a few minutes apart."""
    article = make_article(workspace, headline=OLD)
    clock.advance(300)
    data = workspace.articles.get(article.id)
    data.headline = NEW
    workspace.articles.save(data)
    clock.advance(300)
    data = workspace.articles.get(article.id)
    data.body = data.body.replace("Текст.", "Текст.\n\nВторой абзац с новыми подробностями.")
    workspace.articles.save(data)
    clock.advance(300)
    workspace.workflow.perform(article.id, Action.SUBMIT, note="Готово к проверке.")
    clock.advance(300)
    workspace.as_user("edit").workflow.perform(article.id, Action.APPROVE)
    return article.id


def cell(panel: HistoryPanel, number: int, column: int) -> str:
    model = panel.model
    return model.data(model.index(model.row_of(number), column))


def click_row(qtbot, panel: HistoryPanel, number: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = panel.model.row_of(number)
    rect = panel.view.visualRect(panel.model.index(row, RevisionTableModel.ACTION))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_history_lists_every_save_and_transition(panel, story, workspace):
    panel.set_article(story)
    assert panel.model.rowCount() == 5
    assert [r.number for r in panel.model.revisions()] == [5, 4, 3, 2, 1]     # newest first
    actions = [cell(panel, n, RevisionTableModel.ACTION) for n in (1, 2, 3, 4, 5)]
    assert actions == ["Created", "Saved", "Saved", "Submitted", "Approved"]
    assert cell(panel, 4, RevisionTableModel.STATE) == "draft → submitted"
    assert cell(panel, 5, RevisionTableModel.STATE) == "submitted → approved"
    assert cell(panel, 2, RevisionTableModel.STATE) == "draft"
    assert cell(panel, 4, RevisionTableModel.NOTE) == "Готово к проверке."
    assert cell(panel, 5, RevisionTableModel.AUTHOR) == "edit"
    assert cell(panel, 1, RevisionTableModel.TIME) == "20 Nov 2026, 12:00 MSK"    # 09:00 UTC
    assert cell(panel, 5, RevisionTableModel.TIME) == "20 Nov 2026, 12:20 MSK"
    assert "5 revisions" in panel.subtitle.text()


def test_ctrl_click_two_revisions_shows_the_headline_word_diff(panel, story, qtbot):
    panel.set_article(story)
    click_row(qtbot, panel, 1)
    click_row(qtbot, panel, 2, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_numbers() == [1, 2]
    assert panel.diff_view.compared() == (1, 2)
    fields = [d.field for d in panel.diff_view.diffs()]
    assert fields == ["headline"]
    source = panel.diff_view.diff_html()
    assert "<del" in source and ">начал рассматривать иск</del>" in source
    assert "<ins" in source and ">отложил рассмотрение иска</ins>" in source
    shown = panel.diff_view.toPlainText()
    assert "HEADLINE" in shown and "Revision 1" in shown and "Revision 2" in shown


def test_compare_with_previous_selects_the_pair(panel, story):
    panel.set_article(story)
    panel.select_numbers([3])
    assert panel.compare_button.isEnabled()
    panel.compare_button.click()
    assert panel.selected_numbers() == [2, 3]
    diffs = panel.diff_view.diffs()
    assert [d.field for d in diffs] == ["body"]
    assert "Второй абзац" in diffs[0].html
    panel.select_numbers([1])
    assert not panel.compare_button.isEnabled()        # nothing before the first revision


def test_a_transition_compares_as_a_state_change(panel, story):
    panel.set_article(story)
    panel.select_numbers([5])                          # one revision: what it changed
    assert panel.diff_view.compared() == (4, 5)
    assert [d.field for d in panel.diff_view.diffs()] == ["status"]
    assert "submitted" in panel.diff_view.toPlainText() and "approved" in panel.diff_view.toPlainText()


def test_unchanged_paragraphs_fold_and_unfold(panel, story):
    panel.set_article(story)
    panel.select_numbers([2, 3])
    text = panel.diff_view.toPlainText()
    assert "unchanged paragraph" in text and "ИНОСТРАННЫМ АГЕНТОМ" not in text
    panel.whole_text.setChecked(True)
    assert "ИНОСТРАННЫМ АГЕНТОМ" in panel.diff_view.toPlainText()


def test_restore_creates_a_new_revision(panel, story, workspace, prompts, qtbot):
    panel.set_article(story)
    panel.select_numbers([1])
    assert panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.sig_article_restored) as blocker:
        panel.restore_button.click()
    assert blocker.args == [story]
    assert "revision 1" in prompts.confirms[0][1]
    revisions = workspace.articles.revisions(story)
    assert len(revisions) == 6
    assert (revisions[-1].action, revisions[-1].note) == ("restore", "Restored revision 1")
    current = workspace.articles.get(story)
    assert current.headline == OLD
    assert current.status == "submitted"              # the approval covered the text that was replaced
    assert panel.model.rowCount() == 6 and cell(panel, 6, RevisionTableModel.ACTION) == "Restored"


def test_restore_asks_first(panel, story, workspace, prompts):
    prompts.confirm_answer = False
    panel.set_article(story)
    panel.select_numbers([2])
    panel.restore_button.click()
    assert len(workspace.articles.revisions(story)) == 5


def test_restore_is_offered_only_to_who_may_edit(workspace, story, sync_tasks, prompts, qtbot):
    panel = HistoryPanel(workspace.as_user("cora"), sync_tasks, prompts=prompts)
    qtbot.addWidget(panel)
    workspace.workflow.perform(story, Action.PUBLISH)
    panel.set_article(story)                           # a correspondent reads a published article…
    panel.select_numbers([1])
    assert panel.model.rowCount() == 6
    assert not panel.restore_button.isEnabled()        # …but cannot change it
    assert "published" in panel.restore_button.toolTip()

    panel.select_numbers([6])
    assert not panel.restore_button.isEnabled()        # the latest revision is the current text


def test_history_loads_and_compares_off_the_gui_thread(workspace, story, prompts, qtbot):
    """End to end with the real TaskRunner."""
    from desk_app.ui.tasks import TaskRunner

    tasks = TaskRunner()
    panel = HistoryPanel(workspace, tasks, prompts=prompts)
    qtbot.addWidget(panel)
    panel.set_article(story)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    panel.select_numbers([1, 2])
    qtbot.waitUntil(lambda: panel.diff_view.compared() == (1, 2))
    assert "<ins" in panel.diff_view.diff_html()
    tasks.wait()
    panel.deleteLater()
