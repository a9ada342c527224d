"""desk_app.domain.notice: the foreign-agent notice policy, check, fix and split."""
from __future__ import annotations

import ast
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain import notice as notice_module
from desk_app.domain.notice import (
    DEMO_NOTICE_TEXT,
    DEMO_OUTLET,
    NoticePolicy,
    NoticeReport,
    Placement,
    ProblemKind,
    check,
    fix,
    is_canonical,
    normalise,
    split_notice,
    split_paragraphs,
)

P = DEMO_NOTICE_TEXT
TOP = NoticePolicy(text=P, outlet=DEMO_OUTLET)
END = NoticePolicy(text=P, outlet=DEMO_OUTLET, placement=Placement.END)
AGED = NoticePolicy(text=P, outlet=DEMO_OUTLET, age_mark="18+")

FIRST = "Махачкала, 12 марта. Власти Дагестана объявили о ремонте водопровода."
SECOND = "Работы продлятся до конца месяца, сообщили в администрации."
THIRD = "Жители трёх районов останутся без воды на двое суток."

HOMOGLYPHS = {  # Cyrillic letter of the notice -> Latin look-alike
    "А": "A", "О": "O", "Е": "E", "Р": "P", "С": "C", "Н": "H", "М": "M", "Т": "T", "Х": "X", "К": "K",
    "В": "B",
}
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def kinds(report: NoticeReport) -> list[tuple[ProblemKind, int | None]]:
    return [(p.kind, p.paragraph_index) for p in report.problems]


_QUOTED = re.compile(r"“[^“”]*(?:“[^“”]*”[^“”]*)*”")


def is_one_sentence(text: str) -> bool:
    """Ends with a full stop, one line, and no sentence ends inside it (quoted text aside)."""
    outside = _QUOTED.sub("Q", text)
    return (text.endswith(".") and "\n" not in text and text[0].isupper()
            and re.search(r"[.!?]\s", outside) is None)


def assert_fixed(policy: NoticePolicy, text: str) -> str:
    fixed = fix(policy, text)
    assert check(policy, fixed).ok, check(policy, fixed).summary()
    assert is_canonical(policy, fixed)
    assert fix(policy, fixed) == fixed
    return fixed


# ------------------------------------------------------------------------------------------------
# The policy and the constants

def test_demo_constants_are_exact():
    assert DEMO_OUTLET == "ООО “МЕМО”"
    assert DEMO_NOTICE_TEXT == (
        "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО”, "
        "ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”."
    )
    assert DEMO_NOTICE_TEXT.count(DEMO_OUTLET) == 2


def test_paragraph_with_and_without_age_mark():
    assert TOP.paragraph() == P
    assert AGED.paragraph() == P + " 18+"


def test_policy_defaults_and_coercion():
    policy = NoticePolicy(text=P, placement="end", languages=["ru"])  # type: ignore[arg-type]
    assert policy.placement is Placement.END
    assert policy.languages == ("ru",)
    assert TOP.effective_from == date(2022, 12, 1) and TOP.version == 1 and TOP.languages == ()
    hash(policy)


@pytest.mark.parametrize("text", ["", "   ", "ПЕРВАЯ ЧАСТЬ\n\nВТОРАЯ ЧАСТЬ"])
def test_policy_rejects_empty_or_multi_paragraph_text(text):
    with pytest.raises(ValueError):
        NoticePolicy(text=text)


def test_applies_to_dates_and_languages():
    assert TOP.applies_to("ru", date(2022, 12, 1))
    assert TOP.applies_to("en", date(2030, 1, 1))
    assert not TOP.applies_to("ru", date(2022, 11, 30))
    assert TOP.applies_to("ru", datetime(2023, 1, 1, 12, 0))
    ru_only = NoticePolicy(text=P, languages=("ru",))
    assert ru_only.applies_to("ru", date(2024, 1, 1))
    assert not ru_only.applies_to("en", date(2024, 1, 1))


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def test_module_is_pure_stdlib():
    """The notice module needs only the standard library (its translatable sentences come from
    desk_app.domain.messages, which is checked to be standard library only as well)."""
    import desk_app.domain.messages as messages_module

    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    own = _imported(Path(notice_module.__file__))
    assert {name.split(".")[0] for name in own - {"desk_app.domain.messages"}} <= stdlib
    assert {name.split(".")[0] for name in _imported(Path(messages_module.__file__))} <= stdlib


