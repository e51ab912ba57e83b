"""Which quote mentions are versions of one quotation: the same words, whatever the outlet's
case, punctuation, cuts and ellipses, and speakers not in conflict."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.models import QuoteMention

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
# Two versions are one quotation when they share this many consecutive words ...
_SHARED_RUN = 6
# ... or when the shared run covers this share of the shorter version.
_SHARED_SHARE = 0.8
_ALL_PAIRS = 64
"""Holders of one word trigram up to which every pair of them is compared ..."""
_NEAREST = 8
"""... and, past it, how many earlier holders each is compared with."""


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lowercase word tokens with punctuation, ellipses and curly apostrophes ignored."""
    # Every pair of a story's quotations is compared: tokenise each text once.
    return tuple(word.lower().replace("’", "'") for word in WORD.findall(text))


def longest_shared_run(first: Sequence[str], second: Sequence[str]) -> int:
    """Return the length of the longest run of consecutive tokens the two sequences share."""
    where: dict[str, list[int]] = {}
    for index, other in enumerate(second, start=1):
        where.setdefault(other, []).append(index)
    best = 0
    # Run lengths ending at each matching position of ``second``; most tokens match nowhere.
    previous: dict[int, int] = {}
    for token in first:
        current = {index: previous.get(index - 1, 0) + 1 for index in where.get(token, ())}
        best = max(best, *current.values()) if current else best
        previous = current
    return best


def same_quote(first: str, second: str) -> bool:
    """Tell whether two quotations are versions of one (case, punctuation, cuts, ellipses)."""
    one, two = tokens(first), tokens(second)
    if not one or not two:
        return False
    run = longest_shared_run(one, two)
    if run >= _SHARED_RUN or run >= _SHARED_SHARE * min(len(one), len(two)) >= 2:
        return True
    shorter, longer = sorted((first, second), key=lambda text: len(tokens(text)))
    return _cut_from(shorter, tokens(longer))


def _cut_from(shorter: str, longer: Sequence[str]) -> bool:
    """Tell whether ``shorter`` is ``longer`` cut at ellipses: each part found in order."""
    parts = [part for part in map(tokens, _ELLIPSIS.split(shorter)) if part]
    if len(parts) < 2 or sum(map(len, parts)) < 3:
        return False
    position = 0
    for part in parts:
        found = _find(part, longer, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _find(part: Sequence[str], longer: Sequence[str], start: int) -> int:
    """Return where the token run ``part`` first occurs in ``longer`` from ``start``, or -1."""
    size = len(part)
    for index in range(start, len(longer) - size + 1):
        if tuple(longer[index : index + size]) == tuple(part):
            return index
    return -1


def groups(mentions: Sequence[QuoteMention]) -> list[list[QuoteMention]]:
    """Partition mentions into quotations (single-link, first mention order kept)."""
    parent = list(range(len(mentions)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for later, earlier in _candidate_pairs([m.text for m in mentions]):
        if root(earlier) != root(later) and _compatible(mentions[earlier], mentions[later]):
            parent[root(later)] = root(earlier)
    groups: dict[int, list[QuoteMention]] = {}
    for index, mention in enumerate(mentions):
        groups.setdefault(root(index), []).append(mention)
    return list(groups.values())


def _candidate_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Return the pairs ``(later, earlier)`` that can be versions of one quotation, in the order
    a full pairwise scan meets them, without comparing every pair (a transcript quotes hundreds
    of times). ``same_quote`` needs a shared run of three words at least, hence a shared word
    trigram; or the shorter text cut at ellipses with every word of it in the longer, hence its
    rarest word in the longer. Exact while no trigram has more than ``_ALL_PAIRS`` holders."""
    trigrams: dict[tuple[str, ...], list[int]] = {}
    holders: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        words = tokens(text)
        for gram in dict.fromkeys(zip(words, words[1:], words[2:], strict=False)):
            trigrams.setdefault(gram, []).append(index)
        for word in dict.fromkeys(words):
            holders.setdefault(word, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in trigrams.values():
        # A run that dozens of quotations share (a transcript's refrain) pairs each with its
        # nearest few holders only: versions of one quotation still chain into one group.
        reach = len(members) if len(members) <= _ALL_PAIRS else _NEAREST
        pairs.update(
            (later, earlier)
            for i, later in enumerate(members)
            for earlier in members[max(0, i - reach) : i]
        )
    for index, text in enumerate(texts):
        words = tokens(text)
        if words and _ELLIPSIS.search(text):
            rarest = min(dict.fromkeys(words), key=lambda word: len(holders[word]))
            pairs.update((max(index, o), min(index, o)) for o in holders[rarest] if o != index)
    return sorted(pairs)


def _compatible(first: QuoteMention, second: QuoteMention) -> bool:
    """Tell whether two mentions are one quotation: same words, speakers not in conflict."""
    if not same_quote(first.text, second.text):
        return False
    one, two = first.speaker, second.speaker
    if one is None or two is None or not (is_name(one) and is_name(two)):
        return True
    return one.split()[-1] == two.split()[-1]


def is_name(speaker: str) -> bool:
    """Tell a person's name ("John Kerry") from a description ("a police spokesman")."""
    return speaker[:1].isupper()
