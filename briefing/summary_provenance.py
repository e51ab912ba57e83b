"""Credit a summary sentence to every article that reports it, word for word or as one point.

Short fact sentences ("About 1,100 homes and 300 businesses were flooded.") share too few words
with another outlet's version for the wording rules, and that outlet may spread the same facts
over two or three sentences ("...voted 19 to 14 against the motion, which accused her of
approving the £2.3 million sale." / "...replaced by 86 flats under plans by Harrowgate
Living."). Such an outlet reports the sentence when a short run of its sentences gives every
figure of it, in any usual spelling, and most of its other words: a shared figure alone is not
enough, nor a cast of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.text import terms

NEAR_IDENTICAL = 0.7
"""Dice overlap of content terms above which another article carries the same sentence."""
FACT_SHARE = 0.6
"""Share of a fact sentence's words, figures aside, that the other outlet's sentences must hold.
At half, another fact of the story giving the same figures passes on the story's stock words
("...a cap of 5% plus inflation, up to 10%" / "caps rises at 5% plus inflation ... 10 years")."""
FACT_WORDS = 2
"""Words, figures aside, that the other outlet's run of sentences must share at the least."""
ROUNDING = 0.05
"""Relative gap within which two outlets' figures are one figure rounded ("$139m", "$138m")."""
DAYS = 31
"""Two versions disagree on figures only when each gives one above this (not a day's date)."""
FACT_REACH = 1
"""Sentences either side of the one giving a figure that the other outlet's run takes in."""

# A figure with a unit or scale word fused on ("2.3m", "6.2mn", "14%"): the number is the fact.
_SCALED = re.compile(r"(\d+(?:\.\d+)?)(?:m|mn|bn|b|k|tn|pc|%)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A tally or score ("19-14", "52-48"): the same fact as "19 votes to 14".
_TALLY = re.compile(r"(\d+)-(\d+)")
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Numbers spelt out from ten up ("twelve", "forty-nine"), as figures (small ones mark no fact),
# under the terms they give ("twelv", "twenti").
_NUMBER_WORDS = {
    term: figure
    for word, figure in (
        *((word, str(10 + n)) for n, word in enumerate(_TEENS)),
        *((word, str(20 + 10 * n)) for n, word in enumerate(_TENS)),
        *(
            (f"{ten}-{unit}", str(20 + 10 * n + u + 1))
            for n, ten in enumerate(_TENS)
            for u, unit in enumerate(_UNITS)
        ),
    )
    for term in terms(word)
}
# Words that only spell a figure's scale or unit, one outlet's style ("2.3 million", "14 per cent").
_UNIT_WORDS = frozenset("million billion trillion thousand mn bn m per cent percent pc".split())


def carriers(
    index: int,
    sources: Sequence[int],
    term_sets: Sequence[frozenset[str]],
    bodies: Sequence[Sequence[frozenset[str]]],
    same_point: Callable[[int, int], bool],
) -> list[int]:
    """Return the articles that report candidate ``index``: its own first, then in story order.

    Another article reports it when one of its sentences is near-identical (``bodies`` holds
    every sentence's terms, usable or not, in order), when one of its candidates states the
    same point in other words (``same_point`` compares two candidates, as the repeat rules do),
    unless the two give different figures; or when a short run of its sentences gives the
    sentence's figures and most of its words.
    """
    mine, own = term_sets[index], sources[index]
    found = [own]
    for article, body in enumerate(bodies):
        if article == own:
            continue
        if (
            any(near_identical(mine, other) and not disagree(mine, other) for other in body)
            or any(
                same_point(index, k) and not disagree(mine, term_sets[k])
                for k, source in enumerate(sources)
                if source == article
            )
            or reports_fact(mine, body)
        ):
            found.append(article)
    return found


def near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether two term sets overlap enough to be the same sentence."""
    if not a or not b:
        return False
    return 2 * len(a & b) / (len(a) + len(b)) >= NEAR_IDENTICAL


def disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether two versions of a sentence give telling figures and none of them alike:
    "at least 45 people were killed" is not what an outlet counting 38 dead reported, though
    "$1.4 trillion" is what one writing "$1.37 trillion" did (within ``ROUNDING``)."""
    # A day of the month ("May 20", "the week ended March 20") is a date, not a count; and a
    # small figure both give alike (a magnitude 7.0 against 7.1) does not square 45 dead with 38.
    one = [x for x in map(float, filter(_telling, _split(a)[0])) if x > DAYS]
    two = [y for y in map(float, filter(_telling, _split(b)[0])) if y > DAYS]
    if not one or not two:
        return False
    return not any(abs(x - y) <= ROUNDING * max(x, y) for x in one for y in two)


def reports_fact(mine: frozenset[str], body: Sequence[frozenset[str]]) -> bool:
    """Tell whether a run of ``body``'s sentences reports fact sentence ``mine`` (terms both).

    ``mine`` must give a telling figure (not a year, nor the "000" of "4,000"). A sentence of
    ``body`` that gives one of its telling figures and shares a word with it, with the sentences
    either side, must give all its figures and ``FACT_SHARE`` of its other words (``FACT_WORDS``
    at least).
    """
    figures, words = _split(mine)
    telling = frozenset(f for f in figures if _telling(f))
    if not telling:
        return False
    split = [_split(terms) for terms in body]
    for at, (given, said) in enumerate(split):
        if not telling & given or not words & said:
            continue
        run = split[max(0, at - FACT_REACH) : at + FACT_REACH + 1]
        held = words & frozenset().union(*(w for _, w in run))
        if figures <= frozenset().union(*(f for f, _ in run)) and len(held) >= max(
            FACT_WORDS, FACT_SHARE * len(words)
        ):
            return True
    return False


def _split(terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Divide a sentence's terms into its figures, spelled one way, and its other words."""
    figures: set[str] = set()
    words: set[str] = set()
    for term in terms:
        tally = _TALLY.fullmatch(term)
        scaled = _SCALED.fullmatch(term)
        if tally:
            figures.update(_figure(n) for n in tally.groups())
        elif scaled:
            figures.add(_figure(scaled.group(1)))
        elif _NUMBER.fullmatch(term):
            figures.add(_figure(term))
        elif term in _NUMBER_WORDS:
            figures.add(_NUMBER_WORDS[term])
        elif term not in _UNIT_WORDS:
            # A name with a number in it ("covid-19", "f-22s") is a word here.
            words.add(term)
    return frozenset(figures), frozenset(words)


def _figure(number: str) -> str:
    """One spelling of a number: the last three digits of a long one ("1100" as "1,100" gives)."""
    if len(number) > 3 and number.isdigit() and not _year(number):
        return number[-3:]
    return number


def _telling(figure: str) -> bool:
    """Tell a figure that can mark a fact: not a year, nor the "000" of any round thousand."""
    return not _year(figure) and figure.strip("0.") != ""


def _year(figure: str) -> bool:
    """Tell a year ("2019"), which dates a fact rather than states it."""
    return len(figure) == 4 and figure.isdigit() and figure[:2] in ("19", "20")