# ------------------------------------------------------------------------------------------------
# normalise and split_paragraphs

def test_normalise_is_nfc_and_whitespace_only():
    assert normalise("  Й\u00a0\u2003 x\t\n y  ") == "Й x y"
    assert normalise(unicodedata.normalize("NFD", "ЙЁ")) == "ЙЁ"
    assert normalise("“МЕМО”") == "“МЕМО”"
    assert normalise('"Мемо"') == '"Мемо"'
    assert normalise("a\u200bb") == "a\u200bb"


def test_split_paragraphs_on_blank_lines():
    text = "\n \n" + FIRST + "\nстрока два\n\n\n" + SECOND + "\n\t \n" + THIRD + "  \n\n  \n"
    assert split_paragraphs(text) == [FIRST + "\nстрока два", SECOND, THIRD + "  "]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\t\n") == []
    assert split_paragraphs("a\r\n\r\nb\r\nc") == ["a", "b\r\nc"]
    assert split_paragraphs("    code\n    more\n\n> quote") == ["    code\n    more", "> quote"]


# ------------------------------------------------------------------------------------------------
# A correct notice

def test_correct_notice_passes():
    text = body(P, FIRST, SECOND)
    report = check(TOP, text)
    assert report.ok and report.problems == () and report.summary() == ""
    assert is_canonical(TOP, text)
    assert fix(TOP, text) == text


@pytest.mark.parametrize("variant", [
    P + "   ",
    "  " + P,
    P.replace(" ", "\u00a0"),
    P.replace(" ", "  "),
    P.replace("ПРОИЗВЕДЕН ", "ПРОИЗВЕДЕН\n"),
    unicodedata.normalize("NFD", P),
], ids=["trailing-spaces", "leading-spaces", "nbsp", "double-spaces", "line-wrapped", "nfd"])
def test_whitespace_and_nfd_variants_pass_the_check(variant):
    text = body(variant, FIRST)
    assert check(TOP, text).ok
    fixed = assert_fixed(TOP, text)
    assert fixed == body(P, FIRST)


def test_nfd_short_i_passes():
    nfd = P.replace("Й", "И\u0306")
    assert nfd != P and normalise(nfd) == P
    assert check(TOP, body(nfd, FIRST)).ok


def test_notice_alone_is_a_valid_body():
    assert check(TOP, P).ok and is_canonical(TOP, P) and fix(TOP, P) == P
    assert check(END, P).ok and is_canonical(END, P)


# ------------------------------------------------------------------------------------------------
# Altered notices

ALTERED = {
    "straight-quotes": P.replace("“", '"').replace("”", '"'),
    "lower-case": P.lower(),
    "two-words-lower": P.replace("ИНОСТРАННЫМ АГЕНТОМ", "иностранным агентом"),
    "missing-word": P.replace(" ЛИБО", ""),
    "missing-comma": P.replace("”, ЛИБО", "” ЛИБО"),
    "missing-full-stop": P[:-1],
    "doubled-word": P.replace("МАТЕРИАЛ", "МАТЕРИАЛ МАТЕРИАЛ"),
    "blockquote": "> " + P,
    "blockquote-two-lines": "> " + P.replace("АГЕНТОМ ", "АГЕНТОМ\n> "),
    "bold": "**" + P + "**",
    "list-item": "- " + P,
    "other-outlet": P.replace("ООО “МЕМО”", "АНО «СВОБОДНОЕ СЛОВО»"),
    "other-outlet-short": P.replace("“МЕМО”", "“РОМАШКА”"),
    "angle-quotes": P.replace("“МЕМО”", "«МЕМО»"),
    "hyphenated-word": P.replace("ПРОИЗВЕДЕН", "ПРОИЗ-ВЕДЕН"),
    "2021-form": ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН "
                  "ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО” ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”"),
    "shortened": "Материал распространен иностранным агентом ООО «Мемо».",
    "transliterated": ("NASTOYASHCHIY MATERIAL (INFORMATSIYA) PROIZVEDEN I RASPROSTRANEN INOSTRANNYM "
                       "AGENTOM OOO “MEMO”, LIBO KASAETSYA DEYATELNOSTI INOSTRANNOGO AGENTA OOO “MEMO”."),
    "greek-omicron": P.replace("О", "Ο", 1),
    "fullwidth": P.replace("ООО", "ＯＯＯ"),
    **{f"invisible-U+{ord(c):04X}": P.replace("МАТЕРИАЛ", "МАТЕ" + c + "РИАЛ") for c in INVISIBLES},
    **{f"latin-{cyr}": P.replace(cyr, lat, 1) for cyr, lat in HOMOGLYPHS.items() if cyr in P},
}


