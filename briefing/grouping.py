"""Group articles into stories: explicit story keys first, then similarity clustering.

Method, stage by stage (each in its own module):

1. ``grouping_minhash``: near-identical texts (wire copies, syndication) are found with bottom-k
   MinHash sketches of word shingles and collapsed into one unit, so copies do not outvote others.
2. ``grouping_features``: TF-IDF vectors with the headline and the lead weighted over the tail,
   numbers kept, multi-word capitalised names added when the text is cased; and the days of the
   week the headline and lead name ("on Tuesday"), which date the event when nothing else does.
3. ``grouping_neighbours``: candidate pairs from an inverted index over each unit's heaviest
   terms (no n-by-n matrix), and each unit's background similarity to unrelated news.
4. ``grouping_cluster``: average linkage, best pair first, merging while the average cosine rises
   far enough above the background, the merge keeps the clusters' coherence (distinct events that
   share a person or a place stay apart), discounted by the gap in publication time when known,
   else when both clusters' leads name weekdays and none in common.

Watch mode passes a ``GroupingCache`` and each stage has an incremental twin that redoes only what
the articles changed since the last build can have changed: ``grouping_copies`` (copy pairs),
``grouping_vectors`` (vectors of articles none of whose terms changed document frequency, while
the number of articles stays), ``grouping_pairs`` (neighbours of units whose query terms' postings
are untouched, similarities of unchanged pairs) and ``grouping_linkage`` (merge scores of clusters
made of the same units). Whatever they reuse is bit for bit what the cold stages compute, so the
stories are identical; without a cache the cold stages above run, as the reference.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence

from briefing.grouping_cache import GroupingCache
from briefing.grouping_cluster import Unit, cluster_units
from briefing.grouping_features import Features, featurise, mean_vector
from briefing.grouping_minhash import duplicate_groups
from briefing.grouping_neighbours import backgrounds, candidate_pairs
from briefing.models import Article, Story
from briefing.text import slugify

log = logging.getLogger(__name__)


def group_stories(
    articles: Sequence[Article], cache: GroupingCache | None = None, jobs: int = 1
) -> tuple[Story, ...]:
    """Group articles into stories; deterministic; explicit story_key wins.

    With a cache (watch mode), per-article work of unchanged articles is reused, and the
    per-article work and neighbour look-ups run on up to ``jobs`` processes (same result).
    """
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
    stories.extend(_story(members) for members in cluster_articles(loose, cache, jobs))
    log.debug("grouped %d articles into %d stories", len(ordered), len(stories))
    return tuple(sorted(stories, key=lambda story: story.id))


def cluster_articles(
    articles: Sequence[Article], cache: GroupingCache | None = None, jobs: int = 1
) -> list[list[Article]]:
    """Cluster articles without a story key by content and publication time.

    Without a cache every stage runs from scratch; with one, each stage redoes only what the
    changes since the cache's last build can have changed, and the result is the same.
    """
    if not articles:
        return []
    if cache is None or len({article.id for article in articles}) < len(articles):
        # The caches know articles by value: the same article twice is left to the cold path.
        return _cluster_cold(articles)
    try:
        return _cluster_cached(articles, cache, jobs)
    except BaseException:
        cache.forget()  # a half-updated cache must not shape the next build
        raise


def _cluster_cached(
    articles: Sequence[Article], cache: GroupingCache, jobs: int
) -> list[list[Article]]:
    """Cluster articles, each stage reusing what the cache's last build made."""
    copies = cache.copies.groups(articles, cache.sketch_all(articles, jobs))
    featured = cache.vectors.featurise(articles, cache.term_counts(articles, jobs))
    serials, vectors = zip(*cache.unit_vectors(copies, featured), strict=True)
    pairs = cache.pairs.pairs(vectors, serials, jobs)
    times = [_times([featured[index].features for index in group]) for group in copies]
    units = [
        Unit(vector, background, *known)
        for vector, background, known in zip(
            vectors, backgrounds(len(vectors), pairs), times, strict=True
        )
    ]
    clusters = cache.linkage.cluster(units, serials, pairs)
    return [[articles[index] for unit in cluster for index in copies[unit]] for cluster in clusters]


def _cluster_cold(articles: Sequence[Article]) -> list[list[Article]]:
    """Cluster articles from scratch: the reference that a cached clustering must equal."""
    copies = duplicate_groups(articles)
    features = featurise(articles)
    vectors = [mean_vector([features[index].vector for index in group]) for group in copies]
    pairs = candidate_pairs(vectors)
    units = [
        Unit(vector, background, *_times([features[index] for index in group]))
        for vector, background, group in zip(
            vectors, backgrounds(len(vectors), pairs), copies, strict=True
        )
    ]
    clusters = cluster_units(units, pairs)
    return [[articles[index] for unit in cluster for index in copies[unit]] for cluster in clusters]


def _times(features: Sequence[Features]) -> tuple[tuple[float, ...], frozenset[int]]:
    """Return the known publication days of a unit's articles and the weekdays they name."""
    days = tuple(feature.day for feature in features if feature.day is not None)
    return days, frozenset().union(*(feature.weekdays for feature in features))


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
