"""The workflow rules against an expectation table written out by hand.

The tables below restate docs/newsroom.md and the brief independently of
desk_app.domain.workflow; every role × action × source state × author-or-not
× original-or-translation combination is checked against them.
"""
from __future__ import annotations

import itertools
import re

import pytest

from desk_app.domain.article import ArticleData, Status
from desk_app.domain.workflow import (
    ADMIN_ONLY,
    ALLOWED_FROM,
    TARGET,
    Action,
    Actor,
    ArticleFacts,
    PermissionDenied,
    Role,
    WorkflowError,
    allowed_actions,
    can_admin,
    can_create,
    can_edit,
    can_read,
    check_transition,
    describe_rules,
    missing_for_publish,
    publish_refusal_message,
    reads_everything,
    status_after_text_edit,
)

# action -> (source states for editors, target)
TRANSITIONS: dict[str, tuple[set[str], str]] = {
    "submit": ({"draft", "returned"}, "submitted"),
    "approve": ({"submitted"}, "approved"),
    "return": ({"submitted", "approved"}, "returned"),
    "publish": ({"approved"}, "published"),
    "spike": ({"draft", "submitted", "returned", "approved"}, "spiked"),
    "unspike": ({"spiked"}, "draft"),
    "correct": ({"published", "corrected"}, "correction"),
    "publish_correction": ({"correction"}, "corrected"),
}

# Non-editorial roles: every (role, action, state, own, translation) that is allowed.
# Written out row by row on purpose.
WRITER_ALLOWED: set[tuple[str, str, str, bool, bool]] = {
    # correspondents submit/resubmit their own articles
    ("correspondent", "submit", "draft", True, False),
    ("correspondent", "submit", "draft", True, True),
    ("correspondent", "submit", "returned", True, False),
    ("correspondent", "submit", "returned", True, True),
    # ... and spike their own drafts
    ("correspondent", "spike", "draft", True, False),
    ("correspondent", "spike", "draft", True, True),
    # translators submit any translation and their own articles
    ("translator", "submit", "draft", True, False),
    ("translator", "submit", "draft", True, True),
    ("translator", "submit", "draft", False, True),
    ("translator", "submit", "returned", True, False),
    ("translator", "submit", "returned", True, True),
    ("translator", "submit", "returned", False, True),
    # ... and spike their own drafts
    ("translator", "spike", "draft", True, False),
    ("translator", "spike", "draft", True, True),
}

# (role, action, own, translation) for which a writer may take the action in SOME state;
# outside these the refusal is a PermissionDenied, inside them a plain state error.
WRITER_EVER: set[tuple[str, str, bool, bool]] = {
    (role, action, own, tr) for role, action, _state, own, tr in WRITER_ALLOWED
}

ROLES = ["correspondent", "translator", "editor", "admin"]
ACTIONS = list(TRANSITIONS)
STATES = ["draft", "submitted", "approved", "published", "returned", "spiked",
          "correction", "corrected"]

ME = "me"
SOMEONE = "someone"


def expected_allowed(role: str, action: str, state: str, own: bool, tr: bool) -> bool:
    if role in ("editor", "admin"):
        return state in TRANSITIONS[action][0]
    return (role, action, state, own, tr) in WRITER_ALLOWED


def facts(state: str, own: bool, tr: bool) -> ArticleFacts:
    return ArticleFacts(status=Status(state), author_login=ME if own else SOMEONE,
                        is_translation=tr)


COMBOS = list(itertools.product(ROLES, ACTIONS, STATES, [True, False], [False, True]))


def test_the_enums_cover_the_table():
    assert {a.value for a in Action} == set(ACTIONS)
    assert {r.value for r in Role} == set(ROLES)
    assert {s.value for s in Status} == set(STATES)
    assert len(COMBOS) == 4 * 8 * 8 * 2 * 2


@pytest.mark.parametrize("action", ACTIONS)
def test_allowed_from_and_target(action):
    sources, target = TRANSITIONS[action]
    assert {s.value for s in ALLOWED_FROM[Action(action)]} == sources
    assert TARGET[Action(action)].value == target


