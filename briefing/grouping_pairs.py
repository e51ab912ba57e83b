"""Incremental candidate pairs for watch mode: the same pairs as ``candidate_pairs``, less work.

Units are known by the serial of their vector (equal serials, identical vectors). An inverted
index over the last build's units is kept and patched with the units that left and came. A
unit's neighbours depend only on its own vector and on the postings of its heaviest terms, so
they are kept while those postings are. When a few units changed, the others' scores stand
and only the new units are scored and ranked against the kept neighbours; otherwise the unit is
looked up again. A pair's similarity depends only on the two vectors, so it is kept while both are.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from briefing.grouping_features import Vector, dot
from briefing.grouping_neighbours import MAX_POSTING, NEIGHBOURS, Pairs, query_terms
from briefing.parallel import ordered_map

log = logging.getLogger(__name__)

Postings = dict[str, dict[int, float]]
Found = tuple[float, int, int]
"""A neighbour: its score, the rank of the query term that first found it, its serial."""

PARALLEL_FROM = 4000
"""Fewest look-ups (or articles, for per-article work) worth forking workers for: a look-up takes
a tenth of a millisecond and a worker first copies the index pages it reads (measured: no gain
at 1,000 articles, a third off at 20,000)."""
FEW_CHANGED = 8
"""Up to this many new units, a unit's neighbours are amended rather than looked up again."""


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
    nearest: dict[int, list[Found]] = field(default_factory=dict)
    """Each unit's likeliest neighbours, best first."""
    similarities: dict[tuple[int, int], float] = field(default_factory=dict)
    """Cosine of pairs of units, keyed by their serials in order."""

    def pairs(self, vectors: Sequence[Vector], serials: Sequence[int], jobs: int = 1) -> Pairs:
        """Return the candidate pairs of these units by index, as ``candidate_pairs`` does.

        Units looked up afresh (all of them in a first build) are looked up on up to ``jobs``
        processes: each look-up reads the index alone, so the result is the same.
        """
        current = dict(zip(serials, vectors, strict=True))
        change = self._patch(current)
        index = {serial: position for position, serial in enumerate(serials)}
        nearest: dict[int, list[Found]] = {}
        fresh: list[int] = []
        for serial in serials:
            kept = self.nearest.get(serial)
            queries = self.queries[serial]
            if kept is None or not change.touched.isdisjoint(queries):
                if kept is not None and change.allows_amending(kept, queries):
                    kept = self._amend(serial, kept, change.came, index)
                else:
                    fresh.append(serial)
                    continue
            nearest[serial] = kept
        look_up = partial(_look_up, heaviest=self.heaviest, postings=self.postings, index=index)
        found = ordered_map(look_up, fresh, jobs, min_items=PARALLEL_FROM)
        nearest.update(zip(fresh, found, strict=True))
        self.nearest = {serial: nearest[serial] for serial in serials}
        return self._similarities(self.nearest, index)

    def _patch(self, current: dict[int, Vector]) -> Change:
        """Bring the index up to this build's units; say which units and postings changed."""
        change = Change()
        sizes: dict[str, int] = {}
        for serial, vector in self.vectors.items():
            if serial not in current:
                change.gone.add(serial)
                for term in vector:
                    posting = self.postings[term]
                    sizes.setdefault(term, len(posting))
                    del posting[serial]
                    if not posting:
                        del self.postings[term]
                del self.heaviest[serial]
                del self.queries[serial]
        for serial, vector in current.items():
            if serial not in self.vectors:
                change.came.append(serial)
                for term, weight in vector.items():
                    posting = self.postings.setdefault(term, {})
                    sizes.setdefault(term, len(posting))
                    posting[serial] = weight
                self.heaviest[serial] = query_terms(vector)
                self.queries[serial] = tuple(term for term, _ in self.heaviest[serial])
        self.vectors = current
        change.touched = set(sizes)
        change.resized = {
            term for term, size in sizes.items() if size != len(self.postings.get(term, ()))
        }
        return change

    def _amend(
        self, serial: int, kept: list[Found], came: list[int], index: dict[int, int]
    ) -> list[Found]:
        """Return a unit's neighbours when only a few other units changed: its others' scores
        stand, so the new units are scored alone and ranked against the kept neighbours."""
        found = list(kept)
        for other in came:
            score: float | None = None
            first = 0
            for rank, (term, weight) in enumerate(self.heaviest[serial]):
                posting = self.postings[term]
                if len(posting) <= MAX_POSTING and other in posting:
                    if score is None:
                        score, first = 0.0, rank
                    # The same additions in the same order as a full look-up, so the same float.
                    score += weight * posting[other]
            if score is not None:
                found.append((score, first, other))
        return heapq.nsmallest(
            NEIGHBOURS, found, key=lambda item: (-item[0], item[1], index[item[2]])
        )

    def _similarities(self, nearest: dict[int, list[Found]], index: dict[int, int]) -> Pairs:
        """Pair each unit with its neighbours, reusing the similarities already known."""
        known, self.similarities = self.similarities, {}
        pairs: Pairs = {}
        for serial, others in nearest.items():
            position = index[serial]
            for _, _, other in others:
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


