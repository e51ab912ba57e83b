"""Photo captions beside bare credit lines: how sure we are that a paragraph describes a picture.

A caption describes what a photo shows: present tense ("Protesters gather"), often "(L)" or
"pictured", and usually ends with where and when ("outside the court in Lyon on Monday."). A lead
paragraph tells what happened: past, perfect or future tense ("The court ruled", "has agreed",
"will vote"). Only the shape of the words counts, never a site's wording.
"""

from __future__ import annotations

import re

from briefing.content.furniture import is_caption_like

_MAX_WORDS = 45
_SHORT = 15
_POSITIONAL = re.compile(
    r"\((?:[LRC]|[Ll]eft|[Rr]ight|[Cc]ent(?:er|re)|[Ff]ront|[Bb]ack|[Tt]op|[Bb]ottom|"
    r"(?:2nd|3rd|second|third) (?:[LR]|left|right))\)|"
    r"\b(?:from left|left to right|right to left|(?:is|are|was|were) (?:seen|pictured|shown)|"
    r"pictured|in this (?:file )?(?:photo|picture|image|handout)|file (?:photo|picture|image)|"
    r"poses? for|photographed)\b",
)
# Verbs of what a picture shows, in the present tense (plural and singular subject).
_SHOWS = (
    "gather|stand|sit|walk|march|hold|wave|look|speak|arrive|leave|attend|react|watch|carry|"
    "wait|pray|mourn|celebrate|cheer|rally|queue|pass|ride|cross|work|inspect|listen|gesture|"
    "shake|embrace|hug|kneel|lie|run|fly|burn|rise|float|pose|greet|clear|search|sift|chant|"
    "block|play|lay|place|light|fill|crowd|flee|survey|battle|fight|tackle|stroll|board|"
    "enter|exit|pack|line|sweep|remove|raise|display|address|visit|tour|hang|dance|sing|"
    "shout|weep|cry|stare|point|push|pull|load|unload|guard|patrol|drive|swim|climb"
)
_PRESENT = re.compile(
    rf"\b(?:(?:{_SHOWS})(?:s|es)?|lies|flies|carries|cries"
    r"|(?:is|are) (?:being )?\w+(?:ed|en|wn))\b",
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NAME = r"[A-Z][\w.'’-]*"
_PLACE_OR_DATE_END = re.compile(
    rf"(?:\b(?:in|at|near|outside|inside|on|above|over|across|along|off|of|from)"
    rf" (?:the )?{_NAME}(?:(?:,? |, )(?:{_NAME}|\d{{1,2}},?|\d{{4}}|of|the|de|la|del))*"
    rf"|\b{_WEEKDAY}|\b{_MONTH} \d{{1,2}}(?:,? \d{{4}})?|\b\d{{1,2}} {_MONTH}(?: \d{{4}})?"
    r"|\b(?:19|20)\d\d)[.)”’\"]*$"
)
# Signs of a report of events rather than a picture: tenses a photo cannot show.
_AUXILIARY = re.compile(
    r"\b(?<!who )(?<!that )(?<!which )(?:has|have|had|was|were|will|would|could|should|did|been"
    r"|may|might|must|began|broke|brought|came|fell|fled|found|gave|grew|kept|knew|led|lost|made"
    r"|met|paid|rose|sank|saw|sent|sold|spent|spoke|stood|took|told|went|won|wrote)\b"
)
# A regular past after a subject word ("Police detained"), not an adjective ("an injured man").
_PAST_AFTER_SUBJECT = re.compile(
    r"\b(?!(?:a|an|the|of|and|with|by|as|is|are|be|being|who|that|which)\b)[A-Za-z]+ [a-z]{2,}ed\b"
)
# A noun phrase with a past participle and its agent, the verbless caption: "A car set on fire
# by rioters in Lyon." It counts only when no finite verb follows.
_REDUCED = re.compile(
    r"^(?:\S+ ){1,5}(?:[a-z]{2,}(?:ed|en)|set|hit|shot|burnt|torn|left|cut|hurt|struck)"
    r"(?: [a-z]+){0,3} by\b"
)


def caption_score(paragraph: str) -> int:
    """Score how clearly a paragraph describes a photo: 0 or less means not at all."""
    text = paragraph.strip()
    if not is_caption_like(text) or len(text.split()) > _MAX_WORDS:
        return 0
    if _POSITIONAL.search(text):
        return 3
    place_or_date = 1 if _PLACE_OR_DATE_END.search(text) else 0
    present = _PRESENT.search(text)
    narrative = _narrative(text)
    # The first verb is the main one: "Mourners chant ... a man killed when clashes erupted"
    # shows mourners; "The council has voted ... as crowds gather" reports a vote.
    if present and (narrative is None or present.start() < narrative):
        return 2 + place_or_date
    reduced = _REDUCED.search(text)
    if reduced and _narrative(text[reduced.end() :]) is None:
        return 2 + place_or_date
    return place_or_date - (2 if narrative is not None else 0)


def _narrative(text: str) -> int | None:
    """Return where the first verb in a tense a photo cannot show stands, or None."""
    found = (_AUXILIARY.search(text), _PAST_AFTER_SUBJECT.search(text))
    return min((m.start() for m in found if m), default=None)


def is_caption_after_credit(paragraph: str, *, may_be_lead: bool) -> bool:
    """Tell the caption a bare credit line introduces from the body text that follows it.

    A paragraph that may be the article's lead needs a present-tense description or a
    "(L)"-style cue; elsewhere a very short "who, where, when" line is enough.
    """
    text = paragraph.strip().rstrip('”’")')
    if not text.endswith((".", "!", "?")) and not _PLACE_OR_DATE_END.search(paragraph.strip()):
        return False
    score = caption_score(paragraph)
    if score >= 2:
        return True
    return score == 1 and not may_be_lead and len(paragraph.split()) <= _SHORT


def is_caption_before_credit(paragraph: str, following: str, *, may_be_lead: bool) -> bool:
    """Tell a caption placed above its credit line; following is what comes after the credit.

    Only clear cases count: a short description with a present-tense verb and a place or
    date, or a "(L)"-style cue; below the lead, a one-sentence present-tense description of
    at most 15 words ("Jane Doe celebrates after finishing third."). And no caption after the
    credit to claim it instead.
    """
    if len(paragraph.split()) > 35 or (following and caption_score(following) >= 2):
        return False
    score = caption_score(paragraph)
    if score >= 3:
        return True
    return score == 2 and not may_be_lead and _one_short_sentence(paragraph)


def _one_short_sentence(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text.split()) <= _SHORT and len(re.findall(r"[.!?](?:\s|$)", text)) <= 1
