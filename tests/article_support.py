"""A small in-memory article for tests of the summary and quote stages, and a reader helper."""

from __future__ import annotations

from pathlib import Path

from briefing.content import read_articles
from briefing.models import Article


def read_files(tmp_path: Path, files: dict[str, str]) -> tuple[Article, list[str]]:
    """Write files under tmp_path/content, read them and return the one article and problems."""
    for name, text in files.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    articles, problems = read_articles([tmp_path / "content"], base=tmp_path)
    assert len(articles) == 1
    return articles[0], [str(p) for p in problems]


def article(ident: str, title: str, *paragraphs: str, outlet: str | None = None) -> Article:
    """Make an undated article with no link or author; the outlet defaults to the id, titled."""
    return Article(
        id=ident,
        path=f"content/{ident}.md",
        title=title,
        outlet=outlet or ident.title(),
        url=None,
        author=None,
        published=None,
        tags=(),
        story_key=None,
        paragraphs=paragraphs,
    )
