"""Salvage an article's last sentence when the text stops mid-sentence: keep its complete clauses.

Excerpts and truncated feeds end in the middle of a sentence ("... after the Democrats said
they"), which no summary may show. Often the words before the last comma are a sentence in their
own right ("Trump walked out of talks on Wednesday over funding for a border wall, complaining").
The cut-off clause is dropped and a full stop closes what is left, but only when what is left looks
like a whole sentence: long enough, quotes and brackets closed, a verb in it, not an opening
phrase ("In a statement on Tuesday") and not ending on a word that needs more ("said", "and").
"""

from __future__ import annotations

import re

from briefing.summary_filters import is_complete

MIN_KEPT = 8
"""Fewest words a trimmed sentence keeps: shorter heads are mostly a name before an aside."""

MIN_SEGMENT = 3
"""Fewest words after the head's own last comma: "no muss, no fuss" and "in fact" were cut short."""

# The last comma that ends a clause: a comma and a space, then at least one more word.
_LAST_CLAUSE = re.compile(r"^(.*\S),\s+\S.*$", re.DOTALL)
_CLAUSE_END = re.compile(r"\s*[,;—–]+\s*$")
_ELLIPSIS_TAIL = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*$")
# A head that opens with a subordinate or prepositional phrase (or an inverted condition) needs
# its main clause.
_OPENER = re.compile(
    r"^[\"“‘(]*(?:(?:but|and|or|so|yet)\s+)?(?:even\s+)?"
    r"(?:when|while|although|though|because|if|after|before|as|since|unless|until|whereas"
    r"|should|were|had"  # a condition told by inversion: "Should Facebook find him fit, ..."
    r"|despite|in|on|at|for|with|by|from|during|amid|following|according|once|to|of"
    r"|who|which|that|where|whether)\b",
    re.IGNORECASE,
)
# A last word that leaves the head waiting for more.
_OPEN_END = re.compile(
    r"\b(?:said|says|say|told|tells|added|and|or|but|nor|of|the|a|an|to|that|including|such as"
    r"|like|than|with|as|was|were|is|are|be|been|has|have|had|will|would|could|should|not)$",
    re.IGNORECASE,
)
# The head's last part opens an aside the cut left unfinished: ", who died ...", ", a man ...",
# "and, according to ...".
_OPEN_SEGMENT = re.compile(
    r"(?:,\s+(?:who|whom|whose|which|a|an|according)\b|\b(?:and|but|or|though|although),\s)[^,]*$",
    re.IGNORECASE,
)
# The head's last subordinate clause, which needs a verb of its own: ", as Schumer and Pelosi".
_LAST_SUBORDINATE = re.compile(
    r".*[,—–]\s*(?:as|when|while|after|before|because|although|though|since|until|unless|once)\s+"
    r"(.*)$",
    re.IGNORECASE | re.DOTALL,
)
# What follows the last comma continues a list the comma sits in ("an enduring, undeniable and
# formidable permanent..."): the head would end on a list's first item, often a bare adjective.
_LIST_TAIL = re.compile(r"^\s*[\w’'-]+(?:,\s*[\w’'-]+)*,?\s+(?:and|or)\s", re.IGNORECASE)
# A relative clause set off by commas: ", which was adopted 10-4 with one abstention,".
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*,", re.IGNORECASE)
# The same clause followed by a prepositional phrase, where the main verb should be.
_RELATIVE_THEN_PHRASE = re.compile(
    r",\s+(?:who|whom|whose|which)\b[^,]*,\s+(?:by|in|at|on|for|with|from|of|to|under|over"
    r"|near|after|before|during|including)\b",
    re.IGNORECASE,
)
_AUXILIARY = frozenset(
    "is are was were has have had will would could can might should must did does do "
    "said says told".split()
)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def trim_cut(sentence: str) -> str | None:
    """Return a cut-off sentence up to its last complete clause, or None when none stands."""
    if is_complete(sentence):
        return None
    text = _ELLIPSIS_TAIL.sub("", sentence)
    if text != sentence and is_complete(text) and len(text.split()) >= MIN_KEPT:
        return text
    # A cut right after a clause ("... violate federal law," or "... of the exchanges —") keeps
    # it all; otherwise the clause after the last comma goes.
    closed = _CLAUSE_END.sub("", text)
    match = _LAST_CLAUSE.match(text)
    heads: list[str] = [closed] if closed != text else []
    if match and not _LIST_TAIL.match(text[match.end(1) + 1 :]):
        heads.append(match.group(1).rstrip())
    head = next((h for h in heads if _stands(h)), None)
    if head is None:
        return None
    return head if head.endswith(".") else head + "."


def _stands(head: str) -> bool:
    """Tell whether a head left by trimming reads as a whole sentence."""
    tokens = head.split()
    if len(tokens) < MIN_KEPT or _OPEN_END.search(head) or _OPENER.match(head):
        return False
    if _OPEN_SEGMENT.search(head) or len(head.rsplit(",", 1)[-1].split()) < MIN_SEGMENT:
        return False
    subordinate = _LAST_SUBORDINATE.match(head)
    if subordinate and not has_verb(subordinate.group(1).split()):
        return False
    # A relative clause followed by a phrase, not a verb ("The recommendation, which was adopted
    # 10-4, by the committee"): the verb must be the sentence's own, not only the clause's.
    own = _RELATIVE.sub(" ", head) if _RELATIVE_THEN_PHRASE.search(head) else head
    return _balanced(head) and has_verb(own.split())


def _balanced(text: str) -> bool:
    """Tell whether quotation marks and brackets are all closed."""
    straight = text.count('"') % 2 == 0
    curly = text.count("“") == text.count("”")
    return straight and curly and text.count("(") == text.count(")")


def has_verb(tokens: list[str]) -> bool:
    """Tell whether a head likely holds a finite verb.

    An auxiliary or speech verb counts, and so does a past tense that no determiner precedes
    and no hyphen joins ("walked", not "the embattled" nor "much-admired").
    """
    words = [token.strip("\"'“”‘’(),;:").lower() for token in tokens]
    return any(
        word in _AUXILIARY
        or (
            index > 0
            and len(word) > 3
            and word.endswith("ed")
            and "-" not in word
            and words[index - 1] not in _DETERMINERS
        )
        for index, word in enumerate(words)
    )


def trim_last(sentences: list[str]) -> list[str]:
    """Replace an article's cut-off last sentence by its complete clauses where they stand."""
    trimmed = trim_cut(sentences[-1]) if sentences else None
    return sentences if trimmed is None else [*sentences[:-1], trimmed]
