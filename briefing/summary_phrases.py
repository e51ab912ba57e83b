"""Whether a sentence stands as one: a summary shows sentences, not phrases or broken pieces.

A sentence needs a verb of its own and its brackets closed ("... backed by Sens. Cory Booker and
Ron Wyden (D-Ore." is an excerpt cut inside a parenthesis); one all in brackets is an aside to
the sentence before it.

Pages hold phrases set as sentences: a teaser's "Increased use of the death penalty.", a time
given on its own ("On Friday morning at 9 a.m."), a column's "Thanks to the tax bill, of
course." or the tail of a broken sentence ("Rashida Tlaib and Ilhan Omar from entering the
country."). Without a tagger, a verb is told by its form: an auxiliary or modal (contracted
too), a common verb in any form, or a word that ends like a verb ("-ed", "-s") where a verb
can stand (not first, not after an article). A sentence with none of these is taken for a
phrase; one with a rarer verb in its base form ("Voters abound") is the price, kept small by
the list of common verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache

_AUXILIARIES = frozenset(
    """
    is are was were be been being am has have had having do does did will would shall should can
    could may might must ought isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't
    didn't won't wouldn't shan't shouldn't can't cannot couldn't mightn't mustn't
    """.split()
)
# Contractions that carry a verb: "There's", "he'll", "they're", "I've", "she'd".
_CONTRACTED = re.compile(r"['’](?:s|ll|re|ve|d|m)$")
# Common verbs, base and irregular forms (regular "-s"/"-ed" forms are told by their ending).
_VERBS = frozenset(
    """
    say said tell told ask want need deny accuse plan seek sought call urge warn vow face expect
    hope fear believe think thought know knew known see saw seen look make made take took taken
    give gave given get got gotten go went gone come came show shown ask claim argue agree
    support oppose back reject approve pass vote win won lose lost lead led follow remain stay
    continue begin began begun start end stop keep kept hold held allow let help try work live
    die kill attack fight fought meet met hear heard feel felt seem appear become became include
    require mean meant cost pay paid spend spent buy bought sell sold open close move leave left
    return use find found add report suggest note put set run ran bring brought build built
    send sent fall fell fallen rise rose risen grow grew grown strike struck hit cut shoot shot
    write wrote written read stand stood choose chose chosen break broke broken speak spoke spoken
    drive drove driven fly flew flown eat ate draw drew drawn throw threw thrown wear wore worn
    hide hid catch caught teach taught sit sat sleep slept lie lay lain lend lent bear bore
    become beat bet bind bite bleed blow burn deal dealt dig dug feed fed forget forgot forgive
    freeze froze hang hung hurt lay lit ride rode ring rang rung seek shake shook shine shone
    shut sing sang sink sank slide slid spread spin spun steal stole stick stuck sting swear
    swore sweep swept swim swam swing swung tear tore wake woke weep wept wind wound withdraw
    withdrew withdrawn abound belong exist happen occur remain matter count serve act hope
    live lack insist intend refuse decline fail manage tend vary differ depend rely prefer
    laid fit consider trust
    """.split()
)
_ARTICLES = frozenset("the a an his her its their our my your".split())
"""Words before which a verb form is a noun's ("the plans", "its needs"); not "that", which may
be the subject ("That marked the biggest jump")."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def stands(sentence: str) -> bool:
    """Tell whether a sentence stands as one: a verb of its own, every bracket it opens closed,
    and not all in brackets (an aside to the sentence before it)."""
    text = sentence.strip()
    aside = text.startswith("(") and text.endswith(")")
    return not aside and text.count("(") <= text.count(")") and has_own_verb(text)


def has_own_verb(sentence: str) -> bool:
    """Tell whether a sentence likely holds a verb: False for a phrase set as a sentence."""
    return _verb_in(tuple(_WORD.findall(sentence)))


@lru_cache(maxsize=1 << 14)
def _verb_in(tokens: tuple[str, ...]) -> bool:
    previous = ""
    for index, token in enumerate(tokens):
        word = token.lower().replace("’", "'")
        if word in _AUXILIARIES or word in _VERBS or _CONTRACTED.search(word):
            return True
        if index > 0 and previous not in _ARTICLES and token[:1].islower() and _verb_form(word):
            return True
        previous = word
    return False


def _verb_form(word: str) -> bool:
    """A form a regular verb takes: "walked", "walks" (not "glass", "status", "crisis")."""
    if len(word) <= 3 or "-" in word:
        return False
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