@pytest.mark.parametrize("variant", list(ALTERED.values()), ids=list(ALTERED))
@pytest.mark.parametrize("policy", [TOP, END], ids=["top", "end"])
def test_altered_notice_is_reported_and_fixed(policy, variant):
    assert normalise(variant) != normalise(P)
    paragraphs = [variant, FIRST, SECOND] if policy is TOP else [FIRST, SECOND, variant]
    text = body(*paragraphs)
    report = check(policy, text)
    assert not report.ok
    index = paragraphs.index(variant)
    assert kinds(report) == [(ProblemKind.ALTERED, index)]
    problem = report.problems[0]
    assert problem.differences, problem
    assert is_one_sentence(problem.message), problem.message
    assert report.summary() == problem.message
    assert not is_canonical(policy, text)
    fixed = assert_fixed(policy, text)
    assert fixed == body(P, FIRST, SECOND) if policy is TOP else body(FIRST, SECOND, P)


@pytest.mark.parametrize("variant", list(ALTERED.values()), ids=list(ALTERED))
def test_altered_notice_elsewhere_is_reported_and_removed(variant):
    text = body(FIRST, variant, SECOND)
    report = check(TOP, text)
    assert kinds(report) == [(ProblemKind.ALTERED, 1)]
    assert "paragraph 2" in report.problems[0].message
    assert fix(TOP, text) == body(P, FIRST, SECOND)


def test_message_names_case_change():
    report = check(TOP, body(ALTERED["two-words-lower"], FIRST))
    assert report.problems[0].message == (
        "The notice is altered: “ИНОСТРАННЫМ АГЕНТОМ” became “иностранным агентом”."
    )


def test_differences_name_missing_word():
    assert check(TOP, ALTERED["missing-word"]).problems[0].differences == ("missing word “ЛИБО”",)


def test_differences_name_straight_quotes():
    diffs = check(TOP, ALTERED["straight-quotes"]).problems[0].differences
    assert diffs == ('“ООО “МЕМО”” became “ООО "МЕМО"” (2 times)',)
    without_outlet = NoticePolicy(text=P)  # no outlet recorded: the changed word alone
    assert check(without_outlet, ALTERED["straight-quotes"]).problems[0].differences == (
        '““МЕМО”” became “"МЕМО"” (2 times)',
    )


def test_differences_name_invisible_character_by_code_point():
    text = P.replace("МАТЕРИАЛ ", "МАТЕРИАЛ\u200b ")
    problem = check(TOP, text).problems[0]
    assert problem.differences == ("invisible character U+200B (ZERO WIDTH SPACE) after “МАТЕРИАЛ”",)
    assert "\u200b" not in problem.message


@pytest.mark.parametrize("char", INVISIBLES)
def test_every_invisible_character_is_named(char):
    diffs = check(TOP, ALTERED[f"invisible-U+{ord(char):04X}"]).problems[0].differences
    assert any(f"U+{ord(char):04X}" in d for d in diffs), diffs


def test_differences_name_latin_look_alike():
    diffs = check(TOP, P.replace("АГЕНТОМ", "AГЕНТОМ")).problems[0].differences
    assert diffs == ("Latin letter “A” (U+0041) where Cyrillic “А” is expected",)


def test_latin_x_look_alike():
    policy = NoticePolicy(text=P.replace("МЕМО", "ХОР"), outlet="ООО “ХОР”")
    text = body(policy.text.replace("Х", "X", 1), FIRST)
    report = check(policy, text)
    assert kinds(report) == [(ProblemKind.ALTERED, 0)]
    assert report.problems[0].differences == ("Latin letter “X” (U+0058) where Cyrillic “Х” is expected",)
    assert fix(policy, text) == body(policy.text, FIRST)


