"""The rendered site: which pages exist, what they show, and that every link leads somewhere."""

from __future__ import annotations

import json
import posixpath
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote, urlsplit

from test_render_support import (
    BUILT,
    Node,
    article,
    at,
    brief,
    config,
    market,
    parse,
    render_site,
    sample_briefing,
    undated,
)

from briefing.export import briefing_json
from briefing.models import Briefing, Quote

STORY = "stories/ferry-terminal.html"


def html_pages(files: dict[str, bytes]) -> dict[str, Node]:
    return {path: parse(content) for path, content in files.items() if path.endswith(".html")}


def test_the_site_has_every_page_feed_and_static_file(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path, base_url="https://x.example/b/"))
    assert set(files) == {
        "index.html",
        "stories/ferry-terminal.html",
        "stories/market-moves.html",
        "stories/library-reopens.html",
        "stories/undated-note.html",
        "2031/03/04/index.html",
        "2031/03/02/index.html",
        "archive.html",
        "outlets/index.html",
        "outlets/harbour-daily.html",
        "outlets/coastal-times.html",
        "outlets/lowmoor-echo.html",
        "outlets/valley-post.html",
        "tags/index.html",
        "tags/transport.html",
        "tags/waterfront.html",
        "tags/culture.html",
        "search.html",
        "search-index.js",
        "404.html",
        "feed.xml",
        "feed.json",
        "sitemap.xml",
        "robots.txt",
        "static/style.css",
        "static/search.js",
        "static/favicon.svg",
    }


def test_every_page_has_lang_one_h1_a_skip_link_and_landmarks(tmp_path: Path) -> None:
    for path, page in html_pages(render_site(sample_briefing(), config(tmp_path))).items():
        assert page.find("html").get("lang") == "en", path
        assert len(page.find_all("h1")) == 1, path
        assert page.find("a", "skip-link").get("href") == "#main", path
        assert page.by_id("main") is not None and page.by_id("main").tag == "main", path  # type: ignore[union-attr]
        assert page.find_all("header") and page.find_all("footer") and page.find_all("nav"), path
        icons = [link for link in page.find_all("link") if link.attrs.get("rel") == "icon"]
        assert [link.get("href").rsplit("/", 1)[-1] for link in icons] == ["favicon.svg"], path


def test_headings_never_skip_a_level(tmp_path: Path) -> None:
    for path, page in html_pages(render_site(sample_briefing(), config(tmp_path))).items():
        levels = [int(n.tag[1]) for n in page.iter() if n.tag in {"h1", "h2", "h3", "h4"}]
        assert levels[0] == 1, path
        assert all(b - a <= 1 for a, b in pairwise(levels)), (path, levels)


def test_front_page_shows_the_latest_day_first_and_ranks_within_a_day(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))["index.html"])
    days = [
        (section.find("h2").text(), [h.text() for h in section.find_all("h3")])
        for section in page.find_all("section", "day")
    ]
    assert days == [
        ("4 March 2031", ["Ferry terminal approved", "Market moves to the quay"]),
        ("2 March 2031", ["Library reopens"]),
        ("Undated", ["A note without a date"]),
    ]
    assert page.find("section", "day").find("a").get("href") == "2031/03/04/index.html"


def test_a_story_card_shows_gist_outlet_count_names_and_span(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))["index.html"])
    card = page.find("article", "card")
    assert card.find("h3").find("a").get("href") == STORY
    assert card.find("p", "card__gist").text() == (
        "The port authority approved a ferry terminal. The vote was 7 to 2. Residents may appeal."
    )
    meta = card.find("p", "meta")
    assert meta.find("span", "meta__count").text() == "3 outlets"
    assert [a.text() for a in meta.find_all("a")] == [
        "Harbour Daily",
        "Lowmoor Echo",
        "Coastal Times",
    ]
    assert meta.find("time").text() == "4 March 2031, 09:00–13:30 UTC"
    assert meta.find("time").get("datetime") == "2031-03-04T13:30:00+00:00"


