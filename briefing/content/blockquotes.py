"""Quotations set as block quotes under their speaker, as government and company releases set
them ("Transport Secretary Lucy Harrower said:" over a paragraph in the minister's words): a
copied page loses the block's indent, and the words would read as the writer's. They are given
their quotation marks back, so the key quotes credit the speaker and the summary never takes
them for the release's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A lead naming who speaks, ending on the speech verb and a colon, no quotation of its own.
_LEAD = re.compile(r"^[A-Z][^.!?\"“”]{2,120}?\s(?:said|says|added|commented)\s*:$")
# The speaker's own voice, which carries a block on past its first paragraph.
_VOICE = re.compile(r"(?<![\w’'-])(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Oo]ur|us|[Mm]y|me)(?![\w’'-])")
_MARKS = ('"', "“", "”")
_MIN_WORDS = 8


def as_block_quotes(paragraphs: Sequence[str]) -> list[str]:
    """Give the paragraphs under a speaker's lead that carry no quotation marks their marks back:
    the first always, those after it while the speaker's "I", "we" or "our" goes on."""
    written: list[str] = []
    block: list[str] = []
    for paragraph in paragraphs:
        first = bool(written) and _LEAD.match(written[-1]) is not None and not block
        if _spoken(paragraph) and (first or (block and _VOICE.search(paragraph))):
            block.append(paragraph)
            continue
        written.extend(_quoted(block))
        block = []
        written.append(paragraph)
    written.extend(_quoted(block))
    return written


def _spoken(paragraph: str) -> bool:
    """Tell a paragraph that may be a block quote: prose, no marks of its own, no lead."""
    return (
        len(paragraph.split()) >= _MIN_WORDS
        and paragraph[:1].isupper()
        and paragraph.rstrip().endswith((".", "!", "?"))
        and not any(mark in paragraph for mark in _MARKS)
        and _LEAD.match(paragraph) is None
    )


def _quoted(block: list[str]) -> list[str]:
    """Write a block's paragraphs as one quotation: each opens with a mark, the last closes."""
    return [f"“{p}" + ("”" if k == len(block) - 1 else "") for k, p in enumerate(block)]