def test_differences_name_other_outlet():
    diffs = check(TOP, ALTERED["other-outlet-short"]).problems[0].differences
    assert any("РОМАШКА" in d and "МЕМО" in d for d in diffs), diffs


def test_blockquote_difference_mentions_marker():
    diffs = check(TOP, ALTERED["blockquote"]).problems[0].differences
    assert any("“>”" in d for d in diffs), diffs


# ------------------------------------------------------------------------------------------------
# Notice glued to another paragraph

GLUED = {
    "end-of-previous": (FIRST + " " + P, FIRST),
    "start-of-next": (P + " " + FIRST, FIRST),
    "next-line": (P + "\n" + FIRST, FIRST),
    "previous-line": (FIRST + "\n" + P, FIRST),
    "middle": (FIRST + " " + P + " " + SECOND, FIRST + " " + SECOND),
    "altered-end": (FIRST + " " + P.lower(), FIRST),
    "altered-start": (ALTERED["straight-quotes"] + "\n" + FIRST, FIRST),
    "other-outlet": (FIRST + " " + ALTERED["other-outlet"], FIRST),
    "missing-first-word": (FIRST + " " + P.replace("НАСТОЯЩИЙ ", ""), FIRST),
    "glued-without-space": (FIRST + P, FIRST),
}


@pytest.mark.parametrize("glued, kept", list(GLUED.values()), ids=list(GLUED))
def test_glued_notice_is_altered_and_fix_keeps_the_other_text(glued, kept):
    text = body(glued, SECOND)
    report = check(TOP, text)
    assert kinds(report) == [(ProblemKind.ALTERED, 0)]
    problem = report.problems[0]
    assert "glued" in problem.message and is_one_sentence(problem.message), problem.message
    assert fix(TOP, text) == body(P, kept, SECOND)
    assert_fixed(TOP, text)


def test_glued_notice_end_placement():
    text = body(FIRST, SECOND + " " + P)
    assert kinds(check(END, text)) == [(ProblemKind.ALTERED, 1)]
    assert fix(END, text) == body(FIRST, SECOND, P)


def test_quoted_notice_inside_text_is_fine_when_notice_is_in_place():
    quoting = f"Закон требует такой пометки: {P} Редакция ставит её в начале."
    text = body(P, FIRST, quoting)
    assert check(TOP, text).ok
    assert fix(TOP, text) == text


def test_glued_notice_when_notice_is_also_in_place_elsewhere():
    # the notice is present (misplaced); the glued copy in other text is left alone
    text = body(FIRST, P, SECOND + " " + P)
    assert kinds(check(TOP, text)) == [(ProblemKind.MISPLACED, 1)]
    assert fix(TOP, text) == body(P, FIRST, SECOND + " " + P)


# ------------------------------------------------------------------------------------------------
# Ordinary paragraphs that mention foreign agents

ORDINARY = [
    "Минюст признал его иностранным агентом в 2022 году.",
    "Журналистка, признанная иностранным агентом, заявила, что будет обжаловать решение.",
    "Закон обязывает иностранных агентов маркировать материалы и информацию о своей деятельности.",
    "По данным Минюста, материал, распространенный иностранным агентом, должен сопровождаться "
    "пометкой; в 2022 году ведомство признало иностранными агентами десятки журналистов.",
    "Суд оштрафовал ООО «Мемо» на 50 тысяч рублей за материал без маркировки иностранного агента.",
    "Настоящий материал о деятельности иностранного агента ООО “МЕМО” подготовлен редакцией.",
    "The ministry designated him a foreign agent (inostrannyi agent) last year.",
    "Иван Иванов (признан иностранным агентом) выступил на конференции.",
    "* Признан Минюстом РФ иностранным агентом",
    "Материал подготовлен при участии иностранного агента.",
]


@pytest.mark.parametrize("paragraph", ORDINARY)
def test_ordinary_mentions_are_not_flagged(paragraph):
    assert check(TOP, body(P, FIRST, paragraph)).ok
    assert kinds(check(TOP, body(FIRST, paragraph))) == [(ProblemKind.MISSING, None)]
    assert fix(TOP, body(FIRST, paragraph)) == body(P, FIRST, paragraph)


