"""``briefing.json``: the machine-readable briefing written beside the HTML."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from briefing.config import Config
from briefing.models import Article, Briefing, BriefStory, Page, QuoteMention

FORMAT_VERSION = 1
"""Raised when a field changes meaning or disappears; new fields do not raise it."""


def briefing_json(briefing: Briefing, config: Config, story_url: Callable[[str], str]) -> Page:
    """Render the whole briefing as one JSON document (stable key order, UTF-8, LF)."""
    document = {
        "version": FORMAT_VERSION,
        "title": briefing.title,
        "built_at": _iso(briefing.built_at),
        "stories": [_story(brief, config, story_url) for brief in briefing.stories],
    }
    text = json.dumps(document, ensure_ascii=False) + "\n"
    return Page("briefing.json", text.encode("utf-8"))


def _story(brief: BriefStory, config: Config, story_url: Callable[[str], str]) -> dict[str, Any]:
    summary = brief.summary
    by_article: dict[str, list[QuoteMention]] = {}
    for mention in summary.mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    return {
        "id": brief.story.id,
        "title": summary.headline,
        "url": config.base_url + story_url(brief.story.id),
        "articles": [_article(a, by_article.get(a.id, [])) for a in brief.story.articles],
        "summary": [{"text": s.text, "articles": list(s.articles)} for s in summary.sentences],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "articles": list(q.articles)}
            for q in summary.quotes
        ],
    }


def _article(article: Article, mentions: list[QuoteMention]) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "author": article.author,
        "published": _published(article),
        "updated": _iso(article.updated),
        "tags": list(article.tags),
        "quotes": [{"text": m.text, "speaker": m.speaker} for m in mentions],
    }


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _published(article: Article) -> str | None:
    """Write the publication time, or only its day when the source gave no time of day."""
    if article.published is None or article.timed:
        return _iso(article.published)
    return article.published.date().isoformat()