@dataclass(slots=True)
class Change:
    """How this build's units differ from the last build's."""

    came: list[int] = field(default_factory=list)
    """Serials of units new to this build."""
    gone: set[int] = field(default_factory=set)
    """Serials of the last build's units that are gone."""
    touched: set[str] = field(default_factory=set)
    """Terms whose postings changed."""
    resized: set[str] = field(default_factory=set)
    """Terms whose postings changed length (which may switch them in or out of the look-up)."""

    def allows_amending(self, kept: list[Found], queries: tuple[str, ...]) -> bool:
        """Tell whether a unit's kept neighbours can be amended with the new units alone: few
        units came, none of its neighbours left, and none of its query postings changed length."""
        return (
            len(self.came) <= FEW_CHANGED
            and not any(other in self.gone for _, _, other in kept)
            and self.resized.isdisjoint(queries)
        )


def _look_up(
    serial: int,
    heaviest: dict[int, list[tuple[str, float]]],
    postings: Postings,
    index: dict[int, int],
) -> list[Found]:
    """Return one unit's likeliest neighbours, found through the whole index."""
    return _nearest(serial, heaviest[serial], postings, index)


def _nearest(
    serial: int, heaviest: list[tuple[str, float]], postings: Postings, index: dict[int, int]
) -> list[Found]:
    """Return a unit's likeliest neighbours, ties broken as ``grouping_neighbours`` breaks them."""
    scores: dict[int, float] = {}
    looked: list[dict[int, float]] = []
    for term, weight in heaviest:
        posting = postings[term]
        if len(posting) <= MAX_POSTING:
            looked.append(posting)
            for other, other_weight in posting.items():
                # The same additions in the same order as there, so the same float.
                scores[other] = scores.get(other, 0.0) + weight * other_weight
        else:
            looked.append({})
    scores.pop(serial, None)
    if len(scores) > NEIGHBOURS:
        # Only units scoring at least the best NEIGHBOURS-th score can be kept (ties included):
        # the full ordering below is needed for those few alone.
        floor = heapq.nlargest(NEIGHBOURS, scores.values())[-1]
        contenders = [other for other, score in scores.items() if score >= floor]
    else:
        contenders = list(scores)
    # There, postings run in unit order and ties keep the order of first sight: first by the
    # query term that found the unit, then by the unit's position.
    first = {other: _first_rank(other, looked) for other in contenders}
    best = sorted(contenders, key=lambda other: (-scores[other], first[other], index[other]))
    return [(scores[other], first[other], other) for other in best[:NEIGHBOURS]]


def _first_rank(other: int, looked: list[dict[int, float]]) -> int:
    """Return the rank of the first query term whose (searched) posting holds ``other``."""
    return next(rank for rank, posting in enumerate(looked) if other in posting)
