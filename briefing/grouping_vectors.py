"""Incremental TF-IDF vectors for watch mode: recompute only what an edit can have changed.

An article's vector depends on its own term counts, the number of articles and the document
frequencies of its terms. While the number of articles stays the same, only the articles holding a
term whose document frequency changed get a new vector; every other vector is bit for bit the one
a cold build computes, so it is reused. Each distinct vector carries a serial number, which the
later stages use to recognise work they have already done.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from briefing.grouping_features import Features, featurise_one, inverse_frequency
from briefing.models import Article

log = logging.getLogger(__name__)

FEW_TERMS = 32
"""Up to this many changed terms, look each up in an article's counts instead of the reverse."""


@dataclass(slots=True)
class Featured:
    """One article's features as the last build made them."""

    counts: dict[str, float]
    """The term counts they were made from."""
    features: Features
    """Its TF-IDF vector and publication day."""
    serial: int
    """Number shared by no other vector: equal serials, identical vectors."""


@dataclass(slots=True)
class VectorCache:
    """Document frequencies and per-article features of the last build."""

    serials: Iterator[int] = field(default_factory=itertools.count)
    """Source of serial numbers, shared with the later stages' caches."""
    total: int = 0
    """Number of articles of the last build."""
    frequency: Counter[str] = field(default_factory=Counter)
    """Document frequency of each term."""
    idf: dict[str, float] = field(default_factory=dict)
    """Inverse document frequency of each term."""
    featured: dict[Article, Featured] = field(default_factory=dict)
    """The last build's articles."""

    def featurise(
        self, articles: Sequence[Article], counts: Sequence[dict[str, float]]
    ) -> list[Featured]:
        """Return the features of distinct articles, equal to a cold ``featurise`` of them."""
        current = dict(zip(articles, counts, strict=True))
        previous = self.featured
        if len(current) != self.total:
            changed = self._restart(current)
        else:
            changed = self._update(previous, current)
        self.featured = {}
        for article, count in current.items():
            old = previous.get(article)
            if old is not None and old.counts is count and not _touches(count, changed):
                self.featured[article] = old
            else:
                self.featured[article] = self._make(article, count, old)
        log.debug("document frequencies: %s", "recounted" if changed is None else len(changed))
        return [self.featured[article] for article in articles]

    def _restart(self, current: dict[Article, dict[str, float]]) -> set[str] | None:
        """Count every document frequency afresh; None: every vector may change."""
        self.total = len(current)
        self.frequency = Counter()
        for count in current.values():
            self.frequency.update(count.keys())
        self.idf = inverse_frequency(self.frequency, self.total)
        return None

    def _update(
        self, previous: dict[Article, Featured], current: dict[Article, dict[str, float]]
    ) -> set[str]:
        """Apply the articles that left and came to the frequencies; return the changed terms."""
        before: dict[str, int] = {}
        for article, made in previous.items():
            if current.get(article) is not made.counts:
                _shift(self.frequency, before, made.counts, -1)
        for article, count in current.items():
            old = previous.get(article)
            if old is None or old.counts is not count:
                _shift(self.frequency, before, count, 1)
        changed = {term for term, df in before.items() if self.frequency[term] != df}
        for term in before:
            if self.frequency[term] == 0:
                del self.frequency[term]
                self.idf.pop(term, None)
        self.idf.update(inverse_frequency({t: self.frequency[t] for t in changed}, self.total))
        return changed

    def _make(self, article: Article, count: dict[str, float], old: Featured | None) -> Featured:
        """Compute one article's features, keeping the old serial when they come out the same."""
        features = featurise_one(article, count, self.idf)
        if old is not None and old.features == features:
            return Featured(count, old.features, old.serial)
        return Featured(count, features, next(self.serials))


def _shift(
    frequency: Counter[str], before: dict[str, int], count: dict[str, float], by: int
) -> None:
    """Add ``by`` to the document frequency of each term, noting first values in ``before``."""
    for term in count:
        if term not in before:
            before[term] = frequency[term]
        frequency[term] += by


def _touches(count: dict[str, float], changed: set[str] | None) -> bool:
    """Tell whether an article holds a term whose frequency changed (None: all changed)."""
    if changed is None:
        return True
    if len(changed) <= FEW_TERMS:
        return any(term in count for term in changed)
    return not changed.isdisjoint(count)
