"""Live reload in real headless Chromium: an open story page follows edits by itself."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from browser_support import chromium, open_page, watch
from test_preview import base
from test_preview_build import FERRY_ARTICLE, FERRY_TITLE, served  # noqa: F401

from briefing.errors import ContentError
from briefing.preview import Preview

pytestmark = pytest.mark.browser


def _ferry_story(session: Preview) -> str:
    pages = sorted((session.site_dir / "stories").glob("*.html"))
    ferry = next(p for p in pages if FERRY_TITLE in p.read_text(encoding="utf-8"))
    return f"{session.url}stories/{ferry.name}"


def test_an_open_story_page_reloads_itself_after_an_edit(served: Preview) -> None:  # noqa: F811
    url = _ferry_story(served)
    with chromium() as browser, open_page(browser, url) as page:
        events = watch(page)
        assert FERRY_TITLE in page.inner_text("body")
        page.evaluate("() => { window.briefingTestMarker = 1; }")  # gone once the page reloads
        article = Path(FERRY_ARTICLE)
        original = article.read_text(encoding="utf-8")
        article.write_text(original.replace(FERRY_TITLE, "Terminal cleared by the board"))
        page.wait_for_function(
            "() => document.body.innerText.includes('Terminal cleared by the board')",
            timeout=10_000,
        )
        assert page.url == url
        assert page.evaluate("() => window.briefingTestMarker") is None

        article.write_text(original.replace("tags: [transport]", "tags: [transport\nbad: : :"))
        page.wait_for_selector("#briefing-error", state="visible", timeout=10_000)
        overlay = page.inner_text("#briefing-error")
        assert "Invalid front matter YAML" in overlay
        assert f"{FERRY_ARTICLE}, line 7" in overlay  # where the unclosed "[" opens

        article.write_text(original, encoding="utf-8")
        page.wait_for_selector("#briefing-error", state="detached", timeout=10_000)
        assert FERRY_TITLE in page.inner_text("body")
        assert events.errors == []
        assert events.outside_requests == []
        assert events.dialogs == []


def test_reload_and_overlay_work_under_a_strict_content_security_policy(tmp_path: Path) -> None:
    # A site may forbid inline scripts; the preview's script comes from the preview's own origin.
    content, site = tmp_path / "content", tmp_path / "site"
    content.mkdir()
    (content / "page.txt").write_text("First text")
    csp = "default-src 'self'; script-src 'self'; connect-src 'self'"

    def rebuild() -> None:
        text = (content / "page.txt").read_text()
        if text.startswith("BROKEN"):
            raise ContentError("Cannot parse <page>.", path="content/page.txt", line=1)
        site.mkdir(exist_ok=True)
        (site / "index.html").write_text(
            f'<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
            f'content="{csp}"><title>t</title></head><body><p id="text">{text}</p></body></html>'
        )

    session = Preview(rebuild, site_dir=site, watch_paths=[content], ignore=[], port=0)
    stop = threading.Event()
    with session, chromium() as browser, open_page(browser, base(session)) as page:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        try:
            events = watch(page)
            (content / "page.txt").write_text("Second text")
            page.wait_for_function(
                "() => document.getElementById('text').textContent === 'Second text'",
                timeout=10_000,
            )
            (content / "page.txt").write_text("BROKEN")
            page.wait_for_selector("#briefing-error", state="visible", timeout=10_000)
            assert "Cannot parse <page>." in page.inner_text("#briefing-error")
            position = "() => getComputedStyle(document.getElementById('briefing-error')).position"
            assert page.evaluate(position) == "fixed"  # its stylesheet loaded despite the CSP
            page.click("#briefing-error-hide")
            page.wait_for_selector("#briefing-error", state="detached", timeout=5_000)
            assert page.inner_text("#text") == "Second text"
            assert events.errors == []
            assert not [e for e in events.console_errors if "Content Security Policy" in e]
        finally:
            stop.set()
            loop.join()


def test_theme_and_config_edits_reload_the_open_page_and_a_broken_template_shows_its_line(
    served: Preview,  # noqa: F811
) -> None:
    templates = Path("templates")
    override = templates / "index.html"
    good = (
        '{% extends "default:index.html" %}\n'
        '{% block main %}<p id="theme-marker">{{ site.title }} edition</p>{{ super() }}'
        "{% endblock %}\n"
    )
    with chromium() as browser, open_page(browser, base(served)) as page:
        events = watch(page)
        templates.mkdir()
        override.write_text(good, encoding="utf-8")
        page.wait_for_selector("#theme-marker", timeout=10_000)
        assert page.inner_text("#theme-marker") == "Briefing edition"

        Path("briefing.yaml").write_text("title: Evening Briefing\n", encoding="utf-8")
        page.wait_for_function(
            "() => document.getElementById('theme-marker')?.textContent"
            " === 'Evening Briefing edition'",
            timeout=10_000,
        )

        override.write_text(good.replace("site.title", "site.titel"), encoding="utf-8")
        page.wait_for_selector("#briefing-error", state="visible", timeout=10_000)
        assert page.inner_text("#briefing-error .briefing-message") == (
            "Undefined template variable: Site has no field 'titel'. Did you mean 'title'?"
        )
        assert page.inner_text("#briefing-error .briefing-where") == "templates/index.html, line 2"
        assert page.inner_text("#theme-marker") == "Evening Briefing edition"  # the last good site

        override.write_text(good, encoding="utf-8")
        page.wait_for_selector("#briefing-error", state="detached", timeout=10_000)
        assert page.inner_text("#theme-marker") == "Evening Briefing edition"
        assert events.errors == []
        assert events.outside_requests == []
