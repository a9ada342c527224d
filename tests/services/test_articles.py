"""Article service on SQLite and PostgreSQL: create, save, versions, revisions, list, search."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.store.models import Article, Revision


def body(*paragraphs: str) -> str:
    return "\n\n".join((DEMO_NOTICE_TEXT, *paragraphs))


def make(ws, headline="Заголовок", paragraphs=("Первый абзац.",), **fields) -> ArticleData:
    data = ArticleData(headline=headline, body=body(*paragraphs), **fields)
    return ws.articles.create(data).article


def count(ws, model=Article) -> int:
    with ws.unit() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_and_get_keeps_every_field(workspace):
    published = datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc)
    created = make(
        workspace, headline="Жители Махачкалы остались без воды", lede="Лид.",
        paragraphs=("Абзац один.", "Абзац два."), byline="Анна Петрова", source="Кавказский узел",
        dateline_place="Махачкала", published_at=published, tags=["вода", "Дагестан"],
        photo="/tmp/p.jpg", photo_caption="Очередь за водой", photo_credit="Фото: А. П.",
        photo_source="https://example.org/photo", ednote="Проверить цифры", language="ru",
    )
    got = workspace.articles.get(created.id)
    assert got.headline == "Жители Махачкалы остались без воды"
    assert got.tags == ["вода", "Дагестан"]
    assert got.published_at == published and got.published_at.tzinfo is not None
    assert got.slug == "zhiteli-makhachkaly-ostalis-bez-vody"
    assert got.version == 1 and got.status == "draft"
    assert got.author_login == "chief"
    assert got.word_count == 4  # the notice is not counted
    assert got.translation_id == got.id  # an original heads its own chain
    assert got.created_at == workspace.clock()


def test_save_bumps_version_and_records_a_full_revision(workspace, clock):
    article = make(workspace)
    clock.advance(60)
    article.headline = "Новый заголовок"
    saved = workspace.articles.save(article).article
    assert saved.version == 2
    history = workspace.articles.revisions(article.id)
    assert [(r.number, r.action) for r in history] == [(1, "create"), (2, "save")]
    assert workspace.articles.revision(article.id, 1).headline == "Заголовок"
    assert workspace.articles.revision(article.id, 2).headline == "Новый заголовок"
    assert history[1].created_at == clock()


def test_stale_version_raises_conflict_and_writes_nothing(workspace):
    article = make(workspace)
    first = workspace.articles.get(article.id)
    second = workspace.articles.get(article.id)
    first.headline = "Первая правка"
    workspace.articles.save(first)
    second.headline = "Вторая правка"
    with pytest.raises(ConflictError) as info:
        workspace.articles.save(second)
    assert "Someone else saved this article" in str(info.value)
    assert info.value.stored.headline == "Первая правка"
    assert workspace.articles.get(article.id).headline == "Первая правка"
    assert len(workspace.articles.revisions(article.id)) == 2


def test_saving_nothing_changed_writes_no_revision(workspace):
    article = make(workspace)
    result = workspace.articles.save(article)
    assert result.messages == ["Nothing changed."]
    assert len(workspace.articles.revisions(article.id)) == 1


def test_invalid_fields_are_all_named_and_nothing_is_written(workspace):
    data = ArticleData(headline="x" * 10_000, body=body("Текст."), language="de", time_zone="Mars/Base")
    with pytest.raises(InvalidInput) as info:
        workspace.articles.create(data)
    message = str(info.value)
    assert "headline is 10,000 characters" in message
    assert "Language “de”" in message and "Time zone “Mars/Base”" in message
    assert count(workspace) == 0 and count(workspace, Revision) == 0


def test_unknown_article_is_a_clear_not_found(workspace):
    with pytest.raises(NotFound, match="There is no article with id nope"):
        workspace.articles.get("nope")


def test_list_filters(workspace, clock):
    a = make(workspace, headline="Первая", tags=["суд"], language="ru")
    clock.advance(3600)
    b = make(workspace, headline="Second", tags=["court", "суд"], language="en")
    clock.advance(3600)
    c = make(workspace, headline="Третья", tags=["погода"])
    workspace.ensure_user("kate", __import__("desk_app.domain.workflow", fromlist=["Role"]).Role.CORRESPONDENT)

    def ids(**kw):
        return {r.id for r in workspace.articles.list(ArticleFilter(**kw))}

    assert ids() == {a.id, b.id, c.id}
    assert ids(language="en") == {b.id}
    assert ids(tag="суд") == {a.id, b.id}
    assert ids(statuses=("draft",)) == {a.id, b.id, c.id}
    assert ids(statuses=("published",)) == set()
    assert ids(author="chief") == {a.id, b.id, c.id}
    assert ids(author="kate") == set()
    start = clock() - timedelta(hours=1, minutes=30)
    assert ids(date_from=start) == {b.id, c.id}
    assert ids(date_from=start, date_to=clock()) == {b.id}
    assert workspace.articles.count(ArticleFilter(tag="суд")) == 2
    ordered = [r.headline for r in workspace.articles.list(ArticleFilter(sort="headline", descending=False))]
    assert ordered == sorted(ordered)
    newest_first = [r.id for r in workspace.articles.list(ArticleFilter())]
    assert newest_first == [c.id, b.id, a.id]
    page = workspace.articles.list(ArticleFilter(), offset=1, limit=1)
    assert [r.id for r in page] == [b.id]


def test_full_text_search_stems_russian_and_english(workspace):
    ru1 = make(workspace, headline="Протесты в Ставрополе", paragraphs=("Жители вышли на улицы.",))
    ru2 = make(workspace, headline="Суд", paragraphs=("Полиция задержала протестующих у здания.",))
    en = make(workspace, headline="Court", paragraphs=("Police detained protesters outside.",), language="en")
    other = make(workspace, headline="Погода", paragraphs=("Снег выпал в горах.",))

    def found(q, **kw):
        return {r.id for r in workspace.articles.list(ArticleFilter(search=q, **kw))}

    assert found("протест") >= {ru1.id, ru2.id}
    assert other.id not in found("протест")
    assert found("protest") == {en.id}
    assert found("protest", language="ru") == set()
    assert found("снег горах") == {other.id}
    assert found("прот") >= {ru1.id, ru2.id}          # prefix while typing
    assert found('"; DROP TABLE articles; --') == set()  # operators are words, not syntax
    assert found("   ") == {ru1.id, ru2.id, en.id, other.id}


def test_several_words_with_the_last_one_being_typed(workspace):
    case = make(workspace, headline="Возбуждено уголовное дело", paragraphs=("Следователи начали проверку.",))
    trial = make(workspace, headline="Hunger strike continues", paragraphs=("The prisoners refuse food.",),
                 language="en")
    other = make(workspace, headline="Уголовное преследование", paragraphs=("Адвокат подал жалобу.",))

    def found(q):
        return {r.id for r in workspace.articles.list(ArticleFilter(search=q))}

    # the earlier words are inflected as typed; the last one is the start of a word (the notice has "деятельности")
    assert found("уголовное дел") == {case.id}
    assert found("уголовного дел") == {case.id}
    assert found("уголовное") == {case.id, other.id}
    assert found("hunger stri") == {trial.id}
    assert found("strikes contin") == {trial.id}
    assert found("уголовное жа") == {other.id}
    assert found("уголовное ре") == set()
    assert workspace.articles.count(ArticleFilter(search="уголовное дел")) == 1


def test_a_word_in_its_dictionary_form_finds_its_other_forms_while_typed(workspace):
    # snowball stems "Махачкала" to "махачка" but "Махачкале" to "махачкал": as a prefix the stem matches
    town = make(workspace, headline="Митинг в Махачкале", paragraphs=("Жители Махачкалы вышли на площадь.",))
    make(workspace, headline="Погода", paragraphs=("Снег выпал в горах.",))

    def found(q):
        return {r.id for r in workspace.articles.list(ArticleFilter(search=q))}

    assert found("Махачкала") == {town.id}
    assert found("митинг Махачкала") == {town.id}
    assert workspace.articles.count(ArticleFilter(search="Махачкала")) == 1


def test_search_index_follows_edits(workspace):
    article = make(workspace, headline="Наводнение", paragraphs=("Река вышла из берегов.",))
    assert [r.id for r in workspace.articles.list(ArticleFilter(search="наводнение"))] == [article.id]
    article.headline = "Засуха"
    workspace.articles.save(article)
    assert workspace.articles.list(ArticleFilter(search="наводнение")) == []
    assert [r.id for r in workspace.articles.list(ArticleFilter(search="засуха"))] == [article.id]


def test_duplicate_makes_a_new_draft(workspace):
    article = make(workspace, headline="Оригинал", tags=["a"])
    copy = workspace.articles.duplicate(article.id).article
    assert copy.id != article.id and copy.headline == "Оригинал" and copy.tags == ["a"]
    assert copy.version == 1 and copy.status == "draft"
    assert workspace.articles.revisions(copy.id)[0].action == "duplicate"


def test_times_are_stored_in_utc(workspace):
    moscow = timezone(timedelta(hours=3))
    article = make(workspace, published_at=datetime(2022, 1, 6, 21, 33, tzinfo=moscow))
    with workspace.unit() as s:
        raw = s.execute(text("SELECT published_at FROM articles WHERE id = :i"), {"i": article.id}).scalar_one()
    stored = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=timezone.utc)
    assert stored == datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc)
    assert workspace.articles.get(article.id).published_at.utcoffset() == timedelta(0)


def test_an_action_that_changes_no_field_still_gets_its_own_revision(workspace):
    article = make(workspace)
    result = workspace.articles.save(article, action="lock_takeover", note="taken over")
    assert result.article.version == 2
    assert [r.action for r in workspace.articles.revisions(article.id)] == ["create", "lock_takeover"]
