"""The site's URL scheme: every output path, and links relative to the page that holds them.

Every HTML page links with paths relative to itself (``root`` + a path from the site root), so the
site works from any sub-path and from ``file://``; links always name a file (``.../index.html`` or
``x.html``) because ``file://`` has no directory index.
"""

from __future__ import annotations

import hashlib
from datetime import date
from urllib.parse import quote

from briefing.text import slugify

FRONT = "index.html"
ARCHIVE = "archive.html"
SEARCH = "search.html"
SEARCH_INDEX = "search-index.js"
NOT_FOUND = "404.html"
OUTLETS = "outlets/index.html"
TAGS = "tags/index.html"
ATOM = "feed.xml"
JSON_FEED = "feed.json"
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
STATIC = "static/"
_SLUG_LENGTH = 60
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def story_path(story_id: str) -> str:
    """Return the output path of a story page, e.g. ``stories/<id>.html``."""
    return f"stories/{story_id}.html"


def front_path(number: int) -> str:
    """Return the output path of front page ``number`` (1 is ``index.html``)."""
    return FRONT if number == 1 else f"page/{number}.html"


def day_path(day: date) -> str:
    """Return the output path of the archive page of one day, ``YYYY/MM/DD/index.html``."""
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}/index.html"


def outlet_path(slug: str) -> str:
    """Return the output path of an outlet's page."""
    return f"outlets/{slug}.html"


def tag_path(slug: str) -> str:
    """Return the output path of a tag's page."""
    return f"tags/{slug}.html"


def name_slug(name: str) -> str:
    """Make a file-safe slug of an outlet or tag name, unique to the name's spelling-free form.

    Names without letters, names whose slug is cut short, and the name ``index`` (taken by the
    list page) get a short hash so that two different names never share a page.
    """
    full = slugify(name, max_length=10_000)
    if full and len(full) <= _SLUG_LENGTH and full != "index":
        return full
    digest = hashlib.sha1(full.encode("utf-8") if full else name.encode("utf-8")).hexdigest()[:8]
    short = slugify(full, max_length=_SLUG_LENGTH) if full else "x"
    return f"{short}-{digest}"


def href(path: str) -> str:
    """Percent-encode an output path for use in an ``href`` (slashes kept)."""
    return quote(path, safe="/")


def root_of(path: str) -> str:
    """Return the relative prefix from the page at ``path`` to the site root, e.g. ``../``."""
    return "../" * path.count("/")


def safe_link(url: str | None) -> str | None:
    """Return ``url`` if it is an absolute http(s) link, else None (drops ``javascript:`` etc.)."""
    if not url:
        return None
    text = url.strip()
    scheme, _, rest = text.partition(":")
    if scheme.lower() not in {"http", "https"} or not rest.startswith("//") or len(rest) < 3:
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return None
    # Encode what a validator rejects in a URL (spaces, quotes, non-ASCII) and keep the rest.
    return quote(text, safe=_URL_SAFE)


def absolute(base_url: str, path: str) -> str:
    """Join ``base_url`` (empty, or ending in ``/``) and an output path into a link."""
    return base_url + href(path)
