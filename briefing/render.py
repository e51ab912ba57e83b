"""Render the site: every page, feed and static file, from a briefing and the theme."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from datetime import datetime
from typing import Any

import jinja2

from briefing import feeds, site_pages
from briefing import site_urls as urls
from briefing.config import Config
from briefing.context_pages import (
    ArchivePage,
    DayPage,
    FrontPage,
    IndexPage,
    ListingPage,
    PlainPage,
    StoryPage,
)
from briefing.errors import ThemeError
from briefing.models import Briefing, Page
from briefing.search_index import search_index
from briefing.site_urls import story_path
from briefing.theme import environment, render, static_files

log = logging.getLogger(__name__)

__all__ = ["TEMPLATES", "plan_pages", "story_path", "template_variables"]

Context = FrontPage | StoryPage | DayPage | ArchivePage | ListingPage | IndexPage | PlainPage

TEMPLATES: dict[str, type[Context]] = {
    "index.html": FrontPage,
    "story.html": StoryPage,
    "day.html": DayPage,
    "archive.html": ArchivePage,
    "outlet.html": ListingPage,
    "outlets.html": IndexPage,
    "tag.html": ListingPage,
    "tags.html": IndexPage,
    "search.html": PlainPage,
    "404.html": PlainPage,
}
"""Each page template and the context dataclass it receives (documented in the README)."""


RenderCache = dict[tuple[jinja2.Environment, str, str, "Context"], Page]
"""Pages rendered by an earlier build, keyed by environment, template, path and exact context."""


def plan_pages(
    briefing: Briefing, config: Config, cache: RenderCache | None = None
) -> tuple[Page, ...]:
    """Render every page, feed and static file of the site; raise ThemeError on template errors.

    With a cache (watch mode), a page whose template environment and context are unchanged is
    reused instead of rendered again; the cache is left holding exactly this build's pages.
    """
    env = environment(config)
    plan = site_pages.make_plan(briefing, config)
    html = _render_all(env, _contexts(plan, config), {} if cache is None else cache)
    data = [
        feeds.atom(briefing, config.base_url, config.description, config.feed_items),
        feeds.json_feed(
            briefing, config.base_url, config.description, plan.site.language, config.feed_items
        ),
        feeds.robots(config.base_url),
        search_index(plan.briefs, plan.cards),
    ]
    if config.base_url:
        data.append(feeds.sitemap(config.base_url, _sitemap_entries(briefing, html)))
    else:
        log.info("No base_url: feeds link relatively and no sitemap.xml is written.")
    return (*html, *data, *_static(config))


def _contexts(plan: site_pages.Plan, config: Config) -> Iterator[tuple[str, str, Context]]:
    """List every HTML page as (template, output path, context)."""
    for path, front in site_pages.front_pages(plan, config.stories_per_page):
        yield "index.html", path, front
    for path, story in site_pages.story_pages(plan):
        yield "story.html", path, story
    for path, day in site_pages.day_pages(plan):
        yield "day.html", path, day
    yield "archive.html", *site_pages.archive_page(plan)
    for kind in ("outlet", "tag"):
        for path, page in site_pages.name_pages(plan, kind):
            yield (f"{kind}s.html" if isinstance(page, IndexPage) else f"{kind}.html"), path, page
    yield "search.html", urls.SEARCH, PlainPage(plan.site, "", f"Search – {plan.site.title}")
    # A 404 page is served at any depth, so relative links only work from the root;
    # with base_url set its links are absolute instead.
    title = f"Page not found – {plan.site.title}"
    yield "404.html", urls.NOT_FOUND, PlainPage(plan.site, config.base_url, title)


def template_variables(context: Context) -> dict[str, Any]:
    """Return the top-level template variables of a page: the context's fields."""
    return {f.name: getattr(context, f.name) for f in fields(context)}


def _render_all(
    env: jinja2.Environment, contexts: Iterable[tuple[str, str, Context]], cache: RenderCache
) -> list[Page]:
    previous = dict(cache)
    cache.clear()
    pages = []
    for name, path, context in contexts:
        key = (env, name, path, context)
        page = previous.get(key) or _render(env, name, path, context)
        cache[key] = page
        pages.append(page)
    return pages


def _render(env: jinja2.Environment, name: str, path: str, context: Context) -> Page:
    if not isinstance(context, TEMPLATES[name]):
        raise TypeError(f"{name} takes {TEMPLATES[name].__name__}")
    text = render(env, name, template_variables(context))
    return Page(path, text.encode("utf-8"))


def _sitemap_entries(
    briefing: Briefing, pages: Iterable[Page]
) -> Iterator[tuple[str, datetime | None]]:
    """List every HTML page but 404 and search, with a story's latest article time."""
    changed: Mapping[str, datetime] = {
        urls.story_path(b.story.id): feeds.times(b, briefing.built_at)[1] for b in briefing.stories
    }
    for page in pages:
        if page.path not in {urls.NOT_FOUND, urls.SEARCH}:
            yield page.path, changed.get(page.path)


def _static(config: Config) -> Iterator[Page]:
    for relative, source in static_files(config).items():
        try:
            content = source.read_bytes()
        except OSError as error:
            raise ThemeError(f"Cannot read static file: {error.strerror}.", path=source) from None
        yield Page(urls.STATIC + relative, content)
