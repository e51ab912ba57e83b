"""Everything from the articles is escaped: no markup, event handler or script link survives."""

from __future__ import annotations

import json
from pathlib import Path

from test_render_support import HOSTILE, Node, article, at, brief, config, parse, render_site

from briefing.models import Briefing, Quote
from briefing.typography import curl_quotes

SCRIPT_LINKS = ("javascript:alert(3)", " JavaScript:alert(4)", "data:text/html,<script>x</script>")
CURLED = curl_quotes(HOSTILE)
"""Pages show quotes from articles curled (briefing.typography); markup stays text all the same."""
EXPECTED_SCRIPTS = {"search.html": ["search-index.js", "static/search.js"]}


def hostile_briefing() -> Briefing:
    """One story where every field a reader controls carries markup or a script link."""
    evil = HOSTILE
    articles = tuple(
        article(
            f"evil-{n}",
            f"Outlet {n} {evil}",
            at(4, 9 + n),
            title=f"Title {evil}",
            url=url,
            author=f"Author {evil}",
            tags=(f"tag {evil}",),
        )
        for n, url in enumerate((*SCRIPT_LINKS, 'https://ok.example/"><script>alert(5)</script>'))
    )
    ids = tuple(a.id for a in articles)
    quote = Quote(f"Quote {evil}", f"Speaker {evil}", ids)
    story = brief("evil", f"Headline {evil}", articles, ((f"Sentence {evil}", ids),), (quote,))
    return Briefing(f"Site {evil}", at(5, 12), (story,), ())


def all_nodes(files: dict[str, bytes]) -> list[tuple[str, Node]]:
    return [
        (path, node)
        for path, content in files.items()
        if path.endswith(".html")
        for node in parse(content).iter()
    ]


def test_no_script_element_but_the_themes_own(tmp_path: Path) -> None:
    files = render_site(hostile_briefing(), config(tmp_path))
    scripts: dict[str, list[str]] = {}
    for path, node in all_nodes(files):
        if node.tag == "script":
            scripts.setdefault(path, []).append(node.get("src"))
            assert node.children == [], path
    assert scripts == EXPECTED_SCRIPTS
    assert not any(node.tag == "img" for _, node in all_nodes(files))


def test_no_event_handler_attribute_survives(tmp_path: Path) -> None:
    for path, node in all_nodes(render_site(hostile_briefing(), config(tmp_path))):
        assert not [name for name in node.attrs if name.startswith("on")], (path, node.tag)


def test_only_http_links_are_emitted_and_hostile_ones_are_encoded(tmp_path: Path) -> None:
    files = render_site(hostile_briefing(), config(tmp_path))
    page = parse(files["stories/evil.html"])
    links = [a.get("href") for a in page.find("ol", "sources").find_all("a")]
    assert links == ["https://ok.example/%22%3E%3Cscript%3Ealert(5)%3C/script%3E"]
    for path, node in all_nodes(files):
        for name in ("href", "src", "action"):
            value = (node.attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, value)


def test_hostile_text_is_shown_as_text(tmp_path: Path) -> None:
    page = parse(render_site(hostile_briefing(), config(tmp_path))["stories/evil.html"])
    assert page.find("h1").text() == f"Headline {CURLED}"
    assert page.find("span", "sentence").text().startswith(f"Sentence {CURLED}")
    nested = CURLED.replace("“", "‘").replace("”", "’")  # the theme sets quotes in doubles
    assert page.find("blockquote").text() == f"Quote {nested}"
    assert page.find("span", "quote__speaker").text() == f"Speaker {HOSTILE}"
    assert page.find("span", "source__outlet").text() == f"Outlet 0 {HOSTILE}"
    assert page.find("title").text() == f"Headline {CURLED} – Site {CURLED}"


def test_search_index_cannot_close_a_script_and_keeps_the_text(tmp_path: Path) -> None:
    script = render_site(hostile_briefing(), config(tmp_path))["search-index.js"].decode("utf-8")
    assert "<" not in script and ">" not in script
    prefix = "window.BRIEFING_SEARCH = "
    assert script.startswith(prefix) and script.endswith(";\n")
    entries = json.loads(script[len(prefix) : -2])
    assert entries[0]["headline"] == f"Headline {CURLED}"
    assert entries[0]["quotes"] == [f"Quote {CURLED} (Speaker {HOSTILE})"]


def test_feed_content_is_escaped_html_without_script_links(tmp_path: Path) -> None:
    files = render_site(hostile_briefing(), config(tmp_path, base_url="https://x.example/"))
    item = json.loads(files["feed.json"])["items"][0]
    content = parse(item["content_html"])
    assert not [n for n in content.iter() if n.tag in {"script", "img"}]
    hrefs = [a.get("href") for a in content.find_all("a")]
    assert hrefs == ["https://ok.example/%22%3E%3Cscript%3Ealert(5)%3C/script%3E"]
    assert content.find("p").text() == f"Sentence {CURLED}"


def test_control_characters_from_articles_never_reach_a_page_or_the_atom_feed(
    tmp_path: Path,
) -> None:
    """Corpus text decoded as Latin-1 carried 'christ\\x92s': 20 pages of a build were invalid."""
    import re
    import xml.etree.ElementTree as ET

    post = article("c1", "Valley \x93Post\x94", at(4, 9), title="Community of christ\x92s usa")
    story = brief("c1", "Church\x92s vote\x01", (post,), (("It voted\x0b.\x81", ("c1",)),))
    files = render_site(Briefing("B", at(5, 12), (story,), ()), config(tmp_path))
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
    bad = [p for p, data in files.items() if forbidden.search(data.decode("utf-8", "replace"))]
    assert [p for p in bad if p.endswith((".html", ".xml", ".js"))] == []
    page = parse(files["stories/c1.html"])
    assert page.find("h1").text() == "Church’s vote"
    assert page.find("ol", "sources").find("a").text() == "Community of christ’s usa"
    assert page.find("span", "source__outlet").text() == "Valley “Post”"
    atom = ET.fromstring(files["feed.xml"])
    titles = [t.text for t in atom.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Church’s vote" in titles
