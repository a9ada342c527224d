"""Spell checking through the service, and the newsroom and personal dictionaries (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from desk_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.spelling_personal import PersonalDictionary, personal_dictionary_path


def test_an_article_is_checked_in_its_language_with_notice_and_markdown_skipped(workspace):
    ru = workspace.spelling.checker("ru")
    body = (DEMO_NOTICE_TEXT + "\n\nЖители жалуютса на [подвоз](https://example.org/vodovoz) воды, "
            "пишите на anna@example.org.\n\n`kod` и water supply, watr.")
    assert [w.text for w in ru.misspelt(body, DEMO_NOTICE_TEXT)] == ["жалуютса", "watr"]
    assert "жалуются" in ru.suggest("жалуютса")
    en = workspace.spelling.checker("en")
    assert [w.text for w in en.misspelt("The watr supply in Махачкала, Махачкалы and Махачкалаа.")] == [
        "watr", "Махачкалаа"]
    assert workspace.spelling.checker("de") is None


def test_a_newsroom_word_added_like_a_listed_noun_passes_in_every_form_for_everyone(workspace):
    checker = workspace.spelling.checker("ru")
    assert not checker.correct("сайдингами")
    added = workspace.spelling.add_word("сайдинг", "ru", "newsroom", like="вагонами")
    assert added.model == "вагон"          # the lemma behind the form the user gave
    assert checker.correct("сайдингами") and checker.correct("Сайдинги")
    colleague = workspace.as_user("anna")
    workspace.ensure_user("anna", Role.CORRESPONDENT)
    other = colleague.spelling.checker("ru")
    assert other.correct("сайдингов") and other.correct("сайдинг")
    assert [(w.word, w.model, w.added_by) for w in colleague.spelling.newsroom_words("ru")] == [
        ("сайдинг", "вагон", "chief")]


def test_a_word_added_later_by_someone_else_arrives_on_refresh(workspace):
    mine = workspace.spelling.checker("ru")
    workspace.ensure_user("anna", Role.CORRESPONDENT)
    anna = workspace.as_user("anna")
    assert not mine.correct("Шогенова")
    anna.spelling.add_word("Шогенов", "ru", "newsroom")
    generation = mine.generation
    assert workspace.spelling.refresh()
    assert mine.generation > generation
    assert mine.correct("Шогенов") and not mine.correct("Шогенова")   # added without a model: this form only
    assert not workspace.spelling.refresh()


def test_adding_refuses_what_a_dictionary_cannot_hold(workspace):
    spelling = workspace.spelling
    with pytest.raises(InvalidInput, match="one word"):
        spelling.add_word("два слова", "ru", "newsroom")
    with pytest.raises(InvalidInput, match="not in the Russian dictionary"):
        spelling.add_word("сайдинг", "ru", "newsroom", like="вгаон")
    with pytest.raises(InvalidInput, match="no spelling dictionary"):
        spelling.add_word("Wort", "de", "newsroom")
    spelling.add_word("сайдинг", "ru", "newsroom")
    with pytest.raises(InvalidInput, match="already in the newsroom dictionary"):
        spelling.add_word("сайдинг", "ru", "newsroom")
    assert len(spelling.newsroom_words("ru")) == 1


def test_only_the_author_or_an_editor_removes_a_newsroom_word(workspace):
    workspace.ensure_user("anna", Role.CORRESPONDENT)
    workspace.ensure_user("boris", Role.CORRESPONDENT)
    anna, boris = workspace.as_user("anna"), workspace.as_user("boris")
    anna.spelling.add_word("сайдинг", "ru", "newsroom", like="вагон")
    with pytest.raises(PermissionDenied):
        boris.spelling.remove_newsroom_word("сайдинг", "ru")
    checker = workspace.spelling.checker("ru")
    assert checker.correct("сайдинги")
    workspace.spelling.remove_newsroom_word("сайдинг", "ru")    # chief is the workspace's admin
    assert not checker.correct("сайдинги") and not checker.correct("сайдинг")
    with pytest.raises(NotFound):
        anna.spelling.remove_newsroom_word("сайдинг", "ru")


def test_the_personal_dictionary_lives_in_the_config_dir_and_is_not_shared(workspace, tmp_path):
    workspace.spelling.add_word("Шогенов", "ru", "personal")
    assert workspace.spelling.checker("ru").correct("Шогенов")
    assert personal_dictionary_path().is_relative_to(tmp_path)
    assert PersonalDictionary().words("ru")[0].word == "Шогенов"
    assert workspace.spelling.newsroom_words("ru") == []
    with pytest.raises(InvalidInput, match="already in your personal"):
        workspace.spelling.add_word("Шогенов", "ru", "personal")
    workspace.spelling.remove_personal_word("Шогенов", "ru")
    assert not workspace.spelling.checker("ru").correct("Шогенов")


def test_a_damaged_personal_dictionary_is_kept_and_explained(workspace):
    path = personal_dictionary_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert workspace.spelling.checker("ru").correct("вода")
    with pytest.raises(InvalidInput, match="could not be saved"):
        workspace.spelling.add_word("Шогенов", "ru", "personal")
    assert path.read_text(encoding="utf-8") == "{not json"


def test_checking_goes_on_when_the_database_cannot_be_reached(workspace, monkeypatch):
    from desk_app.domain.errors import DatabaseUnavailable
    from desk_app.store import spelling as store

    workspace.spelling.add_word("сайдинг", "ru", "newsroom", like="вагон")
    fresh = workspace.as_user("chief")

    def down(*_args, **_kwargs):
        raise DatabaseUnavailable("Cannot reach the database server at test: connection refused.")

    monkeypatch.setattr(store, "words_after", down)
    checker = fresh.spelling.checker("ru")
    assert checker.correct("вода") and not checker.correct("сайдингами")
    assert not fresh.spelling.refresh()
    monkeypatch.undo()
    assert fresh.spelling.refresh() and checker.correct("сайдингами")


def test_names_in_the_mention_registry_pass_declined_and_capitalised_only(workspace):
    ru, en = workspace.spelling.checker("ru"), workspace.spelling.checker("en")
    assert not ru.correct("Бжаховым") and not en.correct("Bzhakhov")
    workspace.registry.add(Entity("Бжахов Тимур Асланович", EntityKind.FOREIGN_AGENT_PERSON,
                                  aliases_en=("Timur Bzhakhov",)))
    assert workspace.spelling.refresh()          # the registry changed: checkers take its names in
    for form in ("Бжахов", "Бжахова", "Бжаховым", "Бжахове", "Асланович", "Асланович-Бжахов"):
        assert ru.correct(form), form
    assert en.correct("Bzhakhov") and en.correct("Timur")
    assert not ru.correct("бжахов")             # a name in lower case is a typo
    assert not ru.correct("Бжахав") and not ru.correct("Бжаховымм")
    assert not workspace.spelling.refresh()      # nothing changed since
