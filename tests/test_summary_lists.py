"""A fact list's items ("Here is what we know so far:" then one fact a line) are sentences."""

from __future__ import annotations

from article_support import article

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_candidates import _article_sentences


def test_items_after_a_colon_end_with_a_full_stop_until_a_paragraph_ends() -> None:
    paragraphs = (
        "The council met on Tuesday.",
        "What was decided:",
        "Cars will be banned from the old harbour",
        "The market square will be repaved in granite;",
        "Residents can object until May.",
        "Photo by Sam Lee",
    )
    assert _article_sentences(paragraphs) == [
        "The council met on Tuesday.",
        "What was decided:",
        "Cars will be banned from the old harbour.",
        "The market square will be repaved in granite.",
        "Residents can object until May.",
        "Photo by Sam Lee",
    ]


def test_a_line_in_lower_case_or_a_quotation_ends_the_list() -> None:
    paragraphs = ("She said:", '"We will appeal"', "Key points:", "and more to come")
    # (No full stop is added, and the lower case stays: an excerpt's cut start is a fragment.)
    assert _article_sentences(paragraphs) == [
        "She said:",
        '"We will appeal"',
        "Key points:",
        "and more to come",
    ]


def test_a_fact_one_outlet_lists_may_stand_for_the_story() -> None:
    listed = article(
        "c",
        "",
        "The town hall stayed lit until late.",
        "Here is what we know so far:",
        "Councillors voted to ban cars from the old harbour",
        "Councillors voted to repave the market square in granite",
    )
    ban = "The ban on cars in the old harbour was approved by the council after midnight."
    story = Story("s", (listed, article("a", "", ban), article("b", "", ban)))
    summary = summarize(story, words=10, quotes=0)
    # The list's ten-word item says what the two outlets' sixteen words say.
    assert [(s.text, s.articles) for s in summary.sentences] == [
        ("Councillors voted to ban cars from the old harbour.", ("c", "a", "b"))
    ]


def test_a_colon_after_a_speech_verb_opens_a_quotation_not_a_list() -> None:
    paragraphs = ("The mayor told reporters at the scene:", "We will rebuild this town together")
    assert _article_sentences(paragraphs) == list(paragraphs)


def test_items_that_finish_their_lead_in_are_written_as_its_sentence() -> None:
    paragraphs = (
        "For the fourth quarter, Halvard expects:",
        "Revenue in the range of $178 million to $193 million.",
        "GAAP earnings per share of $0.00 to $0.03",
        "For the full year, Halvard now expects revenue of $760 million to $775 million.",
    )
    assert _article_sentences(paragraphs) == [
        "For the fourth quarter, Halvard expects:",
        "For the fourth quarter, Halvard expects revenue in the range of $178 million to "
        "$193 million.",
        "For the fourth quarter, Halvard expects GAAP earnings per share of $0.00 to $0.03.",
        # A paragraph of its own ends the list.
        "For the full year, Halvard now expects revenue of $760 million to $775 million.",
    ]


def test_a_list_of_whole_sentences_is_left_as_it_is() -> None:
    paragraphs = ("The bill passed on Tuesday. Here is what it does:", "Rents are capped at 5%.")
    assert _article_sentences(paragraphs) == [
        "The bill passed on Tuesday.",
        "Here is what it does:",
        "Rents are capped at 5%.",
    ]
