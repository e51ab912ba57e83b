"""Incremental candidate pairs for watch mode: the same pairs as ``candidate_pairs``, less work.

Units are known by the serial of their vector (equal serials, identical vectors). An inverted
index over the last build's units is kept and patched with the units that left and came. A
unit's neighbours depend only on its own vector and on the postings of its heaviest terms, so
they are looked up again only when the unit is new or one of those postings changed; a pair's
similarity depends only on the two vectors, so it is kept while both are.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from briefing.grouping_features import Vector, dot
from briefing.grouping_neighbours import MAX_POSTING, NEIGHBOURS, QUERY_TERMS, Pairs

log = logging.getLogger(__name__)

Postings = dict[str, dict[int, float]]


@dataclass(slots=True)
class PairCache:
    """The last build's units, inverted index, neighbours and pair similarities."""

    vectors: dict[int, Vector] = field(default_factory=dict)
    """Unit vectors by serial."""
    postings: Postings = field(default_factory=dict)
    """For each term, the serials of the units holding it, with its weight there."""
    heaviest: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    """Each unit's query terms, heaviest first."""
    queries: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """The same terms alone."""
    nearest: dict[int, list[int]] = field(default_factory=dict)
    """Each unit's likeliest neighbours, by serial."""
    similarities: dict[tuple[int, int], float] = field(default_factory=dict)
    """Cosine of pairs of units, keyed by their serials in order."""

    def pairs(self, vectors: Sequence[Vector], serials: Sequence[int]) -> Pairs:
        """Return the candidate pairs of these units by index, as ``candidate_pairs`` does."""
        current = dict(zip(serials, vectors, strict=True))
        touched = self._patch(current)
        index = {serial: position for position, serial in enumerate(serials)}
        nearest: dict[int, list[int]] = {}
        for serial in serials:
            kept = self.nearest.get(serial)
            if kept is None or not touched.isdisjoint(self.queries[serial]):
                kept = _nearest(serial, self.heaviest[serial], self.postings, index)
            nearest[serial] = kept
        self.nearest = nearest
        return self._similarities(nearest, index)

    def _patch(self, current: dict[int, Vector]) -> set[str]:
        """Bring the index up to this build's units; return the terms whose postings changed."""
        touched: set[str] = set()
        for serial, vector in self.vectors.items():
            if serial not in current:
                touched.update(vector)
                for term in vector:
                    posting = self.postings[term]
                    del posting[serial]
                    if not posting:
                        del self.postings[term]
                del self.heaviest[serial]
                del self.queries[serial]
        for serial, vector in current.items():
            if serial not in self.vectors:
                touched.update(vector)
                for term, weight in vector.items():
                    self.postings.setdefault(term, {})[serial] = weight
                self.heaviest[serial] = _query(vector)
                self.queries[serial] = tuple(term for term, _ in self.heaviest[serial])
        self.vectors = current
        return touched

    def _similarities(self, nearest: dict[int, list[int]], index: dict[int, int]) -> Pairs:
        """Pair each unit with its neighbours, reusing the similarities already known."""
        known, self.similarities = self.similarities, {}
        pairs: Pairs = {}
        for serial, others in nearest.items():
            position = index[serial]
            for other in others:
                at = index[other]
                key = (position, at) if position < at else (at, position)
                if key in pairs:
                    continue
                named = (serial, other) if serial < other else (other, serial)
                similarity = known.get(named)
                if similarity is None:
                    similarity = dot(self.vectors[serial], self.vectors[other])
                self.similarities[named] = similarity
                pairs[key] = similarity
        return pairs


def _query(vector: Vector) -> list[tuple[str, float]]:
    """Return a vector's heaviest terms, as ``grouping_neighbours`` picks them."""
    return sorted(vector.items(), key=itemgetter(1, 0), reverse=True)[:QUERY_TERMS]


def _nearest(
    serial: int, heaviest: list[tuple[str, float]], postings: Postings, index: dict[int, int]
) -> list[int]:
    """Return a unit's likeliest neighbours, ties broken as ``grouping_neighbours`` breaks them."""
    scores: dict[int, float] = {}
    first: dict[int, int] = {}
    for rank, (term, weight) in enumerate(heaviest):
        posting = postings[term]
        if len(posting) <= MAX_POSTING:
            for other, other_weight in posting.items():
                # The same additions in the same order as there, so the same float.
                scores[other] = scores.get(other, 0.0) + weight * other_weight
                first.setdefault(other, rank)
    scores.pop(serial, None)
    # There, postings run in unit order and ties keep the order of first sight: first by the
    # query term that found the unit, then by the unit's position.
    return heapq.nsmallest(
        NEIGHBOURS, scores, key=lambda other: (-scores[other], first[other], index[other])
    )