def test_front_page_paginates_past_stories_per_page(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path, stories_per_page=3))
    assert {"index.html", "page/2.html"} <= set(files) and "page/3.html" not in files
    first, second = parse(files["index.html"]), parse(files["page/2.html"])
    assert len(first.find_all("article", "card")) == 3
    assert [h.text() for h in second.find_all("h3")] == ["A note without a date"]
    older = [a for a in first.find("nav", "pager").find_all("a") if a.attrs.get("rel") == "next"]
    assert older[0].get("href") == "page/2.html"
    newer = [a for a in second.find("nav", "pager").find_all("a") if a.attrs.get("rel") == "prev"]
    assert newer[0].get("href") == "../index.html"
    current = [a for a in second.find_all("a") if a.attrs.get("aria-current") == "page"]
    assert [a.text() for a in current] == ["2"]


def test_the_site_title_and_description_have_curled_quotes(tmp_path: Path) -> None:
    cfg = config(tmp_path, description='Today\'s news, "merged" across outlets.')
    briefing = Briefing("Lowmoor's Briefing", BUILT, sample_briefing().stories, ())
    page = parse(render_site(briefing, cfg)["index.html"])
    assert page.find("p", "lede").text() == "Today’s news, “merged” across outlets."
    assert page.find("h1").text() == "Lowmoor’s Briefing"
    assert page.find("title").text() == "Lowmoor’s Briefing"


def test_the_menu_leaves_out_tags_when_no_story_has_one(tmp_path: Path) -> None:
    """Review 2 has no tags: its menu's Tags led every page to a 'None yet.' page."""
    untagged = Briefing("B", BUILT, (market(), undated()), ())
    for files, tagged in (
        (render_site(untagged, config(tmp_path)), False),
        (render_site(sample_briefing(), config(tmp_path)), True),
    ):
        for path in ("index.html", STORY if tagged else "stories/market-moves.html"):
            menu = [a.text() for a in parse(files[path]).find("nav", "site-nav").find_all("a")]
            expected = ["Latest", "Archive", "Outlets", *(["Tags"] if tagged else []), "Search"]
            assert menu == expected, path


def test_outlet_and_tag_pages_are_titled_as_their_headings(tmp_path: Path) -> None:
    """A tab titled 'transport – Lowmoor Briefing' did not say that it lists stories."""
    files = render_site(sample_briefing(), config(tmp_path))
    for path in ("outlets/harbour-daily.html", "tags/transport.html"):
        page = parse(files[path])
        assert page.find("title").text() == f"{page.find('h1').text()} – Lowmoor Briefing", path


def test_every_page_says_what_a_shared_link_shows(tmp_path: Path) -> None:
    """Only story pages had Open Graph tags: a shared front page link showed no preview text."""
    for path, page in html_pages(render_site(sample_briefing(), config(tmp_path))).items():
        metas = page.find_all("meta")
        og = {m.get("property"): m.get("content") for m in metas if "property" in m.attrs}
        description = next(m.get("content") for m in metas if m.attrs.get("name") == "description")
        story = path.startswith("stories/")
        title = page.find("h1" if story else "title").text()
        assert (og["og:title"], og["og:description"]) == (title, description), path
        assert og["og:site_name"] == "Lowmoor Briefing", path
        assert og["og:type"] == ("article" if story else "website"), path


def test_the_menu_tells_assistive_technology_which_section_is_open(tmp_path: Path) -> None:
    """The section's menu entry was marked in bold only, which a screen reader does not say."""
    files = render_site(sample_briefing(), config(tmp_path))
    for path, section in (("archive.html", "Archive"), ("outlets/harbour-daily.html", "Outlets")):
        links = parse(files[path]).find("nav", "site-nav").find_all("a")
        assert [a.text() for a in links if a.attrs.get("aria-current") == "true"] == [section]


def test_the_pager_links_the_ends_and_the_pages_near_this_one(tmp_path: Path) -> None:
    """84 front pages were 84 numbered links on every page: a wall of numbers on a phone."""
    extra = [
        brief(f"s{n}", f"Story {n}", (article(f"a{n}", "Valley Post", at(1, n % 24)),), ())
        for n in range(8)
    ]
    files = render_site(sample_briefing(*extra), config(tmp_path, stories_per_page=1))
    assert "page/12.html" in files and "page/13.html" not in files

    def shown(path: str) -> list[str]:
        items = parse(files[path]).find("nav", "pager").find_all("li")
        return [li.text().strip() for li in items]

    older, newer = "Older stories", "Newer stories"
    assert shown("page/6.html") == [newer, "1", "…", "4", "5", "6", "7", "8", "…", "12", older]
    assert shown("index.html") == ["1", "2", "3", "…", "12", older]
    assert shown("page/4.html") == [newer, "1", "2", "3", "4", "5", "6", "…", "12", older]


