"""Sentence compression: asides go, the sentence stays whole and grammatical, quotes untouched."""

from __future__ import annotations

import pytest
from article_support import article

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_compress import Rules, compress, shorten, without_own_voice


@pytest.mark.parametrize(
    ("sentence", "shorter"),
    [
        (
            "The Department of Justice (DOJ) sided with a district court ruling on the law.",
            "The Department of Justice sided with a district court ruling on the law.",
        ),
        (
            "Among senior staff, 36 percent are people of color, according to the campaign.",
            "Among senior staff, 36 percent are people of color.",
        ),
        (
            "According to court records, the firm never received the money it billed.",
            "The firm never received the money it billed.",
        ),
        (
            "The government plans to lay off half a million workers, the labor federation said "
            "Monday.",
            "The government plans to lay off half a million workers.",
        ),
        (
            "On Tuesday, the Senate voted to confirm the nominee by a narrow margin.",
            "The Senate voted to confirm the nominee by a narrow margin.",
        ),
        (
            "Charee Stanley, 40, filed a complaint with the commission in Detroit last week.",
            "Charee Stanley filed a complaint with the commission in Detroit last week.",
        ),
        # Another aside after the age keeps the comma that opens it.
        (
            "The water came up in minutes, said Graham Pickles, 63, who runs a hardware shop.",
            "The water came up in minutes, said Graham Pickles, who runs a hardware shop.",
        ),
        (
            "Jenny Walsh, 34, a nurse from Leeds, lost most of her furniture in the flood.",
            "Jenny Walsh, a nurse from Leeds, lost most of her furniture in the flood.",
        ),
        (
            "Luis Ortega, 44, of Napoleon, died on Tuesday night at the plant after the blast.",
            "Luis Ortega, of Napoleon, died on Tuesday night at the plant after the blast.",
        ),
        # A parenthesis that is part of a word or number stays: "401(k)", "230(3)(b)".
        (
            "Savers may put up to $22,500 in their 401(k) plans (the 2023 limit) this year.",
            "Savers may put up to $22,500 in their 401(k) plans this year.",
        ),
    ],
)
def test_asides_are_dropped(sentence: str, shorter: str) -> None:
    assert compress(sentence) == shorter


@pytest.mark.parametrize(
    "sentence",
    [
        # A quotation keeps its speaker: without it the summary would quote nobody.
        '"We will appeal the ruling as soon as we can," the mayor said.',
        # A clause after "but" is part of the claim, not an attribution.
        "The bill passed the House easily, but senators said it would stall.",
        # Too short once shortened: kept as it was.
        "Prices rose (sharply), officials said.",
        # A parenthesis opening the sentence is its subject.
        "(Reuters) staff walked out of the London office after the vote.",
        # Nothing to drop.
        "The storm left 40,000 homes without power across the county.",
        # A view keeps its holder: hedged or judged, it is no fact without him.
        "Low water on the river is a likely factor in the grounding, the spokesman said.",
        "The council's decision to close the branch was a mistake, the union said on Monday.",
    ],
)
def test_sentences_that_must_stay_whole(sentence: str) -> None:
    assert compress(sentence) == sentence


def test_rules_can_be_switched_off() -> None:
    sentence = "On Monday, the agency (FDA) approved the new drug, according to a statement."
    assert compress(sentence, Rules(False, False, False, False, False)) == sentence
    assert compress(sentence, Rules(parentheses=False, according=False, said=False)) == (
        "The agency (FDA) approved the new drug, according to a statement."
    )
    assert compress(sentence) == "The agency approved the new drug."


def test_quotations_are_never_edited() -> None:
    sentence = '"Raise the low $600 (direct payment) to $2,000," Trump said in a video on Sunday.'
    assert compress(sentence) == sentence
    mixed = 'Reyes (R-Ohio) said "the cost (about $5 million) is fair" and voted for the plan.'
    assert (
        compress(mixed)
        == 'Reyes said "the cost (about $5 million) is fair" and voted for the plan.'
    )


def test_an_attribution_inside_a_sentence_stays() -> None:
    sentence = (
        "The workers were not tested, according to lawyers for the whistleblower, a senior "
        "official who oversees them."
    )
    assert compress(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "shorter"),
    [
        (
            "The board approved the terminal on the east quay, which will open in 2033.",
            "The board approved the terminal on the east quay.",
        ),
        (
            "The mayor thanked Chair Tomas Reyes, who led the talks for four years.",
            "The mayor thanked Chair Tomas Reyes.",
        ),
        (
            "Residents filed an appeal with the regional court, saying the vote broke the rules.",
            "Residents filed an appeal with the regional court.",
        ),
        (
            '"We will appeal," Reyes said on the quay, adding that the ruling was unfair.',
            '"We will appeal," Reyes said on the quay.',
        ),
    ],
)
def test_shorten_drops_a_closing_clause(sentence: str, shorter: str) -> None:
    assert shorten(sentence) == shorter


