"""The header of a plain-text page: headline, byline and date lines over the article.

Pages copied whole bring the site's name, menus and section labels above the headline; these
are told apart by their shape (a short name over other header lines, one-word items set one a
line), never by a site's wording.
"""

from __future__ import annotations

import re

from briefing.content import furniture as f
from briefing.content.boxes import fact_box
from briefing.content.byline import byline_tail, date_line, is_byline, name_line, parse_byline
from briefing.content.captions import is_caption_after_credit
from briefing.content.datelines import is_place_line
from briefing.content.dates import When, find_when, is_unsettled_date_line, update_when
from briefing.content.flags import without_flag
from briefing.content.header_lines import (
    dates_apart,
    menu_run,
    outlet_dated,
    publisher,
    signed_over,
)
from briefing.content.menus import SECTIONS, is_navigation
from briefing.content.meta import Meta
from briefing.content.outlets import copyright_outlet
from briefing.content.signed import signed_line, uncredited_signature

_HEADER_LIMIT = 10
_BOX_ITEMS = 5
_BULLET = re.compile(r"^[-–•*] \S")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_ACRONYM = re.compile(r"[^\W\d_a-z]{2,5}")
_HOMEPAGE = re.compile(r"\s+(?:home ?page|home)$", re.IGNORECASE)
_MASTHEAD_WORDS = 4
_STANDFIRST_LINES = 3
_CLOSERS = "\"'”’»)] "
# A site's name given as its address over the headline: "northernsportsnews.co.uk".
_SITE_ADDRESS = re.compile(
    r"(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20})*\.(?:com|co\.uk|org|net|news|uk|au|ca|ie|nz|in)"
)
# Sections whose name runs to four words, never a headline over one.
_SECTION_NAMES = frozenset({"letters to the editor", "letter to the editor", "in the news"})
_BAR_MARKS = ("|", "/", "›", "»", ">", "•", "·")


def read_header(paragraphs: list[str]) -> tuple[Meta, int, list[str], str | None]:
    """Read headline, byline and date lines at the top.

    Return them, where the body starts, the standfirst (a line between headline and byline
    that sums the story up), which belongs to the body, and the site's name when it tops a menu
    ("Castleford Express" / "News" / "Sport" / ...), an outlet a dateline or byline overrules.
    """
    title = author = outlet = url = site = None
    published: When | None = None
    latest: When | None = None  # the latest date line: when the page was updated
    standfirst: list[str] = []
    i, after_byline, title_at, limit = 0, -1, -1, _HEADER_LIMIT
    while i < min(len(paragraphs), limit):
        line = paragraphs[i]
        menu = menu_run(paragraphs, i)
        byline = parse_byline(line) if len(line) <= 200 else None
        when = date_line(line)
        tail = byline_tail(line) if after_byline == i else (False, None)
        address = f.page_url(line)
        if address:
            url, i = url or address, i + 1
        elif menu:
            # The site's name tops the menu, maybe under "Skip to content".
            above = all(f.is_prompt(p) for p in paragraphs[:i])
            site = _masthead_outlet(line, menu=True) if above else None
            i, limit = i + menu, limit + menu
        elif _SITE_ADDRESS.fullmatch(line):
            outlet, i = outlet or line.removeprefix("www."), i + 1  # the site's name as its address
        elif f.is_caption_label(line):
            i += 2  # the label and its caption
        elif title is None and without_flag(line) != line and _above_byline(paragraphs, i):
            title, title_at, i = line, i, i + 1  # "Watch: ..." over a byline, not a video link
        elif f.is_prompt(line) or f.is_contribution_note(line) or f.is_captioned(line):
            # Prompts (a cookie banner, "Sign In") do not count against the header's length.
            outlet, i, limit = outlet or copyright_outlet(line), i + 1, limit + 1
        elif byline is not None:
            author, outlet = author or byline.author, outlet or byline.outlet
            if published is None and byline.published is not None:
                published = byline.published, byline.timed
            i = after_byline = i + 1
        elif after_byline == i and is_place_line(line):
            i += 1  # where the writer filed from, no outlet: "LAGOS, Nigeria"
        elif tail[0]:  # and another may follow: "Athletics writer" / "Nation Media Group"
            outlet, i = outlet or tail[1], i + 1
            after_byline = i
        elif author is None and title is not None and signed_over(paragraphs, i):
            author, i = name_line(line), i + 1
            after_byline = i
        elif author is None and title is not None and (signed := uncredited_signature(line)):
            author, outlet = signed[0], outlet or signed[1]
            published = published or find_when(line)  # "JANE DOE / March 3, 2031"
            i = after_byline = i + 1
        elif title is not None and (issuer := publisher(line)) is not None:
            outlet, i = outlet or issuer, i + 1  # "From: Department for Transport"
        elif title is not None and (dated := outlet_dated(line)) is not None:
            outlet, when = outlet or dated[0], dated[1]  # "Evening Courier · Dec 1, 2026"
            published, latest, i = published or when, latest or when, i + 1
        elif is_unsettled_date_line(line):
            i += 1  # "Published 12/01/2026, 10:47 AM": a date line, its date in doubt
        elif when is not None:
            # "Updated: Nov. 30, 2026, 7:10 a.m. | Published: Nov. 29, ...": each date counts,
            # and so does "..., updated Wed 2 Dec 2026 at 1:47pm" on one line.
            stamps = [when, *dates_apart(line), *filter(None, [update_when(line)])]
            published = min(published or when, *stamps, key=lambda w: w[0])  # not the update
            latest, i = max(latest or when, *stamps, key=lambda w: w[0]), i + 1
        elif f.is_photo_credit(line):
            i += credit_span(paragraphs, i)
        elif title is None and _is_headline(paragraphs, i):
            title, title_at, i = line, i, i + 1
        elif title is not None and _masthead(title, title_at, paragraphs, i, author):
            # The site's name over the header: its outlet, when it reads as one ("NL Times").
            outlet, title, title_at, i = outlet or byline_tail(title)[1], line, i, i + 1
        elif title is not None and _kicker(title, paragraphs, i, title_at):
            outlet = outlet or _kicker_outlet(title, title_at, paragraphs)
            title, title_at, i = line, i, i + 1
        elif title is not None and (box := fact_box(paragraphs, i)):
            i += box  # a score or fact box between headline and byline: "FT: Town 2-1 Rovers"
        elif title is not None and _label_under(title, paragraphs, i, title_at):
            # A blog's or section's name under the headline, not a standfirst; or the site's.
            outlet, i, title_at = outlet or _label_outlet(line), i + 1, i
        elif title is not None and not standfirst and (lines := _standfirst(paragraphs, i)):
            standfirst, i = paragraphs[i : i + lines], i + lines
        elif title is not None and not standfirst and (lines := _bullet_box(paragraphs, i)):
            # The box's label goes; its items, their bullets off, are the standfirst.
            standfirst = [f.strip_remnant(item) for item in paragraphs[i + 1 : i + lines]]
            i += lines
        else:
            break
    title = without_flag(title) if title is not None else None
    if published is None:
        return Meta(title, outlet, url, author), i, standfirst, site
    updated = latest[0] if latest and latest[1] and latest[0] > published[0] else None
    meta = Meta(title, outlet, url, author, published[0], timed=published[1], updated=updated)
    return meta, i, standfirst, site


