"""Dates as news texts and metadata write them: ISO, "January 5, 2014 | 5:13pm EST", "Jan. 5"."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.UTC

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_UPDATED = re.compile(r"\b(?:updated|last\s+modified|modified)\b:?", re.IGNORECASE)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
# "30 Nov 2026", "30-Nov-2026", "02/Dec/2026" (as weather services and logs write it)
_DMY = re.compile(rf"\b{_DAY}(?:\s+|-|/){_MONTH}(?:,?\s+|-|/){_YEAR}\b", re.IGNORECASE)
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d\d:?\d\d)?)?(?![\w:-])"
)
# A date in figures: "12/2/2026", read month first or day first as its weekday or numbers allow;
# with dots, as Europe and Turkey write it, always day first: "03.12.2026".
_NUMERIC = re.compile(
    r"\b(?P<first>[0-3]?\d)(?P<mark>[/.])(?P<second>[0-3]?\d)(?P=mark)(?P<year>(?:19|20)\d\d)\b"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
# Zones as news sites print them, in hours east of UTC; ET/CT/MT/PT follow daylight saving
# time. IST is India's (Indian sites print it on every page; Ireland and Israel seldom do).
_FIXED_ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "JST": 9, "AEST": 10, "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12,
    "NZDT": 13, "IST": 5.5, "PKT": 5, "HKT": 8, "SGT": 8, "PHT": 8, "KST": 9, "WIB": 7,
    "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "MSK": 3, "HST": -10,
}  # fmt: skip
_REGIONAL_ZONES = {
    "ET": ("America/New_York", -5),
    "CT": ("America/Chicago", -6),
    "MT": ("America/Denver", -7),
    "PT": ("America/Los_Angeles", -8),
}
ZONE_NAMES = "|".join(sorted([*_FIXED_ZONES, *_REGIONAL_ZONES], key=len, reverse=True))
_TIME = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|:(?P<clock>[0-5]\d)\b"
    # British pages write "10.32 GMT"; a dotted time counts only before its zone ("2.15 GBP").
    r"|\.(?P<dotted>[0-5]\d)(?=\s*(?:" + ZONE_NAMES + r")\b))"
    r"(?:\s*\(?(?P<zone>(?:GMT|UTC)[+-]\d\d?(?::?\d\d)?|" + ZONE_NAMES + r"|[+-]\d\d:?\d\d)\b)?",
    re.IGNORECASE,
)

_NAMED_OFFSET = re.compile(r"^(?:GMT|UTC)(?P<sign>[+-])(?P<hours>\d\d?):?(?P<minutes>\d\d)?$")


def to_utc_aware(value: dt.datetime) -> dt.datetime:
    """Attach UTC to a naive time; keep an aware one as it is."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


When = tuple[dt.datetime, bool]
"""An aware datetime and whether the source gave its time of day (False: the day only)."""


def coerce_date(value: object) -> dt.datetime | None:
    """Turn a YAML date, datetime or date string into an aware datetime; None if it is none."""
    when = coerce_when(value)
    return when[0] if when else None


def coerce_when(value: object) -> When | None:
    """Like coerce_date, also telling whether the value gave a time of day."""
    if isinstance(value, dt.datetime):
        return to_utc_aware(value), True
    if isinstance(value, dt.date):
        return _midnight(value), False
    if isinstance(value, str):
        return find_when(value)
    return None


def find_date(text: str) -> dt.datetime | None:
    """Find the first date in text, with its time and zone when the text gives them."""
    when = find_when(text)
    return when[0] if when else None


def find_when(text: str) -> When | None:
    """Like find_date, also telling whether the text gave a time of day."""
    iso = _ISO.search(text)
    if iso:
        return _from_iso(iso)
    match = _MDY.search(text) or _DMY.search(text)
    if match is None:
        numeric = _numeric_date(text)
        if numeric is None:
            return None
        (start, end) = numeric[1]
        return _at_time(numeric[0], text[:start] + " " + text[end:])
    day = _valid_date(int(match["year"]), _MONTHS[match["month"][:3].lower()], int(match["day"]))
    if day is None:
        return None
    rest = text[: match.start()] + " " + text[match.end() :]
    return _at_time(day, rest)


