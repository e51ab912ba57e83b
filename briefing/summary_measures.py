"""Figures that say what they count: results ("18,240 votes to 16,572") and measures ("$92",
"47%", "15 million").

A bare "15" or "92" is common in any story; "15 million doses" or "$92 a month" rarely comes
twice but as one fact. Redundancy tests read these to tell one fact told in two wordings.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from briefing.text import STOP_WORDS

# A result as two figures: "18,240 votes to 16,572", "52.4% to 47.6%", "2-1", "322-to-87",
# "19 votes to 14", "52.4% of the vote to Halvorsen's 47.6%".
_TALLY = re.compile(
    r"\b(\d(?:[\d,.]*\d)?)%?(?:\s+votes?|\s+of\s+the\s+vote)?\s*(?:-to-|-|–|to)\s*"
    r"(?:[A-Z][\w-]*['’]s\s+)?(\d(?:[\d,.]*\d)?)%?(?!\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A figure with its unit: money ("$92", "£2.3m"), a share ("47%", "53 percent", "14 per cent")
# or a scale ("15 million", "1.2 billion").
_MEASURE = re.compile(
    r"(?P<money>[$£€¥])\s?(?P<amount>\d(?:[\d,.]*\d)?)"
    r"|(?<![\w.,])(?P<number>\d(?:[\d,.]*\d)?)\s?"
    r"(?P<unit>%|percent\b|per\s?cent\b|million\b|billion\b|trillion\b|m\b|bn\b)",
    re.IGNORECASE,
)
_UNITS = {"percent": "%", "per cent": "%", "m": "million", "bn": "billion"}
# A count of a million or more written out in full ("1,626,042 signatures", "$40,000,070"):
# the same count as "1.6 million" or "$40 million" told roughly.
_FULL_COUNT = re.compile(
    r"(?<![\w.,])(?P<money>[$£€¥]\s?)?(?P<count>\d{1,3}(?:,\d{3}){2,})(?![\d,]*\d)"
)
# A count told as where it now stands: "the number confirmed dead rose to 14", "the toll has
# risen to 14", "stands at 14". Two outlets giving one count so tell one update.
_RISEN = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|swelled|stands\ at|stood\ at)"
    r"\s+(?:to\s+)?(?:at\s+least\s+|more\ than\s+)?(\d[\d,]*)(?![\d,.]*\d|\s*%|\s*per)",
    re.IGNORECASE | re.VERBOSE,
)
# Words that give a figure as a rough one: "more than 10%", "about 11%".
_ROUGHLY = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|more\ than"
    r"|less\ than|fewer\ than|up\ to|at\ least|close\ to)\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# A clock time: "8:20 p.m.", "8.20pm", "20:20" (a dotted one only with its a.m. or p.m.).
_CLOCK = re.compile(
    r"(?<![\d.:,])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)\s*(?P<half>[ap])\.?\s?m\b"
    r"|:(?P<minute24>[0-5]\d)(?![\d:]))",
    re.IGNORECASE,
)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# A day of a month: "March 23", "March 23rd", "Dec. 2", "23 March", "2nd December".
_DATE = re.compile(
    r"\b(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b)"
    r"(?:,?\s+(?:19|20)\d\d\b)?(?P<next>\s+[^\W\d_][\w'’-]*)?",
    re.IGNORECASE,
)
NEAR = 0.1
"""Relative gap within which a rough measure and another of its unit are one measure ("more
than 10%" and "about 11%")."""

TALLY_SPLIT = 0.006
"""How near two results' splits must be to be one result in other units: "18,240 votes to
16,572" is 52.4% of the two, as "52.4% to 47.6%" is."""
TALLY_TOTAL = 50
"""Least total of a result whose split can tell it (not a 2-1 score, which 4-2 splits alike)."""


def tallies(text: str) -> tuple[float | None, ...]:
    """Return each result a sentence gives as two figures, as the first one's share of both, or
    None when the total is too small to tell."""
    found: list[float | None] = []
    for match in _TALLY.finditer(text):
        try:
            first, second = (float(group.replace(",", "")) for group in match.groups())
        except ValueError:  # "1.2.3"
            continue
        if all(_YEAR.fullmatch(group) for group in match.groups()):
            continue  # "from 2008 to 2016": a span, not a result
        total = first + second
        found.append(first / total if total >= TALLY_TOTAL else None)
    return tuple(found)


def clock_times(text: str) -> frozenset[str]:
    """Return the clock times a sentence gives, on the 24-hour clock ("8:20 p.m." is "20:20")."""
    found = set()
    for match in _CLOCK.finditer(text):
        hour, minute, half = match.group("hour", "minute", "half")
        if half is None:
            found.add(f"{int(hour):02d}:{match['minute24']}")
        elif int(hour) <= 12:
            found.add(f"{int(hour) % 12 + (12 if half.lower() == 'p' else 0):02d}:{minute}")
    return frozenset(found)


def calendar_dates(text: str) -> frozenset[str]:
    """Return the days of a month a sentence names, one spelling each ("March 23rd" and "23
    March" are "mar-23"); a month alone ("in May") is not one, nor one in lower case, nor a
    day that names an event ("the Jan. 6 riot", "the Jan. 6 committee")."""
    found = set()
    for match in _DATE.finditer(text):
        following = (match["next"] or "").strip().lower()
        if following and following not in STOP_WORDS:
            continue
        written = match["month"] or match["month2"]
        month, day = written.lower()[:3], int(match["day"] or match["day2"])
        # In lower case it may be the verb: "may 5 people", "3 may be hurt".
        if 1 <= day <= 31 and written[:1].isupper():
            found.add(f"{month}-{day}")
    return frozenset(found)


def split_alike(a: tuple[float | None, ...], b: tuple[float | None, ...]) -> bool:
    """Tell whether a result of one sentence splits as a result of the other does."""
    return any(x is not None and y is not None and abs(x - y) <= TALLY_SPLIT for x in a for y in b)


def measures(text: str, *, rough: bool = False) -> frozenset[str]:
    """Return a sentence's figures with their units, one spelling each: "$92", "47%", "15
    million" ("53 percent" and "53%" alike; "£" and "$" both as "$": an amount of money).

    With ``rough``, only those given as rough figures ("more than 10%", "about $90").
    """
    every, roughly = measure_sets(text)
    return roughly if rough else every


def measure_sets(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return a sentence's measures and those of them given as rough figures, in one pass."""
    every: set[str] = {f"to {count.replace(',', '')}" for count in _RISEN.findall(text)}
    roughly: set[str] = set()
    for match in _MEASURE.finditer(text):
        if match.group("money"):
            found = "$" + match.group("amount").replace(",", "")
        else:
            unit = " ".join(match.group("unit").lower().split())
            found = match.group("number").replace(",", "") + " " + _UNITS.get(unit, unit)
        every.add(found)
        if _ROUGHLY.search(text, max(0, match.start() - 20), match.start()):
            roughly.add(found)
    if "," in text:
        every.update(_in_millions(match) for match in _FULL_COUNT.finditer(text))
    return frozenset(every), frozenset(roughly)


def _in_millions(match: re.Match[str]) -> str:
    """Write a count given in full in millions: "1,626,042" is "1.626042 million"."""
    millions = Decimal(match["count"].replace(",", "")).scaleb(-6).normalize()
    return ("$" if match["money"] else "") + f"{millions:f} million"


def near_measures(rough: frozenset[str], other: frozenset[str]) -> bool:
    """Tell whether a rough measure and another of its unit are within ``NEAR`` of each other."""
    return any(_near(one, two) for one in rough for two in other if one != two)


def rounded_measures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether a measure of one is a measure of the other given to fewer decimals but two
    digits or more: "3.28 million" and "3.3 million", "47.4%" and "47%" (not "3.2 million" and
    "3.3 million", nor "2.4 million" and "2 million")."""
    return any(_rounds_to(one, two) or _rounds_to(two, one) for one in a for two in b)


def _rounds_to(exact: str, rounded: str) -> bool:
    """Tell whether ``rounded`` is ``exact`` rounded to its own decimals, fewer than exact's."""
    first, _, unit = exact.lstrip("$").partition(" ")
    second, _, other_unit = rounded.lstrip("$").partition(" ")
    if unit != other_unit or exact.startswith("$") != rounded.startswith("$"):
        return False
    places = len(second.partition(".")[2])
    if len(first.partition(".")[2]) <= places:
        return False
    try:
        x, y = Decimal(first), Decimal(second)
    except InvalidOperation:
        return False
    digits = sum(c.isdigit() for c in second.lstrip("0."))
    return digits >= 2 and x.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) == y


def _near(one: str, two: str) -> bool:
    """Tell two measures of one unit apart by less than ``NEAR`` ("10 %", "11 %")."""
    first, _, unit = one.lstrip("$").partition(" ")
    second, _, other_unit = two.lstrip("$").partition(" ")
    if unit != other_unit or one.startswith("$") != two.startswith("$"):
        return False
    try:
        x, y = float(first), float(second)
    except ValueError:
        return False
    return abs(x - y) <= NEAR * max(x, y)
