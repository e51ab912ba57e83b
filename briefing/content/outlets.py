"""Outlets as texts name them: copyright holders, wire services spelt in full, web addresses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_COPYRIGHT = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<org>[A-Z][^,;]*?)(?:\s+\d{4})?(?:\.\s|\.$|,|;|\s+all rights|$)",
    re.IGNORECASE,
)
_SOURCE_AND_AGENCIES = re.compile(r"^Source: (?P<org>[A-Z][\w&.'’ -]{1,40}?) and news agencies\.?$")
# A host's prefix that names no publication: "www.", "m.", a language or region ("en.", "uk.").
_HOST_PREFIX = re.compile(
    r"^(?:www\d?|m|amp|mobile|edition|[a-z]{2})\.(?=(?!(?:co|com|org|net|gov|ac|edu)\.)[^.]+\.)"
)
_OUTLET_NAMES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "cn": "Courthouse News Service",
    "canadian press": "The Canadian Press",
    # Press release distributors as their datelines spell them: "/PRNewswire/", "(BUSINESS WIRE)".
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "accesswire": "ACCESSWIRE",
    "marketwired": "Marketwired",
}


def copyright_outlet(line: str) -> str | None:
    """Return the holder named by a line such as "Copyright 2014 The Associated Press.", or the
    outlet of a closing "Source: Al Jazeera and news agencies"."""
    source = _SOURCE_AND_AGENCIES.match(line.strip())
    if source is not None:
        return outlet_name(source["org"])
    match = _COPYRIGHT.match(line.strip())
    if match is None:
        return None
    org = match["org"].strip()
    return outlet_name(org) if 0 < len(org.split()) <= 6 else None


def outlet_name(name: str) -> str:
    """Spell well-known wire services in full: "AP" becomes "The Associated Press"."""
    cleaned = " ".join(name.split())
    key = cleaned.lower().removeprefix("the ")
    return _OUTLET_NAMES.get(key.split("-")[0] if key.startswith("prnewswire-") else key, cleaned)


# Google's AMP viewer: "https://www.google.com/amp/s/www.site.co.uk/story.amp".
_AMP_HOST = re.compile(r"(?:^|\.)google\.[a-z.]{2,6}$")
_AMP_CACHE = re.compile(r"^/amp/(?:s/)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/|$)")


def outlet_from_url(url: str) -> str | None:
    """Name a publication by its address when nothing else does: "harbourdaily.co.uk"."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return None
    amp = _AMP_CACHE.match(parts.path) if _AMP_HOST.search(host) else None
    if amp is not None:
        host = amp["host"].lower()  # a page shared from Google's AMP cache is its site's
    if "." not in host or host.replace(".", "").isdigit():
        return None
    return _HOST_PREFIX.sub("", host, count=1)
