"""``inspect``: the text and JSON reports of one small article, asserted exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from briefing.content import read_article
from briefing.inspect import format_report, inspect_article, report_json
from briefing.models import Article

ARTICLE = Article(
    id="content/ferry",
    path="content/ferry.md",
    title="Night ferry to stop in March",
    outlet="Harbour Daily",
    url="https://example.org/ferry",
    author="Jo Park",
    published=datetime(2031, 3, 1, 9, 30, tzinfo=UTC),
    tags=(),
    story_key=None,
    paragraphs=(
        "The night ferry will stop in March, the transport board said.",
        '"We looked at every option," said board chair Marta Lind. "It costs too much."',
    ),
)

EXPECTED_TEXT = """\
File:       content/ferry.md
Headline:   Night ferry to stop in March
Outlet:     Harbour Daily
Author:     Jo Park
Date:       2031-03-01T09:30:00+00:00
URL:        https://example.org/ferry
Body:       The night ferry will stop in March, the transport board said. "We looked at every \
option," said board chair Marta Lind. "It costs too much."
Sentences (3):
    1. The night ferry will stop in March, the transport board said.
    2. "We looked at every option," said board chair Marta Lind.
    3. "It costs too much."
Quotes (2):
    1. “We looked at every option”
       — Marta Lind
    2. “It costs too much.”
       — Marta Lind
"""


def test_text_report() -> None:
    assert format_report(inspect_article(ARTICLE)) == EXPECTED_TEXT


def test_json_report_has_stable_keys_and_values() -> None:
    output = report_json(inspect_article(ARTICLE))
    data = json.loads(output)
    assert list(data) == [
        "path",
        "headline",
        "outlet",
        "author",
        "published",
        "updated",
        "draft",
        "url",
        "standfirst",
        "body_start",
        "sentences",
        "quotes",
    ]
    assert data["quotes"] == [
        {"text": "We looked at every option", "speaker": "Marta Lind", "start": 63, "end": 91},
        {"text": "It costs too much.", "speaker": "Marta Lind", "start": 121, "end": 141},
    ]
    assert data["published"] == "2031-03-01T09:30:00+00:00"
    assert data["updated"] is None
    assert data["draft"] is False
    assert output == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_unknown_fields_and_long_body_are_reported_plainly() -> None:
    article = Article("x", "x.txt", "x", None, None, None, None, (), None, ("word " * 60,))
    report = inspect_article(article)
    assert report.body_start.endswith(" …") and len(report.body_start) <= 162
    text = format_report(report)
    assert "Outlet:     (unknown)" in text.splitlines()
    assert "Quotes (0):" in text.splitlines()


def test_a_day_without_time_is_shown_as_the_day(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Dock strike ends\npublished: 2031-03-04\n---\nIt ended.\n")
    report = inspect_article(read_article(path, base=tmp_path))
    assert report.published == "2031-03-04"


def test_a_standfirst_is_shown_over_the_body() -> None:
    article = replace(
        ARTICLE,
        paragraphs=("Board cites cost of a half-empty boat", *ARTICLE.paragraphs),
        standfirst=1,
    )
    text = format_report(inspect_article(article))
    assert "\nStandfirst: Board cites cost of a half-empty boat\nBody:       Board cites" in text
    assert json.loads(report_json(inspect_article(article)))["standfirst"] == [
        "Board cites cost of a half-empty boat"
    ]
