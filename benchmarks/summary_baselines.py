"""Unsupervised summary baselines for benchmarks: lead, LexRank, TextRank and a ROUGE oracle.

Every system returns sentence indices best first; ``fit`` then applies the one budget rule all
systems share (whole sentences, best first, skipping any that would overflow the budget).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from briefing.summary_scoring import cosine, normalise
from briefing.text import stem, words

DAMPING = 0.85
"""PageRank damping factor (LexRank and TextRank both use 0.85)."""
LEXRANK_THRESHOLD = 0.1
"""Erkan and Radev (2004): cosine threshold of the LexRank graph."""


def tokens(sentence: str) -> list[str]:
    """Stemmed word tokens (stop words kept; TF-IDF discounts them)."""
    return [stem(w) for w in words(sentence)]


def lead(sources: Sequence[int], positions: Sequence[int]) -> list[int]:
    """Rank sentences round-robin across articles: every lead, then every second sentence."""
    return sorted(range(len(sources)), key=lambda i: (positions[i], sources[i]))


def lexrank(sentences: Sequence[str]) -> tuple[list[float], bool]:
    """Score by LexRank; where the thresholded graph has no edge, fall back to continuous LexRank.

    Returns the scores and whether the thresholded graph gave every sentence the same score.
    """
    vectors = idf_modified_vectors([tokens(s) for s in sentences])
    n = len(vectors)
    similarity = [[cosine(vectors[i], vectors[j]) for j in range(n)] for i in range(n)]
    edges = [
        [j for j in range(n) if j != i and similarity[i][j] > LEXRANK_THRESHOLD] for i in range(n)
    ]
    weights = [[(j, 1.0 / len(edges[i])) for j in edges[i]] for i in range(n)]
    scores = _pagerank(weights, n)
    flat = _uniform(scores)
    if flat:
        continuous = [
            [(j, similarity[i][j]) for j in range(n) if similarity[i][j] > 0] for i in range(n)
        ]
        scores = _pagerank([_normalised(row) for row in continuous], n)
    return scores, flat


def idf_modified_vectors(token_lists: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """TF-IDF unit vectors with IDF = log(N / df) over the story's sentences (Erkan and Radev)."""
    frequency: Counter[str] = Counter()
    for sentence in token_lists:
        frequency.update(set(sentence))
    n = len(token_lists)
    vectors = []
    for sentence in token_lists:
        weights = {t: c * math.log(n / frequency[t]) for t, c in Counter(sentence).items()}
        vectors.append(normalise(weights))
    return vectors


def _normalised(row: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Scale out-edge weights to sum to one."""
    total = sum(w for _, w in row)
    return [(j, w / total) for j, w in row] if total else []


def textrank(sentences: Sequence[str]) -> tuple[list[float], bool]:
    """Score by TextRank (Mihalcea and Tarau 2004): word overlap over log lengths, PageRank."""
    sets = [Counter(tokens(s)) for s in sentences]
    n = len(sets)
    weights: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n):
        row = []
        for j in range(n):
            if i == j or len(sets[i]) < 2 or len(sets[j]) < 2:
                continue
            overlap = len(sets[i].keys() & sets[j].keys())
            if overlap:
                row.append((j, overlap / (math.log(len(sets[i])) + math.log(len(sets[j])))))
        weights[i] = _normalised(row)
    scores = _pagerank(weights, n)
    return scores, _uniform(scores)


def _pagerank(out_edges: Sequence[Sequence[tuple[int, float]]], n: int) -> list[float]:
    """Power iteration of damped PageRank; dangling nodes spread their rank evenly."""
    if n == 0:
        return []
    rank = [1.0 / n] * n
    for _ in range(100):
        spread = sum(rank[i] for i in range(n) if not out_edges[i]) / n
        nxt = [(1 - DAMPING) / n + DAMPING * spread] * n
        for i, edges in enumerate(out_edges):
            for j, weight in edges:
                nxt[j] += DAMPING * rank[i] * weight
        delta = sum(abs(a - b) for a, b in zip(rank, nxt, strict=True))
        rank = nxt
        if delta < 1e-9:
            break
    return rank


def _uniform(scores: Sequence[float]) -> bool:
    """Tell whether a ranking gives every one of several sentences the same score."""
    return len(scores) > 1 and max(scores) - min(scores) < 1e-12


def by_score(
    scores: Sequence[float], positions: Sequence[int], sources: Sequence[int]
) -> list[int]:
    """Indices best first; ties go to the earlier sentence, then the earlier article."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], positions[i], sources[i]))


def fit(ranked: Sequence[int], lengths: Sequence[int], budget: int) -> list[int]:
    """Take sentences best first while they fit the word budget, skipping those that overflow."""
    chosen, used = [], 0
    for i in ranked:
        if lengths[i] and used + lengths[i] <= budget:
            chosen.append(i)
            used += lengths[i]
    return chosen


def oracle(
    grams: Sequence[tuple[Counter[str], Counter[tuple[str, str]]]],
    reference: tuple[Counter[str], Counter[tuple[str, str]]],
    lengths: Sequence[int],
    budget: int,
) -> list[int]:
    """Greedily add the sentence that most raises ROUGE-1 + ROUGE-2 F1, within the budget."""
    chosen: list[int] = []
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    best, used = 0.0, 0
    while True:
        pick, pick_score = -1, best
        for i, (one, two) in enumerate(grams):
            if i in chosen or used + lengths[i] > budget or not lengths[i]:
                continue
            score = _f1(unigrams + one, reference[0]) + _f1(bigrams + two, reference[1])
            if score > pick_score:
                pick, pick_score = i, score
        if pick < 0:
            return chosen
        chosen.append(pick)
        unigrams += grams[pick][0]
        bigrams += grams[pick][1]
        best, used = pick_score, used + lengths[pick]


def _f1(candidate: Counter[object], reference: Counter[object]) -> float:
    """N-gram F1 as rouge-score computes it."""
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)
