"""Sentences from the lower layers reach the window in Russian (issue 16).

The services raise errors whose text is an English ``Message`` (the CLI and logs keep
English); ``localized`` shows the same error in the interface's language, with the words
inside it (an action, a state, a list of states) translated too.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import InvalidInput, NotFound
from desk_app.domain.messages import Message
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action, WorkflowError
from desk_app.ui.i18n import ENGLISH, RUSSIAN, LanguageSwitcher, localized, qm_directory

TS = qm_directory() / "desk_ru.ts"


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """desk_ru.ts compiled afresh, so the test reads what the repository holds."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out / "desk_ru.qm")], check=True)
    return out


@pytest.fixture
def russian(qapp, qm_dir):
    switcher = LanguageSwitcher(qapp, qm_dir=qm_dir)
    assert switcher.apply(RUSSIAN)
    yield switcher
    switcher.apply(ENGLISH)


def test_a_refused_transition_reads_in_russian_with_its_words(workspace, russian):
    article = workspace.articles.create(ArticleData(headline="Заголовок", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article
    with pytest.raises(WorkflowError) as info:
        workspace.workflow.perform(article.id, Action.PUBLISH)
    assert str(info.value) == "Cannot publish: the article is draft; publish is allowed from approved."
    assert isinstance(info.value.args[0], Message)
    assert localized(info.value) == (
        "Нельзя опубликовать: статус статьи — «черновик»; это возможно только из статуса: одобрена.")


def test_not_found_from_the_service_reads_in_russian(workspace, russian):
    with pytest.raises(NotFound) as info:
        workspace.articles.get("no-such-id")
    assert str(info.value) == "There is no article with id no-such-id."
    assert localized(info.value) == "Статьи с идентификатором no-such-id нет."


def test_every_missing_field_is_named_in_russian(workspace, russian):
    """A list built from parts: the frame, each field and the “and” are translated."""
    from desk_app.domain.workflow import missing_for_publish, publish_refusal_message

    message = publish_refusal_message(missing_for_publish(ArticleData(headline="Есть")))
    assert str(message) == ("Cannot publish: the lede, byline, dateline and body are missing; "
                            "fill them in and try again.")
    assert localized(message) == ("Нельзя опубликовать: не заполнены поля лид, автор, место и дата и текст; "
                                  "заполните их и повторите попытку.")


def test_several_problems_of_one_save_are_all_translated(workspace, russian):
    data = ArticleData(headline="Заголовок", body="Текст.", tags=["ok", "x" * 200], time_zone="Mars/Olympus")
    with pytest.raises(InvalidInput) as info:
        workspace.articles.create(data)
    english, russian_text = str(info.value), localized(info.value)
    assert english.startswith("The article cannot be saved: ") and "Time zone “Mars/Olympus” is unknown" in english
    assert russian_text.startswith("Статью нельзя сохранить: ")
    assert "Неизвестный часовой пояс «Mars/Olympus»" in russian_text and "Тег «" in russian_text
    assert "unknown" not in russian_text


def test_english_stays_the_sentence_the_cli_prints(workspace, qapp):
    with pytest.raises(NotFound) as info:
        workspace.articles.get("nope")
    assert localized(info.value) == str(info.value) == "There is no article with id nope."


def test_a_message_survives_a_round_trip_through_pickle():
    """Errors cross thread and process boundaries (tasks, multiprocessing) with their template."""
    import pickle

    error = pickle.loads(pickle.dumps(NotFound(Message("Errors", "There is no article with id {article_id}.",
                                                       {"article_id": "x"}))))
    assert isinstance(error.args[0], Message) and error.args[0].params == {"article_id": "x"}


def test_the_notice_check_explains_itself_in_russian(russian):
    from desk_app.domain.notice import NoticePolicy, Placement, check

    policy = NoticePolicy(text=DEMO_NOTICE_TEXT, placement=Placement.TOP)
    lookalike = DEMO_NOTICE_TEXT.replace("МАТЕРИАЛ", "MАТЕРИАЛ", 1)   # a Latin M
    missing = check(policy, "Просто текст.").summary()
    altered = check(policy, lookalike + "\n\nТекст.").summary()
    assert missing == "The notice is missing: it must be the first paragraph, directly under the headline."
    assert localized(missing) == "Маркировки нет: она должна быть первым абзацем, сразу под заголовком."
    assert "Latin letter “M” (U+004D) where Cyrillic “М” is expected" in altered
    assert localized(altered) == ("Маркировка изменена: буква «M» (U+004D, латиница) там, где ожидается «М» "
                                  "(кириллица).")