@pytest.mark.parametrize(
    "role,action,state,own,tr", COMBOS,
    ids=[f"{r}-{a}-{s}-{'own' if o else 'other'}-{'tr' if t else 'orig'}"
         for r, a, s, o, t in COMBOS],
)
def test_every_combination(role, action, state, own, tr):
    actor = Actor(ME, Role(role))
    f = facts(state, own, tr)
    allowed = expected_allowed(role, action, state, own, tr)
    assert (Action(action) in allowed_actions(actor, f)) is allowed
    if allowed:
        target = check_transition(actor, f, Action(action), note="Please add a source.")
        assert target == Status(TRANSITIONS[action][1])
        return
    with pytest.raises(WorkflowError) as info:
        check_transition(actor, f, Action(action), note="Please add a source.")
    permission = role not in ("editor", "admin") and (role, action, own, tr) not in WRITER_EVER
    assert isinstance(info.value, PermissionDenied) is permission
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message
    if not permission:
        # a state refusal names the current state and the states that would do
        assert f"the article is {state};" in message
        editor_sources = TRANSITIONS[action][0]
        mine = {s for r, a, s, o, t in WRITER_ALLOWED if (r, a, o, t) == (role, action, own, tr)}
        named = set(re.findall(r"\b(" + "|".join(STATES) + r")\b", message.split(";", 1)[1]))
        if role in ("editor", "admin") or state not in editor_sources:
            assert named == editor_sources
        else:
            assert named == mine
    else:
        assert message.startswith(f"A {role} ") and "ask an editor" in message


def test_spec_messages():
    editor = Actor("ed", Role.EDITOR)
    with pytest.raises(WorkflowError) as info:
        check_transition(editor, facts("draft", False, False), Action.APPROVE)
    assert str(info.value) == "Cannot approve: the article is draft; approve is allowed from submitted."
    assert not isinstance(info.value, PermissionDenied)
    translator = Actor("tr", Role.TRANSLATOR)
    with pytest.raises(PermissionDenied) as denied:
        check_transition(translator, facts("submitted", False, True), Action.APPROVE)
    assert str(denied.value) == "A translator cannot approve articles; ask an editor."
    with pytest.raises(PermissionDenied) as other:
        check_transition(Actor(ME, Role.CORRESPONDENT), facts("draft", False, False), Action.SUBMIT)
    assert str(other.value) == "A correspondent can submit only their own articles; ask an editor."


@pytest.mark.parametrize("state", ["submitted", "approved"])
@pytest.mark.parametrize("role", ["editor", "admin"])
@pytest.mark.parametrize("note", [None, "", "   \n\t"])
def test_return_requires_a_note(state, role, note):
    actor = Actor("ed", Role(role))
    with pytest.raises(WorkflowError, match="note") as info:
        check_transition(actor, facts(state, False, False), Action.RETURN, note=note)
    assert not isinstance(info.value, PermissionDenied)
    assert check_transition(actor, facts(state, False, False), Action.RETURN,
                            note="Check the casualty figure.") == Status.RETURNED


def test_a_missing_author_is_nobody_s_own():
    actor = Actor(ME, Role.CORRESPONDENT)
    orphan = ArticleFacts(Status.DRAFT, None, False)
    assert allowed_actions(actor, orphan) == []
    assert not can_edit(actor, orphan)
    assert not can_read(actor, orphan)


def test_spike_is_never_allowed_after_publication():
    for state in ("published", "corrected", "correction"):
        for role in Role:
            assert Action.SPIKE not in allowed_actions(Actor(ME, role), facts(state, True, False))


# --- reading, editing, creating ---------------------------------------------

READ_COMBOS = list(itertools.product(ROLES, STATES, [True, False], [False, True]))


def expected_read(role: str, state: str, own: bool, tr: bool) -> bool:
    if role in ("editor", "admin") or own:
        return True
    if role == "translator":
        return tr or state not in ("draft", "returned")
    return state in ("approved", "published", "correction", "corrected")


def expected_edit(role: str, state: str, own: bool, tr: bool) -> bool:
    if role in ("editor", "admin"):
        return state not in ("spiked", "published", "corrected")
    if state not in ("draft", "returned", "submitted"):
        return False
    return tr if role == "translator" else own


@pytest.mark.parametrize("role,state,own,tr", READ_COMBOS)
def test_can_read(role, state, own, tr):
    assert can_read(Actor(ME, Role(role)), facts(state, own, tr)) is expected_read(role, state, own, tr)


@pytest.mark.parametrize("role,state,own,tr", READ_COMBOS)
def test_can_edit(role, state, own, tr):
    assert can_edit(Actor(ME, Role(role)), facts(state, own, tr)) is expected_edit(role, state, own, tr)


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_reads_everything_only_when_every_article_is_readable(role):
    """The list skips its per-row check for these roles: that must never hide a refusal."""
    every = all(can_read(Actor(ME, Role(role)), facts(state, own, tr)) for _, state, own, tr in READ_COMBOS)
    assert reads_everything(Actor(ME, Role(role))) is every


