"""Speakers read from what stands around a quotation's attribution: a document's issuer
("Global Sports Management said in a statement", then "..., the statement said.") and a second
speaker in a joint attribution ("Mayor Ana Ruiz and harbour master Tom Pellow said")."""

from __future__ import annotations

import re

from briefing.speakers import is_person_name, strip_titles

# What a quotation's speaker may be when it is a document, not a person.
_DOCUMENT = re.compile(r"(?:the|a|its|their|his|her)\s+(?:written\s+)?(?:statement|release)", re.I)
# An issuer before it: "X said in a statement", "X, the runner's agent, said in a statement",
# "In a statement, X said", "a statement from X".
_WORD = r"[A-Z][\w'’.&-]*"
_NAME = rf"({_WORD}(?:\s+(?:of|for|and|the|de|du)\s+{_WORD}|\s+{_WORD}){{0,6}})"
_ISSUED = re.compile(
    rf"{_NAME}(?:,[^,.;]{{1,80}},|,)?\s+(?:said|says|wrote|added)\s+in\s+(?:a|an|its|their)\s+"
    r"(?:written\s+|emailed\s+|e-mailed\s+|joint\s+)?statement"
    rf"|[Ii]n\s+a\s+(?:written\s+)?statement,\s+{_NAME}\s+(?:said|says|wrote)"
    rf"|\b[Aa]\s+statement\s+(?:from|by|issued\s+by|released\s+by)\s+(?:the\s+)?{_NAME}"
)
_BASED = re.compile(r"^[\w.'’-]+-based\s+")
"""Where the issuer is based, before its name ("Dutch-based Global Sports Management")."""
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_NOT_NAMES = frozenset("he she it they we i you the this that his her its their officials".split())
REACH = 700
"""Characters before a quotation within which its document's issuer must be named."""


def issuer(speaker: str | None, text: str, start: int) -> str | None:
    """Return who issued the document a quotation is credited to, or the speaker unchanged."""
    if speaker is None or not _DOCUMENT.fullmatch(speaker.strip()):
        return speaker
    named = list(_ISSUED.finditer(text, max(0, start - REACH), start))
    if not named:
        return speaker
    name = next(group for group in named[-1].groups() if group)
    # A name never runs over a sentence's end ("... the Marine Corps. The statement ...").
    name = _BASED.sub("", _SENTENCE_END.split(name)[-1].removeprefix("The ")).strip()
    return speaker if not name or name.lower() in _NOT_NAMES else name


# Two speakers in one attribution: "Mayor Ana Ruiz and harbour master Tom Pellow" (a role in
# lower case or a title may stand before either name).
_JOINED = re.compile(r"(?P<first>.+?)\s+and\s+(?P<second>.+)")


def joint(speaker: str | None, phrase: str) -> str | None:
    """Return "A and B" when the attribution names two people and the speaker found is one."""
    found = _JOINED.fullmatch(phrase.strip())
    if speaker is None or found is None or not is_person_name(speaker):
        return speaker
    first, second = (_name_in(found[part]) for part in ("first", "second"))
    if not (first and second) or speaker not in (first, second):
        return speaker
    return f"{first} and {second}"


def _name_in(words: str) -> str | None:
    """Return the person's name a phrase ends with, its role or title left out."""
    tokens = words.split()
    start = next(
        (
            i
            for i, token in enumerate(tokens)
            if token[:1].isupper() and not any(t[:1].islower() for t in tokens[i:])
        ),
        None,
    )
    if start is None:
        return None
    name = strip_titles(" ".join(tokens[start:]))
    return name if is_person_name(name) else None
