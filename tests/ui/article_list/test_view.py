"""ArticleListPanel and ArticleListView: selection signals, keys, scrolling pages in, painting."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.ui.article_list.columns import COLUMN_INDEX
from desk_app.ui.article_list.view import ArticleListPanel
from desk_app.ui.settings import Options


def test_counts_and_empty_state(panel, articles):
    panel.start()
    assert panel.filter_bar.count_label.text() == "0 articles"
    assert "No articles yet" in panel.view._empty_text
    articles(3)
    panel.refresh()
    assert panel.filter_bar.count_label.text() == "3 articles"
    assert panel.view._empty_text == ""
    panel.filter_bar.language.setCurrentIndex(panel.filter_bar.language.findData("en"))
    assert panel.filter_bar.count_label.text() == "0 matches"
    assert panel.view._empty_text == "No articles match these filters."


def test_moving_in_the_list_reports_the_article_and_the_previous_one(panel, articles, qtbot):
    articles(3)
    panel.start()
    model, view = panel.model, panel.view
    moves = []
    panel.sig_current_article_changed.connect(lambda new, old: moves.append((new, old)))
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert moves == [(model.article_id(0), ""), (model.article_id(1), model.article_id(0))]
    panel.select_article(model.article_id(2))         # programmatic: quiet
    assert len(moves) == 2
    assert panel.current_article_id() == model.article_id(2)


def test_enter_and_delete_ask_for_open_and_spike(panel, articles, qtbot):
    articles(2)
    panel.start()
    panel.select_article(panel.model.article_id(1))
    with qtbot.waitSignal(panel.sig_article_activated) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [panel.model.article_id(1)]
    with qtbot.waitSignal(panel.sig_spike_requested) as spiked:
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert spiked.args == [panel.model.article_id(1)]


def test_scrolling_to_the_bottom_loads_the_next_page(panel, articles, qtbot):
    articles(450)
    panel.start()
    assert panel.model.rowCount() == 200
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 400)
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 450)
    assert not panel.model.canFetchMore()
    assert panel.filter_bar.count_label.text() == "450 articles"


def test_a_requery_keeps_the_selection(panel, articles):
    ids = articles(5)
    panel.start()
    panel.select_article(ids[2])
    panel.refresh()
    assert panel.current_article_id() == ids[2]
    panel.filter_bar.set_statuses(["published"])          # the article leaves the list
    assert panel.current_article_id() is None
    panel.filter_bar.set_statuses([])
    panel.select_article(ids[2])
    assert panel.current_article_id() == ids[2]


def test_header_state_is_saved_and_restored(workspace, sync_tasks, settings, articles, qtbot):
    articles(2)
    first = ArticleListPanel(workspace, sync_tasks, settings)
    qtbot.addWidget(first)
    first.start()
    header = first.view.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["status"], 123)
    header.setSectionHidden(COLUMN_INDEX["words"], False)
    header.moveSection(header.visualIndex(COLUMN_INDEX["byline"]), 1)
    header.setSortIndicator(COLUMN_INDEX["byline"], Qt.SortOrder.AscendingOrder)
    first.save_state()
    assert not settings.get(Options.list_header).isEmpty()

    second = ArticleListPanel(workspace, sync_tasks, settings)
    qtbot.addWidget(second)
    second.restore_state()
    second.start()
    header = second.view.horizontalHeader()
    assert header.sectionSize(COLUMN_INDEX["status"]) == 123
    assert not header.isSectionHidden(COLUMN_INDEX["words"])
    assert header.visualIndex(COLUMN_INDEX["byline"]) == 1
    assert second.model.article_filter.sort == "byline" and not second.model.article_filter.descending


def test_badges_and_status_pills_paint(panel, articles, qtbot):
    ids = articles(3)
    articles.status(ids[0], "published")
    panel.start()
    panel.model.set_badges_provider(lambda row: ["translation outdated", "being edited by Aslan"]
                                    if row.id == ids[1] else [])
    panel.select_article(ids[1])
    image = panel.view.viewport().grab().toImage()
    assert not image.isNull()
    # the selected row's headline cell carries two pills (on the byline line): some pixels have the badge colours
    row_rect = panel.view.visualRect(panel.model.index(panel.model.row_of(ids[1]), 0))
    colours = {image.pixelColor(x, y).name()
               for y in range(row_rect.center().y(), row_rect.bottom()) for x in range(row_rect.left(), row_rect.right())}
    assert "#fee2e2" in colours or "#991b1b" in colours
    assert "#e0e7ff" in colours or "#3730a3" in colours      # "being edited by …" has the lock colours


def test_focus_helpers(panel, articles, qtbot):
    articles(2)
    panel.start()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.focus_search()
    assert panel.filter_bar.search.hasFocus()
    panel.focus_list()
    assert panel.view.hasFocus()
    assert panel.view.currentIndex().row() == 0


def test_a_page_read_again_with_other_rows_keeps_the_open_article_selected(workspace, sync_tasks, settings,
                                                                          articles, qtbot):
    import dataclasses

    from desk_app.ui.article_list.view import ArticleListPanel

    ids = articles(12)
    panel = ArticleListPanel(workspace, sync_tasks, settings, page_size=4)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.start()
    model = panel.model
    while model.canFetchMore():
        model.fetchMore()
    panel.select_article(ids[6], notify=True)                     # row 5, page 1
    moves = []
    panel.sig_current_article_changed.connect(lambda new, old: moves.append((new, old)))
    # another client saves the article above it: page 1 comes back without that one
    workspace.articles.save(dataclasses.replace(workspace.articles.get(ids[7]), byline="Moved"), apply_notice=True)
    model._rows.forget_pages(keep=(0,))
    model.data(model.index(5, 0))
    assert model.article_id(4) == ids[6]                          # one row up
    assert panel.current_article_id() == ids[6] and moves == []


def test_the_count_says_counting_while_the_first_page_is_shown(workspace, deferred_tasks, settings, articles,
                                                               qtbot):
    from desk_app.ui.article_list.view import ArticleListPanel

    articles(3)
    panel = ArticleListPanel(workspace, deferred_tasks, settings)
    qtbot.addWidget(panel)
    panel.start()
    assert panel.filter_bar.count_label.text() == "Loading…"
    deferred_tasks.release_one()
    assert panel.model.rowCount() == 3 and panel.filter_bar.count_label.text() == "Counting…"
    assert panel.view._empty_text == ""
    deferred_tasks.release_one()
    assert panel.filter_bar.count_label.text() == "3 articles"


def test_a_list_scrolled_to_the_bottom_before_the_count_fetches_more_when_it_arrives(
        workspace, deferred_tasks, settings, articles, qtbot):
    from desk_app.ui.article_list.view import ArticleListPanel

    articles(12)
    panel = ArticleListPanel(workspace, deferred_tasks, settings, page_size=5)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.start()
    deferred_tasks.release_one()                          # the first page
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert panel.model.rowCount() == 5 and not panel.model.canFetchMore()
    deferred_tasks.release_one()                          # the count: the next page is asked for
    # (not a quiet task: the painted rows' thumbnails are loaded alongside)
    qtbot.waitUntil(lambda: any(not kwargs.get("quiet") for _fn, kwargs in deferred_tasks.queued))
    deferred_tasks.release()
    assert panel.model.rowCount() == 10
