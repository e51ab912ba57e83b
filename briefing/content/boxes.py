"""A score or fact box set between a headline and its byline: "FT: Harbury Town 2-1 Rovers"."""

from __future__ import annotations

import re

from briefing.content.byline import date_line, is_byline
from briefing.content.signed import signed_line

_FACT_LINES = 6
# A line of a score or fact box: "FT: Harbury Town 2-1 Castleford Rovers", "Att: 31,482".
# Its label has no figures: "Episode 214: The antibiotic hiding in a cave" is a headline.
_FACT = re.compile(r"^[A-Z](?:[^\W\d]|['’&.-])*(?: (?:[^\W\d]|['’&.-])+){0,2}: [^.!?]{1,60}$")


def fact_box(paragraphs: list[str], i: int) -> int:
    """Return how many short "Label: value" lines from i stand over the byline or date, or 0."""
    end = i
    while end < min(len(paragraphs), i + _FACT_LINES) and _FACT.match(paragraphs[end]):
        end += 1
    following = paragraphs[end] if i < end < len(paragraphs) else ""
    byline = is_byline(following) or signed_line(following) is not None
    return end - i if following and (byline or date_line(following) is not None) else 0