def test_story_page_summary_marks_each_sentence_with_its_sources(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    assert page.find("h1").text() == "Ferry terminal approved"
    sentences = page.find("div", "summary").find_all("span", "sentence")
    marks = [[a.get("href") for a in s.find_all("a")] for s in sentences]
    assert marks == [["#source-1", "#source-3"], ["#source-3"], ["#source-2", "#source-1"]]
    assert sentences[0].find("a").get("title") == "Source 1: Harbour Daily"
    for href in (h for row in marks for h in row):
        assert page.by_id(href[1:]) is not None


def test_a_speaker_named_by_a_description_opens_its_caption_capitalised(tmp_path: Path) -> None:
    """Review 2's novelist story captioned a quote 'her publisher, as reported by ...'."""
    post = article("obit-p", "Valley Post", at(4, 9))
    quote = Quote("She was one of the great novelists", "her publisher", ("obit-p",))
    obit = brief("obit", "Novelist dies", (post,), (("She died.", ("obit-p",)),), (quote,))
    page = parse(
        render_site(Briefing("B", BUILT, (obit,), ()), config(tmp_path))["stories/obit.html"]
    )
    assert page.find("span", "quote__speaker").text() == "Her publisher"


def test_a_quote_within_a_key_quote_takes_single_marks(tmp_path: Path) -> None:
    """Set in double marks by the theme, “He said “no”” read as two quotes closing at once."""
    post = article("q-p", "Valley Post", at(4, 9))
    quote = Quote('He told us "not this year" and left', "Ana Ruiz", ("q-p",))
    story = brief("q", "Vote delayed", (post,), (("It was delayed.", ("q-p",)),), (quote,))
    page = parse(
        render_site(Briefing("B", BUILT, (story,), ()), config(tmp_path))["stories/q.html"]
    )
    assert page.find("blockquote").text() == "He told us ‘not this year’ and left"


def test_story_page_quotes_name_speaker_and_outlets(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    quote = page.find("figure", "quote")
    assert quote.find("blockquote").text() == "This terminal will take cars off the bridge"
    caption = quote.find("figcaption")
    assert caption.find("span", "quote__speaker").text() == "Tomas Reyes"
    assert "as reported by" in caption.text()
    outlets = [a.get("title") for a in caption.find_all("a", "marker")]
    assert outlets == ["Source 1: Harbour Daily", "Source 3: Coastal Times"]
    unknown = parse(
        render_site(sample_briefing(), config(tmp_path))["stories/library-reopens.html"]
    )
    assert unknown.find("span", "quote__speaker").text() == "Speaker unknown"


def test_a_quote_lifted_from_mid_sentence_opens_with_an_ellipsis(tmp_path: Path) -> None:
    post = article("pier-p", "Valley Post", at(3, 9))
    lifted = Quote("keep the pier open all winter.", "Mara Quell", ("pier-p",))
    sentences = (("The pier stays open.", ("pier-p",)),)
    story = brief("pier", "Pier stays open", (post,), sentences, (lifted,))
    files = render_site(sample_briefing(story), config(tmp_path))
    shown = parse(files["stories/pier.html"]).find("blockquote").text()
    assert shown == "…keep the pier open all winter."
    whole = parse(files[STORY]).find("blockquote").text()
    assert whole == "This terminal will take cars off the bridge"


def test_sources_list_shows_unknown_values_and_links_out_only_over_http(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    items = page.find("ol", "sources").find_all("li")
    assert [li.get("id") for li in items] == ["source-1", "source-2", "source-3"]
    first, bare = items[0], items[1]
    assert first.find("span", "source__outlet").text() == "Harbour Daily"
    assert first.find("a").get("href") == "https://news.example.com/a"
    assert first.find("a").text() == "Headline of ferry-h"
    assert first.find("span", "source__meta").text() == "by Ada Writer · 4 March 2031, 09:00 UTC"
    assert bare.find_all("a") == []
    assert bare.find("cite").text() == "Headline of ferry-b"
    assert (
        bare.find("span", "source__meta").text()
        == "4 March 2031, 11:00 UTC · author and link unknown"
    )
    lone = parse(render_site(sample_briefing(), config(tmp_path))["stories/undated-note.html"])
    only = lone.find("ol", "sources").find("li")
    assert only.find("span", "source__outlet").text() == "Outlet unknown"
    assert "source__outlet--unknown" in only.find("span", "source__outlet").classes()
    assert "source__outlet--unknown" not in first.find("span", "source__outlet").classes()
    assert only.find("span", "source__meta").text() == "Author, date and link unknown"


def test_a_byline_has_a_curled_apostrophe(tmp_path: Path) -> None:
    """Review 2 showed 'by Kevin O'Rourke' beside curled headlines and summaries."""
    post = article("o-1", "Valley Post", at(4, 9), author="Kevin O'Rourke")
    story = brief("o", "Market", (post,), (("It moved.", ("o-1",)),))
    page = parse(
        render_site(Briefing("B", BUILT, (story,), ()), config(tmp_path))["stories/o.html"]
    )
    assert page.find("span", "source__meta").text().startswith("by Kevin O’Rourke · ")


def test_a_source_says_once_what_is_unknown_about_it(tmp_path: Path) -> None:
    """'author unknown · date unknown · link unknown' said 'unknown' three times on one line."""
    arts = (
        article("m-1", "Valley Post", None, url=None),
        article("m-2", "Valley Post", at(4, 9), author=None),
        article("m-3", "Valley Post", None, author=None),
    )
    story = brief("m", "Market", arts, (("It moved.", ("m-1",)),))
    page = parse(
        render_site(Briefing("B", BUILT, (story,), ()), config(tmp_path))["stories/m.html"]
    )
    metas = [
        li.find("span", "source__meta").text() for li in page.find("ol", "sources").find_all("li")
    ]
    assert metas == [
        "by Ada Writer · date and link unknown",
        "4 March 2031, 09:00 UTC · author unknown",
        "Author and date unknown",
    ]


def test_a_source_updated_after_publication_says_when(tmp_path: Path) -> None:
    live = replace(article("u-1", "Valley Post", at(4, 9)), updated=at(4, 15, 45))
    story = brief("u", "Market", (live,), (("It moved.", ("u-1",)),))
    site = render_site(
        Briefing("B", BUILT, (story,), ()), config(tmp_path, base_url="https://news.example.org/")
    )
    meta = parse(site["stories/u.html"]).find("span", "source__meta")
    updated = "updated 4 March 2031, 15:45 UTC"
    assert meta.text() == f"by Ada Writer · 4 March 2031, 09:00 UTC · {updated}"
    assert [t.get("datetime") for t in meta.find_all("time")] == [
        "2031-03-04T09:00:00+00:00",
        "2031-03-04T15:45:00+00:00",
    ]
    export = briefing_json(Briefing("B", BUILT, (story,), ()), config(tmp_path), str)
    exported = json.loads(export.content)["stories"][0]["articles"][0]
    assert (exported["published"], exported["updated"]) == (
        "2031-03-04T09:00:00+00:00",
        "2031-03-04T15:45:00+00:00",
    )
    # Feeds and the sitemap date the story by its latest change.
    assert json.loads(site["feed.json"])["items"][0]["date_modified"] == "2031-03-04T15:45:00Z"
    assert b"<lastmod>2031-03-04T15:45:00Z</lastmod>" in site["sitemap.xml"]


def test_timeline_orders_articles_by_time_with_delays(tmp_path: Path) -> None:
    page = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    entries = page.find("ol", "timeline").find_all("li")
    assert [
        (li.find("span", "timeline__offset").text(), li.find("a").text()) for li in entries
    ] == [
        ("(first report)", "Harbour Daily: Headline of ferry-h"),
        ("(+2 h)", "Lowmoor Echo: Headline of ferry-b"),
        ("(+4 h 30 min)", "Coastal Times: Headline of ferry-c"),
    ]


def test_a_timeline_needs_two_dated_articles(tmp_path: Path) -> None:
    """One dated report, or none, has no order to show (it showed 'Date unknown' for each)."""
    unknown = article("walk-u", None, None, url=None, author=None)
    dated = article("walk-d", "Valley Post", at(3, 8))
    sentences = (("The walk was moved.", ("walk-u", "walk-d")),)
    walk = brief("walk", "Walk moved", (dated, unknown), sentences)
    files = render_site(sample_briefing(walk), config(tmp_path))
    for path in ("stories/walk.html", "stories/undated-note.html", "stories/market-moves.html"):
        assert parse(files[path]).find_all("section", "story__timeline") == [], path


def test_an_undated_article_on_the_timeline_says_so_once(tmp_path: Path) -> None:
    unknown = article("ferry-u", None, None, url=None, author=None)
    ferry = brief(
        "ferry-terminal",
        "Ferry terminal approved",
        (
            article("ferry-h", "Harbour Daily", at(4, 9)),
            article("ferry-c", None, at(4, 10)),
            unknown,
        ),
        (("The port authority approved a ferry terminal.", ("ferry-h",)),),
    )
    page = parse(render_site(Briefing("B", BUILT, (ferry,), ()), config(tmp_path))[STORY])
    entries = page.find("ol", "timeline").find_all("li")
    assert [" ".join(li.text().split()) for li in entries] == [
        "4 March 2031, 09:00 UTC (first report) Harbour Daily: Headline of ferry-h",
        "4 March 2031, 10:00 UTC (+1 h) Headline of ferry-c",
        "Date unknown Headline of ferry-u",
    ]


def test_story_page_links_tags_and_neighbours(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path))
    page = parse(files["stories/market-moves.html"])
    assert page.find_all("ul", "tags") == []
    links = {a.get("rel"): a.get("href") for a in page.find("nav", "neighbours").find_all("a")}
    assert links == {
        "prev": "../stories/ferry-terminal.html",
        "next": "../stories/library-reopens.html",
    }
    ferry = parse(files[STORY])
    tags = [(a.text(), a.get("href")) for a in ferry.find("ul", "tags").find_all("a")]
    assert tags == [
        ("transport", "../tags/transport.html"),
        ("Waterfront", "../tags/waterfront.html"),
    ]


def test_outlet_pages_and_index_count_stories(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path))
    index = parse(files["outlets/index.html"])
    rows = [
        (li.find("a").text(), li.find("span", "count").text())
        for li in index.find("main").find_all("li")
    ]
    assert rows == [
        ("Valley Post", "2 stories"),
        ("Coastal Times", "1 story"),
        ("Harbour Daily", "1 story"),
        ("Lowmoor Echo", "1 story"),
    ]
    valley = parse(files["outlets/valley-post.html"])
    assert valley.find("h1").text() == "Stories from Valley Post"
    assert [h.text() for h in valley.find_all("h2")] == [
        "Market moves to the quay",
        "Library reopens",
    ]


def test_tags_spelled_differently_share_one_page(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path))
    page = parse(files["tags/transport.html"])
    assert page.find("h1").text() == "Stories tagged “transport”"
    assert [h.text() for h in page.find_all("h2")] == ["Ferry terminal approved"]