@pytest.mark.parametrize(
    "sentence",
    [
        # A quotation in the phrase: quotes stay whole.
        'Reyes defended the plan, saying "the quay needs the jobs" at the meeting.',
        # A comma inside: the clause may end there and the main clause go on.
        "The board plans to oust Reyes, who angered residents, and replace him within weeks.",
        # The last items of a list, not a phrase.
        "The club offers rowing, swimming and sailing.",
        # A noun in -ing after the comma.
        "The club holds races for juniors on Saturdays, evening classes for adults.",
        # Too short once shortened.
        "Reyes resigned, citing his health and the long hours.",
        # An abbreviation before the comma would leave two full stops.
        "Trump pardoned Edward DeBartolo Jr., who pleaded guilty in a fraud case.",
        # Nothing to drop.
        "The port authority's board approved the terminal on Tuesday.",
    ],
)
def test_shorten_leaves_sentences_it_cannot_spare_a_phrase_of(sentence: str) -> None:
    assert shorten(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "outlet", "plain"),
    [
        (
            "The Gazette understands that the flood defences were overtopped on Tuesday.",
            "Millbrook Gazette",
            "The flood defences were overtopped on Tuesday.",
        ),
        (
            "CBS has learned the girl was pregnant when she was shot.",
            "CBS News",
            "The girl was pregnant when she was shot.",
        ),
        (
            "The Courier can reveal that the club will be sold to a local consortium.",
            "The Courier",
            "The club will be sold to a local consortium.",
        ),
    ],
)
def test_an_outlet_speaking_of_itself_gives_way_to_the_fact(
    sentence: str, outlet: str, plain: str
) -> None:
    assert without_own_voice(sentence, outlet) == plain


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # Another source's word is an attribution the fact needs.
        ("Samsung has learned the phones were overheating in the heat.", "CBS News"),
        # Nothing would stand without the opening.
        ("The Gazette understands.", "Millbrook Gazette"),
        ("The Gazette understands that it is over.", "Millbrook Gazette"),
        # No outlet known.
        ("The Gazette understands that the flood defences were overtopped.", None),
    ],
)
def test_an_outlet_opening_stays_where_the_sentence_needs_it(
    sentence: str, outlet: str | None
) -> None:
    assert without_own_voice(sentence, outlet) == sentence


def test_a_closing_speaker_stays_when_the_next_sentence_calls_them_he() -> None:
    first = article(
        "bbc",
        "Press secretary to leave",
        "White House Press Secretary Sarah Sanders is leaving her post, President Donald Trump "
        "has announced. He said his spokeswoman would return to her home state of Arkansas at "
        "the end of June.",
    )
    second = article(
        "wire",
        "Spokeswoman steps down",
        "The spokeswoman of the city's harbour board is leaving her post, the board's chairman "
        "said. She will join a shipping firm in Rotterdam in the spring.",
    )
    one = summarize(Story("bbc", (first,)), words=120)
    assert [s.text for s in one.sentences] == [
        "White House Press Secretary Sarah Sanders is leaving her post, President Donald Trump "
        "has announced.",
        "He said his spokeswoman would return to her home state of Arkansas at the end of June.",
    ]
    # Her "She" is the subject's, not the speaker's: the attribution may go.
    other = summarize(Story("wire", (second,)), words=12)
    assert (
        other.sentences[0].text
        == "The spokeswoman of the city's harbour board is leaving her post."
    )


def test_a_summary_with_words_to_spare_keeps_the_asides_compression_dropped() -> None:
    whole = "On Tuesday, the Lowmoor ferry terminal was approved by a vote of 7-2, the board said."
    story = Story(
        "s",
        (
            article("a", "Ferry terminal approved", whole),
            article("b", "Ferry vote", "The new terminal will open in the spring of 2028."),
        ),
    )
    roomy = [s.text for s in summarize(story, words=40, quotes=0).sentences]
    assert roomy[0] == whole
    tight = [s.text for s in summarize(story, words=12, quotes=0).sentences]
    assert tight == ["The Lowmoor ferry terminal was approved by a vote of 7-2."]
