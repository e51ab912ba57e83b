"""Dates as pages show them: in the configured time zone, in English, never from the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from briefing.context import Moment
from briefing.models import Article

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def aware(when: datetime) -> datetime:
    """Read a time without a zone as UTC, never as the machine's local time."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def moment(when: datetime, zone: ZoneInfo, *, timed: bool = True) -> Moment:
    """Describe a time in ``zone`` for a page: ISO 8601 for machines, words for readers.

    An untimed value (the source gave the day only) keeps its own day, unshifted by the zone:
    midnight UTC of 5 January is still 5 January in New York.
    """
    if not timed:
        day = aware(when).date()
        return Moment(iso=day.isoformat(), date=day_text(day), time="", timed=False)
    local = aware(when).astimezone(zone)
    return Moment(
        iso=local.isoformat(),
        date=day_text(local.date()),
        time=f"{local:%H:%M} {local.tzname() or ''}".strip(),
        timed=True,
    )


def maybe_moment(when: datetime | None, zone: ZoneInfo, *, timed: bool = True) -> Moment | None:
    """Describe a time, or return None when it is unknown."""
    return moment(when, zone, timed=timed) if when is not None else None


def article_moment(article: Article, zone: ZoneInfo) -> Moment | None:
    """Describe when an article was published, to the precision its source gave."""
    return maybe_moment(article.published, zone, timed=article.timed)


def article_day(article: Article, zone: ZoneInfo) -> date | None:
    """Return the calendar day an article was published on (its own day when untimed)."""
    if article.published is None:
        return None
    return local_day(article.published, zone) if article.timed else aware(article.published).date()


def moment_text(when: Moment) -> str:
    """Write a moment for reading: ``5 January 2014, 17:13 UTC`` or, untimed, the day only."""
    return f"{when.date}, {when.time}" if when.timed else when.date


def day_text(day: date) -> str:
    """Write a day as ``4 March 2031`` (no locale involved)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def local_day(when: datetime, zone: ZoneInfo) -> date:
    """Return the calendar day of ``when`` in ``zone``."""
    return aware(when).astimezone(zone).date()


NBSP = "\u00a0"


def span_text(start: Moment | None, end: Moment | None) -> str:
    """Describe the time a story covers: one time, a span within a day, or a span of days.

    Each end is held together by no-break spaces, so a narrow screen breaks a span of days after
    its dash only, never inside ``3 December 2026``; the whole span does not fit a phone's line.
    """
    if start is None or end is None:
        return "date unknown"
    if start == end:
        return _glued(moment_text(start))
    if start.date == end.date:
        if not (start.timed and end.timed):
            return _glued(start.date)
        return _glued(f"{start.date}, {start.time.split()[0]}–{end.time}")
    return f"{_glued(_start_text(start, end))}{NBSP}– {_glued(moment_text(end))}"


def _glued(text: str) -> str:
    return text.replace(" ", NBSP)


def _start_text(start: Moment, end: Moment) -> str:
    """Write a span's start without what its end repeats: the year, the zone."""
    day = start.date
    if day.rsplit(" ", 1)[-1] == end.date.rsplit(" ", 1)[-1]:
        day = day.rsplit(" ", 1)[0]
    if not start.timed:
        return day
    clock, _, zone = start.time.partition(" ")
    same_zone = end.timed and end.time.partition(" ")[2] == zone
    return f"{day}, {clock}" if same_zone else f"{day}, {start.time}"


def offset_text(first: Article | None, article: Article, zone: ZoneInfo) -> str:
    """Say how long after the first report an article came: ``+2 h 15 min``, ``same time``.

    When either date gives only the day, hours mean nothing: say ``same day`` or ``+2 days``.
    """
    if first is None or first.published is None or article.published is None:
        return "time unknown"
    if article is first:
        return "first report"
    if not (first.timed and article.timed):
        return _days_after(article_day(first, zone), article_day(article, zone))
    minutes = int((article.published - first.published).total_seconds() // 60)
    if minutes <= 0:
        return "same time"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [
        f"{days} d" if days else "",
        f"{hours} h" if hours else "",
        f"{mins} min" if mins else "",
    ]
    return "+" + " ".join(p for p in parts if p)


def _days_after(first: date | None, day: date | None) -> str:
    days = (day - first).days if first and day else 0
    if days <= 0:
        return "same day"
    return f"+{days} day" if days == 1 else f"+{days} days"
