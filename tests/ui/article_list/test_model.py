"""ArticleTableModel: pages, server-side sorting, filters, badges, refreshing one row."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QModelIndex, Qt

from desk_app.domain.article_filter import ArticleFilter
from desk_app.ui.article_list.columns import COLUMN_INDEX, format_time
from desk_app.ui.article_list.model import ArticleTableModel


def model_for(workspace, tasks, **kwargs) -> ArticleTableModel:
    model = ArticleTableModel(workspace, tasks, **kwargs)
    model.start()
    return model


def headlines(model: ArticleTableModel) -> list[str]:
    return [row.headline for row in model.loaded_rows()]


def test_pages_arrive_as_the_view_asks(workspace, sync_tasks, articles, qtbot):
    articles(450)
    model = model_for(workspace, sync_tasks)
    assert model.rowCount() == 200
    assert model.matching_count == 450 and model.total_count == 450
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert len({row.id for row in model.loaded_rows()}) == 450
    # newest first by default: the last article created heads the list
    assert model.row_data(0).headline == "Article 0449"
    assert model.row_data(449).headline == "Article 0000"


def test_a_page_shows_a_loading_row_until_it_arrives(workspace, deferred_tasks, articles):
    articles(250)
    tasks = deferred_tasks
    model = model_for(workspace, tasks)
    assert model.rowCount() == 0 and model.loading
    tasks.release()
    assert model.rowCount() == 200 and not model.loading
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 201                      # the placeholder
    assert model.data(model.index(200, 0)) == "Loading…"
    assert model.flags(model.index(200, 0)) == Qt.ItemFlag.NoItemFlags
    assert not model.canFetchMore(QModelIndex())         # no second request while one runs
    tasks.release()
    assert model.rowCount() == 250
    assert model.article_id(249) is not None


def test_sorting_by_a_header_queries_the_database(workspace, sync_tasks, articles):
    for name in ("Charlie", "alpha", "Bravo"):
        articles(1, headline=name)
    model = model_for(workspace, sync_tasks)
    assert headlines(model) == ["Bravo", "alpha", "Charlie"]          # updated, newest first
    model.sort(COLUMN_INDEX["headline"], Qt.SortOrder.AscendingOrder)
    assert model.article_filter.sort == "headline" and not model.article_filter.descending
    assert sorted(headlines(model), key=str.casefold) == sorted(headlines(model), key=str.casefold)
    ascending = headlines(model)
    model.sort(COLUMN_INDEX["headline"], Qt.SortOrder.DescendingOrder)
    assert headlines(model) == list(reversed(ascending))
    model.sort(COLUMN_INDEX["updated"], Qt.SortOrder.AscendingOrder)
    assert headlines(model) == ["Charlie", "alpha", "Bravo"]


def test_sorting_by_words_across_pages(workspace, sync_tasks, articles):
    for i in range(5):
        articles(1, headline=f"Words {i}", body=" ".join(["слово"] * (10 - i)))
    model = model_for(workspace, sync_tasks, page_size=2)
    model.sort(COLUMN_INDEX["words"], Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    counts = [row.word_count for row in model.loaded_rows()]
    assert counts == sorted(counts) and len(counts) == 5


def test_filters_by_status_language_author_and_tag(workspace, sync_tasks, articles):
    ru = articles(3, language="ru", tags=["Дагестан"])
    en = articles(2, language="en", tags=["Chechnya"])
    articles.status(ru[0], "published")
    articles.status(en[0], "published")
    articles.status(en[1], "submitted")
    model = model_for(workspace, sync_tasks)
    assert model.rowCount() == 5

    model.set_filter(ArticleFilter(statuses=("published",)))
    assert {r.id for r in model.loaded_rows()} == {ru[0], en[0]}
    assert model.matching_count == 2 and model.total_count == 5
    model.set_filter(ArticleFilter(statuses=("published", "submitted"), language="en"))
    assert {r.id for r in model.loaded_rows()} == set(en)
    model.set_filter(ArticleFilter(tag="Дагестан"))
    assert {r.id for r in model.loaded_rows()} == set(ru)
    model.set_filter(ArticleFilter(author="chief", language="ru"))
    assert {r.id for r in model.loaded_rows()} == set(ru)
    model.set_filter(ArticleFilter(author="nobody"))
    assert model.rowCount() == 0 and model.matching_count == 0


def test_filter_by_date_range(workspace, sync_tasks, clock, articles):
    start = clock.now
    old = articles(2, step_seconds=86_400)            # day 0 and day 1
    new = articles(2, step_seconds=86_400)            # day 2 and day 3
    model = model_for(workspace, sync_tasks)
    model.set_filter(ArticleFilter(date_from=start + timedelta(days=2)))
    assert {r.id for r in model.loaded_rows()} == set(new)
    model.set_filter(ArticleFilter(date_to=start + timedelta(days=2)))
    assert {r.id for r in model.loaded_rows()} == set(old)


def test_filter_keeps_the_sort(workspace, sync_tasks, articles):
    articles(1, headline="B", language="en")
    articles(1, headline="A", language="en")
    articles(1, headline="C", language="ru")
    model = model_for(workspace, sync_tasks)
    model.sort(COLUMN_INDEX["headline"], Qt.SortOrder.AscendingOrder)
    model.set_filter(ArticleFilter(language="en"))
    assert headlines(model) == ["A", "B"]


def test_full_text_search(workspace, sync_tasks, articles):
    articles(1, headline="Махачкала без воды", body="Жители остались без воды.")
    articles(1, headline="Road reopened", body="The road to Chegem is open again.")
    model = model_for(workspace, sync_tasks)
    model.set_filter(ArticleFilter(search="воды"))
    assert headlines(model) == ["Махачкала без воды"]
    model.set_filter(ArticleFilter(search="road"))
    assert headlines(model) == ["Road reopened"]


def test_columns_show_badges_status_and_time_in_the_display_zone(workspace, sync_tasks, articles):
    (article_id,) = articles(1, headline="Заголовок", byline="Патимат Гасанова", dateline_place="Махачкала")
    model = model_for(workspace, sync_tasks, display_zone="Europe/Moscow")
    row = model.row_data(0)
    assert model.data(model.index(0, COLUMN_INDEX["language"])) == "RU"
    assert model.data(model.index(0, COLUMN_INDEX["status"])) == "Draft"
    assert model.data(model.index(0, COLUMN_INDEX["status"]), ArticleTableModel.StatusRole) == "draft"
    assert model.data(model.index(0, COLUMN_INDEX["byline"])) == "Патимат Гасанова"
    assert model.data(model.index(0, COLUMN_INDEX["dateline"])) == "Махачкала"
    # the fixed clock is 09:00 UTC on 20 November 2026: 12:00 in Moscow
    assert model.data(model.index(0, COLUMN_INDEX["updated"])) == "20 Nov 2026 12:00 MSK"
    assert model.data(model.index(0, 0), ArticleTableModel.ArticleIdRole) == article_id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Headline"
    model.set_display_zone("Asia/Tokyo")
    assert model.data(model.index(0, COLUMN_INDEX["updated"])) == "20 Nov 2026 18:00 JST"
    assert row.word_count == 3 and model.data(model.index(0, COLUMN_INDEX["words"])) == "3"


def test_format_time_takes_naive_times_as_utc():
    naive = datetime(2026, 1, 7, 6, 40)
    from zoneinfo import ZoneInfo

    assert format_time(naive, ZoneInfo("Europe/Moscow")) == "07 Jan 2026 09:40 MSK"
    assert format_time(naive.replace(tzinfo=timezone.utc), ZoneInfo("UTC")) == "07 Jan 2026 06:40 UTC"


def test_badges_provider_adds_labels_to_the_headline(workspace, sync_tasks, articles, qtbot):
    first, second = articles(2)
    model = model_for(workspace, sync_tasks)
    assert model.badges(0) == []
    with qtbot.waitSignal(model.dataChanged):
        model.set_badges_provider(lambda row: ["translation outdated"] if row.id == first else [])
    row_of_first = model.row_of(first)
    assert model.badges(row_of_first) == ["translation outdated"]
    assert model.data(model.index(row_of_first, 0), ArticleTableModel.BadgesRole) == ["translation outdated"]
    assert model.badges(model.row_of(second)) == []
    model.set_badges_provider(lambda row: 1 / 0)      # a broken provider never breaks the list
    assert model.badges(0) == []


def test_refresh_article_reloads_only_its_row_when_its_place_holds(workspace, sync_tasks, articles, qtbot):
    ids = articles(3)
    model = model_for(workspace, sync_tasks)
    model.sort(COLUMN_INDEX["headline"], Qt.SortOrder.AscendingOrder)
    target = ids[1]
    data = workspace.articles.get(target)
    workspace.articles.save(dataclasses.replace(data, byline="New byline"), apply_notice=True)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_article(target)
    assert not resets
    assert model.row_data(model.row_of(target)).byline == "New byline"

    # a new headline moves it under this sort: the model re-queries
    data = workspace.articles.get(target)
    workspace.articles.save(dataclasses.replace(data, headline="Zulu"), apply_notice=True)
    model.refresh_article(target)
    assert resets and headlines(model)[-1] == "Zulu"


def test_refresh_article_drops_a_row_that_left_the_filter(workspace, sync_tasks, articles):
    ids = articles(2)
    model = model_for(workspace, sync_tasks)
    model.set_filter(ArticleFilter(statuses=("draft",)))
    articles.status(ids[0], "spiked")
    model.refresh_article(ids[0])
    assert [r.id for r in model.loaded_rows()] == [ids[1]]


def test_a_failed_query_reports_a_sentence(workspace, sync_tasks, articles, qtbot):
    articles(1)
    model = model_for(workspace, sync_tasks)
    workspace.close()

    class Broken:
        class articles:
            @staticmethod
            def count(*a, **k):
                from desk_app.domain.errors import DatabaseUnavailable

                raise DatabaseUnavailable("Cannot reach the database server; check that it is running.")

            list = count

    model.set_workspace(Broken())
    with qtbot.waitSignal(model.sig_load_failed) as blocker:
        model.refresh()
    assert blocker.args == ["Cannot reach the database server; check that it is running."]
    assert not model.loading


def test_search_with_the_real_task_runner(workspace, articles, qtbot):
    from desk_app.ui.tasks import TaskRunner

    articles(30)
    articles(1, headline="Водовод в Махачкале", body="Авария на водоводе.")
    tasks = TaskRunner()
    model = ArticleTableModel(workspace, tasks)
    model.start()
    qtbot.waitUntil(lambda: model.rowCount() == 31 and not model.loading, timeout=10_000)
    # several queries in a row, as typing does: only the last one's rows arrive
    for text in ("в", "вод", "водовод"):
        model.set_filter(ArticleFilter(search=text))
    qtbot.waitUntil(lambda: not model.loading and not model.counting, timeout=10_000)
    assert headlines(model) == ["Водовод в Махачкале"]
    assert model.matching_count == 1
    tasks.wait()


# -- long lists: keyset pages and bounded memory ------------------------------------------------

def test_scrolling_continues_after_the_last_row_so_a_save_meanwhile_skips_and_repeats_nothing(
        workspace, sync_tasks, articles):
    ids = articles(12)
    model = model_for(workspace, sync_tasks, page_size=4)
    assert [model.article_id(r) for r in range(4)] == ids[::-1][:4]
    # an article further down is saved: it moves to the top; the pages after the first must not shift
    moved = ids[2]
    data = workspace.articles.get(moved)
    workspace.articles.save(dataclasses.replace(data, byline="Moved"), apply_notice=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    listed = [model.article_id(r) for r in range(model.rowCount())]
    assert listed == [i for i in ids[::-1] if i != moved]          # by offset, one row would come twice


def test_scrolled_away_pages_are_dropped_and_read_again_when_shown(workspace, sync_tasks, articles, qtbot):
    ids = articles(30)
    model = model_for(workspace, sync_tasks, page_size=4, cached_pages=3)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 30 and model.loaded_count() == 30
    assert len(model.loaded_rows()) <= 12                         # three pages of four
    assert model.row_data(0) is None and model.article_id(0) == ids[-1] and model.row_of(ids[-1]) == 0
    # the view asks for the top row: the page is read again (at once with the synchronous runner)
    with qtbot.waitSignal(model.dataChanged):
        model.data(model.index(0, COLUMN_INDEX["headline"]))
    assert model.row_data(0).headline == "Article 0029" and model.row_data(3).headline == "Article 0026"
    assert [model.article_id(r) for r in range(30)] == ids[::-1]


def scrolled_to_the_end(workspace, tasks) -> ArticleTableModel:
    """A model of 4-row pages keeping 2 in memory, every page fetched (with a deferred runner)."""
    model = model_for(workspace, tasks, page_size=4, cached_pages=2)
    tasks.release()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        tasks.release()
    return model


def test_a_page_read_again_after_a_save_shows_what_is_stored_now(workspace, deferred_tasks, articles):
    ids = articles(16)
    tasks = deferred_tasks
    model = scrolled_to_the_end(workspace, tasks)
    assert model.row_data(5) is None                              # page 1 (rows 4-7) was dropped
    # meanwhile an article of page 1 is saved: it now belongs at the top
    workspace.articles.save(dataclasses.replace(workspace.articles.get(ids[10]), byline="Moved"), apply_notice=True)
    index = model.index(5, COLUMN_INDEX["headline"])
    assert model.data(index) == "Loading…" and model.data(index, model.PlaceholderRole)
    assert model.flags(index) == Qt.ItemFlag.NoItemFlags
    model.data(model.index(6, 0))                                 # the same page: asked for once
    assert len(tasks.queued) == 1
    removed = []
    model.rowsRemoved.connect(lambda *_: removed.append(1))
    tasks.release()
    assert removed
    assert [model.row_data(r).headline for r in range(4, 8)] == [f"Article {n:04d}" for n in (11, 9, 8, 7)]
    assert ids[10] not in [model.article_id(r) for r in range(12)]


def test_a_page_that_arrives_after_the_page_before_it_changed_is_asked_for_again(workspace, deferred_tasks,
                                                                                  articles):
    ids = articles(20)
    tasks = deferred_tasks
    model = scrolled_to_the_end(workspace, tasks)
    workspace.articles.save(dataclasses.replace(workspace.articles.get(ids[14]), byline="Moved"), apply_notice=True)
    model.data(model.index(5, 0))          # page 1 (ids 15..12): comes back without ids[14]
    model.data(model.index(9, 0))          # page 2, asked after ids[12]: page 1 will end with ids[11]
    tasks.release()
    assert [model.row_data(r).headline for r in range(4, 8)] == [f"Article {n:04d}" for n in (15, 13, 12, 11)]
    assert model.row_data(9) is None       # its answer followed the old page 1: dropped
    model.data(model.index(9, 0))
    tasks.release()
    assert [model.row_data(r).headline for r in range(8, 12)] == [f"Article {n:04d}" for n in (10, 9, 8, 7)]


def test_refreshing_a_long_list_reads_the_first_page_and_the_others_when_shown(
        workspace, sync_tasks, articles, monkeypatch):
    from desk_app.ui.article_list import model as model_module

    monkeypatch.setattr(model_module, "FULL_REFRESH_ROWS", 8)
    ids = articles(20)
    model = model_for(workspace, sync_tasks, page_size=4, cached_pages=3)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    calls = []
    real_list = workspace.articles.list
    monkeypatch.setattr(workspace.articles, "list", lambda *a, **k: calls.append(k) or real_list(*a, **k))
    new = articles(1, headline="Fresh")[0]
    model.refresh()
    assert not resets and len(calls) == 1                         # one page, not twenty rows
    assert model.matching_count == 21 and model.article_id(0) == new and model.row_data(0).headline == "Fresh"
    assert model.row_data(10) is None                             # read again when shown
    model.data(model.index(10, 0))
    assert model.row_data(10) is not None
    # shown from top to bottom and scrolled to the end, the list is the stored order again
    for r in range(model.rowCount()):
        model.data(model.index(r, 0))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.article_id(r) for r in range(model.rowCount())] == [new, *ids[::-1]]


def test_the_first_page_is_shown_before_the_count_and_a_refresh_keeps_the_old_count(
        workspace, deferred_tasks, articles, qtbot):
    articles(5)
    tasks = deferred_tasks
    model = model_for(workspace, tasks)
    finished = []
    model.sig_query_finished.connect(lambda matching, everything: finished.append((matching, everything)))
    tasks.release_one()                                  # the page
    assert model.rowCount() == 5 and not model.loading and not model.querying
    assert model.counting and model.matching_count is None and not finished
    assert not model.canFetchMore(QModelIndex())         # nothing to fetch before the count says so
    tasks.release_one()                                  # the count
    assert finished == [(5, 5)] and not model.counting and model.matching_count == 5
    articles(1)
    model.refresh()
    tasks.release_one()
    assert model.rowCount() == 6 and model.matching_count == 5 and model.counting   # the old count meanwhile
    tasks.release_one()
    assert model.matching_count == 6 and finished[-1] == (6, 6)


def test_a_new_filter_counts_again_and_a_late_count_is_dropped(workspace, deferred_tasks, articles):
    articles(3, language="ru")
    articles(2, language="en")
    tasks = deferred_tasks
    model = model_for(workspace, tasks)
    tasks.release_one()                                  # the page; the count of everything is queued
    model.set_filter(ArticleFilter(language="en"))
    tasks.release()                                      # the old count arrives late, then the new query
    assert model.matching_count == 2 and model.total_count == 5 and model.rowCount() == 2