def test_archive_lists_days_and_day_pages_link_to_neighbours(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path))
    archive = parse(files["archive.html"])
    rows = [
        (li.find("a").get("href"), li.text())
        for li in archive.find("ul", "index-list").find_all("li")
    ]
    assert rows == [
        ("2031/03/04/index.html", "4 March 2031 2 stories"),
        ("2031/03/02/index.html", "2 March 2031 1 story"),
    ]
    day = parse(files["2031/03/02/index.html"])
    assert day.find("h1").text() == "2 March 2031"
    newer = [a for a in day.find("nav", "pager").find_all("a") if a.attrs.get("rel") == "next"]
    assert newer[0].get("href") == "../../../2031/03/04/index.html"


def test_dates_are_shown_in_the_configured_time_zone(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path, timezone="Pacific/Auckland"))
    assert "2031/03/05/index.html" in files and "2031/03/04/index.html" not in files
    page = parse(files[STORY])
    first = page.find("ol", "sources").find("time")
    assert (first.text(), first.get("datetime")) == (
        "4 March 2031, 22:00 NZDT",
        "2031-03-04T22:00:00+13:00",
    )


def test_every_link_is_relative_and_leads_to_a_page_or_anchor(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path))
    pages = html_pages(files)
    for path, page in pages.items():
        for node in page.iter():
            link = node.attrs.get("href") or node.attrs.get("src") or node.attrs.get("action")
            if node.tag not in {"a", "link", "script", "form"} or not link:
                continue
            if link.startswith("https://"):
                assert node.tag == "a" and "external" in (node.attrs.get("rel") or ""), (path, link)
                continue
            parts = urlsplit(link)
            assert not parts.scheme and not link.startswith("/"), (path, link)
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(path), unquote(parts.path))
            )
            target = path if not parts.path else target
            assert target in files, (path, link)
            if parts.fragment:
                assert pages[target].by_id(parts.fragment) is not None, (path, link)


