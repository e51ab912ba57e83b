"""Transcripts and Q&As: each turn under a speaker label becomes a quotation of its speaker.

A TV transcript ("TAPPER: ...", "SEN. GAIL WHITAKER (R-IN): ...") or a printed interview
("Q: ...", "WRÓBEL: ...") gives its speech without quotation marks; written as
``Whitaker: “...”`` the quote stage credits each turn to its speaker, and the summary never takes
a guest's words for the article's own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.speakers import UPPER

# A speaker label in capitals: one to four words, maybe a party tag and a role after a comma.
_LABEL = re.compile(
    rf"^(?P<name>[{UPPER}][{UPPER}'’.-]*(?: [{UPPER}][{UPPER}'’.-]*){{0,3}})"
    rf"(?: ?\([{UPPER}][\w.-]{{0,10}}\))?(?:, [{UPPER}][{UPPER}0-9'’. -]{{0,40}})?"
    r": (?P<words>\S.*)$"
)
# The interviewer's and the guest's turns of a printed Q&A.
_QUESTION = re.compile(r"^(?:Q|QUESTION)[.:]? ?:? (?P<words>\S.*)$")
_ANSWER = re.compile(r"^(?:A|ANSWER)[.:]? ?:? (?P<words>\S.*)$")
# Labels that flag a paragraph rather than name its speaker.
_FLAGS = frozenset(
    """UPDATE BREAKING CORRECTION CLARIFICATION NOTE WATCH VIDEO PHOTOS LIVE EXCLUSIVE ANALYSIS
    OPINION RELATED ALSO SOURCE SOURCES CREDIT UPDATED DEVELOPING READ MORE""".split()
)
_TURNS = 3  # labelled paragraphs a text needs to be a transcript


def as_quotations(paragraphs: Sequence[str]) -> list[str]:
    """Write each labelled turn of a transcript as a quotation of its speaker."""
    labels = [_label(paragraph) for paragraph in paragraphs]
    if not _is_transcript(labels):
        return list(paragraphs)
    return [_quoted(paragraph, label) for paragraph, label in zip(paragraphs, labels, strict=True)]


def _is_transcript(labels: Sequence[str | None]) -> bool:
    """Tell turns from a dateline or two flags: three labelled paragraphs, a speaker's label
    used twice (a Q&A's "Q:" and "A:" name no one)."""
    named = Counter(label for label in labels if label)
    turns = sum(1 for label in labels if label is not None)
    return turns >= _TURNS and (not named or max(named.values()) >= 2)


def _label(paragraph: str) -> str | None:
    """Return a turn's speaker as written ("TAPPER"), "" for a Q&A's question or answer, or None."""
    if _QUESTION.match(paragraph) or _ANSWER.match(paragraph):
        return ""
    match = _LABEL.match(paragraph)
    if match is None or match["name"].rstrip(".") in _FLAGS or len(match["name"]) < 2:
        return None
    return match["name"]


def _quoted(paragraph: str, label: str | None) -> str:
    """Write one turn as a quotation, credited to its speaker when the label names one; a Q&A's
    question stays as written (the interviewer is no key speaker), its answer is unlabelled."""
    match = _LABEL.match(paragraph) if label else _ANSWER.match(paragraph)
    if label is None or match is None:
        return paragraph
    words = re.sub(r'"([^"]*)"', r"‘\1’", match["words"]).replace("“", "‘").replace("”", "’")
    quotation = f"“{words}”"
    return f"{label.title()}: {quotation}" if label else quotation
