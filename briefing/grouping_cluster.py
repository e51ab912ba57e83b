"""Sparse candidate pairs and average-linkage merging for story grouping."""

from __future__ import annotations

import heapq
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.grouping_features import Features, Vector, dot

log = logging.getLogger(__name__)

NEIGHBOURS = 20
"""Candidate neighbours kept per article: more than any one story has outlets."""
QUERY_TERMS = 40
"""Heaviest terms of an article used to look up candidates."""
MAX_POSTING_SHARE = 0.05
"""Terms in more than this share of articles are too common to find candidates with."""
MIN_POSTING_CAP = 50
"""Posting lists of this length are always used, so small inputs find every pair."""
MERGE_THRESHOLD = 0.2
"""Smallest average similarity at which two clusters become one story."""
TIME_SCALE_DAYS = 3.0
"""Publication gap (days) over which similarity halves: stories far apart rarely merge."""


@dataclass(slots=True)
class _Cluster:
    """A cluster being merged: its members and the sum of their vectors."""

    members: list[int]
    """Indexes of the articles in it."""
    total: Vector
    """Sum of the members' unit vectors: the average pairwise cosine comes from it."""
    days: list[float]
    """Known publication days of its members."""


def candidate_pairs(features: Sequence[Features]) -> dict[tuple[int, int], float]:
    """Find each article's nearest neighbours through an inverted index of its heavy terms."""
    cap = max(MIN_POSTING_CAP, int(MAX_POSTING_SHARE * len(features)))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, feature in enumerate(features):
        for term in feature.vector:
            postings[term].append(index)
    pairs: dict[tuple[int, int], float] = {}
    for index, feature in enumerate(features):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in _heaviest(feature.vector, QUERY_TERMS):
            posting = postings[term]
            if len(posting) > cap:
                continue
            for other in posting:
                if other != index:
                    scores[other] += weight * features[other].vector[term]
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:NEIGHBOURS]
        for other, _ in best:
            key = (min(index, other), max(index, other))
            if key not in pairs:
                pairs[key] = dot(feature.vector, features[other].vector)
    return pairs


def _heaviest(vector: Vector, count: int) -> list[tuple[str, float]]:
    """Return the ``count`` heaviest terms of a vector (ties broken by term)."""
    return sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:count]


def average_linkage(
    features: Sequence[Features], pairs: dict[tuple[int, int], float]
) -> list[list[int]]:
    """Merge clusters by exact average cosine, best pair first, while above the threshold."""
    clusters = {
        index: _Cluster([index], dict(feature.vector), [] if feature.day is None else [feature.day])
        for index, feature in enumerate(features)
    }
    links: dict[int, set[int]] = defaultdict(set)
    heap: list[tuple[float, int, int]] = []
    for (left, right), _similarity in pairs.items():
        links[left].add(right)
        links[right].add(left)
        _push(heap, clusters, left, right)
    next_id = len(features)
    while heap:
        negative, left, right = heapq.heappop(heap)
        if -negative < MERGE_THRESHOLD:
            break
        if left not in clusters or right not in clusters:
            continue
        merged = _merge(clusters.pop(left), clusters.pop(right))
        clusters[next_id] = merged
        neighbours = (links.pop(left) | links.pop(right)) - {left, right}
        for other in sorted(neighbours):
            links[other] -= {left, right}
            links[other].add(next_id)
            links[next_id].add(other)
            _push(heap, clusters, next_id, other)
        next_id += 1
    return [sorted(cluster.members) for cluster in clusters.values()]


def _merge(left: _Cluster, right: _Cluster) -> _Cluster:
    """Join two clusters."""
    total = dict(left.total)
    for term, value in right.total.items():
        total[term] = total.get(term, 0.0) + value
    return _Cluster(left.members + right.members, total, left.days + right.days)


def _push(
    heap: list[tuple[float, int, int]], clusters: dict[int, _Cluster], a: int, b: int
) -> None:
    """Queue a cluster pair by its linkage score."""
    score = linkage(clusters[a], clusters[b])
    if score >= MERGE_THRESHOLD:
        heapq.heappush(heap, (-score, min(a, b), max(a, b)))


def linkage(left: _Cluster, right: _Cluster) -> float:
    """Average pairwise cosine of two clusters, discounted by their gap in publication time."""
    average = dot(left.total, right.total) / (len(left.members) * len(right.members))
    if left.days and right.days:
        gap = max(0.0, max(min(right.days) - max(left.days), min(left.days) - max(right.days)))
        average /= 1.0 + gap / TIME_SCALE_DAYS
    return average
