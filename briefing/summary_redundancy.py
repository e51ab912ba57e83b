"""Tell when two summary sentences state the same point, though worded differently.

Outlets that report one fact rarely share its words ("five fishermen were lifted to safety" and
"lifeboat crew rescued all five men"), but they keep its anchors: the names, numbers and days.
Two sentences from different articles repeat each other when the anchors of one are nearly all
in the other and enough of their content words meet. A paraphrase that introduces a quotation
("Pellow said the crew had to time each approach.", then '"...," he said.') makes one point with
it, so it is compared as one with the quotation joined on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.summary_acts import act
from briefing.summary_filters import leans_on_context
from briefing.summary_measures import (
    calendar_dates,
    clock_times,
    measure_sets,
    near_measures,
    rounded_measures,
    split_alike,
    tallies,
)
from briefing.text import STOP_WORDS, stem, terms

_NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion dozen dozens hundreds thousands millions billions
    first second third fourth fifth sixth seventh eighth ninth tenth half
    """.split()
)
_DAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """.split()
)
# A word, or a number with its thousands ("40,000" is one figure, not "40" and "000").
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|[^\W_][\w'’.-]*")

ANCHOR_SHARE = 1.0
"""Share of the fewer anchors that the other sentence must hold as well (all of them)."""
MIN_ANCHORS = 3
"""Anchors two sentences must share before their anchors can mark them as one point."""
TERM_SHARE = 0.3
"""Share of the shorter sentence's content terms the other must hold as well."""
LOOSE_ANCHORS = 4
"""Anchors shared that mark one point though each sentence names something the other does not
("The White House on Friday announced..." and "The administration on Friday announced...")."""
LOOSE_SHARE = 0.7
"""Share of the fewer anchors shared, then."""
LOOSE_TERM_SHARE = 0.5
"""Share of the shorter sentence's content terms the other must hold, then."""
FIGURE_TERMS = 2
"""Content terms (the figure among them) two sentences sharing a distinctive figure must share."""
CLOCK_TERMS = 2
"""Content terms (the time aside) two sentences giving one clock time must share."""
DATE_TERMS = 3
"""Content terms (the date aside) two sentences naming one day of a month must share."""
_HALVES = frozenset({"a.m", "p.m", "am", "pm"})
WORD_SHARE = 0.5
"""Share of the shorter sentence's content terms the other holds that marks two outlets' sentences
as one point whatever their anchors ("...to hand over their tax returns in order to appear on the
state's primary-election ballot" / "...to publish their tax returns to appear on the state's
primary ballot")."""
LEAD_SHARE = 0.35
"""The same share for two outlets' leads, which mostly report the one event in their own words."""
MIN_SHARED = 4
"""Content terms, names and figures aside, two sentences must share before their share of words
can mark one point (a speaker's name and a verb or two do not make one)."""
TALLY_ANCHORS = 2
"""Names or days two sentences giving a result as two figures must share to report one result."""
POINT_SHARE = 0.6
"""Share of the shorter point's content terms the other must hold (a paraphrase and quote)."""
LEAD_WORDS = 2
"""Content words, names and figures aside, two outlets' leads naming one actor must share to
tell one event ("... nomination ... has been withdrawn" / "... troubled nomination ... died")."""
LEAD_TERM_SHARE = 0.3
"""Share of the shorter lead's content terms the other must hold, then."""


@dataclass(frozen=True, slots=True)
class Point:
    """What a sentence states, as the words redundancy is judged on."""

    source: int
    """Index of its article in the story."""
    terms: frozenset[str]
    """Stemmed content words of the sentence."""
    anchors: frozenset[str]
    """Its names, numbers and dates, lowercased and stemmed."""
    joined: frozenset[str]
    """Its content words with those of a quotation that leans on it (else just its own)."""
    lead: bool = False
    """Whether it opens its article."""
    tallies: tuple[float | None, ...] = ()
    """The results it gives as two figures ("18,240 votes to 16,572", "52.4% to 47.6%", "2-1"),
    each as the first figure's share of the two, or None when the total is too small to tell."""
    act: tuple[str, str] | None = None
    """The name it opens with and its verb ("Halvorsen conceded ..."), if it opens with one."""
    measures: frozenset[str] = frozenset()
    """Its figures with their units ("$92", "47 %", "15 million")."""
    rough: frozenset[str] = frozenset()
    """Those of them it gives as rough figures ("more than 10%")."""
    clocks: frozenset[str] = frozenset()
    """The clock times it gives, on the 24-hour clock ("20:20")."""
    dates: frozenset[str] = frozenset()
    """The days of a month it names ("mar-23")."""


