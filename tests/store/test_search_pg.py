"""PostgreSQL's lexeme dictionary (migration 0007): always a superset of the index, and a search's prefix made exact.

The word being typed becomes the OR of the dictionary's lexemes it starts
(store/search_pg.py). That is only right while every lexeme of every
article is in the dictionary, however the article was written; the
expanded query must match exactly what the prefix matches.
"""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from alembic import command
from sqlalchemy import text

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.store import migrate, search_pg
from desk_app.store.engine import create_desk_engine
from desk_app.store.repository import count_rows, count_statement, list_rows, list_statement

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

MISSING = ("SELECT count(*) FROM articles a, unnest(tsvector_to_array(a.search_vector)) AS l "
           "WHERE NOT EXISTS (SELECT 1 FROM search_lexemes s WHERE s.lexeme = l)")


@contextmanager
def _downgraded(db_url: str, revision: str):
    """A connection to the database taken down to ``revision``; it is upgraded to the head after the block."""
    engine = create_desk_engine(db_url)
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
            yield conn
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _at_head(db_url: str, *statements: str):
    """The rows of the last of ``statements``, run in order."""
    engine = create_desk_engine(db_url)
    try:
        with engine.begin() as conn:
            return [conn.execute(text(sql)) for sql in statements][-1].all()
    finally:
        engine.dispose()


def _article(ws, body: str, headline: str = "Заметка") -> str:
    data = ArticleData(language="ru", headline=headline, body=f"{DEMO_NOTICE_TEXT}\n\n{body}")
    return ws.articles.create(data, apply_notice=True).article.id


def _same_as_the_prefix(ws, search: str) -> list[str]:
    """The fast path's ids for ``search``, checked against the plain prefix query; returns them."""
    flt = ArticleFilter(search=search)
    with ws.unit() as s:
        want = [r.id for r in s.execute(list_statement(flt, ws.dialect)).all()]
        got = [r.id for r in list_rows(s, flt, ws.dialect, limit=500)]
        assert got == want, search
        assert count_rows(s, flt, ws.dialect) == s.execute(count_statement(flt, ws.dialect)).scalar_one()
    return got


def test_every_lexeme_is_in_the_dictionary_however_the_text_was_written(workspace):
    first = _article(workspace, "Водоснабжение в Кизляре восстановят к весне.")
    second = _article(workspace, "Суд в Дербенте.")
    data = workspace.articles.get(second)
    data.body += " Прокуратура обжаловала приговор."
    workspace.articles.save(data)
    with workspace.unit() as s:  # raw SQL, as a script or another tool would write
        s.execute(text("UPDATE articles SET lede = 'Зеленчукская обсерватория', headline = 'Телескоп' "
                       "WHERE id = :id"), {"id": first})
        assert s.execute(text(MISSING)).scalar_one() == 0
        found = set(s.execute(text("SELECT lexeme FROM search_lexemes")).scalars())
    assert {"кизляр", "прокуратур", "зеленчукск", "телескоп"} <= found
    assert _same_as_the_prefix(workspace, "Зеленчук") == [first]
    assert _same_as_the_prefix(workspace, "прокур") == [second]
    assert _same_as_the_prefix(workspace, "Кизляр") == [first]


def test_the_word_being_typed_becomes_the_lexemes_it_starts(workspace):
    _article(workspace, "Кизляр, Кизляре, кизлярский коньяк.")
    with workspace.unit() as s:
        typed = search_pg.typed_query(s, "Кизляр")
        matched = s.execute(text("SELECT to_tsvector('russian', 'кизлярский') @@ CAST(:q AS tsquery)"),
                            {"q": typed}).scalar_one()
    assert ":*" not in typed and "'кизляр'" in typed and matched


def test_a_prefix_of_many_lexemes_stays_a_prefix(workspace):
    many = [f"зз{a}{b}" for a in "абвгдежзик" for b in "лмнопрс"]  # 70 words that share "зз"
    _article(workspace, " ".join(many) + ".")
    with workspace.unit() as s:
        assert search_pg.typed_query(s, "зз") == "'зз':*"
        assert search_pg.typed_query(s, "ззал") == "'ззал'"
    assert len(_same_as_the_prefix(workspace, "зз")) == 1


def test_a_word_no_article_has_matches_nothing(workspace):
    _article(workspace, "Суд в Дербенте.")
    with workspace.unit() as s:
        assert search_pg.typed_query(s, "Щщщю") == search_pg.quoted(search_pg.NO_LEXEME)
    assert _same_as_the_prefix(workspace, "Щщщю") == []
    assert _same_as_the_prefix(workspace, "Дербент Щщщю") == []


@pytest.mark.parametrize("lexeme", ["it's", "a\\b", "''", "x y", "\\'"])
def test_lexemes_are_quoted_for_tsquery(workspace, lexeme):
    with workspace.unit() as s:
        assert s.execute(text("SELECT array_to_tsvector(ARRAY[CAST(:x AS text)]) @@ CAST(:q AS tsquery)"),
                         {"x": lexeme, "q": search_pg.quoted(lexeme)}).scalar_one()


def test_the_migration_fills_the_dictionary_from_the_articles_there_are(db_url, workspace):
    article = _article(workspace, "Ансамбль «Лезгинка» выступил в Каспийске.")
    with _downgraded(db_url, "0006") as conn:
        assert conn.execute(text("SELECT to_regclass('search_lexemes')")).scalar() is None
    assert _at_head(db_url, MISSING) == [(0,)]
    assert _at_head(db_url, "SELECT count(*) FROM search_lexemes WHERE lexeme = 'каспийск'") == [(1,)]
    assert _same_as_the_prefix(workspace, "Каспий") == [article]


