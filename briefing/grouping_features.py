"""Article features for story grouping: weighted, IDF-scaled term vectors."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.models import Article
from briefing.text import STOP_WORDS, words

log = logging.getLogger(__name__)

Vector = dict[str, float]

TITLE_WEIGHT = 3.0
"""How much a headline word counts against a body word: headlines name the event."""
LEAD_WEIGHT = 2.0
"""How much a lead word counts: news puts who, what, where and when first."""
LEAD_WORDS = 60
"""Length of the lead in words."""

_SUFFIXES = ("ing", "ed", "es", "s")
_NUMBER = re.compile(r"^\d[\d.,]*$")


@dataclass(frozen=True, slots=True)
class Features:
    """What grouping compares about one article."""

    vector: Vector
    """L2-normalised TF-IDF weights of its terms."""
    day: float | None
    """Publication time in days since the epoch; None when unknown."""


def stem(word: str) -> str:
    """Strip common English inflections so that "votes", "voted" and "voting" meet."""
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ss"):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> list[str]:
    """Return the comparable tokens of a text: stemmed content words and numbers."""
    found = []
    for word in words(text):
        word = word.replace("'s", "").strip(".-'")
        if len(word) < 2 or word in STOP_WORDS:
            continue
        found.append(word if _NUMBER.match(word) else stem(word))
    return found


def term_counts(article: Article) -> dict[str, float]:
    """Count the article's tokens, headline and lead weighted over the tail."""
    counts: dict[str, float] = defaultdict(float)
    for token in tokens(article.title):
        counts[token] += TITLE_WEIGHT
    body = tokens(article.text)
    for index, token in enumerate(body):
        counts[token] += LEAD_WEIGHT if index < LEAD_WORDS else 1.0
    return counts


def featurise(articles: Sequence[Article]) -> list[Features]:
    """Turn articles into normalised TF-IDF vectors with their publication days."""
    counts = [term_counts(article) for article in articles]
    document_frequency: Counter[str] = Counter()
    for count in counts:
        document_frequency.update(count.keys())
    total = len(articles)
    idf = {term: math.log((total + 1) / (df + 1)) + 1.0 for term, df in document_frequency.items()}
    features = []
    for article, count in zip(articles, counts, strict=True):
        vector = {term: (1.0 + math.log(weight)) * idf[term] for term, weight in count.items()}
        features.append(Features(normalise(vector), _day(article)))
    return features


def normalise(vector: Vector) -> Vector:
    """Scale a vector to unit length (an empty vector stays empty)."""
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {term: value / norm for term, value in vector.items()} if norm else {}


def dot(left: Vector, right: Vector) -> float:
    """Dot product of two sparse vectors."""
    if len(left) > len(right):
        left, right = right, left
    return sum(value * right.get(term, 0.0) for term, value in left.items())


def _day(article: Article) -> float | None:
    """Return the publication time in days since the epoch."""
    return article.published.timestamp() / 86400.0 if article.published else None
