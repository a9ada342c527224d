"""Workflow on SQLite and PostgreSQL: every transition for every role, approvals pinned, restore, queue."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from desk_app.domain.article import ArticleData, Status
from desk_app.domain.errors import InvalidInput, NotFound
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import (
    ALLOWED_FROM,
    TARGET,
    Action,
    Actor,
    ArticleFacts,
    Role,
    WorkflowError,
    can_read,
    check_transition,
)
from desk_app.store.guards import status_check_suspended
from desk_app.store.models import Article

N = DEMO_NOTICE_TEXT
COMPLETE = dict(headline="Заголовок", lede="Лид", byline="Автор", dateline_place="Грозный")


def complete_article(ws, **fields) -> ArticleData:
    data = ArticleData(body=N + "\n\nТекст статьи.", **{**COMPLETE, **fields})
    return ws.articles.create(data).article


def force_status(ws, article_id: str, status: Status) -> None:
    """Put an article in a state directly (test set-up; the workflow is what is under test)."""
    with ws.unit() as s, status_check_suspended(s):
        s.execute(update(Article).where(Article.id == article_id).values(status=status.value))


@pytest.fixture
def people(workspace):
    for login, role in (("cora", Role.CORRESPONDENT), ("tran", Role.TRANSLATOR), ("edit", Role.EDITOR)):
        workspace.ensure_user(login, role)
    return {Role.CORRESPONDENT: "cora", Role.TRANSLATOR: "tran", Role.EDITOR: "edit", Role.ADMIN: "chief"}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_every_transition_for_every_role(workspace, people, role, action):
    """The service allows exactly what the rules allow, from every state, own and others', originals and translations."""
    me = workspace.as_user(people[role])
    original = complete_article(workspace)
    for own in (True, False):
        for is_translation in (False, True):
            for state in Status:
                article = complete_article(workspace)
                with workspace.unit() as s, status_check_suspended(s):
                    s.execute(update(Article).where(Article.id == article.id).values(
                        status=state.value, author_login=people[role] if own else "edit",
                        translated_from=original.id if is_translation else None))
                facts = ArticleFacts(status=state, author_login=people[role] if own else "edit",
                                     is_translation=is_translation)
                note = "Поправьте лид." if action == Action.RETURN else ""
                try:
                    expected = check_transition(Actor(people[role], role), facts, action, note=note)
                except WorkflowError:
                    expected = None
                if not can_read(Actor(people[role], role), facts):
                    with pytest.raises(NotFound):   # what cannot be seen cannot be acted on
                        me.workflow.perform(article.id, action, note=note)
                    continue
                if expected is None:
                    with pytest.raises(WorkflowError) as info:
                        me.workflow.perform(article.id, action, note=note)
                    assert str(info.value)
                    assert workspace.articles.get(article.id).status == state.value
                    continue
                result = me.workflow.perform(article.id, action, note=note)
                assert result.status == TARGET[action].value == expected.value
                last = workspace.articles.revisions(article.id)[-1]
                assert (last.action, last.from_status, last.to_status, last.author_login) == (
                    action.value, state.value, expected.value, people[role])


def test_forbidden_transition_names_the_state_and_what_is_allowed(workspace):
    article = complete_article(workspace)
    with pytest.raises(WorkflowError) as info:
        workspace.workflow.perform(article.id, Action.PUBLISH)
    message = str(info.value)
    assert "draft" in message and "approved" in message


def test_approval_is_pinned_to_a_revision_and_an_edit_undoes_it(workspace, clock):
    article = complete_article(workspace)
    workspace.workflow.perform(article.id, Action.SUBMIT)
    approved = workspace.workflow.perform(article.id, Action.APPROVE)
    with workspace.unit() as s:
        row = s.get(Article, article.id)
        assert (row.approved_revision, row.approved_by) == (2, "chief")   # the submitted text, revision 2
        assert row.approved_at == clock()
    approved.body = N + "\n\nИсправленный текст."
    saved = workspace.articles.save(approved)
    assert saved.article.status == "submitted"
    assert any("went back to submitted" in m for m in saved.messages)
    with workspace.unit() as s:
        assert s.get(Article, article.id).approved_revision is None
    history = workspace.articles.revisions(article.id)
    assert [r.action for r in history] == ["create", "submit", "approve", "save"]
    assert history[2].to_status == "approved"          # the old approval stays in the history


