"""Who may do what to an article, and in which state: the editorial workflow.

Pure rules, no I/O, no Qt, no database. Services ask these functions before
they change anything and show the exceptions' messages to the user as they are.

States (a simplified Superdesk), as in :data:`ALLOWED_FROM` and :data:`TARGET`::

    submit              draft, returned                    -> submitted
    approve             submitted                          -> approved
    return (with note)  submitted, approved                -> returned
    publish             approved                           -> published
    spike               draft, submitted, returned, approved -> spiked
    unspike             spiked                             -> draft
    correct             published, corrected               -> correction
    publish_correction  correction                         -> corrected

Roles:

* **correspondent** — writes originals; may submit *their own* articles and
  spike *their own* drafts; reads their own articles in any state and other
  people's only from approval on (approved, published, correction, corrected).
* **translator** — writes translations; may submit any translation (and
  their own articles) and spike their own drafts; reads every translation and
  every original except other people's drafts (draft or returned).
* **editor** — every action on every article.
* **admin** — everything an editor may do, plus the actions in
  :data:`ADMIN_ONLY`.

Decisions the brief left open (see also :func:`can_edit`):

* Correspondents may edit their own articles while ``submitted`` as well as
  in ``draft`` and ``returned`` — the same as translators with translations.
  Fixing a typo before an editor looks is routine; once the article is
  approved only editors may touch it, and an edit after approval moves the
  article back to ``submitted`` anyway (:func:`status_after_text_edit`).
* "Drafts" that other people may not read are ``draft`` and ``returned``
  (a returned article is back on its author's desk).  Correspondents also
  do not see other people's ``submitted`` or ``spiked`` articles.
* Permission is checked before state: a correspondent who tries to approve
  is told to ask an editor, not which state approval needs.

:func:`describe_rules` renders the same tables as Markdown for the docs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from desk_app.domain import errors
from desk_app.domain.article import ArticleData, Status
from desk_app.domain.errors import DeskError, InvalidInput
from desk_app.domain.messages import join_words, translate

__all__ = [
    "ADMIN_ONLY", "ALLOWED_FROM", "Action", "Actor", "ArticleFacts",
    "PUBLISH_REQUIRED", "PermissionDenied", "Role", "TARGET", "WorkflowError",
    "action_verb", "allowed_actions", "can_admin", "initial_status", "can_create", "can_edit", "can_read",
    "check_transition", "describe_rules", "missing_for_publish",
    "publish_refusal_message", "status_after_text_edit", "StatusChange", "status_changes",
]


class Role(StrEnum):
    CORRESPONDENT = "correspondent"
    TRANSLATOR = "translator"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """"Correspondent", "Editor", … (translatable)."""
        return _ROLE_TEXTS[self][0]

    @property
    def word(self) -> str:
        """"correspondent", "editor", …: the role inside a sentence (translatable)."""
        return _ROLE_TEXTS[self][1]

    @property
    def with_article(self) -> str:
        """"A correspondent", "An editor", … (translatable)."""
        return _ROLE_TEXTS[self][2]

    @property
    def with_article_lower(self) -> str:
        """"a correspondent", "an editor", … (translatable)."""
        return _ROLE_TEXTS[self][3]


class Action(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    PUBLISH = "publish"
    SPIKE = "spike"
    UNSPIKE = "unspike"
    CORRECT = "correct"
    PUBLISH_CORRECTION = "publish_correction"

    @property
    def label(self) -> str:
        """The verb as a user reads it: "submit", "publish correction" (translatable)."""
        return _ACTION_LABELS[self]


_ROLE_TEXTS = {
    Role.CORRESPONDENT: (translate("Workflow", "Correspondent"), translate("Workflow", "correspondent"),
                         translate("Workflow", "A correspondent"), translate("Workflow", "a correspondent")),
    Role.TRANSLATOR: (translate("Workflow", "Translator"), translate("Workflow", "translator"),
                      translate("Workflow", "A translator"), translate("Workflow", "a translator")),
    Role.EDITOR: (translate("Workflow", "Editor"), translate("Workflow", "editor"),
                  translate("Workflow", "An editor"), translate("Workflow", "an editor")),
    Role.ADMIN: (translate("Workflow", "Admin"), translate("Workflow", "admin"),
                 translate("Workflow", "An admin"), translate("Workflow", "an admin")),
}
_ACTION_LABELS = {
    Action.SUBMIT: translate("Workflow", "submit"),
    Action.APPROVE: translate("Workflow", "approve"),
    Action.RETURN: translate("Workflow", "return"),
    Action.PUBLISH: translate("Workflow", "publish"),
    Action.SPIKE: translate("Workflow", "spike"),
    Action.UNSPIKE: translate("Workflow", "unspike"),
    Action.CORRECT: translate("Workflow", "correct"),
    Action.PUBLISH_CORRECTION: translate("Workflow", "publish correction"),
}

_S = Status

ALLOWED_FROM: Mapping[Action, frozenset[Status]] = MappingProxyType({
    Action.SUBMIT: frozenset({_S.DRAFT, _S.RETURNED}),
    Action.APPROVE: frozenset({_S.SUBMITTED}),
    Action.RETURN: frozenset({_S.SUBMITTED, _S.APPROVED}),
    Action.PUBLISH: frozenset({_S.APPROVED}),
    Action.SPIKE: frozenset({_S.DRAFT, _S.SUBMITTED, _S.RETURNED, _S.APPROVED}),
    Action.UNSPIKE: frozenset({_S.SPIKED}),
    Action.CORRECT: frozenset({_S.PUBLISHED, _S.CORRECTED}),
    Action.PUBLISH_CORRECTION: frozenset({_S.CORRECTION}),
})
"""Each action's allowed source states (for editors; some roles get fewer)."""

