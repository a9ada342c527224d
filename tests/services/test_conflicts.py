"""Save conflicts on SQLite and PostgreSQL: three-way merge, the three choices, nothing ever lost."""
from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, InvalidInput, PermissionDenied
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.textdiff import merge_paragraphs
from desk_app.domain.workflow import Action, Role
from desk_app.services.conflicts import (
    ASIDE_ACTION,
    MARK_MINE,
    MARK_SPLIT,
    MARK_THEIRS,
    ConflictService,
    refine,
    render_merge,
    resolve_markers,
    unresolved_count,
)
from desk_app.services.workspace import Workspace
from desk_app.store.models import Article, Revision

P1 = "Жители Махачкалы третий день остаются без воды."
P2 = "В городской администрации обещают восстановить подачу к пятнице."
P3 = "Очереди к цистернам растянулись на несколько кварталов."


def body(*paragraphs: str) -> str:
    return "\n\n".join((DEMO_NOTICE_TEXT, *paragraphs))


SUBMITTABLE = {"lede": "Лид.", "byline": "Автор", "dateline_place": "Махачкала"}  # what Submit needs


def make(ws, *paragraphs: str, **fields) -> ArticleData:
    return ws.articles.create(ArticleData(headline="Без воды", body=body(*(paragraphs or (P1, P2, P3))),
                                          **fields)).article


def conflict(ws, mine: ArticleData) -> ConflictError:
    with pytest.raises(ConflictError) as info:
        ws.articles.save(mine)
    return info.value


def history(ws, article_id: str) -> list[tuple[int, str, ArticleData]]:
    with ws.unit() as s:
        rows = s.execute(select(Revision.number, Revision.action, Revision.snapshot)
                         .where(Revision.article_id == article_id).order_by(Revision.number)).all()
    return [(n, a, ArticleData.from_snapshot(json.loads(snap))) for n, a, snap in rows]


def approval_of(ws, article_id: str) -> tuple:
    with ws.unit() as s:
        row = s.get(Article, article_id)
        return row.approved_revision, row.approved_by, row.approved_at


@pytest.fixture
def two(workspace, clock):
    """(chief, anna): two people on the same database; anna is an editor."""
    workspace.ensure_user("anna", Role.EDITOR, "Анна")
    return workspace, workspace.as_user("anna")


def edited_by_both(two, clock, mine_body: str, theirs_body: str, **theirs_fields):
    chief, anna = two
    article = make(chief)
    mine = chief.articles.get(article.id)
    theirs = anna.articles.get(article.id)
    clock.advance(60)
    theirs.body = theirs_body
    for name, value in theirs_fields.items():
        setattr(theirs, name, value)
    anna.articles.save(theirs)
    clock.advance(60)
    mine.body = mine_body
    return article, mine, conflict(chief, mine)


