"""Quality bars of the built sample site (issue 6): valid HTML, feeds, sitemap, a11y, layout.

The sample site is the repository's own ``content/`` and ``seeds/``, built once per module with the
real pipeline and a fixed build time. Validator tests run the Nu HTML Checker on Java; browser tests
drive Debian's headless Chromium; both skip locally without their tool and fail under CI.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import feedparser  # type: ignore[import-untyped]
import feedparser_rs  # type: ignore[import-untyped]
import pytest
import xmlschema  # type: ignore[import-untyped]
from browser_support import (
    chromium,
    horizontal_overflow,
    open_page,
    screenshot_dir,
    serve_folder,
    watch,
)
from validators import nu_check, nu_errors, run_axe, scan_html, severe

from briefing.build import build
from briefing.config import load_config
from briefing.text import content_words
from briefing.typography import curl_quotes

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

REPO = Path(__file__).resolve().parent.parent
BASE_URL = "https://briefing.example.org/daily/"
BUILD_TIME = datetime(2031, 4, 9, 18, 0, tzinfo=UTC)
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CHANGEFREQ = {"always", "hourly", "daily", "weekly", "monthly", "yearly", "never"}
W3C_DATETIME = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$"
)
WIDTHS = (360, 375, 1280)
AXE_PAGES = ("front", "story", "search.html", "archive.html", "outlets/index.html")


@dataclass(frozen=True, slots=True)
class Site:
    """The built sample site."""

    folder: Path
    """The output folder."""
    data: dict[str, Any]
    """Its ``briefing.json``."""

    def pages(self) -> list[Path]:
        """Every HTML file of the site, sorted."""
        return sorted(self.folder.rglob("*.html"))

    def story_path(self, index: int = 0) -> str:
        """Path, relative to the site root, of the story ranked ``index`` on the front page."""
        url: str = self.data["stories"][index]["url"]
        return url.removeprefix(BASE_URL)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Build the repository's sample content and seeds into a temporary folder."""
    root = tmp_path_factory.mktemp("sample")
    for folder in ("content", "seeds"):
        shutil.copytree(REPO / folder, root / folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        config = load_config(None, {"output_dir": "site", "base_url": BASE_URL})
        build(config, build_time=BUILD_TIME)
    data = json.loads((root / "site" / "briefing.json").read_text(encoding="utf-8"))
    return Site(root / "site", data)


@pytest.fixture(scope="module")
def served(site: Site) -> Iterator[str]:
    """Serve the built site on a loopback port; yield its base URL."""
    with serve_folder(site.folder) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[BrowserContext]:
    """One headless Chromium for the module's browser tests."""
    with chromium() as context:
        yield context


# -- validity ---------------------------------------------------------------------------------


@pytest.mark.validator
def test_every_page_is_valid_html(site: Site) -> None:
    errors = nu_errors(site.folder)
    assert len(site.pages()) >= 5
    assert not errors, "Nu HTML Checker errors:\n" + "\n".join(map(str, errors))


@pytest.mark.validator
def test_the_checker_reports_a_broken_page(tmp_path: Path) -> None:
    """Guard the guard: a page with known errors must come back invalid, file and line named."""
    (tmp_path / "ok.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
        "<body><p>fine</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head>\n<body><img src="a.png">'
        "\n</body></html>",
        encoding="utf-8",
    )
    errors = [(m.path, m.line) for m in nu_check(tmp_path) if m.is_error]
    assert errors == [("sub/bad.html", 3)]


# -- feeds and sitemap ------------------------------------------------------------------------


def _alternate(site: Site, mime: str, fallback: str) -> Path:
    """Find a feed from the front page's ``<link rel=alternate>``, else by its usual name."""
    for tag in scan_html((site.folder / "index.html").read_text(encoding="utf-8")):
        if tag.name == "link" and tag.get("rel") == "alternate" and tag.get("type") == mime:
            return site.folder / _site_relative(tag.get("href") or "")
    return site.folder / fallback


def _site_relative(href: str) -> str:
    """Turn a link found in ``index.html`` (relative or absolute under BASE_URL) into a path."""
    return urlsplit(urljoin(BASE_URL, href)).path.removeprefix(urlsplit(BASE_URL).path)


def test_atom_feed_parses_without_bozo(site: Site) -> None:
    feed = feedparser.parse(_alternate(site, "application/atom+xml", "feed.xml").read_bytes())
    assert not feed.bozo, f"feedparser: {feed.get('bozo_exception')}"
    assert feed.version == "atom10"
    stories = site.data["stories"]
    assert len(feed.entries) == len(stories)
    assert {entry.link for entry in feed.entries} == {story["url"] for story in stories}
    for entry in feed.entries:
        assert entry.title and entry.id and entry.updated_parsed
        assert entry.link.startswith(BASE_URL)


def test_json_feed_follows_json_feed_1_1(site: Site) -> None:
    """feedparser has no JSON Feed reader, so check the 1.1 spec's required fields directly."""
    path = _alternate(site, "application/feed+json", "feed.json")
    feed = json.loads(path.read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(feed["title"], str) and feed["title"]
    assert feed.get("feed_url", BASE_URL).startswith(BASE_URL)
    assert feed.get("home_page_url", BASE_URL).startswith(BASE_URL)
    items = feed["items"]
    assert {item["url"] for item in items} == {story["url"] for story in site.data["stories"]}
    for item in items:
        assert isinstance(item["id"], str) and item["id"]
        assert item.get("content_html") or item.get("content_text")
        datetime.fromisoformat(item["date_published"])
        assert all(isinstance(author.get("name"), str) for author in item.get("authors", []))


def test_sitemap_validates_against_the_sitemaps_org_xsd(site: Site) -> None:
    schema = xmlschema.XMLSchema(Path(__file__).parent / "schemas" / "sitemap.xsd")
    assert list(schema.iter_errors(site.folder / "sitemap.xml")) == []
    broken = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'
    assert list(schema.iter_errors(broken)) != []


def test_json_feed_parses_with_a_json_feed_parser(site: Site) -> None:
    feed = feedparser_rs.parse((site.folder / "feed.json").read_bytes())
    assert not feed.bozo
    assert feed.version == "json11"
    assert [entry.title for entry in feed.entries] == [s["title"] for s in site.data["stories"]]


def test_sitemap_is_in_the_sitemaps_org_schema(site: Site) -> None:
    root = ET.parse(site.folder / "sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP_NS}urlset"
    locations = []
    for url in root:
        assert url.tag == f"{SITEMAP_NS}url"
        children = {child.tag.removeprefix(SITEMAP_NS): (child.text or "") for child in url}
        assert set(children) <= {"loc", "lastmod", "changefreq", "priority"}, children
        assert len(url) == len(children), "an element repeats inside <url>"
        loc = children["loc"]
        assert loc.startswith(BASE_URL) and len(loc) < 2048
        assert (site.folder / urlsplit(loc).path.removeprefix(urlsplit(BASE_URL).path)).is_file()
        assert W3C_DATETIME.match(children.get("lastmod", "2031"))
        assert children.get("changefreq", "daily") in CHANGEFREQ
        assert 0.0 <= float(children.get("priority", "0.5")) <= 1.0
        locations.append(loc)
    assert len(locations) == len(set(locations)) and len(locations) <= 50_000
    assert {story["url"] for story in site.data["stories"]} <= set(locations)


# -- structure every page shares -------------------------------------------------------------


def test_headings_are_in_order(site: Site) -> None:
    problems = []
    for page in site.pages():
        levels = [int(t.name[1]) for t in scan_html(page.read_text("utf-8")) if _heading(t.name)]
        name = page.relative_to(site.folder).as_posix()
        if levels[:1] != [1] or levels.count(1) != 1:
            problems.append(f"{name}: needs exactly one h1, first; headings are {levels}")
        skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        if skips:
            problems.append(f"{name}: heading levels skip {skips}")
    assert not problems, "\n".join(problems)


def _heading(name: str) -> bool:
    return len(name) == 2 and name[0] == "h" and name[1] in "123456"


def test_images_have_alt_text(site: Site) -> None:
    missing = [
        f"{page.relative_to(site.folder).as_posix()}:{tag.line}"
        for page in site.pages()
        for tag in scan_html(page.read_text("utf-8"))
        if tag.name == "img" and tag.get("alt") is None
    ]
    assert not missing, f"<img> without alt: {missing}"


def test_every_local_link_resolves(site: Site) -> None:
    """Every relative href/src names a file of the site, and every #fragment an id there."""
    ids = {page: _ids(page) for page in site.pages()}
    broken = []
    for page in site.pages():
        for tag in scan_html(page.read_text("utf-8")):
            for key in ("href", "src"):
                target = _local_target(site, page, tag.get(key))
                if target is None:
                    continue
                file, fragment = target
                if not file.is_file():
                    broken.append(f"{page.relative_to(site.folder)}:{tag.line}: {tag.get(key)}")
                elif fragment and file in ids and fragment not in ids[file]:
                    broken.append(f"{page.relative_to(site.folder)}:{tag.line}: no #{fragment}")
    assert not broken, "broken links:\n" + "\n".join(broken)


def _ids(page: Path) -> set[str]:
    return {tag.get("id") or "" for tag in scan_html(page.read_text("utf-8"))} - {""}


def _local_target(site: Site, page: Path, link: str | None) -> tuple[Path, str] | None:
    """Return the file and fragment a link points to inside the site; None for outside links."""
    if link is None or link.startswith(("mailto:", "data:")):
        return None
    if link.startswith(BASE_URL):
        link = urlsplit(BASE_URL).path + link.removeprefix(BASE_URL)
        parts = urlsplit(link)
        path = site.folder / parts.path.removeprefix(urlsplit(BASE_URL).path)
    else:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc:
            return None
        path = (page.parent / unquote(parts.path)) if parts.path else page
    if parts.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path.resolve(), parts.fragment


# -- in the browser ---------------------------------------------------------------------------


def _path_of(site: Site, which: str) -> str:
    return {"front": "index.html", "story": site.story_path()}.get(which, which)


@pytest.mark.browser
@pytest.mark.parametrize("which", AXE_PAGES)
def test_axe_reports_nothing_serious(
    site: Site, served: str, browser: BrowserContext, which: str
) -> None:
    path = _path_of(site, which)
    with open_page(browser, served + path) as page:
        violations = run_axe(page)
    bad = severe(violations)
    assert not bad, f"axe on {path}:\n" + "\n".join(map(str, bad))


@pytest.mark.browser
@pytest.mark.parametrize("which", ["front", "story"])
def test_axe_reports_nothing_serious_in_dark_mode(
    site: Site, served: str, browser: BrowserContext, which: str
) -> None:
    """The dark colour scheme must keep its contrast too."""
    path = _path_of(site, which)
    with open_page(browser, width=375) as page:
        page.emulate_media(color_scheme="dark")
        page.goto(served + path, wait_until="load")
        page.screenshot(path=screenshot_dir() / f"{which}-dark-375.png")
        bad = severe(run_axe(page))
    assert not bad, f"axe on {path} (dark):\n" + "\n".join(map(str, bad))


@pytest.mark.browser
def test_axe_catches_a_missing_alt(tmp_path: Path, browser: BrowserContext) -> None:
    """Guard the guard: axe must report an image without alt text as critical."""
    (tmp_path / "bad.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
        '<body><main><h1>t</h1><img src="data:,"></main></body></html>',
        encoding="utf-8",
    )
    with serve_folder(tmp_path) as base, open_page(browser, base + "bad.html") as page:
        found = [(v.rule, v.impact) for v in severe(run_axe(page))]
    assert found == [("image-alt", "critical")]


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["front", "story"])
def test_page_fits_the_window(
    site: Site, served: str, browser: BrowserContext, which: str, width: int
) -> None:
    path = _path_of(site, which)
    with open_page(browser, width=width, height=900) as page:
        events = watch(page)
        page.goto(served + path, wait_until="load")
        page.screenshot(path=screenshot_dir() / f"{which}-{width}.png", full_page=True)
        overflow = horizontal_overflow(page)
        title = page.title()
    assert overflow == 0, f"{path} at {width}px scrolls sideways by {overflow}px"
    assert title
    assert events.errors == [] and events.dialogs == []
    assert events.outside_requests == [], "pages must make no outside requests"
    assert events.console_errors == []


@pytest.mark.browser
def test_pages_read_without_javascript(site: Site, served: str) -> None:
    """Headlines on the front page, summary and quotes on the story page, with scripts off."""
    story = site.data["stories"][0]
    with chromium(javascript=False) as browser:
        with open_page(browser, served + "index.html") as page:
            front = " ".join(page.locator("main").inner_text().split())
        with open_page(browser, served + site.story_path()) as page:
            text = " ".join(page.locator("main").inner_text().split())
            page.screenshot(path=screenshot_dir() / "story-nojs-1280.png", full_page=True)
    # Pages show the exported text with typographic quotes (briefing.typography).
    missing = [s["title"] for s in site.data["stories"][:20] if shown(s["title"]) not in front]
    assert missing == [], "headlines missing from the front page without JavaScript"
    expected = [shown(part["text"]) for part in story["summary"]]
    expected += [shown(quote["text"]) for quote in story["quotes"]]
    assert [part for part in expected if part not in text] == []


def shown(text: str) -> str:
    """Exported text as a page shows it: quotes curled, white space collapsed."""
    return " ".join(curl_quotes(text).split())


def _search_word(site: Site) -> tuple[str, str]:
    """Pick a story and a word of its summary that no other story's summary or headline has."""
    stories = site.data["stories"]

    def vocabulary(story: dict[str, Any]) -> set[str]:
        text = " ".join([story["title"], *(s["text"] for s in story["summary"])])
        return set(content_words(text))

    for index, story in enumerate(stories):
        others = set().union(*(vocabulary(s) for s in stories if s is not story))
        summary = " ".join(s["text"] for s in story["summary"])
        unique = sorted(
            w for w in set(content_words(summary)) - others if len(w) > 4 and w.isalpha()
        )
        if unique:
            return site.story_path(index), unique[0]
    raise AssertionError("no story has a summary word of its own")


@pytest.mark.browser
def test_search_finds_a_story_by_a_word_of_its_summary(
    site: Site, served: str, browser: BrowserContext
) -> None:
    story, word = _search_word(site)
    with open_page(browser, served + "search.html") as page:
        events = watch(page)
        box = page.locator("input[type=search]")
        assert box.count() == 1, "search.html needs one <input type=search>"
        box.fill(word)
        box.press("Enter")
        found = page.locator(f'main a[href$="{story.rsplit("/", 1)[-1]}"]')
        found.first.wait_for(state="visible", timeout=5000)
        page.screenshot(path=screenshot_dir() / "search-1280.png", full_page=True)
        box.fill("zzqxjv")
        box.press("Enter")
        page.wait_for_timeout(300)
        none_found = found.count()
    assert none_found == 0, "a word in no story still lists the story"
    assert events.errors == [] and events.outside_requests == []


@pytest.mark.browser
def test_search_typed_with_a_straight_apostrophe_finds_a_curled_one(
    site: Site, served: str, browser: BrowserContext
) -> None:
    """Pages and the index curl "it's" into "it’s"; a query typed on a keyboard still matches."""
    words = (
        (index, word)
        for index, story in enumerate(site.data["stories"])
        for part in story["summary"]
        for word in part["text"].split()
        if re.fullmatch(r"[A-Za-z]{3,}'[a-z]{1,2}", word)
    )
    index, word = next(words)
    with open_page(browser, served + "search.html") as page:
        box = page.locator("input[type=search]")
        box.fill(word)
        box.press("Enter")
        name = site.story_path(index).rsplit("/", 1)[-1]
        found = page.locator(f'main a[href$="{name}"]')
        found.first.wait_for(state="visible", timeout=5000)
        script = f"window.BRIEFING_SEARCH.find(s => s.url.endsWith({json.dumps(name)})).summary"
        indexed = page.evaluate(script)
    assert curl_quotes(word) in indexed and word not in indexed


@pytest.mark.browser
def test_the_site_works_from_file_urls(site: Site, browser: BrowserContext) -> None:
    """Opened from disk: styles load, a story link leads to its page, and search still finds it."""
    story, word = _search_word(site)
    with open_page(browser, (site.folder / "index.html").as_uri()) as page:
        events = watch(page)
        page.reload(wait_until="load")
        assert page.evaluate("() => document.styleSheets.length") >= 1
        page.locator(f'a[href$="{story.rsplit("/", 1)[-1]}"]').first.click()
        page.wait_for_load_state("load")
        assert page.url == (site.folder / story).as_uri()
        page.goto((site.folder / "search.html").as_uri(), wait_until="load")
        page.locator("input[type=search]").fill(word)
        page.locator("input[type=search]").press("Enter")
        page.locator(f'main a[href$="{story.rsplit("/", 1)[-1]}"]').first.wait_for(timeout=5000)
    assert events.console_errors == [], "a file failed to load from file://"
    assert events.errors == [] and events.outside_requests == []


LONG_WORD = "https://www.example.com/" + "x" * 90
LONG_ARTICLE = f"""---
title: Unbrokenwordsinaheadlinelikethisonehavenoplacetowrapatall{"y" * 40}
source: Outletwithaverylongnamethatneverbreaks{"z" * 30}
url: {LONG_WORD}
published: 2031-04-08T09:00:00Z
tags: [{"t" * 70}]
---
The council published the plan at {LONG_WORD} on Monday, with {"w" * 80} as its file name.

"We will publish every document at {LONG_WORD} from now on," said Mayor Ana Ruiz.
"""


@pytest.mark.browser
def test_long_unbroken_words_do_not_widen_phone_pages(
    tmp_path: Path, browser: BrowserContext
) -> None:
    """Real articles carry long URLs and names: at 360 px they must wrap, not scroll sideways."""
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "long.md").write_text(LONG_ARTICLE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        build(load_config(None, {"output_dir": "site", "content_dirs": ["content"]}))
    pages = sorted(
        p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("*.html")
    )
    wide = {}
    with serve_folder(tmp_path / "site") as base, open_page(browser, width=360) as page:
        for path in pages:
            page.goto(base + path, wait_until="load")
            if overflow := horizontal_overflow(page):
                wide[path] = overflow
                page.screenshot(path=screenshot_dir() / f"long-words-{path.replace('/', '_')}.png")
    assert wide == {}, f"pages that scroll sideways at 360 px (by px): {wide}"


OVERNIGHT = """---
title: Passenger jet makes emergency landing in Denver after engine fire
source: {outlet}
published: {published}
story: overnight-landing
---
A jet returned to Denver International Airport after the crew reported an engine fire.
"""


@pytest.mark.browser
@pytest.mark.parametrize("width", (320, 375))
def test_a_story_spanning_two_days_fits_a_phone(
    tmp_path: Path, browser: BrowserContext, width: int
) -> None:
    """'2 December, 23:15 – 3 December 2026, 02:12 UTC' is wider than a phone: break at the dash."""
    reports = (("KDVR", "2026-12-02T23:15:00Z"), ("CNN", "2026-12-03T02:12:00Z"))
    files = {f"{o}.md": OVERNIGHT.format(outlet=o, published=p) for o, p in reports}
    wide = {}
    with serve_folder(_tiny_site(tmp_path, files)) as base, open_page(browser, width=width) as page:
        for path in ("index.html", "stories/overnight-landing.html"):
            page.goto(base + path, wait_until="load")
            shown = page.locator("main .meta time").first.inner_text()
            if overflow := horizontal_overflow(page):
                wide[path] = overflow
    assert shown.split() == "2 December, 23:15 – 3 December 2026, 02:12 UTC".split()
    assert wide == {}, f"pages that scroll sideways at {width} px (by px): {wide}"


MAYOR = """---
title: Okonkwo wins Lakeport mayor’s race by more than 1,600 votes
source: WLKP
published: 2026-12-02T03:58:00Z
---
Denise Okonkwo beat Mark Halvorsen in Tuesday’s runoff, winning 18,240 votes to 16,572.
"""


@pytest.mark.browser
def test_search_reads_queries_as_people_type_them(tmp_path: Path, browser: BrowserContext) -> None:
    """No apostrophe, a word with a comma after it, a number without its thousands separator."""
    site = _tiny_site(tmp_path, {"mayor.md": MAYOR})
    found = {}
    with open_page(browser) as page:
        for query in ("mayors", "mayor's", "Lakeport,", "Okonkwo!", "18240", "18,240", "halvorsen"):
            page.goto((site / "search.html").as_uri() + "?q=" + quote(query), wait_until="load")
            found[query] = page.locator("#search-results li").count()
        page.fill("#search-input", "")
        page.dispatch_event("#search-input", "input")
        idle = page.locator("#search-status").inner_text()
    assert found == dict.fromkeys(found, 1)
    assert idle == "Type a word to search 1 story."


def _tiny_site(tmp_path: Path, files: dict[str, str]) -> Path:
    """Build Markdown articles given by file name into ``tmp_path/site``; return that folder."""
    (tmp_path / "content").mkdir()
    for name, text in files.items():
        (tmp_path / "content" / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        build(load_config(None, {"output_dir": "site", "content_dirs": ["content"]}))
    return tmp_path / "site"


@pytest.mark.browser
@pytest.mark.parametrize("width", (375, 1280))
def test_source_markers_show_common_outlet_names_whole(
    site: Site, served: str, browser: BrowserContext, width: int
) -> None:
    """'The Brackenford Courier' showed as 'The Brackenford …': who said it was hidden."""
    cut = set()
    with open_page(browser, width=width) as page:
        for story in site.data["stories"]:
            page.goto(served + story["url"].removeprefix(BASE_URL), wait_until="load")
            cut |= set(
                page.eval_on_selector_all(
                    ".marker",
                    "marks => marks.filter(m => m.scrollWidth > m.clientWidth)"
                    ".map(m => m.textContent.trim())",
                )
            )
    assert sorted(cut) == []


FIRST_MARKER_ALONE = """() => [...document.querySelectorAll('.summary .sentence')].filter(s => {
  const mark = s.querySelector('.marker');
  const text = s.firstChild;
  if (!mark || !text || text.nodeType !== Node.TEXT_NODE) return false;
  const end = document.createRange();
  end.setStart(text, text.length - 1);
  end.setEnd(text, text.length);
  const rects = end.getClientRects();
  return mark.getBoundingClientRect().top > rects[rects.length - 1].bottom - 2;
}).map(s => s.textContent.slice(-50))"""


@pytest.mark.browser
@pytest.mark.parametrize("width", (360, 375, 1280))
def test_a_sentence_keeps_its_first_marker_on_its_last_line(
    site: Site, served: str, browser: BrowserContext, width: int
) -> None:
    """A marker starting a line reads as the next sentence's: 16 of review 2's 57 at 375 px."""
    alone = []
    with open_page(browser, width=width) as page:
        for story in site.data["stories"]:
            page.goto(served + story["url"].removeprefix(BASE_URL), wait_until="load")
            alone += page.evaluate(FIRST_MARKER_ALONE)
    assert alone == []


@pytest.mark.browser
def test_search_shows_many_results_fifty_at_a_time(tmp_path: Path, browser: BrowserContext) -> None:
    """One letter matched all 1,666 stories of a corpus build: 250 ms of cards at each key press."""
    site = _tiny_site(tmp_path, {"mayor.md": MAYOR})
    stories = [
        {"url": f"stories/s{n}.html", "headline": f"Harbour story {n}", "summary": "Ferries.",
         "quotes": [], "outlets": ["WLKP"], "when": ""}
        for n in range(120)
    ]  # fmt: skip
    index = "window.BRIEFING_SEARCH = " + json.dumps(stories) + ";\n"
    (site / "search-index.js").write_text(index, encoding="utf-8")
    with open_page(browser, (site / "search.html").as_uri() + "?q=harbour") as page:
        events = watch(page)
        counts = [page.locator("#search-results li").count()]
        more = page.locator("#search-more")
        labels = [more.inner_text()]
        more.click()
        counts.append(page.locator("#search-results li").count())
        focused = page.evaluate("document.activeElement.textContent")
        labels.append(more.inner_text())
        more.click()
        counts.append(page.locator("#search-results li").count())
        hidden = more.is_hidden()
        status = page.locator("#search-status").inner_text()
    assert counts == [50, 100, 120] and hidden
    assert labels == ["Show 50 more (70 not shown)", "Show 20 more (20 not shown)"]
    assert focused == "Harbour story 50", "keyboard focus moves to the first result shown"
    assert status == "120 stories match “harbour”."
    assert events.errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("width", "align"), [(375, "start"), (1280, "right")])
def test_the_next_story_link_is_right_aligned_only_beside_the_previous(
    site: Site, served: str, browser: BrowserContext, width: int, align: str
) -> None:
    """Stacked under 'Previous story' on a phone, a right-aligned headline read ragged."""
    with open_page(browser, served + site.story_path(1), width=width) as page:
        shown = page.eval_on_selector(".neighbours__next", "li => getComputedStyle(li).textAlign")
    assert shown == align


@pytest.mark.browser
def test_back_from_a_result_shows_the_results_again(
    tmp_path: Path, browser: BrowserContext
) -> None:
    """The typed words came back in the box, the results did not ('Type a word to search')."""
    site = _tiny_site(tmp_path, {"mayor.md": MAYOR})
    with serve_folder(site) as base, open_page(browser, base + "search.html") as page:
        page.locator("#search-input").press_sequentially("runoff")
        page.locator("#search-results a").first.click()
        page.wait_for_load_state("load")
        page.go_back(wait_until="load")
        page.wait_for_timeout(200)
        box = page.input_value("#search-input")
        status = page.locator("#search-status").inner_text()
        results = page.locator("#search-results li").count()
        title = page.title()
    assert (box, status, results) == ("runoff", "1 story matches “runoff”.", 1)
    assert title == "“runoff” – Search – Briefing", "the tab and history name the search"


@pytest.mark.browser
@pytest.mark.parametrize("which", ["front", "story"])
def test_pages_fit_a_phone_with_text_at_twice_the_size(
    site: Site, served: str, browser: BrowserContext, which: str
) -> None:
    """Phones can scale text up: times in Sources and Timeline were one unbreakable line."""
    with open_page(browser, width=375) as page:
        page.goto(served + _path_of(site, which), wait_until="load")
        page.add_style_tag(content="html { font-size: 200% }")
        overflow = horizontal_overflow(page)
    assert overflow == 0, f"{which} at 375 px with 200% text scrolls sideways by {overflow}px"
