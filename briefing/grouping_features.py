"""Article features for story grouping: weighted, IDF-scaled term vectors, dates and weekdays."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

from briefing.models import Article
from briefing.text import STOP_WORDS, words

log = logging.getLogger(__name__)

Vector = dict[str, float]

TITLE_WEIGHT = 3.0
"""How much a headline word counts against a body word: headlines name the event."""
LEAD_WEIGHT = 2.0
"""How much a lead word counts: news puts who, what, where and when first."""
LEAD_WORDS = 60
"""Length of the lead in content words."""
NAME_WEIGHT = 0.5
"""Weight of a multi-word capitalised name (cased text only) on top of its words; measured
neutral on the cased corpus files (its words already count), so it stays light."""
WEEKDAY_CHARS = 600
"""Length of the lead, in characters (about a hundred words), whose weekdays date the event."""

_SUFFIXES = ("ing", "ed", "es", "s")
_NUMBER = re.compile(r"^\d[\d.,]*$")
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_WEEKDAY = {f"{stem}day": number for number, stem in enumerate(_WEEKDAYS)}
# No leading \b: the scan runs twice as fast, and no English word ends in a weekday's name.
_WEEKDAY_NAME = re.compile(rf"(?:{'|'.join(_WEEKDAYS)})day\b")
# Two or more capitalised words in a row, e.g. "Jamal Khashoggi", "Port Elsby Lifeboat".
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’-]+)+")


@dataclass(frozen=True, slots=True)
class Features:
    """What grouping compares about one article."""

    vector: Vector
    """L2-normalised TF-IDF weights of its terms."""
    day: float | None
    """Publication time in days since the epoch; None when unknown."""
    weekdays: frozenset[int]
    """Days of the week (Monday 0) that the headline and lead name: when the event happened."""


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


@lru_cache(maxsize=500_000)
def _token(word: str) -> str:
    """Map one lowercase word to its comparable token; empty for stop words and fragments."""
    word = word.replace("'s", "").strip(".-'")
    if len(word) < 2 or word in STOP_WORDS:
        return ""
    return word if _NUMBER.match(word) else stem(word)


def tokens(text: str) -> list[str]:
    """Return the comparable tokens of a text: stemmed content words and numbers."""
    return [token for token in map(_token, words(text)) if token]


def names(text: str) -> list[str]:
    """Return multi-word capitalised names of a cased text, lowercased (none in lowercased text)."""
    found = []
    for match in _NAME.finditer(text):
        parts = [word for word in words(match.group(0)) if word not in STOP_WORDS]
        if len(parts) >= 2:
            found.append("_".join(parts))
    return found


def term_counts(article: Article) -> dict[str, float]:
    """Count the article's tokens, headline and lead weighted over the tail."""
    counts: dict[str, float] = defaultdict(float)
    for token in tokens(article.title):
        counts[token] += TITLE_WEIGHT
    for index, token in enumerate(tokens(article.text)):
        counts[token] += LEAD_WEIGHT if index < LEAD_WORDS else 1.0
    for name in names(article.title) + names(article.text):
        counts[name] += NAME_WEIGHT
    return counts


def featurise(
    articles: Sequence[Article], counts: Sequence[dict[str, float]] | None = None
) -> list[Features]:
    """Turn articles into normalised TF-IDF vectors; ``counts`` are their term counts if known."""
    if counts is None:
        counts = [term_counts(article) for article in articles]
    document_frequency: Counter[str] = Counter()
    for count in counts:
        document_frequency.update(count.keys())
    idf = inverse_frequency(document_frequency, len(articles))
    return [
        featurise_one(article, count, idf) for article, count in zip(articles, counts, strict=True)
    ]


def inverse_frequency(frequency: Mapping[str, int], total: int) -> dict[str, float]:
    """Return each term's IDF among ``total`` documents, from its document frequency."""
    return {term: math.log((total + 1) / (df + 1)) + 1.0 for term, df in frequency.items() if df}


def featurise_one(article: Article, count: dict[str, float], idf: dict[str, float]) -> Features:
    """Turn one article's term counts into its normalised TF-IDF vector, with its dates."""
    vector = {term: _damp(weight) * idf[term] for term, weight in count.items()}
    return Features(normalise(vector), _day(article), weekdays(article))


def weekdays(article: Article) -> frozenset[int]:
    """Return the days of the week (Monday 0) named in the headline and the lead."""
    lead = f"{article.title}\n{article.text[:WEEKDAY_CHARS]}".lower()
    return frozenset(_WEEKDAY[name] for name in _WEEKDAY_NAME.findall(lead))


def _damp(weight: float) -> float:
    """Dampen a term count logarithmically, so that repetition adds little."""
    return 1.0 + math.log(weight) if weight > 1.0 else weight


def normalise(vector: Vector) -> Vector:
    """Scale a vector to unit length (an empty vector stays empty)."""
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {term: value / norm for term, value in vector.items()} if norm else {}


def mean_vector(vectors: Sequence[Vector]) -> Vector:
    """Return the unit-length mean of near-identical articles' vectors."""
    if len(vectors) == 1:
        return vectors[0]
    total: Vector = defaultdict(float)
    for vector in vectors:
        for term, value in vector.items():
            total[term] += value
    return normalise(total)


def dot(left: Vector, right: Vector) -> float:
    """Dot product of two sparse vectors."""
    # Intersecting the key views runs in C; most pairs share few terms. The set's order depends
    # on the string hash seed, so the sum must not: fsum is exact whatever the order.
    shared = left.keys() & right.keys()
    return math.fsum(map(mul, map(left.__getitem__, shared), map(right.__getitem__, shared)))


def _day(article: Article) -> float | None:
    """Return the publication time in days since the epoch."""
    return article.published.timestamp() / 86400.0 if article.published else None
