"""Article use cases: create, open, save, list, search, duplicate, history.

Every write goes through :meth:`ArticleService._write`, which validates the
fields, runs the notice check (fixing it for interactive saves and
``--apply-notice``, refusing otherwise), bumps the version, refreshes the
search index and records a revision — all in one transaction, so nothing
half-written reaches the database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from desk_app.domain.article import (
    ArticleData,
    InvalidArticle,
    Status,
    count_words,
    ensure_valid,
    new_id,
    normalise_tags,
    status_word,
)
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound, NoticeRefused, PermissionDenied
from desk_app.domain.messages import join_sentences, translate
from desk_app.domain.notice import NoticePolicy, NoticeReport, check, fix, split_notice
from desk_app.domain.slug import slugify
from desk_app.domain.workflow import (
    ArticleFacts,
    can_create,
    can_edit,
    can_read,
    initial_status,
    reads_everything,
    status_after_text_edit,
)
from desk_app.store import search
from desk_app.store.models import Article
from desk_app.store.policies import policy_in_force
from desk_app.store.repository import (
    add_revision,
    apply_data,
    count_rows,
    list_rows,
    mark_saved,
    to_data,
)
from desk_app.store.revisions import revisions_of, snapshot_of

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext
    from desk_app.services.policy import PolicyService
    from desk_app.store.unit import Session

CONTENT_FIELDS = ArticleData.EDITABLE


class ArticleRow(NamedTuple):
    """One line of the article list: what the list shows, nothing more.

    Immutable; a named tuple because a list page builds hundreds at a time.
    """

    id: str
    headline: str
    language: str
    status: str
    byline: str
    dateline_place: str
    updated_at: datetime
    published_at: datetime | None
    time_zone: str
    word_count: int
    author_login: str | None
    translated_from: str | None
    translation_id: str | None
    version: int


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    created_at: datetime
    author_login: str | None
    action: str
    from_status: str | None
    to_status: str
    note: str


@dataclass
class SaveResult:
    article: ArticleData
    created: bool
    notice_fixed: NoticeReport | None = None   # what the notice check found and fixed
    messages: list[str] = field(default_factory=list)
    unlabelled: list = field(default_factory=list)   # mentions of listed entities without a label


class ArticleService:
    def __init__(self, workspace: WorkspaceContext, *, policy: PolicyService):
        self._ws = workspace
        self._policy = policy

    # -- reading -------------------------------------------------------------
    def get(self, article_id: str) -> ArticleData:
        with self._ws.unit() as s:
            row = s.get(Article, article_id)
            if row is None or not can_read(self._ws.actor, _facts(row)):
                raise NotFound(translate("Errors", "There is no article with id {article_id}.").format(
                    article_id=article_id))
            return to_data(row)

    def list(self, flt: ArticleFilter = ArticleFilter(), *, offset: int = 0, limit: int = 200,
             after: ArticleRow | None = None) -> list[ArticleRow]:
        """A page of the list. ``after`` (default sort only) continues after that row: unlike an
        offset, it costs the same deep in a large archive, and rows saved meanwhile shift nothing."""
        key = (after.updated_at, after.id) if after is not None else None
        with self._ws.unit() as s:
            rows = list_rows(s, flt, self._ws.dialect, offset=offset, limit=limit, after=key)
        actor, make = self._ws.actor, ArticleRow._make
        if reads_everything(actor):
            return [make(r) for r in rows]
        readable: dict = {}
        out = []
        for r in rows:
            facts_key = (r.status, r.author_login, r.translated_from is not None)
            allowed = readable.get(facts_key)
            if allowed is None:  # the same few (state, author) pairs recur: ask once per page
                allowed = readable[facts_key] = can_read(actor, _row_facts(r))
            if allowed:
                out.append(make(r))
        return out

    def count(self, flt: ArticleFilter = ArticleFilter()) -> int:
        with self._ws.unit() as s:
            return count_rows(s, flt, self._ws.dialect)

    def revisions(self, article_id: str) -> list[RevisionInfo]:
        self.get(article_id)  # existence and permission
        with self._ws.unit() as s:
            rows = revisions_of(s, article_id)
            return [RevisionInfo(r.number, r.created_at, r.author_login, r.action, r.from_status,
                                 r.to_status, r.note) for r in rows]

    def revision(self, article_id: str, number: int) -> ArticleData:
        self.get(article_id)
        with self._ws.unit() as s:
            snapshot = snapshot_of(s, article_id, number)
            if snapshot is None:
                raise NotFound(translate("Errors", "Article {article_id} has no revision {number}.").format(
                    article_id=article_id, number=number))
            return ArticleData.from_snapshot(json.loads(snapshot))

    # -- writing -------------------------------------------------------------
    def new_draft(self, language: str = "ru") -> ArticleData:
        """An unsaved article whose body already carries the notice in force."""
        data = ArticleData(language=language, author_login=self._ws.actor.login)
        policy = self._policy.current()
        if policy is not None and policy.applies_to(language, self._policy.today()):
            data.body = fix(policy, "")
        return data

    def create(self, data: ArticleData, *, apply_notice: bool = False, action: str = "create",
               note: str = "") -> SaveResult:
        if not can_create(self._ws.actor, translation=data.translated_from is not None):
            raise PermissionDenied(
                translate("Errors", "A {role} cannot create this article; ask an editor.").format(
                role=self._ws.actor.role.word)
            )
        data = data.copy(status=initial_status(self._ws.actor, data.status).value, policy_version=None)
        if not reads_everything(self._ws.actor):  # only editors file articles under someone else's name
            data.author_login = self._ws.actor.login
        return self._write(data, expected_version=None, apply_notice=apply_notice, action=action, note=note)

    def save(self, data: ArticleData, *, apply_notice: bool = False, note: str = "",
             action: str = "save") -> SaveResult:
        """Save an opened article; ``data.version`` is the version it was opened at."""
        return self._write(data, expected_version=data.version, apply_notice=apply_notice,
                           action=action, note=note)

    def duplicate(self, article_id: str) -> SaveResult:
        original = self.get(article_id)
        copy = original.copy(
            id=new_id(), status=Status.DRAFT.value, version=0, published_at=None,
            headline=original.headline, translated_from=None, translation_id=None,
            author_login=self._ws.actor.login,
        )
        copy.slug = ""
        return self.create(copy, apply_notice=True, action="duplicate", note=f"Duplicated from {article_id}")

    def _write(self, data: ArticleData, *, expected_version: int | None, apply_notice: bool,
               action: str, note: str) -> SaveResult:
        data = data.copy(tags=normalise_tags(data.tags))
        if not data.slug.strip():
            data.slug = slugify(data.headline)
        try:
            ensure_valid(data)
        except InvalidArticle as exc:
            raise InvalidInput(_problems_sentence(exc.problems)) from None
        now = self._ws.clock()
        actor = self._ws.actor
        missing_labels = self._ws.mentions.unlabelled(data)   # a save warns; workflow steps refuse
        try:
            with self._ws.unit() as s:
                policy = policy_in_force(s, now.date())
                report = self._enforce_notice(data, policy, apply_notice)
                result = self._store(s, data, expected_version, action, note, now, actor.login)
                if missing_labels:
                    from desk_app.services.mentions import summary

                    result.unlabelled = missing_labels
                    result.messages.append(
                        translate("Errors", "Saved, but {count} mention(s) of listed entities need a label before "
                                            "the article can be submitted: {summary}.").format(
                        count=len(missing_labels), summary=summary(missing_labels)))
                result.notice_fixed = report if report is not None and not report.ok else None
                if result.notice_fixed is not None:
                    result.messages.append(translate("Errors", "The foreign-agent notice was restored: "
                                                               "{summary}").format(
                        summary=report.summary()))
                return result
        except StaleDataError:
            stored = self._stored_or_none(data.id)
            raise ConflictError(_conflict_message(stored), stored=stored, mine=data) from None
        except IntegrityError as exc:
            # The database checks that a named photo exists (its foreign key sees past row-level
            # security: whoever holds the bytes or the hash of a stored photo may use it).
            if data.photo_media and not self._ws.media.visible([data.photo_media]):
                raise InvalidInput(translate("Errors", "The article's photo is not stored in this database; attach "
                                                       "it again, then save.")) from None
            raise InvalidInput(_integrity_message(exc)) from None

    def _enforce_notice(self, data: ArticleData, policy: NoticePolicy | None,
                        apply_notice: bool) -> NoticeReport | None:
        if policy is None or not policy.applies_to(data.language, self._ws.clock().date()):
            return None
        report = check(policy, data.body)
        if not report.ok and not apply_notice:
            raise NoticeRefused(
                translate("Errors", "{summary} Nothing was saved; put the exact notice under the headline, or let "
                                    "Desk insert it (--apply-notice).").format(summary=report.summary())
            )
        data.body = fix(policy, data.body)
        data.policy_version = policy.version
        return report

    def _store(self, s: Session, data: ArticleData, expected_version: int | None, action: str,
               note: str, now: datetime, login: str) -> SaveResult:
        policy = policy_in_force(s, now.date())
        _, text = split_notice(policy, data.body)
        data.word_count = count_words(text)
        row = s.get(Article, data.id)
        if expected_version is None:
            if row is not None:
                raise InvalidInput(translate("Errors", "An article with id {id} already exists; it was not imported "
                                                       "twice.").format(id=data.id))
            row = Article(id=data.id, created_at=now, author_login=data.author_login or login,
                          status=data.status or Status.DRAFT.value)
            # An original heads its own translation chain; translations copy the id.
            data.translation_id = data.translation_id or data.id
            apply_data(row, data)
            row.updated_at = now
            s.add(row)
            s.flush()
            revision = add_revision(s, row, number=row.version, author=login, action=action,
                                    from_status=None, note=note, when=now)
            self._ws.journal(s, revision, created=True)
            search.reindex(s, row)
            return SaveResult(article=to_data(row), created=True)
        if row is None:
            raise NotFound(translate("Errors", "Article {id} no longer exists; save it as a new article "
                                               "instead.").format(
                id=data.id))
        facts = _facts(row)
        if not can_edit(self._ws.actor, facts):
            raise PermissionDenied(
                translate("Errors", "You cannot edit this article: it is {status} and you are a {role}.").format(
                status=status_word(row.status), role=self._ws.actor.role.word)
            )
        if row.version != expected_version:
            raise StaleDataError()
        before = to_data(row)
        changed = [name for name in CONTENT_FIELDS if getattr(before, name) != getattr(data, name)]
        if not changed and action == "save":
            return SaveResult(article=before, created=False, messages=[translate("Errors", "Nothing changed.")])
        from_status = row.status
        data.status = row.status
        if changed:
            data.status = status_after_text_edit(Status(row.status)).value
        messages = []
        if data.status != from_status:
            messages.append(translate("Errors", "The article went back to {status}: its approval covered the "
                                                "earlier text.").format(status=status_word(data.status)))
            row.approved_revision = None
            row.approved_by = None
            row.approved_at = None
        data.translated_from = row.translated_from
        data.translation_id = row.translation_id
        apply_data(row, data)
        mark_saved(row, now)
        search.before_update(s, row)  # reindex below moves the search document (SQLite)
        s.flush()
        revision = add_revision(s, row, number=row.version, author=login, action=action,
                                from_status=from_status, note=note, when=now)
        self._ws.journal(s, revision)
        search.reindex(s, row)
        return SaveResult(article=to_data(row), created=False, messages=messages)

    def _stored_or_none(self, article_id: str) -> ArticleData | None:
        try:
            return self.get(article_id)
        except NotFound:
            return None


def _facts(row: Article) -> ArticleFacts:
    return ArticleFacts(status=Status(row.status), author_login=row.author_login,
                        is_translation=row.translated_from is not None)


def _row_facts(r) -> ArticleFacts:
    return ArticleFacts(status=Status(r.status), author_login=r.author_login,
                        is_translation=r.translated_from is not None)


def _problems_sentence(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return translate("Errors", "The article cannot be saved: {items}").format(items=join_sentences(problems))


def _conflict_message(stored: ArticleData | None) -> str:
    if stored is None:
        return translate("Errors", "The article was removed by someone else while you edited it; save your text as "
                                   "a new article.")
    who = stored.author_login or "someone"
    return (
        translate("Errors", "Someone else saved this article (now version {version}, last changed by {who}) since "
                            "you opened it; compare the two texts and choose what to keep.").format(
        version=stored.version, who=who)
    )


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "notice" in text:
        return (translate("Errors", "The database refused the article because it lacks the foreign-agent notice "
                                    "required by the current policy; nothing was saved."))
    if "foreign key" in text:
        return translate("Errors", "The article refers to an original or user that does not exist; nothing was "
                                   "saved.")
    return translate("Errors", "The database refused the article ({reason}); nothing was saved.").format(
        reason=str(exc.orig).splitlines()[0])
