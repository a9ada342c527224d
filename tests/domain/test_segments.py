from __future__ import annotations

import unicodedata

from desk_app.domain.segments import body_paragraphs, fold, is_origin_line, paragraph_hash


def test_blank_lines_separate_paragraphs_and_each_is_stripped() -> None:
    body = "  First line\nstill first  \n\n\n   Second.   \n \t\nThird."
    assert body_paragraphs(body) == ["First line\nstill first", "Second.", "Third."]


def test_empty_and_blank_bodies() -> None:
    assert body_paragraphs("") == []
    assert body_paragraphs("\n\n  \n\t\n") == []


def test_windows_line_endings() -> None:
    assert body_paragraphs("One\r\n\r\nTwo\r\n") == ["One", "Two"]


def test_tight_list_is_one_paragraph() -> None:
    body = "Intro.\n\n- one\n- two\n- three\n\nAfter."
    assert body_paragraphs(body) == ["Intro.", "- one\n- two\n- three", "After."]


def test_loose_list_with_continuations_is_one_paragraph() -> None:
    body = "Intro.\n\n1. one\n\n2. two\n   continued\n\n3. three\n\nAfter the list."
    paragraphs = body_paragraphs(body)
    assert paragraphs == ["Intro.", "1. one\n\n2. two\n   continued\n\n3. three", "After the list."]


def test_list_introduced_by_a_line_stays_with_it() -> None:
    body = "Чемпионами стали:\n- Алиев;\n- Омаров.\n\nДалее."
    assert body_paragraphs(body) == ["Чемпионами стали:\n- Алиев;\n- Омаров.", "Далее."]


def test_fenced_code_block_with_blank_lines_is_one_paragraph() -> None:
    body = "Before.\n\n```python\nx = 1\n\n\ny = 2\n```\n\nAfter.\n\n~~~\n\n~~~"
    assert body_paragraphs(body) == ["Before.", "```python\nx = 1\n\n\ny = 2\n```", "After.", "~~~\n\n~~~"]


def test_unclosed_fence_runs_to_the_end() -> None:
    assert body_paragraphs("A.\n\n```\ncode\n\nmore") == ["A.", "```\ncode\n\nmore"]


def test_originally_published_line_is_dropped() -> None:
    body = (
        "*This article was originally published on the Russian page of Caucasian Knot on 6 January 2022"
        " at 10:15 MSK.*\n\nFirst.\n\nSecond.\n\nthis ARTICLE was originally published on the site."
    )
    assert body_paragraphs(body) == ["First.", "Second."]
    assert is_origin_line("This article was originally published on X")
    assert not is_origin_line("The article was first published elsewhere.")


def test_notice_is_dropped_after_nfc_and_whitespace_folding() -> None:
    decomposed = unicodedata.normalize("NFD", "Материал  распространяет\nиностранный агент «Й».")
    body = f"Первый абзац.\n\n{decomposed}\n\nВторой абзац."
    notice = "Материал распространяет иностранный агент «Й»."
    assert body_paragraphs(body, notice=notice) == ["Первый абзац.", "Второй абзац."]
    # without a notice the paragraph is content
    assert len(body_paragraphs(body)) == 3


def test_paragraphs_are_numbered_from_zero_after_dropping() -> None:
    body = "*This article was originally published on the Russian page.*\n\nNOTICE\n\nA\n\nB"
    assert list(enumerate(body_paragraphs(body, notice="NOTICE"))) == [(0, "A"), (1, "B")]


def test_fold() -> None:
    assert fold("  a \n\t b\u00a0 c ") == "a b c"
    assert fold("и\u0306") == "й"


def test_paragraph_hash_ignores_wrapping_and_normal_form() -> None:
    h = paragraph_hash("Суд  приговорил\nактивиста.")
    assert h == paragraph_hash(" Суд приговорил активиста. ")
    assert h == paragraph_hash(unicodedata.normalize("NFD", "Суд приговорил активиста."))
    assert h != paragraph_hash("Суд оправдал активиста.")
    assert len(h) == 64 and int(h, 16) >= 0
