"""Markdown articles: front matter fields, front matter errors, bodies as plain paragraphs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefing.content import read_article, read_articles
from briefing.errors import ContentError, Problem, Severity
from briefing.models import Article


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read_one(tmp_path: Path, name: str, text: str) -> tuple[Article | None, list[str]]:
    write(tmp_path, name, text)
    articles, problems = read_articles([tmp_path / "content"], base=tmp_path)
    return (articles[0] if articles else None), [str(p) for p in problems]


def body(tmp_path: Path, markdown: str) -> tuple[str, ...]:
    article, problems = read_one(tmp_path, "a.md", "---\ntitle: T\n---\n" + markdown)
    assert article is not None and problems == []
    return article.paragraphs


def test_front_matter_fields(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path,
        "ferry.md",
        "---\ntitle: Ferry vote\nsource: Coastal Times\nurl: https://ct.example/ferry\n"
        "author: Ben Aldous\npublished: 2031-03-04T13:30:00+01:00\ntags: [transport, port]\n"
        "story: lowmoor-ferry\n---\nThe board approved it.\n",
    )
    assert problems == []
    assert article == Article(
        id="content/ferry",
        path="content/ferry.md",
        title="Ferry vote",
        outlet="Coastal Times",
        url="https://ct.example/ferry",
        author="Ben Aldous",
        published=datetime(2031, 3, 4, 13, 30, tzinfo=timezone(timedelta(hours=1))),
        tags=("transport", "port"),
        story_key="lowmoor-ferry",
        paragraphs=("The board approved it.",),
    )


@pytest.mark.parametrize(
    ("front", "outlet"),
    [
        ("url: https://www.harbourdaily.co.uk/news/1", "harbourdaily.co.uk"),
        ("url: https://edition.example.com/2031/03/04/strike", "example.com"),
        ("url: https://news.example.org/strike\nsource: Example News", "Example News"),
        ("url: http://192.168.0.1/strike", None),
    ],
)
def test_an_outlet_not_named_is_the_address_site(
    tmp_path: Path, front: str, outlet: str | None
) -> None:
    article, problems = read_one(tmp_path, "a.md", f"---\ntitle: T\n{front}\n---\nText.\n")
    assert article is not None and problems == []
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-03-04", datetime(2031, 3, 4, tzinfo=UTC)),
        ("2031-03-04 13:30:00", datetime(2031, 3, 4, 13, 30, tzinfo=UTC)),
        ("2031-03-04T13:30:00Z", datetime(2031, 3, 4, 13, 30, tzinfo=UTC)),
        ('"March 4, 2031 1:30pm EST"', datetime(2031, 3, 4, 18, 30, tzinfo=UTC)),
    ],
)
def test_published_dates_and_datetimes_naive_meaning_utc(
    tmp_path: Path, value: str, expected: datetime
) -> None:
    article, _ = read_one(tmp_path, "a.md", f"---\npublished: {value}\n---\nText.\n")
    assert article is not None and article.published == expected
    assert article.published.tzinfo is not None


def test_tags_as_comma_string_and_date_alias(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path, "a.md", "---\ntags: iraq, us ,  iraq\ndate: 2031-01-02\noutlet: X\n---\nText.\n"
    )
    assert problems == []
    assert article is not None
    assert (article.tags, article.outlet) == (("iraq", "us"), "X")
    assert article.published == datetime(2031, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lines", "author", "outlet"),
    [
        (
            "authors: [Ashley Gold, Sam Lee]\npublication: Axios Pro",
            "Ashley Gold and Sam Lee",
            "Axios Pro",
        ),
        ("authors: [A Bell, B Cole, C Dunn]", "A Bell, B Cole and C Dunn", None),
        ("byline: Jo Bell\npublisher: The Irish Times", "Jo Bell", "The Irish Times"),
    ],
)
def test_other_names_for_the_author_and_the_outlet(
    tmp_path: Path, lines: str, author: str, outlet: str | None
) -> None:
    article, problems = read_one(tmp_path, "a.md", f"---\ntitle: T\n{lines}\n---\nText.\n")
    assert problems == []
    assert article is not None and (article.author, article.outlet) == (author, outlet)


def test_a_list_of_authors_that_is_not_names_is_refused(tmp_path: Path) -> None:
    article, problems = read_one(tmp_path, "a.md", "---\ntitle: T\nauthors: [{a: 1}]\n---\nText.\n")
    assert article is not None and article.author is None
    assert problems == [
        "warning: content/a.md:3: Front matter 'authors' must be a name or a list of names, "
        "got list [{'a': 1}] (ignored)."
    ]


def test_unknown_keys_warn_with_line_and_suggestion(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path, "a.md", "---\ntitle: T\ntitel: U\nweather: fine\n---\nText.\n"
    )
    assert article is not None and article.title == "T"
    known = "Known keys: author, draft, published, source, story, tags, title, updated, url."
    assert problems == [
        "warning: content/a.md:3: Unknown front matter key 'titel' (ignored).\n"
        f"  hint: Did you mean 'title'? {known}",
        f"warning: content/a.md:4: Unknown front matter key 'weather' (ignored).\n  hint: {known}",
    ]


def test_bad_values_warn_and_are_ignored(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path, "a.md", "---\npublished: yesterday\nurl: not a url\ntitle: T\n---\nText.\n"
    )
    assert article is not None and (article.published, article.url) == (None, None)
    assert problems == [
        "warning: content/a.md:2: Front matter 'published' must be a date such as 2014-01-05 "
        "or 2014-01-05T17:13:00-05:00, got 'yesterday' (ignored).",
        "warning: content/a.md:3: Front matter 'url' must be an absolute URL such as "
        "https://example.org/news/1, got 'not a url' (ignored).",
    ]


def test_malformed_yaml_is_an_error_at_the_file_line(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path, "bad.md", "---\ntitle: A\nsource: [Coastal\nauthor: B\n---\nText.\n"
    )
    assert article is None
    assert problems == [
        "error: content/bad.md:3: Invalid front matter YAML: the '[' list that opens here does "
        "not close properly (did not find expected ',' or ']' on line 4).\n"
        "  hint: Check the indentation and quote values that contain ': ' or start with a symbol."
    ]


def test_colon_in_unquoted_value_points_at_its_line(tmp_path: Path) -> None:
    _, problems = read_one(tmp_path, "bad.md", "---\n\ntitle: Kerry: no: troops\n---\nText.\n")
    assert problems[0].startswith(
        "error: content/bad.md:3: Invalid front matter YAML: mapping values are not allowed"
    )


def test_missing_closing_fence(tmp_path: Path) -> None:
    _, problems = read_one(tmp_path, "open.md", "---\ntitle: A\n\nText of the article.\n")
    assert problems == [
        "error: content/open.md:1: The front matter starts with '---' but never ends.\n"
        "  hint: Add a line with only '---' after the last front matter key, before the body."
    ]


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    _, problems = read_one(tmp_path, "list.md", "---\n- a\n- b\n---\nText.\n")
    assert problems == [
        "error: content/list.md:2: The front matter must be a mapping of keys to values, "
        "not a list.\n"
        "  hint: Write one 'key: value' per line, e.g. 'title: Kerry visits Jerusalem'."
    ]


def test_front_matter_without_body(tmp_path: Path) -> None:
    _, problems = read_one(tmp_path, "a.md", "---\ntitle: A\n---\n\n")
    assert problems == [
        "error: content/a.md: No article text after the front matter.\n"
        "  hint: Write the article body below the closing '---'."
    ]


def test_empty_front_matter_and_no_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\n---\nFirst.\n")
    write(tmp_path, "b.md", "Just text.\n\n---\n\nMore text.\n")
    articles, problems = read_articles([tmp_path / "content"], base=tmp_path)
    assert problems == ()
    assert [a.paragraphs for a in articles] == [("First.",), ("Just text.", "More text.")]


def test_title_falls_back_to_first_heading_then_file_name(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "Intro.\n\n# Dock strike ends\n\nText.\n\n# Second\n")
    write(tmp_path, "rail_strike-day.md", "Only text.\n")
    articles, _ = read_articles([tmp_path / "content"], base=tmp_path)
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("Dock strike ends", ("Intro.", "Text.")),
        ("rail strike day", ("Only text.",)),
    ]


def test_a_headline_line_topping_an_untitled_body_is_its_title(tmp_path: Path) -> None:
    text = (
        "---\nsource: ABC News\n---\n"
        "Earthquake in southern Peru kills at least 41, traps villagers\n\n"
        "By Franklin Briceño\n\n"
        "LIMA, Peru (AP) — A powerful earthquake shook southern Peru on Wednesday.\n\n"
        "Rescuers dug through the rubble with their hands.\n"
    )
    article, _ = read_one(tmp_path, "abc_news.md", text)
    assert article is not None
    assert article.title == "Earthquake in southern Peru kills at least 41, traps villagers"
    assert (article.author, article.outlet) == ("Franklin Briceño", "ABC News")
    assert article.paragraphs == (
        "A powerful earthquake shook southern Peru on Wednesday.",
        "Rescuers dug through the rubble with their hands.",
    )


def test_front_matter_title_beats_heading(tmp_path: Path) -> None:
    article, _ = read_one(tmp_path, "a.md", "---\ntitle: Given\n---\n# Heading\n\nText.\n")
    assert article is not None and (article.title, article.paragraphs) == ("Given", ("Text.",))


def test_markup_becomes_plain_paragraphs(tmp_path: Path) -> None:
    markdown = (
        "The *port* board met on **Tuesday** at [the hall](https://x.example).\nIt voted 7-2.\n\n"
        '## Background\n\n- First point\n- Second *point*\n\n> "We won," she said.\n>\n'
        "> Then she left.\n\n1. One\n2. Two &amp; three\n"
    )
    assert body(tmp_path, markdown) == (
        "The port board met on Tuesday at the hall. It voted 7-2.",
        "First point",
        "Second point",
        '"We won," she said.',
        "Then she left.",
        "One",
        "Two & three",
    )


def test_raw_html_and_scripts_never_reach_the_text(tmp_path: Path) -> None:
    markdown = (
        "Before <b>bold</b> <span onclick='x()'>text</span>.\n\n"
        "<script>alert('x')</script>\n\n<style>p { color: red }</style>\n\n"
        '<div class="note">Inside a <em>div</em>.</div>\n\n<iframe src="x"></iframe>After.\n'
    )
    paragraphs = body(tmp_path, markdown)
    assert paragraphs == ("Before bold text.", "Inside a div.", "After.")
    assert not any("<" in p or "alert" in p or "color" in p for p in paragraphs)


def test_html_entities_and_line_breaks(tmp_path: Path) -> None:
    assert body(tmp_path, "AT&amp;T &mdash; &quot;yes&quot;  \nnext line\n") == (
        'AT&T — "yes" next line',
    )


def test_markdown_extension_variants_are_read(tmp_path: Path) -> None:
    for name in ("a.markdown", "b.mdown", "c.mkd"):
        write(tmp_path, name, "---\ntitle: T\n---\nText.\n")
    articles, _ = read_articles([tmp_path / "content"], base=tmp_path)
    assert [a.id for a in articles] == ["content/a", "content/b", "content/c"]


def test_read_article_raises_content_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: [x\n---\nText.\n")
    with pytest.raises(ContentError) as caught:
        read_article(path, base=tmp_path)
    assert (caught.value.path, caught.value.line) == ("content/bad.md", 2)  # where '[' opens
    assert str(caught.value).startswith("content/bad.md:2: Invalid front matter YAML: ")


def test_read_article_reads_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: T\nsource: S\n---\nText.\n")
    article = read_article(path, base=tmp_path)
    assert (article.id, article.path, article.outlet) == ("content/a", "content/a.md", "S")


def test_problem_severity_of_warnings(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ncolour: red\n---\nText.\n")
    _, problems = read_articles([tmp_path / "content"], base=tmp_path)
    assert problems == (
        Problem(
            Severity.WARNING,
            "Unknown front matter key 'colour' (ignored).",
            "content/a.md",
            2,
            "Known keys: author, draft, published, source, story, tags, title, updated, url.",
        ),
    )


def test_repeated_keys_and_aliases_warn_and_the_last_wins(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path,
        "a.md",
        "---\ntitle: One\ntitle: Two\npublished: 2031-01-01\ndate: 2031-01-02\n---\nText.\n",
    )
    assert article is not None and article.title == "Two"
    assert article.published == datetime(2031, 1, 2, tzinfo=UTC)
    assert problems == [
        "warning: content/a.md:3: Front matter 'title' repeats 'title'; the last one is used.",
        "warning: content/a.md:5: Front matter 'date' repeats 'published'; the last one is used.",
    ]


def test_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path, "a.md", "---\ntitle: !!python/object:os.system echo\n---\nText.\n"
    )
    assert article is not None and article.title == "a"
    assert problems == [
        "warning: content/a.md:2: Front matter 'title' has an unreadable value: could not "
        "determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'."
    ]


def test_page_furniture_pasted_into_markdown_leaves_the_body(tmp_path: Path) -> None:
    markdown = (
        "---\nsource: The Eastern Globe\n---\n# Novelist dies at 87\n\n"
        "Her novel won the Booker Prize.\n\nBy Peter Lindqvist\n\n"
        "NEW YORK (AP) — Margaret Ashdown, a British novelist, died on Wednesday. She was 87.\n\n"
        "Advertisement\n\nHer publisher announced the death.\n\n"
        "Story continues below advertisement\n\n"
        "Ms. Ashdown at home in 2019. (Photo by Jane Roe/Getty Images)\n\n"
        "Sign up for our Morning Brief newsletter.\n\n"
        "*Correction: An earlier version of this story misstated her age.*\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)\n"
    )
    article, problems = read_one(tmp_path, "a.md", markdown)
    assert article is not None and problems == []
    assert article.paragraphs == (
        "Her novel won the Booker Prize.",
        "Margaret Ashdown, a British novelist, died on Wednesday. She was 87.",
        "Her publisher announced the death.",
    )
    # The byline and dateline tell what the front matter does not; the front matter wins.
    assert (article.author, article.outlet) == ("Peter Lindqvist", "The Eastern Globe")


def test_a_markdown_dateline_gives_the_outlet_the_front_matter_omits(tmp_path: Path) -> None:
    article, _ = read_one(tmp_path, "a.md", "# Walking study\n\nNEW YORK (AP) — Walk more.\n")
    assert article is not None
    assert (article.outlet, article.paragraphs) == ("The Associated Press", ("Walk more.",))


def test_a_markdown_body_of_furniture_alone_is_kept_as_written(tmp_path: Path) -> None:
    assert body(tmp_path, "Advertisement\n") == ("Advertisement",)


def test_a_wire_flag_leaves_a_markdown_heading_not_the_front_matter_title(tmp_path: Path) -> None:
    heading, _ = read_one(tmp_path, "a.md", "# Soccer-Okafor double lifts Harbury\n\nText.\n")
    assert heading is not None and heading.title == "Okafor double lifts Harbury"
    front, _ = read_one(tmp_path, "a.md", "---\ntitle: 'BREAKING: Dam fails'\n---\nText.\n")
    assert front is not None and front.title == "BREAKING: Dam fails"


def test_a_markdown_byline_run_on_with_where_it_was_reported(tmp_path: Path) -> None:
    text = "# Fire\n\nBy Niki Kitsantonis\nReporting from Athens\n\nDec. 2, 2026\n\nIt burned.\n"
    article, _ = read_one(tmp_path, "a.md", text)
    assert article is not None
    assert (article.author, article.paragraphs) == ("Niki Kitsantonis", ("It burned.",))


def test_a_standfirst_over_the_byline_of_a_markdown_body_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "fire.md"
    path.write_text(
        "---\nsource: Harbour Daily\n---\n# Fire forces thousands to flee\n\n"
        "The blaze was a rare winter fire.\n\nBy Jane Doe\n\nMarch 4, 2031\n\n"
        "A wildfire swept through the suburbs on Wednesday.\n\nCrews fought it all night.\n",
        encoding="utf-8",
    )
    article = read_article(path, base=tmp_path)
    assert article.paragraphs[:2] == (
        "The blaze was a rare winter fire.",
        "A wildfire swept through the suburbs on Wednesday.",
    )
    assert (article.author, article.standfirst) == ("Jane Doe", 1)


def test_a_stack_of_bold_header_lines_gives_author_and_outlet(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Council votes to close library\n---\n"
        "**By Ruth Abernathy**\n**Millbrook Weekly Courier**\n\n"
        "The council voted 4-3 on Tuesday night to close the branch.\n"
    )
    article, _ = read_one(tmp_path, "a.md", text)
    assert article is not None
    assert (article.author, article.outlet) == ("Ruth Abernathy", "Millbrook Weekly Courier")
    assert article.paragraphs == ("The council voted 4-3 on Tuesday night to close the branch.",)


def test_a_markdown_body_opening_with_a_photo_credit_is_read(tmp_path: Path) -> None:
    lead = "A study of 1.9 million adults found less dementia among people living near parks."
    assert body(tmp_path, f"Credit: Unsplash/CC0 Public Domain\n\n{lead}\n") == (lead,)
