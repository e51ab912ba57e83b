"""Cut-off last sentences: the complete clauses before the cut stand, fragments never do."""

from __future__ import annotations

import pytest

from briefing.models import Article, Story
from briefing.summary import summarize
from briefing.summary_trim import trim_cut, trim_last


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        (
            "The mayor walked out of talks with the council on Wednesday over funding for a new "
            "harbour wall, complaining",
            "The mayor walked out of talks with the council on Wednesday over funding for a new "
            "harbour wall.",
        ),
        (
            "Four workers were among 19 people hurt at the Lowmoor plant on Friday in a boiler "
            "blast, just weeks after the owners ordered the",
            "Four workers were among 19 people hurt at the Lowmoor plant on Friday in a boiler "
            "blast.",
        ),
        (
            "The board's chair, Tomas Reyes, said the terminal would open in the spring of 2033, "
            "weeks before the…",
            "The board's chair, Tomas Reyes, said the terminal would open in the spring of 2033.",
        ),
        (
            "Port officials pushed for a plan to build two new terminals on the east quay despite "
            "warnings that the move could breach planning law,",
            "Port officials pushed for a plan to build two new terminals on the east quay despite "
            "warnings that the move could breach planning law.",
        ),
        (
            "The mayor said he would meet councillors this week to discuss the harbour plan, "
            "saying:",
            "The mayor said he would meet councillors this week to discuss the harbour plan.",
        ),
        (
            "The council approved the budget for the new school year on Tuesday night....",
            "The council approved the budget for the new school year on Tuesday night.",
        ),
        (
            # A relative clause and then the sentence's own verb, though no rule knows "wore".
            "Tomas Reyes, who declined to comment, wore a blue shirt with the names of the two "
            "crew lost at sea, listing",
            "Tomas Reyes, who declined to comment, wore a blue shirt with the names of the two "
            "crew lost at sea.",
        ),
    ],
)
def test_the_clauses_before_the_cut_stand(cut: str, kept: str) -> None:
    assert trim_cut(cut) == kept


@pytest.mark.parametrize(
    "cut",
    [
        # Opening phrases, asides and relative clauses left open are not sentences.
        "In a statement on Tuesday evening at the town hall, the council said that",
        "The parents of the young student from Lowmoor, who died after his detention abroad, "
        "on Friday countered",
        "Gavin Marsh, a man you may know for having founded the Lowmoor Gazette, the",
        "Even though there is plenty of polling data showing voters oppose the plan, it is the",
        "The harbour master has promised full cooperation with the inquiry and, according to a "
        "friend, is",
        # The head ends on a word that needs more, holds no verb, or leaves a quotation open.
        "The port authority's long-serving and much-admired former chair Tomas Reyes, who",
        'The mayor told the crowd that "the harbour will be rebuilt by spring, and',
        "She said the ferry left shortly before 1:30 a.m. and docked at dawn, no muss, no",
        "Short head here, then",
        # A colon announces what was cut; a subordinate clause lost its verb; a month is no verb.
        "The harbour master of Lowmoor said in a statement on Tuesday:",
        "The row over the harbour wall spilled into public view on Tuesday, as council leader "
        "Tomas Reyes and his deputy Ana Marsh, the",
        "Photo by Jane Doe a picture of the quay taken in Lowmoor on May 9,",
        "Lowmoor ferry terminal approved",
        # The last comma sits in a list: the head would end on its first item.
        "The harbour has established itself in those years as an enduring, proud and formidable "
        "permanent...",
        "The smugglers have moved many tonnes of cheap tobacco, alcohol and counterfeit perfume "
        "into the",
        # A condition told by inversion needs its main clause; so does a subject whose only
        # verb is its relative clause's.
        "Should the board find the terminal safe to reopen at the end of the month, ferries "
        "would be back in time for...",
        "The recommendation, which was adopted 10-4 with one abstention, by the port board's "
        "safety committee, will pave the way for the harbour to...",
    ],
)
def test_fragments_are_not_salvaged(cut: str) -> None:
    assert trim_cut(cut) is None


def test_a_complete_sentence_is_left_alone() -> None:
    sentences = ["The board met on Tuesday.", "It approved the terminal by seven votes to two."]
    assert trim_cut(sentences[-1]) is None
    assert trim_last(sentences) == sentences
    assert trim_last([]) == []


def _excerpt(ident: str, text: str) -> Article:
    return Article(
        ident, f"content/{ident}.md", "", ident.title(), None, None, None, (), None, (text,)
    )


def test_a_story_of_cut_excerpts_still_gets_a_summary() -> None:
    story = Story(
        "excerpts",
        (
            _excerpt(
                "left",
                "The mayor walked out of talks with the council on Wednesday over funding for a "
                "new harbour wall, after councillors said they",
            ),
            _excerpt(
                "right",
                "The mayor of Lowmoor walked out of talks with councillors on Wednesday over the "
                "harbour wall funding, complaining",
            ),
        ),
    )
    summary = summarize(story, words=60, quotes=0)
    assert summary.sentences
    assert all(s.text.endswith(".") for s in summary.sentences)
    assert all("said they" not in s.text and "complaining" not in s.text for s in summary.sentences)
