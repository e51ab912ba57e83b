"""Shorten summary sentences without breaking them: drop asides a reader of a briefing can spare.

A briefing shows each sentence's sources and the story's date beside it, so an attribution to a
report ("..., according to the Journal."), a parenthesis ("(DOJ)"), a leading weekday ("On
Tuesday, ...") or an age between commas ("Stanley, 40, filed") says little that the page does
not; dropping them frees the word budget for one more fact. Every rule removes a whole phrase
that punctuation sets off, so the sentence left is still grammatical; quotations are never
touched, and a sentence that would come out too short or unbalanced is kept as it was.
A summary that still has words to spare once chosen gives its sentences their asides back
(summary.py): the shortening only pays when it buys room for another fact.

``shorten`` goes further and is offered as a choice, not imposed: it drops a closing relative
clause or participial phrase (", who ...", ", saying ..."), which may carry news; the summary
takes the shorter form only where it covers more per word (see summary.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.summary_filters import MIN_WORDS, is_complete
from briefing.summary_trim import has_verb

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN = (
    rf"(?:(?:on\s+|late\s+|early\s+)?{_WEEKDAY}{_PART}|yesterday|today|last\s+(?:week|month)"
    rf"|earlier\s+(?:today|this\s+(?:week|month)|on\s+{_WEEKDAY}))"
)
# A parenthesis of a few words with no quotation in it: "(DOJ)", "(R-Texas)", "( ap )".
# A parenthesis set off by a space: not a section's "(b)" in "230(3)(b)".
_PARENTHESIS = re.compile(r"\s+\((?:[^()\"“”]{1,60})\)(?=[\s,.;:!?])")
_DOUBLE_COMMA = re.compile(r",\s*,")
# "..., according to the campaign." at the end of a sentence.
_ACCORDING_TAIL = re.compile(
    r"\s*,\s*according\s+to\s+[^,;:()\"“”]{1,80}?\s*(?=[.!?][\"'”’)]*$)", re.IGNORECASE
)
_ACCORDING_HEAD = re.compile(r"^according\s+to\s+[^,;:()\"“”]{1,60}?\s*,\s*", re.IGNORECASE)
# "..., the company said Monday." closing a sentence without quotation marks.
_SAID_TAIL = re.compile(
    r"\s*,\s*(?!(?:but|and|or|which|who|while|as|although|though|because|so|when|if|that)\b)"
    r"(?:[\w.'’-]+\s+){1,5}?(?:said|says|reported|reports|announced|confirmed)"
    rf"(?:\s+{_WHEN}|\s+in\s+a\s+statement)?\s*(?=[.!?]$)",
    re.IGNORECASE,
)
# A claim hedged or judged, which stays someone's view: its attribution must stay with it.
_HEDGE = re.compile(
    r"\b(?:likely|unlikely|probably|possibly|perhaps|may|might|could|appears?|seems?|believed"
    r"|suspected|should|must|wrong|mistake|unfair|unacceptable)\b"
)
# What an outlet says of its own reporting: "The Gazette understands that", "has learned".
_OWN_VOICE = (
    r"(?:understands|has\s+learned|has\s+learnt|can\s+reveal|has\s+been\s+told)(?:\s+that)?"
)
_WHEN_HEAD = re.compile(rf"^{_WHEN}\s*,\s*", re.IGNORECASE)
# An age set off by commas after a name: "Charee Stanley, 40, filed". When another aside
# follows ("Pickles, 63, who runs ...", "Walsh, 34, a nurse, said") one comma stays before it.
_AGE = re.compile(r"(?<=[^\W\d_]),\s*\d{1,3}\s*,(?=\s+(?P<next>\w+))")
_ASIDE_OPENERS = frozenset("who whom whose which where a an the from of his her their one".split())
_QUOTE_MARKS = ('"', "“", "”")
# A quoted span: curly or straight double quotes, or single curly quotes around a clause.
_QUOTED = re.compile(r"""“[^“”]*”|"[^"]*"|(?<!\w)‘[^‘]*?[.,!?—–-]’(?!\w)""")


@dataclass(frozen=True, slots=True)
class Rules:
    """Which asides compression drops."""

    parentheses: bool = True
    """Drop short parentheses."""
    according: bool = True
    """Drop "according to ..." attributions."""
    said: bool = True
    """Drop a closing ", X said." from a sentence without quotation marks."""
    when: bool = True
    """Drop a leading "On Tuesday," (the page shows the story's date)."""
    ages: bool = True
    """Drop an age set off by commas."""


RULES = Rules()


def compress(sentence: str, rules: Rules = RULES) -> str:
    """Return the sentence without the asides ``rules`` name, or unchanged when that breaks it."""
    steps: list[Callable[[str], str]] = []
    if rules.parentheses and "(" in sentence:
        steps.append(_drop_parentheses)
    # A view keeps its holder: "Low water is a likely factor, the spokesman said."
    attributed = not _HEDGE.search(sentence)
    if rules.according and attributed and "ccording" in sentence:
        steps.append(_drop_according)
    if rules.said and attributed and not any(mark in sentence for mark in _QUOTE_MARKS):
        steps.append(lambda s: _SAID_TAIL.sub("", s, count=1))
    if rules.when:
        steps.append(lambda s: _capital(_WHEN_HEAD.sub("", s, count=1)))
    if rules.ages:
        steps.append(lambda s: _outside_quotes(s, _AGE, _age_gap))
    shorter = sentence
    for step in steps:
        shorter = step(shorter)
    return shorter if shorter != sentence and _sound(shorter, sentence) else sentence


