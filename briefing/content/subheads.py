"""Lines that set out a page rather than tell its story: subheadings between paragraphs, the
headlines of a live blog's entries, team sheets and other bare lists of names, pull quotes.

A subheading is told by its shape and place: a short line with no sentence's end, between two
paragraphs of prose, or right under a live blog's time stamp ("14:52" / "First Minister speaks").
"""

from __future__ import annotations

import re

from briefing.content import furniture as f
from briefing.content.notes import is_time_stamp

_SUBHEAD_WORDS = 12
_QUESTION_WORDS = 10
_PROSE_WORDS = 8
_CLOSERS = "\"'”’»)] "
_SENTENCE_END = (".", "!", "?", "…")
_LIST_NAMES = 6
_PULL_WORDS = 6
_OPENERS = "\"“‘'"
# A label before a list ("Harbury Town:", "Subs:"), at the start or after a full stop.
# The label of a live page's summary box over its first items (one ending in a colon opens a
# fact list, which the summary reads as such: "What we know so far:").
_BOX_LABEL = re.compile(
    r"summary|key (?:events|points|facts|updates)|at a glance|highlights|latest updates",
    re.IGNORECASE,
)
_LIST_LABEL = re.compile(r"(?:^|(?<=[.;]\s))[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}:\s+")
# One entry of a list: a name of up to three capitalised words, maybe with a number or minute.
# A match minute opening a live entry's title: "80'", "90+3'".
_MINUTE = re.compile(r"^\d{1,3}(?:\+\d{1,2})?['’′]\s+\S")
_LIST_ENTRY = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \d{1,3})?$")


def without_entry_titles(paragraphs: list[str]) -> list[str]:
    """Drop the headline under each time stamp of a live blog; the stamps are furniture too."""
    kept: list[str] = []
    for previous, paragraph in zip(["", *paragraphs], paragraphs, strict=False):
        if not (is_time_stamp(previous) and is_subheading(paragraph)) and not _minute_entry(
            paragraph
        ):
            kept.append(paragraph)
    return kept


def _minute_entry(paragraph: str) -> bool:
    """Tell a live match page's entry title with its minute ("80' Substitution, Rotherford",
    "90+3' GOAL! Rotherford 2-2 Valmeira (Kessler)"), never a sentence."""
    text = paragraph.strip()
    return (
        _MINUTE.match(text) is not None
        and len(text.split()) <= _SUBHEAD_WORDS
        and not text.endswith((".", "?", "…"))
    )


def without_subheadings(body: list[str]) -> list[str]:
    """Drop short headings set between two paragraphs of prose, and the label of a summary box
    opening the body ("Summary", "Key events") over what it labels."""
    return [
        paragraph
        for k, paragraph in enumerate(body)
        if not (
            0 < k < len(body) - 1
            and is_subheading(paragraph)
            and (_is_prose(body[k - 1]) or _shouted_under_label(paragraph, body[k - 1]))
            and _is_prose(body[k + 1])
        )
        and not (k == 0 and len(body) > 1 and _BOX_LABEL.fullmatch(paragraph.strip()))
    ]


def _shouted_under_label(heading: str, above: str) -> bool:
    """Tell a section heading in capitals under a label that introduces the sections ("Below
    are key facts about the decision:" / "THE DECISION")."""
    return heading.isupper() and above.rstrip().endswith(":")


def is_subheading(line: str) -> bool:
    """Tell a short line with no sentence's end ("Sorensen injury worry", "'We deserved it'"),
    or a short question ("What is the government doing?").

    A comma marks a phrase of a sentence, such as a quotation's attribution set under it
    ("Jane Doe, in a tweet, April 26").
    """
    bare = line.strip().rstrip(_CLOSERS)
    if bare.endswith("?") and len(bare.split()) <= _QUESTION_WORDS and bare[:1].isupper():
        return "," not in bare and not any(mark in bare for mark in '"“”')  # "What happens next?"
    return bool(bare) and f.is_title_like(bare, max_words=_SUBHEAD_WORDS) and "," not in bare


def _is_prose(paragraph: str) -> bool:
    """Tell a paragraph of prose: several words ending a sentence."""
    return len(paragraph.split()) >= _PROSE_WORDS and paragraph.rstrip(_CLOSERS).endswith(
        _SENTENCE_END
    )


def is_name_list(paragraph: str) -> bool:
    """Tell a bare list of names, such as a team sheet ("Harbury Town: Novak; Adeyemi, Collins,
    ...") or player ratings ("Whitlock 6, Reid 7, ..."): six or more names and nothing else."""
    text = _LIST_LABEL.sub("", re.sub(r"\s*\([^()]{0,40}\)", "", paragraph.strip()))
    entries = [entry.strip() for entry in re.split(r"[,;]|\.(?:\s|$)", text) if entry.strip()]
    return len(entries) >= _LIST_NAMES and all(_LIST_ENTRY.match(entry) for entry in entries)


def without_pull_quotes(body: list[str]) -> list[str]:
    """Drop a quotation set alone that another paragraph gives with its speaker (a pull quote)."""
    return [p for k, p in enumerate(body) if not _is_pull_quote(p, body[:k] + body[k + 1 :])]


def _is_pull_quote(paragraph: str, others: list[str]) -> bool:
    text = paragraph.strip()
    if not text or text[0] not in _OPENERS or text[-1] not in _CLOSERS:
        return False
    inner = text.strip(_OPENERS + _CLOSERS).rstrip(".,!?")
    if len(inner.split()) < _PULL_WORDS or any(mark in inner for mark in '"“”'):
        return False
    return any(inner in other for other in others)
