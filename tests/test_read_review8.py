"""Review 8: headers copied from Patch, Roll Call, The Times of Israel, The Economist, GOV.UK."""

from __future__ import annotations

from briefing.content.paragraphs import split_paragraphs
from briefing.content.plaintext import parse_text


def test_a_headline_over_its_standfirst_one_a_line_is_two_paragraphs() -> None:
    text = (
        "Tallow Creek Plant Explosion: Road Closures, Shelter-In-Place Lifted\n"
        "The shelter-in-place order for homes near Harlan AgriChem was lifted Monday evening, "
        "Henry County officials said.\n"
        "By Dana Whitfield, Patch Staff\n"
        "Nov 30, 2026 8:05 pm ET\n\n"
        "TALLOW CREEK, OH — A shelter-in-place order was lifted Monday evening.\n"
    )
    article = parse_text(text)
    assert article.meta.title == (
        "Tallow Creek Plant Explosion: Road Closures, Shelter-In-Place Lifted"
    )
    assert article.meta.author == "Dana Whitfield"
    assert article.meta.published is not None
    assert article.meta.published.isoformat() == "2026-11-30T20:05:00-05:00"


def test_a_hard_wrapped_paragraph_is_still_joined() -> None:
    text = (
        "The council voted on Tuesday to close the old library on Bridge Street and\n"
        "move its books to the new community hub, a decision that angered dozens\n"
        "of residents who packed the meeting.\n"
    )
    assert split_paragraphs(text) == [" ".join(text.split())]
