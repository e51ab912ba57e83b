"""End to end: the preview with the real build on the mini site, and `briefing serve` itself."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import BUILD_TIME, Lines
from test_preview import base, wait_until
from test_serve import by_id, elements, fetch

from briefing.build import BuildCache, BuildReport, build
from briefing.config import load_config
from briefing.preview import Preview
from briefing.theme import default_theme_dir, theme_dirs

FERRY_ARTICLE = "content/coastal-times.md"
FERRY_TITLE = "Lowmoor ferry terminal gets green light in 7-2 vote"


@pytest.fixture
def served(mini_site: Path) -> Iterator[Preview]:
    """Preview the mini site as `briefing serve` does: config reloaded, cache kept."""
    cache = BuildCache()

    def rebuild() -> BuildReport:
        return build(load_config(None), build_time=BUILD_TIME, cache=cache)

    config = load_config(None)
    watched = [*config.content_dirs, *theme_dirs(config), config.static_dir]
    session = Preview(
        rebuild,
        site_dir=config.output_dir,
        watch_paths=[*watched, mini_site / "briefing.yaml"],
        ignore=[config.output_dir],
        port=0,
    )
    stop = threading.Event()
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        yield session
        stop.set()
        loop.join()


def _story_pages(session: Preview) -> dict[str, str]:
    """Fetch every story page the site has now: file name to HTML."""
    assert session.url is not None
    return {
        page.name: fetch(f"{session.url}stories/{page.name}")[2]
        for page in sorted((session.site_dir / "stories").glob("*.html"))
    }


def _texts(page: str, tag: str) -> list[str]:
    return [" ".join(text.split()) for name, _, text in elements(page) if name == tag]


def _edit(path: str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert old in text
    Path(path).write_text(text.replace(old, new), encoding="utf-8")


def _overlay(session: Preview, path: str = "") -> str | None:
    assert session.url is not None
    found = by_id(fetch(session.url + path)[2], "briefing-error")
    return " ".join(found[2].split()) if found else None


def test_editing_an_article_changes_its_story_page(served: Preview) -> None:
    assert any(FERRY_TITLE in page for page in _story_pages(served).values())
    _edit(FERRY_ARTICLE, "title: " + FERRY_TITLE, "title: Ferry terminal approved by 7 votes")

    def story_shows_the_new_title() -> bool:
        pages = _story_pages(served).values()
        return any("Ferry terminal approved by 7 votes" in p for p in pages) and not any(
            FERRY_TITLE in p for p in pages
        )

    wait_until(story_shows_the_new_title)


def test_broken_front_matter_shows_the_overlay_and_fixing_it_clears_it(served: Preview) -> None:
    original = Path(FERRY_ARTICLE).read_text(encoding="utf-8")
    _edit(FERRY_ARTICLE, "tags: [transport]", "tags: [transport\nbad: : :")
    wait_until(lambda: _overlay(served) is not None)
    overlay = _overlay(served, "archive.html")
    assert overlay is not None
    assert "Invalid front matter YAML: the '[' list that opens here does not close" in overlay
    assert f"{FERRY_ARTICLE}, line 7" in overlay  # the 'tags: [transport' line
    Path(FERRY_ARTICLE).write_text(original, encoding="utf-8")
    wait_until(lambda: _overlay(served) is None)
    assert any(FERRY_TITLE in page for page in _story_pages(served).values())


def test_deleting_the_only_article_of_a_story_removes_its_page(served: Preview) -> None:
    library = next(n for n in _story_pages(served) if n.startswith("lowmoor-library"))
    assert fetch(f"{base(served)}stories/{library}")[0] == 200
    Path("content/valley-post.md").unlink()
    wait_until(lambda: fetch(f"{base(served)}stories/{library}")[0] == 404)
    assert len(_story_pages(served)) == 1


def test_a_site_template_override_is_applied_and_its_errors_shown(served: Preview) -> None:
    theirs = (default_theme_dir() / "templates/story.html").read_text(encoding="utf-8")
    mine = theirs.replace(">Summary</h2>", ">Summary, as merged</h2>")
    assert mine != theirs
    Path("templates").mkdir()
    Path("templates/story.html").write_text(mine, encoding="utf-8")

    def heading_changed() -> bool:
        return all("Summary, as merged" in _texts(p, "h2") for p in _story_pages(served).values())

    wait_until(heading_changed)
    Path("templates/story.html").write_text(mine.replace("{% endblock %}", "", 1))
    wait_until(lambda: _overlay(served) is not None)
    overlay = _overlay(served)
    assert overlay is not None and "story.html" in overlay
    assert re.search(r"line \d+", overlay)
    Path("templates/story.html").unlink()
    wait_until(lambda: _overlay(served) is None)
    assert all("Summary" in _texts(p, "h2") for p in _story_pages(served).values())


def test_a_sidecar_metadata_change_is_applied(served: Preview) -> None:
    Path("content/sources.yaml").write_text(
        "coastal-times.md:\n  source: Coastal Evening Times\n", encoding="utf-8"
    )
    wait_until(lambda: any("Coastal Evening Times" in p for p in _story_pages(served).values()))
    Path("content/sources.yaml").unlink()
    wait_until(lambda: not any("Coastal Evening Times" in p for p in _story_pages(served).values()))


def test_a_config_change_is_applied(served: Preview) -> None:
    Path("briefing.yaml").write_text("title: Harbour Evening Briefing\n", encoding="utf-8")

    def title_changed() -> bool:
        return any("Harbour Evening Briefing" in t for t in _texts(fetch(base(served))[2], "title"))

    wait_until(title_changed)


def test_briefing_serve_reloads_on_edit_and_stops_cleanly_on_ctrl_c(mini_site: Path) -> None:
    before = sorted(p for p in mini_site.rglob("*") if "site" not in p.parts)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "briefing", "serve", "--port", "0"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stderr is not None
        lines = Lines(process.stderr)
        serving = lines.until("Serving ")
        url = serving.split(" at ", 1)[1].split(" ", 1)[0]
        assert url.startswith("http://127.0.0.1:")
        assert by_id(fetch(url)[2], "briefing-livereload") is not None
        _edit(FERRY_ARTICLE, "title: " + FERRY_TITLE, "title: Terminal approved")
        lines.until("Rebuilt in ")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 130
        rest = lines.rest()
    assert "Traceback" not in rest
    assert rest.strip().endswith("stopped")
    after = sorted(p for p in mini_site.rglob("*") if "site" not in p.parts)
    assert after == before  # no stray files


def test_briefing_watch_rebuilds_the_folder_in_place(mini_site: Path) -> None:
    command = [sys.executable, "-m", "briefing", "watch"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stderr is not None
        lines = Lines(process.stderr)
        lines.until(f"Watching for changes, rebuilding {mini_site / 'site'} (Ctrl-C to stop)")
        _edit(FERRY_ARTICLE, "title: " + FERRY_TITLE, "title: Terminal approved offline")

        def written() -> bool:
            pages = (mini_site / "site/stories").glob("*.html")
            return any("Terminal approved offline" in p.read_text(encoding="utf-8") for p in pages)

        wait_until(written)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 130
        rest = lines.rest()
    assert "Traceback" not in rest
    for page in (mini_site / "site").rglob("*.html"):
        assert "briefing-livereload" not in page.read_text(encoding="utf-8")  # never on disk


def test_the_404_page_links_into_the_preview_not_to_the_published_site(mini_site: Path) -> None:
    (mini_site / "briefing.yaml").write_text("base_url: https://news.example.org/briefing/\n")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "briefing", "serve", "--port", "0"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stderr is not None
        try:
            lines = Lines(process.stderr)
            url = lines.until("Serving ").split(" at ", 1)[1].split(" ", 1)[0]
            status, _, page = fetch(url + "no/such/page.html")
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=10)
    assert status == 404
    links = [attrs["href"] for tag, attrs, _ in elements(page) if tag in ("a", "link")]
    assert "/static/style.css" in links and "/index.html" in links
    assert not [link for link in links if "news.example.org" in link]
    on_disk = elements((mini_site / "site" / "404.html").read_text(encoding="utf-8"))
    published = [attrs.get("href") for tag, attrs, _ in on_disk if tag == "link"]
    assert "https://news.example.org/briefing/static/style.css" in published  # left as built


def test_a_new_output_dir_while_serving_is_a_warning_not_silence(mini_site: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "briefing", "serve", "--port", "0"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stderr is not None
        try:
            lines = Lines(process.stderr)
            lines.until("Serving ")
            (mini_site / "briefing.yaml").write_text("output_dir: public\n", encoding="utf-8")
            warning = lines.until("warning: output_dir")
            hint = lines.until("  hint: ")
            lines.until("Rebuilt in ")
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=10)
    assert (
        warning == "warning: output_dir is now 'public', but this preview keeps writing 'site/'.\n"
    )
    assert (
        hint == "  hint: Stop it (Ctrl-C) and run `briefing serve` again to use the new folder.\n"
    )
    assert not (mini_site / "public").exists()
