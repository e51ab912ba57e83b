"""Per-article grouping work kept between builds in watch mode: term counts and MinHash sketches.

Only what depends on one article alone is kept; IDF and everything after it depend on the whole
corpus and are recomputed each build, so a cached grouping equals a cold one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from briefing.grouping_features import term_counts
from briefing.grouping_minhash import sketch
from briefing.models import Article

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(slots=True)
class GroupingCache:
    """Term counts and sketches of the last build's articles, keyed by the exact article."""

    counts: dict[Article, dict[str, float]] = field(default_factory=dict)
    """Weighted term counts (never mutated once made)."""
    sketches: dict[Article, tuple[int, ...]] = field(default_factory=dict)
    """Bottom-k MinHash sketches."""

    def term_counts(self, articles: Sequence[Article]) -> list[dict[str, float]]:
        """Return each article's term counts, keeping only this build's entries."""
        self.counts, found = _reuse(self.counts, articles, term_counts)
        return found

    def sketch_all(self, articles: Sequence[Article]) -> list[tuple[int, ...]]:
        """Return each article's sketch, keeping only this build's entries."""
        self.sketches, found = _reuse(self.sketches, articles, sketch)
        return found


def _reuse(
    previous: dict[Article, T], articles: Sequence[Article], make: Callable[[Article], T]
) -> tuple[dict[Article, T], list[T]]:
    """Look each article up in the previous build's values, making the missing ones."""
    kept: dict[Article, T] = {}
    for article in articles:
        value = previous.get(article)
        kept[article] = make(article) if value is None else value
    return kept, [kept[article] for article in articles]
