"""Live reload in real headless Chromium: an open story page follows edits by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import chromium, open_page, watch
from test_preview_build import FERRY_ARTICLE, FERRY_TITLE, served  # noqa: F401

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
        assert f"{FERRY_ARTICLE}, line 8" in overlay

        article.write_text(original, encoding="utf-8")
        page.wait_for_selector("#briefing-error", state="detached", timeout=10_000)
        assert FERRY_TITLE in page.inner_text("body")
        assert events.errors == []
        assert events.outside_requests == []
        assert events.dialogs == []
