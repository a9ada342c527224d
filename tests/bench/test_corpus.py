"""The benchmark corpus and harness plumbing, on tiny sizes (nothing here times anything)."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from desk_app.bench import corpus, figures, harness, load
from desk_app.cli import main
from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.notice import DEMO_NOTICE_TEXT, NoticePolicy, check
from desk_app.services.workspace import Workspace

SEED = corpus.DEFAULT_SEED


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A 300-article archive written by the real loader (triggers on), and its articles as generated."""
    path = tmp_path_factory.mktemp("corpus") / "c.sqlite3"
    load.build_sqlite(path, 300, SEED, workers=0)
    articles = corpus.generate_chunk(SEED, 300, 0)
    return path, articles


def test_the_same_seed_gives_the_same_archive_and_another_seed_another():
    first = corpus.generate_chunk(SEED, 120, 0)
    again = corpus.generate_chunk(SEED, 120, 0)
    other = corpus.generate_chunk(SEED + 1, 120, 0)
    assert [(a.row, a.tags, a.revision, a.fts_text) for a in first] == \
           [(a.row, a.tags, a.revision, a.fts_text) for a in again]
    assert [a.id for a in first] != [a.id for a in other]
    assert len(first) == 120


def test_chunks_add_up_to_the_size_and_do_not_depend_on_each_other():
    size = corpus.CHUNK + 37
    assert corpus.chunk_count(size) == 2
    assert len(corpus.generate_chunk(SEED, size, 1)) == 37
    ids = [a.id for i in range(2) for a in corpus.generate_chunk(SEED, size, i)]
    assert len(set(ids)) == size


def test_bodies_carry_the_notice_and_are_news_sized(built):
    _, articles = built
    policy = NoticePolicy(text=DEMO_NOTICE_TEXT)
    for a in articles:
        assert a.row["body"].startswith(DEMO_NOTICE_TEXT + "\n\n")
        assert 40 <= a.row["word_count"] <= 700
    assert all(check(policy, a.row["body"]).ok for a in articles[:40])
    languages = Counter(a.row["language"] for a in articles)
    assert languages["ru"] > languages["en"] > 0
    assert Counter(a.row["status"] for a in articles).most_common(1)[0][0] == "published"


def test_translations_point_at_their_russian_original(built):
    _, articles = built
    by_id = {a.id: a.row for a in articles}
    translations = [a.row for a in articles if a.row["translated_from"]]
    originals = [a.row for a in articles if a.row["language"] == "ru" and not a.row["translated_from"]]
    assert translations and 0.15 < len(translations) / len(originals) < 0.45
    for t in translations:
        original = by_id[t["translated_from"]]
        assert original["language"] == "ru" and t["language"] == "en"
        assert t["translation_id"] == original["translation_id"] == original["id"]
        assert t["created_at"] > original["created_at"]
    assert all(a.row["translation_id"] == a.id for a in articles if not a.row["translated_from"])


def test_revision_snapshots_are_what_the_service_would_record(built):
    _, articles = built
    a = articles[0]
    snapshot = json.loads(a.revision["snapshot"])
    assert list(snapshot) == list(ArticleData().snapshot())
    assert ArticleData.from_snapshot(snapshot).body == a.row["body"]
    assert snapshot["tags"] == a.tags and snapshot["version"] == 1


def test_the_loaded_corpus_is_complete_and_in_search_order(built):
    path, articles = built
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "revisions", "search_docs", "article_fts")}
        assert counts == {"articles": 300, "revisions": 300, "search_docs": 300, "article_fts": 300}
        assert conn.execute("SELECT count(*) FROM article_tags").fetchone()[0] == sum(len(a.tags) for a in articles)
        assert not load.search_order_broken(conn)
        assert conn.execute("SELECT value FROM search_meta WHERE name = 'doc_order'").fetchone() == (1,)
    finally:
        conn.close()


def test_generated_articles_are_found_by_the_service(built, tmp_path):
    path, articles = built
    ws = Workspace.open(f"sqlite:///{path}", user=corpus.BENCH_EDITOR)
    try:
        target = next(a for a in articles if a.row["language"] == "ru" and a.tags)
        word = max(target.row["headline"].split(), key=len).strip("«»,.:")
        found = ws.articles.list(ArticleFilter(search=word), limit=300)
        assert target.id in {r.id for r in found}
        assert ws.articles.count(ArticleFilter(search=word)) == len(found)
        tagged = ws.articles.list(ArticleFilter(tag=target.tags[0], statuses=(target.row["status"], "draft")), limit=300)
        assert target.id in {r.id for r in tagged}
        assert ws.articles.get(target.id).body == target.row["body"]
    finally:
        ws.close()


def test_an_older_schema_corpus_is_upgraded_not_regenerated(tmp_path, monkeypatch):
    from desk_app.store import migrate

    built = load.ensure_sqlite_corpus(50, SEED, directory=tmp_path)
    assert not built.reused and not built.upgraded
    old = load.sqlite_corpus_path(50, SEED, "0004", tmp_path)
    (tmp_path / built.location.rsplit("/", 1)[1]).rename(old)
    again = load.ensure_sqlite_corpus(50, SEED, directory=tmp_path)
    assert again.upgraded and not old.exists()
    assert load.ensure_sqlite_corpus(50, SEED, directory=tmp_path).reused
    assert again.location.endswith(f"-h{migrate.head_revision()}-g{corpus.GENERATOR_VERSION}.sqlite3")


