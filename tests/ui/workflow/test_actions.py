"""WorkflowActions: enabled exactly as the service allows, notes, publish refusals, signals."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from desk_app.domain.article import Status
from desk_app.domain.workflow import Action, Role
from desk_app.ui.widgets.dialogs import NoteDialog
from desk_app.ui.workflow.actions import ACTION_SPECS, WorkflowActions


def enabled(actions: WorkflowActions) -> set[Action]:
    return {Action(a.data()) for a in actions.actions() if a.isEnabled()}


@pytest.fixture
def make_actions(sync_tasks, prompts, qtbot):
    windows = []

    def make(ws) -> WorkflowActions:
        window = QWidget()              # the window that owns the actions; qtbot closes it afterwards
        qtbot.addWidget(window)
        windows.append(window)
        return WorkflowActions(ws, sync_tasks, window, prompts=prompts)

    yield make
    for window in windows:
        window.deleteLater()


@pytest.mark.parametrize("role", list(Role))
def test_actions_enabled_exactly_as_allowed_for_each_role_and_state(workspace, people, make_article,
                                                                     set_columns, make_actions, role):
    me = workspace.as_user(people[role])
    actions = make_actions(me)
    original = make_article(workspace)
    for own in (True, False):
        for state in Status:
            article = make_article(workspace)
            set_columns(workspace, article.id, status=state.value,
                        author_login=people[role] if own else "kate")
            actions.set_article(article.id)
            try:
                allowed = set(me.workflow.allowed(article.id))
            except Exception:  # the role cannot read it: nothing is offered
                allowed = set()
            assert enabled(actions) == allowed, (role, own, state)
    # spot checks that the rules reach the menu as an editor would expect
    if role in (Role.EDITOR, Role.ADMIN):
        set_columns(workspace, original.id, status="submitted")
        actions.set_article(original.id)
        assert enabled(actions) == {Action.APPROVE, Action.RETURN, Action.SPIKE}
        set_columns(workspace, original.id, status="correction")
        actions.set_article(original.id)
        assert enabled(actions) == {Action.PUBLISH_CORRECTION}
    if role is Role.CORRESPONDENT:
        set_columns(workspace, original.id, status="draft", author_login="cora")
        actions.set_article(original.id)
        assert enabled(actions) == {Action.SUBMIT, Action.SPIKE}


def test_nothing_enabled_without_an_article(workspace, make_actions):
    actions = make_actions(workspace)
    actions.set_article(None)
    assert enabled(actions) == set()
    assert [a.text() for a in actions.actions()] == [spec.text for spec in ACTION_SPECS]


def test_submit_approve_publish_emit_the_new_state(workspace, people, make_article, make_actions, prompts, qtbot):
    cora = workspace.as_user("cora")
    article = make_article(cora)
    mine = make_actions(cora)
    mine.set_article(article.id)
    with qtbot.waitSignal(mine.sig_article_transitioned) as blocker:
        mine.action(Action.SUBMIT).trigger()
    assert blocker.args == [article.id, "submitted"]
    assert enabled(mine) == set()       # a correspondent can do nothing more with a submitted article

    editor = make_actions(workspace.as_user("edit"))
    editor.set_article(article.id)
    with qtbot.waitSignal(editor.sig_article_transitioned) as blocker:
        editor.action(Action.APPROVE).trigger()
    assert blocker.args == [article.id, "approved"]
    assert Action.PUBLISH in enabled(editor)
    with qtbot.waitSignal(editor.sig_article_transitioned) as blocker:
        editor.action(Action.PUBLISH).trigger()
    assert blocker.args == [article.id, "published"]
    assert prompts.confirms and "Publish" in prompts.confirms[0][1]
    assert enabled(editor) == {Action.CORRECT}
    assert prompts.errors == []


def test_return_needs_a_note_and_the_ok_button_waits_for_it(workspace, people, make_article, make_actions,
                                                            prompts, qtbot):
    article = make_article(workspace)
    workspace.workflow.perform(article.id, Action.SUBMIT)
    seen = {}

    def answer(title, message, label, required):
        dialog = NoteDialog(title, message, label, required=required)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["empty"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.editor, "   ")
        seen["blank"] = dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.editor, "Check the hearing date")   # (QTest types ASCII only)
        dialog.editor.insertPlainText(": уточните, когда суд назначил заседание.")
        seen["typed"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return dialog.note() if dialog.result() == NoteDialog.DialogCode.Accepted else None

    prompts.note_answer = answer
    actions = make_actions(workspace.as_user("edit"))
    actions.set_article(article.id)
    with qtbot.waitSignal(actions.sig_article_transitioned) as blocker:
        actions.action(Action.RETURN).trigger()
    assert seen == {"empty": False, "blank": False, "typed": True}
    assert prompts.notes[0][2] is True          # required
    assert blocker.args == [article.id, "returned"]
    last = workspace.articles.revisions(article.id)[-1]
    assert (last.action, last.note) == ("return", "Check the hearing date: уточните, когда суд назначил заседание.")


def test_cancelling_the_note_changes_nothing(workspace, people, make_article, make_actions, prompts, qtbot):
    article = make_article(workspace)
    workspace.workflow.perform(article.id, Action.SUBMIT)
    prompts.note_answer = None
    actions = make_actions(workspace)
    actions.set_article(article.id)
    with qtbot.assertNotEmitted(actions.sig_article_transitioned):
        actions.trigger(Action.RETURN)
    assert workspace.articles.get(article.id).status == "submitted"


def test_publish_refusal_names_every_missing_field_in_one_message(workspace, make_article, make_actions,
                                                                  set_columns, prompts):
    article = make_article(workspace, lede="", byline="", dateline_place="")
    set_columns(workspace, article.id, status="approved")
    actions = make_actions(workspace)
    actions.set_article(article.id)
    actions.action(Action.PUBLISH).trigger()
    assert len(prompts.errors) == 1
    title, message = prompts.errors[0]
    assert title == "Cannot publish"
    assert "lede, byline and dateline are missing" in message
    assert prompts.confirms == []              # not asked to confirm what cannot be published
    assert workspace.articles.get(article.id).status == "approved"


def test_an_approval_covers_the_version_on_screen(workspace, people, make_article, make_actions, prompts):
    article = make_article(workspace)
    submitted = workspace.workflow.perform(article.id, Action.SUBMIT)
    actions = make_actions(workspace.as_user("edit"))
    actions.set_article(article.id, submitted.version)
    changed = workspace.articles.get(article.id)
    changed.headline = "Суд в Нальчике отложил рассмотрение иска"
    workspace.articles.save(changed)            # saved after the editor read it
    actions.action(Action.APPROVE).trigger()
    assert len(prompts.errors) == 1 and "changed" in prompts.errors[0][1]
    assert workspace.articles.get(article.id).status == "submitted"


def test_a_change_made_elsewhere_is_refused_in_one_sentence(workspace, people, make_article, make_actions,
                                                            prompts):
    article = make_article(workspace)
    actions = make_actions(workspace)
    actions.set_article(article.id)
    workspace.workflow.perform(article.id, Action.SUBMIT)   # someone else submitted meanwhile
    actions.trigger(Action.SUBMIT)                          # the menu still offered Submit
    assert prompts.errors[0][0] == "Cannot submit"
    assert prompts.errors[0][1].count(".") == 1 and "changed" in prompts.errors[0][1]
    assert Action.SUBMIT not in enabled(actions)            # refreshed after the refusal


def test_shortcuts_avoid_the_editor_and_window_keys(qapp, sync_tasks):
    actions = WorkflowActions(None, sync_tasks)
    actions.deleteLater()
    taken = {QKeySequence(k).toString() for k in (
        "Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+F", "Ctrl+H", "Ctrl+S",
        "Ctrl+N", "Ctrl+D", "Ctrl+L", "Ctrl+Q", "Ctrl+Shift+I", "F5", "Ctrl+Shift+U")}
    mine = [a.shortcut().toString() for a in actions.actions() if not a.shortcut().isEmpty()]
    assert not taken & set(mine)
    assert sorted(s.toString() for s in actions.shortcuts()) == sorted(set(mine))
    shared = [a for a in actions.actions() if a.shortcut().toString() == "Ctrl+Shift+P"]
    assert {Action(a.data()) for a in shared} == {Action.PUBLISH, Action.PUBLISH_CORRECTION}
