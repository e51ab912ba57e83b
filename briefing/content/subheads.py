"""Subheadings set between an article's paragraphs, and the headlines of a live blog's entries.

A subheading is told by its shape and place: a short line with no sentence's end, between two
paragraphs of prose, or right under a live blog's time stamp ("14:52" / "First Minister speaks").
"""

from __future__ import annotations

from briefing.content import furniture as f
from briefing.content.notes import is_time_stamp

_SUBHEAD_WORDS = 12
_PROSE_WORDS = 8
_CLOSERS = "\"'”’»)] "
_SENTENCE_END = (".", "!", "?", "…")


def without_entry_titles(paragraphs: list[str]) -> list[str]:
    """Drop the headline under each time stamp of a live blog; the stamps are furniture too."""
    kept: list[str] = []
    for previous, paragraph in zip(["", *paragraphs], paragraphs, strict=False):
        if not (is_time_stamp(previous) and is_subheading(paragraph)):
            kept.append(paragraph)
    return kept


def without_subheadings(body: list[str]) -> list[str]:
    """Drop short headings set between two paragraphs of prose."""
    return [
        paragraph
        for k, paragraph in enumerate(body)
        if not (
            0 < k < len(body) - 1
            and is_subheading(paragraph)
            and _is_prose(body[k - 1])
            and _is_prose(body[k + 1])
        )
    ]


def is_subheading(line: str) -> bool:
    """Tell a short line with no sentence's end ("Sorensen injury worry", "'We deserved it'").

    A comma marks a phrase of a sentence, such as a quotation's attribution set under it
    ("Jane Doe, in a tweet, April 26").
    """
    bare = line.strip().rstrip(_CLOSERS)
    return bool(bare) and f.is_title_like(bare, max_words=_SUBHEAD_WORDS) and "," not in bare


def _is_prose(paragraph: str) -> bool:
    """Tell a paragraph of prose: several words ending a sentence."""
    return len(paragraph.split()) >= _PROSE_WORDS and paragraph.rstrip(_CLOSERS).endswith(
        _SENTENCE_END
    )
