"""Who a summary sentence quotes or names: a bystander quoted at length, or a speaker or
subject named by surname alone ("..., Brennan said.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.summary_quoted import quoted_share, unquoted

BYSTANDER_QUOTED = 0.5
"""Share of quoted words above which a sentence is mostly a quotation."""

_VERBS = (
    r"(?:said|says|added|adds|told|explained|noted|continued|asked|wrote|recalled|insisted"
    r"|argued|warned|claimed|stressed)"
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
_SURNAME = r"([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
# "Brennan said" at the start or after a quotation; "said Brennan." at the end of a clause;
# "Brennan, for her part, claimed" or "Brennan added that" opening the sentence.
_SPEAKER = re.compile(
    rf"""(?:^|[,”"’?!]\s+|[,”"’?!]\s*[”"’]\s+){_HONORIFIC}{_SURNAME}(?:\s*,[^,]{{1,40}},)?\s+{_VERBS}\b"""
    rf"""|\b{_VERBS}\s+{_HONORIFIC}{_SURNAME}\s*[.,;]"""
)


# A speaker described as a member of the public, in an apposition: ", a resident", ", a local
# shop owner", ", who runs a shop". An age alone (", 63,") is no sign: a story's subject has one.
_BYSTANDER = re.compile(
    r"""(?:,\s*(?:an?\s+(?:[\w-]+\s+){0,3}
        (?:residents?|neighbou?rs?|witness(?:es)?|passengers?|bystanders?|onlookers?|shoppers?
          |customers?|owners?|workers?|employees?|students?|parents?|mother|father|mum|dad|fans?
          |visitors?|locals?|villagers?|tenants?|commuters?|drivers?|survivors?)
      |who\s+(?:lives|lived|runs|ran|owns|owned|works|worked|has\s+lived|was\s+at))\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


def names_fully(text: str, surname: str) -> bool:
    """Tell whether a text gives a surname with a capitalised word before it ("Tom Brennan",
    "Gov. Keller"); a courtesy title ("Mr Brennan", "Dr. Lane") is no fuller name."""
    pattern = rf"\b([A-Z][\w’'-]*)\.?\s+{re.escape(surname)}\b"
    return any(word not in _HONORIFICS for word in re.findall(pattern, text))


def bare_surnames(sentence: str) -> set[str]:
    """Return the single capitalised names a sentence gives its speaker or subject by."""
    found = set()
    for match in _SPEAKER.finditer(sentence):
        name = match.group(1) or match.group(2)
        if name and not names_fully(sentence, name):
            found.add(name)
    return found


def introduction(sentences: Sequence[str], index: int) -> int | None:
    """Return the index of the closest earlier sentence that names, with a fuller name, a person
    ``sentences[index]`` knows by surname alone; None when it names nobody so.

    A surname never given in full earlier ("Critics said", "Reuters said") is no surname: the
    sentence stands alone.
    """
    closest: int | None = None
    for name in bare_surnames(sentences[index]):
        earlier = [n for n in range(index) if names_fully(sentences[n], name)]
        if earlier:
            closest = max(earlier[-1], closest if closest is not None else -1)
    return closest


def is_bystander_quote(sentence: str) -> bool:
    """Tell whether a sentence is mostly the quoted words of a member of the public ('"I have
    never seen anything like it," said Graham Pickles, 63, who runs a shop.'): colour, which the
    key quotes may show, not a fact the summary must state."""
    return quoted_share(sentence) > BYSTANDER_QUOTED and bool(_BYSTANDER.search(unquoted(sentence)))
