"""What each template receives: one frozen dataclass per page, documented in the README.

Every field of a page context becomes a top-level template variable.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.context import (
    Day,
    DayLink,
    KeyQuote,
    NameLink,
    Pager,
    Sentence,
    Site,
    Source,
    StoryCard,
    TimelineEntry,
)


@dataclass(frozen=True, slots=True)
class FrontPage:
    """``index.html`` and ``page/N.html``: the latest day first, then older days."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root (empty or ``../`` ...)."""
    title: str
    """The page title."""
    days: tuple[Day, ...]
    """This page's stories grouped by day, latest day first."""
    pager: Pager
    """Pagination."""


@dataclass(frozen=True, slots=True)
class StoryPage:
    """``stories/<id>.html``: one story in full."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root."""
    title: str
    """The page title: the headline and the site title."""
    story: StoryCard
    """The story's headline, outlets, span and tags."""
    summary: tuple[Sentence, ...]
    """The merged summary in reading order."""
    quotes: tuple[KeyQuote, ...]
    """The key quotes."""
    sources: tuple[Source, ...]
    """Every article, numbered, earliest first."""
    timeline: tuple[TimelineEntry, ...]
    """Every article by publication time (undated last); empty with fewer than two dated."""
    previous: StoryCard | None
    """The story listed before this one on the front pages; None for the first."""
    next: StoryCard | None
    """The story listed after this one; None for the last."""


@dataclass(frozen=True, slots=True)
class DayPage:
    """``YYYY/MM/DD/index.html``: every story of one day."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root."""
    title: str
    """The page title."""
    day: Day
    """The day and its stories."""
    newer: DayLink | None
    """The next later day with stories; None for the latest."""
    older: DayLink | None
    """The next earlier day with stories; None for the earliest."""


@dataclass(frozen=True, slots=True)
class ArchivePage:
    """``archive.html``: every day with stories."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root."""
    title: str
    """The page title."""
    days: tuple[DayLink, ...]
    """Every dated day, latest first."""
    undated: int
    """How many stories have no date (listed on the front pages only)."""


@dataclass(frozen=True, slots=True)
class ListingPage:
    """``outlets/<slug>.html`` and ``tags/<slug>.html``: every story of one outlet or tag."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root."""
    title: str
    """The page title."""
    subject: NameLink
    """The outlet or tag."""
    kind: str
    """``outlet`` or ``tag``."""
    stories: tuple[StoryCard, ...]
    """Its stories, latest first."""


@dataclass(frozen=True, slots=True)
class IndexPage:
    """``outlets/index.html`` and ``tags/index.html``: every outlet or tag with its count."""

    site: Site
    """The site."""
    root: str
    """Relative path from this page to the site root."""
    title: str
    """The page title."""
    kind: str
    """``outlet`` or ``tag``."""
    entries: tuple[NameLink, ...]
    """Every outlet or tag, most stories first, then by name."""


@dataclass(frozen=True, slots=True)
class PlainPage:
    """``search.html`` and ``404.html``: pages with no content of their own."""

    site: Site
    """The site."""
    root: str
    """Relative path to the site root; on ``404.html`` the ``base_url`` when it is set."""
    title: str
    """The page title."""
