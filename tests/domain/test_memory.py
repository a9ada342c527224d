"""Translation memory and glossary matching (pure): sentences, ranking, Russian inflection."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from desk_app.domain.alignment import align
from desk_app.domain.memory import (
    GlossaryEntry,
    MemoryEntry,
    glossary_hits,
    rank_suggestions,
    sentence_pairs,
    split_sentences,
    term_matches,
)


def test_split_sentences_keeps_initials_abbreviations_and_numbers():
    text = ("Об этом сообщил А. Иванов. Он живёт на ул. Ленина, д. 5. В 2022 г. было 3.5 тыс. человек! "
            "«Нет», — сказал он. Mr. Smith said so… Then he left.")
    assert split_sentences(text) == [
        "Об этом сообщил А. Иванов.", "Он живёт на ул. Ленина, д. 5.", "В 2022 г. было 3.5 тыс. человек!",
        "«Нет», — сказал он.", "Mr. Smith said so…", "Then he left.",
    ]
    assert split_sentences("") == []
    assert split_sentences("Одно предложение без точки") == ["Одно предложение без точки"]


@pytest.mark.parametrize("term, text", [
    ("Махачкала", "Жители Махачкала вышли"),
    ("Махачкала", "Жители Махачкалы вышли"),
    ("Махачкала", "в Махачкале прошёл митинг"),
    ("Махачкала", "под Махачкалой"),
    ("Махачкала", "МАХАЧКАЛУ"),
    ("Дагестан", "в Дагестане"),
    ("Кабардино-Балкария", "в Кабардино-Балкарии"),
    ("Советский районный суд", "Советского районного суда Махачкалы"),
    ("Рамзан Кадыров", "встреча с Рамзаном Кадыровым"),
    ("Грозный", "в Грозном"),
    ("Чечня", "из Чечни"),
    ("Арсен Курбанов", "заявил Арсен Курбанов"),
    ("Мемориал", "сотрудники «Мемориала»"),
    ("ёмкость", "временные емкости"),
])
def test_inflected_forms_match(term, text):
    assert term_matches(term, text)


@pytest.mark.parametrize("term, text", [
    ("Баку", "бака"),                      # indeclinable short name: only itself
    ("Курбанов", "Курбанбек"),             # a longer name is not an ending
    ("суд", "судья"),                       # a judge is not a court
    ("Советский районный суд", "районный суд Советского района"),  # words must be consecutive
    ("Махачкала", "Мах"),
])
def test_other_words_do_not_match(term, text):
    assert not term_matches(term, text)


def test_glossary_hits_longest_first():
    entries = [GlossaryEntry(1, "Махачкала", "Makhachkala", "place"),
               GlossaryEntry(2, "Советский районный суд", "Sovetsky District Court", "organisation"),
               GlossaryEntry(3, "Нальчик", "Nalchik", "place")]
    hits = glossary_hits("Советский районный суд Махачкалы вынес приговор.", entries)
    assert [e.id for e in hits] == [2, 1]
    assert glossary_hits("", entries) == []


def when(day: int) -> datetime:
    return datetime(2026, 11, day, 12, 0, tzinfo=timezone.utc)


def test_rank_suggestions_paragraph_first_then_sentences_most_recent_first():
    paragraph = "Авария произошла вечером 18 ноября. Без воды остались 140 тысяч человек."
    entries = [
        MemoryEntry(paragraph, "Old rendering of the paragraph.", "t1", "anna", when(1)),
        MemoryEntry(paragraph, "New rendering of the paragraph.", "t2", "boris", when(5)),
        MemoryEntry(paragraph, "New rendering of the paragraph.", "t3", "boris", when(4)),  # same text: once
        MemoryEntry("Авария произошла вечером 18 ноября. Другое предложение тут.",
                    "The accident happened on the evening of November 18. Another sentence here.", "t4", "anna",
                    when(3)),
        MemoryEntry("Совсем другой абзац.", "Another paragraph.", "t5", "anna", when(6)),
    ]
    got = rank_suggestions(paragraph, entries)
    assert [(s.kind, s.target) for s in got] == [
        ("paragraph", "New rendering of the paragraph."),
        ("paragraph", "Old rendering of the paragraph."),
        ("sentence", "The accident happened on the evening of November 18."),
    ]
    assert got[2].source == "Авария произошла вечером 18 ноября."


def test_sentence_pairs_use_the_aligner_when_counts_differ():
    src = "Суд начался 14 марта. Заседание длилось час. Приговор огласят 20 марта."
    tgt = "The trial began on March 14; the hearing lasted an hour. The verdict will be announced on March 20."
    assert sentence_pairs(src, tgt) == []
    pairs = sentence_pairs(src, tgt, aligner=align)
    assert ("Приговор огласят 20 марта.", "The verdict will be announced on March 20.") in pairs
