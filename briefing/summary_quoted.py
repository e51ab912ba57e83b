"""Quotations in an article's sentences: where they run, how much of a sentence they fill, and
what the reporter's own words are."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A quoted span: curly or straight double quotes, or British single quotes around a clause
# (straight ones too, with the apostrophes of "don't" or "it's" inside).
_QUOTED = re.compile(
    r"""“[^“”]*”|"[^"]*"|«[^«»]*»|»[^«»]*«|(?<!\w)‘[^‘]*?[.,!?—–-]’(?!\w)"""
    r"""|(?<!\w)'(?:[^']|'(?=\w))*?[.,!?—–-]'(?!\w)"""
)
_QUOTE_MARKS = ('"', "“", "‘", "«", "»")
# A sentence opening on a single quote mark before a letter, and such a quotation's close: the
# mark after a sentence's or a clause's punctuation, before a space or the end.
_SINGLE_OPEN = re.compile(r"\s*['‘](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"[.,!?—–-]['’](?=\s|$)")
_LETTERS = re.compile(r"[^\W\d_]")
# A speaker's label opening a transcript's turn: "Whitaker: ", "Sen. Gail Whitaker (R-IN): ".
_TURN_LABEL = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*(?:\s\([^()]{1,20}\))?:\s*(?=[“\"‘])"
)


def quoted_share(sentence: str) -> float:
    """Share of a sentence's words that stand inside quotation marks (straight, curly, or
    British single quotes around a clause)."""
    total = len(sentence.split())
    if not total or not any(mark in sentence for mark in _QUOTE_MARKS):
        return 0.0
    inside = sum(len(span.split()) for span in _QUOTED.findall(sentence))
    return min(1.0, inside / total)


def unquoted(sentence: str) -> str:
    """Return a sentence with its quoted spans left out (the reporter's own words)."""
    return _QUOTED.sub(" ", sentence)


def is_bare_quotation(sentence: str) -> bool:
    """Tell whether a sentence is only a quotation, with no speaker outside the quote marks, or
    a transcript's turn under its speaker's label ('Whitaker: “Good morning, Jake.”').

    Such a sentence reports no fact of the reporter's, so it belongs among the key quotes, never
    in the summary; "..., said Ruiz." and "Ruiz said: ..." keep their speaker and stay.
    """
    sentence = _TURN_LABEL.sub("", sentence, count=1)
    if not sentence.lstrip("([").startswith(("“", '"', "‘", "'", "«", "»")):
        return False
    return not _LETTERS.search(_QUOTED.sub(" ", sentence))


def join_quotations(sentences: Sequence[str], limit: int = 4) -> list[str]:
    """Join sentences that one quotation spans, so that no quote is cut in two.

    A quotation never closed in the paragraph takes the next sentences (``limit`` in all), which
    are then no sentences of the reporter's: an unbalanced quote never reaches a summary. One
    closed further on is joined whole, however long.
    """
    joined: list[str] = []
    index = 0
    while index < len(sentences):
        end = index + 1
        text = sentences[index]
        while _opens_quote(text) and end < len(sentences) and end - index < limit:
            text = f"{text} {sentences[end]}"
            end += 1
        if _opens_quote(text) and _opens_quote(" ".join(sentences[index:])):
            # Never closed in the paragraph: the quotation runs on to the next one or the text
            # was cut. What follows the opener is quoted speech, never the reporter's words (as
            # far as a quotation may run: a stray mark in a long paragraph costs no more).
            joined.append(" ".join(sentences[index:end]))
            index = end
        elif _opens_quote(text):
            # Closed further on than ``limit`` sentences: one long quotation, none of whose
            # sentences is the reporter's own.
            end = _closing(sentences, index)
            joined.append(" ".join(sentences[index:end]))
            index = end
        else:
            joined.append(text)
            index = end
    return joined


def _closing(sentences: Sequence[str], start: int) -> int:
    """Return the index after the sentence that closes the quotation ``start`` opens."""
    curly = straight = 0
    for index in range(start, len(sentences)):
        sentence = sentences[index]
        curly += sentence.count("“") - sentence.count("”")
        straight += sentence.count('"')
        if curly <= 0 and straight % 2 == 0:
            return index + 1
    return len(sentences)


def _opens_quote(sentence: str) -> bool:
    """Tell whether a sentence leaves a quotation open at its end."""
    if sentence.count("“") > sentence.count("”"):
        return True
    return sentence.count('"') % 2 == 1 or _opens_single(sentence)


def _opens_single(sentence: str) -> bool:
    """Tell whether a sentence opens on a single quote mark it never closes: "'Most masks don't
    work." before "They don't prevent infection,' Paul said." An apostrophe inside or after a
    word ("don't", "players' union") neither opens nor closes one."""
    return bool(_SINGLE_OPEN.match(sentence)) and not _SINGLE_CLOSE.search(sentence)


def unbalanced_quote(sentence: str) -> bool:
    """Tell whether a sentence opens a curly, straight or single quotation it never closes."""
    if sentence.count("“") != sentence.count("”"):
        return True
    return sentence.count('"') % 2 == 1 or _opens_single(sentence)
