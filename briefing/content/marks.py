"""Markdown syntax in a plain-text file: headings, bold and links set down as their words."""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+(?P<text>\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE
)
_STRONG = re.compile(r"(?<![*_\w])(\*\*|__)(?P<text>[^\s*_](?:[^\n*]*?[^\s*_])?)\1(?![*_\w])")
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]{1,300})\]\((?:https?://|www\.|/)[^)\s]*\)")
# A table in Markdown's pipe syntax: rows set between bars, a rule of dashes under the head.
_PIPE_TABLE = re.compile(
    r"^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
    r"(?:\n[ \t]*\|[^\n]*\|[ \t]*$)*",
    re.MULTILINE,
)


def without_markup(text: str) -> str:
    """Set down a text's Markdown headings, bold runs and links as their words: a page copied
    as Markdown into a .txt file ("## Headline", "**By Jane Doe**", "[the ministry](https://...)").
    """
    text = without_tables(text)
    text = _HEADING.sub(r"\g<text>", text)
    text = _STRONG.sub(r"\g<text>", text)
    return _LINK.sub(r"\g<text>", text)


def without_tables(text: str) -> str:
    """Take out tables set in Markdown's pipe syntax: their cells are figures, not sentences."""
    return _PIPE_TABLE.sub("", text) if "|" in text else text
