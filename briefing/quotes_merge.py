"""One quotation reported by several outlets merged into one, and a story's quotes ranked."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from briefing.models import Quote, QuoteMention
from briefing.quotes_same import WORD, groups, is_name, tokens
from briefing.text import content_words

_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\W*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
# A last word no one ends on: the quotation was cut off ("I'd be on the", an excerpt's end).
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|and|or|but|their|its|my|our|your)$",
    re.IGNORECASE,
)
# Short words a title leaves in lower case: "From the Desk of Donald J. Trump".
_TITLE_SMALL = frozenset("a an and at by for from in of on or the to with vs".split())
_REPEATS_SUMMARY = 0.7
"""Share of a quotation's words in one summary sentence that makes it a weaker key quote ..."""
_SHOWN_IN_SUMMARY = 0.9
"""... and the share that makes it no key quote: the summary already shows it, in context."""
_LIFTED_COST = 1.0
"""Score a quote loses for opening mid-sentence ("will not be facing internal discipline."): the
reporter's words around it carried its subject, so alone it says less than a whole statement. A
statement that ends in a comma before its attribution ('"We reviewed it all," she said') is
whole."""
_OVERTAKEN_COST = 1.0
"""Score a quote loses when only reports that newer ones overtook carry it."""
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


def merge_and_rank(
    mentions: Sequence[QuoteMention],
    order: Mapping[str, int],
    *,
    limit: int,
    summary: Sequence[str],
    overtaken: frozenset[str] = frozenset(),
) -> tuple[Quote, ...]:
    """Merge versions of one quotation and return the ``limit`` most informative quotes.

    ``overtaken`` holds the ids of articles that a report a day or more newer overtook: a quote
    only they carry was said before the story moved on, and gives way to a current one.
    """
    if limit <= 0 or not mentions:
        return ()
    ordered = sorted(mentions, key=lambda m: (order[m.article_id], m.start, m.end))
    clusters = _fullest_names([_cluster(group, order) for group in groups(ordered)])
    clusters = [c for c in clusters if _worth_showing(c)]
    spoken = Counter(c.speaker for c in clusters if c.speaker and is_name(c.speaker))
    summary_words = [set(content_words(sentence)) for sentence in summary]
    clusters = [c for c in clusters if not _repeats(c.text, summary_words, _SHOWN_IN_SUMMARY)]
    scores = [
        _score(c, spoken, summary_words)
        - (_OVERTAKEN_COST if overtaken.issuperset(c.articles) else 0)
        for c in clusters
    ]
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


def _cluster(group: list[QuoteMention], order: Mapping[str, int]) -> _Cluster:
    """Collapse a group of mentions into its fullest version, speaker and articles."""
    fullest = max(group, key=lambda m: (len(tokens(m.text)), -order[m.article_id], -m.start))
    articles = tuple(dict.fromkeys(m.article_id for m in group))
    return _Cluster(tuple(group), fullest.text, _agreed_speaker(group, fullest), articles)


def _agreed_speaker(group: list[QuoteMention], fullest: QuoteMention) -> str | None:
    """Pick the speaker: the most cited full name, else the fullest version's description."""
    names = [m.speaker for m in group if m.speaker and is_name(m.speaker)]
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
    names = {c.speaker for c in clusters if c.speaker and is_name(c.speaker)}
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


def _worth_showing(cluster: _Cluster) -> bool:
    """Leave out words lifted from mid-sentence that no one is shown saying, a short phrase no one
    is shown saying or lifted from mid-sentence, a title, and a quotation cut off before its
    first sentence ends ("A lot of the global south is...", "I'd be on the")."""
    lifted = cluster.text[:1].islower()
    if cluster.speaker is None and lifted:
        return False  # words from mid-sentence, no one shown saying them
    if (cluster.speaker is None or lifted) and len(tokens(cluster.text)) < _UNSPOKEN_MIN_WORDS:
        return False
    if _is_title(cluster.text):
        return False
    cut = _TRAILING_ELLIPSIS.search(cluster.text) or _OPEN_END.search(cluster.text.rstrip())
    return cut is None or _SENTENCE_END.search(cluster.text[: cut.start()]) is not None


def _is_title(text: str) -> bool:
    """Tell the name of a book, show or blog in quotation marks ("From the Desk of Donald J.
    Trump", "Forward: Notes on the Future of Our Democracy") from speech: every word but the
    small ones capitalised, and no sentence's end inside."""
    words = WORD.findall(text)
    if len(words) < 2 or _SENTENCE_END.search(text):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words)


def _score(cluster: _Cluster, spoken: Counter[str], summary: list[set[str]]) -> float:
    """Rate informativeness: named principal speaker, corroboration, substance, novelty."""
    score = 0.0
    if cluster.speaker is not None:
        score += 2.0 if is_name(cluster.speaker) else 0.5
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
