"""The Hunspell engine and the dictionaries shipped inside the package."""
from __future__ import annotations

import pytest

from desk_app.domain.spelling import parse_word_list
from desk_app.services.hunspell_engine import (
    DICTIONARIES,
    HunspellEngine,
    SpellEngines,
    base_word_list,
    dictionary_dir,
)


@pytest.fixture(scope="module")
def engines() -> SpellEngines:
    return SpellEngines()


def test_the_package_ships_both_dictionaries_and_their_licences():
    directory = dictionary_dir()
    for name in DICTIONARIES.values():
        assert (directory / f"{name}.aff").stat().st_size > 1000
        assert (directory / f"{name}.dic").stat().st_size > 100_000
    licences = (directory / "LICENSES.md").read_text(encoding="utf-8")
    assert "Lebedev" in licences and "SCOWL" in licences


def test_russian_and_english_words_and_typos(engines):
    ru, en = engines.get("ru"), engines.get("en")
    assert ru is not None and en is not None
    assert ru.spell("водоснабжение") and ru.spell("ёмкости") and ru.spell("емкости")
    assert not ru.spell("водоснабженее")
    assert "водовод" in ru.suggest("вадовод")
    assert en.spell("water") and en.spell("don't") and not en.spell("watre")
    assert "water" in en.suggest("watre")


def test_a_language_without_a_dictionary_has_no_engine(engines):
    assert engines.get("de") is None
    with pytest.raises(ValueError):
        HunspellEngine("de")


def test_a_word_added_like_a_listed_noun_passes_in_every_case():
    ru = HunspellEngine("ru")  # its own: words added here must not leak into other tests
    assert not ru.spell("сайдингами")
    assert ru.add_with_affix("сайдинг", "вагон")
    for form in ("сайдинг", "сайдинга", "сайдингу", "сайдингом", "сайдинге", "сайдинги", "сайдингов", "сайдингами"):
        assert ru.spell(form), form
    assert not ru.spell("сайдингыми")


def test_an_inflected_form_is_no_model_for_the_affix_flags():
    ru = HunspellEngine("ru")
    assert not ru.add_with_affix("сайдинг", "вагонами")
    assert not ru.spell("сайдинг")


def test_the_base_newsroom_lists_parse_and_every_model_is_a_dictionary_entry():
    bare = {lang: HunspellEngine(lang, base_words=False) for lang in DICTIONARIES}
    for language, engine in bare.items():
        words = base_word_list(language)
        assert len(words) > 50
        assert len({w for w, _m in words}) == len(words), f"a word is listed twice in {language}"
        for word, model in words:
            assert not engine.spell(word), f"{word} is in {language} already: drop it from the list"
            assert not model or engine.entry_for(model) == model, f"{model} is no {language} entry"


def test_regional_names_pass_in_their_inflected_forms_and_their_typos_do_not(engines):
    ru, en = engines.get("ru"), engines.get("en")
    assert ru is not None and en is not None
    for form in ("Чегемском", "чегемских", "Сулейман-Стальского", "Залиной", "Арсена", "Магасе", "пятиэтажек",
                 "теплоснабжающими", "кумыков"):
        assert ru.spell(form), form
    for typo in ("Чегемскам", "Залинной", "Арссена", "пятиэтажеки", "залина"):
        assert not ru.spell(typo), typo
    for form in ("Leninsky", "Magomed's", "Dagestan", "metres", "kilometres"):
        assert en.spell(form), form
    assert not en.spell("Magommed") and not en.spell("metrse")


def test_a_malformed_word_list_line_is_named(tmp_path):
    assert parse_word_list("# names\nАрсен Руслан\n\nАхты  # indeclinable\n") == [("Арсен", "Руслан"), ("Ахты", "")]
    with pytest.raises(ValueError, match="line 2"):
        parse_word_list("Арсен Руслан\nдва слова и ещё\n")
