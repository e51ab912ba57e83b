"""Site menus and breadcrumbs copied with a page: "Home | World | Politics", "HOME NEWS SPORT"."""

from __future__ import annotations

import re

_BYLINE_START = re.compile(r"^(?:by|written by|posted by)\s", re.IGNORECASE)
# Menus and breadcrumbs: "Home | World | Politics | Sign in", "News › Europe › France".
_NAV_SEPARATOR = re.compile(r"\s*[|•·›»>]\s*|\s+/\s+")
_NAV_ITEM = re.compile(r"^[A-Z&][\w&'’-]*(?: [\w&'’-]+){0,3}$")
# The sections of a news site: a line of these alone is its menu, even with the separators lost
# in copying ("HOME POLITICS ECONOMY OPINION VIDEO").
SECTIONS = frozenset(
    """
    home news world politics business economy money markets opinion opinions video videos sport
    sports tech technology science health culture arts entertainment lifestyle life style travel
    weather local national international us uk europe latest live podcasts podcast climate
    environment education food books music film tv media photos more search menu subscribe
    """.split()
)


def is_navigation(paragraph: str) -> bool:
    """Tell a site menu or breadcrumb line: three or more short capitalised items, separated."""
    text = paragraph.strip()
    if len(text) > 160 or _BYLINE_START.match(text) or any(c.isdigit() for c in text):
        return False
    items = [item for item in _NAV_SEPARATOR.split(text) if item]
    if len(items) >= 3 and all(_NAV_ITEM.match(item) for item in items):
        return True
    words = text.split()
    sections = sum(word.lower() in SECTIONS for word in words)
    # Section names whose separators were lost, a few of this site's own among them:
    # "HOME NEWS POLITICS METRO PLUS SPORTS BUSINESS EDITORIAL".
    return len(words) >= 3 and (
        sections == len(words)
        or (sections >= 4 and 2 * sections > len(words) and text.replace(" ", "").isalpha())
    )
