"""Build every page's context from a briefing: the site plan, before any template runs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar
from zoneinfo import ZoneInfo

from briefing import site_urls as urls
from briefing import site_views as views
from briefing.config import Config
from briefing.context import Day, DayLink, PageLink, Pager, Site, StoryCard
from briefing.context_pages import (
    ArchivePage,
    DayPage,
    FrontPage,
    IndexPage,
    ListingPage,
    StoryPage,
)
from briefing.models import Briefing, BriefStory
from briefing.site_dates import day_text, moment
from briefing.typography import curl_quotes


@dataclass(frozen=True, slots=True)
class Plan:
    """The briefing arranged for the site: stories by day, outlets, tags, cards."""

    site: Site
    """What every page knows about the site."""
    zone: ZoneInfo
    """The configured time zone."""
    briefs: tuple[BriefStory, ...]
    """Every story in listing order: latest day first, ranked within a day."""
    cards: dict[str, StoryCard]
    """Each story's card by story id."""
    days: tuple[tuple[date | None, tuple[BriefStory, ...]], ...]
    """Stories grouped by day, latest first, undated last."""
    outlets: views.Names
    """Outlet names, pages and stories."""
    tags: views.Names
    """Tag names, pages and stories."""


def make_plan(briefing: Briefing, config: Config) -> Plan:
    """Arrange the briefing's stories by day and collect outlets, tags and story cards."""
    zone = ZoneInfo(config.timezone)
    days = _group_by_day(briefing.stories, zone)
    briefs = tuple(brief for _, group in days for brief in group)
    outlets = views.collect_names(briefs, views.story_outlets, urls.outlet_path)
    tags = views.collect_names(briefs, views.story_tags, urls.tag_path)
    cards = {b.story.id: views.story_card(b, outlets, tags, zone) for b in briefs}
    site = Site(
        # Pages curl the quotes of what they show; the default description is "Today's news...".
        title=curl_quotes(briefing.title),
        description=curl_quotes(config.description),
        language=config.language or "en",
        built_at=moment(briefing.built_at, zone),
        story_count=len(briefs),
        tag_count=len(tags.links),
        base_url=config.base_url,
    )
    return Plan(site, zone, briefs, cards, days, outlets, tags)


def _group_by_day(
    briefs: Sequence[BriefStory], zone: ZoneInfo
) -> tuple[tuple[date | None, tuple[BriefStory, ...]], ...]:
    """Group ranked stories by day, keeping the ranking within each day."""
    groups: dict[date | None, list[BriefStory]] = {}
    for brief in briefs:
        groups.setdefault(views.story_day(brief.story, zone), []).append(brief)
    order = sorted(groups, key=lambda d: (d is None, -(d.toordinal() if d else 0)))
    return tuple((day, tuple(groups[day])) for day in order)


def front_pages(plan: Plan, per_page: int) -> Iterator[tuple[str, FrontPage]]:
    """Split the listing into front pages of ``per_page`` stories, grouped by day."""
    chunks = [plan.briefs[i : i + per_page] for i in range(0, len(plan.briefs), per_page)] or [()]
    day_of = {b.story.id: day for day, group in plan.days for b in group}
    for number, chunk in enumerate(chunks, 1):
        path = urls.front_path(number)
        days: dict[date | None, list[StoryCard]] = {}
        for brief in chunk:
            days.setdefault(day_of[brief.story.id], []).append(plan.cards[brief.story.id])
        title = plan.site.title if number == 1 else f"Page {number} – {plan.site.title}"
        page = FrontPage(
            plan.site,
            urls.root_of(path),
            title,
            tuple(_day(day, cards) for day, cards in days.items()),
            _pager(number, len(chunks)),
        )
        yield path, page


def _day(day: date | None, cards: Sequence[StoryCard]) -> Day:
    if day is None:
        return Day("Undated", None, None, tuple(cards))
    return Day(day_text(day), day.isoformat(), urls.href(urls.day_path(day)), tuple(cards))


def _pager(number: int, count: int) -> Pager:
    def url(n: int) -> str:
        return urls.href(urls.front_path(n))

    return Pager(
        number=number,
        count=count,
        previous=url(number - 1) if number > 1 else None,
        next=url(number + 1) if number < count else None,
        pages=tuple(PageLink(n, url(n), n == number) for n in _page_window(number, count)),
    )


