"""Atom, JSON Feed 1.1, sitemap and robots.txt: parsed with real parsers, one entry per story."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import feedparser  # type: ignore[import-untyped]
from test_render_support import article, at, config, ferry, render_site, sample_briefing

from briefing.feeds import entry_id
from briefing.models import Briefing

BASE = "https://news.example.org/lowmoor/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def files(tmp_path: Path, briefing: Briefing | None = None, base: str = BASE) -> dict[str, bytes]:
    return render_site(briefing or sample_briefing(), config(tmp_path, base_url=base))


def test_atom_parses_without_errors_one_entry_per_story_in_ranking_order(tmp_path: Path) -> None:
    feed = feedparser.parse(files(tmp_path)["feed.xml"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Lowmoor Briefing"
    assert [link.href for link in feed.feed.links] == [f"{BASE}index.html", f"{BASE}feed.xml"]
    assert [e.link for e in feed.entries] == [
        f"{BASE}stories/ferry-terminal.html",
        f"{BASE}stories/market-moves.html",
        f"{BASE}stories/library-reopens.html",
        f"{BASE}stories/undated-note.html",
    ]
    ferry_entry = feed.entries[0]
    assert ferry_entry.id == entry_id("ferry-terminal")
    assert ferry_entry.id.startswith("urn:uuid:")
    assert (ferry_entry.published, ferry_entry.updated) == (
        "2031-03-04T09:00:00Z",
        "2031-03-04T13:30:00Z",
    )
    assert [t.term for t in ferry_entry.tags] == ["transport", "Waterfront", "Transport"]


def test_feeds_hold_the_first_feed_items_stories_in_ranking_order(tmp_path: Path) -> None:
    site = render_site(sample_briefing(), config(tmp_path, base_url=BASE, feed_items=2))
    atom = feedparser.parse(site["feed.xml"])
    items = json.loads(site["feed.json"])["items"]
    first_two = [f"{BASE}stories/ferry-terminal.html", f"{BASE}stories/market-moves.html"]
    assert [e.link for e in atom.entries] == first_two
    assert [item["url"] for item in items] == first_two
    # The latest time of the entries it holds; not the build time the left-out undated story has.
    assert atom.feed.updated == "2031-03-04T18:00:00Z"
    everything = render_site(sample_briefing(), config(tmp_path, base_url=BASE, feed_items=0))
    assert len(feedparser.parse(everything["feed.xml"]).entries) == 4


def test_an_undated_story_is_updated_at_build_time(tmp_path: Path) -> None:
    feed = feedparser.parse(files(tmp_path)["feed.xml"])
    assert feed.entries[-1].updated == "2031-03-05T12:00:00Z"
    assert feed.feed.updated == "2031-03-05T12:00:00Z"


def test_an_entry_is_updated_when_its_story_gains_an_article(tmp_path: Path) -> None:
    story = ferry()
    late = article("ferry-late", "Lowmoor Echo", at(5, 7))
    grown = replace(story, story=replace(story.story, articles=(*story.story.articles, late)))
    before = feedparser.parse(files(tmp_path, Briefing("B", at(5, 12), (story,), ()))["feed.xml"])
    after = feedparser.parse(files(tmp_path, Briefing("B", at(5, 12), (grown,), ()))["feed.xml"])
    assert before.entries[0].id == after.entries[0].id
    assert (before.entries[0].updated, after.entries[0].updated) == (
        "2031-03-04T13:30:00Z",
        "2031-03-05T07:00:00Z",
    )


def test_json_feed_follows_version_1_1(tmp_path: Path) -> None:
    feed = json.loads(files(tmp_path)["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert (feed["home_page_url"], feed["feed_url"]) == (BASE, f"{BASE}feed.json")
    assert feed["language"] == "en"
    item = feed["items"][0]
    assert item["id"] == entry_id("ferry-terminal")
    assert item["url"] == f"{BASE}stories/ferry-terminal.html"
    assert item["title"] == "Ferry terminal approved"
    assert (item["date_published"], item["date_modified"]) == (
        "2031-03-04T09:00:00Z",
        "2031-03-04T13:30:00Z",
    )
    assert item["authors"] == [
        {"name": "Harbour Daily"},
        {"name": "Lowmoor Echo"},
        {"name": "Coastal Times"},
    ]
    assert item["summary"].startswith("The port authority approved a ferry terminal.")
    assert item["content_html"].startswith("<p>The port authority approved a ferry terminal.</p>")


def test_sitemap_lists_every_page_but_search_and_404_with_absolute_urls(tmp_path: Path) -> None:
    site = files(tmp_path)
    root = ET.fromstring(site["sitemap.xml"])
    assert root.tag == f"{SITEMAP}urlset"
    locs = {url.find(f"{SITEMAP}loc").text: url.find(f"{SITEMAP}lastmod") for url in root}  # type: ignore[union-attr]
    pages = {BASE + p for p in site if p.endswith(".html") and p not in {"404.html", "search.html"}}
    assert set(locs) == pages
    lastmod = locs[f"{BASE}stories/ferry-terminal.html"]
    assert lastmod is not None and lastmod.text == "2031-03-04T13:30:00Z"
    assert locs[f"{BASE}index.html"] is None


def test_robots_names_the_sitemap(tmp_path: Path) -> None:
    assert files(tmp_path)["robots.txt"].decode() == (
        f"User-agent: *\nDisallow:\n\nSitemap: {BASE}sitemap.xml\n"
    )


def test_without_base_url_feeds_link_relatively_and_there_is_no_sitemap(tmp_path: Path) -> None:
    site = files(tmp_path, base="")
    assert "sitemap.xml" not in site
    assert site["robots.txt"] == b"User-agent: *\nDisallow:\n"
    feed = feedparser.parse(site["feed.xml"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].link == "stories/ferry-terminal.html"
    assert feed.entries[0].id == entry_id("ferry-terminal")
    item = json.loads(site["feed.json"])["items"][0]
    assert "url" not in item and item["id"] == entry_id("ferry-terminal")
    assert "home_page_url" not in json.loads(site["feed.json"])


def test_entry_ids_do_not_depend_on_base_url(tmp_path: Path) -> None:
    with_base = feedparser.parse(files(tmp_path)["feed.xml"])
    without = feedparser.parse(files(tmp_path, base="")["feed.xml"])
    assert [e.id for e in with_base.entries] == [e.id for e in without.entries]
