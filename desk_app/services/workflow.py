"""Workflow use cases: transitions, approvals pinned to revisions, history, the editor's queue.

The rules live in desk_app.domain.workflow; this module applies them to
stored articles in one transaction each, and records every transition as a
revision (who, when, from → to, note).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_app.domain.article import FIELD_LABELS, ArticleData, Status
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound
from desk_app.domain.messages import join_sentences, translate
from desk_app.domain.notice import check, split_notice
from desk_app.domain.textdiff import word_diff_html
from desk_app.domain.workflow import (
    Action,
    ArticleFacts,
    can_read,
    check_transition,
    missing_for_publish,
    publish_refusal_message,
)
from desk_app.services.articles import ArticleRow
from desk_app.store.models import Article
from desk_app.store.policies import policy_in_force
from desk_app.store.queues import returned_rows, submitted_rows
from desk_app.store.repository import add_revision, to_data

if TYPE_CHECKING:
    from desk_app.services.articles import ArticleService
    from desk_app.services.context import WorkspaceContext


# Submit, approve and publish are refused while a mention of a listed entity lacks its label.
LABELLED_BEFORE = frozenset({Action.SUBMIT, Action.APPROVE, Action.PUBLISH, Action.PUBLISH_CORRECTION})


@dataclass(frozen=True)
class QueueItem:
    row: ArticleRow
    note: str          # the latest return note (for the author's view), or ""


@dataclass(frozen=True)
class FieldDiff:
    field: str
    label: str
    html: str          # word-level diff, <del>/<ins> highlighted


class WorkflowService:
    def __init__(self, workspace: WorkspaceContext, *, articles: ArticleService):
        self._ws = workspace
        self._articles = articles

    def allowed(self, article_id: str) -> list[Action]:
        from desk_app.domain.workflow import allowed_actions

        article = self._articles.get(article_id)
        return allowed_actions(self._ws.actor, _facts(article))

    def perform(self, article_id: str, action: Action | str, note: str = "",
                expected_version: int | None = None) -> ArticleData:
        """Carry out ``action``; raises WorkflowError/PermissionDenied with the reason."""
        action = Action(action)
        now = self._ws.clock()
        actor = self._ws.actor
        with self._ws.unit() as s:
            row = s.get(Article, article_id)
            if row is None or not can_read(actor, _row_facts(row)):
                raise NotFound(translate("Errors", "There is no article with id {article_id}.").format(
                    article_id=article_id))
            if expected_version is not None and row.version != expected_version:
                stored = to_data(row)
                raise ConflictError(
                    translate("Errors", "The article changed (now version {version}) since you opened it; reload it "
                                        "and try again.").format(version=row.version), stored=stored)
            target = check_transition(actor, _row_facts(row), action, note=note)
            if action in LABELLED_BEFORE:
                self._ws.mentions.require_labels(to_data(row), action.label)
            policy = policy_in_force(s, now.date())
            if action is Action.SUBMIT:  # what publishing will need, said before an editor looks
                _, body = split_notice(policy, row.body)
                missing = missing_for_publish(to_data(row), body)
                if missing:
                    raise InvalidInput(publish_refusal_message(missing, "submit"))
            if action in (Action.PUBLISH, Action.PUBLISH_CORRECTION):
                data = to_data(row)
                _, body = split_notice(policy, data.body)
                missing = missing_for_publish(data, body)
                problems = []
                if missing:
                    problems.append(publish_refusal_message(missing))
                if policy is not None and policy.applies_to(row.language, now.date()):
                    report = check(policy, row.body)
                    if not report.ok:
                        summary = report.summary()
                        problems.append(translate("Errors", "Cannot publish: {problem} Open the article and save it "
                                                            "to restore the notice.").format(
                            problem=summary[0].lower() + summary[1:]))
                if problems:
                    raise InvalidInput(join_sentences(problems))
            from_status = row.status
            if action == Action.APPROVE:
                row.approved_revision = row.version
                row.approved_by = actor.login
                row.approved_at = now
            elif action in (Action.RETURN, Action.SPIKE, Action.UNSPIKE, Action.CORRECT):
                row.approved_revision = None
                row.approved_by = None
                row.approved_at = None
            if action in (Action.PUBLISH, Action.PUBLISH_CORRECTION) and row.published_at is None:
                row.published_at = now
            row.status = target.value
            row.updated_at = now
            s.flush()
            revision = add_revision(s, row, number=row.version, author=actor.login, action=action.value,
                                    from_status=from_status, note=note.strip(), when=now)
            self._ws.journal(s, revision)
            return to_data(row)

    def restore(self, article_id: str, number: int) -> ArticleData:
        """Make revision ``number``'s content current again, as a new revision."""
        current = self._articles.get(article_id)
        old = self._articles.revision(article_id, number)
        restored = current.copy()
        for name in ArticleData.EDITABLE:
            setattr(restored, name, getattr(old, name))
        result = self._articles.save(restored, apply_notice=True, action="restore",
                                        note=f"Restored revision {number}")
        return result.article

    def compare(self, article_id: str, a: int, b: int) -> list[FieldDiff]:
        """Word-level differences between revisions ``a`` and ``b`` (only the fields that differ)."""
        old = self._articles.revision(article_id, a)
        new = self._articles.revision(article_id, b)
        out = []
        for name in ("headline", "lede", "body", *[f for f in ArticleData.EDITABLE
                                                  if f not in ("headline", "lede", "body")], "status"):
            before, after = _as_text(getattr(old, name)), _as_text(getattr(new, name))
            if before != after:
                out.append(FieldDiff(name, FIELD_LABELS.get(name, name), word_diff_html(before, after)))
        return out

    def editor_queue(self) -> list[QueueItem]:
        """Submitted articles of every language, oldest first."""
        with self._ws.unit() as s:
            rows = submitted_rows(s)
        actor = self._ws.actor
        return [QueueItem(ArticleRow(*r), "") for r in rows
                if can_read(actor, ArticleFacts(Status(r.status), r.author_login, r.translated_from is not None))]

    def my_returned(self) -> list[QueueItem]:
        """The current user's returned articles with the editor's note."""
        with self._ws.unit() as s:
            rows = returned_rows(s, self._ws.actor.login)
        return [QueueItem(ArticleRow(*r), note) for r, note in rows]


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _facts(article: ArticleData) -> ArticleFacts:
    return ArticleFacts(status=Status(article.status), author_login=article.author_login,
                        is_translation=article.translated_from is not None)


def _row_facts(row: Article) -> ArticleFacts:
    return ArticleFacts(status=Status(row.status), author_login=row.author_login,
                        is_translation=row.translated_from is not None)