PAGER_REACH = 2
"""How many page numbers either side of the current one the pager links (84 links were a wall)."""


def _page_window(number: int, count: int) -> list[int]:
    """Number the pages to link: first, last, and ``PAGER_REACH`` either side of ``number``.

    A gap of one page is filled rather than shown as an ellipsis standing for one number.
    """
    shown = {1, count, *range(number - PAGER_REACH, number + PAGER_REACH + 1)}
    near = sorted(n for n in shown if 1 <= n <= count)
    filled = {n + 1 for n, m in itertools.pairwise(near) if m - n == 2}
    return sorted(set(near) | filled)


def story_pages(plan: Plan) -> Iterator[tuple[str, StoryPage]]:
    """Describe every story page, with its neighbours in listing order."""
    cards = [plan.cards[b.story.id] for b in plan.briefs]
    for index, brief in enumerate(plan.briefs):
        numbered = views.sources(brief.story, plan.zone)
        by_id = {a.id: s for a, s in zip(brief.story.articles, numbered, strict=True)}
        path = urls.story_path(brief.story.id)
        previous, following = _neighbours(cards, index)
        yield (
            path,
            StoryPage(
                site=plan.site,
                root=urls.root_of(path),
                title=f"{cards[index].headline} – {plan.site.title}",
                story=cards[index],
                summary=views.summary(brief, by_id),
                quotes=views.quotes(brief, by_id),
                sources=numbered,
                timeline=views.timeline(brief.story, numbered, plan.zone),
                previous=previous,
                next=following,
            ),
        )


T = TypeVar("T")


def _neighbours(items: Sequence[T], index: int) -> tuple[T | None, T | None]:
    """Return the items before and after ``index`` (None past either end)."""
    before = items[index - 1] if index > 0 else None
    return before, items[index + 1] if index + 1 < len(items) else None


def day_links(plan: Plan) -> tuple[DayLink, ...]:
    """Link every dated day, latest first."""
    return tuple(
        DayLink(day_text(day), day.isoformat(), urls.href(urls.day_path(day)), len(group))
        for day, group in plan.days
        if day is not None
    )


def day_pages(plan: Plan) -> Iterator[tuple[str, DayPage]]:
    """Describe the archive page of every dated day."""
    links = day_links(plan)
    dated = [(day, group) for day, group in plan.days if day is not None]
    for index, (day, group) in enumerate(dated):
        path = urls.day_path(day)
        cards = [plan.cards[b.story.id] for b in group]
        newer, older = _neighbours(links, index)
        yield (
            path,
            DayPage(
                site=plan.site,
                root=urls.root_of(path),
                title=f"{day_text(day)} – {plan.site.title}",
                day=_day(day, cards),
                newer=newer,
                older=older,
            ),
        )


def archive_page(plan: Plan) -> tuple[str, ArchivePage]:
    """Describe the list of every day with stories."""
    undated = sum(len(group) for day, group in plan.days if day is None)
    page = ArchivePage(plan.site, "", f"Archive – {plan.site.title}", day_links(plan), undated)
    return urls.ARCHIVE, page


def name_pages(plan: Plan, kind: str) -> Iterator[tuple[str, IndexPage | ListingPage]]:
    """Describe the index of outlets (or tags) and one page per outlet (or tag)."""
    names = plan.outlets if kind == "outlet" else plan.tags
    path_of = urls.outlet_path if kind == "outlet" else urls.tag_path
    index = urls.OUTLETS if kind == "outlet" else urls.TAGS
    entries = sorted(names.links.values(), key=lambda n: (-n.count, n.name.casefold(), n.name))
    heading = "Outlets" if kind == "outlet" else "Tags"
    yield (
        index,
        IndexPage(
            plan.site, urls.root_of(index), f"{heading} – {plan.site.title}", kind, tuple(entries)
        ),
    )
    for slug, link in sorted(names.links.items()):
        path = path_of(slug)
        cards = tuple(plan.cards[story_id] for story_id in names.stories[slug])
        # As the page's heading says: a tab titled "aldermoor" does not say what it lists.
        listed = f"from {link.name}" if kind == "outlet" else f"tagged “{link.name}”"
        title = f"Stories {listed} – {plan.site.title}"
        yield path, ListingPage(plan.site, urls.root_of(path), title, link, kind, cards)
