"""Average-linkage merging with a memory for watch mode: ``cluster_units`` without repeated work.

Every cluster gets a serial that stands for what it is made of: a unit (its vector, background and
dates) or the merge of two such clusters. Two clusters with the same serial have the same summed
vector, size, background and time span, so a pair of serials always gets the same merge score.
The memory keeps, from one build to the next, the summed vector of each merged cluster and the
score of each pair; an edit elsewhere in the site leaves most of them valid.
"""

from __future__ import annotations

import heapq
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from briefing.grouping_cluster import Cluster, Unit, join_spans, linkage, single
from briefing.grouping_features import Vector, dot
from briefing.grouping_neighbours import Pairs

log = logging.getLogger(__name__)

Score = tuple[float, float | None]
Entry = tuple[float, int, int, float]


@dataclass(slots=True)
class LinkageCache:
    """Cluster serials, merged vectors and pair scores of the last build."""

    serials: Iterator[int]
    """Source of serial numbers, shared with the other grouping caches."""
    units: dict[tuple[int, float], tuple[int, float]] = field(default_factory=dict)
    """Serial and squared length of a one-unit cluster, by the unit's serial and background."""
    merges: dict[tuple[int, int], tuple[int, Vector]] = field(default_factory=dict)
    """Serial and summed vector of the merge of two clusters, by their serials."""
    scores: dict[tuple[int, int], Score] = field(default_factory=dict)
    """Dot product of two clusters' sums and their merge score (None: unsound), by serials."""
    _old: tuple[dict[tuple[int, int], tuple[int, Vector]], dict[tuple[int, int], Score]] = field(
        default_factory=lambda: ({}, {})
    )

    def cluster(
        self, units: Sequence[Unit], serials: Sequence[int], pairs: Pairs
    ) -> list[tuple[int, ...]]:
        """Return what ``cluster_units(units, pairs)`` returns, reusing the last build's work."""
        self._old, self.merges, self.scores = (self.merges, self.scores), {}, {}
        old_units, self.units = self.units, {}
        clusters: dict[int, tuple[Cluster, int]] = {}
        for index, (unit, serial) in enumerate(zip(units, serials, strict=True)):
            key = (serial, unit.background)
            known = old_units.get(key)
            if known is None:
                known = (next(self.serials), dot(unit.vector, unit.vector))
            self.units[key] = known
            clusters[index] = (single(index, unit, known[1]), known[0])
        return self._run(clusters, pairs, len(units))

    def _run(
        self, clusters: dict[int, tuple[Cluster, int]], pairs: Pairs, next_id: int
    ) -> list[tuple[int, ...]]:
        """Merge best pair first, exactly as ``cluster_units`` does."""
        # Every heap entry names a distinct pair of clusters, so entries never tie and the pops
        # come in one order whatever the order of pushes: no sorting is needed here.
        heap, links = self._first_queue(clusters, pairs)
        while heap:
            _, left, right, cross = heapq.heappop(heap)
            if left not in clusters or right not in clusters:
                continue
            clusters[next_id] = self._merge(clusters.pop(left), clusters.pop(right), cross)
            others = links.pop(left) | links.pop(right)
            others.discard(left)
            others.discard(right)
            for other in others:
                neighbours = links[other]
                neighbours.discard(left)
                neighbours.discard(right)
                neighbours.add(next_id)
            links[next_id] = others
            self._queue(heap, clusters, next_id, others)
            next_id += 1
        return [cluster.members for cluster, _ in clusters.values()]

    def _first_queue(
        self, clusters: dict[int, tuple[Cluster, int]], pairs: Pairs
    ) -> tuple[list[Entry], dict[int, set[int]]]:
        """Link the candidate pairs and heap those that may merge, best score first."""
        scores, old = self.scores, self._old[1]
        heap: list[Entry] = []
        links: dict[int, set[int]] = defaultdict(set)
        for (a, b), similarity in pairs.items():
            links[a].add(b)
            links[b].add(a)
            (left, one), (right, other) = clusters[a], clusters[b]
            key = (one, other) if one < other else (other, one)
            known = scores.get(key) or old.get(key)
            if known is None:
                # A single unit's total is its vector: the similarity is the cross product.
                known = (similarity, linkage(left, right, similarity))
            scores[key] = known
            if known[1] is not None:
                heap.append((-known[1], a, b, known[0]))
        heapq.heapify(heap)
        return heap, links

    def _merge(
        self, left: tuple[Cluster, int], right: tuple[Cluster, int], cross: float
    ) -> tuple[Cluster, int]:
        """Join two clusters, taking the summed vector from memory when known."""
        key = (left[1], right[1])
        known = self.merges.get(key) or self._old[0].get(key)
        if known is None:
            total = dict(left[0].total)
            for term, value in right[0].total.items():
                total[term] = total.get(term, 0.0) + value
            known = (next(self.serials), total)
        self.merges[key] = known
        one, other = left[0], right[0]
        merged = Cluster(
            one.members + other.members,
            known[1],
            one.square + other.square + 2 * cross,
            one.background + other.background,
            join_spans(one.span, other.span),
            one.weekdays | other.weekdays,
        )
        return merged, known[0]

    def _queue(
        self,
        heap: list[Entry],
        clusters: dict[int, tuple[Cluster, int]],
        new: int,
        others: set[int],
    ) -> None:
        """Heap the pairs of a new cluster and its neighbours that may merge, scores from memory."""
        scores, old = self.scores, self._old[1]
        left, one = clusters[new]
        for b in others:
            right, other = clusters[b]
            key = (one, other) if one < other else (other, one)
            known = scores.get(key) or old.get(key)
            if known is None:
                cross = dot(left.total, right.total)
                known = (cross, linkage(left, right, cross))
            scores[key] = known
            if known[1] is not None:
                # The new cluster has the highest id so far: it comes second in the pair.
                heapq.heappush(heap, (-known[1], b, new, known[0]))
