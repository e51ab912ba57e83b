"""Photo captions next to bare credit lines: dropped when they describe a photo, kept as text when
they report the news."""

from __future__ import annotations

import pytest

from briefing.content.captions import caption_score
from briefing.content.plaintext import parse_text


def body(text: str) -> tuple[str, ...]:
    return parse_text(text).paragraphs


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Protesters gather outside the court in Lyon on Monday.", "Jane Roe / Reuters"),
        ("Mayor Ana Ruiz (C) speaks to reporters at the town hall.", "Photo: Tom Hale"),
        ("Commuters cross the Hale Street bridge in Lowmoor on Jan. 12, 2031.", "Li Wei/AFP"),
        ("A bus damaged by the blast outside the station in Tarn.", "Str / AP"),
    ],
)
def test_a_caption_above_its_credit_is_removed(caption: str, credit: str) -> None:
    text = (
        "Bridge shut after cracks found\n\n"
        "The city shut the Hale Street bridge on Tuesday after inspectors found cracks.\n\n"
        f"{caption}\n\n{credit}\n\n"
        "The bridge carries 20,000 cars a day, the council said.\n"
    )
    assert body(text) == (
        "The city shut the Hale Street bridge on Tuesday after inspectors found cracks.",
        "The bridge carries 20,000 cars a day, the council said.",
    )


def test_a_caption_above_its_credit_at_the_top_of_the_body_is_removed() -> None:
    text = (
        "Court jails activists\n\nFirefighters stand by as a crowd gathers in Lyon on Monday.\n\n"
        "Jane Roe / Reuters\n\nA court in Lyon on Monday jailed four activists for a year.\n\n"
        "Their lawyers plan to appeal.\n"
    )
    assert body(text) == (
        "A court in Lyon on Monday jailed four activists for a year.",
        "Their lawyers plan to appeal.",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "The council voted on Monday to close the bridge in Lowmoor.",
        "Inspectors have found cracks in two supports of the bridge.",
        "Ferries to the island will stop running on Friday.",
        "It ended.",
    ],
)
def test_a_report_above_a_credit_stays(lead: str) -> None:
    text = (
        f"Bridge closes\n\n{lead}\n\nJane Roe / Reuters\n\nIt will reopen in May, officials said.\n"
    )
    assert body(text) == (lead, "It will reopen in May, officials said.")


def test_a_present_tense_lead_stays_when_the_caption_follows_the_credit() -> None:
    lead = "Thousands march through Paris on Saturday against the pension reform."
    text = (
        f"Pension protests\n\n{lead}\n\nLi Wei / AFP\n\n"
        "Protesters hold banners near the Bastille on Saturday.\n\n"
        "Unions plan another strike on Tuesday, a spokesman said.\n"
    )
    assert body(text) == (lead, "Unions plan another strike on Tuesday, a spokesman said.")


@pytest.mark.parametrize(
    "caption",
    ["Jane Doe celebrates after finishing third.", "Dockers cheer as the strike ends."],
)
def test_a_short_present_tense_caption_above_its_credit_is_removed(caption: str) -> None:
    text = (
        "Strike ends\n\nThe strike at the port ended on Friday.\n\nShips will sail on Monday.\n\n"
        f"{caption}\nJane Roe/AAP\n\nUnions claimed victory, a spokesman said.\n"
    )
    assert body(text) == (
        "The strike at the port ended on Friday.",
        "Ships will sail on Monday.",
        "Unions claimed victory, a spokesman said.",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # The lead, two sentences, more than 15 words, a report: text, not a caption.
        "Dockers cheer as the strike ends.",
        "Prices rise. Ships wait.",
        "Prices rise as ships wait outside the port for a berth that may not come for weeks.",
        "Dockers said the strike had ended.",
    ],
)
def test_text_above_a_credit_without_place_or_date_stays(paragraph: str) -> None:
    lead = paragraph == "Dockers cheer as the strike ends."
    above = "" if lead else "The strike at the port ended on Friday.\n\n"
    text = f"Strike ends\n\n{above}{paragraph}\n\nJane Roe/AAP\n\nUnions claimed victory.\n"
    kept = (paragraph,) if lead else ("The strike at the port ended on Friday.", paragraph)
    assert body(text) == (*kept, "Unions claimed victory.")


@pytest.mark.parametrize(
    "lead",
    [
        "The central bank raised its main interest rate to 4 percent on Thursday.",
        "The ferry operator has cancelled all sailings to the island until Friday.",
        "The ferry sank off the coast of Wight on Tuesday.",
        "Residents will vote on the new harbour plan in a referendum next spring.",
        "Wheat prices rose for a third week in Chicago.",
    ],
)
def test_a_lead_after_a_bare_credit_is_kept(lead: str) -> None:
    text = f"Rates rise\n\nJane Roe / Reuters\n\n{lead}\n\nIt was the fifth rise this year.\n"
    assert body(text) == (lead, "It was the fifth rise this year.")


@pytest.mark.parametrize(
    "caption",
    [
        "Dockers march through Rotterdam on Friday.",
        "Residents who fled the fighting wait for aid in Goma on Monday.",
        "Mourners carry the coffin of a man killed when a wall collapsed in Tarn.",
        "A car set on fire by rioters in Lyon.",
        "Kerry in Jerusalem on Sunday.",
    ],
)
def test_a_caption_after_a_bare_credit_is_removed(caption: str) -> None:
    text = (
        f"Unrest spreads\n\nThe unrest spread to three more cities.\n\nStr / AP\n\n{caption}\n\n"
        "Police made 40 arrests, the ministry said.\n"
    )
    assert body(text) == (
        "The unrest spread to three more cities.",
        "Police made 40 arrests, the ministry said.",
    )


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        ("Workers clear debris from a street in Antakya, Turkey, on Feb. 8, 2023.", True),
        ("A man (L) greets a neighbour.", True),
        ("The government has approved the budget.", False),
        ('"We are ready," she said.', False),
        ("Police detained a man outside the court.", False),
    ],
)
def test_caption_score(paragraph: str, caption: bool) -> None:
    assert (caption_score(paragraph) >= 2) is caption


def test_a_caption_ending_in_photo_by_goes() -> None:
    text = (
        "Death toll from floods rises\n\nTwenty-seven people have died in central Vietnam.\n\n"
        "Residents move belongings by boat on Dec. 2, 2026. Photo by VnExpress/Pham Linh\n\n"
        "The province evacuated 41,000 people before the peak of the flood.\n"
    )
    assert body(text) == (
        "Twenty-seven people have died in central Vietnam.",
        "The province evacuated 41,000 people before the peak of the flood.",
    )
