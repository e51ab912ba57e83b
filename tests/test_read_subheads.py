"""Subheadings and a live blog's entry headlines leave the body; lists and attributions stay."""

from __future__ import annotations

from briefing.content.plaintext import parse_text
from briefing.content.subheads import without_subheadings

FIRST = "Rovers' six-match unbeaten run came to an end at Kingsmead Park this afternoon."
SECOND = "The Rovers boss said his side had done enough to take a point from the game."


def body(*paragraphs: str) -> tuple[str, ...]:
    return parse_text("\n\n".join(["Rovers beaten at Harbury", *paragraphs])).paragraphs


def test_a_subheading_between_paragraphs_goes() -> None:
    assert body(FIRST, "'We deserved something'", SECOND) == (FIRST, SECOND)
    assert body(FIRST, "Sorensen injury worry", SECOND) == (FIRST, SECOND)


def test_a_live_blogs_time_stamps_and_entry_headlines_go() -> None:
    entries = ["14:52", "First Minister speaks", FIRST, "14:20", "‘The carriage tipped over’"]
    assert body(*entries, SECOND) == (FIRST, SECOND)


def test_list_items_labels_and_attributions_stay() -> None:
    listed = body(FIRST, "Key points:", "Fares rise in May", "Two lines close", SECOND)
    assert listed == (FIRST, "Key points:", "Fares rise in May", "Two lines close", SECOND)
    quote = '"We will rebuild the stand before the new season starts," he wrote on Sunday.'
    credit = "Club chairman Ian Roe, in a letter to fans, June 3"
    assert body(quote, credit, SECOND) == (quote, credit, SECOND)


def test_a_short_line_opening_the_body_stays() -> None:
    assert body("Jury deliberated less than five hours", FIRST) == (
        "Jury deliberated less than five hours",
        FIRST,
    )


def test_team_sheets_and_ratings_go_a_sentence_listing_names_stays() -> None:
    sheet = "Harbury Town: Novak; Adeyemi, Collins, Marsh; Templeton, Hughes (Fernandes 70), Doyle."
    ratings = "Player ratings: Whitlock 6, Reid 7, Sorensen 6, Ibe 6, Walsh 6. Subs: Lindqvist 8."
    listed = "The squad includes Novak, Adeyemi, Collins, Marsh, Templeton and Doyle."
    assert body(FIRST, sheet, ratings, listed, SECOND) == (FIRST, listed, SECOND)


def test_a_pull_quote_repeating_a_paragraphs_quotation_goes() -> None:
    quoted = (
        '"She treated the taxpayers of the county as her personal bank," the prosecutor told '
        "jurors on Tuesday."
    )
    pull = '"She treated the taxpayers of the county as her personal bank."'
    alone = '"We will appeal against every one of these verdicts."'
    assert body(FIRST, pull, quoted, alone, SECOND) == (FIRST, quoted, alone, SECOND)


def test_a_short_question_between_paragraphs_is_a_subheading() -> None:
    question = "What is the government doing?"
    quoted = '"Why would we leave?"'
    assert body(FIRST, question, SECOND, quoted, FIRST) == (FIRST, SECOND, quoted, FIRST)


def test_the_label_of_a_summary_box_opening_the_body_goes() -> None:
    body = ["Summary", "A train has derailed near the town", "Two people have died."]
    assert without_subheadings(body) == body[1:]
    assert without_subheadings(["Key events", "The bridge reopened."]) == ["The bridge reopened."]
    # A label alone is the body; one ending in a colon opens a fact list; later it is a heading.
    assert without_subheadings(["Summary"]) == ["Summary"]
    listed = ["What we know so far:", "Two people died"]
    assert without_subheadings(listed) == listed
