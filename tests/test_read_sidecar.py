"""Sidecar metadata: sources.yaml per folder, NAME.meta.yaml per file, and their precedence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from briefing.content import read_article, read_articles
from briefing.models import Article

TEXT = "Dock strike ends\n\nBy Jan Smit, Reuters\n\nThe strike ended on Friday.\n"
MARKDOWN = "---\ntitle: Front title\nsource: Front Outlet\n---\nThe strike ended.\n"


def site(tmp_path: Path, files: dict[str, str]) -> tuple[tuple[Article, ...], list[str]]:
    for name, text in files.items():
        path = tmp_path / "news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    articles, problems = read_articles([tmp_path / "news"], base=tmp_path)
    return articles, [str(p) for p in problems]


def test_folder_sidecar_supplies_and_overrides_what_the_text_says(tmp_path: Path) -> None:
    sources = (
        "strike.txt:\n  source: Harbour Daily\n  url: https://hd.example/strike\n"
        "  published: 2031-03-04\n  tags: port, strike\n  story: dock-strike\n"
    )
    articles, problems = site(tmp_path, {"strike.txt": TEXT, "sources.yaml": sources})
    assert problems == []
    article = articles[0]
    assert (article.title, article.author, article.outlet) == (
        "Dock strike ends",
        "Jan Smit",
        "Harbour Daily",
    )
    assert (article.url, article.tags, article.story_key) == (
        "https://hd.example/strike",
        ("port", "strike"),
        "dock-strike",
    )
    assert article.published == datetime(2031, 3, 4, tzinfo=UTC)


def test_precedence_text_defaults_front_matter_entry_own_file(tmp_path: Path) -> None:
    sources = (
        '"*":\n  source: Default Outlet\n  author: Default Author\n  tags: [all]\n'
        "a.md:\n  author: Entry Author\n"
        "b.md:\n  author: Entry Author\n  title: Entry title\n"
        "c.txt:\n  author: Entry Author\n"
    )
    articles, problems = site(
        tmp_path,
        {
            "a.md": MARKDOWN,
            "b.md": MARKDOWN,
            "b.meta.yaml": "title: Own title\n",
            "c.txt": TEXT,
            "d.txt": TEXT,
            "sources.yaml": sources,
        },
    )
    assert problems == []
    assert [(a.title, a.outlet, a.author, a.tags) for a in articles] == [
        ("Front title", "Front Outlet", "Entry Author", ("all",)),
        ("Own title", "Front Outlet", "Entry Author", ("all",)),
        ("Dock strike ends", "Default Outlet", "Entry Author", ("all",)),
        ("Dock strike ends", "Default Outlet", "Default Author", ("all",)),
    ]


def test_per_file_sidecar_alone(tmp_path: Path) -> None:
    articles, problems = site(
        tmp_path, {"strike.txt": TEXT, "strike.meta.yaml": "outlet: Port Radio\ndate: 2031-03-05\n"}
    )
    assert problems == []
    assert (articles[0].outlet, articles[0].published) == (
        "Port Radio",
        datetime(2031, 3, 5, tzinfo=UTC),
    )


def test_sidecars_are_not_articles_and_sidecars_of_subfolders_stay_there(tmp_path: Path) -> None:
    articles, _ = site(
        tmp_path,
        {"sources.yaml": '"*":\n  source: Top\n', "a.txt": TEXT, "sub/b.txt": TEXT},
    )
    assert [(a.path, a.outlet) for a in articles] == [
        ("news/a.txt", "Top"),
        ("news/sub/b.txt", "Reuters"),
    ]


def test_bad_sidecar_yaml_is_an_error_with_its_line_and_articles_still_read(tmp_path: Path) -> None:
    sources = "a.txt:\n  source: Harbour Daily\n  author: [Jan\n"
    articles, problems = site(tmp_path, {"a.txt": TEXT, "sources.yaml": sources})
    assert [a.outlet for a in articles] == ["Reuters"]
    assert problems == [
        "error: news/sources.yaml:3: Invalid metadata YAML: the '[' list that opens here does not "
        "close properly (did not find expected ',' or ']' on line 4).\n"
        "  hint: Check the indentation and quote values that contain ': ' or start with a symbol."
    ]


def test_sidecar_entry_for_a_missing_file_and_unknown_key_warn(tmp_path: Path) -> None:
    sources = "strike.txt:\n  outlet: A\nstrik.txt:\n  outlet: B\n"
    own = "title: T\nauther: X\n"
    _, problems = site(
        tmp_path, {"strike.txt": TEXT, "sources.yaml": sources, "strike.meta.yaml": own}
    )
    assert problems == [
        "warning: news/sources.yaml:3: No article named 'strik.txt' in this folder "
        "(entry ignored).\n  hint: Did you mean 'strike.txt'?",
        "warning: news/strike.meta.yaml:2: Unknown metadata key 'auther' (ignored).\n"
        "  hint: Did you mean 'author'? Known keys: author, draft, published, source, story, tags, "
        "title, updated, url.",
    ]


def test_sidecar_entry_that_is_not_a_mapping(tmp_path: Path) -> None:
    _, problems = site(tmp_path, {"a.txt": TEXT, "sources.yaml": "a.txt: Reuters\n"})
    assert problems == [
        "error: news/sources.yaml:1: The entry for 'a.txt' must be a mapping of metadata keys.\n"
        "  hint: Indent the keys under the file name, e.g. '  outlet: Reuters'."
    ]


def test_empty_sidecars_are_fine(tmp_path: Path) -> None:
    articles, problems = site(
        tmp_path, {"a.txt": TEXT, "sources.yaml": "# nothing yet\n", "a.meta.yaml": ""}
    )
    assert problems == [] and len(articles) == 1


def test_read_article_applies_sidecars(tmp_path: Path) -> None:
    site(tmp_path, {"a.txt": TEXT, "b.txt": TEXT, "sources.yaml": "b.txt:\n  source: B\n"})
    article = read_article(tmp_path / "news" / "b.txt", base=tmp_path)
    assert (article.path, article.outlet) == ("news/b.txt", "B")


def test_a_day_without_a_time_is_untimed_wherever_it_comes_from(tmp_path: Path) -> None:
    files = {
        "meta-day.txt": TEXT,
        "meta-time.txt": TEXT,
        "front.md": "---\ntitle: Bridge closes\npublished: 2031-06-02\n---\nThe bridge closed.\n",
        "byline-day.txt": "Bridge closes\n\nBy Ola Berg | June 2, 2031\n\nThe bridge closed.\n",
        "byline-time.txt": "Bridge closes\n\nBy Ola Berg | June 2, 2031, 4:05 pm\n\nIt closed.\n",
        "dateline.txt": "Bridge closes\n\nUpdated June 2, 2031\n\nThe bridge closed today.\n",
        "none.txt": "Bridge closes\n\nThe bridge closed on Monday.\n",
        "sources.yaml": (
            "meta-day.txt:\n  published: 2031-06-02\n"
            "meta-time.txt:\n  published: 2031-06-02T08:15:00+02:00\n"
        ),
    }
    articles, problems = site(tmp_path, files)
    assert problems == []
    found = {Path(a.path).name: (a.published, a.timed) for a in articles}
    assert found == {
        "meta-day.txt": (datetime(2031, 6, 2, tzinfo=UTC), False),
        "meta-time.txt": (datetime(2031, 6, 2, 6, 15, tzinfo=UTC), True),
        "front.md": (datetime(2031, 6, 2, tzinfo=UTC), False),
        "byline-day.txt": (datetime(2031, 6, 2, tzinfo=UTC), False),
        "byline-time.txt": (datetime(2031, 6, 2, 16, 5, tzinfo=UTC), True),
        "dateline.txt": (datetime(2031, 6, 2, tzinfo=UTC), False),
        "none.txt": (None, True),
    }


def test_a_sidecar_day_replaces_a_timed_byline_and_its_precision(tmp_path: Path) -> None:
    text = "Bridge closes\n\nBy Ola Berg | June 2, 2031, 4:05 pm\n\nThe bridge closed.\n"
    files = {"b.txt": text, "sources.yaml": "b.txt:\n  published: 2031-06-03\n"}
    articles, _ = site(tmp_path, files)
    assert (articles[0].published, articles[0].timed) == (datetime(2031, 6, 3, tzinfo=UTC), False)
    files["sources.yaml"] = "b.txt:\n  author: Someone Else\n"
    articles, _ = site(tmp_path, files)
    assert (articles[0].published, articles[0].timed) == (
        datetime(2031, 6, 2, 16, 5, tzinfo=UTC),
        True,
    )


def test_a_json_sidecar_is_named_for_what_it_should_be_called(tmp_path: Path) -> None:
    _, problems = site(
        tmp_path,
        {"a.txt": "Dock strike ends\n\nThe strike ended on Friday.\n", "a.meta.json": "{}"},
    )
    assert len(problems) == 1
    assert "Sidecar metadata is read from 'a.meta.yaml'" in problems[0]
