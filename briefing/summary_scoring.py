"""Sparse TF-IDF vectors and the sentence features a merged summary is ranked on."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul

Vector = dict[str, float]

DAMPING = 0.85
"""PageRank damping factor."""
PAGERANK_STEPS = 30
"""Power iterations: ranks settle to about 1e-3 relative error well before this."""
POSITION_DECAY = 0.25
"""Exponent of the position prior 1 / (1 + position) ** decay."""

_NUMBER = re.compile(r"\d")
# A whitespace-separated token holding a digit: one match per such token, from its start
# up to its first digit (the look-behind lets no match start inside a token).
_NUMBER_TOKEN = re.compile(r"(?<!\S)[^\s\d]*\d")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# A capitalised word, not the first of the text nor of a sentence. The capital comes first
# so that a search skips to it; the look-behinds then check the characters before it.
_NAME = re.compile(r"[A-Z](?<=\W[A-Z])(?<![.!?]\s[A-Z])[a-z]+")


@dataclass(frozen=True, slots=True)
class Features:
    """Per-sentence evidence for a summary, each scaled to [0, 1]."""

    centrality: tuple[float, ...]
    """Cosine similarity with the story centroid (every article weighted equally)."""
    support: tuple[float, ...]
    """Mean over the other articles of the best similarity with one of their sentences."""
    prestige: tuple[float, ...]
    """LexRank: stationary rank on the graph of similar sentences."""
    headline: tuple[float, ...]
    """Similarity with the articles' headlines (what the outlets thought the news was)."""
    position: tuple[float, ...]
    """Closeness to the start of the article (news leads carry the facts)."""
    specificity: tuple[float, ...]
    """Share of names, numbers and dates among the words."""


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each feature counts in a sentence's score."""

    centrality: float
    """Weight of similarity with the story centroid."""
    support: float
    """Weight of corroboration by the other articles."""
    prestige: float
    """Weight of LexRank prestige."""
    headline: float
    """Weight of similarity with the headlines."""
    position: float
    """Weight of closeness to the article's lead."""
    specificity: float
    """Weight of names, numbers and dates."""


def weigh(rated: Features, weights: Weights) -> list[float]:
    """Combine the features into one score per sentence."""
    pairs = (
        (weights.centrality, rated.centrality),
        (weights.support, rated.support),
        (weights.prestige, rated.prestige),
        (weights.headline, rated.headline),
        (weights.position, rated.position),
        (weights.specificity, rated.specificity),
    )
    scores = [0.0] * len(rated.position)
    for weight, column in pairs:
        if weight:
            scores = [s + weight * v for s, v in zip(scores, column, strict=True)]
    return scores


def tfidf_vectors(token_lists: Sequence[Sequence[str]]) -> list[Vector]:
    """Build L2-normalised TF-IDF vectors with smoothed IDF over the given token lists.

    The smoothing (1 + log) keeps a story's topic words, which occur in many of its sentences,
    from being weighted down to nothing.
    """
    frequency: Counter[str] = Counter()
    for tokens in token_lists:
        frequency.update(set(tokens))
    count = len(token_lists)
    idf = {t: 1.0 + math.log((count + 1) / (df + 0.5)) for t, df in frequency.items()}
    vectors = []
    for tokens in token_lists:
        unique = dict.fromkeys(tokens)
        if len(unique) == len(tokens):
            # Each term once (most sentences): (1 + log 1) * idf is the idf itself.
            weights = {t: idf[t] for t in unique}
        else:
            weights = {t: (1 + math.log(n)) * idf[t] for t, n in Counter(tokens).items()}
        vectors.append(normalise(weights))
    return vectors


def normalise(vector: Vector) -> Vector:
    """Scale a vector to unit length (an empty or zero vector stays as it is)."""
    values = list(vector.values())
    norm = math.sqrt(sum(map(mul, values, values)))
    return {t: w / norm for t, w in vector.items()} if norm else vector


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    # The same products summed in the same order as a generator would, at C speed.
    total: float = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    return total


