"""The originally-published line: Moscow time whatever zone it was given in, and its place in a body."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.original_line import (
    find_original_line,
    is_original_line,
    original_line,
    place_original_line,
)
from desk_app.domain.segments import body_paragraphs

AGENCY = "24/7 Internet agency ‘Caucasian Knot’"
PREFIX = f"This article was originally published on the Russian page of {AGENCY} on "


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def test_the_example_from_the_brief():
    line = original_line(AGENCY, datetime(2022, 1, 6, 21, 33, tzinfo=ZoneInfo("Europe/Moscow")))
    assert line == PREFIX + "January 6, 2022 at 09:33 pm MSK"


@pytest.mark.parametrize("given, expected", [
    (datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc), "January 6, 2022 at 09:33 pm MSK"),
    (datetime(2022, 1, 6, 23, 33, tzinfo=tz(5)), "January 6, 2022 at 09:33 pm MSK"),     # Yekaterinburg
    (datetime(2022, 1, 6, 10, 33, tzinfo=tz(-8)), "January 6, 2022 at 09:33 pm MSK"),    # Pacific
    # across midnight: still the 6th in UTC and in California, already the 7th in Moscow
    (datetime(2022, 1, 6, 22, 5, tzinfo=timezone.utc), "January 7, 2022 at 01:05 am MSK"),
    (datetime(2022, 1, 6, 14, 5, tzinfo=tz(-8)), "January 7, 2022 at 01:05 am MSK"),
    # ... and back: the 7th at +05:00 is still the 6th in Moscow
    (datetime(2022, 1, 7, 1, 30, tzinfo=tz(5)), "January 6, 2022 at 11:30 pm MSK"),
    # across a year end
    (datetime(2021, 12, 31, 22, 0, tzinfo=timezone.utc), "January 1, 2022 at 01:00 am MSK"),
    # noon and midnight on a 12-hour clock
    (datetime(2022, 3, 1, 9, 0, tzinfo=timezone.utc), "March 1, 2022 at 12:00 pm MSK"),
    (datetime(2022, 3, 1, 21, 0, tzinfo=timezone.utc), "March 2, 2022 at 12:00 am MSK"),
])
def test_publication_times_in_other_zones(given, expected):
    assert original_line(AGENCY, given) == PREFIX + expected


def test_moscow_has_no_summer_time():
    """Moscow is UTC+3 all year (since 2014): the same UTC hour gives the same MSK hour in July and January."""
    winter = original_line(AGENCY, datetime(2023, 1, 15, 6, 0, tzinfo=timezone.utc))
    summer = original_line(AGENCY, datetime(2023, 7, 15, 6, 0, tzinfo=timezone.utc))
    assert winter.endswith("January 15, 2023 at 09:00 am MSK")
    assert summer.endswith("July 15, 2023 at 09:00 am MSK")
    # a zone that does keep summer time: 08:00 in Berlin is 09:00 MSK in summer, 10:00 MSK in winter
    berlin = ZoneInfo("Europe/Berlin")
    assert original_line(AGENCY, datetime(2023, 7, 15, 8, 0, tzinfo=berlin)).endswith("09:00 am MSK")
    assert original_line(AGENCY, datetime(2023, 1, 15, 8, 0, tzinfo=berlin)).endswith("10:00 am MSK")


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        original_line(AGENCY, datetime(2022, 1, 6, 21, 33))


def test_is_original_line_and_body_paragraphs_agree():
    line = original_line(AGENCY, datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc))
    assert is_original_line(line)
    assert is_original_line(f"*{line}*")
    assert not is_original_line("This article was first seen on Twitter.")
    assert body_paragraphs(f"{line}\n\nText.") == ["Text."]


NOTICE = "NOTICE PARAGRAPH."


def test_place_inserts_after_the_notice_or_first():
    line = original_line(AGENCY, datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc))
    assert place_original_line(f"{NOTICE}\n\nOne.\n\nTwo.", line, NOTICE) == f"{NOTICE}\n\n{line}\n\nOne.\n\nTwo."
    assert place_original_line(NOTICE, line, NOTICE) == f"{NOTICE}\n\n{line}"
    assert place_original_line("One.", line, NOTICE) == f"{line}\n\nOne."
    assert place_original_line("", line) == line


def test_place_rewrites_only_the_line():
    old = original_line(AGENCY, datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc))
    new = original_line(AGENCY, datetime(2022, 1, 7, 8, 0, tzinfo=timezone.utc))
    body = f"{NOTICE}\n\n{old}\n\nOne  with  spaces.\n\n- a\n\n- b\n"
    placed = place_original_line(body, new, NOTICE)
    assert placed == body.replace(old, new)
    assert find_original_line(placed) == new
    # unchanged when it already reads the same (whitespace aside)
    assert place_original_line(body, old.replace(" on ", "  on "), NOTICE) == body
