"""Articles dated to the day only: shown as the day, never as a made-up midnight."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from test_render_support import Node, article, at, brief, config, parse, render_site

from briefing.export import briefing_json
from briefing.models import Briefing, BriefStory

BUILT = datetime(2031, 3, 6, 12, 0, tzinfo=UTC)


def day(number: int) -> datetime:
    """Return midnight UTC of a day in March 2031, as the reader stores a date without a time."""
    return datetime(2031, 3, number, tzinfo=UTC)


def mixed() -> BriefStory:
    """A day-only report, a timed one the same day and a timed one two days later."""
    plain = article("bridge-p", "Plain Gazette", day(3), timed=False)
    noon = article("bridge-n", "Noon Herald", at(3, 22, 15))
    later = article("bridge-l", "Later Ledger", at(5, 7, 30))
    sentences = (("The bridge closed for repairs.", ("bridge-p", "bridge-n", "bridge-l")),)
    return brief("bridge-closes", "Bridge closes", (plain, noon, later), sentences)


def lone_day() -> BriefStory:
    """One article dated to the day only."""
    only = article("fair-o", "Fair Weekly", day(4), timed=False)
    return brief("fair-opens", "Fair opens", (only,), (("The fair opened.", ("fair-o",)),))


def two_days() -> BriefStory:
    """Two day-only articles on consecutive days."""
    first = article("dam-a", "Dam Post", day(1), timed=False)
    second = article("dam-b", "Dam Times", day(2), timed=False)
    return brief("dam-study", "Dam study", (first, second), (("A study began.", ("dam-a",)),))


def tied() -> BriefStory:
    """Two articles published the same minute."""
    first = article("tie-a", "Tie Post", at(6, 9, 0))
    second = article("tie-b", "Tie Times", at(6, 9, 0))
    return brief("tie-story", "Tie", (first, second), (("A tie.", ("tie-a",)),))


def sample() -> Briefing:
    return Briefing("Dates", BUILT, (mixed(), lone_day(), two_days(), tied()), ())


def story(tmp_path: Path, ident: str, **options: object) -> Node:
    return parse(render_site(sample(), config(tmp_path, **options))[f"stories/{ident}.html"])


def test_sources_show_a_day_only_date_as_the_day(tmp_path: Path) -> None:
    items = story(tmp_path, "bridge-closes").find("ol", "sources").find_all("li")
    times = [li.find("time") for li in items]
    assert [(t.text(), t.get("datetime")) for t in times] == [
        ("3 March 2031", "2031-03-03"),
        ("3 March 2031, 22:15 UTC", "2031-03-03T22:15:00+00:00"),
        ("5 March 2031, 07:30 UTC", "2031-03-05T07:30:00+00:00"),
    ]


def test_timeline_offsets_against_a_day_only_date_count_days_not_hours(tmp_path: Path) -> None:
    entries = story(tmp_path, "bridge-closes").find("ol", "timeline").find_all("li")
    offsets = [li.find("span", "timeline__offset").text() for li in entries]
    assert offsets == ["(first report)", "(same day)", "(+2 days)"]
    consecutive = story(tmp_path, "dam-study").find("ol", "timeline").find_all("li")
    assert [li.find("span", "timeline__offset").text() for li in consecutive] == [
        "(first report)",
        "(+1 day)",
    ]


def test_a_report_at_the_same_minute_as_the_first_is_not_also_the_first(tmp_path: Path) -> None:
    entries = story(tmp_path, "tie-story").find("ol", "timeline").find_all("li")
    offsets = [li.find("span", "timeline__offset").text() for li in entries]
    assert offsets == ["(first report)", "(same time)"]


def test_story_spans_leave_out_the_time_of_a_day_only_end(tmp_path: Path) -> None:
    assert story(tmp_path, "bridge-closes").find("p", "meta").find("time").text() == (
        "3 March – 5 March 2031, 07:30 UTC"
    )
    lone = story(tmp_path, "fair-opens").find("p", "meta").find("time")
    assert (lone.text(), lone.get("datetime")) == ("4 March 2031", "2031-03-04")
    assert story(tmp_path, "dam-study").find("p", "meta").find("time").text() == (
        "1 March – 2 March 2031"
    )


def test_a_day_only_and_a_timed_report_of_one_day_span_that_day(tmp_path: Path) -> None:
    plain = article("x-p", "Plain Gazette", day(3), timed=False)
    timed = article("x-t", "Noon Herald", at(3, 9))
    mixed_day = brief("x", "X", (plain, timed), (("X happened.", ("x-p",)),))
    files = render_site(Briefing("Dates", BUILT, (mixed_day,), ()), config(tmp_path))
    assert parse(files["index.html"]).find("p", "meta").find("time").text() == "3 March 2031"


def test_front_page_and_day_pages_keep_a_day_only_date_on_its_day_in_any_zone(
    tmp_path: Path,
) -> None:
    files = render_site(sample(), config(tmp_path, timezone="America/New_York"))
    assert "2031/03/04/index.html" in files  # midnight UTC would be 3 March in New York
    card = parse(files["2031/03/04/index.html"]).find("article", "card")
    assert card.find("p", "meta").find("time").text() == "4 March 2031"
    assert "19:00 EST" not in files["index.html"].decode("utf-8")
    assert "19:00 EST" not in files["stories/fair-opens.html"].decode("utf-8")


def test_feeds_keep_midnight_utc_for_a_day_only_date(tmp_path: Path) -> None:
    files = render_site(sample(), config(tmp_path, base_url="https://b.example/"))
    items = {item["title"]: item for item in json.loads(files["feed.json"])["items"]}
    assert items["Fair opens"]["date_published"] == "2031-03-04T00:00:00Z"


def test_briefing_json_writes_a_day_only_date_as_the_day() -> None:
    page = briefing_json(sample(), config(Path("/tmp")), lambda ident: f"stories/{ident}.html")
    stories = {s["id"]: s for s in json.loads(page.content)["stories"]}
    published = [a["published"] for a in stories["bridge-closes"]["articles"]]
    assert published == ["2031-03-03", "2031-03-03T22:15:00+00:00", "2031-03-05T07:30:00+00:00"]


def test_a_span_of_days_says_the_year_and_zone_once() -> None:
    from zoneinfo import ZoneInfo

    from briefing.site_dates import NBSP, moment, span_text

    utc = ZoneInfo("UTC")
    late, early = moment(at(4, 17, 40), utc), moment(at(5, 6, 15), utc)
    assert span_text(late, early).replace(NBSP, " ") == "4 March, 17:40 – 5 March 2031, 06:15 UTC"
    new_year = moment(datetime(2030, 12, 31, 23, 0, tzinfo=UTC), utc)
    assert span_text(new_year, early).replace(NBSP, " ") == (
        "31 December 2030, 23:00 – 5 March 2031, 06:15 UTC"
    )


def test_a_span_of_days_breaks_only_after_its_dash() -> None:
    """A phone's line holds one end of a span, not both: the space after the dash may break."""
    from zoneinfo import ZoneInfo

    from briefing.site_dates import NBSP, moment, span_text

    utc = ZoneInfo("UTC")
    late, early = moment(at(4, 17, 40), utc), moment(at(5, 6, 15), utc)
    ends = span_text(late, early).split(" ")
    assert [end.replace(NBSP, " ") for end in ends] == [
        "4 March, 17:40 –",
        "5 March 2031, 06:15 UTC",
    ]
    assert " " not in span_text(early, early)


def test_a_sentence_only_an_overtaken_report_carries_shows_when_it_was_reported(
    tmp_path: Path,
) -> None:
    # Dam Post (1 March) was overtaken by Dam Times a day later: its sentence says when.
    [sentence] = story(tmp_path, "dam-study").find_all("span", "sentence")
    when = sentence.find("span", "earlier").find("time")
    assert (when.get("datetime"), when.text()) == ("2031-03-01", "1 March 2031")
    assert sentence.find("span", "earlier").text() == "(reported 1 March 2031)"
    # A sentence the newest report carries too says nothing more.
    [current] = story(tmp_path, "bridge-closes").find_all("span", "sentence")
    assert current.find_all("span", "earlier") == []
