"""Quote extraction: every form of direct quotation, each on a short text written for the test."""

from __future__ import annotations

from briefing.models import Article, QuoteMention
from briefing.quotes import extract_quotes


def make_article(*paragraphs: str, title: str = "A headline", article_id: str = "a") -> Article:
    """Build an article from body paragraphs."""
    return Article(
        article_id, f"{article_id}.md", title, None, None, None, None, (), None, paragraphs
    )


def found(*paragraphs: str, title: str = "A headline") -> list[tuple[str, str | None]]:
    """Extract quotes from paragraphs as ``(text, speaker)`` pairs."""
    return [(m.text, m.speaker) for m in extract_quotes(make_article(*paragraphs, title=title))]


def mentions(*paragraphs: str) -> tuple[QuoteMention, ...]:
    """Extract the full mentions from paragraphs."""
    return extract_quotes(make_article(*paragraphs))


def test_straight_quotes() -> None:
    assert found('"The bridge will reopen in May," said Ana Ruiz.') == [
        ("The bridge will reopen in May", "Ana Ruiz")
    ]


def test_curly_quotes() -> None:
    assert found("“We are ready for the storm,” the mayor said.") == [
        ("We are ready for the storm", "the mayor")
    ]


def test_mixed_straight_and_curly_marks_pair_up() -> None:
    assert found('"We will rebuild the pier,” said Ola Berg on Friday.') == [
        ("We will rebuild the pier", "Ola Berg")
    ]


def test_quote_of_several_sentences() -> None:
    assert found(
        '"The water rose fast. We had ten minutes to leave," said farmer Pieter Jansen.'
    ) == [("The water rose fast. We had ten minutes to leave", "Pieter Jansen")]


def test_quote_split_by_attribution_is_joined() -> None:
    first = "Defence Minister Lena Holm spoke to reporters on Monday."
    second = '"This is their fight," she said, "but we will help."'
    (mention,) = mentions(first, second)
    assert (mention.text, mention.speaker) == (
        "This is their fight, but we will help.",
        "Lena Holm",
    )
    offset = len(first) + 2
    assert (mention.start, mention.end) == (offset, offset + len(second))


def test_split_quotes_stay_apart_when_a_new_sentence_starts() -> None:
    text = '"We won the vote," said Omar Haddad. "Now the work starts."'
    assert found(text) == [
        ("We won the vote", "Omar Haddad"),
        ("Now the work starts.", "Omar Haddad"),
    ]


def test_quote_running_over_paragraphs() -> None:
    first = '"The first winter was the hardest. We slept in the car.'
    second = '"By spring we had a room, and by summer a job," said Karin Olsen.'
    (mention,) = mentions(first, second)
    assert mention.text == (
        "The first winter was the hardest. We slept in the car. "
        "By spring we had a room, and by summer a job"
    )
    assert mention.speaker == "Karin Olsen"
    assert (mention.start, mention.end) == (0, len(first) + 2 + second.index(" said"))


def test_single_quotes_nested_inside_double() -> None:
    assert found("\"They told us 'wait and see' for a whole year,\" said Ravi Menon.") == [
        ("They told us 'wait and see' for a whole year", "Ravi Menon")
    ]


def test_unbalanced_mark_is_bounded_by_its_paragraph() -> None:
    first = 'The council said "the vote was rigged and nobody in this town will accept it'
    second = "Later that day the results were confirmed by the clerk."
    third = '"It was a fair count," said clerk Ida Moss.'
    result = mentions(first, second, third)
    assert [(m.text, m.speaker) for m in result] == [
        ("the vote was rigged and nobody in this town will accept it", "the council"),
        ("It was a fair count", "Ida Moss"),
    ]
    assert result[0].end == len(first)


def test_scare_quotes_and_quoted_terms_are_not_quotes() -> None:
    assert found('The so-called "quiet zone" will cover the old town.') == []
    assert found('Residents call the plan the "green mile" and most of them support it.') == []
    assert found('Critics dubbed it the "road to nowhere" within a week.') == []


def test_titles_and_nicknames_are_not_quotes() -> None:
    assert found('The film "A River in Winter" opens at the Lido on Friday.') == []
    assert found('Boxer Dan "The Hammer" Kowal retired after forty fights.') == []


def test_headline_text_is_not_a_quote() -> None:
    title = '"We will not move," says harbour master'
    assert found(title, "The harbour master spoke on Monday.", title=title) == []


def test_short_quote_with_explicit_attribution_is_kept() -> None:
    assert found('"Never," said Ruth Adler when asked if she would resign.') == [
        ("Never", "Ruth Adler")
    ]


def test_offsets_point_at_the_marks_in_article_text() -> None:
    article = make_article("Intro line here.", 'Then: "We are done with this plan," said Bo Lin.')
    (mention,) = extract_quotes(article)
    assert article.text[mention.start] == '"'
    assert article.text[mention.end - 1] == '"'
    assert mention.article_id == "a"


def test_titles_introduced_as_such_are_not_quotes_even_when_long() -> None:
    text = (
        "The paper ran a story entitled “The mayor pushed back against the plan to close the "
        "harbour,” on its front page."
    )
    assert found(text) == []


def test_the_handing_comma_goes_also_inside_a_closing_single_quote() -> None:
    text = "“Nobody cancelled. But people are saying ‘not this quarter,’” Søren Albrektsen said."
    assert found(text) == [
        ("Nobody cancelled. But people are saying ‘not this quarter’", "Søren Albrektsen")
    ]


def test_a_lost_closing_mark_before_an_attribution_leaves_the_attribution_out() -> None:
    text = (
        '"Why are we meeting without the harbour board? Reyes said. "They should be at the '
        'table with us."'
    )
    quotes = extract_quotes(make_article(text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Why are we meeting without the harbour board?", "Reyes"),
        ("They should be at the table with us.", "Reyes"),
    ]
