"""One quotation reported by several outlets merged into one, and a story's quotes ranked."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing.models import Quote, QuoteMention
from briefing.text import content_words

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\W*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
# Short words a title leaves in lower case: "From the Desk of Donald J. Trump".
_TITLE_SMALL = frozenset("a an and at by for from in of on or the to with vs".split())
# Two versions are one quotation when they share this many consecutive words ...
_SHARED_RUN = 6
# ... or when the shared run covers this share of the shorter version.
_SHARED_SHARE = 0.8
_REPEATS_SUMMARY = 0.7
"""Share of a quotation's words in one summary sentence that makes it a weaker key quote ..."""
_SHOWN_IN_SUMMARY = 0.9
"""... and the share that makes it no key quote: the summary already shows it, in context."""
_ALL_PAIRS = 64
"""Holders of one word trigram up to which every pair of them is compared ..."""
_NEAREST = 8
"""... and, past it, how many earlier holders each is compared with."""
_LIFTED_COST = 1.0
"""Score a quote loses for opening mid-sentence ("will not be facing internal discipline."): the
reporter's words around it carried its subject, so alone it says less than a whole statement. A
statement that ends in a comma before its attribution ('"We reviewed it all," she said') is
whole."""
_HEARD_COST = 1.5
"""Score a quote loses for each quote of its speaker already chosen (about one more outlet)."""
# A quotation of fewer words with no speaker is a phrase the reporter marks ("war on terror"),
# not something anyone is shown saying: it is never a key quote. Nor is one that opens in
# lower case, a phrase lifted from the middle of what someone said or wrote ("era of
# institutional failure"), whoever said it.
_UNSPOKEN_MIN_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Cluster:
    """The mentions of one quotation across a story's articles."""

    mentions: tuple[QuoteMention, ...]
    """Every mention, in story order."""
    text: str
    """The fullest version."""
    speaker: str | None
    """The speaker the mentions agree on, names preferred over descriptions."""
    articles: tuple[str, ...]
    """Ids of the articles carrying it, in story order."""


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lowercase word tokens with punctuation, ellipses and curly apostrophes ignored."""
    # Every pair of a story's quotations is compared: tokenise each text once.
    return tuple(word.lower().replace("’", "'") for word in _WORD.findall(text))


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


def merge_and_rank(
    mentions: Sequence[QuoteMention],
    order: Mapping[str, int],
    *,
    limit: int,
    summary: Sequence[str],
) -> tuple[Quote, ...]:
    """Merge versions of one quotation and return the ``limit`` most informative quotes."""
    if limit <= 0 or not mentions:
        return ()
    ordered = sorted(mentions, key=lambda m: (order[m.article_id], m.start, m.end))
    clusters = _fullest_names([_cluster(group, order) for group in _groups(ordered)])
    clusters = [c for c in clusters if _worth_showing(c)]
    spoken = Counter(c.speaker for c in clusters if c.speaker and _is_name(c.speaker))
    summary_words = [set(content_words(sentence)) for sentence in summary]
    clusters = [c for c in clusters if not _repeats(c.text, summary_words, _SHOWN_IN_SUMMARY)]
    scores = [_score(c, spoken, summary_words) for c in clusters]
    chosen = _diverse(clusters, scores, limit)
    return tuple(Quote(c.text, c.speaker, c.articles) for c in chosen)


def _diverse(clusters: Sequence[_Cluster], scores: Sequence[float], limit: int) -> list[_Cluster]:
    """Pick the best quotes in turn, preferring a voice not yet heard to one more of a heard one.

    A quote whose speaker is named and not yet chosen beats a better-rated quote of a speaker
    already chosen when it is within ``_HEARD_COST`` per quote heard: three quotes of one person
    crowd out the other side's answer. A quote without a speaker never displaces one (it is
    often the same person, unnamed); and when one person is all a story quotes, theirs are shown.
    """
    voices = [_voice(c.speaker) for c in clusters]
    heard: Counter[str] = Counter()
    order = sorted(range(len(clusters)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    while order and len(chosen) < limit:
        best = order[0]
        fresh = next((i for i in order if voices[i] and not heard[voices[i]]), -1)
        cost = _HEARD_COST * heard[voices[best]] if voices[best] else 0.0
        if fresh >= 0 and scores[fresh] >= scores[best] - cost:
            best = fresh
        order.remove(best)
        chosen.append(best)
        if voices[best]:
            heard[voices[best]] += 1
    return [clusters[i] for i in chosen]


def _voice(speaker: str | None) -> str:
    """Key a speaker by the last word of the name ("Brian Walsh" and "Walsh" are one voice)."""
    return speaker.split()[-1].lower() if speaker and speaker.split() else ""


def _groups(mentions: Sequence[QuoteMention]) -> list[list[QuoteMention]]:
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
    if one is None or two is None or not (_is_name(one) and _is_name(two)):
        return True
    return one.split()[-1] == two.split()[-1]


def _cluster(group: list[QuoteMention], order: Mapping[str, int]) -> _Cluster:
    """Collapse a group of mentions into its fullest version, speaker and articles."""
    fullest = max(group, key=lambda m: (len(tokens(m.text)), -order[m.article_id], -m.start))
    articles = tuple(dict.fromkeys(m.article_id for m in group))
    return _Cluster(tuple(group), fullest.text, _agreed_speaker(group, fullest), articles)


def _agreed_speaker(group: list[QuoteMention], fullest: QuoteMention) -> str | None:
    """Pick the speaker: the most cited full name, else the fullest version's description."""
    names = [m.speaker for m in group if m.speaker and _is_name(m.speaker)]
    if names:
        # "Kerry" and "John Kerry" are one person: count surnames, show the longest form.
        names = [_without_role(name, names) for name in names]
        surnames = Counter(name.split()[-1] for name in names)
        surname = min(
            surnames,
            key=lambda s: (-surnames[s], names.index(next(n for n in names if n.split()[-1] == s))),
        )
        return max((n for n in names if n.split()[-1] == surname), key=lambda n: (len(n), n))
    if fullest.speaker is not None:
        return fullest.speaker
    return next((m.speaker for m in group if m.speaker), None)


