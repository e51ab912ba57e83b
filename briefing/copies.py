"""Leave out an article that repeats another word for word: the same file saved twice.

Two outlets that ran the same wire copy are two sources and both stay; the same outlet's
article twice (or two copies with no outlet named) would list one source twice and weigh its
words double in the story's summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.errors import Problem, Severity
from briefing.models import Article


def without_copies(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Return the articles less those repeating an earlier one's outlet, headline and text, with
    a warning for each left out (the first in the reader's order is kept)."""
    kept: dict[tuple[str, str, tuple[str, ...]], Article] = {}
    problems: list[Problem] = []
    for article in articles:
        key = ((article.outlet or "").casefold(), article.title, article.paragraphs)
        first = kept.setdefault(key, article)
        if first is not article:
            problems.append(_copy(article, first))
    return tuple(kept.values()), tuple(problems)


def _copy(article: Article, first: Article) -> Problem:
    return Problem(
        Severity.WARNING,
        f"Same article as {first.path}: same outlet, headline and text (left out).",
        article.path,
        hint="Delete one of the two files; if two outlets ran the same copy, name each outlet.",
    )
