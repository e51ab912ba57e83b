"""Grouping work kept between builds in watch mode; a cached grouping equals a cold one.

Per-article work (term counts, MinHash sketches) is kept by article. The corpus-wide stages keep
their own state (``grouping_vectors``, ``grouping_pairs``, ``grouping_linkage``) and redo only what
the articles that changed can have changed: every value they reuse is one a cold build computes
bit for bit, so the stories are the same.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from briefing.grouping_copies import CopyCache
from briefing.grouping_features import Vector, mean_vector, term_counts
from briefing.grouping_linkage import LinkageCache
from briefing.grouping_minhash import sketch
from briefing.grouping_pairs import PARALLEL_FROM, PairCache
from briefing.grouping_vectors import Featured, VectorCache
from briefing.models import Article
from briefing.parallel import ordered_map

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(slots=True)
class GroupingCache:
    """What the last build's grouping computed, for the next build to reuse."""

    counts: dict[Article, dict[str, float]] = field(default_factory=dict)
    """Weighted term counts (never mutated once made)."""
    sketches: dict[Article, tuple[int, ...]] = field(default_factory=dict)
    """Bottom-k MinHash sketches."""
    copies: CopyCache = field(default_factory=CopyCache)
    """Sketch index and near-identical pairs."""
    serials: Iterator[int] = field(default_factory=itertools.count)
    """Source of the serial numbers that name vectors and clusters."""
    vectors: VectorCache = field(init=False)
    """Document frequencies and article vectors."""
    units: dict[tuple[int, ...], tuple[int, Vector]] = field(default_factory=dict)
    """Serial and mean vector of a unit of near-identical articles, by their vectors' serials."""
    pairs: PairCache = field(default_factory=PairCache)
    """Inverted index, neighbours and similarities of the units."""
    linkage: LinkageCache = field(init=False)
    """Merged clusters and merge scores."""

    def __post_init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Drop all corpus-wide state (kept per-article values stay valid)."""
        self.copies = CopyCache()
        self.vectors = VectorCache(self.serials)
        self.units = {}
        self.pairs = PairCache()
        self.linkage = LinkageCache(self.serials)

    def term_counts(self, articles: Sequence[Article], jobs: int = 1) -> list[dict[str, float]]:
        """Return each article's term counts, keeping only this build's entries."""
        self.counts, found = _reuse(self.counts, articles, term_counts, jobs)
        return found

    def sketch_all(self, articles: Sequence[Article], jobs: int = 1) -> list[tuple[int, ...]]:
        """Return each article's sketch, keeping only this build's entries."""
        self.sketches, found = _reuse(self.sketches, articles, sketch, jobs)
        return found

    def unit_vectors(
        self, groups: Sequence[Sequence[int]], featured: Sequence[Featured]
    ) -> list[tuple[int, Vector]]:
        """Return the serial and unit-length mean vector of each group of near-identical copies."""
        previous, self.units = self.units, {}
        found = []
        for group in groups:
            if len(group) == 1:
                one = featured[group[0]]
                found.append((one.serial, one.features.vector))
                continue
            key = tuple(featured[index].serial for index in group)
            known = previous.get(key)
            if known is None:
                vectors = [featured[index].features.vector for index in group]
                known = (next(self.serials), mean_vector(vectors))
            self.units[key] = known
            found.append(known)
        return found


def _reuse(
    previous: dict[Article, T],
    articles: Sequence[Article],
    make: Callable[[Article], T],
    jobs: int,
) -> tuple[dict[Article, T], list[T]]:
    """Look each article up in the previous build's values, making the missing ones."""
    kept = {article: previous.get(article) for article in articles}
    missing = [article for article, value in kept.items() if value is None]
    made = iter(ordered_map(make, missing, jobs, min_items=PARALLEL_FROM))
    found = {article: next(made) if value is None else value for article, value in kept.items()}
    return found, [found[article] for article in articles]
