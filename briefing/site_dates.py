"""Dates as pages show them: in the configured time zone, in English, never from the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from briefing.context import Moment

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


def moment(when: datetime, zone: ZoneInfo) -> Moment:
    """Describe a time in ``zone`` for a page: ISO 8601 for machines, words for readers."""
    local = aware(when).astimezone(zone)
    return Moment(
        iso=local.isoformat(),
        date=day_text(local.date()),
        time=f"{local:%H:%M} {local.tzname() or ''}".strip(),
    )


def maybe_moment(when: datetime | None, zone: ZoneInfo) -> Moment | None:
    """Describe a time, or return None when it is unknown."""
    return moment(when, zone) if when is not None else None


def day_text(day: date) -> str:
    """Write a day as ``4 March 2031`` (no locale involved)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def local_day(when: datetime, zone: ZoneInfo) -> date:
    """Return the calendar day of ``when`` in ``zone``."""
    return aware(when).astimezone(zone).date()


def span_text(first: datetime | None, last: datetime | None, zone: ZoneInfo) -> str:
    """Describe the time a story covers: one time, a span within a day, or a span of days."""
    if first is None or last is None:
        return "date unknown"
    start, end = moment(first, zone), moment(last, zone)
    if start == end:
        return f"{start.date}, {start.time}"
    if start.date == end.date:
        return f"{start.date}, {start.time.split()[0]}–{end.time}"
    return f"{start.date}, {start.time} – {end.date}, {end.time}"


def offset_text(first: datetime | None, when: datetime | None) -> str:
    """Say how long after the first report an article came: ``first report``, ``+2 h 15 min``."""
    if first is None or when is None:
        return "time unknown"
    minutes = int((when - first).total_seconds() // 60)
    if minutes <= 0:
        return "first report"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [
        f"{days} d" if days else "",
        f"{hours} h" if hours else "",
        f"{mins} min" if mins else "",
    ]
    return "+" + " ".join(p for p in parts if p)
