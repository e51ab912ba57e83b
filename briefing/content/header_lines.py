"""Lines of a page's header that are no headline: a menu set one item a line, a name over a role."""

from __future__ import annotations

import re

from briefing.content import furniture as f
from briefing.content.byline import byline_tail, date_line, name_line
from briefing.content.dates import When
from briefing.content.menus import is_navigation

_MENU_ITEM_WORDS = 4
# A government page's publisher line: "From: Department for Transport and The Rt Hon ... MP".
_FROM = re.compile(r"^From:\s+(?P<issuer>[A-Z][^,;:<>@]{2,80}?)(?:\s+and\s+(?:the\s+)?[A-Z].*)?$")
_BODY = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Council|Service|Authority|Commission|Executive|"
    r"Government|Treasury|Board|Police|Court|Parliament|Cabinet)\b"
)
_BAR = re.compile(r"\s+\|\s+")
_DOT = re.compile(r"\s+[·•|]\s+")


def menu_run(paragraphs: list[str], i: int) -> int:
    """Return how many lines from i form a site menu set one item a line, or 0: three or more
    short unpunctuated items ("Home", "News"), or prompts, not a name over its outlet."""
    end, items = i, 0
    while end < len(paragraphs) and (
        _menu_item(paragraphs[end]) or (end > i and _long_item(paragraphs, end))
    ):
        items += not f.is_prompt(paragraphs[end])
        end += 1
    # A logo's word in lower case over a menu line ("mint" / "Home / Industry"), not a name.
    logo = i < end < len(paragraphs) and paragraphs[i][:1].islower()
    if logo and is_navigation(paragraphs[end]):
        end, items = end + 1, items + 3
    if end - i >= 2 and signed_over(paragraphs, end - 2):
        end, items = end - 2, items - 2
    shares = end - i - items >= 3  # share buttons: "Social Sharing" / "Facebook" / "X" / ...
    return end - i if items >= 3 or shares else 0


def _menu_item(line: str) -> bool:
    """Tell a line that may be a menu item: one or two words, no digits, no punctuation."""
    words = line.split()
    return (
        0 < len(words) <= 2
        and line[0].isalpha()
        and not any(c.isdigit() for c in line)
        and not line.endswith(f._END_PUNCT)
    )


def _long_item(paragraphs: list[str], i: int) -> bool:
    """Tell a menu item of three or four words in Title Case between two short ones ("Israel
    News" / "Israel & the Region" / "Jewish Times"; "Policy" / "Heard on the Hill" / "Policy")."""
    line = paragraphs[i]
    following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    return (
        len(line.split()) <= _MENU_ITEM_WORDS
        and f.is_title_case(line)
        and not any(c.isdigit() for c in line)
        and not line.endswith(f._END_PUNCT)
        and _menu_item(following)
    )


def signed_over(paragraphs: list[str], i: int) -> bool:
    """Tell a name over a role, outlet or date line: a byline without "By" ("Jane Doe / Reporter").

    The date stays for the next line to give.
    """
    following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    if name_line(paragraphs[i]) is None:
        return False
    return byline_tail(following)[0] or date_line(following) is not None


def outlet_dated(line: str) -> tuple[str, When] | None:
    """Return the outlet and date of a line that gives only those, as a news app sets them
    under a shared story's headline ("Evening Courier · Dec 1, 2026"), or None."""
    parts = _DOT.split(line)
    if len(parts) != 2 or name_line(parts[0]) is not None:
        return None
    named, outlet = byline_tail(parts[0])
    when = date_line(parts[1])
    return (outlet, when) if named and outlet and when is not None else None


def publisher(line: str) -> str | None:
    """Return the body a government page names as its publisher ("From: Department for
    Transport and The Rt Hon Lucy Harrower MP"), not a person an e-mail is from, or None."""
    found = _FROM.match(line)
    if found is None or (name_line(found["issuer"]) and not _BODY.search(found["issuer"])):
        return None
    return found["issuer"]


def dates_apart(line: str) -> list[When]:
    """Return the dates of a date line's parts set apart by bars ("Updated: Nov. 30, 2026, 7:10
    a.m. | Published: Nov. 29, 2026, 9:48 p.m."): two stamps, where the line reads as one."""
    parts = _BAR.split(line)
    if len(parts) < 2:
        return []
    stamps = [when for part in parts if (when := date_line(part)) is not None]
    return stamps if len(stamps) == len(parts) else []  # not "Dec 02 2026 | 11:58 PM IST"
