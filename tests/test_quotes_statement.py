"""Speakers read from what the article says around a quotation: a statement's issuer, a
person named with where they work, two people named in one attribution."""

from __future__ import annotations

import pytest
from article_support import article

from briefing.quotes import extract_quotes
from briefing.quotes_statement import issuer


def test_a_statement_quoted_after_its_issuer_is_credited_to_the_issuer() -> None:
    upi = article(
        "upi",
        "Marathon winner suspended",
        "Her agent, Dutch-based Global Sports Management, said in a statement that she "
        '"categorically denies" taking any banned substance.',
        '"She has been tested more than 20 times this year, and every test was negative until '
        'now," the statement said.',
    )
    quotes = extract_quotes(upi)
    assert quotes[-1].speaker == "Global Sports Management"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a statement, Acme Harbour Ltd said it was sorry. ", "Acme Harbour Ltd"),
        (
            "A statement from the Tanzanian President's Office said he was well. ",
            "Tanzanian President's Office",
        ),
        ("The company said in a statement it would appeal. ", "the statement"),
        ("He said in a statement he was sorry. ", "the statement"),
        (
            "Officials at the U.S. Marine Corps. The agency said in a statement it would look. ",
            "the statement",
        ),
    ],
)
def test_who_issued_a_statement(text: str, speaker: str) -> None:
    quoted = text + '"We will cooperate fully," the statement said.'
    assert issuer("the statement", quoted, quoted.index('"')) == speaker
    assert issuer("Ann Lee", quoted, quoted.index('"')) == "Ann Lee"


def test_a_surname_means_the_person_named_with_where_they_work() -> None:
    news = article(
        "courier",
        "Recount ahead",
        "Political scientist Aiko Brandt of Harwick State University said the late swing was "
        'unusual. "Provisional ballots usually break the same way as the rest of the vote," '
        "Brandt said.",
    )
    [quote] = extract_quotes(news)
    assert quote.speaker == "Aiko Brandt"


def test_a_joint_attribution_credits_both_speakers() -> None:
    news = article(
        "herald",
        "Port stays open",
        '"We will keep the port open for every ship," Mayor Ana Ruiz and harbour master Tom '
        "Pellow said in a joint statement.",
    )
    [quote] = extract_quotes(news)
    assert quote.speaker == "Ana Ruiz and Tom Pellow"
    alone = article("herald", "Port", '"We won," harbour master Tom Pellow said on Tuesday.')
    assert [q.speaker for q in extract_quotes(alone)] == ["Tom Pellow"]
