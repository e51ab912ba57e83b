"""What templates receive inside their page contexts: times, stories, sources, days, pagers.

Every field of a page context becomes a top-level template variable. Links are paths from the site
root; templates put ``root`` (the relative way back to the root) in front of them. Text is plain
and is escaped by Jinja's autoescape; ``href`` values are already checked to be http(s). The page
contexts themselves are in ``context_pages.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time, in the configured time zone."""

    iso: str
    """ISO 8601 with offset, for ``<time datetime>``; the day only when untimed."""
    date: str
    """The day in words, e.g. ``4 March 2031``."""
    time: str
    """The clock time and zone, e.g. ``09:00 UTC``; empty when untimed."""
    timed: bool
    """False when the source gave the day only: show ``date`` alone."""


@dataclass(frozen=True, slots=True)
class Site:
    """What every page knows about the site."""

    title: str
    """The site title (the briefing's, from the configuration)."""
    description: str
    """The one-line description."""
    language: str
    """The language code for ``<html lang>``."""
    built_at: Moment
    """When the site was built (the injected build time)."""
    story_count: int
    """How many stories the site holds."""
    tag_count: int
    """How many tags its stories carry; the default theme's menu leaves Tags out at 0."""
    base_url: str
    """The absolute URL the site is published at, ending in ``/``; empty when not configured."""


@dataclass(frozen=True, slots=True)
class NameLink:
    """An outlet or tag with its page and how many stories it has."""

    name: str
    """The outlet or tag as written in the articles."""
    url: str
    """Its page, from the site root."""
    count: int
    """How many stories it appears in."""


@dataclass(frozen=True, slots=True)
class StoryCard:
    """A story as listings show it."""

    id: str
    """The story's stable id."""
    url: str
    """Its page, from the site root."""
    headline: str
    """The story's headline."""
    gist: str
    """The first sentences of the summary, one short paragraph."""
    outlets: tuple[NameLink, ...]
    """The outlets that carried it, in order of first report."""
    outlet_count: int
    """How many distinct outlets carried it (articles of unknown outlet count one each)."""
    article_count: int
    """How many articles it merges."""
    first: Moment | None
    """The earliest article's time; None when no article is dated."""
    last: Moment | None
    """The latest article's time; None when no article is dated."""
    span: str
    """The time covered in words, e.g. ``4 March 2031, 09:00–13:30 UTC``."""
    tags: tuple[NameLink, ...]
    """The tags of its articles, first seen first."""


@dataclass(frozen=True, slots=True)
class Source:
    """One article of a story, as its sources list shows it."""

    number: int
    """Its 1-based number, used by summary markers."""
    anchor: str
    """The id of its entry on the story page, e.g. ``source-1``."""
    outlet: str
    """The outlet, or ``unknown``."""
    title: str
    """The article's headline."""
    author: str
    """The byline, or ``unknown``."""
    published: Moment | None
    """When it was published; None when unknown."""
    updated: Moment | None
    """When its source says it was last updated; None when unsaid or ``published`` is None."""
    href: str | None
    """The article's link if it is http(s); None otherwise."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A small mark after a summary sentence or quote pointing to one source."""

    number: int
    """The source's number."""
    anchor: str
    """The source's entry on the page, e.g. ``source-1``."""
    outlet: str
    """The source's outlet, or ``unknown``."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One summary sentence and the sources that carry it."""

    text: str
    """The sentence."""
    markers: tuple[Marker, ...]
    """Its sources, the one it was taken from first."""
    earlier: Moment | None
    """When its first source came out, if a report a day newer overtook all its sources."""


@dataclass(frozen=True, slots=True)
class KeyQuote:
    """A key quote with its speaker and outlets."""

    text: str
    """The quoted words, without quotation marks; quotes inside them are single (‘ ’)."""
    speaker: str
    """Who said it, first letter capitalised (``Her publisher``), or ``unknown``."""
    outlets: tuple[str, ...]
    """The outlets that carry it."""
    markers: tuple[Marker, ...]
    """The sources that carry it."""
    mid_sentence: bool
    """Whether the words open mid-sentence (the default theme puts an ellipsis before them)."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One article on the story's timeline."""

    source: Source
    """The article."""
    offset: str
    """Time after the first report, e.g. ``first report``, ``+4 h 30 min``, ``same time``."""


@dataclass(frozen=True, slots=True)
class Day:
    """Stories grouped under one calendar day (of their latest article)."""

    label: str
    """The day in words, or ``Undated``."""
    iso: str | None
    """``YYYY-MM-DD``; None for undated stories."""
    url: str | None
    """The day's archive page; None for undated stories."""
    stories: tuple[StoryCard, ...]
    """The day's stories, ranked: most outlets first, then most recent."""


@dataclass(frozen=True, slots=True)
class PageLink:
    """A link to a numbered page of a listing."""

    number: int
    """The page number, from 1."""
    url: str
    """The page, from the site root."""
    current: bool
    """Whether it is the page being shown."""


@dataclass(frozen=True, slots=True)
class Pager:
    """Where a front page stands among all front pages."""

    number: int
    """This page's number, from 1."""
    count: int
    """How many front pages there are."""
    previous: str | None
    """The newer page, from the site root; None on the first."""
    next: str | None
    """The older page, from the site root; None on the last."""
    pages: tuple[PageLink, ...]
    """The pages to link: the first, the last and two either side of this one; a gap is ``…``."""


@dataclass(frozen=True, slots=True)
class DayLink:
    """A day in the archive."""

    label: str
    """The day in words."""
    iso: str
    """``YYYY-MM-DD``."""
    url: str
    """Its archive page, from the site root."""
    count: int
    """How many stories it holds."""