def _tagged(ws, search: str, tag: str) -> list[str]:
    """The fast path's ids for ``search`` and ``tag`` (the tag from the vector), checked against article_tags."""
    flt = ArticleFilter(search=search, tag=tag)
    with ws.unit() as s:
        want = [r.id for r in s.execute(list_statement(flt, ws.dialect)).all()]
        got = [r.id for r in list_rows(s, flt, ws.dialect, limit=500)]
        assert got == want, (search, tag)
        assert count_rows(s, flt, ws.dialect) == s.execute(count_statement(flt, ws.dialect)).scalar_one()
    return got


def test_tags_reach_the_search_vector_however_they_are_written(workspace):
    data = ArticleData(language="ru", headline="Суд в Дербенте", body=f"{DEMO_NOTICE_TEXT}\n\nСуд.",
                       tags=["Дербент", "суд"])
    article = workspace.articles.create(data, apply_notice=True).article.id
    other = _article(workspace, "Суд в Махачкале.")
    assert _tagged(workspace, "суд", "Дербент") == [article]
    data = workspace.articles.get(article)
    data.tags = ["права человека", "O'Brien \"quoted\" \\ tag"]
    workspace.articles.save(data)
    assert _tagged(workspace, "суд", "Дербент") == []
    assert _tagged(workspace, "суд", "O'Brien \"quoted\" \\ tag") == [article]
    with workspace.unit() as s:  # raw SQL: a tag added, one removed, one renamed
        s.execute(text("INSERT INTO article_tags (article_id, tag, position) VALUES (:a, 'ЖКХ', 5)"), {"a": other})
        s.execute(text("DELETE FROM article_tags WHERE article_id = :a AND tag = 'права человека'"), {"a": article})
        s.execute(text("UPDATE article_tags SET tag = 'Дагестан' WHERE article_id = :a AND tag LIKE 'O''Brien%'"),
                  {"a": article})
    assert _tagged(workspace, "суд", "ЖКХ") == [other]
    assert _tagged(workspace, "суд", "права человека") == []
    assert _tagged(workspace, "суд", "Дагестан") == [article]
    with workspace.unit() as s:
        assert s.execute(text("SELECT search_tags FROM articles WHERE id = :a"), {"a": article}).scalar() == ["#Дагестан"]


def test_reordering_tags_does_not_write_the_article_again(workspace):
    data = ArticleData(language="ru", headline="Суд", body=f"{DEMO_NOTICE_TEXT}\n\nСуд.", tags=["a", "b", "c"])
    article = workspace.articles.create(data, apply_notice=True).article.id
    with workspace.unit() as s:
        before = s.execute(text("SELECT xmin::text FROM articles WHERE id = :a"), {"a": article}).scalar()
        s.execute(text("UPDATE article_tags SET position = 2 - position WHERE article_id = :a"), {"a": article})
    with workspace.unit() as s:
        assert s.execute(text("SELECT xmin::text FROM articles WHERE id = :a"), {"a": article}).scalar() == before


def test_the_migration_puts_the_tags_there_are_in_the_vectors(db_url, workspace):
    data = ArticleData(language="ru", headline="Суд", body=f"{DEMO_NOTICE_TEXT}\n\nСуд.", tags=["ЖКХ", "Дербент"])
    article = workspace.articles.create(data, apply_notice=True).article.id
    with _downgraded(db_url, "0007") as conn:
        assert "#ЖКХ" not in conn.execute(text("SELECT tsvector_to_array(search_vector) FROM articles")).scalar()
    [(tags, lexemes)] = _at_head(db_url, "SELECT search_tags, tsvector_to_array(search_vector) FROM articles")
    assert tags == ["#Дербент", "#ЖКХ"] and {"#Дербент", "#ЖКХ"} <= set(lexemes)
    assert _tagged(workspace, "суд", "ЖКХ") == [article]


@pytest.mark.parametrize("strategy", ["walk", "all", "windows"])
def test_each_way_to_a_page_gives_the_reference_rows(workspace, clock, monkeypatch, strategy):
    """The cost model picks one of three ways; whichever it picks, the page is the same."""
    import random

    from desk_app.store import pg_list
    from tests.store.test_list_fast_paths import _archive, _check, _filters

    rng = random.Random(11)
    _archive(workspace, clock, rng, n=60)
    with workspace.unit() as s:
        s.execute(text("ANALYZE articles"))  # without statistics the list just walks
    chosen = []
    monkeypatch.setattr(pg_list, "_cheapest", lambda costs: chosen.append(strategy) or strategy)
    _check(workspace, _filters(rng))
    assert chosen  # the PostgreSQL path was taken


def test_the_migration_keeps_the_articles_in_the_order_they_were_stored(db_url, workspace, clock):
    """Walking the date index is cheap because old articles lie in the table as they were written."""
    from datetime import timedelta

    start = clock.now
    for i in range(120):
        clock.now = start + timedelta(minutes=i)
        data = ArticleData(language="ru", headline=f"Заметка {i}", body=f"{DEMO_NOTICE_TEXT}\n\nСуд.",
                           tags=[f"тег{i % 7}", f"тег{i % 11}"][: 1 + i % 2])
        workspace.articles.create(data, apply_notice=True)
    stored = ("SELECT correlation FROM pg_stats WHERE tablename = 'articles' AND attname = 'updated_at' "
              "AND schemaname = current_schema()")
    assert _at_head(db_url, "ANALYZE articles", stored)[0][0] > 0.9
    with _downgraded(db_url, "0007"):
        pass
    assert _at_head(db_url, "ANALYZE articles", stored)[0][0] > 0.9  # joined to the grouped tags: 0.06
