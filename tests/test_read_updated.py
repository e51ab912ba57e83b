"""When an article says it was updated: front matter, sidecars and a page's date lines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from article_support import read_files as read


@pytest.mark.parametrize(
    "key", ["updated", "modified", "lastmod", "last_modified", "date_modified"]
)
def test_front_matter_gives_the_update_time_under_any_usual_name(tmp_path: Path, key: str) -> None:
    article, problems = read(
        tmp_path,
        {
            "ferry.md": f"---\ntitle: Ferry vote\npublished: 2031-03-04T09:00:00Z\n"
            f"{key}: 2031-03-04T15:45:00Z\n---\nThe board approved the terminal.\n"
        },
    )
    assert problems == []
    assert article.published == datetime(2031, 3, 4, 9, tzinfo=UTC)
    assert article.updated == datetime(2031, 3, 4, 15, 45, tzinfo=UTC)


def test_a_sidecar_gives_the_update_time(tmp_path: Path) -> None:
    article, _ = read(
        tmp_path,
        {
            "ferry.txt": "Ferry vote\n\nThe board approved the terminal on Tuesday.\n",
            "ferry.meta.yaml": "published: 2031-03-04T09:00:00Z\nupdated: 2031-03-05T08:00:00Z\n",
        },
    )
    assert article.updated == datetime(2031, 3, 5, 8, tzinfo=UTC)


def test_an_update_time_alone_is_the_publication_time(tmp_path: Path) -> None:
    timed, _ = read(
        tmp_path,
        {"a.md": "---\ntitle: T\nupdated: 2031-03-04T15:45:00Z\n---\nThe board voted.\n"},
    )
    assert (timed.published, timed.timed, timed.updated) == (
        datetime(2031, 3, 4, 15, 45, tzinfo=UTC),
        True,
        None,
    )


def test_an_update_time_no_later_than_publication_is_left_out(tmp_path: Path) -> None:
    article, _ = read(
        tmp_path,
        {
            "a.md": "---\ntitle: T\npublished: 2031-03-04T15:45:00Z\n"
            "updated: 2031-03-04T09:00:00Z\n---\nThe board voted.\n"
        },
    )
    assert article.published == datetime(2031, 3, 4, 15, 45, tzinfo=UTC)
    assert article.updated is None


def test_a_page_with_published_and_updated_lines_gives_both(tmp_path: Path) -> None:
    article, _ = read(
        tmp_path,
        {
            "wall.txt": "Council approves harbour wall after storm damage\n\nBy Jane Doe\n\n"
            "Published 3 March 2031, 09:15 GMT\n\nUpdated 3 March 2031, 16:40 GMT\n\n"
            "The council approved a new harbour wall on Tuesday after storms damaged the old "
            "one.\n"
        },
    )
    assert article.author == "Jane Doe"
    assert article.published == datetime(2031, 3, 3, 9, 15, tzinfo=UTC)
    assert article.updated == datetime(2031, 3, 3, 16, 40, tzinfo=UTC)
    assert article.paragraphs == (
        "The council approved a new harbour wall on Tuesday after storms damaged the old one.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Published: Dec. 1, 2026 at 11:48 PM EST | Updated: Dec. 2, 2026 at 7:15 AM EST",
        "Posted Tue 1 Dec 2026 at 11:48pm, updated Wed 2 Dec 2026 at 7:15am",
    ],
)
def test_a_date_line_giving_both_times_gives_both(tmp_path: Path, line: str) -> None:
    article, _ = read(
        tmp_path,
        {
            "wall.txt": f"Council approves harbour wall after storm damage\n\nBy Jane Doe\n\n"
            f"{line}\n\nThe council approved a new harbour wall on Tuesday after storms damaged "
            "the old one.\n"
        },
    )
    assert article.published is not None and article.updated is not None
    assert (article.published.day, article.published.hour) == (1, 23)
    assert (article.updated.day, article.updated.hour) == (2, 7)
