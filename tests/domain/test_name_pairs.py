"""Name pairs: what an article's label facts keep so that a registry change finds a written
name without asking PostgreSQL for phrases (domain/mentions/name_pairs.py)."""
from __future__ import annotations

from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.domain.mentions.forms import generate
from desk_app.domain.mentions.index_keys import entity_keys
from desk_app.domain.mentions.matcher import Matcher
from desk_app.domain.mentions.name_pairs import form_pairs, text_pairs


def test_pairs_where_a_name_can_be_written_and_no_others():
    text = ("Лев Пономарёв выступил. Он ушёл к Ахмедову, а К. Ахмедов и Пономарёв Л. А. остались. "
            "Общество «Мемориал» и Л.А. Пономарёв. Новая газета вышла.")
    # "а остались": after an initial any word is kept ("Л. пономарёв" is a form the matcher reads)
    assert text_pairs([text]) == ["а остались", "а пономарев", "к ахмедов", "л а", "лев пономарев",
                                  "общество мемориал", "пономарев л"]


def test_sentence_openings_prepositions_and_foreign_gaps_leave_no_pair():
    assert text_pairs(["Он сказал. Пришли к Ахмедову. Иванов, Петров. Лев: Пономарёв"]) == []
    assert text_pairs(["К Ахмедову пришли"]) == []       # a capital without a dot is no initial
    assert text_pairs(["Пономарёв И пришёл"]) == []


def test_fields_are_paired_on_their_own():
    assert text_pairs(["Лев", "Пономарёв"]) == []


def _entity(name: str) -> Entity:
    e = Entity(name, EntityKind.FOREIGN_AGENT_PERSON)
    return e.with_forms(generate(e))


def test_every_written_form_with_initials_leaves_all_its_pairs():
    """The report trusts the facts for forms with initials and does not ask the search index:
    whatever the matcher counts as such a form must have left every pair."""
    entity = _entity("Ахмедов Казбек Русланович")
    keys = entity_keys(entity)
    written = ["К. Ахмедов", "К. Р. Ахмедову", "К.Р. Ахмедова", "Ахмедовым К. Р.", "Ахмедове К.",
               "«К. Ахмедов»", "К. Ахмедов-старший"]
    matcher = Matcher([entity])
    for text in written:
        found = matcher.check([("body", text)])
        pairs = set(text_pairs([text]))
        shown = [m for m in found if " " in m.text or "." in m.text]
        for mention in shown:
            words = tuple(w for w in mention.text.replace(".", " ").lower().split())
            assert set(form_pairs(words)) <= pairs, text
        assert any(set(p) <= pairs for p in keys.sure_pairs) or not shown, text
    assert set(keys.covered_pairs) >= {"к ахмедов", "ахмедов к", "к р", "р ахмедову"}


def test_a_name_in_a_notice_is_asked_of_the_search_index_by_its_words():
    """The facts' pairs leave the notice paragraph out; a listed name that stands in it is
    therefore asked of the search index, never answered by the pairs."""
    keys = entity_keys(_entity("Ахмедов Казбек Русланович")).asked_by_words()
    assert keys.covered_pairs == () and keys.initials == ()
    assert ("казбек", "ахмедов") in keys.words and ("к", "ахмедов") in keys.words


def test_the_notice_leaves_no_pairs():
    from desk_app.domain.mentions.label_facts import FactFinder
    from desk_app.domain.notice import DEMO_NOTICE_TEXT

    facts = FactFinder([], [DEMO_NOTICE_TEXT])
    body = DEMO_NOTICE_TEXT + "\n\nКазбек Ахмедов выступил."
    assert text_pairs(facts.without_notice(["Заголовок", body])) == ["казбек ахмедов"]
    assert len(text_pairs([body])) > 5      # the notice, in capitals, is full of them
