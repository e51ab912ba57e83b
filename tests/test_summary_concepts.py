"""Concept coverage: which word pairs count, how outlets weigh them, the budgeted greedy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from briefing.summary_concepts import SETTINGS, concept_weights, concepts, select, worth


def anything(index: int, chosen: Sequence[int]) -> bool:
    """Allow every sentence."""
    return True


def test_concepts_are_stemmed_pairs_and_content_words_without_stop_pairs() -> None:
    assert concepts("The votes were counted in Lowmoor.") == {
        "the vot",
        "vot wer",
        "wer count",
        "count in",
        "in lowmoor",
        "vot",
        "count",
        "lowmoor",
    }


def test_concepts_shared_by_outlets_outweigh_those_one_carries() -> None:
    first = [concepts("Ferry vote passes."), concepts("Residents object.")]
    second = [concepts("Board backs ferry vote.")]
    weights = concept_weights([first, second])
    # Two articles, both leads: 2 + 0.5 * 2 = 3.
    assert weights["ferri vot"] == pytest.approx(2 + 2 * SETTINGS.lead_bonus)
    # One article, not its lead: discounted.
    assert weights["resident object"] == pytest.approx(SETTINGS.single)
    assert weights["ferri"] == pytest.approx(weights["ferri vot"] * SETTINGS.unigram)
    assert weights["ferri vot"] > weights["board back"] > weights["resident object"]


def test_a_headline_counts_as_part_of_its_article_lead() -> None:
    first = [concepts("Residents object."), concepts("The ferry vote passed.")]
    second = [concepts("Board backs ferry vote.")]
    plain = concept_weights([first, second])
    headed = concept_weights(
        [first, second], headlines=[concepts("Ferry vote passes"), frozenset()]
    )
    # The first article's headline carries "ferri vot" into its lead: 2 carriers, 2 leads.
    assert plain["ferri vot"] == pytest.approx(2 + SETTINGS.lead_bonus)
    assert headed["ferri vot"] == pytest.approx(2 + 2 * SETTINGS.lead_bonus)
    # A pair only the headline and no other article carries stays a single article's.
    assert headed["vot pass"] == pytest.approx((1 + SETTINGS.lead_bonus) * SETTINGS.single)
    assert headed["resident object"] == plain["resident object"]


def test_a_headline_stands_for_an_article_without_sentences() -> None:
    weights = concept_weights(
        [[concepts("Ferry vote.")], []], headlines=[frozenset(), concepts("Ferry vote")]
    )
    assert weights["ferri vot"] == pytest.approx(2 + 2 * SETTINGS.lead_bonus)


def test_single_article_counts_recurring_concepts_by_sentence() -> None:
    body = [
        concepts("Ferry vote passes."),
        concepts("The ferry vote was close."),
        concepts("Rain."),
    ]
    weights = concept_weights([body])
    assert weights["ferri vot"] > weights["vot pass"] > 0
    assert weights["rain"] < weights["ferri"]


def test_greedy_covers_shared_concepts_within_the_budget() -> None:
    covers = [frozenset({"a b", "c d"}), frozenset({"a b"}), frozenset({"e f"}), frozenset()]
    weights = {"a b": 3.0, "c d": 2.0, "e f": 1.0}
    chosen = select(covers, [10, 5, 10, 3], weights, 20, anything, [0.0] * 4)
    assert chosen == [0, 2]
    assert worth(frozenset().union(*(covers[i] for i in chosen)), weights) == 6.0


def test_nothing_covered_twice_and_vetoes_are_kept() -> None:
    covers = [frozenset({"a b"}), frozenset({"a b"}), frozenset({"c d"})]
    weights = {"a b": 3.0, "c d": 1.0}

    def not_first(index: int, chosen: Sequence[int]) -> bool:
        return index != 0

    assert select(covers, [5, 5, 5], weights, 100, not_first, [0.0] * 3) == [1, 2]


def test_best_singleton_replaces_a_poorer_greedy_pick() -> None:
    # Per word**r the short sentence wins first, then the long one no longer fits.
    covers = [frozenset({"a b"}), frozenset({"c d", "e f", "g h"})]
    weights = {"a b": 2.0, "c d": 1.0, "e f": 1.0, "g h": 1.0}
    assert select(covers, [2, 60], weights, 60, anything, [0.0, 0.0]) == [1]


def test_bonus_rewards_a_sentence_that_covers_nothing_new() -> None:
    covers = [frozenset({"a b"}), frozenset({"a b"}), frozenset({"c d"})]
    weights = {"a b": 1.0, "c d": 0.2}
    assert select(covers, [5, 5, 5], weights, 10, anything, [0.0, 0.5, 0.0]) == [1, 2]
    assert select(covers, [5, 5, 5], weights, 10, anything, [0.0, 0.0, 0.0]) == [0, 2]
