"""Notes to the reader among an article's paragraphs: corrections, biographies, calls for photos."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.content import read_articles
from briefing.content.notes import is_reader_note, is_time_stamp
from briefing.content.plaintext import parse_text

LEAD = (
    "The council approved the budget on Tuesday after a four-hour meeting, with seven members "
    "voting in favour and two against."
)
TAIL = "The new rates take effect in April, the council said."


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this story gave an incorrect vote total for Halvorsen. "
        "He received 16,572 votes.",
        "Editor's note: An earlier version of this article incorrectly said the study followed "
        "87,430 adults. It followed 78,430.",
        "*Correction: An earlier version of this story misstated the number of counts.*",
        "An earlier version of this story misspelled the name of the council's chair.",
        "A version of this article appears in print on Dec. 4, 2026, Section B, Page 12 of the "
        "New York edition with the headline: Novelist Of Britain's Fishing Towns.",
        "The Associated Press Health and Science Department receives support from the Howard "
        "Hughes Medical Institute's Science and Educational Media Group. The AP is solely "
        "responsible for all content.",
        "Were you at the game? Send us your photos and videos to sport@example.co.uk",
        "Send us your pictures of the flooding at news@example.com",
        "Get inspired by a weekly roundup on living well. Sign up for the Life newsletter for "
        "tools designed to improve your well-being.",
        "14:52",
        "2:15 p.m. ET",
        "Updated 5:32 p.m. EST",
    ],
)
def test_reader_notes_are_told(note: str) -> None:
    assert is_reader_note(note)


@pytest.mark.parametrize(
    "text",
    [
        LEAD,
        "The correction came after an earlier version of the plan was rejected, she said.",
        "Residents were asked to send their photos of the damage to insurers, the mayor said.",
        "Shares closed at 14.52 on Friday.",
        "The meeting starts at 7:30 p.m. on Thursday.",
    ],
)
def test_article_text_is_no_note(text: str) -> None:
    assert not is_reader_note(text)


def test_time_stamps_are_times_alone() -> None:
    assert [is_time_stamp(t) for t in ("11.55am", "09:20 BST", "At 09:20", "2031")] == [
        True,
        True,
        False,
        False,
    ]


def test_notes_biographies_and_prompts_leave_the_body() -> None:
    text = "\n\n".join(
        [
            "Council approves budget",
            "By Jane Doe",
            LEAD,
            "Link Copied!",
            "Related article",
            TAIL,
            "Download the Harbour News app to get breaking news alerts on your phone.",
            "Correction: An earlier version of this story said the vote was 6-3.",
            "Jane Doe is a reporter covering City Hall. Follow her on Twitter @janedoe.",
            "Contact Jane Doe at jdoe@example.com or 555-555-0143.",
        ]
    )
    assert parse_text(text).paragraphs == (LEAD, TAIL)


def test_a_call_to_contact_the_police_stays() -> None:
    appeal = "Anyone with information should contact Detective Ann Lee at 555-555-0100."
    assert parse_text("\n\n".join(["Man charged", LEAD, appeal])).paragraphs == (LEAD, appeal)


def test_a_closing_label_over_a_name_in_title_case_goes() -> None:
    text = "\n\n".join(
        ["Norvane cuts jobs", LEAD, TAIL, "Our Standards: The Harbour Trust Principles."]
    )
    assert parse_text(text).paragraphs == (LEAD, TAIL)
    dated = "\n\n".join(["Norvane cuts jobs", LEAD, "Sentencing: set for Feb. 19."])
    assert parse_text(dated).paragraphs == (LEAD, "Sentencing: set for Feb. 19.")


@pytest.mark.parametrize(
    ("trailer", "author"),
    [
        ("(Reporting by Martyn Herman; Editing by Ken Ferris)", "Martyn Herman"),
        (
            "(Reporting by Jane Doe in Lima, John Roe and Ann Lee; Editing by Ken Ferris)",
            "Jane Doe, John Roe and Ann Lee",
        ),
        ("(Additional reporting by Jane Doe; Editing by Ken Ferris)", None),
        ("(Reporting by the Paris newsroom; Editing by Ken Ferris)", None),
    ],
)
def test_a_wire_trailer_names_the_reporters_a_byline_does_not(
    trailer: str, author: str | None
) -> None:
    article = parse_text("\n\n".join(["Council approves budget", LEAD, trailer]))
    assert (article.meta.author, article.paragraphs) == (author, (LEAD,))
    signed = parse_text("\n\n".join(["Council approves budget", "By Amy Poe", LEAD, trailer]))
    assert signed.meta.author == "Amy Poe"


def test_an_agency_photo_carousel_caption_and_a_call_for_comments_go() -> None:
    caption = (
        "Item 1 of 3 Demonstrators take part in a protest in Lisbon, Portugal, December 2, 2026. "
        "REUTERS/Pedro Nunes"
    )
    comments = "Have your say: Did you go to the march? Tell us in the comments below."
    assert parse_text("\n\n".join(["March", caption, LEAD, comments])).paragraphs == (LEAD,)


def test_the_bylined_writers_biography_closing_the_article_goes(tmp_path: Path) -> None:
    page = "\n\n".join(
        [
            "Wildfire tears through Athens suburbs",
            "By Niki Kitsantonis\nReporting from Athens",
            "Dec. 2, 2026",
            LEAD,
            "Niki Kitsantonis has reported from Athens for The Times since 2005.",
        ]
    )
    article = parse_text(page)
    assert (article.meta.author, article.paragraphs) == ("Niki Kitsantonis", (LEAD,))
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\nauthor: Jane Doe\n---\n" + LEAD + "\n\nJane Doe covers City Hall.\n", encoding="utf-8"
    )
    assert read_articles([folder], base=tmp_path)[0][0].paragraphs == (LEAD,)


@pytest.mark.parametrize(
    "trailer",
    [
        "This story has been corrected to show that the vote was 7-2, not 6-3, and that the "
        "meeting lasted four hours rather than three, as an earlier version said.",
        "Associated Press writers Tom Roe and Ann Lee contributed.",
        "Got a news tip? Contact us at tips@example.com.",
        "Watch live coverage on WXYZ 7 Action News at 11.",
    ],
)
def test_more_trailers_leave_the_body(trailer: str) -> None:
    assert parse_text("\n\n".join(["Council approves budget", LEAD, trailer])).paragraphs == (LEAD,)


def test_a_gift_the_staff_contributed_is_news() -> None:
    gift = "Hospital staff contributed $5,000 to the fund."
    assert parse_text("\n\n".join(["Fund grows", LEAD, gift])).paragraphs == (LEAD, gift)
