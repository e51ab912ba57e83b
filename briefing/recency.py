"""Which reports of a story newer ones overtook: a story that develops over days is told as it
stands, its earlier reports as background (the summary, the key quotes)."""

from __future__ import annotations

from datetime import timedelta

from briefing.models import Story
from briefing.summary_headline import is_opinion

OVERTAKEN_AFTER = timedelta(days=1)
"""How much newer a report must be to overtake an earlier one."""


def overtaken(story: Story) -> list[bool]:
    """Tell, per article, whether another article of the story came out a day or more after it:
    a story that develops over days is told as it stands, the earlier reports as background.

    An article stands as of its last update (a live page updated on the third day is current),
    else its publication. A column or a letter two days on is no newer report: it overtakes none.
    """
    dates = [article.updated or article.published for article in story.articles]
    reports = (d for d, a in zip(dates, story.articles, strict=True) if not is_opinion(a.title))
    latest = max((date for date in reports if date is not None), default=None)
    if latest is None:
        return [False] * len(dates)
    return [date is not None and latest - date >= OVERTAKEN_AFTER for date in dates]


def overtaken_ids(story: Story) -> frozenset[str]:
    """Return the ids of the story's articles that a report a day or more newer overtook."""
    return frozenset(a.id for a, gone in zip(story.articles, overtaken(story), strict=True) if gone)
