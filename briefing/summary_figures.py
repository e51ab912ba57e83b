"""Figures as concepts: one concept per quantity, whatever its spelling.

Outlets spell one figure many ways ("£2.3m", "2.3 million pounds", "$2.3 million"; "14%", "14 per
cent"; "4,000", "4000"; "a 34-year-old woman", "the woman, 34,"; "4-3", "4 votes to 3"), so the
word pairs that hold it rarely meet. A figure concept stands for the quantity itself, so that
every outlet giving it counts as carrying it. The unit is left out: "2.3m" may be metres or
millions, and two outlets rarely give one number for two things of a story.
"""

from __future__ import annotations

import re

Concepts = frozenset[str]
MARK = "#"
"""Prefix of a figure concept (no word concept starts with it)."""

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
}
_FIGURE = re.compile(
    # A number, not part of a clock time, date or name ("COVID-19"; the "87" of "322-to-87" is
    # one), then a percent sign or word, a scale (a word, or letters fused on) or an age.
    r"(?<![\w.,:/])(?:(?<=\d-to-)|(?<![A-Za-z]-))"
    r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![:/]?\d|\.\d|\s?[ap]\.?m\b)"
    r"(?:\s?(%|per\s?cent\b|percent\b)"
    r"|\s?(thousand|million|billion|trillion)\b|(mn|mln|bn|tn|m|b|k|t)\b"
    r"|-year-old\b)?",
    re.IGNORECASE,
)
# A result as two figures: "4-3", "4-to-3", "4 to 3", "19 votes to 14", "2–1" (not a span of years).
_TALLY = re.compile(
    r"(?<![\w.,:/-])(\d{1,5})\s?(?:-to-|[-–]|\s(?:votes?\s)?to\s)\s?(\d{1,5})(?![\d:/.,-]\d|[\d-])"
)
_LEAST = 10
"""Smallest bare integer that counts: small ones ("3 a.m.", "2 people") mark no fact."""


def figure_concepts(text: str) -> Concepts:
    """Return the figure concepts of a text: each quantity in one spelling, years left out."""
    found = set()
    for match in _FIGURE.finditer(text):
        number, percent, word, letters = match.groups()
        scale = word or letters
        value = float(number.replace(",", ""))
        if percent:
            found.add(f"{MARK}{_plain(value)}%")
        elif scale:
            found.add(f"{MARK}{_plain(value * _SCALES[scale.lower()])}")
        elif not _year(number) and (value >= _LEAST or "." in number):
            found.add(f"{MARK}{_plain(value)}")
    for first, second in _TALLY.findall(text):
        if not (_year(first) and _year(second)):
            found.add(f"{MARK}{first}-{second}")
    return frozenset(found)


def _plain(value: float) -> str:
    """Spell a value without a needless decimal point ("20000000", "5.8")."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _year(number: str) -> bool:
    """Tell a year ("2019"), which dates a fact rather than states it."""
    return len(number) == 4 and number.isdigit() and number[:2] in ("19", "20")