TARGET: Mapping[Action, Status] = MappingProxyType({
    Action.SUBMIT: _S.SUBMITTED,
    Action.APPROVE: _S.APPROVED,
    Action.RETURN: _S.RETURNED,
    Action.PUBLISH: _S.PUBLISHED,
    Action.SPIKE: _S.SPIKED,
    Action.UNSPIKE: _S.DRAFT,
    Action.CORRECT: _S.CORRECTION,
    Action.PUBLISH_CORRECTION: _S.CORRECTED,
})

ADMIN_ONLY = frozenset({"manage_users", "set_policy", "provision"})
"""Administrative actions only an admin may take (see :func:`can_admin`)."""


class WorkflowError(DeskError):
    """An action is not allowed now; the message is one sentence for the user."""


class PermissionDenied(WorkflowError, errors.PermissionDenied):
    """The actor's role (or ownership) does not allow the action at all."""


@dataclass(frozen=True)
class Actor:
    login: str
    role: Role


@dataclass(frozen=True)
class ArticleFacts:
    """What the rules need to know about an article."""

    status: Status
    author_login: str | None
    is_translation: bool

    @classmethod
    def of(cls, article: ArticleData) -> ArticleFacts:
        return cls(
            status=Status(article.status),
            author_login=article.author_login,
            is_translation=article.translated_from is not None,
        )


# --- who may act --------------------------------------------------------------

class _Scope(StrEnum):
    ANY = "any article"
    OWN = "their own articles"
    TRANSLATION = "translations"

    @property
    def words(self) -> str:
        return _SCOPE_WORDS[self]


_SCOPE_WORDS = {
    _Scope.ANY: translate("Workflow", "any article"),
    _Scope.OWN: translate("Workflow", "their own articles"),
    _Scope.TRANSLATION: translate("Workflow", "translations"),
}


@dataclass(frozen=True)
class _Grant:
    scope: _Scope
    only_from: frozenset[Status] | None = None  # None: every state in ALLOWED_FROM


_EDITORIAL = (_Grant(_Scope.ANY),)
_OWN_DRAFTS = (_Grant(_Scope.OWN, frozenset({_S.DRAFT})),)

_GRANTS: Mapping[Action, Mapping[Role, tuple[_Grant, ...]]] = MappingProxyType({
    Action.SUBMIT: {
        Role.CORRESPONDENT: (_Grant(_Scope.OWN),),
        Role.TRANSLATOR: (_Grant(_Scope.OWN), _Grant(_Scope.TRANSLATION)),
        Role.EDITOR: _EDITORIAL, Role.ADMIN: _EDITORIAL,
    },
    Action.SPIKE: {
        Role.CORRESPONDENT: _OWN_DRAFTS, Role.TRANSLATOR: _OWN_DRAFTS,
        Role.EDITOR: _EDITORIAL, Role.ADMIN: _EDITORIAL,
    },
    **{
        action: {Role.EDITOR: _EDITORIAL, Role.ADMIN: _EDITORIAL}
        for action in (Action.APPROVE, Action.RETURN, Action.PUBLISH, Action.UNSPIKE,
                       Action.CORRECT, Action.PUBLISH_CORRECTION)
    },
})