def _fullest_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """Name each speaker as fully as the story does: "Biden" of one quote is the "Joe Biden" of
    another. A surname that two full names share ("Joe Biden", "Hunter Biden") stays as it is."""
    names = {c.speaker for c in clusters if c.speaker and _is_name(c.speaker)}
    fuller: dict[str, str] = {}
    for name in names:
        words = name.split()
        longer = [
            other
            for other in names
            if len(other.split()) > len(words) and other.split()[-len(words) :] == words
        ]
        if not longer:
            continue
        fullest = max(longer, key=lambda n: (len(n), n))
        if all(fullest.split()[-len(other.split()) :] == other.split() for other in longer):
            fuller[name] = fullest
    if not fuller:
        return clusters
    return [replace(c, speaker=fuller.get(c.speaker or "", c.speaker)) for c in clusters]


def _without_role(name: str, names: Sequence[str]) -> str:
    """Drop a leading word another outlet leaves out: "Skipper Jamie Rowe" is "Jamie Rowe"."""
    rest = name.split(" ", 1)[-1]
    return rest if len(rest.split()) >= 2 and rest in names else name


def _is_name(speaker: str) -> bool:
    """Tell a person's name ("John Kerry") from a description ("a police spokesman")."""
    return speaker[:1].isupper()


def _worth_showing(cluster: _Cluster) -> bool:
    """Leave out words lifted from mid-sentence that no one is shown saying, a short phrase no one
    is shown saying or lifted from mid-sentence, a title, and a quotation cut off before its
    first sentence ends ("A lot of the global south is...")."""
    lifted = cluster.text[:1].islower()
    if cluster.speaker is None and lifted:
        return False  # words from mid-sentence, no one shown saying them
    if (cluster.speaker is None or lifted) and len(tokens(cluster.text)) < _UNSPOKEN_MIN_WORDS:
        return False
    if _is_title(cluster.text):
        return False
    cut = _TRAILING_ELLIPSIS.search(cluster.text)
    return cut is None or _SENTENCE_END.search(cluster.text[: cut.start()]) is not None


def _is_title(text: str) -> bool:
    """Tell the name of a book, show or blog in quotation marks ("From the Desk of Donald J.
    Trump", "Forward: Notes on the Future of Our Democracy") from speech: every word but the
    small ones capitalised, and no sentence's end inside."""
    words = _WORD.findall(text)
    if len(words) < 2 or _SENTENCE_END.search(text):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words)


def _score(cluster: _Cluster, spoken: Counter[str], summary: list[set[str]]) -> float:
    """Rate informativeness: named principal speaker, corroboration, substance, novelty."""
    score = 0.0
    if cluster.speaker is not None:
        score += 2.0 if _is_name(cluster.speaker) else 0.5
        if spoken and spoken[cluster.speaker] == max(spoken.values()):
            score += 0.5
    score += 1.5 * (len(cluster.articles) - 1)
    length = len(tokens(cluster.text))
    score += min(length, 40) / 20 if length >= 6 else -1.5
    if cluster.text[:1].islower():
        score -= _LIFTED_COST
        if cluster.text[-1:] not in ".?!…":
            score -= 0.5  # a fragment woven into the reporter's sentence reads poorly alone
    if _repeats(cluster.text, summary, _REPEATS_SUMMARY):
        score -= 3.0
    return score


def summary_words(summary: Sequence[str]) -> list[set[str]]:
    """Return each summary sentence's content words, for ``shown_in_summary``."""
    return [set(content_words(sentence)) for sentence in summary]


def shown_in_summary(text: str, summary: list[set[str]]) -> bool:
    """Tell whether a summary sentence (given by ``summary_words``) already shows a quotation
    (nearly all its words)."""
    return _repeats(text, summary, _SHOWN_IN_SUMMARY)


def _repeats(text: str, summary: list[set[str]], share: float) -> bool:
    """Tell whether one summary sentence holds ``share`` of a quotation's content words."""
    words = set(content_words(text))
    return bool(words) and any(len(words & sentence) >= share * len(words) for sentence in summary)
