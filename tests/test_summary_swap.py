"""The swap pass: spend the words a greedy selection left on a sentence worth more."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.summary_swap import swap, with_lead

COVERS = [frozenset({"a"}), frozenset({"b"}), frozenset({"c", "d", "e"}), frozenset({"a", "f"})]
LENGTHS = [5, 5, 9, 9]
WEIGHTS = {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0, "e": 1.0, "f": 1.0}
NO_BONUS = [0.0] * 4
ALONE = [1.0, 1.0, 3.0, 2.0]
"""Each sentence's worth by itself (no bonus)."""


def anything(_index: int, _chosen: Sequence[int]) -> bool:
    """Allow every sentence."""
    return True


def test_a_sentence_is_swapped_for_one_worth_more_that_fits() -> None:
    assert swap([0, 1], COVERS, LENGTHS, WEIGHTS, 14, anything, NO_BONUS, ALONE) == [2, 1]


def test_nothing_changes_when_no_better_sentence_fits() -> None:
    assert swap([0, 1], COVERS, LENGTHS, WEIGHTS, 10, anything, NO_BONUS, ALONE) == [0, 1]


def test_pinned_and_vetoed_sentences_are_respected() -> None:
    def only_short(index: int, _chosen: Sequence[int]) -> bool:
        return LENGTHS[index] < 9

    assert swap([0, 1], COVERS, LENGTHS, WEIGHTS, 14, only_short, NO_BONUS, ALONE) == [0, 1]
    assert swap([0, 1], COVERS, LENGTHS, WEIGHTS, 14, anything, NO_BONUS, ALONE, pinned={0, 1}) == [
        0,
        1,
    ]


def test_a_sentence_another_leans_on_is_not_swapped_out() -> None:
    def one_needs_zero(index: int, chosen: Sequence[int]) -> bool:
        return index != 1 or 0 in chosen  # sentence 1 ('..., he said.') leans on sentence 0

    # Swapping 0 for 2 would leave 1 without the sentence naming its speaker; 1 may go instead.
    found = swap([0, 1], COVERS, LENGTHS, WEIGHTS, 14, one_needs_zero, NO_BONUS, ALONE)
    assert found == [0, 2]
    assert all(one_needs_zero(i, [j for j in found if j != i]) for i in found)


def test_a_lead_is_brought_in_when_no_chosen_sentence_is_one() -> None:
    def zero_needs_one(index: int, chosen: Sequence[int]) -> bool:
        return index != 0 or 1 in chosen  # sentence 0 leans on sentence 1

    # The last chosen sentences give way until lead 3 fits, and 0 goes with the 1 it leans on.
    assert with_lead([2, 0, 1], [3], LENGTHS, 19, zero_needs_one) == [3, 2]
    # A lead longer than the whole budget is passed over; with none left, nothing changes.
    assert with_lead([2, 0, 1], [3], LENGTHS, 8, zero_needs_one) == [2, 0, 1]

    # A lead that may not stand beside the chosen ones (a repeat) makes them all give way.
    def not_with_two(index: int, chosen: Sequence[int]) -> bool:
        return index != 3 or 2 not in chosen

    assert with_lead([2, 0], [3], LENGTHS, 30, not_with_two) == [3]
