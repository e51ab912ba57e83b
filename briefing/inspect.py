"""What briefing understood of one article, for ``briefing inspect``: as text or as JSON."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.content.files import ARTICLE_SUFFIXES
from briefing.content.sidecar import is_sidecar
from briefing.errors import ContentError
from briefing.models import Article, QuoteMention
from briefing.quotes import extract_quotes
from briefing.text import sentences

log = logging.getLogger(__name__)

BODY_START_CHARS = 160
_LABEL_WIDTH = 10


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """The reader's and the quote extractor's view of one article."""

    path: str
    """The input file as the article records it."""
    headline: str
    """The headline found (the file name when the text has none)."""
    outlet: str | None
    """The publication; None when unknown."""
    author: str | None
    """The byline, names only; None when unknown."""
    published: str | None
    """Publication time in ISO 8601 (the day alone when no time is known); None when unknown."""
    updated: str | None
    """When the source says it was last updated, in ISO 8601; None when it does not say."""
    draft: bool
    """Whether it is marked as a draft, left out of the site unless drafts are built."""
    url: str | None
    """Where the article was published; None when unknown."""
    standfirst: tuple[str, ...]
    """The standfirst's paragraphs, set over the lead; empty when the body opens with its lead."""
    body_start: str
    """The first words of the body, to check that page furniture was left out."""
    sentences: tuple[str, ...]
    """The body's sentences in reading order."""
    quotes: tuple[QuoteMention, ...]
    """The direct quotations found, with speakers, in reading order."""


def inspect_article(article: Article) -> ArticleReport:
    """Report what the reader and the quote extractor made of an article."""
    return ArticleReport(
        path=article.path,
        headline=article.title,
        outlet=article.outlet,
        author=article.author,
        published=_when(article),
        updated=article.updated.isoformat() if article.updated else None,
        draft=article.draft,
        url=article.url,
        standfirst=article.paragraphs[: article.standfirst],
        body_start=_body_start(article.text),
        sentences=tuple(sentence for _, sentence in sentences(article.paragraphs)),
        quotes=extract_quotes(article),
    )


def _body_start(text: str) -> str:
    """Return the body's first characters, cut at a word boundary, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= BODY_START_CHARS:
        return flat
    cut = flat[:BODY_START_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def format_report(report: ArticleReport) -> str:
    """Render a report as plain text for a terminal."""
    fields = [
        ("File", report.path),
        ("Headline", report.headline),
        ("Outlet", report.outlet),
        ("Author", report.author),
        ("Date", report.published),
        *([("Updated", report.updated)] if report.updated else []),
        *([("Draft", "yes: left out unless drafts are built")] if report.draft else []),
        ("URL", report.url),
        *([("Standfirst", " ".join(report.standfirst))] if report.standfirst else []),
        ("Body", report.body_start),
    ]
    lines = [f"{label + ':':<{_LABEL_WIDTH + 1}} {value or '(unknown)'}" for label, value in fields]
    lines.append(f"Sentences ({len(report.sentences)}):")
    lines.extend(f"  {number:>3}. {text}" for number, text in enumerate(report.sentences, 1))
    lines.append(f"Quotes ({len(report.quotes)}):")
    for number, quote in enumerate(report.quotes, 1):
        lines.append(f"  {number:>3}. “{quote.text}”")
        lines.append(f"       — {quote.speaker or '(speaker unknown)'}")
    return "\n".join(lines) + "\n"


def report_data(report: ArticleReport) -> dict[str, object]:
    """Return a report as plain data with a fixed key order."""
    return {
        "path": report.path,
        "headline": report.headline,
        "outlet": report.outlet,
        "author": report.author,
        "published": report.published,
        "updated": report.updated,
        "draft": report.draft,
        "url": report.url,
        "standfirst": list(report.standfirst),
        "body_start": report.body_start,
        "sentences": list(report.sentences),
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end}
            for q in report.quotes
        ],
    }


def report_json(report: ArticleReport | Sequence[ArticleReport]) -> str:
    """Render a report (or several, as one array) as indented JSON with a stable key order."""
    if isinstance(report, ArticleReport):
        data: object = report_data(report)
    else:
        data = [report_data(r) for r in report]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def check_article_path(path: Path) -> None:
    """Raise a ContentError unless ``path`` is a file briefing reads as an article."""
    if path.is_dir():
        raise ContentError(
            "This is a folder, not an article file.",
            path=path,
            hint=f"Give the path of an article in it, e.g. {path / '*.md'}, "
            "or build the folder with `briefing build`.",
        )
    if not path.is_file():
        raise ContentError("No such file.", path=path, hint="Give the path of an article file.")
    if is_sidecar(path.name):
        raise ContentError(
            "This is sidecar metadata, not an article.",
            path=path,
            hint="Inspect an article it describes: its metadata is shown there.",
        )
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ContentError(
            "Not an article file: briefing reads Markdown (.md, .markdown) and plain text (.txt).",
            path=path,
            hint="Convert it to Markdown or plain text, or give another file.",
        )


def _when(article: Article) -> str | None:
    """Write the publication time in ISO 8601, the day alone when no time of day is known."""
    if article.published is None:
        return None
    return article.published.isoformat() if article.timed else article.published.date().isoformat()
