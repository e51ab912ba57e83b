"""Find double-quoted spans in a body: marks paired, bad marks bounded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

DOUBLE_MARKS = '"“”„‟'
_NOT_NEWLINE = re.compile(r"[^\n]")
_MARK = re.compile(f"[{DOUBLE_MARKS}]")
_OPEN_BEFORE = "([{—–-/"
_CLOSE_AFTER = ".,;:!?)]}—–-…'’"
SEPARATOR = "\n\n"


class _Way(Enum):
    """Which way a quotation mark faces, judged from its neighbours."""

    OPEN = 1
    CLOSE = 2
    EITHER = 3


@dataclass(frozen=True, slots=True)
class Piece:
    """One quotation between an opening and a closing mark, possibly over several paragraphs."""

    start: int
    """Offset of the opening mark in the article text."""
    end: int
    """Offset just past the closing mark (or the bounding paragraph end) in the article text."""
    text: str
    """The quoted words, paragraphs joined by a space."""
    paragraph: int
    """Index of the paragraph the quotation opens in."""
    last_paragraph: int
    """Index of the paragraph it closes (or is bounded) in."""
    closed: bool
    """False when no closing mark was found and the paragraph end bounded it."""


# A sentence's end, then its speaker and a speech verb closing the text: "? Trump said."
_SAID_AFTER = re.compile(
    r"[.?!,](?=\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|asked|wrote|tweeted)\.?\s*$)"
)


def _way(paragraph: str, index: int) -> _Way:
    """Judge whether the mark at ``index`` opens or closes, from the characters around it."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    opens = before.isspace() or before in _OPEN_BEFORE
    closes = after.isspace() or after in _CLOSE_AFTER
    if opens and not closes:
        return _Way.OPEN
    if closes and not opens:
        return _Way.CLOSE
    mark = paragraph[index]
    if mark in "“„":
        return _Way.OPEN
    if mark == "”":
        return _Way.CLOSE
    return _Way.EITHER


def pair_marks(paragraph: str) -> list[tuple[int, int, bool]]:
    """Pair the double marks of one paragraph: ``(open, end, closed)`` (end past the close)."""
    pairs: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for match in _MARK.finditer(paragraph):
        index = match.start()
        way = _way(paragraph, index)
        if open_at is None:
            # A lone closing mark is noise or the end of a quote whose opening was lost.
            if way is not _Way.CLOSE and not paragraph[index - 1 : index].isdigit():
                open_at = index
        elif way is _Way.OPEN and paragraph[open_at + 1 : index].strip():
            # An opening mark inside an open quote: the earlier one was never closed. Its close
            # was lost before an attribution ('"Why ... meeting? Trump said. "They ...'), which
            # is no part of the quotation.
            end = len(paragraph[:index].rstrip())
            said = _SAID_AFTER.search(paragraph, open_at + 1, end)
            pairs.append((open_at, said.start() + 1 if said else end, False))
            open_at = index
        else:
            pairs.append((open_at, index + 1, True))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, len(paragraph.rstrip()), False))
    return pairs


def find_pieces(paragraphs: tuple[str, ...] | list[str]) -> list[Piece]:
    """Find the quotations of a body whose paragraphs are joined by a blank line."""
    pieces: list[Piece] = []
    offset = 0
    carry: list[tuple[int, int, int, str]] = []  # (paragraph, start, end, words) of an open quote
    for number, paragraph in enumerate(paragraphs):
        pairs = pair_marks(paragraph)
        for position, (start, end, closed) in enumerate(pairs):
            words = paragraph[start + 1 : end - 1 if closed else end].strip()
            if carry and position == 0 and not paragraph[:start].strip():
                carry.append((number, offset + start, offset + end, words))
            else:
                pieces.extend(_flush(carry))
                carry = [(number, offset + start, offset + end, words)]
            if closed:
                pieces.extend(_flush(carry, closed=True))
                carry = []
        # An unclosed quote continues only if the next paragraph opens with a mark.
        if carry and not _opens_with_mark(paragraphs, number + 1):
            pieces.extend(_flush(carry))
            carry = []
        offset += len(paragraph) + len(SEPARATOR)
    pieces.extend(_flush(carry))
    return pieces


def _opens_with_mark(paragraphs: tuple[str, ...] | list[str], number: int) -> bool:
    """Tell whether paragraph ``number`` exists and starts with an opening double mark."""
    if number >= len(paragraphs):
        return False
    text = paragraphs[number].lstrip()
    return bool(text) and text[0] in DOUBLE_MARKS and _way(text, 0) is not _Way.CLOSE


def _flush(carry: list[tuple[int, int, int, str]], *, closed: bool = False) -> list[Piece]:
    """Turn the paragraphs of one (possibly multi-paragraph) quotation into a Piece."""
    if not carry:
        return []
    text = " ".join(words for _, _, _, words in carry if words)
    return [Piece(carry[0][1], carry[-1][2], text, carry[0][0], carry[-1][0], closed)]


def mask(text: str, pieces: list[Piece]) -> str:
    """Blank the quoted words so prose rules skip them.

    The marks, the first letter (a capital starts a sentence) and the final punctuation are kept.
    """
    chars = list(text)
    for piece in pieces:
        stop = piece.end - 1 if piece.closed else piece.end
        start = piece.start + 2
        if start < stop - 1:
            # Every character but a line break becomes "_", a whole span at a time.
            chars[start : stop - 1] = _NOT_NEWLINE.sub("_", text[start : stop - 1])
    return "".join(chars)