def test_percentiles_and_figures():
    assert figures.percentile([5.0], 95) == 5.0
    assert figures.percentile([1, 2, 3, 4], 50) == 2.5
    assert figures.percentile(list(range(101)), 95) == 95
    s = figures.summary([3.0, 1.0, 2.0])
    assert (s["n"], s["median"], s["max"]) == (3, 2.0, 3.0)
    fig = figures.Figure("open_p95_ms", value=12.0, median=3.0, p95=12.0)
    assert fig.met is True and fig.as_json()["target"] == 30
    assert figures.pending("rss_mb", "later").as_json()["status"] == "pending"
    both = figures.combine("search_p95_ms", {"sqlite": figures.Figure("search_p95_ms", value=9, median=2, p95=9),
                                             "postgresql": figures.Figure("search_p95_ms", value=30, median=5, p95=30)})
    assert both.value == 30 and both.details["worst"] == "postgresql"
    assert harness.selected_groups(["save_p95_ms_pg", "align_ms"]) == ["save", "align"]
    with pytest.raises(ValueError):
        harness.selected_groups(["nonsense"])


def test_desk_bench_prints_the_figures_as_json(tmp_path, capsys):
    code = main(["bench", "--size", "200", "--json", "--only", "open_p95_ms", "--backend", "sqlite",
                 "--dir", str(tmp_path)])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert {"size", "machine", "open_p95_ms"} <= set(out) and out["size"] == 200
    assert out["open_p95_ms"]["status"] == "ok" and out["open_p95_ms"]["unit"] == "ms"
    assert out["machine"]["nproc"] >= 1 and out["machine"]["sqlite"]
    assert "search_p95_ms" not in out


def test_desk_bench_refuses_an_unknown_figure(tmp_path, capsys):
    assert main(["bench", "--only", "speed", "--dir", str(tmp_path)]) == 1
    assert "unknown figure" in capsys.readouterr().err


def test_articles_sharing_a_search_document_number_are_all_loaded_in_order(tmp_path, monkeypatch):
    # every article gets the same number: the loader must number them apart, then restore the order
    monkeypatch.setattr(load, "_doc_id", lambda row: 1 << 40)
    path = tmp_path / "same.sqlite3"
    load.build_sqlite(path, 60, SEED, workers=0)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(DISTINCT doc_id) FROM search_docs").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM article_fts").fetchone()[0] == 60
        assert not load.search_order_broken(conn)
    finally:
        conn.close()
    assert not (tmp_path / "same.sqlite3.staging").exists()


def test_the_scroll_measure_lists_every_article_through_the_real_list_panel(built):
    from desk_app.bench import measures_ui

    path, articles = built
    figures = measures_ui.scroll_figures(f"sqlite:///{path}", None)
    scroll, rss = figures["scroll_s"], figures["rss_mb"]
    assert scroll.status == "ok", scroll.reason
    assert scroll.details["rows"] == scroll.details["matching"] == len(articles)
    assert scroll.details["pages"] == 1 and scroll.details["finished"]
    assert rss.value > 0 and rss.details["rows_in_memory"] == len(articles)


def test_a_postgresql_corpus_searches_like_one_written_through_the_service(pg_database_factory):
    """The COPY runs with triggers off: the loader writes the lexeme dictionary and the tags' lexemes itself."""
    from sqlalchemy import text

    from desk_app.store.repository import count_rows, list_rows, list_statement

    url = pg_database_factory("desk_bench_test").render_as_string(hide_password=False)
    load.build_pg(url, 300, SEED, workers=0)
    articles = corpus.generate_chunk(SEED, 300, 0)
    ws = Workspace.open(url, user=corpus.BENCH_EDITOR)
    try:
        with ws.unit() as s:
            assert s.execute(text(
                "SELECT count(*) FROM articles a, unnest(tsvector_to_array(a.search_vector)) AS l "
                "WHERE l NOT LIKE '#%' AND NOT EXISTS (SELECT 1 FROM search_lexemes s WHERE s.lexeme = l)")).scalar() == 0
            assert s.execute(text(
                "SELECT count(*) FROM articles a WHERE a.search_tags IS DISTINCT FROM (SELECT coalesce("
                "array_agg('#' || t.tag ORDER BY t.tag), '{}') FROM article_tags t WHERE t.article_id = a.id)")).scalar() == 0
            target = next(a for a in articles if a.row["language"] == "ru" and a.tags)
            word = max(target.row["headline"].split(), key=len).strip("«»,.:")
            for flt in (ArticleFilter(search=word), ArticleFilter(search=word[:5]),
                        ArticleFilter(search=word, tag=target.tags[0])):
                want = [r.id for r in s.execute(list_statement(flt, ws.dialect)).all()]
                assert [r.id for r in list_rows(s, flt, ws.dialect, limit=300)] == want and target.id in want
                assert count_rows(s, flt, ws.dialect) == len(want)
    finally:
        ws.close()
