"""The list's fast paths (repository.list_rows / count_rows) give exactly the reference query's rows.

The reference is ``list_statement``/``count_statement``: plain SQL filters
and ORDER BY. The fast paths read SQLite's FTS5 index in document order with
the facets it carries (store/search_sqlite.py), or PostgreSQL in recency
windows; every write path must keep them exact: saves, workflow actions, raw
UPDATEs of the state or the time (the triggers), times that go backwards,
equal times, tags changed by a save. Keyset pages (``after``) must continue
exactly where the reference ordering does.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import text, update

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action
from desk_app.store import migrate, search_sqlite
from desk_app.store.guards import status_check_suspended
from desk_app.store.models import Article
from desk_app.store.repository import count_rows, count_statement, dbapi, list_rows, list_statement

WORDS = ["суд", "вода", "Нальчик", "Махачкала", "court", "water", "протест", "выборы", "landfill", "митинг"]
TAGS = ["Дагестан", "ЖКХ", "human rights", "court", "Нальчик"]
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def _article(ws, rng: random.Random, language: str) -> ArticleData:
    words = rng.sample(WORDS, 3)
    data = ArticleData(
        language=language, headline=" ".join(words[:2]).capitalize(), lede="Лид.", byline="Автор",
        dateline_place="Нальчик",
        body=f"{DEMO_NOTICE_TEXT}\n\n{' '.join(words)} и ещё {rng.randint(1, 99)} слов.",
        tags=rng.sample(TAGS, rng.randint(0, 3)),
    )
    return ws.articles.create(data, apply_notice=True).article


def _set(ws, article_id: str, **values) -> None:
    with ws.unit() as s, status_check_suspended(s):
        s.execute(update(Article).where(Article.id == article_id).values(**values))


def _filters(rng: random.Random) -> list[ArticleFilter]:
    fixed = [
        ArticleFilter(), ArticleFilter(search="суд"), ArticleFilter(search="вод"), ArticleFilter(search="суд вода"),
        ArticleFilter(search="court"), ArticleFilter(tag="ЖКХ"), ArticleFilter(tag="human rights"),
        ArticleFilter(statuses=("draft", "submitted")), ArticleFilter(statuses=("published",), search="суд"),
        ArticleFilter(search="Нальчик", language="ru"), ArticleFilter(search="суд", author="chief"),
        ArticleFilter(search="суд", author="nobody"), ArticleFilter(search="суд", statuses=("Published",)),
        ArticleFilter(search="суд", language="de"), ArticleFilter(search="!!!"),
        ArticleFilter(search="суд", descending=False), ArticleFilter(tag="Дагестан", descending=False),
        ArticleFilter(search="суд", date_from=T0 - timedelta(days=400), date_to=T0 - timedelta(days=3)),
        ArticleFilter(search="вода", date_from=T0 + timedelta(days=999)),
        ArticleFilter(search="вода", date_to=T0 - timedelta(days=9999)),
        ArticleFilter(tag="court", statuses=("draft", "spiked"), date_from=T0 - timedelta(days=30)),
        ArticleFilter(search="суд", sort="headline"),
    ]
    for _ in range(25):
        fixed.append(ArticleFilter(
            search=rng.choice(["", "", *WORDS, "су", "Махачк"]),
            statuses=tuple(rng.sample(["draft", "submitted", "published", "spiked"], rng.randint(0, 2))),
            language=rng.choice([None, None, "ru", "en"]), tag=rng.choice([None, None, *TAGS]),
            date_from=rng.choice([None, None, T0 - timedelta(days=rng.randint(0, 800))]),
        ))
    return fixed


def _check(ws, filters: list[ArticleFilter]) -> None:
    with ws.unit() as s:
        for flt in filters:
            for offset, limit in ((0, 7), (5, 4), (0, 200)):
                want = s.execute(list_statement(flt, ws.dialect).offset(offset).limit(limit)).all()
                got = list_rows(s, flt, ws.dialect, offset=offset, limit=limit)
                assert [r.id for r in got] == [r.id for r in want], (flt, offset, limit)
                assert [tuple(r) for r in got] == [tuple(r) for r in want]
            assert count_rows(s, flt, ws.dialect) == s.execute(count_statement(flt, ws.dialect)).scalar_one(), flt
            if flt.sort != "updated_at":
                continue
            everything = s.execute(list_statement(flt, ws.dialect)).all()
            for i in sorted({0, len(everything) // 2, len(everything) - 1}) if everything else ():
                key = (everything[i].updated_at, everything[i].id)
                got = list_rows(s, flt, ws.dialect, limit=6, after=key)
                assert [r.id for r in got] == [r.id for r in everything[i + 1:i + 7]], (flt, i)


def _document_order_ok(ws) -> bool:
    with ws.unit() as s:
        bad = s.execute(text(
            "SELECT count(*) FROM (SELECT d.doc_id, lag(d.doc_id) OVER (ORDER BY a.updated_at, a.id) AS prev "
            "FROM search_docs d JOIN articles a ON a.id = d.article_id) AS o WHERE prev >= doc_id")).scalar_one()
        return bad == 0 and search_sqlite.in_order(dbapi(s))


def _archive(ws, clock, rng: random.Random, n: int = 45) -> list[str]:
    ids = []
    for i in range(n):
        clock.now = T0 + timedelta(minutes=rng.choice([0, 0, i, -i, 3 * i]))  # ties, and time going back
        ids.append(_article(ws, rng, rng.choice(["ru", "ru", "en"])).id)
    return ids


def test_fast_paths_match_the_reference_through_every_kind_of_write(workspace, clock):
    rng = random.Random(7)
    ids = _archive(workspace, clock, rng)
    filters = _filters(rng)
    _check(workspace, filters)
    # saves: new text, new tags, clock forwards and backwards
    for article_id in rng.sample(ids, 12):
        clock.now = T0 + timedelta(minutes=rng.randint(-60, 200))
        data = workspace.articles.get(article_id)
        data.body += " Дополнение про суд."
        data.tags = rng.sample(TAGS, rng.randint(0, 3))
        workspace.articles.save(data)
    # workflow actions, and raw writes of the state and the time (the triggers' business)
    for article_id in rng.sample(ids, 8):
        clock.now = T0 + timedelta(minutes=rng.randint(-30, 300))
        workspace.workflow.perform(article_id, Action.SUBMIT)
    for article_id in rng.sample(ids, 10):
        _set(workspace, article_id, status=rng.choice(["published", "spiked", "returned"]),
             updated_at=T0 - timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 5)))
    for article_id in rng.sample(ids, 5):
        _set(workspace, article_id, updated_at=T0)  # exact ties
    _set(workspace, ids[0], language="en", author_login=None)
    if workspace.dialect == "sqlite":
        assert _document_order_ok(workspace)
    _check(workspace, filters)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_falls_back_to_sorting_when_the_order_is_lost(workspace, clock):
    rng = random.Random(3)
    _archive(workspace, clock, rng, n=20)
    with workspace.unit() as s:
        s.execute(text("UPDATE search_meta SET value = 0 WHERE name = 'doc_order'"))
        s.execute(text("UPDATE search_docs SET doc_id = -doc_id"))  # deliberately against the order
        s.execute(text("UPDATE article_fts SET rowid = -rowid"))
    _check(workspace, _filters(rng))
    with workspace.unit() as s:
        search_sqlite.rebuild(s.connection())
    assert _document_order_ok(workspace)
    _check(workspace, _filters(rng))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_no_room_between_neighbours_marks_the_order_lost_and_stays_correct(workspace, clock):
    clock.now = T0
    older = _article(workspace, random.Random(1), "ru").id
    clock.now = T0 + timedelta(hours=2)
    newer = _article(workspace, random.Random(2), "ru").id
    with workspace.unit() as s:  # squeeze the two documents next to each other
        low = s.execute(text("SELECT doc_id FROM search_docs WHERE article_id = :a"), {"a": older}).scalar_one()
        high = s.execute(text("SELECT doc_id FROM search_docs WHERE article_id = :a"), {"a": newer}).scalar_one()
        s.execute(text("UPDATE article_fts SET rowid = :n WHERE rowid = :o"), {"n": low + 1, "o": high})
        s.execute(text("UPDATE search_docs SET doc_id = :n WHERE article_id = :a"), {"n": low + 1, "a": newer})
    clock.now = T0 + timedelta(hours=1)
    _article(workspace, random.Random(3), "ru")  # belongs between them: no id is left
    with workspace.unit() as s:
        assert not search_sqlite.in_order(dbapi(s))
    _check(workspace, _filters(random.Random(4)))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_migration_0005_rebuilds_existing_documents(workspace, clock):
    rng = random.Random(11)
    _archive(workspace, clock, rng, n=25)
    config = migrate.alembic_config()
    with workspace.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        conn.execute(text("UPDATE search_docs SET doc_id = doc_id"))  # 0004 knows nothing of the order
    with workspace.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert _document_order_ok(workspace)
    _check(workspace, _filters(rng))


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_windows_reach_back_years(workspace, clock):
    rng = random.Random(5)
    ids = _archive(workspace, clock, rng, n=30)
    for i, article_id in enumerate(ids):  # spread over four years: every window has work to do
        _set(workspace, article_id, updated_at=T0 - timedelta(days=50 * i))
    _check(workspace, _filters(rng))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_long_prefixes_expand_to_exactly_the_index_terms(workspace, clock):
    words = ["Махачкала", "Махачкалинский", "махачкалинцы", "İstanbul", "İstanbulda", "ꭰꭱꭲtown",
             "ǅemal", "Ǆemaludin", "naïve", "naı̈ve", "straße", "STRASSE", "日本語テキスト"]
    for i, word in enumerate(words):
        clock.now = T0 + timedelta(minutes=i)
        workspace.articles.create(ArticleData(headline=word, body=f"{DEMO_NOTICE_TEXT}\n\n{word} и ещё."),
                                  apply_notice=True)
    prefixes = ["Махачк", "махачкали", "İstan", "istanb", "ꭰꭱꭲt", "ǅema", "Ǆemal", "naïv", "naı̈v", "stras", "straß",
                "日本語テ", "Махачкалинс"]
    _check(workspace, [ArticleFilter(search=p) for p in prefixes] + [ArticleFilter(search=w) for w in words])
