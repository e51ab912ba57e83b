"""The weekdays a lead names stand in for publication times that are unknown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefing.grouping import group_stories
from briefing.grouping_cache import GroupingCache
from briefing.grouping_cluster import Unit, cluster_units
from briefing.grouping_features import WEEKDAY_CHARS, dot, normalise, weekdays
from briefing.models import Article

DAY = datetime(2031, 4, 7, 9, 0, tzinfo=UTC)


def article(ident: str, title: str, body: str, *, hours: float | None = None) -> Article:
    """Make an article published ``hours`` after DAY (None: no date known)."""
    published = None if hours is None else DAY + timedelta(hours=hours)
    return Article(ident, f"{ident}.md", title, "Outlet", None, None, published, (), None, (body,))


def crash_and_resignation(
    crash_day: str, resignation_day: str, dated: bool = False
) -> list[Article]:
    """One councillor's two events, close enough in wording that content alone joins them."""
    return [
        article(
            "crash",
            "Fenwick councillor Dana Whitlow held after Mill Lane crash",
            f"Police in Fenwick arrested councillor Dana Whitlow on {crash_day} after her car "
            "hit a parked van on Mill Lane. She was released on bail and the van's owner, a "
            "baker, was unhurt; officers breathalysed her at the scene and closed the road to "
            "traffic for two hours while a tow truck removed both vehicles.",
            hours=0 if dated else None,
        ),
        article(
            "quits",
            "Dana Whitlow quits Fenwick council",
            f"Councillor Dana Whitlow resigned from Fenwick council on {resignation_day}, saying "
            "the inquiry into her conduct had become a distraction for colleagues and residents. "
            "A by-election will be held in the spring, the town clerk confirmed, and two "
            "candidates have already said they will stand for the vacant seat in the ward.",
            hours=3 if dated else None,
        ),
    ]


def together(articles: list[Article]) -> bool:
    """Tell whether the articles form one story."""
    return len(group_stories(articles)) == 1


def test_weekdays_come_from_the_headline_and_the_lead() -> None:
    """Cased or lowercased, possessive or not, Monday is 0; plurals are habits, not days."""
    item = article(
        "a",
        "Senate to vote Thursday",
        "WASHINGTON — Tuesday's hearing ran late, and on sunday , officials said, talks resumed."
        " The committee meets on Fridays.",
    )
    assert weekdays(item) == frozenset({1, 3, 6})


def test_a_weekday_past_the_lead_does_not_count() -> None:
    """Only the lead dates the event: a later weekday is often background."""
    tail = "word " * (WEEKDAY_CHARS // 5) + "on Saturday"
    assert weekdays(article("a", "Quiet title", tail)) == frozenset()


def test_one_persons_events_on_different_weekdays_stay_apart_without_dates() -> None:
    """A crash on Monday and a resignation on Thursday are two stories."""
    assert not together(crash_and_resignation("Monday", "Thursday"))


def test_a_shared_or_missing_weekday_leaves_content_to_decide() -> None:
    """The same day, or a lead naming none, is no evidence against joining."""
    assert together(crash_and_resignation("Monday", "Monday"))
    assert together(crash_and_resignation("Monday", "the same day"))
    assert together(crash_and_resignation("that day", "the same day"))


def test_known_publication_times_outrank_weekdays() -> None:
    """Articles published hours apart are compared by their dates alone."""
    assert together(crash_and_resignation("Monday", "Thursday", dated=True))


def test_a_cluster_shares_a_weekday_when_any_member_names_it() -> None:
    """A story told over two days welcomes an article naming either day."""
    vectors = [
        {"a": 1.0},
        normalise({"a": 0.4, "b": 0.9165}),
        normalise({"a": 0.16, "b": 0.09, "c": 0.983}),  # cosine about 0.15 with the other two
    ]
    pairs = {(i, j): dot(vectors[i], vectors[j]) for i in range(3) for j in range(i + 1, 3)}

    def clusters(third_days: frozenset[int]) -> list[list[int]]:
        days = [frozenset({0}), frozenset({1}), third_days]
        units = [Unit(vector, 0.1, (), day) for vector, day in zip(vectors, days, strict=True)]
        return sorted(sorted(cluster) for cluster in cluster_units(units, pairs))

    assert clusters(frozenset({1})) == [[0, 1, 2]]
    assert clusters(frozenset()) == [[0, 1, 2]]
    assert clusters(frozenset({4})) == [[0, 1], [2]]


def test_a_kept_cache_follows_a_changed_weekday() -> None:
    """Editing only the day a lead names regroups as a cold build does."""
    cache = GroupingCache()
    group_stories(crash_and_resignation("Monday", "Monday"), cache)
    edited = crash_and_resignation("Monday", "Thursday")
    assert group_stories(edited, cache) == group_stories(edited)
    assert len(group_stories(edited, cache)) == 2
