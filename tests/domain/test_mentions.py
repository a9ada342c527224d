"""Mention matching: inflected forms, quotes, look-alike words, labels, and the gold set's bounds."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.domain.mentions.entities import Entity, EntityKind, InvalidEntity
from desk_app.domain.mentions.evaluation import evaluate, parse_gold
from desk_app.domain.mentions.forms import generate
from desk_app.domain.mentions.importing import entities_from_rows
from desk_app.domain.mentions.matcher import Matcher, Scope, unlabelled
from desk_app.domain.mentions.surnames import decline
from tests.domain.mention_registry import registry_entities

DATA = Path(__file__).resolve().parents[1] / "data" / "mentions"


def _entities() -> list[Entity]:
    return registry_entities(DATA)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(_entities())


def test_gold_set_precision_and_recall_meet_the_bounds(matcher: Matcher) -> None:
    gold = parse_gold((DATA / "sentences.txt").read_text(encoding="utf-8"))
    numbers = {e.id: e.number for e in matcher.entities}
    score = evaluate(matcher, gold, numbers)
    assert len(gold) >= 150
    assert score.gold >= 130
    assert score.recall >= 0.98, score.as_text()
    assert score.precision >= 0.95, score.as_text()


@pytest.mark.parametrize(("surname", "gender", "ablt", "gent"), [
    ("пономарев", "m", "пономаревым", "пономарева"),
    ("пономарева", "f", "пономаревой", "пономаревой"),
    ("шульман", "f", "шульман", "шульман"),
    ("шульман", "m", "шульманом", "шульмана"),
    ("белозерский", "m", "белозерским", "белозерского"),
    ("навальная", "f", "навальной", "навальной"),
    ("дудь", "m", "дудем", "дудя"),
    ("петренко", "m", "петренко", "петренко"),
])
def test_surnames_decline_by_gender_and_ending(surname: str, gender: str, ablt: str, gent: str) -> None:
    forms = decline(surname, gender)
    assert ablt in forms[4] and gent in forms[1]


def test_feminine_gender_comes_from_the_patronymic(matcher: Matcher) -> None:
    found = matcher.check([("body", "Мы поговорили с Екатериной Шульман и Анной Кравцовой.")])
    assert [m.text for m in found] == ["Екатериной Шульман", "Анной Кравцовой"]


def test_brand_that_is_an_ordinary_word_counts_only_in_quotes(matcher: Matcher) -> None:
    assert matcher.check([("body", "Медуза ужалила туриста, а дождь всё шёл.")]) == []
    found = matcher.check([("body", "Об этом написала «Медуза», а «Дождю» отказали.")])
    assert [m.text for m in found] == ["Медуза", "Дождю"]


def test_bare_surname_counts_only_with_the_full_name(matcher: Matcher) -> None:
    assert matcher.check([("body", "Пономарёва задержали.")]) == []
    found = matcher.check([("body", "Лев Пономарёв выступил. Пономарёва задержали.")])
    assert [m.text for m in found] == ["Лев Пономарёв", "Пономарёва"]


def test_a_bare_surname_before_the_full_name_is_the_first_mention(matcher: Matcher) -> None:
    text = "Пономарёва задержали. Лев Пономарёв (признан иностранным агентом) обжалует арест."
    found = matcher.check([("body", text)])
    assert [(m.text, m.needs_label, m.labelled) for m in found] == [
        ("Пономарёва", True, False), ("Лев Пономарёв", False, False)]


def test_label_in_the_same_sentence_only(matcher: Matcher) -> None:
    text = "Лев Пономарёв выступил.\n\nОн признан иностранным агентом."
    assert [m.text for m in unlabelled(matcher.check([("body", text)]))] == ["Лев Пономарёв"]
    text = "Лев Пономарёв (признан иностранным агентом) выступил."
    assert unlabelled(matcher.check([("body", text)])) == []


def test_asterisk_needs_a_footnote_with_the_label(matcher: Matcher) -> None:
    with_note = "Лев Пономарёв* выступил.\n\n\\* Признан Минюстом иностранным агентом."
    assert unlabelled(matcher.check([("body", with_note)])) == []
    without = "Лев Пономарёв* выступил.\n\n\\* Фото автора."
    assert len(unlabelled(matcher.check([("body", without)]))) == 1


def test_a_singular_label_belongs_to_the_nearest_mention(matcher: Matcher) -> None:
    text = "Мария Гринберг и Анна Кравцова (признана иностранным агентом) дружат."
    assert [m.text for m in unlabelled(matcher.check([("body", text)]))] == ["Мария Гринберг"]


def test_scope_first_or_every_mention(matcher: Matcher) -> None:
    text = "Лев Пономарёв (признан иностранным агентом) выступил.\n\nЛьва Пономарёва перебили."
    assert unlabelled(matcher.check([("body", text)], Scope.FIRST)) == []
    assert [m.text for m in unlabelled(matcher.check([("body", text)], Scope.EVERY))] == ["Льва Пономарёва"]


def test_a_label_of_another_list_does_not_count(matcher: Matcher) -> None:
    text = "Фонд борьбы с коррупцией (признан иностранным агентом) опубликовал видео."
    assert len(unlabelled(matcher.check([("body", text)]))) == 1


def test_a_bare_surname_in_the_headline_before_the_full_name_is_the_first_mention(matcher: Matcher) -> None:
    found = matcher.check([("headline", "Пономарёв против"), ("body", "Лев Пономарёв выступил.")])
    assert [(m.field, m.needs_label) for m in found] == [("headline", True), ("body", False)]


def test_rows_with_an_unknown_kind_are_refused() -> None:
    with pytest.raises(InvalidEntity, match="row 2: kind “шпион” is unknown"):
        entities_from_rows(["ФИО", "Тип"], [(2, ["Иванов Иван", "шпион"])], "list.csv")


def test_ministry_headers_and_dates_are_understood() -> None:
    header = ["№", "Полное наименование / ФИО", "Вид", "Информационные ресурсы",
              "Дата принятия решения о включении", "Дата принятия решения об исключении"]
    [entity] = entities_from_rows(header, [(2, ["7", "Иванова Мария Петровна", "Физическое лицо",
                                                "t.me/x", "01.02.2023", ""])], "x.xlsx")
    assert entity.kind is EntityKind.FOREIGN_AGENT_PERSON
    assert entity.included_on is not None and entity.included_on.isoformat() == "2023-02-01"
    assert "|марией ивановой" in generate(entity)


def test_organisation_names_decline_their_head_and_the_last_part_of_a_compound() -> None:
    from desk_app.domain.mentions.forms import organisation_forms

    assert "|фонда борьбы с коррупцией" in organisation_forms("Фонд борьбы с коррупцией")
    assert "|левада центра" in organisation_forms("Левада-Центр")
    assert "|свидетелей иеговы" in organisation_forms("Свидетели Иеговы")
    assert "q|голоса" in organisation_forms("Голос")        # an ordinary word: only in quotes
    matcher = Matcher([Entity("Левада-Центр", EntityKind.FOREIGN_AGENT_ORGANISATION, id=1).with_forms(
        generate(Entity("Левада-Центр", EntityKind.FOREIGN_AGENT_ORGANISATION)))])
    assert [m.text for m in matcher.check([("body", "Опрос Левада-Центра показал рост.")])] == ["Левада-Центра"]


def test_an_initial_is_a_capital_with_a_dot_not_a_preposition(matcher: Matcher) -> None:
    # "о Синицыной" and "и Аргунов" read like the initial forms of Ольга Синицына, Ильдар Аргунов
    assert matcher.check([("body", "Говорили о Синицыной. Пришли Петров и Аргунов.")]) == []
    assert matcher.check([("body", "Говорили О Синицыной.")]) == []      # no dot: not an initial
    found = matcher.check([("body", "Письмо подписали О. Синицына и Аргунов И. М.")])
    assert [m.text for m in found] == ["О. Синицына", "Аргунов И. М"]


def test_an_organisation_named_in_the_plural_is_found_in_every_case() -> None:
    from desk_app.domain.mentions.entities import Entity, EntityKind
    from desk_app.domain.mentions.forms import generate

    staff = Entity("Штаб Навального", EntityKind.EXTREMIST)
    branch = Entity("Региональное отделение «Голоса»", EntityKind.UNDESIRABLE)
    matcher = Matcher([staff.with_forms(generate(staff)), branch.with_forms(generate(branch))])
    texts = ["Штабы Навального закрыты.", "Бывших сотрудников штабов Навального вызвали в суд.",
             "О штабах Навального писали все.", "Суд запретил штабы Навального.",
             "Региональные отделения партии закрыты."]
    found = [m.text for t in texts for m in matcher.check([("body", t)])]
    assert found == ["Штабы Навального", "штабов Навального", "штабах Навального", "штабы Навального"]
    assert "|региональные отделения голоса" not in generate(branch)   # a quoted brand stays singular
