"""British-style single-quoted speech, and apostrophes that must stay apostrophes."""

from __future__ import annotations

from briefing.models import Article
from briefing.quotes import extract_quotes


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Return ``(text, speaker)`` of the quotes found in paragraphs."""
    article = Article("a", "a.md", "A headline", None, None, None, None, (), None, paragraphs)
    return [(mention.text, mention.speaker) for mention in extract_quotes(article)]


def test_straight_single_quotes_with_the_attribution_after() -> None:
    found = quotes("'The pumps ran all night,' said Kit Roe, the lock keeper.")
    assert found == [("The pumps ran all night", "Kit Roe")]


def test_curly_single_quotes_with_the_attribution_before() -> None:
    found = quotes("Ada Pryor said: ‘We will reopen the pier before Easter.’")
    assert found == [("We will reopen the pier before Easter.", "Ada Pryor")]


def test_a_single_quoted_sentence_split_by_its_attribution_is_one_quote() -> None:
    found = quotes("‘This is their harbour,’ Ada Pryor said, ‘but we will help them rebuild it.’")
    assert found == [("This is their harbour, but we will help them rebuild it.", "Ada Pryor")]


def test_pronoun_after_a_single_quote_resolves_like_after_a_double_one() -> None:
    found = quotes(
        "'The water came in through the floor,' said Kit Roe.",
        "The harbour master, Ines Dahl, counted the boats. 'Three are lost,' she said.",
    )
    assert found == [
        ("The water came in through the floor", "Kit Roe"),
        ("Three are lost", "Ines Dahl"),
    ]


def test_apostrophes_inside_a_single_quoted_quote_are_kept() -> None:
    text = "'We don't know why the '90s pumps failed at the workers' depot,' said Kit Roe."
    found = quotes(text)
    assert found == [("We don't know why the '90s pumps failed at the workers' depot", "Kit Roe")]


def test_double_quotes_nested_inside_single_ones_belong_to_the_outer_quote() -> None:
    found = quotes("'They shouted \"go home\" at us from the quay,' said Kit Roe.")
    assert found == [('They shouted "go home" at us from the quay', "Kit Roe")]


def test_single_quoted_terms_without_an_attribution_are_not_quotes() -> None:
    assert quotes("The so-called 'quiet zone' starts at the pier and runs to the lighthouse.") == []
    assert quotes("The band played rock 'n' roll until the 'last orders' bell.") == []
    assert (
        quotes("The Joneses' boat and the '90s ferry both sank, the council's report said.") == []
    )


def test_a_stray_mark_does_not_pair_across_a_term() -> None:
    found = quotes(
        "Supporters of the 'green belt' plan gathered outside. 'We will win this,' said Ada Pryor."
    )
    assert found == [("We will win this", "Ada Pryor")]


def test_an_unclosed_single_mark_takes_nothing() -> None:
    text = "'We will win this, said Ada Pryor, and the crowd cheered for a long time."
    assert quotes(text, '"The vote is on Monday," said Kit Roe.') == [
        ("The vote is on Monday", "Kit Roe")
    ]


def test_a_new_sentence_after_a_closed_quote_is_no_attribution() -> None:
    assert quotes("'The pier is shut.' Kit Roe walked off, then said nothing more.") == []
