"""Transcripts and Q&As: labelled turns become quotations credited to their speakers."""

from __future__ import annotations

from briefing.content.plaintext import parse_text
from briefing.models import Article
from briefing.quotes import extract_quotes

TRANSCRIPT = """State of the Union

JAKE TAPPER: Shutdown showdown. Congress has two weeks to keep the government open.

Hello, I'm Jake Tapper in Washington. Joining me now, Senator Gail Whitaker of Indiana.

SEN. GAIL WHITAKER (R-IN): Good morning, Jake. Thanks for having me.

TAPPER: Is that a hard line? If the bill comes without it, you're a no?

WHITAKER: I'm a no. FEMA has told us the fund is down to about $2 billion.

TAPPER: The White House says a supplemental can come later. What's wrong with that?

WHITAKER: Jake, "later" is what Washington always says. Later means never.
"""


def quotes(text: str) -> list[tuple[str | None, str]]:
    """Return the speakers and words of the quotes the reader's body of a text gives."""
    body = parse_text(text).paragraphs
    article = Article("a", "a.txt", "A headline", None, None, None, None, (), None, body)
    return [(mention.speaker, mention.text) for mention in extract_quotes(article)]


def test_transcript_turns_are_quotes_of_their_speakers() -> None:
    found = quotes(TRANSCRIPT)
    assert (
        "Gail Whitaker",
        "I'm a no. FEMA has told us the fund is down to about $2 billion.",
    ) in found
    assert (
        "Gail Whitaker",
        "Jake, ‘later’ is what Washington always says. Later means never.",
    ) in found
    assert [speaker for speaker, _ in found].count("Jake Tapper") == 4


def test_a_paragraph_under_a_turn_goes_on_with_it() -> None:
    found = quotes(TRANSCRIPT)
    assert found[1] == (
        "Jake Tapper",
        "Hello, I'm Jake Tapper in Washington. Joining me now, Senator Gail Whitaker of Indiana.",
    )


def test_a_hosts_turns_are_prompts_and_leave_the_body() -> None:
    hosted = TRANSCRIPT.replace("JAKE TAPPER:", "JAKE TAPPER, CNN HOST:")
    assert {speaker for speaker, _ in quotes(hosted)} == {"Gail Whitaker"}
    assert not any("Tapper" in paragraph for paragraph in parse_text(hosted).paragraphs)


def test_qa_answers_are_quotations_and_questions_leave() -> None:
    body = parse_text(
        "Interview\n\nThe director spoke to us in Berlin.\n\nQ: How does it feel?\n\n"
        "A: Strange. I thought nobody would see it.\n\nQ: Casting was hard. Why?\n\nWell?\n\n"
        "A: A comedy.\n\n[Edited for length.]\n\nA: Really.\n\nThis interview was condensed.\n"
    ).paragraphs
    assert body == (
        "The director spoke to us in Berlin.",
        "“Strange. I thought nobody would see it.”",
        "“A comedy.”",
        "[Edited for length.]",
        "“Really.”",
        "This interview was condensed.",
    )


def test_flags_and_a_single_dateline_are_no_turns() -> None:
    text = (
        "Headline over the story\n\nNEW DELHI: India's cabinet approved the plan on Monday.\n\n"
        "UPDATE: The vote was moved.\n\nUPDATE: It passed.\n\nUPDATE: It was signed."
    )
    body = parse_text(text).paragraphs
    assert not any("“" in paragraph for paragraph in body)
    assert "UPDATE: It passed." in body


def test_an_article_with_a_short_faq_is_no_transcript() -> None:
    text = (
        "Headline over the story\n\nA group said it would sue the council on Monday.\n\n"
        "Q: Will it sue? A: Yes.\n\nQ: When? A: Soon."
    )
    assert parse_text(text).paragraphs[0] == "A group said it would sue the council on Monday."
