"""Plain text as review 4 found it: leaked HTML entities, hard wraps, agency furniture."""

from __future__ import annotations

from briefing.content.plaintext import parse_text, split_paragraphs


def test_html_character_references_are_the_characters() -> None:
    text = (
        "Dockworkers reject offer\n\n"
        "Dockworkers at Chile&#8217;s port rejected it. &quot;A guarantee that ends is a "
        "countdown,&quot; she said.&nbsp;\n\n"
        "AT&T; and R&amp;D stay &unknown; as written &#x2014; mostly.\n"
    )
    assert parse_text(text).paragraphs == (
        'Dockworkers at Chile\u2019s port rejected it. "A guarantee that ends is a countdown," '
        "she said.",
        "AT&T; and R&D stay &unknown; as written \u2014 mostly.",
    )


def test_a_line_wrapped_at_a_compound_hyphen_joins_without_a_space() -> None:
    text = (
        "That's three straight games missed. The team continues to call it day-\n"
        "to-day, and the concern level internally is low, but this is a 41-year-\n"
        "old foot -- \n"
        "so take that for what it is worth.\n"
    )
    assert split_paragraphs(text) == [
        "That's three straight games missed. The team continues to call it day-to-day, and the "
        "concern level internally is low, but this is a 41-year-old foot -- so take that for "
        "what it is worth."
    ]
