"""A speaker named in apposition: "the head librarian, Samuel Brandt," is Samuel Brandt."""

from __future__ import annotations

import re

from briefing.speakers import is_person_name, name_in

APPOSITIVE = re.compile(r",\s[^,]{1,80},\s*$")
_NAME_OF = re.compile(r" (?:of|at|from) [A-Z]")


def named_appositive(text: str) -> tuple[str, int] | None:
    """Read "the head librarian, Samuel Brandt," as Samuel Brandt: the name in the appositive."""
    found = APPOSITIVE.search(text)
    if found is None:
        return None
    head = text[: found.start()].split()
    inner = found.group(0).strip(" ,")
    described = len(head) >= 2 and head[-2].lower() in {"the", "a", "an", "its", "his", "her"}
    role = not described and not (head and head[-1][:1].islower())
    if role and not _role_head(text, found):
        return None
    name = name_in(inner)
    if name is None or not is_person_name(name):
        return None
    if role and any(word[:1].islower() for word in inner.split()):
        return None  # "judge Roger Benitez, an appointee of President George W. Bush,"
    # "the group's counsel, Jeremy Oyelaran of Whitcomb Fairley LLP,": the name, then its firm.
    firm = inner.startswith(name) and _NAME_OF.match(inner[len(name) :]) is not None
    if not (inner.endswith(name) or firm):
        return None
    return inner, text.find(inner, found.start())


def _role_head(text: str, found: re.Match[str]) -> bool:
    """Tell a role before the appositive that ends in a name or a place: "Network Rail's route
    director for East Midlands, Helen Oduya,", "Wendlow's MP, Rachel Isherwood,"."""
    words = text[: found.start()].rsplit(",", 1)[-1].split()
    if len(words) < 2:
        return False
    possessive = any(word.endswith(("'s", "’s")) for word in words[:-1])
    return possessive or any(word[:1].islower() for word in words[1:])
