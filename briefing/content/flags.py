"""News flags before a headline: "BREAKING: ", "Watch: ", Reuters' "UPDATE 2-", "Soccer-"."""

from __future__ import annotations

import re

# A flag before the headline: "BREAKING: ...", "Watch: ...", "EXCLUSIVE-...", "UPDATE 2-...",
# "Soccer-...", "(LEAD) ...".
_FLAG = re.compile(
    r"^(?:(?:BREAKING(?: NEWS)?|UPDATE(?: \d+)?|EXCLUSIVE|WATCH|LIVE(?: UPDATES)?|VIDEO|"
    r"JUST IN|DEVELOPING|LISTEN|PHOTOS)(?:\s*[:|]\s*|\s+[-–—]\s+|-(?=[A-Z]))"
    r"|(?:Breaking(?: news)?|Update|Exclusive|Watch|Live(?: updates)?|Video|Just in|"
    r"Developing|Listen|Photos)\s*:\s*"
    # A wire's sport tag: "Soccer-Okafor double lifts Harbury", "Tennis-...".
    r"|(?:Soccer|Football|Tennis|Golf|Cricket|Rugby(?: union| league)?|Athletics|Cycling|"
    r"Motor racing|Motorsport|Formula One|Olympics|Basketball|Baseball|Boxing|Swimming|Skiing|"
    r"NFL|NBA|NHL|MLB)-(?=[A-Z])"
    # A wire's version tag in brackets: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)".
    r"|\((?:LEAD|\d+(?:st|nd|rd|th) LD(?:, [\w ]{1,20})?|URGENT|UPDATE(?: \d+)?|CORRECTED|"
    r"REPEAT|EDITORIAL|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|Feature|"
    r"FOCUS|ANALYSIS)\)\s+)"
    r"(?=[A-Z0-9'‘\"“]\S*(?: \S+){1,})"
)


def without_flag(title: str) -> str:
    """Remove a news flag from a headline: "BREAKING: Dam fails" becomes "Dam fails"."""
    match = _FLAG.match(title)
    if match is None or (match[0].lower().startswith("update") and title[match.end()].isdigit()):
        return title  # "Update: 12:32 p.m." is when, not a flag
    return title[match.end() :]