def test_prepare_finds_base_mine_and_theirs_and_merges_different_paragraphs(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(
        two, clock, body(P1 + " Власти молчат.", P2, P3), body(P1, P2, P3 + " Воду привозят раз в день."))
    case = ConflictService(chief).prepare(mine, error)
    assert case.base.body == article.body and case.base.version == 1
    assert case.theirs.version == 2 and case.mine is mine
    assert case.clean and case.body_conflicts == 0
    assert case.merged.body == body(P1 + " Власти молчат.", P2, P3 + " Воду привозят раз в день.")
    assert case.merge_text == case.merged.body
    assert case.saved_by == "Анна"
    assert case.message.startswith("Анна saved this article (version 2) after you opened version 1;")


def test_use_merge_saves_the_merge_and_keeps_my_text_in_the_history(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(
        two, clock, body(P1 + " Власти молчат.", P2, P3), body(P1, P2, P3 + " Воду привозят раз в день."))
    service = ConflictService(chief)
    result = service.resolve(service.prepare(mine, error), "merge")
    assert result.article.body == body(P1 + " Власти молчат.", P2, P3 + " Воду привозят раз в день.")
    assert result.article.version == 4
    assert result.messages[0] == "Your text is kept in the history as version 3."
    revs = history(chief, article.id)
    assert [(n, a) for n, a, _ in revs] == [(1, "create"), (2, "save"), (3, ASIDE_ACTION), (4, "conflict_merge")]
    assert revs[2][2].body == mine.body                      # mine, set aside
    assert revs[1][2].body.endswith("Воду привозят раз в день.")   # theirs, as saved


def test_paragraphs_changed_on_both_sides_are_marked_and_must_be_resolved(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(
        two, clock, body(P1, "Мэрия обещает воду к четвергу.", P3), body(P1, "Мэрия обещает воду к субботе.", P3))
    service = ConflictService(chief)
    case = service.prepare(mine, error)
    assert not case.clean and case.body_conflicts == 1
    assert case.merge_text == body(P1, MARK_MINE, "Мэрия обещает воду к четвергу.", MARK_SPLIT,
                                   "Мэрия обещает воду к субботе.", MARK_THEIRS, P3)
    with pytest.raises(InvalidInput, match=r"^1 conflict is still marked in the merged text; edit the marked"):
        service.resolve(case, "merge")
    assert chief.articles.get(article.id).version == 2      # refused before anything was written
    edited = case.merge_text.replace(f"{MARK_MINE}\n\nМэрия обещает воду к четвергу.\n\n{MARK_SPLIT}\n\n", "")
    edited = edited.replace(f"\n\n{MARK_THEIRS}", "").replace("к субботе", "к субботе или к воскресенью")
    result = service.resolve(case, "merge", merged_body=edited)
    assert result.article.body == body(P1, "Мэрия обещает воду к субботе или к воскресенью.", P3)
    assert any(a == ASIDE_ACTION and snap.body == mine.body for _, a, snap in history(chief, article.id))


def test_take_theirs_keeps_the_article_and_sets_my_text_aside(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(two, clock, body(P1, "Моя версия.", P3), body(P1, "Их версия.", P3))
    service = ConflictService(chief)
    result = service.resolve(service.prepare(mine, error), "theirs")
    assert result.article.body == body(P1, "Их версия.", P3) and result.article.version == 3
    assert result.messages == ["Their version is kept.", "Your text is kept in the history as version 3."]
    number, action, snap = history(chief, article.id)[-1]
    assert (number, action, snap.body) == (3, ASIDE_ACTION, mine.body)
    info = chief.articles.revisions(article.id)[-1]
    assert info.author_login == "chief" and "set aside while resolving a conflict with version 2" in info.note
    # recoverable with the ordinary restore
    restored = chief.workflow.restore(article.id, 3)
    assert restored.body == mine.body


def test_take_theirs_leaves_status_and_approval_alone(two, clock):
    chief, anna = two
    article = make(chief, **SUBMITTABLE)
    mine = chief.articles.get(article.id)
    anna.workflow.perform(article.id, Action.SUBMIT)
    approved = anna.workflow.perform(article.id, Action.APPROVE)
    approval = approval_of(chief, article.id)
    mine.body = body(P1, P2, P3, "Ещё абзац.")
    error = conflict(chief, mine)
    result = ConflictService(chief).resolve(ConflictService(chief).prepare(mine, error), "theirs")
    assert result.article.status == "approved" and result.article.body == approved.body
    assert approval_of(chief, article.id) == approval and approval[0] is not None


def test_keep_mine_saves_mine_and_theirs_stays_in_the_history(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(two, clock, body(P1, "Моя версия.", P3), body(P1, "Их версия.", P3))
    service = ConflictService(chief)
    result = service.resolve(service.prepare(mine, error), "mine")
    assert result.article.body == mine.body and result.article.version == 3
    actions = [(n, a) for n, a, _ in history(chief, article.id)]
    assert actions == [(1, "create"), (2, "save"), (3, "conflict_mine")]
    assert history(chief, article.id)[1][2].body == body(P1, "Их версия.", P3)


def test_fields_merge_three_ways(two, clock):
    chief, _ = two
    article, mine, error = edited_by_both(two, clock, body(P1, P2, P3), body(P1, P2, P3),
                                          tags=["вода"], byline="Анна Петрова", lede="Их лид.")
    mine.headline = "Без воды третий день"
    mine.lede = "Мой лид."
    service = ConflictService(chief)
    case = service.prepare(mine, error)
    by_name = {f.name: f for f in case.fields}
    assert set(by_name) == {"headline", "tags", "byline", "lede"}
    assert by_name["headline"].result == "Без воды третий день" and not by_name["headline"].conflict
    assert by_name["tags"].result == ["вода"] and not by_name["tags"].conflict
    assert by_name["lede"].conflict and by_name["lede"].result == "Мой лид." and by_name["lede"].base == ""
    assert [f.name for f in case.field_conflicts] == ["lede"] and not case.clean
    result = service.resolve(case, "merge", field_choices={"lede": "theirs"})
    got = result.article
    assert (got.headline, got.tags, got.byline, got.lede) == ("Без воды третий день", ["вода"], "Анна Петрова",
                                                              "Их лид.")
    assert any(a == ASIDE_ACTION and s.lede == "Мой лид." for _, a, s in history(chief, article.id))
    with pytest.raises(InvalidInput, match="is not a field choice"):   # checked before anything is written
        service.resolve(case, "merge", field_choices={"status": "mine"})


def test_edits_win_over_deletes(two, clock):
    chief, _ = two
    _, mine, error = edited_by_both(two, clock, body(P1, P3), body(P1, P2 + " Уточнение.", P3))
    case = ConflictService(chief).prepare(mine, error)
    assert case.body_conflicts == 1 and case.body_merge.conflicts[0].kept_side == "theirs"
    assert case.merged.body == body(P1, P2 + " Уточнение.", P3)
    assert resolve_markers(case.merge_text, "theirs") == case.merged.body
    assert resolve_markers(case.merge_text, "mine") == mine.body


def test_a_save_between_prepare_and_resolve_is_a_new_conflict_and_loses_nothing(two, clock):
    chief, anna = two
    article, mine, error = edited_by_both(two, clock, body(P1, "Моя версия.", P3), body(P1, "Их версия.", P3))
    service = ConflictService(chief)
    case = service.prepare(mine, error)
    third = anna.articles.get(article.id)
    third.headline = "Третья правка"
    anna.articles.save(third)
    for choice in ("theirs", "merge", "mine"):
        with pytest.raises(ConflictError) as again:
            service.resolve(case, choice, merged_body=resolve_markers(case.merge_text, "mine"))
        assert again.value.stored.headline == "Третья правка"
    case = service.prepare(mine, again.value)
    assert case.merged.headline == "Третья правка"
    result = service.resolve(case, "merge", merged_body=resolve_markers(case.merge_text, "mine"))
    assert result.article.headline == "Третья правка" and result.article.body == mine.body


def test_after_taking_theirs_the_next_conflict_uses_the_real_base(two, clock):
    """A set-aside revision is never mistaken for the content of its version."""
    chief, anna = two
    article, mine, error = edited_by_both(two, clock, body(P1, "Моя версия.", P3), body(P1, "Их версия.", P3))
    service = ConflictService(chief)
    current = service.resolve(service.prepare(mine, error), "theirs").article     # version 3 = theirs
    assert service.content_at(article.id, 3).body == body(P1, "Их версия.", P3)
    other = anna.articles.get(article.id)
    other.body = body(P1, "Их версия.", P3, "Их новый абзац.")
    anna.articles.save(other)
    current.body = body(P1 + " Дополнение.", "Их версия.", P3)
    case = service.prepare(current, conflict(chief, current))
    assert case.base.body == body(P1, "Их версия.", P3)
    assert case.clean and case.merged.body == body(P1 + " Дополнение.", "Их версия.", P3, "Их новый абзац.")


def test_an_article_removed_meanwhile_is_kept_as_a_new_article(two, clock):
    chief, _ = two
    article = make(chief)
    mine = chief.articles.get(article.id)
    mine.body = body(P1, "Мой текст.")
    error = ConflictError("removed", stored=None, mine=mine)
    service = ConflictService(chief)
    case = service.prepare(mine, error)
    assert case.theirs is None and "removed by someone else" in case.message
    with pytest.raises(InvalidInput, match="no stored version to take"):
        service.resolve(case, "theirs")
    result = service.resolve(case, "mine")
    assert result.created and result.article.id != article.id and result.article.body == mine.body


def test_a_writer_who_may_no_longer_edit_is_told_and_nothing_is_written(workspace, clock):
    workspace.ensure_user("kora", Role.CORRESPONDENT)
    kora = workspace.as_user("kora")
    article = make(kora, **SUBMITTABLE)
    mine = kora.articles.get(article.id)
    mine.body = body(P1, "Мой текст.")
    kora.workflow.perform(article.id, Action.SUBMIT)
    stored = workspace.workflow.perform(article.id, Action.APPROVE)
    stored_before = workspace.articles.get(article.id)
    case = ConflictService(kora).prepare(mine, ConflictError("x", stored=stored, mine=mine))
    with pytest.raises(PermissionDenied, match=r"You can no longer edit this article \(it is approved\)"):
        ConflictService(kora).resolve(case, "theirs")
    assert workspace.articles.get(article.id) == stored_before


def test_a_merge_the_notice_check_refuses_still_keeps_my_text(two, clock):
    from desk_app.domain.errors import NoticeRefused

    chief, _ = two
    article, mine, error = edited_by_both(two, clock, body(P1, "Моя версия.", P3), body(P1, "Их версия.", P3))
    service = ConflictService(chief)
    case = service.prepare(mine, error)
    without_notice = "\n\n".join([P1, "Моя версия.", P3])
    with pytest.raises(NoticeRefused):
        service.resolve(case, "merge", merged_body=without_notice)
    assert any(a == ASIDE_ACTION and s.body == mine.body for _, a, s in history(chief, article.id))
    case = service.prepare(mine, conflict(chief, mine))          # version moved on: meet it again
    result = service.resolve(case, "merge", merged_body=without_notice, apply_notice=True)
    assert result.article.body.startswith(DEMO_NOTICE_TEXT) and result.notice_fixed is not None


def test_unknown_choice_is_refused(two, clock):
    chief, _ = two
    _, mine, error = edited_by_both(two, clock, body(P1, "А."), body(P1, "Б."))
    with pytest.raises(InvalidInput, match="use mine, theirs or merge"):
        ConflictService(chief).resolve(ConflictService(chief).prepare(mine, error), "both")


# --- markers ---------------------------------------------------------------------------

def test_markers_round_trip():
    result = merge_paragraphs(["a", "b", "c"], ["a", "B1", "B2", "c"], ["a", "b*", "c"])
    text = render_merge(result)
    assert text == "\n\n".join(["a", MARK_MINE, "B1", "B2", MARK_SPLIT, "b*", MARK_THEIRS, "c"])
    assert unresolved_count(text) == 1
    assert resolve_markers(text, "mine") == "a\n\nB1\n\nB2\n\nc"
    assert resolve_markers(text, "theirs") == "a\n\nb*\n\nc"
    assert unresolved_count("a\n\n=======\n\nb") == 1        # a stray marker counts too
    assert unresolved_count("a\n\n========= not a marker? =\n\nb") == 0
    assert unresolved_count(resolve_markers(text, "mine")) == 0


def test_neighbouring_changes_conflict_only_where_both_changed():
    base, mine, theirs = ["n", "a", "b", "c", "z"], ["n", "A", "b", "C1", "z"], ["n", "a", "B", "C2", "z"]
    assert len(merge_paragraphs(base, mine, theirs).conflicts) == 1          # diff3: one hunk a..c
    refined = refine(merge_paragraphs(base, mine, theirs))
    assert refined.paragraphs == ["n", "A", "B", "C1", "z"]
    assert [(c.index_in_result, c.base, c.mine, c.theirs) for c in refined.conflicts] == [(3, ["c"], ["C1"], ["C2"])]
    uneven = refine(merge_paragraphs(["a", "b"], ["A", "x", "b"], ["a", "B"]))
    assert len(uneven.conflicts) == 1 and uneven.paragraphs == ["A", "x", "b"]   # no 1:1 match: kept whole


def test_markers_for_a_conflict_at_the_end_and_a_deletion_on_my_side():
    result = merge_paragraphs(["a", "b"], ["a"], ["a", "b2"])
    assert render_merge(result) == "\n\n".join(["a", MARK_MINE, MARK_SPLIT, "b2", MARK_THEIRS])


# --- the property: never a lost update (real PostgreSQL, two connections) ---------------

@pytest.fixture(scope="module")
def pg_pair(pg_database_factory):
    url = pg_database_factory("desk_conflicts").render_as_string(hide_password=False)
    first = Workspace.open(url, user="anna")
    first.ensure_user("boris", Role.EDITOR, "Борис")
    second = Workspace.open(url, user="boris")
    assert first.engine is not second.engine
    yield first, second
    first.close()
    second.close()


STEP = st.tuples(
    st.sampled_from((0, 1)),                                             # which client
    st.sampled_from(("edit", "append", "headline", "save", "save")),     # what it does
    st.integers(0, 4),                                                   # which paragraph
    st.sampled_from(("mine", "theirs", "merge", "merge-mine", "merge-theirs")),  # how it resolves
)


@pytest.mark.pg_only
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=2, max_size=14))
def test_interleaved_saves_never_lose_a_text(pg_pair, steps):
    clients = pg_pair
    article = make(clients[0], P1, P2, P3)
    state = [c.articles.get(article.id) for c in clients]
    attempted: list[tuple[str, str]] = []       # every (headline, body) a client tried to save
    counter = itertools.count()

    def save(i: int, how: str) -> None:
        ws, mine = clients[i], state[i]
        attempted.append((mine.headline, mine.body))
        service = ConflictService(ws)
        for _ in range(5):
            try:
                state[i] = ws.articles.save(mine).article
                return
            except ConflictError as error:
                event(f"resolved a conflict with {how}")
                case = service.prepare(mine, error)
                if not case.clean:
                    event("a conflict both sides changed")
                choice, merged = how, None
                if how.startswith("merge-"):
                    choice, merged = "merge", resolve_markers(case.merge_text, how.split("-")[1])
                elif how == "merge" and not case.clean:
                    merged = resolve_markers(case.merge_text, "mine")
                state[i] = service.resolve(case, choice, merged_body=merged).article
                return
        raise AssertionError("a conflict did not settle")

    for who, what, para, how in steps:
        token = f"[клиент {who} правка {next(counter)}]"
        mine = state[who]
        paras = mine.body.split("\n\n")
        if what == "edit":
            k = 1 + para % (len(paras) - 1)              # never the notice (paragraph 0)
            paras[k] = paras[k] + " " + token
            mine.body = "\n\n".join(paras)
        elif what == "append":
            mine.body = "\n\n".join([*paras[:1 + para % len(paras)], token, *paras[1 + para % len(paras):]])
        elif what == "headline":
            mine.headline = f"Заголовок {token}"
        else:
            save(who, how)
    for who in (0, 1):
        save(who, "merge")

    snapshots = {(snap.headline, snap.body) for _, _, snap in history(clients[0], article.id)}
    lost = [pair for pair in attempted if pair not in snapshots]
    assert not lost, f"texts missing from the history: {lost}"
    versions = [n for n, _, _ in history(clients[0], article.id)]
    assert versions == sorted(set(versions))