def test_publish_names_every_missing_field_at_once(workspace):
    article = workspace.articles.create(ArticleData(headline="Только заголовок", body=N)).article
    force_status(workspace, article.id, Status.APPROVED)
    with pytest.raises(InvalidInput) as info:
        workspace.workflow.perform(article.id, Action.PUBLISH)
    message = str(info.value)
    for label in ("lede", "byline", "dateline", "body"):
        assert label in message
    assert workspace.articles.get(article.id).status == "approved"


def test_publish_sets_the_publication_time_once(workspace, clock):
    article = complete_article(workspace)
    for action in (Action.SUBMIT, Action.APPROVE, Action.PUBLISH):
        workspace.workflow.perform(article.id, action)
    first = workspace.articles.get(article.id).published_at
    assert first == clock()
    clock.advance(3600)
    workspace.workflow.perform(article.id, Action.CORRECT)
    workspace.workflow.perform(article.id, Action.PUBLISH_CORRECTION)
    assert workspace.articles.get(article.id).published_at == first


def test_return_needs_a_note_and_the_author_sees_it(workspace, people):
    cora = workspace.as_user("cora")
    article = complete_article(cora)
    cora.workflow.perform(article.id, Action.SUBMIT)
    with pytest.raises(WorkflowError, match="note"):
        workspace.workflow.perform(article.id, Action.RETURN, note="  ")
    workspace.workflow.perform(article.id, Action.RETURN, note="Уточните цифры во втором абзаце.")
    returned = cora.workflow.my_returned()
    assert [(i.row.id, i.note) for i in returned] == [(article.id, "Уточните цифры во втором абзаце.")]


def test_editors_queue_is_oldest_first_in_both_languages(workspace, clock):
    ids = []
    for lang in ("ru", "en", "ru"):
        article = complete_article(workspace, language=lang)
        workspace.workflow.perform(article.id, Action.SUBMIT)
        ids.append(article.id)
        clock.advance(60)
    complete_article(workspace)  # a draft: not in the queue
    assert [i.row.id for i in workspace.workflow.editor_queue()] == ids


def test_restore_makes_an_old_revision_current_as_a_new_revision(workspace):
    article = complete_article(workspace, headline="Первый")
    article.headline = "Второй"
    article = workspace.articles.save(article).article
    restored = workspace.workflow.restore(article.id, 1)
    assert restored.headline == "Первый" and restored.version == 3
    history = workspace.articles.revisions(article.id)
    assert [(r.number, r.action) for r in history] == [(1, "create"), (2, "save"), (3, "restore")]


def test_compare_two_revisions_word_by_word(workspace):
    article = complete_article(workspace, headline="Суд отложил заседание")
    article.headline = "Суд перенёс заседание"
    article.body = N + "\n\nНовый текст статьи."
    workspace.articles.save(article)
    diffs = {d.field: d.html for d in workspace.workflow.compare(article.id, 1, 2)}
    assert set(diffs) == {"headline", "body"}
    assert "<del" in diffs["headline"] and "отложил" in diffs["headline"]
    assert "<ins" in diffs["headline"] and "перенёс" in diffs["headline"]


def test_unspike_brings_an_article_back(workspace):
    article = complete_article(workspace)
    workspace.workflow.perform(article.id, Action.SPIKE)
    assert workspace.workflow.perform(article.id, Action.UNSPIKE).status == "draft"


def test_allowed_actions_for_the_ui(workspace, people):
    article = complete_article(workspace.as_user("cora"))
    assert workspace.as_user("cora").workflow.allowed(article.id) == [Action.SUBMIT, Action.SPIKE]
    assert Action.APPROVE not in workspace.workflow.allowed(article.id)
    assert set(ALLOWED_FROM) == set(Action)


def test_the_queue_shows_nobody_what_they_may_not_read(workspace, people):
    cora = workspace.as_user("cora")
    article = complete_article(cora)
    cora.workflow.perform(article.id, Action.SUBMIT)
    other = complete_article(workspace.as_user("edit"))
    workspace.as_user("edit").workflow.perform(other.id, Action.SUBMIT)
    assert {i.row.id for i in workspace.workflow.editor_queue()} == {article.id, other.id}
    assert [i.row.id for i in cora.workflow.editor_queue()] == [article.id]   # only her own
