"""Incremental near-duplicate groups for watch mode: the groups ``duplicate_groups`` finds.

Whether two articles are copies depends on their two sketches and on which of their shared values
are too common to count (held by more than ``MAX_POSTING`` articles). The pairs found are kept
with an index of sketch values; a build looks up pairs only for the articles that came or
changed, unless a value crossed the commonness limit, which makes it count everything again.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.grouping_minhash import DUPLICATE_JACCARD, MAX_POSTING, components, resemblance, union
from briefing.models import Article

log = logging.getLogger(__name__)

Sketch = tuple[int, ...]


@dataclass(slots=True)
class CopyCache:
    """Sketches, their inverted index and the copy pairs of the last build."""

    sketches: dict[Article, Sketch] = field(default_factory=dict)
    """Each article's sketch."""
    postings: dict[int, set[Article]] = field(default_factory=dict)
    """The articles holding each sketch value."""
    copies: dict[Article, set[Article]] = field(default_factory=dict)
    """The articles each article is a near-identical copy of (both ways)."""

    def groups(self, articles: Sequence[Article], sketches: Sequence[Sketch]) -> list[list[int]]:
        """Group distinct articles' indexes into near-identical sets, as ``duplicate_groups``."""
        current = dict(zip(articles, sketches, strict=True))
        gone = [article for article in self.sketches if article not in current]
        came = [article for article in current if article not in self.sketches]
        if self._patch(gone, came, current):
            came = list(current)
            self.copies = {}
        for article in gone:
            for other in self.copies.pop(article, set()):
                self.copies[other].discard(article)
        for article in came:
            self._find_copies(article)
        index = {article: position for position, article in enumerate(articles)}
        parent = list(range(len(articles)))
        for article, others in self.copies.items():
            for other in others:
                union(parent, index[article], index[other])
        return components(parent)

    def _patch(
        self, gone: list[Article], came: list[Article], current: dict[Article, Sketch]
    ) -> bool:
        """Update the index; tell whether a value crossed the limit (every count may change)."""
        sizes: dict[int, int] = {}
        for article in gone:
            for value in self.sketches[article]:
                posting = self.postings[value]
                sizes.setdefault(value, len(posting))
                posting.discard(article)
                if not posting:
                    del self.postings[value]
        for article in came:
            for value in current[article]:
                posting = self.postings.setdefault(value, set())
                sizes.setdefault(value, len(posting))
                posting.add(article)
        self.sketches = current
        return any(
            (size <= MAX_POSTING) != (len(self.postings.get(value, ())) <= MAX_POSTING)
            for value, size in sizes.items()
        )

    def _find_copies(self, article: Article) -> None:
        """Find the copies of one article through the values it shares with others."""
        shared: Counter[Article] = Counter()
        for value in self.sketches[article]:
            posting = self.postings[value]
            if len(posting) <= MAX_POSTING:
                shared.update(posting)
        own = self.sketches[article]
        found = self.copies.setdefault(article, set())
        for other, count in shared.items():
            theirs = self.sketches[other]
            needed = DUPLICATE_JACCARD * min(len(own), len(theirs))
            if (
                other != article
                and count >= needed
                and other not in found
                and resemblance(own, theirs) >= DUPLICATE_JACCARD
            ):
                found.add(other)
                self.copies.setdefault(other, set()).add(article)
