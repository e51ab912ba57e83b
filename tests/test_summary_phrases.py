"""Whether a sentence stands as one: a verb of its own, its brackets closed."""

from __future__ import annotations

import pytest
from article_support import article

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_compress import Rules, compress
from briefing.summary_phrases import stands

PARENTHESES_ONLY = Rules(according=False, said=False, when=False, ages=False)


@pytest.mark.parametrize(
    "phrase",
    [
        "Increased spending on the harbour wall.",
        "On Friday morning at 9 a.m.",
        "Thanks to the harbour tax bill, of course.",
        "Ana Ruiz and Tom Pellow from entering the harbour.",
        "A sweeping, alarming request — all in the name of preventing fraud.",
        "The answer: likely not very effective.",
        "The ferry is also backed by Mayor Ana Ruiz and Tom Pellow (D-Lowmoor.",
        "(A ferry in a town where dogs drive cars and wear jaunty caps.)",
        "The new ferry law, signed by Governor Ana Ruiz on Tuesday.",
        "Its route, unveiled at a hastily called nighttime meeting of the port board.",
        "The decision, issued on the final day before the board's summer recess.",
    ],
)
def test_phrases_and_broken_pieces_do_not_stand(phrase: str) -> None:
    assert not stands(phrase)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters want the council to act.",
        "That marked the biggest jump since 2008.",
        "There's a ticking time bomb in the harbour budget.",
        "Democrats aren't happy with the plan.",
        "The council approved the terminal on Tuesday.",
        "The ferry bill, passed by the council in May, stalled at the port board.",
        "The ferry, delayed by the storm, docked on Tuesday.",
        "Meanwhile, stranded passengers waited at the quay.",
        "The ferry, delayed for hours, is back in service.",
        "Monday morning he'll speak at the quay.",
        "Tomas Reyes (D-Lowmoor) chose to ride with those arrested.",
        "The mayor deny any wrongdoing, the records show.",
    ],
)
def test_sentences_with_a_verb_stand(sentence: str) -> None:
    assert stands(sentence)


def test_a_phrase_set_as_a_sentence_is_not_summary_material() -> None:
    post = article(
        "post",
        "Port board approves ferry terminal",
        "The port board approved a ferry terminal on Lowmoor's east quay on Tuesday.",
        "On Friday morning at 9 a.m.",
        "Construction is due to begin in the autumn.",
    )
    texts = [s.text for s in summarize(Story("s", (post,)), words=120).sentences]
    assert "On Friday morning at 9 a.m." not in texts
    assert len(texts) == 2


def test_a_parenthesis_set_off_by_commas_leaves_one_comma() -> None:
    assert (
        compress("He met Tomas Reyes, (D-Lowmoor), at the quay on Tuesday night.", PARENTHESES_ONLY)
        == "He met Tomas Reyes, at the quay on Tuesday night."
    )
