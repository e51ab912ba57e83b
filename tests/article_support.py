"""A small in-memory article for tests of the summary and quote stages."""

from __future__ import annotations

from briefing.models import Article


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
