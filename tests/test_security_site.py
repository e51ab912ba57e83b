"""Hostile articles: script, event handlers and javascript: links in every field a reader controls.

A fixture site whose titles, bodies, quotes, speakers, outlet names, authors, tags and URLs carry
markup is built with the real pipeline. Every page is then parsed (no handler, no script of the
input, no dangerous URL survives as markup) and opened in headless Chromium (nothing executes:
``window.__pwned`` stays unset and no dialog opens).
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_support import chromium, open_page, serve_folder, watch
from validators import Tag, scan_html

from briefing.build import build
from briefing.config import load_config

if TYPE_CHECKING:
    from playwright.sync_api import Page

FIXTURE = Path(__file__).parent / "fixtures" / "hostile"
BUILD_TIME = datetime(2031, 4, 9, 18, 0, tzinfo=UTC)
BASE_URL = "https://x.example/"
ATOM = "{http://www.w3.org/2005/Atom}"


URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background"}
)
FORBIDDEN_ELEMENTS = frozenset({"iframe", "object", "embed", "svg", "math", "base", "frame"})
DANGEROUS_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build ``fixtures/hostile`` (two hostile articles of one story); return the output folder."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        config = load_config(
            None,
            {"output_dir": "site", "content_dirs": ["content"], "base_url": BASE_URL},
        )
        build(config, build_time=BUILD_TIME)
    return root / "site"


def markup_problems(html: str) -> list[str]:
    """List everything in ``html`` that could run script or was injected markup."""
    problems = []
    for tag in scan_html(html):
        problems += _tag_problems(tag)
    return problems


def _tag_problems(tag: Tag) -> list[str]:
    where = f"line {tag.line} <{tag.name}>"
    problems = [f"{where}: handler attribute {k}" for k, _ in tag.attrs if k.startswith("on")]
    for key, value in tag.attrs:
        scheme_part = re.sub(r"[\x00-\x20]+", "", value)
        if key in URL_ATTRIBUTES and DANGEROUS_SCHEME.match(scheme_part):
            problems.append(f"{where}: {key}={value!r}")
    if tag.name in FORBIDDEN_ELEMENTS:
        problems.append(f"{where}: element from the input")
    if tag.name == "script" and ("__pwned" in tag.text or "alert(" in tag.text):
        problems.append(f"{where}: inline script from the input: {tag.text[:60]!r}")
    if tag.name == "style" and "display: none" in tag.text:
        problems.append(f"{where}: style element from the input")
    if (
        tag.name == "script"
        and tag.get("src")
        and re.match(r"^[a-z]+:", tag.get("src") or "", re.I)
    ):
        problems.append(f"{where}: script from elsewhere: {tag.get('src')}")
    return problems


def test_the_markup_check_sees_every_trick() -> None:
    """Guard the guard: each trick of the fixture is caught when it reaches a page unescaped."""
    bad = (
        '<p onclick="x"></p><a href=" JaVaScRiPt:x">a</a><img src="data:text/html,x">'
        "<script>window.__pwned=1</script><iframe></iframe><svg></svg>"
        '<form action="vbscript:x"></form><style>body { display: none }</style>'
        '<script src="https://cdn.example.com/x.js"></script>'
    )
    assert len(markup_problems(bad)) == 9
    assert markup_problems('<a href="https://e.example/?q=&lt;script&gt;">ok</a>') == []


def test_no_page_carries_markup_from_the_input(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) >= 3
    problems = [
        f"{page.relative_to(hostile_site).as_posix()}: {problem}"
        for page in pages
        for problem in markup_problems(page.read_text(encoding="utf-8"))
    ]
    assert not problems, "\n".join(problems)


def test_the_story_still_shows_the_text_escaped(hostile_site: Path) -> None:
    """Escaping, not dropping: the headline's words reach the story page as text."""
    data = json.loads((hostile_site / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["stories"]) == 1
    page = (hostile_site / data["stories"][0]["url"].removeprefix(BASE_URL)).read_text(
        encoding="utf-8"
    )
    assert "road" in page.lower()
    assert "<script>window.__pwned" not in page


def test_feeds_carry_no_markup_from_the_input(hostile_site: Path) -> None:
    root = ET.parse(hostile_site / "feed.xml").getroot()
    html_parts = [
        element.text or ""
        for element in root.iter()
        if element.tag in {f"{ATOM}content", f"{ATOM}summary"} and element.get("type") == "html"
    ]
    items = json.loads((hostile_site / "feed.json").read_text(encoding="utf-8"))["items"]
    html_parts += [item.get("content_html", "") for item in items]
    assert html_parts, "the feeds carry no HTML content to check"
    problems = [problem for part in html_parts for problem in markup_problems(part)]
    assert not problems, "\n".join(problems)


def test_search_index_cannot_close_a_script(hostile_site: Path) -> None:
    for path in hostile_site.rglob("*.js"):
        text = path.read_text(encoding="utf-8").lower()
        assert "</script" not in text and "<script" not in text, path.name


@pytest.fixture(scope="module")
def served_hostile(hostile_site: Path) -> Iterator[str]:
    """Serve the hostile site on a loopback port."""
    with serve_folder(hostile_site) as base:
        yield base


def _poke(page: Page) -> None:
    """Hover, focus and mouse over every element, so that any surviving handler would fire."""
    page.evaluate(
        """() => { for (const el of document.querySelectorAll('*')) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) {
                el.dispatchEvent(new Event(type, {bubbles: false}));
            }
        } }"""
    )
    page.wait_for_timeout(100)


@pytest.mark.browser
def test_nothing_executes_in_chromium(hostile_site: Path, served_hostile: str) -> None:
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    executed = {}
    with chromium() as browser, open_page(browser) as page:
        events = watch(page)
        for path in pages:
            page.goto(served_hostile + path, wait_until="load")
            _poke(page)
            flag = page.evaluate("() => window.__pwned")
            if flag is not None:
                executed[path] = flag
        page.goto(served_hostile + "search.html", wait_until="load")
        box = page.locator("input[type=search]")
        assert box.count() == 1, "search.html needs one <input type=search>"
        for word in ("road", "Hacker", "Evil", "script"):
            box.fill(word)
            box.press("Enter")
            page.wait_for_timeout(200)
            _poke(page)
            executed[f"search {word}"] = page.evaluate("() => window.__pwned")
    assert {k: v for k, v in executed.items() if v is not None} == {}
    assert events.dialogs == []
    # 404.html links its style sheet under base_url, so that it works at any depth; nothing else
    # may reach outside (and nothing does: watch() blocks every such request).
    assert [url for url in events.outside_requests if not url.startswith(BASE_URL)] == []