# ------------------------------------------------------------------------------------------------
# Missing, misplaced, duplicated

@pytest.mark.parametrize("text", ["", "   \n\n  ", FIRST, body(FIRST, SECOND, THIRD)])
def test_missing(text):
    report = check(TOP, text)
    assert kinds(report) == [(ProblemKind.MISSING, None)]
    assert report.problems[0].message == (
        "The notice is missing: it must be the first paragraph, directly under the headline."
    )
    assert is_one_sentence(report.summary())
    fixed = assert_fixed(TOP, text)
    assert split_paragraphs(fixed) == [P, *split_paragraphs(text)]


def test_fix_of_empty_body_is_the_paragraph():
    assert fix(TOP, "") == P
    assert fix(END, "") == P
    assert fix(AGED, "") == P + " 18+"


def test_misplaced_top():
    text = body(FIRST, P, SECOND)
    report = check(TOP, text)
    assert kinds(report) == [(ProblemKind.MISPLACED, 1)]
    assert report.problems[0].message == (
        "The notice is in paragraph 2 but must be the first paragraph, directly under the headline."
    )
    assert fix(TOP, text) == body(P, FIRST, SECOND)


def test_misplaced_end():
    text = body(P, FIRST, SECOND)
    report = check(END, text)
    assert kinds(report) == [(ProblemKind.MISPLACED, 0)]
    assert "last paragraph" in report.problems[0].message
    assert fix(END, text) == body(FIRST, SECOND, P)


def test_duplicated():
    text = body(P, FIRST, P, SECOND, P)
    report = check(TOP, text)
    assert kinds(report) == [(ProblemKind.DUPLICATED, 2), (ProblemKind.DUPLICATED, 4)]
    assert report.problems[0].message == "Paragraph 3 repeats the notice, which must appear only once."
    assert fix(TOP, text) == body(P, FIRST, SECOND)


def test_duplicated_and_misplaced():
    text = body(FIRST, P, P, SECOND)
    assert kinds(check(TOP, text)) == [(ProblemKind.MISPLACED, 1), (ProblemKind.DUPLICATED, 2)]
    assert kinds(check(END, text)) == [(ProblemKind.DUPLICATED, 1), (ProblemKind.MISPLACED, 2)]
    assert fix(TOP, text) == body(P, FIRST, SECOND)
    assert fix(END, text) == body(FIRST, SECOND, P)


def test_altered_in_place_and_exact_elsewhere():
    text = body(P.lower(), FIRST, P)
    assert kinds(check(TOP, text)) == [(ProblemKind.ALTERED, 0), (ProblemKind.MISPLACED, 2)]
    assert fix(TOP, text) == body(P, FIRST)


def test_altered_in_place_only_is_just_altered():
    report = check(TOP, body(ALTERED["missing-word"], FIRST, SECOND))
    assert kinds(report) == [(ProblemKind.ALTERED, 0)]
    assert report.problems[0].message == "The notice is altered: missing word “ЛИБО”."


def test_summary_of_several_problems_is_one_sentence():
    report = check(TOP, body(P.lower(), FIRST, P, P))
    assert len(report.problems) == 3
    assert report.summary() == (
        "The notice has 3 problems: altered (paragraph 1), misplaced (paragraph 3) "
        "and duplicated (paragraph 4)."
    )
    assert all(is_one_sentence(p.message) for p in report.problems)


# ------------------------------------------------------------------------------------------------
# Age mark and end placement

def test_age_mark():
    assert check(AGED, body(P + " 18+", FIRST)).ok
    assert is_canonical(AGED, body(P + " 18+", FIRST))
    missing_mark = body(P, FIRST)
    report = check(AGED, missing_mark)
    assert kinds(report) == [(ProblemKind.ALTERED, 0)]
    assert any("18+" in d for d in report.problems[0].differences)
    assert fix(AGED, missing_mark) == body(P + " 18+", FIRST)


