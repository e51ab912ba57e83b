"""Credit a summary sentence to every article that reports it, word for word or as one point."""

from __future__ import annotations

from collections.abc import Callable, Sequence

NEAR_IDENTICAL = 0.7
"""Dice overlap of content terms above which another article carries the same sentence."""


def carriers(
    index: int,
    sources: Sequence[int],
    term_sets: Sequence[frozenset[str]],
    bodies: Sequence[Sequence[frozenset[str]]],
    same_point: Callable[[int, int], bool],
) -> list[int]:
    """Return the articles that report candidate ``index``: its own first, then in story order.

    Another article reports it when one of its sentences is near-identical (``bodies`` holds
    every sentence's terms, usable or not), or when one of its candidates states the same point
    in other words (``same_point`` compares two candidates, as the repeat rules do).
    """
    mine, own = term_sets[index], sources[index]
    found = [own]
    for article, body in enumerate(bodies):
        if article == own:
            continue
        if any(near_identical(mine, other) for other in body) or any(
            same_point(index, k) for k, source in enumerate(sources) if source == article
        ):
            found.append(article)
    return found


def near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether two term sets overlap enough to be the same sentence."""
    if not a or not b:
        return False
    return 2 * len(a & b) / (len(a) + len(b)) >= NEAR_IDENTICAL
