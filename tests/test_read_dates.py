"""Dates as bylines, date lines and metadata write them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from briefing.content.byline import date_line
from briefing.content.dates import coerce_date, coerce_when, find_date, find_when

EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 5, 2014 | 5:13pm EST", datetime(2014, 1, 5, 17, 13, tzinfo=EST)),
        ("Jan. 5, 2014", datetime(2014, 1, 5, tzinfo=UTC)),
        ("Sunday, 5th January 2014 17:30 GMT", datetime(2014, 1, 5, 17, 30, tzinfo=UTC)),
        ("Sept 30 2031, 12:05 a.m.", datetime(2031, 9, 30, 0, 5, tzinfo=UTC)),
        ("Dec 1, 2031 12:00 PM", datetime(2031, 12, 1, 12, 0, tzinfo=UTC)),
        ("2031-03-04T13:30:00+01:00", datetime(2031, 3, 4, 12, 30, tzinfo=UTC)),
        ("2031-03-04 13:30", datetime(2031, 3, 4, 13, 30, tzinfo=UTC)),
        ("posted 2031-03-04", datetime(2031, 3, 4, tzinfo=UTC)),
        ("July 4, 2031 10:02 AM PDT", datetime(2031, 7, 4, 17, 2, tzinfo=UTC)),
        ("3:14 p.m. ET, Mon January 6, 2014", datetime(2014, 1, 6, 20, 14, tzinfo=UTC)),
        ("3:14 p.m. ET, July 6, 2014", datetime(2014, 7, 6, 19, 14, tzinfo=UTC)),
        ("Thu 5 Mar 2031 10.32 GMT", datetime(2031, 3, 5, 10, 32, tzinfo=UTC)),
        ("5 March 2031, 6.30pm", datetime(2031, 3, 5, 18, 30, tzinfo=UTC)),
        ("March 5, 2031: shares rose 2.15 to 3", datetime(2031, 3, 5, tzinfo=UTC)),
        ("February 30, 2031", None),
        ("no date here", None),
        ("Room 2031", None),
        ("March 11, 2031 at 3:20 PM GMT+1", datetime(2031, 3, 11, 14, 20, tzinfo=UTC)),
        ("11 March 2031 09:00 UTC-05:30", datetime(2031, 3, 11, 14, 30, tzinfo=UTC)),
        # In figures: the weekday or the numbers tell day from month; a zone in brackets.
        ("Wednesday, 12/2/2026, 16:05 (GMT+7)", datetime(2026, 12, 2, 9, 5, tzinfo=UTC)),
        ("Thursday, 12/2/2026", datetime(2026, 2, 12, tzinfo=UTC)),
        ("25/11/2026 03:45 PM", datetime(2026, 11, 25, 15, 45, tzinfo=UTC)),
        ("11/25/2026", datetime(2026, 11, 25, tzinfo=UTC)),
        ("12/2/2026", None),
        ("Open 24/7/365 for the holidays", None),
    ],
)
def test_find_date(text: str, expected: datetime | None) -> None:
    assert find_date(text) == expected


def test_coerce_date_from_yaml_values() -> None:
    assert coerce_date(date(2031, 1, 2)) == datetime(2031, 1, 2, tzinfo=UTC)
    assert coerce_date(datetime(2031, 1, 2, 3, 4)) == datetime(2031, 1, 2, 3, 4, tzinfo=UTC)
    assert coerce_date(datetime(2031, 1, 2, 3, 4, tzinfo=EST)).tzinfo is EST  # type: ignore[union-attr]
    assert coerce_date(20310102) is None


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("Updated 3:14 p.m. ET, Mon January 6, 2014", True),
        ("Published: Sunday, Jan. 5, 2014, 10:02 AM", True),
        ("Last updated on 4 March 2031 at 09:30 GMT", True),
        ("March 4, 2031", True),
        ("March 5, 2031 11:47 AM GMT+1 Updated 2 hours ago", True),
        ("Originally published March 6, 2031 at 9:15 p.m.", True),
        ("Posted 9 Mar 2031, 11:03am, updated 9 Mar 2031, 2:44pm", True),
        ("On January 5, 2014 the troops left.", False),
        ("Talks ended 2 hours ago on March 4, 2031", False),
        ("Talks begin March 4, 2031 in Geneva", False),
    ],
)
def test_date_lines_hold_only_a_date(line: str, is_date: bool) -> None:
    assert (date_line(line) is not None) is is_date


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("Jan. 5, 2014", False),
        ("posted 2031-03-04", False),
        ("Sunday, 5th January 2014", False),
        ("January 5, 2014 | 5:13pm EST", True),
        ("2031-03-04T13:30:00+01:00", True),
        ("2031-03-04 13:30", True),
        ("Last updated on 4 March 2031 at 09:30", True),
    ],
)
def test_find_when_tells_whether_the_text_gave_a_time_of_day(text: str, timed: bool) -> None:
    when = find_when(text)
    assert when is not None and when[1] is timed
    assert when[0] == find_date(text)


def test_coerce_when_a_yaml_date_is_the_day_only_and_a_datetime_is_timed() -> None:
    assert coerce_when(date(2031, 1, 2)) == (datetime(2031, 1, 2, tzinfo=UTC), False)
    assert coerce_when(datetime(2031, 1, 2, 3, 4)) == (datetime(2031, 1, 2, 3, 4, tzinfo=UTC), True)
    assert coerce_when("2 January 2031") == (datetime(2031, 1, 2, tzinfo=UTC), False)
    assert coerce_when(None) is None


def test_a_date_line_without_a_clock_time_is_untimed() -> None:
    assert date_line("Published: March 4, 2031") == (datetime(2031, 3, 4, tzinfo=UTC), False)
    timed = date_line("Updated 3:14 p.m. ET, Mon January 6, 2014")
    assert timed is not None and timed[1] is True
