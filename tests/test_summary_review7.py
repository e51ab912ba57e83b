"""Summary filters as review 7 found them."""

from __future__ import annotations

import pytest

from briefing.summary_filters import leans_on_context


@pytest.mark.parametrize(
    "sentence",
    [
        "The Leader of the Council responded to each.",
        "There are not enough beds for them.",
        "There is zero evidence for this.",
    ],
)
def test_a_short_sentence_ending_on_a_pronoun_for_what_came_before_leans_on_it(
    sentence: str,
) -> None:
    assert leans_on_context(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted 27 to 19 to adopt the Kingsgate masterplan and the borrowing behind it.",
        "Residents in Brookfield, Oakley Green and the town centre have been told to keep windows"
        " and doors closed while firefighters deal with it.",
    ],
)
def test_a_long_sentence_or_one_naming_its_subject_stands(sentence: str) -> None:
    assert not leans_on_context(sentence)
