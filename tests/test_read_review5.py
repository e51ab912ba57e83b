"""Plain text as review 5 found it: pages from India, Hong Kong, Australia, Nigeria, Ireland."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.content.byline import date_line, parse_byline
from briefing.content.datelines import dateline
from briefing.content.dates import find_date
from briefing.content.markdown import body_paragraphs, parse_markdown
from briefing.content.menus import is_navigation
from briefing.content.paragraphs import split_paragraphs
from briefing.content.plaintext import clean_paragraphs, parse_text
from briefing.content.signed import signed_line


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Last Updated : Dec 02 2026 | 11:58 PM IST", 5.5),
        ("Updated 2 Dec 2026, 06:52 PM IST", 5.5),
        ("Published 30 November 2026 10.15 NZDT", 13),
        ("2 December 2026, 09:00 HKT", 8),
    ],
)
def test_a_date_line_in_an_asian_or_pacific_zone_is_a_date_in_that_zone(
    line: str, hours: float
) -> None:
    when = date_line(line)
    assert when is not None and when[0].utcoffset() == dt.timedelta(hours=hours)


def test_an_indian_pages_date_line_lets_the_site_name_over_it_go() -> None:
    text = (
        "Business Standard\n\n"
        "Metro begins operations; 18,000 ride on first day\n\n"
        "Last Updated : Dec 02 2026 | 11:58 PM IST\n\n"
        "Around 18,000 passengers travelled on the metro line on its first day, officials said.\n"
    )
    meta = parse_text(text).meta
    assert meta.title == "Metro begins operations; 18,000 ride on first day"
    assert meta.outlet == "Business Standard"
    assert meta.published == dt.datetime(2026, 12, 2, 18, 28, tzinfo=dt.UTC)


def test_a_date_in_figures_with_dots_is_day_first() -> None:
    assert find_date("03.12.2026 - 17:42 GMT+3") == dt.datetime(2026, 12, 3, 14, 42, tzinfo=dt.UTC)
    assert find_date("1.2.2026") == dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def test_front_matter_takes_a_date_with_dots() -> None:
    parsed = parse_markdown(
        "---\ntitle: Rent bill\npublished: 03.12.2026\n---\nThe Dáil voted.\n", "a.md"
    )
    assert parsed.meta.published == dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
    assert not parsed.problems


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            "Neha Kulkarni / TNN / Updated: Nov 30, 2026, 08:14 IST",
            dt.datetime(2026, 11, 30, 2, 44, tzinfo=dt.UTC),
        ),
        (
            "Neha Kulkarni |03.12.2026 - 17:42 GMT+3",
            dt.datetime(2026, 12, 3, 14, 42, tzinfo=dt.UTC),
        ),
    ],
)
def test_a_name_then_a_desk_and_a_date_after_slashes_or_bars_is_a_byline(
    line: str, published: dt.datetime
) -> None:
    text = (
        "Footbridge over Mula river collapses in Aundh\n\n"
        f"{line}\n\n"
        "Six people were killed when a 40-year-old pedestrian bridge collapsed on Sunday.\n"
    )
    parsed = parse_text(text)
    assert (parsed.meta.author, parsed.meta.published) == ("Neha Kulkarni", published)
    assert parsed.paragraphs[0].startswith("Six people")


def test_a_name_over_an_outlet_after_a_slash_is_still_a_photo_credit() -> None:
    assert signed_line("Jane Roe / Reuters") is None


def test_a_pti_dateline_without_a_dash_names_the_agency_and_leaves_the_lead() -> None:
    text = (
        "Bridge collapse toll rises to eight\n\n"
        "Pune, Nov 30 (PTI) The death toll in the collapse of a bridge rose to eight on Monday, "
        "officials said.\n\n"
        "Two persons were still missing, an official said.\n"
    )
    parsed = parse_text(text)
    assert parsed.meta.outlet == "PTI"
    assert parsed.paragraphs[0].startswith("The death toll")


def test_a_place_in_capitals_under_the_byline_is_where_it_was_filed_not_an_outlet() -> None:
    text = (
        "Death toll from building collapse in Lagos rises to 14\n\n"
        "Rafiu Ajakaye | 03.12.2026\n\n"
        "LAGOS, Nigeria\n\n"
        "The death toll from the collapse of a building has risen to 14, officials said.\n"
    )
    parsed = parse_text(text)
    assert parsed.meta.outlet is None
    assert parsed.paragraphs == (
        "The death toll from the collapse of a building has risen to 14, officials said.",
    )


def test_section_names_run_together_with_a_few_of_the_sites_own_are_a_menu() -> None:
    text = (
        "Punch Newspapers\n\n"
        "HOME NEWS POLITICS METRO PLUS SPORTS BUSINESS EDITORIAL\n\n"
        "Lekki building collapse: Death toll hits 11, 19 rescued alive\n\n"
        "2nd December 2026\n\n"
        "The death toll in the collapse of a seven-storey building has risen to 11.\n"
    )
    assert (
        parse_text(text).meta.title
        == "Lekki building collapse: Death toll hits 11, 19 rescued alive"
    )


def test_a_headline_with_a_few_section_words_is_no_menu() -> None:
    assert not is_navigation("Sports Business News Politics Collide In Stadium Vote")


def test_a_menu_item_may_have_four_words() -> None:
    assert is_navigation(
        "Israel & the Region | Jewish Times | Israel Inside | Tech Israel | Opinion"
    )


def test_a_section_label_with_a_bar_over_the_headline_is_no_headline() -> None:
    text = (
        "The Straits Times\n\n"
        "Asia | East Asia\n\n"
        "Typhoon Kaimana shuts Hong Kong and Macau, injures 47\n\n"
        "Published Dec 02, 2026, 04:21 PM\n\n"
        "HONG KONG - Typhoon Kaimana brought Hong Kong to a standstill on Dec 2.\n"
    )
    meta = parse_text(text).meta
    assert (meta.title, meta.outlet) == (
        "Typhoon Kaimana shuts Hong Kong and Macau, injures 47",
        "The Straits Times",
    )


def test_a_lone_word_over_a_menu_line_is_the_sites_name_not_the_headline() -> None:
    text = (
        "mint\n\n"
        "Home / Industry / Infrastructure\n\n"
        "Pune Metro Line 3 opens after four-year build\n\n"
        "Written By Aditya Phatak\n\n"
        "The line opened to passengers on Wednesday, four years after construction began.\n"
    )
    parsed = parse_text(text)
    assert (parsed.meta.title, parsed.meta.author) == (
        "Pune Metro Line 3 opens after four-year build",
        "Aditya Phatak",
    )
    assert parsed.paragraphs[0].startswith("The line opened")


@pytest.mark.parametrize("place", ["Pune", "New Delhi"])
def test_a_city_and_a_colon_opening_the_lead_is_a_dateline(place: str) -> None:
    lead = "The death toll in the collapse of a footbridge over the river rose to eight on Monday."
    assert dateline(f"{place}: {lead}") == (lead, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Update: The death toll in the collapse of a footbridge over the river rose to eight.",
        "Pune: Eight dead.",
    ],
)
def test_a_label_or_a_short_line_after_a_colon_is_no_dateline(paragraph: str) -> None:
    assert dateline(paragraph) == (paragraph, None)


TABLE = (
    "| Hospital | Admitted | Critical |\n"
    "|---|---|---|\n"
    "| Sassoon General Hospital | 14 | 5 |\n"
    "| Aundh District Hospital | 11 | 2 |\n"
)


def test_a_pipe_table_leaves_a_markdown_body_and_a_plain_text() -> None:
    body = f"Thirty-one people were injured.\n\n{TABLE}\nSurvivors described a scramble.\n"
    expected = ("Thirty-one people were injured.", "Survivors described a scramble.")
    assert body_paragraphs(body)[0] == expected
    assert parse_text(f"Bridge toll rises to eight\n\n{body}").paragraphs == expected


def test_an_html_table_of_figures_leaves_the_body_and_one_of_sentences_stays() -> None:
    figures = (
        "<table><tr><th>Deal</th><th>Value</th></tr>"
        "<tr><td>Veridian</td><td>$3.2B</td></tr></table>"
    )
    prose = "<table><tr><td>The deal closed in 2021.</td><td>Photo</td></tr></table>"
    assert body_paragraphs(f"Intro.\n\n{figures}\n\n{prose}\n")[0] == (
        "Intro.",
        "The deal closed in 2021. Photo",
    )


def test_a_live_blogs_stamps_in_any_zone_leave_with_their_entry_headlines() -> None:
    text = (
        "Sydney train strike live: commuters face chaos\n\n"
        "Wed 2 Dec 2026 05.58 AEDT\n\n"
        "11.05 AEDT\n\n"
        "Whitby: 'the offer is fair'\n\n"
        "The transport minister has just finished a press conference at Central station.\n\n"
        "10.41 AEDT\n\n"
        "How bad is the traffic?\n\n"
        "Journey times on the M4 eastbound are about double what they would normally be.\n"
    )
    assert parse_text(text).paragraphs == (
        "The transport minister has just finished a press conference at Central station.",
        "Journey times on the M4 eastbound are about double what they would normally be.",
    )


def test_a_date_with_hyphens_dates_a_name_over_it_and_lets_the_label_above_go() -> None:
    assert find_date("30-Nov-2026") == dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    assert find_date("Bulletin issued at 05:45 HKT 02/Dec/2026") == dt.datetime(
        2026, 12, 2, 5, 45, tzinfo=dt.timezone(dt.timedelta(hours=8))
    )
    text = (
        "Report\n\n"
        "Hartley's seven-for seals New Zealand's series win\n\n"
        "New Zealand 412 and 164 for 3 dec beat England 251 and 187 by 138 runs\n\n"
        "Alistair Bentley\n\n"
        "30-Nov-2026\n\n"
        "Callum Hartley tore through England's second innings with a career-best 7 for 41.\n"
    )
    meta = parse_text(text).meta
    assert (meta.title, meta.author) == (
        "Hartley's seven-for seals New Zealand's series win",
        "Alistair Bentley",
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Paul Newman Cricket Correspondent In Wellington", "Paul Newman"),
        (
            "By state political reporter Alexandra Blair and Jake Morcombe",
            "Alexandra Blair and Jake Morcombe",
        ),
    ],
)
def test_a_bylines_role_before_or_after_the_names_and_its_place_are_no_name(
    line: str, author: str
) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


@pytest.mark.parametrize(
    "line",
    [
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Catch all the Business News, Market News and Latest News Updates on Live Mint. "
        "Download The Mint News App to get Daily Market Updates.",
        "Support PREMIUM TIMES' journalism of integrity and credibility. Make a donation.",
        "(With inputs from PTI)",
        "Additional reporting: Cormac McQuinn",
        "Go deeper: The AI power crunch comes for the chip industry",
        "Watch the third Test live on Sky Sports Cricket from 10pm on Thursday; stream with NOW",
        "(Only the headline and picture of this report may have been reworked by the staff; the "
        "rest of the content is auto-generated from a syndicated feed.)",
        "This article appeared in the South China Morning Post print edition as: Rare typhoon",
        "Share or comment on this article:",
        "RELATED NEWS",
        "MOST READ SPORT",
        "Published by Associated Newspapers Ltd Part of the Daily Mail, The Mail on Sunday & "
        "Metro Media Group",
    ],
)
def test_the_sites_promotions_and_notes_on_the_copy_leave_the_body(line: str) -> None:
    lead = "Six people were killed when a 40-year-old pedestrian bridge collapsed on Sunday."
    text = f"Bridge collapses in Aundh\n\n{lead}\n\nThe search resumed on Monday.\n\n{line}\n"
    assert parse_text(text).paragraphs == (lead, "The search resumed on Monday.")
    markdown = clean_paragraphs([lead, line, "The search resumed on Monday."])
    assert markdown.paragraphs == (lead, "The search resumed on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Fans were told to watch the match live on a big screen in the square.",
        "Supporters of the bill said journalism would suffer without it.",
    ],
)
def test_a_sentence_that_only_mentions_such_things_stays(line: str) -> None:
    text = f"Bridge collapses in Aundh\n\nSix people were killed on Sunday.\n\n{line}\n"
    assert parse_text(text).paragraphs[-1] == line


FORWARDED = """---------- Forwarded message ---------
From: Markus Feldhaus <m.feldhaus@example.eu>
Date: Tue, Dec 1, 2026 at 4:18 PM
Subject: Fwd: Flash note: Veridian / Lumenor -- first take
To: <semis@example.eu>


