"""Near-duplicate detection for story grouping: bottom-k MinHash sketches of word shingles.

Wire copies and syndicated articles are collapsed into one unit before comparing, so that five
copies of one agency text do not outvote the other outlets' reporting of the same event.
"""

from __future__ import annotations

import heapq
import logging
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from briefing.models import Article
from briefing.text import words

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
"""Words per shingle."""
SHINGLED_WORDS = 200
"""Only the opening words are shingled: copies share their leads, and it bounds the cost."""
SKETCH_SIZE = 32
"""Smallest shingle hashes kept per article."""
DUPLICATE_JACCARD = 0.6
"""Estimated shingle overlap at which two articles count as copies of one text."""
MAX_POSTING = 200
"""Sketch values shared by more articles than this are boilerplate, not evidence of copying."""


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    """Hash a word deterministically (Python's str hash changes between runs)."""
    return zlib.crc32(word.encode("utf-8"))


def sketch(article: Article) -> tuple[int, ...]:
    """Return the bottom-k MinHash sketch of the article's opening word shingles."""
    hashes = [_word_hash(word) for word in words(article.text)[:SHINGLED_WORDS]]
    if len(hashes) < SHINGLE_WORDS:
        return ()
    shingles = {
        hash(tuple(hashes[index : index + SHINGLE_WORDS]))
        for index in range(len(hashes) - SHINGLE_WORDS + 1)
    }
    return tuple(sorted(heapq.nsmallest(SKETCH_SIZE, shingles)))


def resemblance(left: tuple[int, ...], right: tuple[int, ...]) -> float:
    """Estimate the Jaccard overlap of two texts from their bottom-k sketches."""
    if not left or not right:
        return 0.0
    union = heapq.nsmallest(min(SKETCH_SIZE, len(set(left) | set(right))), set(left) | set(right))
    shared = set(left) & set(right)
    return sum(1 for value in union if value in shared) / len(union)


def duplicate_groups(
    articles: Sequence[Article], sketches: Sequence[tuple[int, ...]] | None = None
) -> list[list[int]]:
    """Group article indexes into sets of near-identical texts; ``sketches`` if already made."""
    if sketches is None:
        sketches = [sketch(article) for article in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, values in enumerate(sketches):
        for value in values:
            postings[value].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for posting in postings.values():
        if len(posting) <= MAX_POSTING:
            for position, left in enumerate(posting):
                shared.update((left, right) for right in posting[position + 1 :])
    parent = list(range(len(articles)))
    for (left, right), count in sorted(shared.items()):
        # Resemblance counts shared values among at least the shorter sketch's length: a pair
        # sharing fewer values cannot reach the threshold, so it is not estimated at all.
        needed = DUPLICATE_JACCARD * min(len(sketches[left]), len(sketches[right]))
        if count >= needed and resemblance(sketches[left], sketches[right]) >= DUPLICATE_JACCARD:
            union(parent, left, right)
    return components(parent)


def union(parent: list[int], left: int, right: int) -> None:
    """Join two sets of a union-find forest (the smaller index becomes the root)."""
    left, right = _find(parent, left), _find(parent, right)
    if left != right:
        parent[max(left, right)] = min(left, right)


def _find(parent: list[int], index: int) -> int:
    """Find the root of a set, halving the path on the way."""
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index


def components(parent: list[int]) -> list[list[int]]:
    """List the sets of a union-find forest, each sorted, in order of their first member."""
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(parent)):
        groups[_find(parent, index)].append(index)
    return [groups[root] for root in sorted(groups)]