def test_404_links_absolutely_when_base_url_is_set(tmp_path: Path) -> None:
    with_base = render_site(sample_briefing(), config(tmp_path, base_url="https://x.example/b/"))
    css = [
        n.get("href")
        for n in parse(with_base["404.html"]).find_all("link")
        if n.attrs.get("rel") == "stylesheet"
    ]
    assert css == ["https://x.example/b/static/style.css"]
    without = render_site(sample_briefing(), config(tmp_path))
    css = [
        n.get("href")
        for n in parse(without["404.html"]).find_all("link")
        if n.attrs.get("rel") == "stylesheet"
    ]
    assert css == ["static/style.css"]


def test_an_empty_briefing_still_renders_a_site(tmp_path: Path) -> None:
    files = render_site(Briefing("Empty", sample_briefing().built_at, (), ()), config(tmp_path))
    front = parse(files["index.html"])
    assert front.find("main").find("p", None) is not None
    assert "No stories yet" in front.find("main").text()
    assert not any(path.startswith("stories/") for path in files)


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    cfg = config(tmp_path, base_url="https://x.example/")
    assert render_site(sample_briefing(), cfg) == render_site(sample_briefing(), cfg)


def test_names_that_would_collide_with_list_pages_or_each_other_get_their_own_page(
    tmp_path: Path,
) -> None:
    long_a, long_b = "Very long outlet name " * 4 + "A", "Very long outlet name " * 4 + "B"
    extra = tuple(
        brief(
            f"extra-{n}",
            f"Extra {n}",
            (article(f"x{n}", outlet, at(3, 9 + n), tags=("index",)),),
            (),
        )
        for n, outlet in enumerate(("Index", long_a, long_b))
    )
    files = render_site(sample_briefing(*extra), config(tmp_path))
    index = parse(files["outlets/index.html"])
    links = {a.text(): a.get("href") for a in index.find("main").find_all("a")}
    assert links["Index"] == "../outlets/index-e540cdd1.html"
    assert links[long_a] != links[long_b]
    assert parse(files["outlets/index.html"]).find("h1").text() == "Outlets"
    tags = parse(files["tags/index.html"])
    assert [a.get("href") for a in tags.find("main").find_all("a") if a.text() == "index"] == [
        "../tags/index-e540cdd1.html"
    ]