def anchors(text: str) -> frozenset[str]:
    """Return a sentence's names, numbers and dates, lowercased and stemmed.

    A run of capitalised words is one name, known by its last word ("Amy Coney Barrett" and
    "Barrett" meet); a lone capitalised first word is only the sentence's capital.
    """
    found: set[str] = set()
    tokens = _TOKEN.findall(text)
    run: list[str] = []
    for index, token in enumerate([*tokens, ""]):
        kind, form = _anchor_token(token)
        if kind == _NAME_WORD:
            run.append(form)
            continue
        if run and (len(run) > 1 or index > 1):
            found.add(stem(run[-1].removesuffix("'s")))
        run = []
        if kind != _OTHER:
            found.add(form)
    return frozenset(found - STOP_WORDS)


_NAME_WORD, _FIGURE, _OTHER = range(3)
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


@lru_cache(maxsize=1 << 15)
def _anchor_token(token: str) -> tuple[int, str]:
    """Tell whether a token is a word of a name, a figure (a number or day) or neither; its form.

    Tokens recur across a story's sentences: each is looked at once.
    """
    lower = token.lower().rstrip(".").replace("’", "'")
    if token[:1].isupper() and lower not in _DAYS and lower not in _NUMBER_WORDS:
        return _NAME_WORD, lower
    # A letters-only token (most of them) holds no digit: skip the character scan.
    if not lower.isalpha() and any(c.isdigit() for c in lower):
        # "322-to-87" is "322-87"; "March 23rd" is "March 23".
        return _FIGURE, _ORDINAL.sub(r"\1", lower.rstrip("s").replace("-to-", "-"))
    if lower in _NUMBER_WORDS or lower in _DAYS:
        return _FIGURE, lower
    return _OTHER, lower


def point(
    source: int,
    text: str,
    follower: str | None = None,
    *,
    own: frozenset[str] | None = None,
    lead: bool = False,
) -> Point:
    """Describe a sentence's point; ``follower`` is a quotation that leans on it, if any.

    ``own`` is the sentence's stemmed content words when the caller holds them already; ``lead``
    tells that the sentence opens its article.
    """
    own = frozenset(terms(text)) if own is None else own
    joined = own | frozenset(terms(follower)) if follower else own
    every, rough = measure_sets(text)
    clocks = clock_times(text)
    return Point(
        source,
        own,
        anchors(text),
        joined,
        lead,
        tallies(text),
        act(text),
        every,
        rough,
        clocks,
        calendar_dates(text),
    )


def quoted_follower(texts: Sequence[str], index: int) -> str | None:
    """Return the sentence after ``index`` when it is a quotation leaning on it ('..., he said')."""
    following = texts[index + 1] if index + 1 < len(texts) else ""
    quoted = any(mark in following for mark in ('"', "“", "‘"))
    return following if quoted and leans_on_context(following) else None


def same_point(a: Point, b: Point) -> bool:
    """Tell whether two sentences of different articles state the same point."""
    if a.source == b.source:
        return False
    return (
        _worded_repeat(a, b)
        or _anchored_repeat(a, b)
        or _quoted_repeat(a, b)
        or _figure_repeat(a, b)
        or _tally_repeat(a, b)
        or _clock_repeat(a, b)
        or _date_repeat(a, b)
        or (a.act is not None and a.act == b.act)
        or _lead_repeat(a, b)
    )


def reports_point(a: Point, b: Point) -> bool:
    """Tell whether sentence ``b`` of another article reports ``a``'s point, sure enough to credit
    its outlet: half the shorter one's wording shared (two leads no less), or ``a``'s paraphrase
    and quotation. A shared figure or cast of names marks a repeat to leave out, not a report."""
    if a.source == b.source:
        return False
    return _worded_repeat(a, b, WORD_SHARE) or _quoted_repeat(a, b)


def _worded_repeat(a: Point, b: Point, least: float | None = None) -> bool:
    """Much of the shorter sentence's wording is in the other: a lower share for two leads."""
    shared = a.terms & b.terms
    if len(shared - a.anchors - b.anchors) < MIN_SHARED:
        return False
    if least is None:
        least = LEAD_SHARE if a.lead and b.lead else WORD_SHARE
    return len(shared) >= least * min(len(a.terms), len(b.terms))


def _lead_repeat(a: Point, b: Point) -> bool:
    """Two outlets' leads name one actor and share a few words of what happened: each outlet
    opens with the story's event in its own words ("Tulsi Gabbard announced Thursday that she
    will suspend her 2020 presidential campaign" / "After a year of barely cracking 1% in the
    polls, Rep. Tulsi Gabbard ended her presidential campaign"), and one is enough."""
    if not (a.lead and b.lead):
        return False
    shared = a.terms & b.terms
    named = any(not x[:1].isdigit() and x not in _DAYS for x in a.anchors & b.anchors)
    return (
        named
        and len(shared - a.anchors - b.anchors) >= LEAD_WORDS
        and _share(a.terms, b.terms) >= LEAD_TERM_SHARE
    )


