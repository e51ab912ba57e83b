"""Watch mode's kept cache: an incremental rebuild gives the cold build's site, byte for byte."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import BUILD_TIME

from briefing.build import BuildCache, build
from briefing.config import load_config
from briefing.grouping import group_stories
from briefing.grouping_cache import GroupingCache
from briefing.models import Article

FERRY = Path("content/coastal-times.md")
FERRY_TITLE = "Lowmoor ferry terminal gets green light in 7-2 vote"


def build_site(out: str, cache: BuildCache | None = None) -> dict[str, bytes]:
    """Build the site in the current folder into ``out`` and return every file's bytes."""
    config = load_config(None, {"content_dirs": ["content"], "output_dir": out})
    build(config, build_time=BUILD_TIME, cache=cache)
    folder = Path(out)
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def cold(out: str) -> dict[str, bytes]:
    """Build from scratch into a fresh folder, with no cache."""
    shutil.rmtree(out, ignore_errors=True)
    return build_site(out)


def test_an_edited_article_rebuilds_incrementally_to_the_cold_site(mini_site: Path) -> None:
    cache = BuildCache()
    first = build_site("site", cache)
    FERRY.write_text(FERRY.read_text().replace(FERRY_TITLE, "Ferry terminal approved"))
    again = build_site("site", cache)
    assert again == cold("fresh")
    assert again != first
    assert any(b"Ferry terminal approved" in data for data in again.values())


def test_added_and_deleted_articles_rebuild_to_the_cold_site(mini_site: Path) -> None:
    cache = BuildCache()
    build_site("site", cache)
    text = FERRY.read_text().replace(FERRY_TITLE, "Second ferry vote set for May")
    Path("content/copy.md").write_text(text.replace("Coastal Times", "Bay Herald"))
    Path("content/valley-post.md").unlink()
    assert build_site("site", cache) == cold("fresh")


def test_a_template_edit_is_applied_with_a_kept_cache(mini_site: Path) -> None:
    cache = BuildCache()
    build_site("site", cache)
    Path("templates").mkdir()
    Path("templates/404.html").write_text("<p>Lost at sea</p>\n")
    assert build_site("site", cache)["404.html"] == b"<p>Lost at sea</p>\n"
    Path("templates/404.html").write_text("<p>Nothing moored here, sorry</p>\n")
    again = build_site("site", cache)
    assert again["404.html"] == b"<p>Nothing moored here, sorry</p>\n"
    assert again == cold("fresh")


def test_the_grouping_cache_keeps_only_the_last_builds_articles(mini_site: Path) -> None:
    cache = BuildCache()
    build_site("site", cache)
    kept = set(cache.grouping.counts)
    FERRY.write_text(FERRY.read_text().replace(FERRY_TITLE, "Ferry terminal approved"))
    build_site("site", cache)
    assert len(cache.grouping.counts) == len(kept) == len(cache.grouping.sketches)
    assert len(set(cache.grouping.counts) - kept) == 1
    assert all(isinstance(article, Article) for article in cache.grouping.counts)


def test_cached_grouping_equals_a_cold_one(mini_site: Path) -> None:
    articles = [a for a in _articles() if not a.story_key]
    cache = GroupingCache()
    group_stories(articles[1:], cache)
    assert group_stories(articles, cache) == group_stories(articles)


def test_a_series_of_edits_rebuilds_each_time_to_the_cold_site(mini_site: Path) -> None:
    """Edits that change shared words, a wire copy coming and going, a revert: all as cold."""
    cache = BuildCache()
    build_site("site", cache)
    original = FERRY.read_text()
    copy = Path("content/wire-copy.md")
    edits: list[Callable[[], object]] = [
        lambda: FERRY.write_text(original.replace("approved on Tuesday", "approved on Monday")),
        lambda: FERRY.write_text(original + "\nResidents said the quay would flood.\n"),
        lambda: copy.write_text(original.replace("Coastal Times", "Wire Service")),
        lambda: Path("content/harbour-daily.md").unlink(),
        lambda: copy.unlink(),
        lambda: FERRY.write_text(original),
    ]
    for edit in edits:
        edit()
        assert build_site("site", cache) == cold("fresh")
    assert len(cache.grouping.vectors.featured) == 2


def _articles() -> list[Article]:
    from briefing.content import read_articles

    articles, _ = read_articles((Path("content"),), base=Path.cwd())
    return list(articles)