def similarity_graph(vectors: Sequence[Vector], floor: float = 0.05) -> list[dict[int, float]]:
    """Return, per sentence, its neighbours with cosine above ``floor`` (inverted index)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    graph: list[dict[int, float]] = [{} for _ in vectors]
    for i, vector in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for j, other in postings[term]:
                scores[j] += weight * other
            postings[term].append((i, weight))
        for j, score in scores.items():
            if score > floor:
                graph[i][j] = graph[j][i] = score
    return graph


def features(
    vectors: Sequence[Vector],
    sources: Sequence[int],
    positions: Sequence[int],
    texts: Sequence[str],
    graph: Sequence[dict[int, float]],
    headlines: Vector,
    centroid: Vector | None = None,
) -> Features:
    """Compute the ranking features of every candidate sentence.

    ``centroid`` is ``story_centroid(vectors, sources)`` when the caller has it already.
    """
    if centroid is None:
        centroid = story_centroid(vectors, sources)
    return Features(
        centrality=_scaled([cosine(v, centroid) for v in vectors]),
        support=_scaled(_support(sources, graph)),
        prestige=_scaled(prestige(graph)),
        headline=_scaled([cosine(v, headlines) for v in vectors]),
        position=tuple((1.0 + p) ** -POSITION_DECAY for p in positions),
        specificity=_scaled([specificity(t) for t in texts]),
    )


def specificity(text: str) -> float:
    """Share of words that are numbers, dates or capitalised names inside the sentence."""
    tokens = text.split()
    if not tokens:
        return 0.0
    # Most sentences hold no digit at all: one quick scan spares the count.
    numbers = len(_NUMBER_TOKEN.findall(text)) if _NUMBER.search(text) else 0
    dates = sum(map(_is_date, tokens))
    names = len(_NAME.findall(text))
    return min(1.0, (numbers + dates + names) / len(tokens) * 2.0)


@lru_cache(maxsize=1 << 14)
def _is_date(token: str) -> bool:
    """Tell whether a whitespace-separated token is a month or a weekday."""
    return token.lower().strip(".,;:") in _MONTHS


def story_centroid(vectors: Sequence[Vector], sources: Sequence[int]) -> Vector:
    """Sum the normalised per-article centroids, so that every article weighs the same."""
    per_article: dict[int, Vector] = defaultdict(dict)
    for vector, source in zip(vectors, sources, strict=True):
        bucket = per_article[source]
        for term, weight in vector.items():
            bucket[term] = bucket.get(term, 0.0) + weight
    centroid: Vector = {}
    for source in sorted(per_article):
        for term, weight in normalise(per_article[source]).items():
            centroid[term] = centroid.get(term, 0.0) + weight
    return normalise(centroid)


def prestige(graph: Sequence[dict[int, float]], threshold: float = 0.1) -> list[float]:
    """Rank sentences by damped PageRank over edges above ``threshold`` (Erkan and Radev)."""
    count = len(graph)
    if not count:
        return []
    edges = [sorted(j for j, s in neighbours.items() if s > threshold) for neighbours in graph]
    rank = [1.0 / count] * count
    dangling = [i for i in range(count) if not edges[i]]
    for _ in range(PAGERANK_STEPS):
        spread = sum([rank[i] for i in dangling]) / count
        following = [(1 - DAMPING) / count + DAMPING * spread] * count
        for i, targets in enumerate(edges):
            share = DAMPING * rank[i] / len(targets) if targets else 0.0
            for j in targets:
                following[j] += share
        rank = following
    return rank


def _support(sources: Sequence[int], graph: Sequence[dict[int, float]]) -> list[float]:
    """Mean over the other articles of the best similarity with one of their sentences."""
    others = len(set(sources)) - 1
    if others <= 0:
        return [0.0] * len(sources)
    result = []
    for i, neighbours in enumerate(graph):
        best: dict[int, float] = {}
        for j, score in neighbours.items():
            source = sources[j]
            if source != sources[i] and score > best.get(source, 0.0):
                best[source] = score
        result.append(sum(best.values()) / others)
    return result


def _scaled(values: Sequence[float]) -> tuple[float, ...]:
    """Divide by the largest value so that the best sentence scores 1."""
    top = max(values, default=0.0)
    return tuple(v / top for v in values) if top > 0 else tuple(0.0 for _ in values)
