"""The values that flow through the build: data only, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefing.errors import Problem


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as the reader understood it."""

    id: str
    """Stable identifier derived from the input path, e.g. ``seeds/000-9ead32255a22a434``."""
    path: str
    """The input file, POSIX, relative to the folder the build ran in (absolute if outside it)."""
    title: str
    """The headline; the file name when the text has none."""
    outlet: str | None
    """The publication, e.g. ``NBC News``; None when unknown."""
    url: str | None
    """Where the article was published; None when unknown."""
    author: str | None
    """The byline, names only; None when unknown."""
    published: datetime | None
    """Publication time, timezone-aware (UTC when the source gave no zone); None when unknown."""
    tags: tuple[str, ...]
    """Tags from the front matter or sidecar, in the order given."""
    story_key: str | None
    """An explicit story key that overrides grouping; None to let briefing group."""
    paragraphs: tuple[str, ...]
    """The body as plain-text paragraphs, page furniture removed."""
    timed: bool = True
    """False when the source gave only the day of publication, not the time of day."""
    standfirst: int = 0
    """How many of the body's first paragraphs are a standfirst: the summary line a page sets
    between headline and byline, before the lead (0: the body opens with its lead)."""
    draft: bool = False
    """Marked ``draft: true`` in its front matter or sidecar: left out unless drafts are built."""
    updated: datetime | None = None
    """When the source says it was last updated, timezone-aware, later than ``published``; None
    when it does not say or ``published`` is unknown (an update time alone is the best date
    there is, so the reader gives it as ``published``)."""

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Story:
    """Articles from one or more outlets about the same event."""

    id: str
    """URL slug, stable: derived from the story key or the earliest article, never from rank."""
    articles: tuple[Article, ...]
    """The articles, earliest first (unknown dates last, then by id)."""


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of a merged summary and the articles that reported it."""

    text: str
    """The sentence as it stands in the first article listed."""
    articles: tuple[str, ...]
    """Ids of the articles that carry this sentence or a near-identical one; the source first."""


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """A direct quotation as it occurs in one article."""

    text: str
    """The quoted words without the quotation marks, pieces split by an attribution joined."""
    speaker: str | None
    """The speaker's full name or the article's description of them; None when not found."""
    article_id: str
    """The article it occurs in."""
    start: int
    """Offset of the opening mark in ``Article.text``."""
    end: int
    """Offset just past the closing mark in ``Article.text``."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A key quote of a story, merged across the articles that carry it."""

    text: str
    """The fullest version of the quotation."""
    speaker: str | None
    """Who said it; None when no article names the speaker."""
    articles: tuple[str, ...]
    """Ids of every article that carries it."""


@dataclass(frozen=True, slots=True)
class Summary:
    """What briefing writes about one story."""

    headline: str
    """The most representative headline of the story's articles."""
    sentences: tuple[SummarySentence, ...]
    """The merged summary in reading order."""
    quotes: tuple[Quote, ...]
    """The key quotes, most informative first."""
    mentions: tuple[QuoteMention, ...]
    """Every direct quote found in the story's articles, by article then position."""


@dataclass(frozen=True, slots=True)
class BriefStory:
    """A story together with its summary."""

    story: Story
    """The grouped articles."""
    summary: Summary
    """The merged summary, quotes and headline."""


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a site is rendered from."""

    title: str
    """The site title from the configuration."""
    built_at: datetime
    """The build time (injectable, so that builds are reproducible)."""
    stories: tuple[BriefStory, ...]
    """Stories ranked for the front page: most outlets first, then most recent."""
    problems: tuple[Problem, ...]
    """What was wrong with the input and skipped."""


@dataclass(frozen=True, slots=True)
class Page:
    """One output file, rendered and ready to write."""

    path: str
    """POSIX path relative to the output folder, e.g. ``stories/kerry-iraq/index.html``."""
    content: bytes
    """The exact bytes to write."""
