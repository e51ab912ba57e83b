"""What opens or closes a line but is no part of its sentence: a bracketed dateline or credit,
a dateline's dash, a newsletter's signpost, the credit under a quotation, a name cut after its
middle initial."""

from __future__ import annotations

from dataclasses import replace

import pytest
from article_support import article

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_candidates import candidates
from briefing.summary_filters import is_complete, is_usable
from briefing.summary_furniture import is_furniture
from briefing.summary_leadins import is_credit_line, strip_dateline


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "Why it matters: The law bans most abortions after six weeks.",
            "The law bans most abortions after six weeks.",
        ),
        ("DRIVING THE NEWS: The governor signed the bill.", "The governor signed the bill."),
        ("The big picture: “We won,” she said.", "“We won,” she said."),
        (
            "- Law enforcement officials said on Tuesday they arrested the mother.",
            "Law enforcement officials said on Tuesday they arrested the mother.",
        ),
        (
            "— including a cut in payroll taxes — were expected, the package was larger.",
            "including a cut in payroll taxes — were expected, the package was larger.",
        ),
        ("— The council voted 7 to 2.", "The council voted 7 to 2."),
        ("(CNN)President Dana Hollis met the families.", "President Dana Hollis met the families."),
        ("( cnn ) the mayor resigned on friday.", "The mayor resigned on friday."),
        ("(Photo: WFAA) Debra Caudy was frustrated.", "Debra Caudy was frustrated."),
        ("RIO DE JANEIRO — Police say a man was shot.", "Police say a man was shot."),
        ("Kyiv, Ukraine — Russian forces attacked.", "Russian forces attacked."),
        ("KYIV, Ukraine — Russian forces attacked.", "Russian forces attacked."),
        ("Rio de Janeiro - Police say a man was shot.", "Police say a man was shot."),
    ],
)
def test_signposts_and_a_datelines_dash_are_stripped(line: str, sentence: str) -> None:
    assert strip_dateline(line) == sentence


@pytest.mark.parametrize(
    "line",
    [
        "The result: a loss of 2,000 jobs.",  # the label is part of the sentence
        "Details: the plan was never costed.",  # lower case after it: one sentence
        "Mayor Ruiz: The vote is final.",  # not a newsletter's signpost
        "US-China talks resume on Monday.",
        "(The company declined to comment.)",
        # A dash opening an aside is no dateline's, whatever the words before it.
        "The giants of social media — Facebook, Twitter, YouTube — had stricter rules.",
        "A majority of voters said no - meaning against removal - in Tuesday's recall.",
        "Ninety people have been killed - mostly Afghan civilians",
        "It was their first win — and their last of the season.",
        "Joe Biden — who won the primary — said he would run again.",
    ],
)
def test_sentences_that_only_look_labelled_stay_whole(line: str) -> None:
    assert strip_dateline(line) == line


def test_a_credit_line_under_a_quotation_is_no_sentence() -> None:
    credit = "— Republican Party Chair Dana Hollis, in a tweet, April 26, 2031"
    assert is_credit_line(credit)
    assert strip_dateline(credit) == credit
    assert not is_credit_line("— The council voted 7 to 2.")
    assert not is_credit_line("Dana Hollis, in a tweet, April 26, 2031")


def test_a_name_cut_after_its_middle_initial_is_incomplete() -> None:
    assert not is_complete("The order was backed by Judges James C.")
    assert is_complete("The order was backed by Judge James C. Hollis.")
    assert is_complete("She moved to Washington, D.C.")


def test_a_roundup_of_quotations_gives_no_credit_line_to_the_summary() -> None:
    quotes = article(
        "roundup",
        "Officials react to the book story",
        "“Was the senator paid for these books? Is she profiting from the crisis?”",
        "— Republican Party Chair Dana Hollis, in a tweet, April 26, 2031",
        "“The administration is forcing taxpayers to buy the book?”",
        "— Sen. Tom Vale, in a tweet, April 25, 2031",
    )
    report = article(
        "report",
        "Reporter resigns over book story",
        "Why it matters: A reporter resigned from the Harbour Post on Tuesday after her story "
        "about the senator's book was retracted.",
        "The story said copies of the book were handed to children at a shelter.",
    )
    summary = summarize(Story("book", (quotes, report)), words=80)
    texts = [sentence.text for sentence in summary.sentences]
    assert texts[0] == (
        "A reporter resigned from the Harbour Post on Tuesday after her story about the "
        "senator's book was retracted."
    )
    assert not [text for text in texts if "in a tweet" in text]


def test_an_excerpt_that_opens_mid_sentence_gives_the_summary_nothing_of_its_first_line() -> None:
    cut = article(
        "cut",
        "Jobs plan",
        "including an expansion of a cut in payroll taxes and new spending on public works — were "
        "widely expected, the package was substantially larger than predicted.",
        "The White House said the plan would cost 450 billion dollars over ten years.",
    )
    summary = summarize(Story("jobs", (cut,)), words=80)
    assert [sentence.text for sentence in summary.sentences] == [
        "The White House said the plan would cost 450 billion dollars over ten years."
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Watch the full 60 Minutes interview with the former director.", True),
        ("Watch: the mayor speaks to reporters outside city hall.", True),
        ("(Watch the video below.)", True),
        ("Watchdog groups said the sale of the port was illegal.", False),
        ("Watch out for falling prices this winter, the bank warned.", False),
        ("Officials will watch the river overnight, the council said.", False),
    ],
)
def test_a_call_to_watch_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "usable"),
    [
        ("Here’s what you need to know about the new child tax credit rules.", False),
        ("Here are five takeaways from a heated night of debate in Charleston.", False),
        ("Centuries later, in 1992, I followed in their footsteps and joined the Army.", False),
        ("As I have watched the monuments come down, the debate has only grown louder.", False),
        ("“I am ready to sign it right now,” the governor told reporters on Monday.", True),
        ("The U.K. marks the end of World War I with two minutes of silence.", True),
        ("Sen. Bernie Sanders (I-Vt.) won just over 43% of the vote in Nevada.", True),
        ("The F.B.I. deputy director was fired on Friday, the department said.", True),
        ("Officials said here is where the new terminal will be built next year.", True),
    ],
)
def test_pointers_and_the_writers_own_voice_are_no_summary_sentences(
    line: str, usable: bool
) -> None:
    assert is_usable(line) is usable


def test_the_lead_under_a_standfirst_is_read_as_the_lead() -> None:
    paper = replace(
        article(
            "paper",
            "Fire forces thousands to flee",
            "The blaze on the ridge was a rare winter fire after three dry months.",
            "A fast wildfire driven by strong winds swept through suburbs north of the city on "
            "Wednesday, burning homes and forcing about 5,000 people to leave.",
            "Crews from four towns fought the flames through the night.",
        ),
        standfirst=1,
    )
    wire = article(
        "wire",
        "Wildfire near city forces thousands to flee",
        "A wildfire fanned by strong winds raced down the ridge north of the city on Wednesday, "
        "forcing thousands of people to leave their homes.",
        "Officials said the fire was the worst in the region for a decade.",
    )
    pool = candidates(Story("fire", (paper, wire)))[0]
    positions = {c.text[:12]: c.position for c in pool if c.source == 0}
    # The lead is the article's first sentence; the standfirst's comes after the body's.
    assert positions == {"A fast wildf": 0, "Crews from f": 1, "The blaze on": 2}
    texts = [s.text for s in summarize(Story("fire", (paper, wire)), words=60).sentences]
    assert len([t for t in texts if t.startswith(("A fast wildfire", "A wildfire fanned"))]) == 1
