"""Find who does what in a sentence that opens with a name: "Halvorsen conceded ...".

Two outlets that tell one act rarely share its wording beyond the name and the verb: "Halvorsen
conceded in a speech to his supporters at Harbor Brewing" and "Halvorsen, who owns a chain of
hardware stores, conceded shortly after 11 p.m." Both open with the one person and go on to the
one verb, told in the past. Speech verbs ("said", "told") and auxiliaries ("was", "will") name no
act of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.text import STOP_WORDS, stem

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|,|\S")
_NOT_ACTS = frozenset(
    """
    said says say told tells added adds noted notes wrote writes asked asks explained explains
    argued argues insisted warned warns recalled stated states claimed claims called calls
    was were is are be been being has have had will would could should can may might must shall
    did does do also later then still now already again never once first last too
    who whose which that whom where when while as
    """.split()
)
# Past forms not ending in "-ed": an act told as done.
_IRREGULAR = frozenset(
    """
    beat became began bought brought built caught chose came cut drew drove fell fled fought
    found forgave froze gave got grew held hid hit hung kept knew laid led left lent let lost
    made meant met overtook paid put quit ran rang rose sank sat saw sent set shook shot shut sold
    sought spent split spoke spun stole stood struck stuck swept swore swam took taught tore threw
    underwent undid understood upheld won withdrew wore
    """.split()
)
_TITLES = frozenset(
    """
    mr mrs ms dr sen rep gov gen president mayor minister governor senator chancellor premier
    prime secretary judge justice chief coach manager captain commissioner officer sheriff
    """.split()
)
_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,6}")
"""A name written in capitals: "U.S.", "FBI", "NATO"."""
_MODALS = frozenset("will may could might would".split())
"""Words before a verb that tell an act to come."""
_NAME_WORDS = 4
"""Most words a name opening the sentence may have."""
_ASIDE_WORDS = 25
"""Most words of an aside between the name and its verb (", who owns a chain of stores,")."""


@lru_cache(maxsize=1 << 14)
def act(text: str) -> tuple[str, str] | None:
    """Return the name a sentence opens with and the stem of its verb, or None.

    The name is known by its last word and may follow "The" ("The Senate", "The Census
    Bureau"); an aside set off by commas may stand between it and the verb, and an adverb
    ending in "-ly" may stand before the verb. A verb told in the past is the act; one after
    "will" or "may" is an act to come, another point than the act done ("will:vote").
    """
    tokens = _WORD.findall(text.lstrip("\"'“‘("))
    index = 1 if tokens and tokens[0] == "The" else 0
    if len(tokens) > index and tokens[index].lower() in STOP_WORDS:
        return None  # "The council ...", "In March ...": no name opens it
    start = index
    while index < min(len(tokens), start + _NAME_WORDS) and _name_word(tokens[index]):
        index += 1
    name = [t for t in tokens[start:index] if t.lower().rstrip(".") not in _TITLES]
    if not name:
        return None
    if index < len(tokens) and tokens[index] == ",":
        index = _after_aside(tokens, index + 1)
    return _verb(tokens, index, stem(name[-1].lower().removesuffix("'s")))


def _verb(tokens: list[str], index: int, subject: str) -> tuple[str, str] | None:
    """Read the verb from ``index`` on: an act done, or (after a modal) an act to come."""
    if index < len(tokens) and tokens[index].endswith("ly"):
        index += 1
    if index < len(tokens) and tokens[index] in _MODALS:
        verb = tokens[index + 1].rstrip(".") if index + 1 < len(tokens) else ""
        if verb.isalpha() and verb.islower() and verb not in _NOT_ACTS:
            return subject, "will:" + stem(verb)
        return None
    verb = tokens[index].rstrip(".") if index < len(tokens) else ""
    past = (verb.endswith("ed") and verb.isalpha()) or verb in _IRREGULAR
    if verb in _NOT_ACTS or not past:
        return None
    return subject, stem(verb)


def _name_word(token: str) -> bool:
    """Tell a capitalised word that may belong to a name ("Mark", "Halvorsen", "O'Neill")."""
    if token in ("Jr.", "Sr.") or _ACRONYM.fullmatch(token):
        return True
    return token[:1].isupper() and (token[1:2].islower() or token[1:2] in ("'", "’"))


def _after_aside(tokens: list[str], start: int) -> int:
    """Return the index after the comma closing an aside that starts at ``start``, or the end."""
    for index in range(start, min(len(tokens), start + _ASIDE_WORDS)):
        if tokens[index] == ",":
            return index + 1
    return len(tokens)
