"""Concept coverage: weigh the word pairs a story's outlets share, pick sentences that cover most.

After Gillick and Favre (ICSI, TAC 2008-2009) and Lin and Bilmes (ACL 2011): a concept is a
stemmed bigram (not two stop words), a content word or a figure in any spelling; it is worth
the number of articles that carry it, more when it sits in an article's lead, of which the
article's headline counts as part. A summary's value is the total worth of the concepts it
covers, a monotone submodular function, maximised under the word budget by the cost-scaled
greedy with the best-singleton check.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, pairwise, repeat
from operator import and_, not_

from briefing.summary_figures import MARK, figure_concepts
from briefing.text import STOP_WORDS, stem, words

Concepts = frozenset[str]
_ROUNDING = 1e-9
"""Relative margin for summation error when a sentence's earlier rate bounds its current one."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How concepts are weighed and sentences traded against their length."""

    unigram: float
    """Worth of a content word relative to a word pair."""
    lead_bonus: float
    """Extra worth, per article, of a concept found in that article's lead."""
    lead: int
    """Sentences at the start of an article that count as its lead."""
    cost_exponent: float
    """Exponent r of the length in the greedy's gain per cost (Lin and Bilmes use about 0.3)."""
    single: float
    """Worth factor of a concept only one article carries."""
    figure: float
    """Worth of a figure (``summary_figures``) relative to a word pair."""


# Chosen on Multi-News validation stories outside eval_summary's seed-0 sample and on NeuS
# training stories (800 of each); ROUGE was flat within about 0.3 around these values.
# A figure weighs as a word pair: 0.5 and 1.5 scored the same (within 0.05) on both sets.
SETTINGS = Settings(unigram=0.2, lead_bonus=0.5, lead=1, cost_exponent=0.3, single=0.1, figure=1.0)


def concepts(text: str) -> Concepts:
    """Return a sentence's concepts: stemmed bigrams not made of two stop words, content words,
    and its figures in one spelling each."""
    return word_concepts(words(text)) | figure_concepts(text)


def word_concepts(tokens: Iterable[str]) -> Concepts:
    """Return the concepts of a sentence's tokens from ``words``."""
    parts = list(map(_part, tokens))
    if not parts:
        return frozenset()
    stems, stops = zip(*parts, strict=True)
    # Word pairs unless both are stop words, then content words; iterators keep it at C speed.
    both_stops = map(and_, stops, stops[1:])
    found = set(compress(map(" ".join, pairwise(stems)), map(not_, both_stops)))
    found.update(compress(stems, map(not_, stops)))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def _part(token: str) -> tuple[str, bool]:
    """Return a token's stem and whether it is a stop word (or a single letter)."""
    bare = token.replace("'s", "")
    return stem(bare), bare in STOP_WORDS or len(bare) < 2


def concept_weights(
    bodies: Sequence[Sequence[Concepts]],
    settings: Settings = SETTINGS,
    headlines: Sequence[Concepts] = (),
) -> dict[str, float]:
    """Weigh each concept by the articles carrying it, and by the article leads carrying it.

    ``headlines`` holds each article's headline concepts (empty for an article without a usable
    headline), or nothing at all: a headline counts as part of its article's lead, the outlet's
    own statement of the news. A concept only one article carries keeps ``settings.single`` of
    its worth: what several outlets report is the news. A story of one article counts sentences
    instead of articles.
    """
    if headlines:
        bodies = [_headed(body, title) for body, title in zip(bodies, headlines, strict=True)]
    units = bodies if len(bodies) > 1 else [[s] for body in bodies for s in body]
    carriers: Counter[str] = Counter()
    for unit in units:
        carriers.update(frozenset().union(*unit))
    leads: Counter[str] = Counter()
    for body in bodies:
        leads.update(frozenset().union(*body[: settings.lead]))
    weights = {}
    for concept, count in carriers.items():
        weight = count + settings.lead_bonus * leads.get(concept, 0)
        factor = 1.0 if count > 1 else settings.single
        weights[concept] = weight * factor * _kind(concept, settings)
    return weights


def _kind(concept: str, settings: Settings) -> float:
    """Worth factor of a concept's kind: a word pair, a figure or a content word."""
    if " " in concept:
        return 1.0
    return settings.figure if concept.startswith(MARK) else settings.unigram


def _headed(body: Sequence[Concepts], headline: Concepts) -> Sequence[Concepts]:
    """Join an article's headline concepts to its first sentence's (or stand for it)."""
    if not headline:
        return body
    return [headline | body[0], *body[1:]] if body else [headline]


def select(
    covers: Sequence[Concepts],
    lengths: Sequence[int],
    weights: dict[str, float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
    bonus: Sequence[float],
    settings: Settings = SETTINGS,
) -> list[int]:
    """Pick sentences greedily by covered worth per word**r within the budget.

    ``allowed(i, chosen)`` vetoes a sentence given those chosen so far (readability rules).
    The greedy result is replaced by the best single sentence when that is worth more.
    """
    chosen: list[int] = []
    covered: set[str] = set()
    used = 0
    costs = [max(1, length) ** settings.cost_exponent for length in lengths]
    # A sentence's rate only falls as concepts get covered: one whose last rate (plus far more
    # than any rounding) cannot beat the best so far this round need not be rated again.
    ceilings = [math.inf] * len(covers)
    while True:
        best, best_rate = -1, 0.0
        for i, cover in enumerate(covers):
            if used + lengths[i] > budget or i in chosen:
                continue
            if ceilings[i] + abs(ceilings[i]) * _ROUNDING <= best_rate:
                continue
            gain = sum(map(weights.get, cover - covered, repeat(0.0))) + bonus[i]
            rate = ceilings[i] = gain / costs[i]
            # The veto is the costly test: ask it only of a sentence that would win.
            if rate > best_rate and allowed(i, chosen):
                best, best_rate = i, rate
        if best < 0:
            break
        chosen.append(best)
        covered |= covers[best]
        used += lengths[best]
    return _best_singleton(chosen, covers, lengths, weights, budget, allowed)


def _best_singleton(
    chosen: list[int],
    covers: Sequence[Concepts],
    lengths: Sequence[int],
    weights: dict[str, float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
) -> list[int]:
    """Return the single allowed sentence worth more than the greedy's pick, if any."""
    total = worth(frozenset().union(*(covers[i] for i in chosen)), weights)
    best, best_worth = -1, total
    for i, cover in enumerate(covers):
        if lengths[i] <= budget:
            alone = worth(cover, weights)
            if alone > best_worth and allowed(i, []):
                best, best_worth = i, alone
    return [best] if best >= 0 else chosen


def worth(cover: set[str] | Concepts, weights: dict[str, float]) -> float:
    """Total worth of a set of concepts."""
    return sum(map(weights.get, cover, repeat(0.0)))
