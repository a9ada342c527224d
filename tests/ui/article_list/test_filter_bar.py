"""FilterBar: what each control puts in the ArticleFilter, and the typing pause."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desk_app.domain.article_filter import ArticleFilter
from desk_app.ui.article_list.filter_bar import SEARCH_DEBOUNCE_MS, FilterBar


@pytest.fixture
def bar(qtbot):
    widget = FilterBar("Europe/Moscow")
    qtbot.addWidget(widget)
    return widget


def test_starts_empty(bar):
    assert bar.current_filter() == ArticleFilter()
    assert not bar.is_filtered()
    assert bar.status_button.text().startswith("Any status")
    assert not bar.reset_button.isEnabled()


def test_statuses_are_a_multiple_choice(bar, qtbot):
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.status_actions["draft"].trigger()
    assert blocker.args[0].statuses == ("draft",)
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.status_actions["submitted"].trigger()
    assert blocker.args[0].statuses == ("draft", "submitted")
    assert bar.status_button.text().startswith("Draft, Submitted")
    bar.status_actions["published"].trigger()
    assert bar.status_button.text().startswith("3 statuses")
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.set_statuses([])
    assert blocker.args[0].statuses == ()


def test_language_author_and_tag(bar, qtbot):
    bar.set_authors(["chief", "patimat"])
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.language.setCurrentIndex(bar.language.findData("en"))
    assert blocker.args[0].language == "en"
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.author.setCurrentIndex(bar.author.findData("patimat"))
    assert blocker.args[0].author == "patimat"
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.tag.setText("  Дагестан ")
    assert blocker.args[0].tag == "Дагестан"
    assert bar.reset_button.isEnabled()
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.reset()
    assert blocker.args[0] == ArticleFilter()


def test_a_date_range_covers_whole_days_in_the_display_zone(bar, qtbot):
    bar.date_from.set_value(date(2026, 11, 20))
    bar.date_to.set_value(date(2026, 11, 21))
    flt = bar.current_filter()
    # midnight in Moscow is 21:00 UTC the evening before; "until the 21st" includes the whole 21st
    assert flt.date_from == datetime(2026, 11, 19, 21, 0, tzinfo=timezone.utc)
    assert flt.date_to == datetime(2026, 11, 21, 21, 0, tzinfo=timezone.utc)
    with qtbot.waitSignal(bar.sig_filter_changed) as blocker:
        bar.clear_dates.click()
    assert blocker.args[0].date_from is None and blocker.args[0].date_to is None
    assert bar.date_from.text() == "any date"


def test_a_reversed_range_is_taken_the_right_way_round(bar):
    bar.date_from.set_value(date(2026, 11, 21))
    bar.date_to.set_value(date(2026, 11, 20))
    flt = bar.current_filter()
    assert flt.date_from < flt.date_to


def test_typing_is_announced_once_after_a_pause(bar, qtbot):
    seen = []
    bar.sig_filter_changed.connect(seen.append)
    for letter in "вода":
        bar.search.insert(letter)
    assert seen == []
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=SEARCH_DEBOUNCE_MS * 10)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 50)
    assert [f.search for f in seen] == ["вода"]
    bar.search.insert(" ")
    bar.flush()                        # Enter in the box does not wait
    assert len(seen) == 1, "trailing space: the same filter is not announced twice"


def test_focus_search_selects_the_text(bar, qtbot):
    bar.show()
    bar.search.setText("старый запрос")
    bar.focus_search()
    assert bar.search.selectedText() == "старый запрос"
