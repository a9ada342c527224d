"""The Hunspell engine and the dictionaries shipped inside the package."""
from __future__ import annotations

import pytest

from desk_app.services.hunspell_engine import DICTIONARIES, HunspellEngine, SpellEngines, dictionary_dir


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
    assert not ru.spell("габионами")
    assert ru.add_with_affix("габион", "вагон")
    for form in ("габион", "габиона", "габиону", "габионом", "габионе", "габионы", "габионов", "габионами"):
        assert ru.spell(form), form
    assert not ru.spell("габиоными")


def test_an_inflected_form_is_no_model_for_the_affix_flags():
    ru = HunspellEngine("ru")
    assert not ru.add_with_affix("габион", "вагонами")
    assert not ru.spell("габион")
