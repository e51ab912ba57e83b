"""Straight quotes turn the way they face on pages; primes and tokenised contractions stay sane."""

from __future__ import annotations

import pytest

from briefing.typography import curl_quotes


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ('"Hello," he said.', "“Hello,” he said."),
        ("It's O'Brien's dog.", "It’s O’Brien’s dog."),
        ("the players' union", "the players’ union"),
        ("'Tonight,' she said", "‘Tonight,’ she said"),
        ("in the '90s and rock 'n' roll", "in the ’90s and rock ’n’ roll"),
        ("\"It's 'nice' here,\" he said", "“It’s ‘nice’ here,” he said"),
        ('("quoted")', "(“quoted”)"),
        ('He said:"Go."', "He said:“Go.”"),
        ('The term "2020"', "The term “2020”"),
        ('"We\'ll see."', "“We’ll see.”"),
        ("'em", "’em"),
    ],
)
def test_quotes_and_apostrophes_face_their_text(typed: str, shown: str) -> None:
    assert curl_quotes(typed) == shown


def test_feet_and_inches_stay_straight() -> None:
    assert curl_quotes('The guard, 6\'2" tall, said "no".') == "The guard, 6'2\" tall, said “no”."


def test_tokenised_text_takes_turns_and_keeps_contractions() -> None:
    typed = 'the " flesh-eating " bacteria, " mean high tide line ". he \' ll go, don \' t'
    shown = "the “ flesh-eating ” bacteria, “ mean high tide line ”. he ’ ll go, don ’ t"
    assert curl_quotes(typed) == shown


def test_text_that_is_already_curled_or_unquoted_is_unchanged() -> None:
    assert curl_quotes("“Already curly,” she said.") == "“Already curly,” she said."
    assert curl_quotes("No quotes at all.") == "No quotes at all."