def test_age_mark_not_in_policy():
    text = body(P + " 18+", FIRST)
    assert kinds(check(TOP, text)) == [(ProblemKind.ALTERED, 0)]
    assert fix(TOP, text) == body(P, FIRST)


def test_wrong_age_mark():
    text = body(P + " 16+", FIRST)
    assert kinds(check(AGED, text)) == [(ProblemKind.ALTERED, 0)]
    assert fix(AGED, text) == body(P + " 18+", FIRST)


def test_end_placement():
    text = body(FIRST, SECOND, P)
    assert check(END, text).ok and is_canonical(END, text)
    assert fix(END, text) == text
    assert not check(END, body(FIRST, SECOND)).ok
    assert check(END, FIRST).problems[0].message == "The notice is missing: it must be the last paragraph."
    assert fix(END, body(FIRST, SECOND)) == body(FIRST, SECOND, P)


def test_end_placement_with_trailing_newline_passes_but_is_not_canonical():
    text = body(FIRST, P) + "\n"
    assert check(END, text).ok
    assert not is_canonical(END, text)
    assert fix(END, text) == body(FIRST, P)


# ------------------------------------------------------------------------------------------------
# is_canonical: exactly the database trigger

def test_is_canonical_is_verbatim():
    assert is_canonical(TOP, P)
    assert is_canonical(TOP, P + "\n\n" + FIRST)
    assert is_canonical(TOP, P + "\n\n")
    assert not is_canonical(TOP, P + "\n" + FIRST)
    assert not is_canonical(TOP, "\n" + P + "\n\n" + FIRST)
    assert not is_canonical(TOP, P.replace(" ", "\u00a0", 1) + "\n\n" + FIRST)
    assert not is_canonical(TOP, unicodedata.normalize("NFD", P))
    assert is_canonical(END, FIRST + "\n\n" + P)
    assert not is_canonical(END, FIRST + "\n\n" + P + "\n")
    assert not is_canonical(END, P + "\n\n" + FIRST)
    assert is_canonical(AGED, P + " 18+")
    assert not is_canonical(AGED, P)


def test_fix_leaves_a_canonical_body_byte_for_byte():
    text = P + "\n\n" + FIRST + "\n\n\n\n" + "    code\n\n" + SECOND + "  \n"
    assert fix(TOP, text) == text


def test_fix_keeps_other_paragraphs_byte_for_byte():
    odd = ["  indented first line\nsecond line  ", "> quote\n> more", "```python\nx = 1\n```", "- a\n- b"]
    text = "\n \n".join([FIRST, *odd, P.lower()]) + "\n\n"
    assert fix(TOP, text) == body(P, FIRST, *odd)


# ------------------------------------------------------------------------------------------------
# split_notice

def test_split_notice_top():
    text = body(P, FIRST, SECOND)
    assert split_notice(TOP, text) == (P, body(FIRST, SECOND))


def test_split_notice_end():
    text = body(FIRST, SECOND, P)
    assert split_notice(END, text) == (P, body(FIRST, SECOND))


def test_split_notice_keeps_found_text_and_rest_exact():
    text = P + "  \n \n\n" + FIRST + "\n\n\n" + SECOND + "\n"
    assert split_notice(TOP, text) == (P + "  ", FIRST + "\n\n\n" + SECOND + "\n")


def test_split_notice_only_at_its_place_and_only_when_matching():
    assert split_notice(TOP, body(FIRST, P)) == (None, body(FIRST, P))
    assert split_notice(END, body(P, FIRST)) == (None, body(P, FIRST))
    assert split_notice(TOP, body(P.lower(), FIRST)) == (None, body(P.lower(), FIRST))
    assert split_notice(TOP, "") == (None, "")


def test_split_notice_without_policy():
    assert split_notice(None, body(P, FIRST)) == (None, body(P, FIRST))


def test_split_notice_of_notice_only():
    assert split_notice(TOP, P) == (P, "")
    assert split_notice(END, P) == (P, "")
    assert split_notice(AGED, P + " 18+") == (P + " 18+", "")


# ------------------------------------------------------------------------------------------------
# Properties

CYRILLIC_WORDS = ["дом", "река", "новости", "правительство", "заявил", "вода", "суд", "решение",
                  "Махачкала", "Нальчик", "район", "улица", "жители", "сообщили", "мэр", "в", "на",
                  "по", "два", "тысячи", "рублей", "года", "весной", "ремонт", "школа"]
