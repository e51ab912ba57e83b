"""Press releases: the distributor's dateline and the boilerplate sections after the news.

A release opens with where, when and through whom it was sent ("CAMBRIDGE, Mass., March 6,
2031 /PRNewswire/ --") and ends with sections that are not news: "About <company>",
"Forward-Looking Statements", "Media Contact:", "SOURCE <company>". Each is told by its shape
(a heading on a line of its own, an "About" heading over a paragraph describing what it names),
so that an "About" paragraph in an article stays.
"""

from __future__ import annotations

import re

from briefing.content.dates import When, find_when
from briefing.content.trailers import opens_contact_section

_PLACE = r"[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Za-z][\w.'’ -]{1,30}){0,2}"
_DATE = r"[A-Za-z]{3,9}\.? \d{1,2},? \d{4}"
_KNOWN = r"(?i:pr ?newswire(?:-\w+)?|globe ?newswire|business ?wire|accesswire|marketwired)"
_WIRE = rf"{_KNOWN}|[A-Za-z][\w.&' -]{{1,30}}?"
_DASH = r"\s*(?:--?|[–—])\s*"
# "CAMBRIDGE, Mass., March 6, 2031 /PRNewswire/ --", "TORONTO, March 6, 2031 (GLOBE NEWSWIRE) --",
# "SEATTLE--(BUSINESS WIRE)--" and "NEW YORK, NY / ACCESSWIRE / March 6, 2031 /".
_RELEASE_DATELINE = re.compile(
    rf"^{_PLACE},\s*(?P<date>{_DATE})\s*(?:/\s*(?P<slash>{_WIRE})\s*/|\(\s*(?P<paren>{_WIRE})\s*\))"
    rf"{_DASH}|^{_PLACE}{_DASH}\(\s*(?P<known>{_KNOWN})\s*\){_DASH}"
    rf"|^{_PLACE}\s*/\s*(?P<first>{_WIRE})\s*/\s*(?P<date2>{_DATE})\s*/\s*"
    # An outlet's own dated dateline: "Law360, New York (March 3, 2031, 4:45 PM EST) --".
    rf"|^(?P<named>[A-Z][\w&.'’-]{{1,30}})(?:,\s*{_PLACE})?\s*"
    rf"\((?P<date3>{_DATE}(?:,? \d{{1,2}}:\d\d ?[AaPp]\.?[Mm]\.?(?: [A-Z]{{2,4}})?)?)\){_DASH}"
)
# Headings of the sections that follow the news.
_SECTION = re.compile(
    r"^(?:(?:(?:cautionary|important) (?:note|statement|information)s? (?:regarding|concerning|"
    r"about|on) )?(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?)?)"
    r"(?: disclaimer)?|(?:(?:media|press|investors?|ir|company|news media)(?: (?:and|&) "
    r"(?:media|investors?|analysts?))?(?: relations)? )?(?:contacts?|inquiries|enquiries)"
    r"|for (?:further|more) information,? (?:please )?contact|notes? to editors)\s*:?$",
    re.IGNORECASE,
)
# A contact heading with the contact on the same line: "Media Contact: Jane Doe".
_CONTACT_LINE = re.compile(
    r"^(?:media|press|investors?)(?: relations)? contacts?:\s*\S.{0,100}$", re.IGNORECASE
)
_SOURCE_LINE = re.compile(r"^SOURCE [A-Z][\w&.,'’ ()-]{1,80}$")
_FORWARD_LOOKING = re.compile(
    r"^(?:this|the) (?:press|news) release (?:contains|includes|may contain)\b.{0,40}"
    r"\bforward[- ]looking\b",
    re.IGNORECASE,
)
# An investing site's disclosure of the writer's holdings, after which come its promotions:
# "Lee Samaha has no position in any of the stocks mentioned."
_DISCLOSURE = re.compile(
    r"^[A-Z][\w .'’-]{1,60} (?:has|have|holds?|owns?) no (?:positions?|shares?) "
    r"in (?:any (?:of )?)?(?:the )?(?:stocks?|companies|securities) mentioned\b"
)
_ABOUT = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w&.,'’()-]*(?: [\w&.,'’()-]+){0,6})$")
_DESCRIBES = re.compile(r"\b(?:is|are|was|were)\b")
_DESCRIPTION_WORDS = 15
# The mark a release's news ends with, before its notes: "###", "# # #" (which reading a
# Markdown heading leaves as "#"), "-30-", "ENDS".
_END_MARK = re.compile(r"^(?:-?\s*#(?:\s*#\s*#)?\s*-?|-\s*30\s*-|-?\s*ENDS\s*-?)$")


def release_dateline(paragraph: str) -> tuple[str, str, When | None] | None:
    """Strip a release's dateline; return the rest, the distributor and the date, or None."""
    match = _RELEASE_DATELINE.match(paragraph)
    if match is None or match.end() == len(paragraph):
        return None
    wire = match["slash"] or match["paren"] or match["known"] or match["first"] or match["named"]
    date = match["date"] or match["date2"] or match["date3"]
    return paragraph[match.end() :], wire.strip(), find_when(date) if date else None


def is_end_mark(paragraph: str) -> bool:
    """Tell the mark that ends a release's news: "###", "-30-", "ENDS"."""
    return _END_MARK.match(paragraph.strip()) is not None


def news_end(body: list[str]) -> int:
    """Return where the sections after the news begin (len(body) when there are none)."""
    for i in range(1, len(body)):
        following = body[i + 1] if i + 1 < len(body) else ""
        if _closes_news(body[i], following):
            return i
    return len(body)


def _closes_news(paragraph: str, following: str) -> bool:
    """Tell a paragraph that opens the sections after the news."""
    text = paragraph.strip()
    if len(text) > 300:
        return False
    if _SECTION.match(text) or _CONTACT_LINE.match(text) or _SOURCE_LINE.match(text):
        return True
    if opens_contact_section(text):
        return True
    if _DISCLOSURE.match(text):
        return True
    return _FORWARD_LOOKING.match(text) is not None or _about(text, following)


def _about(heading: str, following: str) -> bool:
    """Tell "About Lumora Bio" over "Lumora Bio is a ...": a section describing what it names.

    The name is a proper name, and the paragraph opens with it: "About the study" over "The
    study was ..." is a subheading of an article.
    """
    match = _ABOUT.match(heading)
    if match is None:
        return False
    words = following.split()
    if not words or words[0].strip("\"“”'’(),.") != match["name"].split()[0].strip(".,"):
        return False
    return _DESCRIBES.search(" ".join(words[:_DESCRIPTION_WORDS])) is not None
