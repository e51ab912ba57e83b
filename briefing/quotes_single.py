"""British-style single-quoted speech ('We held on,' she said), told apart from apostrophes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from briefing.quotes_attribution import SPEECH_VERBS, after_quote, before_quote
from briefing.quotes_spans import SEPARATOR, Piece

_OPEN_AFTER = ' \t\n([{—–-“"'
_CLOSE_BEFORE = " \t\n"
_CLOSE_FOLLOW = ',.;:!?)]}—–-”"'
# Speech that a closing mark ends: British style keeps this punctuation inside the marks.
_SPEECH_END = ",.!?…—–-"
# Words that start with an apostrophe: 'em, 'n', 'til, 'tis, 'cause, 'bout.
_ELISION = re.compile(r"(?:em|n|til|tis|twas|cause|cos|bout|round|ere)\b", re.IGNORECASE)
# An attribution right after the closing mark: a verb within a few words ("Kit Roe said").
_VERB_AHEAD = re.compile(rf"(?:[\w.’'-]+\s+){{0,4}}(?:{SPEECH_VERBS})\b")
_MARK = re.compile("[‘’']")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')]*\s+")
_LEAD_END = re.compile(r"[.!?…][\"”’')]*\s*$")


def find_single_pieces(paragraphs: Sequence[str], doubles: Sequence[Piece]) -> list[Piece]:
    """Find single-quoted quotations that an attribution beside them confirms.

    Marks inside double-quoted pieces are nested quotes, not speech of their own; a pair is
    kept only with an attribution touching it (``,' she said`` or ``she said: '``), so an
    apostrophe ("don't", "the '90s", "the workers' union") never opens or closes a quotation.
    """
    found: list[Piece] = []
    offset = 0
    last = -2  # the paragraph of the last quotation found
    for number, paragraph in enumerate(paragraphs):
        if "'" not in paragraph and "‘" not in paragraph and "’" not in paragraph:
            offset += len(paragraph) + len(SEPARATOR)
            continue
        taken = [
            (piece.start - offset, piece.end - offset)
            for piece in doubles
            if piece.paragraph <= number <= piece.last_paragraph
        ]
        previous = 0
        for start, end in _pairs(paragraph, taken):
            lead = paragraph[max([previous] + [stop for _, stop in taken if stop <= start]) : start]
            if _attributed(paragraph, start, end, lead) or _goes_on(
                paragraph[start + 1 : end - 1], lead, last >= number - 1
            ):
                words = paragraph[start + 1 : end - 1].strip()
                found.append(Piece(offset + start, offset + end, words, number, number, True))
                previous, last = end, number
        offset += len(paragraph) + len(SEPARATOR)
    return found


def without_nested(doubles: Sequence[Piece], singles: Sequence[Piece]) -> list[Piece]:
    """Merge both kinds in reading order, dropping double quotes nested in single ones."""
    kept = [
        piece
        for piece in doubles
        if not any(outer.start < piece.start and piece.end <= outer.end for outer in singles)
    ]
    return sorted([*kept, *singles], key=lambda piece: (piece.start, piece.end))


def _pairs(paragraph: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair each opening single mark with the next closing one: ``(open, end past close)``."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    spans = _union(taken)
    starts = [start for start, _ in spans]
    for mark in _MARK.finditer(paragraph):
        index = mark.start()
        inside = bisect_right(starts, index) - 1
        if inside >= 0 and index < spans[inside][1]:
            continue
        if open_at is None:
            open_at = index if _opens(paragraph, index) else None
        elif _closes(paragraph, index):
            pairs.append((open_at, index + 1))
            open_at = None
        elif not _inside_word(paragraph, index) and not _elided(paragraph, index):
            # Marks must balance: a stray one ("the 'Brexit' vote, and 'we ...") drops the pair.
            open_at = index if _opens(paragraph, index) else None
    return pairs


def _inside_word(paragraph: str, index: int) -> bool:
    """Tell an apostrophe ("don't", "the Joneses' dog") from a quotation mark."""
    before = paragraph[index - 1 : index]
    after = paragraph[index + 1 : index + 2]
    return before.isalnum() and (after.isalnum() or (before in "sS" and after == " "))


def _elided(paragraph: str, index: int) -> bool:
    """Tell whether the mark stands for left-out letters: "the '90s", "'em", "rock 'n' roll"."""
    after = paragraph[index + 1 : index + 2]
    return after.isdigit() or _ELISION.match(paragraph, index + 1) is not None


def _opens(paragraph: str, index: int) -> bool:
    """Tell whether the mark at ``index`` can open a quotation (not "'90s", not "'em")."""
    if paragraph[index] == "’":
        return False
    before = paragraph[index - 1] if index else " "
    after = paragraph[index + 1 : index + 2]
    return before in _OPEN_AFTER and after.isalpha() and not _elided(paragraph, index)


def _closes(paragraph: str, index: int) -> bool:
    """Tell whether the mark at ``index`` can close a quotation (not "don't", not "Jones' car")."""
    if paragraph[index] == "‘" or not index or paragraph[index - 1] in _CLOSE_BEFORE:
        return False
    after = paragraph[index + 1 : index + 2]
    if after and not (after.isspace() or after in _CLOSE_FOLLOW):
        return False
    # A possessive plural ("the workers' union") is followed by a word, not by punctuation.
    return paragraph[index - 1] in _SPEECH_END or not after or after in _CLOSE_FOLLOW


def _attributed(paragraph: str, start: int, end: int, lead: str) -> bool:
    """Tell whether an attribution touches the pair: ``,' she said`` or ``she said: '``."""
    inside = paragraph[start + 1 : end - 1].rstrip()
    following = paragraph[end:]
    stop = _SENTENCE_END.search(following)
    following = following[: stop.start() + 1] if stop else following
    # "'We won.' She left" starts a new sentence; speech goes on into ",' she said".
    ends_speech = inside[-1:] in _SPEECH_END.replace(".", "") or following.startswith(",")
    clause = following.lstrip(" ,")
    verb = _VERB_AHEAD.match(clause)
    if ends_speech and verb is not None and after_quote(following.rstrip(".!?"), 0) is not None:
        return True
    sentence = _SENTENCE_END.split(lead)[-1]
    if not sentence.rstrip().endswith((",", ":")):
        return False
    found = before_quote(sentence, 0)
    return found is not None and found.adjacent


def _goes_on(inside: str, lead: str, after_quote: bool) -> bool:
    """Tell whole sentences in single marks that need no attribution of their own: after a
    colon ("was less forgiving: 'Two games would have helped.'"), or opening a sentence in or
    right after a paragraph that quoted someone ("'We lost,' he said. 'It is on all of us.'")."""
    words = inside.strip()
    if not words or not words[0].isupper() or words[-1] not in ".!?…":
        return False
    if lead.rstrip().endswith(":"):
        return True
    return after_quote and (not lead.strip() or _LEAD_END.search(lead) is not None)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping ``(start, end)`` spans into disjoint ones, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
