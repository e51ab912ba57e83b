"""Review 8: a letter writer's own voice as object or owner ("like me", "my town")."""

from __future__ import annotations

import pytest

from briefing.summary_filters import in_first_person


@pytest.mark.parametrize(
    "sentence",
    [
        "Older residents like me cannot get to hospital appointments without asking for lifts.",
        "Sen. Jeff Flake failed his constituents in my native state of Arizona.",
        "There are a few movie scenes guaranteed to put a lump in my throat every time.",
    ],
)
def test_the_writer_as_me_or_my_is_the_writers_voice(sentence: str) -> None:
    assert in_first_person(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I thank my Democratic colleagues for their unity," Schumer said.',
        "The #MeToo movement reached Hollywood in 2017.",
        "Amy, 34, said the attack left her unable to work.",
    ],
)
def test_quoted_or_reported_words_are_not(sentence: str) -> None:
    assert not in_first_person(sentence)