def said_tail(sentence: str) -> str | None:
    """Return a sentence's closing attribution (", President Donald Trump has announced"), if
    compression would drop one."""
    if _HEDGE.search(sentence) or any(mark in sentence for mark in _QUOTE_MARKS):
        return None
    match = _SAID_TAIL.search(sentence)
    return match.group().strip(" ,") if match else None


def without_own_voice(sentence: str, outlet: str | None) -> str:
    """Drop an opening in which the sentence's outlet speaks of itself ("The Gazette understands
    that ...", "CBS News has learned ..."): a briefing shows the outlet beside the sentence, and
    its merged summary speaks for no one outlet."""
    names = _outlet_names(outlet)
    if not names:
        return sentence
    pattern = re.compile(rf"^(?:the\s+)?(?:{names})\s+{_OWN_VOICE}\s+", re.IGNORECASE)
    shorter = _capital(pattern.sub("", sentence, count=1))
    return shorter if shorter != sentence and _sound(shorter, sentence) else sentence


def _outlet_names(outlet: str | None) -> str:
    """Return a pattern for the outlet's name and each run of its words ("Gazette", "CBS")."""
    parts = [w for w in (outlet or "").split() if w.lower() != "the"]
    runs = {" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
    return "|".join(r"\s+".join(map(re.escape, run.split())) for run in sorted(runs, key=len)[::-1])


def _drop_according(sentence: str) -> str:
    """Remove an "according to" attribution at the end or at the head of a sentence.

    One inside a sentence stays: the words after it may describe its source (", according to
    lawyers for the whistleblower, a senior official ...").
    """
    sentence = _ACCORDING_TAIL.sub("", sentence, count=1)
    return _capital(_ACCORDING_HEAD.sub("", sentence, count=1))


def _age_gap(match: re.Match[str]) -> str:
    """Replace an age between commas: nothing, or one comma when another aside follows."""
    return "," if match.group("next") in _ASIDE_OPENERS else ""


def _outside_quotes(
    sentence: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str] | None = None
) -> str:
    """Remove the matches of ``pattern`` outside quotations only: a quote is never edited."""
    if not pattern.search(sentence):
        return sentence
    pieces = _QUOTED.split(sentence)
    quotes = _QUOTED.findall(sentence)
    kept = [pattern.sub(replace or "", piece) for piece in pieces]
    return "".join(part for pair in zip(kept, [*quotes, ""], strict=True) for part in pair)


def _drop_parentheses(sentence: str) -> str:
    """Remove the short parentheses outside quotations: one set off by commas leaves one comma
    ("Mark Meadows, (R-NC), touched down" is "Mark Meadows, touched down")."""
    if sentence.startswith("("):
        return sentence
    return _DOUBLE_COMMA.sub(",", _outside_quotes(sentence, _PARENTHESIS))


def _capital(sentence: str) -> str:
    """Upper-case the first letter of a sentence that lost its opening phrase."""
    return sentence[:1].upper() + sentence[1:]


def _sound(shorter: str, original: str) -> bool:
    """Tell whether a shortened sentence still stands: complete, long enough, quotes as before."""
    if len(shorter.split()) < MIN_WORDS or not is_complete(shorter):
        return False
    return all(shorter.count(mark) == original.count(mark) for mark in _QUOTE_MARKS)


# A closing phrase that a comma sets off and that a sentence can do without: a non-restrictive
# relative clause (", who ...", ", which ...") or a participial phrase (", saying ...").
# It runs to the end with no comma, colon, quotation mark or bracket of its own: a comma inside
# may close the clause and go back to the main one (", who ..., and replace him with ...").
_TAIL = re.compile(
    r",\s+(?P<head>who|whom|whose|which|where|including|[a-z]{2,}ing)\s+"
    r"(?P<rest>[^,;:\"“”‘’()]+?)\s*(?=[.!?]$)"
)
# Words ending in -ing that are mostly nouns or prepositions, not participles.
_NOT_PARTICIPLE = frozenset(
    "thing nothing something anything everything king ring spring string evening morning "
    "during wedding ceiling building meeting hearing ruling funding shooting bombing briefing "
    "spending training housing polling reporting clothing bring sibling darling".split()
)
# A phrase opened by an -ing word then "and"/"or" ends a list: ", swimming and cycling."
_LIST_ITEM = re.compile(r"(?:and|or)\b", re.IGNORECASE)


def shorten(sentence: str) -> str | None:
    """Return the sentence without a closing relative clause or participial phrase that a comma
    sets off ("Stanley filed suit, saying she was fired." gives "Stanley filed suit."), or None
    when it has none or would not stand without it (too short, no verb left). The phrase holds
    no quotation mark, so quotes stay whole; the last such phrase is the one dropped. Asides
    are not removed: ``sentence`` is ``compress``'s output already.
    """
    compact = sentence
    for start in reversed([m.start() for m in re.finditer(",", compact)]):
        match = _TAIL.match(compact, start)
        if match is None or match.group("head") in _NOT_PARTICIPLE or _lists(match):
            continue
        if compact[:start].endswith("."):
            continue  # "... Edward DeBartolo Jr., who ..." would end on two full stops.
        shorter = compact[:start] + compact[match.end() :]
        if _sound(shorter, compact) and has_verb(shorter.split()):
            return shorter
    return None


def _lists(match: re.Match[str]) -> bool:
    """Tell whether a phrase opened by an -ing word is a list's last items ("running and ...")."""
    return match.group("head").endswith("ing") and bool(_LIST_ITEM.match(match.group("rest")))
