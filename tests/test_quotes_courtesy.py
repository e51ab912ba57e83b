"""Courtesies a speaker opens with are no part of a key quote."""

from __future__ import annotations

import pytest
from article_support import article

from briefing.quotes import extract_quotes
from briefing.quotes_courtesy import without_courtesy


@pytest.mark.parametrize(
    ("quoted", "kept"),
    [
        (
            "Thank you, Excellency. Let me say first that this is not peace.",
            "Let me say first that this is not peace.",
        ),
        (
            "Good evening. After eleven days of talks, the delegations have signed.",
            "After eleven days of talks, the delegations have signed.",
        ),
        ("Thanks, Jake. I'm a no on this bill.", "I'm a no on this bill."),
        (
            "Okay. That is going to be special for the harbour.",
            "That is going to be special for the harbour.",
        ),
        ("Thank you.", "Thank you."),
        (
            "Thank you for your patience with the harbour.",
            "Thank you for your patience with the harbour.",
        ),
        (
            "Well, let me just say to all of you that we won.",
            "Well, let me just say to all of you that we won.",
        ),
    ],
)
def test_a_courtesy_opening_a_quotation_is_trimmed(quoted: str, kept: str) -> None:
    assert without_courtesy(quoted) == kept


def test_a_key_quote_from_a_press_conference_starts_with_its_point() -> None:
    news = article(
        "wire",
        "Truce signed in Doha",
        'Amina Diallo-Sarr said: "Thank you, Excellency. Let me say first that this is '
        'not peace. This is a pause."',
    )
    [quote] = extract_quotes(news)
    assert quote.text == "Let me say first that this is not peace. This is a pause."
    assert quote.speaker == "Amina Diallo-Sarr"