_DENIED_PHRASE = {
    Action.SUBMIT: translate("Workflow", "submit articles"),
    Action.APPROVE: translate("Workflow", "approve articles"),
    Action.RETURN: translate("Workflow", "return articles"),
    Action.PUBLISH: translate("Workflow", "publish articles"),
    Action.SPIKE: translate("Workflow", "spike articles"),
    Action.UNSPIKE: translate("Workflow", "unspike articles"),
    Action.CORRECT: translate("Workflow", "start corrections"),
    Action.PUBLISH_CORRECTION: translate("Workflow", "publish corrections"),
}

_STATE_ORDER = {status: i for i, status in enumerate(Status)}


def _join(words: Iterable[str], last: str = "or") -> str:
    return join_words(words, last)


def _states(states: Iterable[Status]) -> str:
    return _join(s.word for s in sorted(states, key=_STATE_ORDER.__getitem__))


def _is_own(actor: Actor, facts: ArticleFacts) -> bool:
    return facts.author_login is not None and facts.author_login == actor.login


def _applies(grant: _Grant, actor: Actor, facts: ArticleFacts) -> bool:
    if grant.scope is _Scope.ANY:
        return True
    if grant.scope is _Scope.OWN:
        return _is_own(actor, facts)
    return facts.is_translation


def _refusal(actor: Actor, facts: ArticleFacts, action: Action) -> WorkflowError | None:
    """Why ``actor`` may not take ``action`` now, or None when they may."""
    grants = _GRANTS[action].get(actor.role, ())
    if not grants:
        return PermissionDenied(
            translate("Errors", "{role} cannot {what}; ask an editor.").format(
            role=actor.role.with_article, what=_DENIED_PHRASE[action])
        )
    matching = [g for g in grants if _applies(g, actor, facts)]
    if not matching:
        scopes = _join((g.scope.words for g in grants), "and")
        return PermissionDenied(
            translate("Errors", "{role} can {action} only {scopes}; ask an editor.").format(
            role=actor.role.with_article, action=action.label, scopes=scopes)
        )
    full = ALLOWED_FROM[action]
    allowed: set[Status] = set()
    for grant in matching:
        allowed |= grant.only_from if grant.only_from is not None else full
    status = Status(facts.status)
    if status in allowed:
        return None
    if status not in full or allowed == full:
        return WorkflowError(
            translate("Errors", "Cannot {action}: the article is {status}; {action} is allowed from {states}.").format(
            action=action.label, status=status.word, states=_states(full))
        )
    return WorkflowError(
        translate("Errors", "Cannot {action}: the article is {status}; {role} may {action} it only from "
                            "{states}, so ask an editor.").format(
        action=action.label, status=status.word, role=actor.role.with_article_lower,
        states=_states(allowed))
    )


def allowed_actions(actor: Actor, facts: ArticleFacts) -> list[Action]:
    """The actions ``actor`` may take on the article now, in :class:`Action` order.

    ``return`` is listed when allowed; it still needs a note when taken.
    """
    return [action for action in Action if _refusal(actor, facts, action) is None]


def check_transition(
    actor: Actor, facts: ArticleFacts, action: Action, *, note: str | None = None
) -> Status:
    """The state the article moves to, or raise why the action is not allowed.

    Raises :class:`PermissionDenied` when the role (or not being the author)
    rules the action out, :class:`WorkflowError` when the article's state does
    (the message names the current state and the allowed ones), and
    :class:`WorkflowError` for a ``return`` without a ``note``.
    """
    action = Action(action)
    refusal = _refusal(actor, facts, action)
    if refusal is not None:
        raise refusal
    if action is Action.RETURN and not (note or "").strip():
        raise WorkflowError(
            translate("Errors", "Cannot return the article without a note; tell the author what to change.")
        )
    return TARGET[action]


# --- reading, editing, creating ----------------------------------------------