Veridian Semiconductor announced this morning that it will acquire
Lumenor Photonics of Haifa, Israel, for USD 3.2bn in cash.

We stay at Buy.

Best regards,
Markus

--
Markus Feldhaus
Example Research AG, Zurich
"""


def test_a_forwarded_messages_header_gives_headline_writer_and_date() -> None:
    parsed = parse_text(FORWARDED)
    assert parsed.meta.title == "Flash note: Veridian / Lumenor -- first take"
    assert parsed.meta.author == "Markus Feldhaus"
    assert parsed.meta.published == dt.datetime(2026, 12, 1, 16, 18, tzinfo=dt.UTC)
    assert parsed.paragraphs == (
        "Veridian Semiconductor announced this morning that it will acquire Lumenor Photonics "
        "of Haifa, Israel, for USD 3.2bn in cash.",
        "We stay at Buy.",
    )


def test_a_paragraph_opening_with_two_dashes_is_no_signature() -> None:
    text = "Shooting at a grocery store\n\n-- two women and one man are dead after a shooting.\n"
    assert parse_text(text).paragraphs == ("two women and one man are dead after a shooting.",)


def test_a_release_label_and_its_place_and_date_line_leave_the_header() -> None:
    text = (
        "ATHLETICS INTEGRITY UNIT\n\n"
        "MEDIA RELEASE\n\n"
        "Monaco, 2 December 2026\n\n"
        "AIU provisionally suspends Faith Jelagat Chepkoech (Kenya)\n\n"
        "The Athletics Integrity Unit has provisionally suspended Kenyan marathon runner Faith "
        "Jelagat Chepkoech.\n"
    )
    parsed = parse_text(text)
    assert parsed.meta.title == "AIU provisionally suspends Faith Jelagat Chepkoech (Kenya)"
    assert parsed.meta.published == dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    assert date_line("Jane Doe, 2 December 2026") is None


def test_a_byline_may_run_on_over_two_lines_of_role_and_outlet() -> None:
    text = (
        "Chepkoech storms to Shanghai Marathon course record\n\n"
        "By Ayumba Ayodi\n\n"
        "Athletics writer\n\n"
        "Nation Media Group\n\n"
        "Faith Jelagat Chepkoech won the Shanghai Marathon in a course record on Sunday.\n"
    )
    parsed = parse_text(text)
    assert parsed.meta.author == "Ayumba Ayodi"
    assert parsed.paragraphs == (
        "Faith Jelagat Chepkoech won the Shanghai Marathon in a course record on Sunday.",
    )


def test_an_embedded_social_post_leaves_a_markdown_body() -> None:
    body = (
        "Two suspects are in custody, the police said.\n\n"
        '<blockquote class="twitter-tweet"><p lang="en">Update: Two suspects in custody. '
        '<a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ben Hundeyin '
        '(@BenHundeyin) <a href="https://twitter.com/x/status/1">December 3, 2026</a>'
        "</blockquote>\n\n"
        "A pattern of collapses has been recorded.\n"
    )
    assert body_paragraphs(body)[0] == (
        "Two suspects are in custody, the police said.",
        "A pattern of collapses has been recorded.",
    )


def test_an_end_of_story_mark_leaves_the_last_paragraph() -> None:
    text = (
        "Kenya's Chepkoech wins Shanghai Marathon\n\n"
        "Chepkoech won the women's race on Sunday in a course record.\n\n"
        "Her winning time is the fastest ever run by a woman in China. ■\n"
    )
    assert parse_text(text).paragraphs[-1] == (
        "Her winning time is the fastest ever run by a woman in China."
    )


def test_short_lines_under_a_heading_that_asks_are_items_one_a_line() -> None:
    block = (
        "Rental Housing: What changes?\n"
        "Rent increases capped at inflation or 2%, whichever is lower\n"
        "Rents can be reset to market level when a tenant leaves voluntarily\n"
        "Rents can be reset every six years\n"
        "New apartments exempt from the cap for the first tenancy\n"
    )
    assert split_paragraphs(block) == [line for line in block.split("\n") if line]


def test_a_long_rights_notice_without_a_copyright_line_is_furniture() -> None:
    notice = (
        "All rights reserved. This material, and other digital content on this website, may not "
        "be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
        "without prior express written permission from PUNCH."
    )
    text = f"Lekki building collapse\n\nThe toll rose to 11 on Wednesday.\n\n{notice}\n"
    assert parse_text(text).paragraphs == ("The toll rose to 11 on Wednesday.",)


def test_one_word_between_headline_and_date_is_a_label_not_a_standfirst() -> None:
    text = (
        "Sydney train strike live: commuters face chaos\n\n"
        "Live\n\n"
        "Updated 2 Dec 2026 11.05 AEDT\n\n"
        "The transport minister has just finished a press conference at Central station.\n"
    )
    parsed = parse_text(text)
    assert (parsed.standfirst, parsed.paragraphs) == (
        0,
        ("The transport minister has just finished a press conference at Central station.",),
    )


def test_a_capitalised_site_name_over_a_menu_line_still_names_the_outlet() -> None:
    text = (
        "PolitiFact\n\n"
        "Fact-checks | Promises | Personalities | About us\n\n"
        "Fact-check: Is FEMA's disaster fund down to $2 billion?\n\n"
        "Madison Kearney\n\n"
        "December 1, 2026\n\n"
        "FEMA's own monthly report shows the fund had about $2.3 billion available.\n"
    )
    assert parse_text(text).meta.outlet == "PolitiFact"


def test_a_live_blogs_welcome_leaves_the_body() -> None:
    welcome = (
        "Welcome to our live coverage of the Sydney rail strike. I'm Nick Visser and I'll be "
        "bringing you all the updates through the morning."
    )
    body = clean_paragraphs(["No trains are running across Sydney.", welcome]).paragraphs
    assert body == ("No trains are running across Sydney.",)
