"""Average-linkage merging over sparse candidate pairs, with background and coherence checks.

Each item is a unit (an article, or near-identical copies collapsed into one). Clusters keep the
sum of their unit vectors, so the average pairwise cosine of two clusters is exact (one sparse dot
product) although only neighbouring pairs are ever compared.
"""

from __future__ import annotations

import heapq
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.grouping_features import Vector, dot
from briefing.grouping_neighbours import Pairs

log = logging.getLogger(__name__)

MERGE_MARGIN = 0.03
"""How far two clusters' average cosine must rise above their members' background to merge."""
COHERENCE = 0.8
"""Two clusters of several items merge only if their cross similarity reaches this share of the
looser one's inner similarity: distinct events sharing a person or place stay apart."""
SINGLE_COHERENCE = 0.3
"""The same check when a single unit joins a cluster."""
TIME_SCALE_DAYS = 3.0
"""Publication gap (days) over which similarity halves: stories far apart in time rarely merge."""
WEEKDAY_FACTOR = 0.8
"""Similarity kept when publication times are unknown and the two clusters' leads name only
different days of the week: one person's events on different days are different stories. (Years
and full dates in the text were measured too and did not help: they are mostly background.)"""


@dataclass(frozen=True, slots=True)
class Unit:
    """What clustering sees of one unit."""

    vector: Vector
    """Unit-length term vector."""
    background: float
    """Typical similarity of this unit to unrelated news."""
    days: tuple[float, ...]
    """Known publication days of its articles."""
    weekdays: frozenset[int]
    """Days of the week its articles' headlines and leads name."""


@dataclass(frozen=True, slots=True)
class Cluster:
    """A cluster being merged."""

    members: tuple[int, ...]
    """Indexes of its units."""
    total: Vector
    """Sum of the members' unit vectors."""
    square: float
    """Squared length of ``total``: gives the mean pairwise cosine inside the cluster."""
    background: float
    """Sum of the members' backgrounds."""
    span: tuple[float, float] | None
    """Earliest and latest known publication day; None when no date is known."""
    weekdays: frozenset[int]
    """Days of the week its members' headlines and leads name."""


def cluster_units(units: Sequence[Unit], pairs: Pairs) -> list[tuple[int, ...]]:
    """Merge units into clusters, best average linkage first, while the merges stay sound."""
    clusters = {index: single(index, unit) for index, unit in enumerate(units)}
    links: dict[int, set[int]] = defaultdict(set)
    heap: list[tuple[float, int, int, float]] = []
    for (left, right), similarity in sorted(pairs.items()):
        links[left].add(right)
        links[right].add(left)
        # A single unit's total is its vector: the pair's similarity is already their dot product.
        _push(heap, clusters, left, right, similarity)
    next_id = len(units)
    while heap:
        _, left, right, cross = heapq.heappop(heap)
        if left not in clusters or right not in clusters:
            continue
        clusters[next_id] = _merge(clusters.pop(left), clusters.pop(right), cross)
        for other in sorted((links.pop(left) | links.pop(right)) - {left, right}):
            links[other] -= {left, right}
            links[other].add(next_id)
            links[next_id].add(other)
            _push(heap, clusters, next_id, other)
        next_id += 1
    return [cluster.members for cluster in clusters.values()]


def single(index: int, unit: Unit, square: float | None = None) -> Cluster:
    """Make a cluster of one unit; ``square`` is its vector's squared length if known."""
    span = (min(unit.days), max(unit.days)) if unit.days else None
    square = dot(unit.vector, unit.vector) if square is None else square
    return Cluster((index,), unit.vector, square, unit.background, span, unit.weekdays)


def _merge(left: Cluster, right: Cluster, cross: float) -> Cluster:
    """Join two clusters; ``cross`` is the dot product of their totals."""
    total = dict(left.total)
    for term, value in right.total.items():
        total[term] = total.get(term, 0.0) + value
    return Cluster(
        left.members + right.members,
        total,
        left.square + right.square + 2 * cross,
        left.background + right.background,
        join_spans(left.span, right.span),
        left.weekdays | right.weekdays,
    )


def join_spans(
    left: tuple[float, float] | None, right: tuple[float, float] | None
) -> tuple[float, float] | None:
    """Return the time span covering two optional spans."""
    if left is None or right is None:
        return right if left is None else left
    return (min(left[0], right[0]), max(left[1], right[1]))


def _push(
    heap: list[tuple[float, int, int, float]],
    clusters: dict[int, Cluster],
    a: int,
    b: int,
    cross: float | None = None,
) -> None:
    """Queue a cluster pair if it may merge, best score first; ``cross`` if already known."""
    left, right = clusters[a], clusters[b]
    if cross is None:
        cross = dot(left.total, right.total)
    score = linkage(left, right, cross)
    if score is not None:
        heapq.heappush(heap, (-score, min(a, b), max(a, b), cross))


def linkage(left: Cluster, right: Cluster, cross: float) -> float | None:
    """Score a merge: average cosine over background, time-discounted; None when unsound."""
    sizes = len(left.members) * len(right.members)
    average = cross / sizes * _time_factor(left, right)
    background = (left.background / len(left.members) + right.background / len(right.members)) / 2
    score = average - background
    if score < MERGE_MARGIN:
        return None
    inners = [_inner(cluster) for cluster in (left, right) if len(cluster.members) > 1]
    share = COHERENCE if len(inners) == 2 else SINGLE_COHERENCE
    if inners and average < share * min(inners):
        return None
    return score


def _inner(cluster: Cluster) -> float:
    """Mean pairwise cosine inside a cluster of several units."""
    size = len(cluster.members)
    return (cluster.square - size) / (size * (size - 1))


def _time_factor(left: Cluster, right: Cluster) -> float:
    """Discount similarity by the gap between two clusters' times, or their leads' weekdays."""
    if left.span is None or right.span is None:
        return _weekday_factor(left.weekdays, right.weekdays)
    gap = max(0.0, right.span[0] - left.span[1], left.span[0] - right.span[1])
    return 1.0 / (1.0 + gap / TIME_SCALE_DAYS)


def _weekday_factor(left: frozenset[int], right: frozenset[int]) -> float:
    """Discount similarity when both leads name weekdays and no weekday is shared."""
    return WEEKDAY_FACTOR if left and right and left.isdisjoint(right) else 1.0
