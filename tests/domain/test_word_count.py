"""Word counts: a run of letters, digits, apostrophes, hyphens and underscores that holds a letter or a digit."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.article import count_words

_RUN = re.compile(r"[\w’'-]+")


def _by_definition(text: str) -> int:
    return sum(1 for m in _RUN.finditer(text) if any(ch.isalnum() for ch in m.group()))


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab1ЖёΩ٣_-'’ \n\t.,«»—̈") + ["\u00a0", "²", "ǅ"]), max_size=80))
def test_the_count_is_the_definition(text):
    assert count_words(text) == _by_definition(text)


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_the_count_is_the_definition_on_any_text(text):
    assert count_words(text) == _by_definition(text)


def test_examples():
    assert count_words("") == 0
    assert count_words("— -- ' _ …") == 0
    assert count_words("Жители д'Артаньяна, из-за 2024-го, rock’n’roll") == 5
    assert count_words("__init__ _x_ -1") == 3
