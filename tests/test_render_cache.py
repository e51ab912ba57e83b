"""Watch mode's render cache: unchanged pages are reused, output is identical to a fresh render."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_render_support import config, library, sample_briefing

from briefing.render import RenderCache, plan_pages


def by_path(pages: tuple[object, ...]) -> dict[str, object]:
    return {page.path: page for page in pages}  # type: ignore[attr-defined]


def test_cached_render_equals_a_fresh_one_and_reuses_every_page(tmp_path: Path) -> None:
    cfg, cache = config(tmp_path), RenderCache()
    first = by_path(plan_pages(sample_briefing(), cfg, cache))
    again = by_path(plan_pages(sample_briefing(), cfg, cache))
    fresh = by_path(plan_pages(sample_briefing(), cfg))
    assert again == fresh
    html = [path for path in first if path.endswith(".html")]
    assert html and all(again[path] is first[path] for path in html)


def test_a_changed_story_renders_again_and_stale_entries_are_dropped(tmp_path: Path) -> None:
    cfg, cache = config(tmp_path), RenderCache()
    before = by_path(plan_pages(sample_briefing(), cfg, cache))
    entries = len(cache)
    changed = replace(
        library(), summary=replace(library().summary, headline="Library reopens early")
    )
    briefing = sample_briefing()
    briefing = replace(
        briefing,
        stories=tuple(changed if b.story.id == changed.story.id else b for b in briefing.stories),
    )
    pages = by_path(plan_pages(briefing, cfg, cache))
    assert pages == by_path(plan_pages(briefing, cfg))
    assert len(cache) == entries
    assert pages[f"stories/{changed.story.id}.html"] != before[f"stories/{changed.story.id}.html"]
    reused = [path for path in pages if path.endswith(".html") and pages[path] is before[path]]
    assert "tags/index.html" in reused
