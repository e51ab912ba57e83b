"""Press releases as plain text: the distributor's dateline and the sections after the news."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefing.content.plaintext import parse_text

LEAD = "Harbour Ports Ltd. today announced a pay deal with the dock union."
NEWS = "The deal ends a nine-day strike, the company said."

RELEASE = f"""FOR IMMEDIATE RELEASE

Harbour Ports Reaches Pay Deal With Dock Union

Deal raises pay by 6% over two years

Ships to resume loading on Monday

ROTTERDAM, Netherlands, March 6, 2031 /PRNewswire/ -- {LEAD}

{NEWS}

About Harbour Ports

Harbour Ports Ltd. is the largest port operator in the Netherlands. For more information, visit
www.harbourports.example.

Forward-Looking Statements

This press release contains forward-looking statements. Actual results may differ materially.

Media Contact:
Jane Doe
jane.doe@harbourports.example
+31 10 555 0199

SOURCE Harbour Ports Ltd.
"""


def test_a_press_release_reads_as_its_news() -> None:
    article = parse_text(RELEASE)
    meta = article.meta
    assert (meta.title, meta.outlet, meta.published, meta.timed) == (
        "Harbour Ports Reaches Pay Deal With Dock Union",
        "PR Newswire",
        datetime(2031, 3, 6, tzinfo=UTC),
        False,
    )
    assert article.paragraphs == (
        "Deal raises pay by 6% over two years",
        "Ships to resume loading on Monday",
        LEAD,
        NEWS,
    )


@pytest.mark.parametrize(
    ("dateline", "outlet", "published"),
    [
        ("TORONTO, March 06, 2031 (GLOBE NEWSWIRE) -- ", "GlobeNewswire",
         datetime(2031, 3, 6, tzinfo=UTC)),
        ("SAN DIEGO--(BUSINESS WIRE)--", "Business Wire", None),
        ("SAN DIEGO, Calif., March 6, 2031 /PRNewswire-FirstCall/ -- ", "PR Newswire",
         datetime(2031, 3, 6, tzinfo=UTC)),
        ("NEW YORK, NY / ACCESSWIRE / March 6, 2031 / ", "ACCESSWIRE",
         datetime(2031, 3, 6, tzinfo=UTC)),
        ("OTTAWA, March 6, 2031 /CNW/ - ", "CNW", datetime(2031, 3, 6, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_release_datelines_give_distributor_and_date(
    dateline: str, outlet: str, published: datetime | None
) -> None:
    article = parse_text(f"Harbour Ports Reaches Pay Deal\n\n{dateline}{LEAD}\n\n{NEWS}\n")
    assert (article.meta.outlet, article.meta.published) == (outlet, published)
    assert article.paragraphs == (LEAD, NEWS)


def test_a_date_in_the_header_wins_over_the_release_dateline() -> None:
    text = f"Pay deal\n\nMarch 7, 2031\n\nROTTERDAM, March 6, 2031 /PRNewswire/ -- {LEAD}\n"
    assert parse_text(text).meta.published == datetime(2031, 3, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    "section",
    [
        "About Harbour Ports\n\nHarbour Ports Ltd. is the largest port operator in Europe.",
        "About the ARBOR Trial\n\nARBOR is a 12-week study of 412 patients.",
        "Safe Harbor Statement\n\nStatements in this release may be forward-looking.",
        "Cautionary Note Regarding Forward-Looking Statements\n\nSome statements are not facts.",
        "This news release contains forward-looking statements within the meaning of the law.",
        "Media Contact: Jane Doe, +31 10 555 0199",
        "Investor Relations Contacts:\n\nJane Doe",
        "Notes to editors\n\nHarbour Ports runs four terminals.",
        "SOURCE Harbour Ports Ltd.",
    ],
)
def test_sections_after_the_news_are_cut(section: str) -> None:
    text = f"Pay deal\n\n{LEAD}\n\n{NEWS}\n\n{section}\n\nMore boilerplate follows here.\n"
    assert parse_text(text).paragraphs == (LEAD, NEWS)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "About" that opens a sentence, or a subheading over an article's paragraph.
        "About 4,000 dockers walked out on Monday, the union said.",
        "About the study\n\nThe study was published in The Lancet on Monday.",
        "About the Strike\n\nThe strike is the longest since 1979.",
        "About Face\n\nDockers said the company had made an about-face.",
        "Media contacts with the minister were frequent, the report said.",
        "SOURCES close to the union said the deal was near.",
        "Contact tracing began on Monday.",
    ],
)
def test_article_paragraphs_like_release_sections_are_kept(paragraphs: str) -> None:
    text = f"Pay deal\n\n{LEAD}\n\n{paragraphs}\n\n{NEWS}\n"
    # The body goes on past them; a subheading over a paragraph is left out as any is.
    given = tuple(paragraphs.split("\n\n"))
    assert parse_text(text).paragraphs in ((LEAD, given[-1], NEWS), (LEAD, *given, NEWS))


def test_a_news_dateline_after_a_standfirst_is_stripped() -> None:
    text = f"Pay deal\n\nShips to resume loading\n\nROTTERDAM (Reuters) - {LEAD}\n"
    article = parse_text(text)
    assert (article.meta.outlet, article.paragraphs) == (
        "Reuters",
        ("Ships to resume loading", LEAD),
    )
