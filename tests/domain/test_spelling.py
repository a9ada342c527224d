"""Which words of a Markdown article the spell checker looks at."""
from __future__ import annotations

from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.spelling import is_single_word, line_words, name_key, names_of, script_of, text_words, tries


def words(line: str) -> list[str]:
    return [w.text for w in line_words(line)[0]]


def test_plain_words_with_offsets():
    found, fence = line_words("Жители трёх районов, don’t panic.")
    assert [w.text for w in found] == ["Жители", "трёх", "районов", "don’t", "panic"]
    assert not fence
    line = "Жители трёх"
    assert [line[w.start:w.end] for w in found[:2]] == ["Жители", "трёх"]


def test_markdown_syntax_urls_and_addresses_are_never_words():
    line = ("**Жырный** [ссылка](https://kavkaz-uzel.eu/articles/abcd \"Заголвок\") `kod_var` "
            "<span class=\"qwx\">текст</span> &nbsp; пишите anna.petrova@example.org или www.exmaple.com, "
            "сайт kavkaz-uzel.eu/x и <https://qwrty.org> [^zz1]")
    assert words(line) == ["Жырный", "ссылка", "текст", "пишите", "или", "сайт"]


def test_abbreviations_numbers_and_single_letters_are_skipped():
    assert words("ЖКХ и МЧС-России в 18:00, 5км, COVID-19, ч. Дагестан") == ["МЧС-России", "Дагестан"]
    assert tries("МЧС-России") == [["МЧС-России"], ["России"]]


def test_fenced_code_is_skipped_until_the_fence_closes():
    lines = ["Текст", "```", "qwrty asdf", "```", "Снова"]
    state = False
    seen = []
    for line in lines:
        found, state = line_words(line, state)
        seen += [w.text for w in found]
    assert seen == ["Текст", "Снова"]


def test_text_words_skip_the_notice_and_carry_offsets():
    body = DEMO_NOTICE_TEXT + "\n\nВодовод прорвало.\n\n```\nкод\n```"
    found = list(text_words(body, DEMO_NOTICE_TEXT))
    assert [w.text for w in found] == ["Водовод", "прорвало"]
    assert all(body[w.start:w.end] == w.text for w in found)


def test_ways_to_accept_a_word():
    assert tries("don’t") == [["don't"]]
    assert tries("Сулейман-Стальского") == [["Сулейман-Стальского"], ["Сулейман", "Стальского"]]
    assert script_of("Вода") == "cyrillic" and script_of("water") == "latin"
    assert is_single_word("габион") and is_single_word("кое-где") and not is_single_word("два слова")
    assert not is_single_word("") and not is_single_word("abc1")


def test_name_words_are_looked_up_without_case_or_yo():
    names = names_of(["Пономарёв Лев Александрович", "Lev Ponomarev", "|пономарева льва", "ООО «Мемо-2»"])
    assert {"пономарев", "лев", "александрович", "ponomarev", "пономарева", "льва", "ооо"} <= names
    assert "|пономарева" not in names and "мемо-2" not in names and "2" not in names
    assert name_key("Пономарёва") in names and name_key("Ponomarev’s") == "ponomarev's"