LATIN_WORDS = ["the", "agency", "report", "city", "water", "court", "said", "on", "Monday", "of",
               "mayor", "news", "road", "festival", "carpet"]
OTHER_POLICY_TEXTS = [
    DEMO_NOTICE_TEXT,
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ "
    "ИВАНОВЫМ ИВАНОМ ИВАНОВИЧЕМ ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ИВАНОВА ИВАНА ИВАНОВИЧА",
    "Настоящий материал (информация) произведен и распространен иностранным агентом АНО «Свобода», "
    "либо касается деятельности иностранного агента АНО «Свобода».",
]

words = st.lists(st.sampled_from(CYRILLIC_WORDS + LATIN_WORDS)
                 | st.text(alphabet="абвгдежзклмнпрстуфхцчшщыэюяabcdefghijklmnopqrstuvwxyz", min_size=1,
                           max_size=9), min_size=1, max_size=14)
line = words.map(" ".join)
sentence = words.map(lambda w: " ".join(w).capitalize() + ".")
plain = st.lists(line, min_size=1, max_size=3).map("\n".join)
markdown_paragraph = st.one_of(
    sentence,
    plain,
    st.lists(sentence, min_size=1, max_size=3).map(" ".join),
    line.map(lambda s: "> " + s),
    st.lists(line, min_size=1, max_size=3).map(lambda ls: "\n".join("- " + x for x in ls)),
    st.lists(line, min_size=1, max_size=3).map(lambda ls: "```\n" + "\n".join(ls) + "\n```"),
    line.map(lambda s: "## " + s),
    line.map(lambda s: "    " + s),
    line.map(lambda s: "**" + s + "**"),
)
policies = st.builds(
    NoticePolicy,
    text=st.sampled_from(OTHER_POLICY_TEXTS),
    placement=st.sampled_from(list(Placement)),
    age_mark=st.sampled_from(["", "", "18+", "16+"]),
)
separators = st.sampled_from(["\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n\n", "\r\n\r\n"])


def mutated_notice(draw, policy: NoticePolicy) -> str:
    p = policy.paragraph()
    kind = draw(st.sampled_from([
        "exact", "exact", "spaces", "lower", "straight", "drop", "double", "quote", "bold", "outlet",
        "invisible", "homoglyph", "nfd", "other-age",
    ]))
    ws = p.split(" ")
    if kind == "spaces":
        return "  " + p.replace(" ", "\u00a0  ", 2) + "  "
    if kind == "lower":
        return p.lower()
    if kind == "straight":
        return p.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    if kind == "drop":
        i = draw(st.integers(0, len(ws) - 1))
        return " ".join(ws[:i] + ws[i + 1:])
    if kind == "double":
        i = draw(st.integers(0, len(ws) - 1))
        return " ".join(ws[:i + 1] + ws[i:])
    if kind == "quote":
        return "> " + p
    if kind == "bold":
        return "**" + p + "**"
    if kind == "outlet":
        return p.replace("МЕМО", "РОМАШКА").replace("ИВАНОВ", "ПЕТРОВ").replace("Свобода", "Ромашка")
    if kind == "invisible":
        i = draw(st.integers(0, len(p)))
        return p[:i] + draw(st.sampled_from(INVISIBLES)) + p[i:]
    if kind == "homoglyph":
        spots = [i for i, c in enumerate(p) if c in HOMOGLYPHS]
        i = draw(st.sampled_from(spots))
        return p[:i] + HOMOGLYPHS[p[i]] + p[i + 1:]
    if kind == "nfd":
        return unicodedata.normalize("NFD", p)
    if kind == "other-age":
        return policy.text + " 12+"
    return p