def test_correspondents_do_not_see_colleagues_unfinished_work():
    reader = Actor(ME, Role.CORRESPONDENT)
    for state in ("draft", "returned", "submitted", "spiked"):
        assert not can_read(reader, facts(state, False, False))
    for state in ("approved", "published"):
        assert can_read(reader, facts(state, False, False))


@pytest.mark.parametrize("role,original,translation", [
    ("correspondent", True, False),
    ("translator", False, True),
    ("editor", True, True),
    ("admin", True, True),
])
def test_can_create(role, original, translation):
    actor = Actor(ME, Role(role))
    assert can_create(actor, translation=False) is original
    assert can_create(actor, translation=True) is translation


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("what", sorted(ADMIN_ONLY))
def test_can_admin(role, what):
    assert can_admin(Actor(ME, Role(role)), what) is (role == "admin")


def test_admin_only_and_unknown_admin_action():
    assert ADMIN_ONLY == frozenset({"manage_users", "set_policy", "provision"})
    with pytest.raises(ValueError):
        can_admin(Actor(ME, Role.ADMIN), "delete_everything")


@pytest.mark.parametrize("state,after", [
    ("approved", "submitted"),
    ("correction", "correction"),
    ("draft", "draft"),
    ("returned", "returned"),
    ("submitted", "submitted"),
    ("published", "published"),
    ("corrected", "corrected"),
    ("spiked", "spiked"),
])
def test_status_after_text_edit(state, after):
    assert status_after_text_edit(Status(state)) == Status(after)


def test_facts_of_an_article():
    article = ArticleData(status="approved", author_login="amina", translated_from="x")
    assert ArticleFacts.of(article) == ArticleFacts(Status.APPROVED, "amina", True)


# --- publishing ---------------------------------------------------------------

def complete() -> ArticleData:
    return ArticleData(
        headline="Road reopened", lede="Traffic resumed on Monday.", byline="A. Author",
        dateline_place="Nalchik", body="First paragraph.\n\nSecond paragraph.",
    )


def test_a_complete_article_misses_nothing():
    assert missing_for_publish(complete()) == []


def test_every_missing_field_is_named_at_once():
    article = complete().copy(headline="  ", byline="", dateline_place="\n", lede="", body="")
    missing = missing_for_publish(article)
    assert missing == ["headline", "lede", "byline", "dateline", "body"]
    message = publish_refusal_message(missing)
    assert message == ("Cannot publish: the headline, lede, byline, dateline and body are "
                       "missing; fill them in and try again.")


def test_spec_refusal_message():
    assert publish_refusal_message(["headline", "byline", "dateline"]) == (
        "Cannot publish: the headline, byline and dateline are missing; fill them in and try again."
    )
    assert publish_refusal_message(["body"]) == (
        "Cannot publish: the body is missing; fill it in and try again."
    )
    with pytest.raises(ValueError):
        publish_refusal_message([])


def test_a_body_with_only_the_notice_is_missing():
    notice = "This material was produced by a notice-bearing agency."
    article = complete().copy(body=notice)
    assert missing_for_publish(article) == []  # the notice counts unless stripped
    assert missing_for_publish(article, body_without_notice="\n\n  \n") == ["body"]
    assert missing_for_publish(article, body_without_notice="Real text.") == []


def test_a_translation_with_only_the_origin_line_is_missing_its_body():
    line = ("This article was originally published on the Russian page of 24/7 Internet "
            "agency ‘Caucasian Knot’ on November 19, 2026 at 09:33 pm MSK")
    article = complete().copy(body=line, translated_from="orig")
    assert missing_for_publish(article) == ["body"]
    assert missing_for_publish(article.copy(body=line + "\n\nTranslated text.")) == []


# --- documentation ------------------------------------------------------------

def test_describe_rules_is_a_table_of_every_action_and_role():
    text = describe_rules()
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    header = rows[0]
    for role in ROLES:
        assert role in header
    for action in Action:
        row = next(r for r in rows if r.startswith(f"| {action.label} |"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[2] == TRANSITIONS[action.value][1]
        named = set(re.findall(r"\b(" + "|".join(STATES) + r")\b", cells[1]))
        assert named == TRANSITIONS[action.value][0]
        assert cells[-1] == "yes" and cells[-2] == "yes"  # admin, editor
