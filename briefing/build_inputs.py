"""Which of the articles read belong in the site: not the site's own files, nor drafts."""

from __future__ import annotations

from pathlib import Path

from briefing.config import Config
from briefing.errors import Problem
from briefing.models import Article


def not_in_output(
    config: Config, articles: tuple[Article, ...], problems: tuple[Problem, ...]
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Leave out the site's own files when the output folder lies inside a content folder.

    ``briefing build .`` with the default ``site/`` would otherwise read its last site back:
    ``robots.txt`` as an article, a warning for every page.
    """
    output = config.output_dir.resolve()
    if not any(output.is_relative_to(folder.resolve()) for folder in config.content_dirs):
        return articles, problems
    here = Path.cwd()

    def inside(path: str | None) -> bool:
        return path is not None and (here / path).resolve().is_relative_to(output)

    return (
        tuple(a for a in articles if not inside(a.path)),
        tuple(p for p in problems if not inside(p.path)),
    )


def without_drafts(
    config: Config, articles: tuple[Article, ...]
) -> tuple[tuple[Article, ...], int]:
    """Leave out the articles marked ``draft: true`` unless the config builds drafts; return the
    articles kept and how many drafts were left out."""
    if config.drafts:
        return articles, 0
    kept = tuple(article for article in articles if not article.draft)
    return kept, len(articles) - len(kept)