@st.composite
def articles(draw, glue: bool = True):
    """(policy, body, the non-notice paragraphs fix must keep, in order)."""
    policy = draw(policies)
    items = draw(st.lists(st.one_of(markdown_paragraph.map(lambda x: ("plain", x)), st.just(("notice", ""))),
                          max_size=8))
    paragraphs: list[str] = []
    plain_kept: list = []
    for kind, text in items:
        if kind == "plain":
            paragraphs.append(text)
            plain_kept.append(text)
            continue
        n = mutated_notice(draw, policy)
        how = draw(st.sampled_from(["alone", "alone", "after", "before"])) if glue else "alone"
        if how == "alone" or n.startswith(("> ", "**")):
            paragraphs.append(n)
        else:
            other = "Сегодня " + draw(sentence).lower()
            glued = other + " " + n if how == "after" else n + "\n" + other
            paragraphs.append(glued)
            # fix keeps the other text as a paragraph of its own; an exact notice inside other text
            # is left alone when the notice paragraph is present anyway
            plain_kept.append((other, glued if normalise(policy.paragraph()) in normalise(glued) else other))
    present = normalise(policy.paragraph()) in {normalise(x) for x in paragraphs}
    plain_kept = [x if isinstance(x, str) else x[1] if present else x[0] for x in plain_kept]
    sep = draw(separators)
    text = sep.join(paragraphs)
    if draw(st.booleans()):
        text = draw(st.sampled_from(["", "\n", "  \n\n"])) + text + draw(st.sampled_from(["", "\n", "\n\n  "]))
    return policy, text, plain_kept


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_property_fix_gives_ok_canonical_idempotent(article):
    policy, text, _ = article
    fixed = fix(policy, text)
    report = check(policy, fixed)
    assert report.ok, (report.summary(), fixed)
    assert is_canonical(policy, fixed)
    assert fix(policy, fixed) == fixed
    notice, rest = split_notice(policy, fixed)
    assert notice == policy.paragraph()
    assert normalise(policy.paragraph()) not in {normalise(x) for x in split_paragraphs(rest)}
    for problem in check(policy, text).problems:
        assert is_one_sentence(problem.message), problem.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(glue=False))
def test_property_fix_keeps_other_paragraphs_in_order(article):
    policy, text, plain_kept = article
    fixed = fix(policy, text)
    paragraphs = split_paragraphs(fixed)
    rest = paragraphs[1:] if policy.placement is Placement.TOP else paragraphs[:-1]
    assert rest == plain_kept


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(glue=False))
def test_property_plain_paragraphs_are_never_flagged(article):
    policy, text, plain_kept = article
    only_plain = "\n\n".join(plain_kept)  # glue=False: no notice text in them
    report = check(policy, only_plain)
    assert kinds(report) == [(ProblemKind.MISSING, None)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(glue=True))
def test_property_fix_keeps_glued_text(article):
    policy, text, plain_kept = article
    paragraphs = split_paragraphs(fix(policy, text))
    rest = paragraphs[1:] if policy.placement is Placement.TOP else paragraphs[:-1]
    assert rest == plain_kept


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), policies)
def test_property_any_text(text, policy):
    fixed = fix(policy, text)
    assert check(policy, fixed).ok
    assert is_canonical(policy, fixed)
    assert fix(policy, fixed) == fixed
    paragraphs = split_paragraphs(text)
    assert split_paragraphs("\n\n".join(paragraphs)) == paragraphs
    for problem in check(policy, text).problems:
        assert "\n" not in problem.message and problem.message.endswith(".")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40),
                max_size=6), policies)
def test_property_any_text_around_the_notice(chunks, policy):
    text = policy.paragraph().join(chunks)
    fixed = fix(policy, text)
    assert check(policy, fixed).ok and is_canonical(policy, fixed) and fix(policy, fixed) == fixed


any_policy_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(
    lambda t: len(split_paragraphs(t)) == 1)


@settings(max_examples=300, deadline=None)
@given(any_policy_text, st.sampled_from(list(Placement)), st.lists(st.text(max_size=30), max_size=5),
       st.data())
def test_property_any_policy_text(text, placement, chunks, data):
    policy = NoticePolicy(text=text, placement=placement)
    p = policy.paragraph()
    pieces = [data.draw(st.sampled_from([p, p.lower(), p.upper(), "> " + p, p[:-1], c])) for c in chunks]
    body_text = data.draw(st.sampled_from(["\n\n", " ", "\n"])).join(pieces)
    fixed = fix(policy, body_text)
    assert check(policy, fixed).ok and is_canonical(policy, fixed) and fix(policy, fixed) == fixed
