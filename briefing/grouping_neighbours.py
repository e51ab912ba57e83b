"""Sparse nearest neighbours for story grouping: an inverted index instead of an n-by-n matrix."""

from __future__ import annotations

import heapq
import logging
from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter

from briefing.grouping_features import Vector, dot

log = logging.getLogger(__name__)

Pairs = dict[tuple[int, int], float]

NEIGHBOURS = 12
"""Candidate neighbours kept per item: more than any one story has outlets."""
QUERY_TERMS = 16
"""Heaviest terms of an item used to look it up: the rare, specific ones."""
MAX_POSTING = 200
"""Terms on more items than this are too common to find candidates with (bounds the time)."""
BACKGROUND_RANKS = (4, 10)
"""Neighbour ranks (from, to) whose mean similarity is an item's background: ranks 1 to 3 are
often its own story, ranks 4 to 10 mostly what it shares with the news in general."""
BACKGROUND_PRIOR = 0.1
"""Background assumed for missing ranks, when the input is too small to measure it."""


def candidate_pairs(vectors: Sequence[Vector]) -> Pairs:
    """Find each item's nearest neighbours by cosine through an inverted index of heavy terms."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((index, weight))
    pairs: Pairs = {}
    for index, vector in enumerate(vectors):
        for other in _nearest(index, vector, postings):
            key = (min(index, other), max(index, other))
            if key not in pairs:
                pairs[key] = dot(vector, vectors[other])
    return pairs


def _nearest(index: int, vector: Vector, postings: dict[str, list[tuple[int, float]]]) -> list[int]:
    """Return the likeliest neighbours of one item, scored on its heaviest terms only."""
    scores: dict[int, float] = defaultdict(float)
    heaviest = query_terms(vector)
    for term, weight in heaviest:
        posting = postings[term]
        if len(posting) <= MAX_POSTING:
            for other, other_weight in posting:
                scores[other] += weight * other_weight
    scores.pop(index, None)
    # Postings are in index order, so ties keep a deterministic order through the stable sort.
    best = heapq.nlargest(NEIGHBOURS, scores.items(), key=itemgetter(1))
    return [other for other, _ in best]


def query_terms(vector: Vector) -> list[tuple[str, float]]:
    """Return an item's heaviest terms, heaviest first, the term breaking ties."""
    # sorted() with a C key is what nlargest promises to equal, and faster on short vectors.
    return sorted(vector.items(), key=itemgetter(1, 0), reverse=True)[:QUERY_TERMS]


def backgrounds(count: int, pairs: Pairs) -> list[float]:
    """Return each item's background similarity: the mean of its neighbours at middle ranks."""
    similarities: list[list[float]] = [[] for _ in range(count)]
    for (left, right), similarity in pairs.items():
        similarities[left].append(similarity)
        similarities[right].append(similarity)
    start, stop = BACKGROUND_RANKS
    result = []
    for found in similarities:
        ranked = heapq.nlargest(stop, found)[start - 1 :]
        ranked += [BACKGROUND_PRIOR] * (stop - start + 1 - len(ranked))
        result.append(sum(ranked) / len(ranked))
    return result
