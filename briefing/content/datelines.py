"""Datelines that open a lead: "WASHINGTON (AP) — ", "St Goarshausen, Germany (dpa) - "."""

from __future__ import annotations

import re

from briefing.content.outlets import outlet_name

# "WASHINGTON (AP) — ", "(Reuters) - ", Reuters' "Dec 2 (Reuters) - " with no place, and CNN's
# "(CNN)The ..." with no space at all.
# The place may be in capitals with a region and a day ("PORT CALDER, Victoria, March 9"), or
# in lower case when a day follows ("Port Calder, March 9").
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY_MONTH = rf"(?:{_MONTH_NAME} \d{{1,2}}|\d{{1,2}} {_MONTH_NAME})"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30}){0,2}\s*"
    rf"|[A-Z][\w.'’ -]{{1,40}}(?:,\s*[A-Z][\w.'’ ]{{1,30}})?,\s*{_DAY_MONTH}\s*|{_DAY_MONTH}\s*)?"
    r"\((?P<outlet>[A-Z][\w&.'’ -]{0,30}?)\)(?:\s*(?:[-–—]{1,2}|:)\s*|(?=[A-Z][a-z]))"
)
# A place in any case before a known agency: "St Goarshausen, Germany (dpa) - ", EFE's
# "Valparaíso (Chile), Dec 2 (EFE).- ", and PTI's with no dash: "Pune, Nov 30 (PTI) The ...".
_WIRE_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4}(?: \([A-Z][\w ]{1,20}\))?"
    rf"(?:,\s*{_DAY_MONTH})?\s*\((?P<outlet>dpa|AFP|AP|Reuters|EFE|Xinhua|Yonhap|Kyodo|ANSA|KNA|"
    r"epd|IANS|PTI|Bernama|Anadolu)\)\.?(?:\s*(?:[-–—]{1,2}|:)\s*|\s+(?=[A-Z\"“]))"
)
_PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’]+(?: [A-Z][\w.'’]+){0,2})?"
    r"\s*[-–—]{1,2}\s+"
)
# A dateline without brackets: "Washington CNN —", "Hong Kong CNN — ".
_BARE_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3} (?P<outlet>[A-Z]{2,6})\s*[-–—]{1,2}(?:\s+|$)"
)

# A city and a colon, as Indian papers open a lead: "New Delhi: The Supreme Court on Monday ...";
# a label ("Update:", "Watch:") is none, and neither is a short line.
_COLON_DATELINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:\s+(?=[A-Z][a-z]*\s)")
_LABELS = frozenset(
    "update updated note watch breaking exclusive analysis opinion correction comment review "
    "video photos photo live explainer background context summary recap advertisement "
    "disclaimer warning source sources verdict result results preview transcript question "
    "answer caption credit listen read related also meanwhile today tonight yesterday".split()
)
_DATELINE_WORDS = 15


def dateline(paragraph: str) -> tuple[str, str | None]:
    """Strip a leading dateline; return the rest and the outlet it names, if any."""
    match = _DATELINE.match(paragraph)
    if match and len(match["outlet"].split()) <= 4 and not match["outlet"].isdigit():
        return paragraph[match.end() :], outlet_name(match["outlet"])
    wire = _WIRE_DATELINE.match(paragraph)
    if wire:
        return paragraph[wire.end() :], outlet_name(wire["outlet"])
    place = _PLACE_DATELINE.match(paragraph)
    if place:
        return paragraph[place.end() :], None
    bare = _BARE_DATELINE.match(paragraph)
    if bare:
        return paragraph[bare.end() :], outlet_name(bare["outlet"])
    colon = _COLON_DATELINE.match(paragraph)
    rest = paragraph[colon.end() :] if colon else ""
    label = colon is not None and colon.group().split()[0].rstrip(":").lower() in _LABELS
    if colon and not label and len(rest.split()) >= _DATELINE_WORDS and rest.endswith("."):
        return rest, None
    return paragraph, None


# A dateline set on a line of its own under the byline: "LAGOS, Nigeria", "BEIJING, China".
_PLACE_LINE = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2},\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?$"
)


def is_place_line(line: str) -> bool:
    """Tell a line that only says where the story was filed: a place in capitals, a region."""
    return _PLACE_LINE.match(line.strip()) is not None
