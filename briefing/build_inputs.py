"""Which of the articles read belong in the site: not the site's own files, not linked-in ones."""

from __future__ import annotations

from pathlib import Path

from briefing.config import Config
from briefing.errors import Problem, Severity
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


def linked_in(
    config: Config, articles: tuple[Article, ...], problems: tuple[Problem, ...]
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Leave out articles that are symlinks to files outside every content folder, with a warning.

    A stray link (to ``/etc/passwd``, a draft in the home folder) would otherwise be published;
    Hugo and Jekyll's safe mode do not follow such links either.
    """
    here = Path.cwd()
    folders = [folder.resolve() for folder in config.content_dirs]
    kept, left = [], []
    for article in articles:
        path = here / article.path if article.path else None
        target = path.resolve() if path is not None and path.is_symlink() else None
        if target is None or any(target.is_relative_to(folder) for folder in folders):
            kept.append(article)
            continue
        left.append(
            Problem(
                Severity.WARNING,
                f"Left out: a symlink to a file outside the content folders ({target}).",
                article.path,
                hint="Copy the file into a content folder, or add its folder to 'content_dirs' "
                "in briefing.yaml.",
            )
        )
    return tuple(kept), (*problems, *left)