def _masthead(title: str, title_at: int, paragraphs: list[str], i: int, author: str | None) -> bool:
    """Tell a site's name taken for the headline, with the real headline at i.

    A short name ("Harbour Daily") over other header lines (a date, a menu, a prompt).
    """
    if author is not None or i == title_at + 1 or not _is_headline(paragraphs, i):
        return False
    words = title.split()
    # A headline in Title Case over a date is no site name: "Halvard Robotics Reports Third
    # Quarter Results" / "December 2, 2026" / its standfirst.
    name = re.split(r"\s[|–—-]\s", title)[0]  # "Harbour 8 News | The Coast's News Leader"
    title_case = len(name.split()) <= _MASTHEAD_WORDS and f.is_title_case(title)
    return len(words) <= 2 or title_case or (len(words) <= 8 and is_navigation(title))


def _masthead_outlet(line: str, *, menu: bool = False) -> str | None:
    """Return the outlet a site's name over the header gives ("The Border Courier"), not a
    section's ("World News", "Europe"); over its menu, any name in Title Case ("Bristol Live")."""
    name = _HOMEPAGE.sub("", line)  # a logo's link text: "BBC Homepage" is the BBC's
    words = name.split()
    one = _CAMEL.fullmatch(name) or (menu and _ACRONYM.fullmatch(name))  # "WalesOnline", "RTÉ"
    least = 1 if name != line or one else 2
    if not least <= len(words) <= _MASTHEAD_WORDS or all(w.lower() in SECTIONS for w in words):
        return None
    return byline_tail(name)[1] or (name if menu and f.is_title_case(name) else None)


def _kicker_outlet(title: str, title_at: int, paragraphs: list[str]) -> str | None:
    """Return the outlet a line over the headline gives, never a section's name under the
    site's ("Haaretz" / "Israel News" / headline)."""
    if title_at > 0 and _is_label(paragraphs[title_at - 1]):
        return None
    return _masthead_outlet(title)


def _label_under(title: str, paragraphs: list[str], i: int, title_at: int) -> bool:
    """Tell a short name in Title Case between the headline and the byline or date ("Scotland
    News Live"): a blog's or section's name, no standfirst."""
    line = paragraphs[i]
    return (
        i == title_at + 1
        and len(line.split()) <= _MASTHEAD_WORDS
        and f.is_title_like(line)
        and (f.is_title_case(line) or line.isupper() or " " not in line)  # "Live"
        # Two may stand one over the other: "90min" / "Transfer News" / byline.
        and (_above_byline(paragraphs, i) or _label_under(title, paragraphs, i + 1, i))
    )