def _figure_repeat(a: Point, b: Point) -> bool:
    """Both give one distinctive figure ("67-32", "1.2 trillion", "$92", "47%"; "3.3 million" for
    "3.28 million"), or one a rough figure and the other one near it, and talk of the same
    thing."""
    # The figure's own pieces ("40" and "000" of "40,000") are one term at most.
    words = len([t for t in a.terms & b.terms if not t[:1].isdigit()])
    if (
        a.measures & b.measures
        or rounded_measures(a.measures, b.measures)
        or any(map(_distinctive, a.anchors & b.anchors))
    ):
        return words + 1 >= FIGURE_TERMS
    # A rough figure and one near it ("more than 10%", "about 11%") and more words in common.
    rough = near_measures(a.rough, b.measures) or near_measures(b.rough, a.measures)
    return rough and words >= FIGURE_TERMS


def _clock_repeat(a: Point, b: Point) -> bool:
    """Both give one clock time and share two more content words: "It struck near Ridgecrest at
    about 8:20 p.m." and "The powerful quake struck around 8:20 p.m. local time"."""
    if not a.clocks & b.clocks:
        return False
    words = [t for t in a.terms & b.terms if not t[:1].isdigit() and t not in _HALVES]
    return len(words) >= CLOCK_TERMS


def _date_repeat(a: Point, b: Point) -> bool:
    """Both name one day of a month and share three more content words: "The Knesset voted to
    dissolve itself ..., setting a general election for March 23" and "On December 2nd the
    Knesset voted to dissolve itself, setting an election for March 23rd 2027"."""
    if not a.dates & b.dates:
        return False
    words = [t for t in a.terms & b.terms if not t[:1].isdigit() and t not in _DAYS]
    return len(words) >= DATE_TERMS


def _tally_repeat(a: Point, b: Point) -> bool:
    """Both give a result as two figures and name the same people or day: one outlet's "beat
    Halvorsen on Tuesday 18,240 votes to 16,572" is another's "defeated Halvorsen 52.4% to
    47.6% in Tuesday's runoff". One name is enough when the two results split alike, so that
    "Okonkwo had 52.4% of the vote to Halvorsen's 47.6%" repeats "beat Halvorsen 18,240 votes to
    16,572". The very same uneven result ("passed 220-211", "The vote of 220 to 211") needs no
    name: a story rarely has two votes that split alike to the last vote."""
    if not (a.tallies and b.tallies):
        return False
    if any(x is not None and x == y and x != 0.5 for x in a.tallies for y in b.tallies):
        return True
    shared = [anchor for anchor in a.anchors & b.anchors if not anchor[:1].isdigit()]
    if len(shared) >= TALLY_ANCHORS:
        return True
    return bool(shared) and split_alike(a.tallies, b.tallies)


def _distinctive(anchor: str) -> bool:
    """Tell a figure rare enough that two sentences giving it give one fact: "67-32", "1.2",
    "150"; not "12", a year, or the "000" of "2,000"."""
    if not anchor[:1].isdigit() or not anchor.strip("0.,-"):
        return False
    if len(anchor) == 4 and anchor.isdigit() and anchor[:2] in ("19", "20"):
        return False
    return sum(c.isdigit() for c in anchor) >= 3 or any(c in ".-" for c in anchor)


def _anchored_repeat(a: Point, b: Point) -> bool:
    """The anchors of one are in the other and some content words meet; or most anchors are
    shared, there are many of them, and half the content words meet."""
    shared = len(a.anchors & b.anchors)
    fewer = min(len(a.anchors), len(b.anchors))
    if shared < MIN_ANCHORS:
        return False
    if shared >= ANCHOR_SHARE * fewer:
        return _share(a.terms, b.terms) >= TERM_SHARE
    loose = shared >= LOOSE_ANCHORS and shared >= LOOSE_SHARE * fewer
    return loose and _share(a.terms, b.terms) >= LOOSE_TERM_SHARE


def _quoted_repeat(a: Point, b: Point) -> bool:
    """A paraphrase joined with its quotation covers most of the other's point."""
    if a.joined == a.terms and b.joined == b.terms:
        return False
    return _share(a.joined, b.terms) >= POINT_SHARE or _share(a.terms, b.joined) >= POINT_SHARE


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set's items that the other holds."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0
