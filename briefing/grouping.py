"""Group articles into stories: explicit story keys first, then similarity clustering."""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence

from briefing.grouping_cluster import average_linkage, candidate_pairs
from briefing.grouping_features import featurise
from briefing.models import Article, Story
from briefing.text import slugify

log = logging.getLogger(__name__)


def group_stories(articles: Sequence[Article]) -> tuple[Story, ...]:
    """Group articles into stories; deterministic; explicit story_key wins."""
    ordered = sorted(articles, key=lambda article: article.id)
    keyed: dict[str, list[Article]] = defaultdict(list)
    loose: list[Article] = []
    for article in ordered:
        key = slugify(article.story_key) if article.story_key else ""
        if key:
            keyed[key].append(article)
        else:
            loose.append(article)
    stories = [Story(key, _chronological(members)) for key, members in keyed.items()]
    stories.extend(_story(members) for members in cluster_articles(loose))
    log.debug("grouped %d articles into %d stories", len(ordered), len(stories))
    return tuple(sorted(stories, key=lambda story: story.id))


def cluster_articles(articles: Sequence[Article]) -> list[list[Article]]:
    """Cluster articles without a story key by content and publication time."""
    if not articles:
        return []
    features = featurise(articles)
    pairs = candidate_pairs(features)
    groups = average_linkage(features, pairs)
    return [[articles[index] for index in group] for group in groups]


def story_id(earliest: Article) -> str:
    """Derive a stable story id from the story's earliest article alone."""
    digest = hashlib.sha1(earliest.id.encode("utf-8")).hexdigest()[:6]
    slug = slugify(earliest.title, 50)
    return f"{slug}-{digest}" if slug else digest


def _story(members: Sequence[Article]) -> Story:
    """Make a story whose id comes from its earliest article."""
    articles = _chronological(members)
    return Story(story_id(articles[0]), articles)


def _chronological(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Order articles earliest first, unknown dates last, then by id."""
    return tuple(sorted(articles, key=_time_order))


def _time_order(article: Article) -> tuple[bool, float, str]:
    """Sort key: known dates first, by time, then by id."""
    if article.published is None:
        return (True, 0.0, article.id)
    return (False, article.published.timestamp(), article.id)
