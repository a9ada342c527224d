"""desk_app.domain.textdiff: word diffs and the three-way paragraph merge."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.textdiff import (
    DEL_STYLE,
    INS_STYLE,
    Conflict,
    MergeResult,
    merge_paragraphs,
    side_by_side_html,
    tokenize,
    word_diff,
    word_diff_html,
)


def _old(ops):
    return "".join(text for op, text in ops if op != "insert")


def _new(ops):
    return "".join(text for op, text in ops if op != "delete")


# ----------------------------------------------------------------------------
# word_diff
# ----------------------------------------------------------------------------

def test_tokenize_words_spaces_punctuation():
    assert tokenize("Суд, 7 января:  «Мемориал»\n") == [
        "Суд", ",", " ", "7", " ", "января", ":", "  ", "«", "Мемориал", "»", "\n",
    ]


def test_word_diff_simple_replacement():
    ops = word_diff("The court fined Memorial.", "The court closed Memorial!")
    assert ops == [
        ("equal", "The court "), ("delete", "fined"), ("insert", "closed"),
        ("equal", " Memorial"), ("delete", "."), ("insert", "!"),
    ]


def test_word_diff_folds_whitespace_between_changes():
    ops = word_diff("the cat sat", "a dog sat")
    assert ops == [("delete", "the cat"), ("insert", "a dog"), ("equal", " sat")]


def test_word_diff_identical_and_empty():
    assert word_diff("same text", "same text") == [("equal", "same text")]
    assert word_diff("", "") == []
    assert word_diff("", "new") == [("insert", "new")]
    assert word_diff("old", "") == [("delete", "old")]


def test_word_diff_is_word_level_not_character_level():
    ops = word_diff("Махачкала", "Махачкалы")
    assert ops == [("delete", "Махачкала"), ("insert", "Махачкалы")]


@settings(max_examples=300)
@given(st.text(), st.text())
def test_word_diff_reproduces_both_texts(old, new):
    ops = word_diff(old, new)
    assert _old(ops) == old
    assert _new(ops) == new
    assert all(op in ("equal", "delete", "insert") and text for op, text in ops)
    # neighbours never share an op, and a deletion precedes its insertion
    for (op1, _), (op2, _) in zip(ops, ops[1:], strict=False):
        assert op1 != op2
        assert (op1, op2) != ("insert", "delete")


@given(st.lists(st.sampled_from(["один", "два", "три", " ", ", ", ".", "\n"]), max_size=20),
       st.lists(st.sampled_from(["один", "два", "три", " ", ", ", ".", "\n"]), max_size=20))
def test_word_diff_reproduces_wordy_texts(old, new):
    old_text, new_text = "".join(old), "".join(new)
    ops = word_diff(old_text, new_text)
    assert _old(ops) == old_text and _new(ops) == new_text


def test_word_diff_html_escapes_and_marks():
    out = word_diff_html("a <b>bold</b> & x", "a <i>it</i> & x")
    assert "<b>" not in out and "<i>" not in out
    assert f'<del style="{DEL_STYLE}">' in out
    assert f'<ins style="{INS_STYLE}">' in out
    assert "&lt;" in out and "&amp;" in out
    assert "background-color:" in DEL_STYLE and "background-color:" in INS_STYLE


def test_word_diff_html_keeps_line_breaks():
    out = word_diff_html("one\ntwo", "one\nthree")
    assert "white-space:pre-wrap" in out
    assert "one\n" in out


def test_side_by_side():
    left, right = side_by_side_html("Суд оштрафовал <НКО>", "Суд закрыл <НКО>")
    assert "<del" in left and "<ins" not in left
    assert "<ins" in right and "<del" not in right
    assert "оштрафовал</del>" in left and "закрыл</ins>" in right
    assert "&lt;НКО&gt;" in left and "&lt;НКО&gt;" in right
    assert "закрыл" not in left and "оштрафовал" not in right


# ----------------------------------------------------------------------------
# merge_paragraphs
# ----------------------------------------------------------------------------

BASE = ["P1", "P2", "P3", "P4"]


def test_change_on_one_side_only():
    assert merge_paragraphs(BASE, ["P1", "P2*", "P3", "P4"], BASE) == MergeResult(
        ["P1", "P2*", "P3", "P4"], []
    )
    assert merge_paragraphs(BASE, BASE, ["P1", "P2", "P3*", "P4"]) == MergeResult(
        ["P1", "P2", "P3*", "P4"], []
    )


def test_changes_on_both_sides_in_different_paragraphs():
    result = merge_paragraphs(BASE, ["P1*", "P2", "P3", "P4"], ["P1", "P2", "P3", "P4*"])
    assert result.paragraphs == ["P1*", "P2", "P3", "P4*"]
    assert result.clean


def test_identical_change_taken_once():
    result = merge_paragraphs(BASE, ["P1", "X", "P3", "P4"], ["P1", "X", "P3", "P4"])
    assert result.paragraphs == ["P1", "X", "P3", "P4"]
    assert result.conflicts == []


def test_insertions_at_different_places_both_survive():
    mine = ["P1", "mine-new", "P2", "P3", "P4"]
    theirs = ["P1", "P2", "P3", "their-new", "P4"]
    result = merge_paragraphs(BASE, mine, theirs)
    assert result.paragraphs == ["P1", "mine-new", "P2", "P3", "their-new", "P4"]
    assert result.clean


def test_insertions_at_start_and_end():
    result = merge_paragraphs(BASE, ["first"] + BASE, BASE + ["last"])
    assert result.paragraphs == ["first", "P1", "P2", "P3", "P4", "last"]
    assert result.clean


def test_deletions_on_one_or_both_sides():
    assert merge_paragraphs(BASE, ["P1", "P3", "P4"], BASE).paragraphs == ["P1", "P3", "P4"]
    assert merge_paragraphs(BASE, BASE, ["P1", "P2", "P3"]).paragraphs == ["P1", "P2", "P3"]
    both = merge_paragraphs(BASE, ["P1", "P3", "P4"], ["P1", "P3", "P4"])
    assert both == MergeResult(["P1", "P3", "P4"], [])
    apart = merge_paragraphs(BASE, ["P2", "P3", "P4"], ["P1", "P2", "P3"])
    assert apart == MergeResult(["P2", "P3"], [])


def test_conflict_keeps_mine_and_records_all_versions():
    result = merge_paragraphs(BASE, ["P1", "mine", "P3", "P4"], ["P1", "theirs", "P3", "P4"])
    assert result.paragraphs == ["P1", "mine", "P3", "P4"]
    assert result.conflicts == [Conflict(1, ["P2"], ["mine"], ["theirs"])]
    assert result.conflicts[0].kept_side == "mine"
    assert not result.clean


def test_delete_against_edit_keeps_the_edit():
    # mine deleted P2, theirs edited it: a conflict, the edit stands in the result
    result = merge_paragraphs(BASE, ["P1", "P3", "P4"], ["P1", "P2 edited", "P3", "P4"])
    assert result.paragraphs == ["P1", "P2 edited", "P3", "P4"]
    assert result.conflicts == [Conflict(1, ["P2"], [], ["P2 edited"])]
    assert result.conflicts[0].kept_side == "theirs"
    # and the other way round
    result = merge_paragraphs(BASE, ["P1", "P2 edited", "P3", "P4"], ["P1", "P3", "P4"])
    assert result.paragraphs == ["P1", "P2 edited", "P3", "P4"]
    assert result.conflicts == [Conflict(1, ["P2"], ["P2 edited"], [])]


def test_conflict_index_points_into_the_result():
    base = ["a", "b", "c", "d", "e"]
    mine = ["new0", "a", "B1", "B2", "c", "d", "E-mine"]
    theirs = ["a", "b-theirs", "c", "x", "d", "E-theirs"]
    result = merge_paragraphs(base, mine, theirs)
    assert result.paragraphs == ["new0", "a", "B1", "B2", "c", "x", "d", "E-mine"]
    assert [c.index_in_result for c in result.conflicts] == [2, 7]
    for conflict in result.conflicts:
        start = conflict.index_in_result
        assert result.paragraphs[start:start + len(conflict.kept)] == conflict.kept
    assert result.conflicts[0] == Conflict(2, ["b"], ["B1", "B2"], ["b-theirs"])
    assert result.conflicts[1] == Conflict(7, ["e"], ["E-mine"], ["E-theirs"])


def test_different_insertions_at_the_same_place_conflict():
    result = merge_paragraphs(["a", "b"], ["a", "m", "b"], ["a", "t", "b"])
    assert result.paragraphs == ["a", "m", "b"]
    assert result.conflicts == [Conflict(1, [], ["m"], ["t"])]


def test_empty_inputs():
    assert merge_paragraphs([], [], []) == MergeResult([], [])
    assert merge_paragraphs([], ["a"], []) == MergeResult(["a"], [])
    assert merge_paragraphs(["a"], [], []) == MergeResult([], [])


def test_repeated_paragraphs():
    base = ["", "x", "", "x", ""]
    mine = ["", "x", "", "x", "", "tail"]
    theirs = ["head", "", "x", "", "x", ""]
    assert merge_paragraphs(base, mine, theirs) == MergeResult(["head"] + base + ["tail"], [])


paragraph_lists = st.lists(st.sampled_from(["a", "b", "c", "d", "e", ""]), max_size=10)


@settings(max_examples=400)
@given(paragraph_lists, paragraph_lists)
def test_property_only_mine_changed(base, x):
    assert merge_paragraphs(base, x, base) == MergeResult(x, [])


@settings(max_examples=400)
@given(paragraph_lists, paragraph_lists)
def test_property_only_theirs_changed(base, y):
    assert merge_paragraphs(base, base, y) == MergeResult(y, [])


@settings(max_examples=400)
@given(paragraph_lists, paragraph_lists)
def test_property_same_change_on_both_sides(base, x):
    assert merge_paragraphs(base, x, x) == MergeResult(x, [])


@settings(max_examples=400)
@given(paragraph_lists, paragraph_lists, paragraph_lists)
def test_property_nothing_is_lost(base, mine, theirs):
    result = merge_paragraphs(base, mine, theirs)
    for conflict in result.conflicts:
        start = conflict.index_in_result
        assert conflict.mine or conflict.theirs
        assert result.paragraphs[start:start + len(conflict.kept)] == conflict.kept
        assert conflict.kept == (conflict.mine or conflict.theirs)
    # every paragraph of the result comes from one of the three versions
    assert set(result.paragraphs) <= set(base) | set(mine) | set(theirs)
    # merging is symmetric up to which side a conflict keeps
    if result.clean:
        assert merge_paragraphs(base, theirs, mine).paragraphs == result.paragraphs
