"""Transcripts and Q&As: each turn under a speaker label becomes a quotation of its speaker.

A TV transcript ("TAPPER: ...", "SEN. GAIL WHITAKER (R-IN): ...") or a printed interview
("Q: ...", "WRÓBEL: ...") gives its speech without quotation marks; written as
``Whitaker: “...”`` the quote stage credits each turn to its speaker, and the summary never takes
a guest's words for the article's own. A paragraph under a turn goes on with it; an interviewer's
questions and a host's turns are prompts, not news, and leave the body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.speakers import UPPER

# A speaker label in capitals: one to four words, maybe a party tag and a role after a comma.
_LABEL = re.compile(
    rf"^(?P<name>[{UPPER}][{UPPER}'’.-]*(?: [{UPPER}][{UPPER}'’.-]*){{0,3}})"
    rf"(?: ?\([{UPPER}][\w.-]{{0,10}}\))?(?:, (?P<role>[{UPPER}][{UPPER}0-9'’. -]{{0,40}}))?"
    r": (?P<words>\S.*)$"
)
# A podcast's or video's turn: a time stamp, then the speaker's name as written ("[00:01:01] Anja
# Reinholt: We grew ..."); the stamp keeps "Washington: ..." or "Note: ..." from reading as one.
_STAMPED = re.compile(
    r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+"
    rf"(?P<name>[{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,3}}): (?P<words>\S.*)$"
)
_WELCOME = re.compile(r"\bwelcome (?:back )?to\b", re.IGNORECASE)
# A label's role that makes its speaker the interviewer: "JAKE TAPPER, CNN HOST".
_HOST = re.compile(r"\b(?:HOST|ANCHOR|MODERATOR|INTERVIEWER|CO-HOST)\b")
# The interviewer's and the guest's turns of a printed Q&A.
_QUESTION = re.compile(r"^(?:Q|QUESTION) ?: (?P<words>\S.*)$")
_ANSWER = re.compile(r"^(?:A|ANSWER) ?: (?P<words>\S.*)$")
# Labels that flag a paragraph rather than name its speaker.
_FLAGS = frozenset(
    """UPDATE BREAKING CORRECTION CLARIFICATION NOTE WATCH VIDEO PHOTOS LIVE EXCLUSIVE ANALYSIS
    OPINION RELATED ALSO SOURCE SOURCES CREDIT UPDATED DEVELOPING READ MORE""".split()
)
# A time stamp or stage direction between turns: "[09:08:12]", "(COMMERCIAL BREAK)".
_STAGE = re.compile(r"^[\[(].*[\])]$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|our|us)\b")
_CLOSERS = "\"'”’ "
_TURNS = 3  # labelled paragraphs a text needs to be a transcript


def as_quotations(paragraphs: Sequence[str]) -> list[str]:
    """Write each turn of a transcript as a quotation of its speaker; drop a Q&A's questions."""
    labels = [_label(paragraph) for paragraph in paragraphs]
    if not _is_transcript(labels):
        return list(paragraphs)
    last = max(i for i, label in enumerate(labels) if label is not None)
    hosts = _hosts(paragraphs)
    written: list[str] = []
    turn: str | None = None  # what the paragraphs under a label go on with: "Q", a quotation
    speaker = ""
    for i, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True)):
        if label is not None:
            asks = _QUESTION.match(paragraph) is not None or label in hosts or _asks(paragraph)
            turn, speaker = ("Q" if asks else "“"), label
            if turn == "“":
                written.append(_quoted(paragraph, label))
        elif turn == "“" and _narrates(paragraph, speaker):
            turn = None  # the reporter's words between turns, until the next label
            written.append(paragraph)
        elif turn is None or i > last or _STAGE.match(paragraph):
            written.append(paragraph)  # a header above the first turn, a note after the last
        elif turn == "“":
            written.append(f"“{_inner(paragraph)}”")  # the turn above goes on
    return written


def _narrates(paragraph: str, speaker: str) -> bool:
    """Tell the reporter's narration under a turn: it names the turn's speaker in the third
    person ("Al-Kuwari then read from the agreement's annex"); a speaker naming himself says
    "I" ("Hello, I'm Jake Tapper")."""
    name = speaker.split()[-1].title() if speaker else ""
    if not name or _FIRST_PERSON.search(paragraph):
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", paragraph) is not None


def _hosts(paragraphs: Sequence[str]) -> frozenset[str]:
    """Return the labels a host's turns go under: "JAKE TAPPER, CNN HOST" makes "JAKE TAPPER"
    and "TAPPER" the host's; like a Q&A's questions, a host's turns are prompts, not news."""
    labels: set[str] = set()
    for paragraph in paragraphs:
        match = _LABEL.match(paragraph)
        if match is not None and match["role"] and _HOST.search(match["role"]):
            labels.update({match["name"], match["name"].split()[-1]})
    # A podcast's host opens it: "[00:00:00] Priya Nair: Hello and welcome to Lab Notes".
    first = next((m for m in map(_STAMPED.match, paragraphs) if m is not None), None)
    if first is not None and _WELCOME.search(first["words"]):
        labels.add(first["name"])
    return frozenset(labels)


def _is_transcript(labels: Sequence[str | None]) -> bool:
    """Tell turns from a dateline or two flags: three labelled paragraphs, a speaker's label
    used twice (a Q&A's "Q:" and "A:" name no one)."""
    named = Counter(label for label in labels if label)
    turns = sum(1 for label in labels if label is not None)
    return turns >= _TURNS and (not named or max(named.values()) >= 2)


def _asks(paragraph: str) -> bool:
    """Tell a podcast host's question: a time-stamped turn ending in a question mark."""
    stamped = _STAMPED.match(paragraph)
    return stamped is not None and stamped["words"].rstrip(_CLOSERS).endswith("?")


def _label(paragraph: str) -> str | None:
    """Return a turn's speaker as written ("TAPPER"), "" for a Q&A's question or answer, or None."""
    if _QUESTION.match(paragraph) or _ANSWER.match(paragraph):
        return ""
    match = _LABEL.match(paragraph) or _STAMPED.match(paragraph)
    if match is None or match["name"].rstrip(".") in _FLAGS or len(match["name"]) < 2:
        return None
    return match["name"]


def _quoted(paragraph: str, label: str) -> str:
    """Write one turn as a quotation, credited to its speaker when the label names one."""
    match = (_LABEL.match(paragraph) or _STAMPED.match(paragraph)) if label else None
    match = match or _ANSWER.match(paragraph)
    if match is None:
        return paragraph
    quotation = f"“{_inner(match['words'])}”"
    name = label.title() if label.isupper() else label  # "TAPPER" is Tapper; "Anja Reinholt"
    return f"{name}: {quotation}" if label else quotation


def _inner(words: str) -> str:
    """Turn the double quotation marks inside a quotation into single ones."""
    return re.sub(r'"([^"]*)"', r"‘\1’", words).replace("“", "‘").replace("”", "’")
