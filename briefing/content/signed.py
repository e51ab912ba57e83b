"""Bylines without "By": a name, then its role, outlet, place or date, on one line."""

from __future__ import annotations

import re

from briefing.content.byline import byline_tail, date_line, has_role_noun, name_line
from briefing.content.dates import find_when
from briefing.content.furniture import is_photo_credit

# What sets a name apart from its role or outlet: "Jane Doe, Reuters", "Jane Doe | Staff Writer".
_SIGNED_SEPARATOR = re.compile(r"\s*[,|•·]\s*|\s+[-–—]+\s+")
_TAIL_PIECES = re.compile(r"\s*[|•·]\s*")
# How long ago a page was updated: "Last Updated: 2 hours ago".
_AGE = re.compile(
    r"(?:(?:last )?updated:? )?\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago", re.I
)
# A name and the date after a slash or bar, maybe with a desk between: "MARCUS DELGADO / December
# 2, 2026", "Neha Kulkarni / TNN / Updated: Nov 30, 2026", "Rafiu Ajakaye |03.12.2026 - 17:42"
# (not "Jane Roe / Reuters", a photo credit).
_NAME_SLASH_DATE = re.compile(
    r"^(?P<name>[^/|]{3,60}?)\s*[/|]\s*(?:[A-Za-z][^/|\d]{0,30}\s*[/|]\s*)?(?P<date>[^/|]{6,60})$"
)
# A correspondent's name and where they file from: "Jane Doe in The Hague".
_NAME_IN_PLACE = re.compile(
    r"^(?P<name>.+?) (?:in|at) (?:the |The )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$"
)


def signed_line(line: str) -> tuple[str, str | None] | None:
    """Read a byline without "By": a name, then its role, outlet or place.

    "Jane Doe, Reuters", "Jane Doe | Staff Writer", "Jane Doe in Rotterdam".
    """
    dated = _NAME_SLASH_DATE.match(line)
    if dated is not None and date_line(dated["date"]) is not None:
        author = name_line(dated["name"])
        return None if author is None else (author, None)
    parts = _SIGNED_SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 1:
        placed = _NAME_IN_PLACE.match(line)
        author = name_line(placed["name"]) if placed else _name_over_role(line)
        return None if author is None else (author, None)
    author = name_line(parts[0].strip())
    if author is None:
        return None
    completes, outlet = byline_tail(parts[1].strip())
    if not completes:
        completes, outlet = _dated_tail(parts[1])
    return (author, outlet) if completes else None


def _dated_tail(rest: str) -> tuple[bool, str | None]:
    """Read what follows a name as pieces, each an outlet, a role or a date: "CBC News ·
    Posted: Dec 02, 2026 11:47 AM PST | Last Updated: 2 hours ago"."""
    outlet = None
    pieces = [piece for piece in _TAIL_PIECES.split(rest.strip()) if piece]
    for piece in pieces:
        completes, named = byline_tail(piece)
        if not (completes or date_line(piece) is not None or _AGE.fullmatch(piece)):
            return False, None
        outlet = outlet or named
    return len(pieces) > 1 and any(date_line(p) is not None for p in pieces), outlet


def _name_over_role(line: str) -> str | None:
    """Return the name of a name run on to its role: "Nicola Davis Science correspondent"."""
    words = line.split()
    for cut in (2, 3):
        role = " ".join(words[cut:])
        if 0 < len(words) - cut <= 4 and has_role_noun(role) and byline_tail(role)[0]:
            return name_line(" ".join(words[:cut]))
    return None


def uncredited_signature(line: str) -> tuple[str, str | None] | None:
    """Read a byline without "By" that is not a photo credit ("Jane Doe | Reuters"); one that
    gives a date is none ("JANE DOE / March 3, 2031")."""
    signed = signed_line(line)
    if signed is None or (is_photo_credit(line) and find_when(line) is None):
        return None
    return signed