_DRAFTS = frozenset({_S.DRAFT, _S.RETURNED})
_PUBLIC = frozenset({_S.APPROVED, _S.PUBLISHED, _S.CORRECTION, _S.CORRECTED})
_EDITOR_LOCKED = frozenset({_S.SPIKED, _S.PUBLISHED, _S.CORRECTED})
_WRITER_EDITABLE = frozenset({_S.DRAFT, _S.RETURNED, _S.SUBMITTED})


def _is_editorial(actor: Actor) -> bool:
    return actor.role in (Role.EDITOR, Role.ADMIN)


def reads_everything(actor: Actor) -> bool:
    """Whether ``actor`` may open every article (editors and admins): no row needs checking."""
    return _is_editorial(actor)


def can_read(actor: Actor, facts: ArticleFacts) -> bool:
    """Whether ``actor`` may open the article.

    Editors and admins read everything; everyone reads their own articles.
    Correspondents read other people's articles only once approved (approved,
    published, correction, corrected).  Translators read every translation,
    and every original except other people's drafts (draft or returned).
    """
    if _is_editorial(actor) or _is_own(actor, facts):
        return True
    status = Status(facts.status)
    if actor.role is Role.TRANSLATOR:
        return facts.is_translation or status not in _DRAFTS
    return status in _PUBLIC


def can_edit(actor: Actor, facts: ArticleFacts) -> bool:
    """Whether ``actor`` may change the article's text or fields now.

    * correspondents: their own articles in draft, returned or submitted;
    * translators: translations (anyone's) in draft, returned or submitted;
    * editors and admins: everything except spiked (unspike first) and
      published or corrected (start a correction first).
    """
    status = Status(facts.status)
    if _is_editorial(actor):
        return status not in _EDITOR_LOCKED
    if status not in _WRITER_EDITABLE:
        return False
    if actor.role is Role.TRANSLATOR:
        return facts.is_translation
    return _is_own(actor, facts)


def can_create(actor: Actor, *, translation: bool) -> bool:
    """Correspondents start originals, translators translations, editors both."""
    if _is_editorial(actor):
        return True
    return translation == (actor.role is Role.TRANSLATOR)


def initial_status(actor: Actor, requested: str | None) -> Status:
    """The state a new article starts in: ``draft``, except that editors and admins may file
    material in the state it already has elsewhere (an archive import, the demo)."""
    if not requested or not _is_editorial(actor):
        return Status.DRAFT
    try:
        return Status(requested)
    except ValueError:
        raise InvalidInput(translate("Errors", "“{requested}” is not an article state; use one of {states}.").format(
            requested=requested, states=_states(Status))) from None


def can_admin(actor: Actor, what: str) -> bool:
    """Whether ``actor`` may take the administrative action ``what``.

    Raises ``ValueError`` for a name not in :data:`ADMIN_ONLY`, so a typo
    fails loudly instead of quietly denying.
    """
    if what not in ADMIN_ONLY:
        raise ValueError(
            f"Unknown administrative action “{what}”; use one of: "
            + ", ".join(sorted(ADMIN_ONLY)) + "."
        )
    return actor.role is Role.ADMIN


def status_after_text_edit(status: Status) -> Status:
    """The state after someone saves a change to the text.

    An approval belongs to the revision it was given for: editing an approved
    article sends it back to ``submitted``.  Every other state is kept (a
    correction stays a correction).
    """
    status = Status(status)
    return Status.SUBMITTED if status is Status.APPROVED else status


class StatusChange(NamedTuple):
    """One status change a role may make: on its own articles, on translations, or on any."""

    role: Role
    from_status: Status
    to_status: Status
    own: bool           # the actor is the article's author
    translation: bool   # the article is a translation


def status_changes() -> frozenset[StatusChange]:
    """Every status change the rules allow, by role and by the article's facts.

    The database is given the same table (migration 0009 generates its transition check from
    this function): the actions of :data:`ALLOWED_FROM` as each role's grants allow them, and
    the move back to ``submitted`` when a role that may edit an approved article saves its text.
    """
    changes: set[StatusChange] = set()
    for role in Role:
        actor = Actor("someone", role)
        for own in (True, False):
            for translation in (True, False):
                for status in Status:
                    facts = ArticleFacts(status, actor.login if own else "someone else", translation)
                    for action in Action:
                        if _refusal(actor, facts, action) is None:
                            changes.add(StatusChange(role, status, TARGET[action], own, translation))
                    after = status_after_text_edit(status)
                    if after is not status and can_edit(actor, facts):
                        changes.add(StatusChange(role, status, after, own, translation))
    return frozenset(changes)


