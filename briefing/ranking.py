"""Order stories for the front page: most outlets first, then most recent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from briefing.models import Article, BriefStory, Story


def outlets(story: Story) -> tuple[str, ...]:
    """Return the distinct known outlets of a story, in order of first appearance."""
    return tuple(dict.fromkeys(a.outlet for a in story.articles if a.outlet))


def latest(articles: Iterable[Article]) -> datetime | None:
    """Return the latest known publication time, or None when no date is known."""
    return max((a.published for a in articles if a.published), default=None)


def rank_stories(briefs: Iterable[BriefStory]) -> tuple[BriefStory, ...]:
    """Sort by outlet count (unknown outlets count per article), then recency, then id."""

    def key(brief: BriefStory) -> tuple[int, float, str]:
        story = brief.story
        unknown = sum(1 for a in story.articles if not a.outlet)
        when = latest(story.articles)
        recency = -when.timestamp() if when else float("inf")
        return (-(len(outlets(story)) + unknown), recency, story.id)

    return tuple(sorted(briefs, key=key))