def update_when(text: str) -> When | None:
    """Return the time a date line gives after "updated" ("Posted Wed 2 Dec 2026 at 5:12am,
    updated Wed 2 Dec 2026 at 1:47pm"), if it gives one there."""
    match = _UPDATED.search(text)
    return find_when(text[match.end() :]) if match else None


def date_span(text: str) -> tuple[int, int] | None:
    """Return where the first date (not its time) stands in text, or None."""
    match = _ISO.search(text) or _MDY.search(text) or _DMY.search(text)
    if match is None:
        numeric = _numeric_date(text)
        return numeric[1] if numeric else None
    return match.span()


def _numeric_date(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """Read the first date in figures and where it stands: "12/2/2026" is 2 December when the
    text calls it a Wednesday, or when only one order of day and month is a date."""
    match = _NUMERIC.search(text)
    if match is None:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    orders = [(second, first)] if match["mark"] == "." else [(first, second), (second, first)]
    days = {d for d in (_valid_date(year, month, day) for month, day in orders) if d}
    named = _WEEKDAY.search(text)
    if named is not None:
        days = {d for d in days if d.weekday() == _WEEKDAYS.index(named[1][:3].lower())}
    return (days.pop(), match.span()) if len(days) == 1 else None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Return where every date (not its time) stands in text: "Posted ..., updated ..."."""
    spans = [m.span() for pattern in (_ISO, _MDY, _DMY) for m in pattern.finditer(text)]
    numeric = _numeric_date(text)
    return [*spans, numeric[1]] if numeric else spans


def time_spans(text: str) -> list[tuple[int, int]]:
    """Return where clock times (with their zones) stand in text."""
    return [m.span() for m in _TIME.finditer(text)]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=UTC)


def _from_iso(match: re.Match[str]) -> When | None:
    day = _valid_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    if match["hour"] is None:
        return _midnight(day), False
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
    if hour > 23:
        return None
    naive = dt.datetime(day.year, day.month, day.day, hour, minute, second)
    return _zoned(naive, match["zone"] or "UTC"), True


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _at_time(day: dt.date, text: str) -> When:
    """Combine a date with the first clock time in text (UTC midnight, untimed, when none)."""
    match = _TIME.search(text)
    if match is None:
        return _midnight(day), False
    minute = int(match["minute"] or match["clock"] or match["dotted"] or 0)
    hour = int(match["hour"])
    ampm = (match["ampm"] or "").lower()
    if ampm and not 1 <= hour <= 12:
        return _midnight(day), False
    if ampm == "p" and hour != 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    naive = dt.datetime(day.year, day.month, day.day, hour, minute)
    return _zoned(naive, match["zone"] or "UTC"), True


def _zoned(naive: dt.datetime, zone: str) -> dt.datetime:
    """Attach a zone given as an abbreviation or an offset such as ``-05:00``."""
    name = zone.upper()
    named = _NAMED_OFFSET.match(name)  # "GMT+1", "UTC-05:00"
    if named:
        name = f"{named['sign']}{int(named['hours']):02d}{named['minutes'] or '00'}"
    if name in _FIXED_ZONES:
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=_FIXED_ZONES[name])))
    if name in _REGIONAL_ZONES:
        key, standard = _REGIONAL_ZONES[name]
        try:
            return naive.replace(tzinfo=ZoneInfo(key))
        except ZoneInfoNotFoundError:  # no tz database (e.g. Windows without tzdata)
            return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=standard)))
    sign = -1 if name.startswith("-") else 1
    digits = name[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return naive.replace(tzinfo=dt.timezone(sign * offset))


# A date line in figures whose order of day and month nothing settles: "Published 12/01/2026,
# 10:47 AM" (1 December or 12 January). It is a date line all the same, with no date.
_UNSETTLED = re.compile(
    r"^(?:(?:published|updated|posted|last updated|modified)[:\s]\s*)?(?:on\s+)?"
    r"\d{1,2}/\d{1,2}/\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$",
    re.IGNORECASE,
)


def is_unsettled_date_line(line: str) -> bool:
    """Tell a date line in figures that gives no date, its day and month being in doubt."""
    return _UNSETTLED.match(line.strip()) is not None and find_when(line) is None