def _label_outlet(line: str) -> str | None:
    """Return the outlet an acronym under the headline gives ("ESPN"), not a section's ("NEWS");
    a blog's name there ("Scotland News Live") is no outlet."""
    if " " in line or not line.isupper() or line.lower() in SECTIONS:
        return None
    return byline_tail(line)[1]


def _kicker(title: str, paragraphs: list[str], i: int, title_at: int) -> bool:
    """Tell a section label or site name over the headline: "Europe" / headline / standfirst /
    byline, or "Europe" / headline / byline when the headline is not a sentence (a short
    headline over a standfirst ends in a full stop); or a site's name over a section label
    ("The Harbor Tribune" / "Health" / headline)."""
    words = [word for word in title.split() if word not in _BAR_MARKS]  # "Asia | East Asia"
    # "The Lab Notes Podcast"; a page's section, "Letters to the Editor".
    named = words[:1] == ["The"] or " ".join(words).lower() in _SECTION_NAMES
    most = _MASTHEAD_WORDS if named else 3
    if i != title_at + 1 or len(words) > most or not _is_headline(paragraphs, i):
        return False
    if _is_label(paragraphs[i]) and i + 1 < len(paragraphs) and _is_headline(paragraphs, i + 1):
        return True
    if _above_byline(paragraphs, i):
        line = paragraphs[i]
        sentence = line.rstrip(_CLOSERS).endswith((".", ",", ";", ":", "…"))
        return not sentence and len(line.split()) > len(title.split())
    return i + 1 < len(paragraphs) and _above_byline(paragraphs, i + 1)


def _is_label(line: str) -> bool:
    """Tell a section label: one to three words, no sentence ("Health", "US Politics"), a
    section's and a topic's names set apart by a bar counting as one ("Leaders | Israel's
    election")."""
    words = [word for word in line.split() if word not in _BAR_MARKS]
    return len(words) <= 3 and f.is_title_like(line) and not line.isdigit()


def _standfirst(paragraphs: list[str], i: int) -> int:
    """Return how many paragraphs from i make a standfirst over the byline or date, or 0.

    One paragraph, or up to three short bullets without a full stop.
    """
    for lines in range(1, _STANDFIRST_LINES + 1):
        if i + lines > len(paragraphs):
            return 0
        if _above_byline(paragraphs, i + lines - 1):
            return lines
        if not f.is_title_like(paragraphs[i + lines - 1], max_words=20):
            return 0
    return 0


def _bullet_box(paragraphs: list[str], i: int) -> int:
    """Return how many lines from i make a labelled box of bullets over the byline ("If Your
    Time is short" / "- ..." / "- ..."), or 0."""
    if not f.is_title_like(paragraphs[i], max_words=6):
        return 0
    end = i + 1
    while end < min(len(paragraphs), i + 1 + _BOX_ITEMS) and _BULLET.match(paragraphs[end]):
        end += 1
    return end - i if end > i + 1 and _above_byline(paragraphs, end - 1) else 0


def _above_byline(paragraphs: list[str], i: int) -> bool:
    """Tell a standfirst: a paragraph right under the headline and over the byline or date (a
    photo's caption with its credit may stand between)."""
    below = i + 2 if i + 2 < len(paragraphs) and f.is_captioned(paragraphs[i + 1]) else i + 1
    below += menu_run(paragraphs, below)  # share buttons: "Social Sharing" / "Facebook" / ...
    following = paragraphs[below] if below < len(paragraphs) else ""
    if len(paragraphs[i].split()) > 60 or not following:
        return False
    return (
        is_byline(following)
        or date_line(following) is not None
        or is_unsettled_date_line(following)
        or signed_line(following) is not None
        or signed_over(paragraphs, below)
        or publisher(following) is not None
    )


def _is_headline(paragraphs: list[str], i: int) -> bool:
    """Tell a headline: a short line that is not a sentence, or is one followed by a byline."""
    line = without_flag(paragraphs[i])  # "(LEAD) S. Korea, U.S. sign ..."
    words = len(line.split())
    if words > 30 or not (line[0].isupper() or line[0].isdigit() or line[0] in "'‘\"“£$€¥"):
        return False
    bare = line.rstrip(_CLOSERS)
    if not bare.endswith((".", ",", ";", ":", "…")) and not (
        bare.endswith(("?", "!")) and words > 20
    ):
        return True
    following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    if words > 20 or not following:
        return False
    if is_byline(following) or date_line(following) is not None or f.is_title_case(line):
        return True
    # A short sentence over a longer paragraph: a headline in sentence case ("Jobs rise.").
    return words <= 16 and len(following.split()) > 2 * words


def credit_span(paragraphs: list[str], i: int, *, may_be_lead: bool = True) -> int:
    """Return how many paragraphs a photo credit at i covers: itself and its caption."""
    following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    return 2 if is_caption_after_credit(following, may_be_lead=may_be_lead) else 1
