"""Atom and JSON Feed 1.1 of stories, the sitemap and robots.txt.

Feeds carry one entry per story; an entry's ``updated`` is its latest article's time, so it
changes when the story gains an article. Entry ids are ``urn:uuid`` values derived from the story
id, so they never change, whatever ``base_url`` is. Links are absolute when ``base_url`` is set
and relative to the feed otherwise; the sitemap needs absolute URLs, so without ``base_url``
there is none.
"""

from __future__ import annotations

import html
import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from briefing import site_urls as urls
from briefing.models import Briefing, BriefStory, Page
from briefing.site_dates import aware
from briefing.typography import curl_quotes, printable

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR = "briefing"


def rfc3339(when: datetime) -> str:
    """Write a time in UTC as RFC 3339, e.g. ``2031-03-04T09:00:00Z``."""
    return aware(when).astimezone(UTC).isoformat().replace("+00:00", "Z")


def entry_id(story_id: str) -> str:
    """Return a story's permanent feed id."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "briefing:story:" + story_id))


def times(brief: BriefStory, fallback: datetime) -> tuple[datetime, datetime]:
    """Return a story's first article time and its latest article or update time (the build
    time when none is dated)."""
    dated = [a.published for a in brief.story.articles if a.published]
    changed = dated + [a.updated for a in brief.story.articles if a.updated]
    return (min(dated), max(changed)) if dated else (fallback, fallback)


def summary_text(brief: BriefStory) -> str:
    """Join a story's summary sentences as plain text, quotes curled as on its page."""
    return curl_quotes(" ".join(s.text for s in brief.summary.sentences))


def content_html(brief: BriefStory) -> str:
    """Write a story's summary and sources as escaped HTML for a feed entry."""
    parts = [f"<p>{html.escape(curl_quotes(s.text))}</p>" for s in brief.summary.sentences]
    items = []
    for article in brief.story.articles:
        title = html.escape(curl_quotes(article.title))
        link = urls.safe_link(article.url)
        if link:
            title = f'<a href="{html.escape(link)}">{title}</a>'
        items.append(f"<li>{html.escape(article.outlet or 'unknown')}: {title}</li>")
    parts.append(f"<p>Sources:</p><ul>{''.join(items)}</ul>")
    return "".join(parts)


def atom(briefing: Briefing, base_url: str, description: str, items: int = 0) -> Page:
    """Render the Atom feed of the first ``items`` stories (0: all), in ranking order."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    stories = _first(briefing.stories, items)
    updated = max((times(b, briefing.built_at)[1] for b in stories), default=briefing.built_at)
    _sub(feed, "id", entry_id("feed:" + (base_url or briefing.title)))
    _sub(feed, "title", briefing.title)
    _sub(feed, "subtitle", description)
    _sub(feed, "updated", rfc3339(updated))
    _sub(_sub(feed, "author"), "name", briefing.title)
    _sub(feed, "generator", GENERATOR)
    _link(feed, urls.absolute(base_url, urls.FRONT), "alternate", "text/html")
    if base_url:
        _link(feed, urls.absolute(base_url, urls.ATOM), "self", "application/atom+xml")
    for brief in stories:
        _atom_entry(feed, brief, base_url, briefing.built_at)
    ET.indent(feed)
    body = printable(ET.tostring(feed, encoding="unicode", xml_declaration=False))
    return Page(urls.ATOM, ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode())


def _atom_entry(feed: ET.Element, brief: BriefStory, base_url: str, built: datetime) -> None:
    first, last = times(brief, built)
    entry = _sub(feed, "entry")
    _sub(entry, "id", entry_id(brief.story.id))
    _sub(entry, "title", curl_quotes(brief.summary.headline))
    _link(entry, urls.absolute(base_url, urls.story_path(brief.story.id)), "alternate", "text/html")
    _sub(entry, "published", rfc3339(first))
    _sub(entry, "updated", rfc3339(last))
    for tag in _tags(brief):
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", {"term": tag})
    _sub(entry, "summary", summary_text(brief), type="text")
    _sub(entry, "content", content_html(brief), type="html")


def _first(stories: tuple[BriefStory, ...], items: int) -> tuple[BriefStory, ...]:
    """Keep a feed to its newest stories: readers poll it, and a feed of every story ever
    grows without end (the front page, the archive and ``briefing.json`` list them all)."""
    return stories[:items] if items else stories


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{name}", attrs)
    element.text = text
    return element


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}link", {"href": href, "rel": rel, "type": kind})


def _tags(brief: BriefStory) -> list[str]:
    return list(dict.fromkeys(t for a in brief.story.articles for t in a.tags if t.strip()))


def json_feed(
    briefing: Briefing, base_url: str, description: str, language: str, items: int = 0
) -> Page:
    """Render the JSON Feed 1.1 of the first ``items`` stories (0: all), in ranking order."""
    document: dict[str, Any] = {"version": JSON_FEED_VERSION, "title": briefing.title}
    if base_url:
        document["home_page_url"] = base_url
        document["feed_url"] = urls.absolute(base_url, urls.JSON_FEED)
    document.update(description=description, language=language, authors=[{"name": briefing.title}])
    stories = _first(briefing.stories, items)
    document["items"] = [_json_item(b, base_url, briefing.built_at) for b in stories]
    text = json.dumps(document, ensure_ascii=False) + "\n"
    return Page(urls.JSON_FEED, text.encode("utf-8"))


def _json_item(brief: BriefStory, base_url: str, built: datetime) -> dict[str, Any]:
    first, last = times(brief, built)
    outlets = dict.fromkeys(a.outlet for a in brief.story.articles if a.outlet)
    item: dict[str, Any] = {"id": entry_id(brief.story.id)}
    if base_url:
        item["url"] = urls.absolute(base_url, urls.story_path(brief.story.id))
    item.update(
        title=curl_quotes(brief.summary.headline),
        summary=summary_text(brief),
        content_html=content_html(brief),
        date_published=rfc3339(first),
        date_modified=rfc3339(last),
        authors=[{"name": name} for name in outlets],
        tags=_tags(brief),
    )
    return item


def sitemap(base_url: str, pages: Iterable[tuple[str, datetime | None]]) -> Page:
    """Render ``sitemap.xml`` (sitemaps.org 0.9) of the given pages and their last changes."""
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for path, changed in pages:
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = urls.absolute(base_url, path)
        if changed is not None:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = rfc3339(changed)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return Page(urls.SITEMAP, ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode())


def robots(base_url: str) -> Page:
    """Render ``robots.txt``: everything may be crawled; the sitemap named when there is one."""
    text = "User-agent: *\nDisallow:\n"
    if base_url:
        text += f"\nSitemap: {urls.absolute(base_url, urls.SITEMAP)}\n"
    return Page(urls.ROBOTS, text.encode("utf-8"))
