"""Use the budget a greedy selection leaves unspent: swap a chosen sentence for a better one.

The cost-scaled greedy (summary_concepts.select) favours short sentences per word of worth, so
it often stops with words to spare that no remaining sentence fits. A swap pass then replaces
each chosen sentence by the allowed sentence that adds most to what the others already cover,
given the words that its removal frees; it keeps the swap only when the summary gains.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import repeat

from briefing.summary_concepts import Concepts

ROUNDS = 1
"""Passes over the chosen sentences; a second one changed no ROUGE figure of eval_summary."""
MARGIN = 1e-9
"""Least gain that counts as an improvement (keeps ties on the earlier choice)."""


def swap(
    chosen: Sequence[int],
    covers: Sequence[Concepts],
    lengths: Sequence[int],
    weights: dict[str, float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
    bonus: Sequence[float],
    alone: Sequence[float],
    pinned: Collection[int] = (),
) -> list[int]:
    """Replace chosen sentences by better ones that fit; ``pinned`` ones stay (others need them).

    ``alone`` is each sentence's worth by itself plus its bonus: what it adds to others never
    exceeds that, a cheap bound that skips most sentences.
    """
    chosen = list(chosen)
    for _ in range(ROUNDS):
        changed = False
        for slot in range(len(chosen)):
            if chosen[slot] in pinned:
                continue
            others = chosen[:slot] + chosen[slot + 1 :]
            better = _better(
                chosen[slot], others, covers, lengths, weights, budget, allowed, bonus, alone
            )
            trial = [*chosen[:slot], better, *chosen[slot + 1 :]]
            # A sentence chosen after ``pinned`` was fixed may lean on the one swapped out.
            if better >= 0 and all(allowed(j, [k for k in trial if k != j]) for j in others):
                chosen = trial
                changed = True
        if not changed:
            break
    return chosen


def _better(
    current: int,
    others: Sequence[int],
    covers: Sequence[Concepts],
    lengths: Sequence[int],
    weights: dict[str, float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
    bonus: Sequence[float],
    alone: Sequence[float],
) -> int:
    """Return the allowed sentence adding most beside ``others`` (more than ``current``), or -1."""
    covered: set[str] = set().union(*(covers[i] for i in others))
    room = budget - sum(lengths[i] for i in others)
    taken = set(others)
    taken.add(current)

    def gain(i: int) -> float:
        return sum(map(weights.get, covers[i] - covered, repeat(0.0))) + bonus[i]

    floor = gain(current) + MARGIN
    ranked = sorted(
        (
            (-value, i)
            for i in range(len(covers))
            if alone[i] > floor
            and lengths[i] <= room
            and i not in taken
            and (value := gain(i)) > floor
        ),
    )
    # The veto is the costly test: ask it in order of gain and stop at the first allowed.
    return next((i for _, i in ranked if allowed(i, others)), -1)


def with_lead(
    chosen: Sequence[int],
    leads: Sequence[int],
    lengths: Sequence[int],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
) -> list[int]:
    """Make room for a lead in a summary without one: a news lead tells what happened.

    ``leads`` are the candidate leads, best first (the caller checks that none is chosen). The
    last chosen sentences (the least worth of the greedy's picks) give way until the best lead
    that can stand fits, with any chosen sentence leaning on one that gave way.
    """
    chosen = list(chosen)
    if not chosen:
        return chosen
    for lead in leads:
        if lengths[lead] > budget:
            continue
        kept = list(chosen)
        while kept and (
            sum(lengths[i] for i in kept) + lengths[lead] > budget or not allowed(lead, kept)
        ):
            kept.pop()
            kept = [i for i in kept if allowed(i, [j for j in kept if j != i])]
        if allowed(lead, kept):
            return [lead, *kept]
    return chosen
