"""The person a sentence opens with, who speaks a quotation woven into it."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.quotes_attribution import OPENING_NAME, Attribution
from briefing.speakers import is_person_name, is_title, strip_titles

_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:On|In|At|During|After|Before|Later|Earlier|Meanwhile|Still|But|And|Yet)\b[^,]{0,40},\s*"
)
# What a person's words are called: "Nicolle Wallace's contention that ... was '...'".
_SAYINGS = frozenset(
    "statement tweet letter post message memo speech remarks email testimony interview "
    "contention claim argument assertion words comments view warning plea verdict".split()
)
_WORD = re.compile(r"\s*([A-Za-z]+)\s+")
# A capitalised word or two before a role in lower case: "England captain", "Sinn Féin leader".
_MODIFIER = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+([a-z]+)\s+")


def sentence_subject(
    sentence: str, offset: int, known: Callable[[str], bool]
) -> Attribution | None:
    """Credit a quote woven into a sentence to the person the sentence opens with, if any.

    ``known`` tells whether a lone surname belongs to someone the article named in full.
    """
    lead = _LEADING_ADVERBIAL.match(sentence)
    skip = _after_roles(sentence, lead.end() if lead else 0)
    found = OPENING_NAME.match(sentence, skip)
    if found is None or not found.group(0).strip():
        return None
    run = found.group("run").rstrip(".")
    name = strip_titles(run)
    following = sentence[found.end() :].lstrip(" ,")
    if not following[:1].islower() or following.startswith(("’s", "'s")):
        return None
    if run.endswith(("’s", "'s")) and following.split(" ", 1)[0].strip(",") not in _SAYINGS:
        return None  # "Donald Trump's blog, celebrated by advisers as": an owner, no speaker
    if not is_person_name(name) and not (len(name.split()) == 1 and name and known(name)):
        return None
    return Attribution(run, offset + found.start("run"), False)


def _after_roles(sentence: str, start: int) -> int:
    """Skip role words before a name: "Fellow novelist Hilary Penmarric", "Former England
    captain Michael Vaughan" (a capitalised word or two may modify a role in lower case)."""
    position = start
    while word := _role_word(sentence, position):
        position = word.end()
    following = sentence[position : position + 1]
    return position if position > start and following.isupper() else start


def _role_word(sentence: str, position: int) -> re.Match[str] | None:
    """Match a title word at position, or a role in lower case with its modifier before it."""
    word = _WORD.match(sentence, position)
    if word is not None and is_title(word.group(1)):
        return word
    modified = _MODIFIER.match(sentence, position)
    return modified if modified is not None and is_title(modified.group(1)) else None
