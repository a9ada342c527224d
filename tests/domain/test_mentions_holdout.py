"""The holdout gold set (written without reading the matcher) and the rules it brought in:
short first names, hyphenated surnames, surnames that are nouns, initials, quotes, label owners."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.domain.mentions.evaluation import evaluate, parse_gold
from desk_app.domain.mentions.forms import generate
from desk_app.domain.mentions.matcher import Matcher, unlabelled
from tests.domain.mention_registry import registry_entities

HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "mentions" / "holdout"


def _entities() -> list[Entity]:
    return registry_entities(HOLDOUT)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(_entities())


def _texts(matcher: Matcher, text: str) -> list[str]:
    return [m.text for m in matcher.check([("body", text)])]


def test_holdout_set_precision_and_recall_meet_the_bounds(matcher: Matcher) -> None:
    gold = parse_gold((HOLDOUT / "sentences.txt").read_text(encoding="utf-8"))
    numbers = {e.id: e.number for e in matcher.entities}
    score = evaluate(matcher, gold, numbers)
    assert len(gold) >= 160
    assert score.gold >= 150
    assert score.recall >= 0.98, score.as_text()
    assert score.precision >= 0.95, score.as_text()


def test_a_short_first_name_counts_with_the_surname_in_every_case(matcher: Matcher) -> None:
    assert _texts(matcher, "С Пашей Гордеевым и Дашей Ильиной мы учились.") == [
        "Пашей Гордеевым", "Дашей Ильиной"]
    assert _texts(matcher, "Паша и Даша пришли вовремя.") == []


def test_a_short_first_name_needs_its_capital() -> None:
    entity = Entity("Королёва Полина Игоревна", EntityKind.FOREIGN_AGENT_PERSON, id=1)
    matcher = Matcher([entity.with_forms(generate(entity))])
    assert _texts(matcher, "Поля Королёвой засеяли рожью.") == []
    assert _texts(matcher, "Поля Королёва спела.") == ["Поля Королёва"]


def test_a_hyphenated_surname_declines_in_both_parts(matcher: Matcher) -> None:
    assert _texts(matcher, "С Никитой Орловым-Давыдовым мы говорили.") == ["Никитой Орловым-Давыдовым"]
    assert _texts(matcher, "Никита Орлов забил гол.") == []


def test_a_surname_that_is_a_noun_drops_its_vowel_as_the_noun_does(matcher: Matcher) -> None:
    assert _texts(matcher, "Полиция разыскивает Виктора Орла.") == ["Виктора Орла"]
    assert _texts(matcher, "Из Орла Виктор уехал в Курск.") == []


def test_a_one_letter_preposition_is_not_an_initial(matcher: Matcher) -> None:
    assert _texts(matcher, "В Орле прошёл фестиваль.") == []
    assert _texts(matcher, "Статью написал В. Орёл.") == ["В. Орёл"]
    entity = Entity("Иванов Сергей Петрович", EntityKind.FOREIGN_AGENT_PERSON, id=1)
    ivanov = Matcher([entity.with_forms(generate(entity))])
    assert _texts(ivanov, "С Ивановым мы встретились вчера.") == []
    assert _texts(ivanov, "С С. Ивановым мы встретились вчера.") == ["С. Ивановым"]


def test_quotes_inside_a_name_only_where_the_name_has_them(matcher: Matcher) -> None:
    assert _texts(matcher, "Защитники «Байкала» не справились с нападающими.") == []
    assert _texts(matcher, "Сотрудники фонда «Открытый горизонт» ушли.") == ["фонда «Открытый горизонт"]
    entity = Entity("Радио Свобода", EntityKind.FOREIGN_AGENT_ORGANISATION, id=1)
    radio = Matcher([entity.with_forms(generate(entity))])
    assert _texts(radio, "Корреспондент радио «Свобода» сообщил.") == ["радио «Свобода"]


def test_a_label_right_after_another_mention_is_that_ones(matcher: Matcher) -> None:
    text = "Павел Гордеев (признан иностранным агентом) и Дарья Ильина провели эфир."
    assert [m.text for m in unlabelled(matcher.check([("body", text)]))] == ["Дарья Ильина"]
    text = "Павел Гордеев и Дарья Ильина (оба признаны иностранными агентами) провели эфир."
    assert unlabelled(matcher.check([("body", text)])) == []
    text = "Как сказал Павел Гордеев, признанная иностранным агентом Дарья Ильина уехала."
    assert unlabelled(matcher.check([("body", text)])) == []


def test_junior_after_a_hyphen_is_still_the_person(matcher: Matcher) -> None:
    assert _texts(matcher, "Павел Гордеев-младший выступил.") == ["Павел Гордеев"]
    assert _texts(matcher, "Павел Гордеев-Сорокин выступил.") == []


def test_the_banned_label_may_name_the_country_inside() -> None:
    entity = Entity("Защитники Байкала", EntityKind.EXTREMIST, id=1)
    matcher = Matcher([entity.with_forms(generate(entity))])
    text = "Защитники Байкала (организация, деятельность которой в РФ запрещена) провели акцию."
    assert unlabelled(matcher.check([("body", text)])) == []


@pytest.mark.parametrize(("surname", "gender", "case", "form"), [
    ("берия", "m", 1, "берии"),            # -ия declines like Мария
    ("данелия", "f", 4, "данелией"),
    ("гамсахурдиа", "m", 1, "гамсахурдиа"),  # a vowel and -а: never
    ("кравец", "m", 1, "кравца"),           # the fleeting vowel, beside кравеца
    ("кравец", "m", 1, "кравеца"),
    ("грач", "m", 4, "грачом"),             # stress unknown: both instrumentals
])
def test_more_surname_classes(surname: str, gender: str, case: int, form: str) -> None:
    from desk_app.domain.mentions.surnames import decline

    assert form in decline(surname, gender)[case]