# --- publishing ---------------------------------------------------------------

PUBLISH_REQUIRED: tuple[tuple[str, str], ...] = (
    ("headline", "headline"),
    ("lede", "lede"),
    ("byline", "byline"),
    ("dateline_place", "dateline"),
    ("body", "body"),
)
"""(ArticleData field, label used in messages) for every field publishing needs."""

_FIELD_WORDS = {
    "headline": translate("Workflow", "headline"),
    "lede": translate("Workflow", "lede"),
    "byline": translate("Workflow", "byline"),
    "dateline": translate("Workflow", "dateline"),
    "body": translate("Workflow", "body"),
}


def action_verb(verb: str) -> str:
    """An action's verb inside a sentence ("submit"), translatable; other words as they are."""
    try:
        return Action(verb).label
    except ValueError:
        return verb

_ORIGIN_LINE = re.compile(r"^This article was originally published on the Russian page\b", re.I)


def _has_text(body: str) -> bool:
    for block in re.split(r"\n\s*\n", body):
        text = block.strip()
        if text and not _ORIGIN_LINE.match(text):
            return True
    return False


def missing_for_publish(article: ArticleData, body_without_notice: str | None = None) -> list[str]:
    """Labels of every required field that is empty, in form order.

    Pass the body with the notice removed as ``body_without_notice`` (the
    notice belongs to the notice policy, not to this module); without it the
    article's own body is used.  A body is missing when no paragraph other
    than the notice — or a translation's "originally published" line — has text.
    """
    body = article.body if body_without_notice is None else body_without_notice
    missing: list[str] = []
    for name, label in PUBLISH_REQUIRED:
        if name == "body":
            present = _has_text(body or "")
        else:
            present = bool((getattr(article, name) or "").strip())
        if not present:
            missing.append(label)
    return missing


def publish_refusal_message(missing: list[str], verb: str = "publish") -> str:
    """"Cannot publish: the headline, byline and dateline are missing; fill them in and try again." """
    if not missing:
        raise ValueError("Nothing is missing; there is no refusal to word.")
    if len(missing) == 1:
        return translate("Errors", "Cannot {verb}: the {missing} is missing; fill it in and try again.").format(
            verb=action_verb(verb), missing=_FIELD_WORDS.get(missing[0], missing[0]))
    return translate("Errors", "Cannot {verb}: the {missing} are missing; fill them in and try again.").format(
        verb=action_verb(verb), missing=_join((_FIELD_WORDS.get(m, m) for m in missing), "and"))


# --- documentation ------------------------------------------------------------

def _who(action: Action, role: Role) -> str:
    grants = _GRANTS[action].get(role, ())
    if not grants:
        return "—"
    parts = []
    for grant in grants:
        text = "yes" if grant.scope is _Scope.ANY else grant.scope.value.replace("their ", "")
        if grant.only_from is not None:
            text += f" (from {_states(grant.only_from)} only)"
        parts.append(text)
    return "; ".join(parts)


def describe_rules() -> str:
    """The transition and permission tables as Markdown, generated from the rules."""
    head = "| action | from | to | " + " | ".join(r.value for r in Role) + " |"
    lines = [head, "|" + " --- |" * (3 + len(Role))]
    for action in Action:
        cells = [
            action.label,
            _states(ALLOWED_FROM[action]),
            TARGET[action].value,
            *(_who(action, role) for role in Role),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "“own articles”: the actor is the article's author. "
        "A return needs a note. Editing an approved article's text moves it back to submitted.",
        "",
        "| role | reads | edits | creates |",
        "| --- | --- | --- | --- |",
        "| correspondent | own articles; others' once approved, published, correction or corrected "
        "| own articles in draft, returned or submitted | originals |",
        "| translator | all translations; originals except others' draft or returned "
        "| translations in draft, returned or submitted | translations |",
        "| editor | everything | everything except spiked, published or corrected | both |",
        "| admin | everything | as editor | both |",
        "",
        "Admin only: " + ", ".join(sorted(ADMIN_ONLY)) + ".",
    ]
    return "\n".join(lines) + "\n"