def test_an_empty_headline_or_title_still_gives_a_named_link(tmp_path: Path) -> None:
    blank = brief(
        "blank", "  ", (article("b1", "Post", at(3, 9), title=" "),), (("Text.", ("b1",)),)
    )
    files = render_site(sample_briefing(blank), config(tmp_path))
    card = parse(files["2031/03/03/index.html"]).find("article", "card")
    assert card.find("h2").text() == "Untitled"
    page = parse(files["stories/blank.html"])
    assert page.find("h1").text() == "Untitled"
    assert page.find("ol", "sources").find("a").text() == "Untitled"


def test_a_story_id_with_non_ascii_letters_is_linked_percent_encoded(tmp_path: Path) -> None:
    cafe = brief(
        "café-opens", "Café opens", (article("c1", "Post", at(4, 8)),), (("Open.", ("c1",)),)
    )
    files = render_site(Briefing("B", at(5, 12), (cafe,), ()), config(tmp_path))
    assert "stories/café-opens.html" in files
    card = parse(files["index.html"]).find("article", "card")
    assert card.find("a").get("href") == "stories/caf%C3%A9-opens.html"


def test_a_card_counts_articles_without_an_outlet_as_unknown(tmp_path: Path) -> None:
    known = article("mix-k", "Valley Post", at(3, 9))
    bare = article("mix-b", None, at(3, 10))
    mixed = brief("mixed", "Mixed sources", (known, bare), (("It happened.", ("mix-k",)),))
    files = render_site(Briefing("B", at(5, 12), (mixed, undated()), ()), config(tmp_path))
    metas = [m.text() for m in parse(files["index.html"]).find_all("p", "meta")]
    assert metas[0].startswith("2 outlets: Valley Post, 1 unknown ·")
    assert metas[1] == "1 article, outlet unknown · date unknown"


