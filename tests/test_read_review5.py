"""Plain text as review 5 found it: pages from India, Hong Kong, Australia, Nigeria, Ireland."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.content.byline import date_line
from briefing.content.plaintext import parse_text


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Last Updated : Dec 02 2026 | 11:58 PM IST", 5.5),
        ("Updated 2 Dec 2026, 06:52 PM IST", 5.5),
        ("Published 30 November 2026 10.15 NZDT", 13),
        ("2 December 2026, 09:00 HKT", 8),
    ],
)
def test_a_date_line_in_an_asian_or_pacific_zone_is_a_date_in_that_zone(
    line: str, hours: float
) -> None:
    when = date_line(line)
    assert when is not None and when[0].utcoffset() == dt.timedelta(hours=hours)


def test_an_indian_pages_date_line_lets_the_site_name_over_it_go() -> None:
    text = (
        "Business Standard\n\n"
        "Metro begins operations; 18,000 ride on first day\n\n"
        "Last Updated : Dec 02 2026 | 11:58 PM IST\n\n"
        "Around 18,000 passengers travelled on the metro line on its first day, officials said.\n"
    )
    meta = parse_text(text).meta
    assert meta.title == "Metro begins operations; 18,000 ride on first day"
    assert meta.outlet == "Business Standard"
    assert meta.published == dt.datetime(2026, 12, 2, 18, 28, tzinfo=dt.UTC)
