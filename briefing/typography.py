"""Typewriter quotes to typographic ones, so outlets that type ``"`` and ``“`` read alike on a page.

Outlets differ: one sends ``“We went door to door”``, another ``"I've lived here fifty years"``.
Shown side by side in one summary the mix looks careless, so pages show curly quotes and
apostrophes throughout (as SmartyPants does for Hugo and Jekyll). Which way a straight quote
turns is read from its neighbours: after a space or an opening bracket it opens, after a word or
punctuation it closes, inside a word it is an apostrophe. A quote with a space before it and a space
or punctuation after it (as in text that was tokenised, ``" flesh-eating ",``) takes turns: it opens
unless one of its kind is open. Feet and inches (``5'11"``) stay straight: there the marks are
primes, not quotes.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"\d+'\d+\"|[\"']")
"""Feet and inches as typed, or one straight quote."""
_LEADING = re.compile(r"(?:\d\ds?|em|til|tis|twas)\b|n'(?!\w)", re.IGNORECASE)
"""What follows an apostrophe that opens a word: '90s, 'em, rock 'n' roll, 'til, 'tis."""
_SPLIT_CONTRACTION = re.compile(r" (?:s|t|ll|re|ve|d|m)\b")
"""The rest of a contraction that a tokeniser set apart: "don ' t", "he ' ll"."""
_OPENS_AFTER = frozenset("([{<“‘—–-/:")
"""Characters after which a quote mark opens."""
_CLOSES_BEFORE = frozenset(".,;:!?)]}…")
"""Characters before which a quote mark closes."""
_CURLY = {'"': ("“", "”"), "'": ("‘", "’")}


def curl_quotes(text: str) -> str:
    """Return ``text`` with straight quotes and apostrophes turned the way they face."""
    if '"' not in text and "'" not in text:
        return text
    open_marks = {'"': False, "'": False}
    parts: list[str] = []
    last = 0
    for match in _MARKS.finditer(text):
        start, end = match.span()
        parts.append(text[last:start])
        last = end
        parts.append(match.group() if end - start > 1 else _turn(text, start, open_marks))
    parts.append(text[last:])
    return "".join(parts)


def _turn(text: str, at: int, open_marks: dict[str, bool]) -> str:
    """Decide which way the quote mark at ``at`` faces, tracking which kinds are open."""
    mark = text[at]
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if mark == "'" and _apostrophe(text, at, before, after):
        return "’"
    opener_before = before == "" or before.isspace() or before in _OPENS_AFTER
    closer_after = after == "" or after.isspace() or after in _CLOSES_BEFORE
    if not opener_before:
        opens = False  # after a word or punctuation: it closes
    elif not closer_after:
        opens = True  # after a space and before a word: it opens
    else:
        opens = not open_marks[mark]  # spaced on both sides: take turns
    open_marks[mark] = opens
    opening, closing = _CURLY[mark]
    return opening if opens else closing


def _apostrophe(text: str, at: int, before: str, after: str) -> bool:
    """Tell an apostrophe (it's, O'Brien, '90s, rock 'n' roll) from a single quotation mark."""
    if before.isalnum() and after.isalnum():
        return True
    if not (before == "" or before.isspace() or before in _OPENS_AFTER):
        return False
    leading = _SPLIT_CONTRACTION if after.isspace() else _LEADING
    return leading.match(text, at + 1) is not None


_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
"""Code points HTML or XML 1.0 forbid in a document: controls but tab and line ends, nonchars."""


def printable(text: str) -> str:
    """Return ``text`` without the code points HTML and XML forbid.

    Text decoded as Latin-1 that was Windows-1252 carries its punctuation as C1 controls
    (``christ\x92s``); each becomes the character it stood for (``christ’s``), any other goes.
    """
    if not _FORBIDDEN.search(text):
        return text
    return _FORBIDDEN.sub(_meant, text)


def _meant(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return ""
    return ""