def test_a_card_of_articles_without_outlets_counts_articles_not_outlets(tmp_path: Path) -> None:
    bare = (article("bare-1", None, at(3, 9)), article("bare-2", None, at(3, 10)))
    story = brief("bare", "No outlets", bare, (("It happened.", ("bare-1",)),))
    files = render_site(Briefing("B", at(5, 12), (story,), ()), config(tmp_path))
    meta = parse(files["index.html"]).find("p", "meta").text()
    assert meta.startswith("2 articles, outlets unknown ·")


def test_the_summary_says_what_its_outlet_labels_mean(tmp_path: Path) -> None:
    """Labels after sentences, unexplained, read as tags or links: the page says what they are."""
    files = render_site(sample_briefing(), config(tmp_path))
    note = parse(files[STORY]).find("p", "summary__note")
    assert note.text() == (
        "Each sentence is taken from the articles under Sources and followed by the outlets that"
        " report it, the one whose words are used first."
    )
    assert note.find("a").get("href") == "#sources-title"
    lone = parse(files["stories/market-moves.html"]).find("p", "summary__note").text()
    assert lone.endswith("the article under Sources and followed by its outlet.")


def test_a_long_summary_is_split_into_paragraphs_of_three_sentences(tmp_path: Path) -> None:
    post = article("long-p", "Valley Post", at(3, 9))
    sentences = tuple((f"Sentence {n}.", ("long-p",)) for n in range(1, 8))
    story = brief("long", "Long summary", (post,), sentences)
    files = render_site(Briefing("B", at(5, 12), (story,), ()), config(tmp_path))
    paragraphs = parse(files["stories/long.html"]).find("div", "summary").find_all("p")
    assert [len(p.find_all("span", "sentence")) for p in paragraphs] == [3, 3, 1]


def test_story_pages_describe_themselves_for_link_previews(tmp_path: Path) -> None:
    files = render_site(sample_briefing(), config(tmp_path, base_url="https://x.example/b/"))
    head = parse(files[STORY]).find("head")
    meta = {m.attrs["property"]: m.get("content") for m in opengraph(head)}
    assert meta == {
        "og:url": "https://x.example/b/stories/ferry-terminal.html",
        "og:type": "article",
        "og:site_name": "Lowmoor Briefing",
        "og:title": "Ferry terminal approved",
        "og:description": "The port authority approved a ferry terminal. The vote was 7 to 2. "
        "Residents may appeal.",
        "article:published_time": "2031-03-04T09:00:00+00:00",
        "article:modified_time": "2031-03-04T13:30:00+00:00",
    }
    canonical = [link for link in head.find_all("link") if link.get("rel") == "canonical"]
    assert [link.get("href") for link in canonical] == [meta["og:url"]]
    relative = parse(render_site(sample_briefing(), config(tmp_path))[STORY]).find("head")
    assert "og:url" not in {m.attrs["property"] for m in opengraph(relative)}
    assert not [link for link in relative.find_all("link") if link.get("rel") == "canonical"]


def opengraph(head: Node) -> list[Node]:
    return [m for m in head.find_all("meta") if "property" in m.attrs]


def test_pages_and_feeds_curl_straight_quotes_but_the_data_export_keeps_them(
    tmp_path: Path,
) -> None:
    post = article("pier-p", "Valley Post", at(3, 9), title="Mayor's 'pier' plan")
    said = Quote("It's staying open", "Mara Quell", ("pier-p",))
    sentences = (('"It\'s staying open," Mayor Mara Quell said of the pier.', ("pier-p",)),)
    story = brief("pier", "Mayor's pier plan", (post,), sentences, (said,))
    files = render_site(sample_briefing(story), config(tmp_path))
    page = parse(files["stories/pier.html"])
    assert page.find("h1").text() == "Mayor’s pier plan"
    assert page.find("span", "sentence").text().startswith("“It’s staying open,” Mayor Mara")
    assert page.find("blockquote").text() == "It’s staying open"
    assert "Mayor’s ‘pier’ plan" in page.find("ol", "sources").text()
    feed = json.loads(files["feed.json"])
    item = next(i for i in feed["items"] if i["title"] == "Mayor’s pier plan")
    assert item["summary"].startswith("“It’s staying open,”")
    export = briefing_json(sample_briefing(story), config(tmp_path), str)
    story_data = next(s for s in json.loads(export.content)["stories"] if s["id"] == "pier")
    assert story_data["title"] == "Mayor's pier plan"
    assert story_data["summary"][0]["text"] == sentences[0][0]
