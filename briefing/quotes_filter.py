"""Direct quotations told apart from scare quotes, quoted terms, titles and nicknames."""

from __future__ import annotations

import re

from briefing.quotes_attribution import Attribution
from briefing.quotes_spans import Piece

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_TERM_MARKER = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|titled|entitled|known as|called|named|term|terms|word|"
    r"words|phrase|slogan|label|labeled|labelled|branded|hashtag|headlined|billed as)\s*$",
    re.IGNORECASE,
)
_TITLE_MARKER = re.compile(
    r"\b(?:entitled|titled|headlined|defines as|defined as|the motto|the adage)\s*$", re.IGNORECASE
)
_SMALL_WORDS = frozenset("a an the of and in on for to at by or with from is as vs".split())


def is_quote(
    group: list[Piece], attribution: Attribution | None, prose: str, bounds: list[tuple[int, int]]
) -> bool:
    """Tell a direct quotation from a scare quote, a quoted term, a title or a nickname."""
    words = " ".join(piece.text for piece in group)
    count = len(_WORD.findall(words))
    if count == 0:
        return False
    adjacent = attribution is not None and attribution.adjacent
    if count <= 2:
        return adjacent and words[-1] in ",.?!"
    start = group[0].start
    floor = bounds[group[0].paragraph][0]
    before = prose[max(floor, start - 30) : start]
    if (_TITLE_MARKER.search(before) or before.endswith("(")) and not adjacent:
        # 'a story entitled "..."', 'defines as "..."'; a letter citing a headline it answers,
        # '("£410m to bring trains back to Wendlow", December 4)'
        return False
    if _TERM_MARKER.search(before) and count <= 6 and not adjacent:
        return False
    if _title_case(words) and count <= 10 and not adjacent:
        return False
    if attribution is not None or words[-1] in ",.?!…" or len(group) > 1:
        return True
    return count >= 6 or (not group[0].closed and count >= 4)


def _title_case(words: str) -> bool:
    """Tell whether every significant word is capitalised, as in a title or a name."""
    tokens = [token for token in _WORD.findall(words) if token.lower() not in _SMALL_WORDS]
    capitalised = [token for token in tokens if token[0].isupper()]
    return bool(capitalised) and all(token[0].isupper() or token[0].isdigit() for token in tokens)
