"""Where a quotation's sentence begins and ends in an article's joined text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.quotes_spans import SEPARATOR
from briefing.text import ABBREVIATIONS

BOUNDARY = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])")
"""A sentence's end, then the next sentence's first mark or capital."""
_TOKEN_REVERSED = re.compile(r"[\w.’']+")
_SENTENCE_REACH = 3000
"""Characters looked at either side of a quotation for the sentence around it."""


def paragraph_bounds(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each paragraph in the joined text."""
    bounds: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        bounds.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + len(SEPARATOR)
    return bounds


def sentence_span(prose: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """Return the sentence around ``prose[start:end]``, kept inside its paragraph."""
    # No sentence is longer than _SENTENCE_REACH: looking no further keeps a paragraph of
    # thousands of sentences (a transcript without breaks) from being scanned once per quote.
    floor = max(bounds[0], start - _SENTENCE_REACH)
    ceiling = min(bounds[1], end + _SENTENCE_REACH)
    # Search a little past ``start`` so that the boundary's look-ahead can see the opening mark;
    # the last boundary before the quotation that ends no abbreviation opens its sentence.
    found = BOUNDARY.finditer(prose, floor, min(ceiling, start + 3))
    before = [match for match in found if match.end() <= start]
    begin = next(
        (m.end() for m in reversed(before) if not _is_abbreviation(prose, m.start())), floor
    )
    finish = ceiling
    for match in BOUNDARY.finditer(prose, end, ceiling):
        if not _is_abbreviation(prose, match.start()):
            finish = match.start() + 1
            break
    return begin, finish


def _is_abbreviation(prose: str, stop: int) -> bool:
    """Tell whether the full stop at ``stop`` ends an abbreviation or an initial."""
    if prose[stop] != ".":
        return False
    window = prose[max(0, stop - 20) : stop]
    # As a search for the token ending the window would (``$`` passes a final newline), but
    # matched on the reversed window from its start.
    window = window[:-1] if window.endswith("\n") else window
    token = _TOKEN_REVERSED.match(window[::-1])
    word = token.group(0)[::-1] if token else ""
    return word.lower() in ABBREVIATIONS or len(word) == 1 or "." in word
