"""One statement quoted in turns: ``"A," she said. "B."`` shown as one key quote.

News copy breaks a speaker's words at a sentence end to say who spoke (``"For two years they
told us our concerns did not count," she said. "Today a federal court said they do."``), or
over two paragraphs with ``She added:``. Extraction keeps the pieces apart (each is a quote of
its own, as the labels count them); a key quote shows them together, so that the second is
never shown without the first it answers ("Today a federal court said they do.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.models import QuoteMention
from briefing.quotes_attribution import after_quote

# What stands between the pieces: the first's closing mark, its attribution ending in a full
# stop, maybe a second short attribution ending in a colon ("She added:"), the second's mark.
_GAP = re.compile(
    r"^[\"”’]?\s*,?\s*(?:(?P<first>[^\"“”.!?:;]{2,120}?)\s*\.\s*)?"
    r"(?:(?P<second>[^\"“”.!?:;]{2,40}?)\s*:\s*)?[\"“‘]?$"
)
_CUT = re.compile(r"(?:\.\s?\.\s?\.|…)\W*$")
_PIECES_MAX = 4
"""Pieces one key quote joins at most: beyond that it is a speech, better read in the source
(and a transcript's hundred turns must not make one quote)."""
_WORDS_MAX = 16
"""An attribution longer than this says more than who spoke: the pieces stay apart."""


def join_continuations(
    mentions: Sequence[QuoteMention],
    texts: Mapping[str, str],
    shown: Callable[[str], bool] = lambda _: False,
) -> list[QuoteMention]:
    """Join each quote to the next one of its article when only its attribution stands between.

    A piece the summary already shows (``shown``) is left apart, so that the page does not
    print its words twice.
    """
    joined: list[QuoteMention] = []
    pieces: list[int] = []
    for mention in sorted(mentions, key=lambda m: (m.article_id, m.start)):
        last = joined[-1] if joined else None
        text = texts.get(mention.article_id)
        if (
            last is not None
            and text is not None
            and pieces[-1] < _PIECES_MAX
            and _continues(last, mention, text)
            and not shown(last.text)
            and not shown(mention.text)
        ):
            joined[-1] = QuoteMention(
                f"{_closed(last.text)} {mention.text}",
                last.speaker,
                last.article_id,
                last.start,
                mention.end,
            )
            pieces[-1] += 1
        else:
            joined.append(mention)
            pieces.append(1)
    return joined


def _continues(first: QuoteMention, second: QuoteMention, text: str) -> bool:
    """Tell whether ``second`` carries on ``first``: one speaker, one attribution between."""
    if first.article_id != second.article_id or first.speaker is None:
        return False
    # Both pieces open a sentence: a phrase woven into the reporter's words stays apart.
    if first.speaker != second.speaker or not (
        first.text[:1].isupper() and second.text[:1].isupper()
    ):
        return False
    if first.text.endswith("?") or second.start - first.end > 200:
        return False
    if _CUT.search(second.text):
        return False  # an excerpt's last words ("At the same..."): not worth carrying on
    between = text[first.end : second.start]
    gap = _GAP.match(between.strip())
    if gap is not None and gap["first"] and not gap["second"] and "\n" in between:
        return False  # "...," she said. / new paragraph "...," she said: two statements
    clauses = [c for c in (gap["first"], gap["second"]) if c] if gap else []
    return bool(clauses) and all(
        len(clause.split()) <= _WORDS_MAX and after_quote(clause, 0) is not None
        for clause in clauses
    )


def _closed(text: str) -> str:
    """End a piece with a full stop where its comma was dropped ("did not count" + ".")."""
    text = text.rstrip(" ,")
    return text if text.endswith((".", "!", "?", "…", "—", "–")) else text + "."
