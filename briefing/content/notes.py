"""The newsroom's notes to its readers, set among the paragraphs of an article: corrections,
editor's notes, print-edition and funding notes, the writer's biography with a contact, calls for
readers' photos, live-blog time stamps.

Like the rest of the furniture, each is told by its form, never by a site's wording.
"""

from __future__ import annotations

import re

from briefing.content.byline import name_line
from briefing.content.dates import ZONE_NAMES

_NOTE_CHARS = 400
# "Correction: An earlier version ...", "Editor's note: This story has been updated ...",
# "A version of this article appears in print on ...", "An earlier version of this story ...".
_NOTE = re.compile(
    r"^(?:editor'?s'? note|editors'? note|corrections?|clarifications?)\s*(?:\([^()]{0,40}\))?\s*:"
    r"|^(?:an? |the )?(?:earlier|previous|prior) version of this (?:story|article|report)\b"
    r"|^a version of this (?:story|article|report) (?:appears|appeared|ran) in print\b"
    r"|^this (?:story|article|report) (?:appeared|appears|ran) in (?:the )?[\w'’ ]{0,60}print\b"
    r"|^this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended) to\b",
    re.IGNORECASE,
)
# A funder's note: "... Department receives support from ... The AP is solely responsible for all
# content."
_FUNDING = re.compile(
    r"\b(?:receives?|received|is supported by|funded by)\b.{0,200}\bsolely responsible for\b",
    re.IGNORECASE,
)
# A call for readers' photos, stories or comments: "Were you there? Send us your photos to ...",
# "Have your say: ... Tell us in the comments below."
_CALL = re.compile(
    r"^(?:[^.!?]{0,80}\?\s*)?(?:please )?(?:send|share|e-?mail|submit|upload|show) (?:us )?"
    r"(?:your |any )(?:photos?|pictures?|videos?|images|footage|stor(?:y|ies)|experiences?|"
    r"views|tips?)\b|^(?:[^.!?]{0,80}\?\s*)?get in touch\b"
    r"|^have your say\b|\btell us (?:in the comments|what you think)\b"
    r"|^(?:got|have) (?:a |any )?(?:news )?(?:tips?|story ideas?)\?",
    re.IGNORECASE,
)
# A live blog's time stamp: "14:52", "2:15 p.m. ET", "Updated 11.55am GMT", "11.05 AEDT".
_TIME_STAMP = re.compile(
    r"^(?:(?:updated|posted|published)(?: at)?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    rf"(?:\s*(?:{ZONE_NAMES}))?\s*$",
    re.IGNORECASE,
)
_CALL_CHARS = 250
# An appeal for readers' money: "If you value our work, please consider supporting us."
_APPEAL = re.compile(
    r"\bplease consider (?:supporting|donating|subscribing|becoming a (?:member|supporter))\b"
    r"|\bfunded (?:entirely |largely |mainly )?(?:through|by) "
    r"(?:donations|(?:our |its )?readers)\b",
    re.IGNORECASE,
)
# The site's promotion of itself and notes on where the copy came from: "Join ST's WhatsApp
# Channel ...", "Download The Mint News App ...", "Support PREMIUM TIMES' journalism ...", "(With
# inputs from PTI)", "... auto-generated from a syndicated feed.)", "Go deeper: ...".
_PROMOTION = re.compile(
    r"^(?:join (?:us|our|[\w'’. ]{1,30}['’]s?) (?:on )?(?:whatsapp|telegram|google news|youtube)\b"
    r"|catch all the\b[^.!?]{0,160}\bnews\b|download (?:the|our) [\w'’ ]{1,40}\bapp\b"
    r"|support [\w'’. ]{1,40}\bjournalism\b|additional reporting\s*:|go deeper\s*:"
    r"|\(?with (?:additional )?inputs? from\b[^()]{1,60}\)?\.?$|watch\b[^.!?]{0,120}\blive on\b"
    r"|\(?[^()]{0,200}\b(?:published|auto-generated|generated) from a syndicated feed\b"
    r"|published by (?-i:[A-Z])[\w&.'’ ]{1,60}?\b(?:ltd|limited|inc|plc|llc|gmbh)\b"
    r"|(?:good \w+(?: and|[,.!]?)\s+)?welcome to (?:(?:our|the)\b[^.!?]{0,40}\b)?live "
    r"(?:coverage|blog|updates)\b)",
    re.IGNORECASE,
)
# A newsletter's greeting, alone on its line: "Hi friends,", "Good morning,".
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|welcome back)\b"
    r"[^.!?]{0,30},$",
    re.IGNORECASE,
)
# A wire's trailer naming its reporters: "(Reporting by Jane Doe in Lima and John Roe; Editing by
# ...)"; "Additional reporting by" names helpers, not writers.
_REPORTING = re.compile(r"^\(?Reporting by (?P<names>[^;()]{3,120})", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_BIO_WORDS = 60
_BIO_VERB = re.compile(r" (?:is|was|has|covers|writes|reports|joined|edits|leads)\b")
_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’ .-]*$")
# A sign-up prompt after a line of promotion: "Get inspired ... Sign up for our newsletter."
_SIGN_UP = re.compile(
    r"(?:^|[.!?]\s+)(?:sign up|subscribe)\b[^.!?]{0,120}\bnewsletters?\b", re.IGNORECASE
)
_SIGN_UP_CHARS = 300
# A share prompt's label run on to the line under it, and a notice of the article's age.
_SHARE_LABEL = re.compile(r"^share(?: us| this(?: article| story)?)?(?: on)? ?: (?=\S)", re.I)
_AGE_NOTICE = re.compile(
    r"^this (?:article|story|page) is (?:more than|over) \w+ (?:day|week|month|year)s? old\.?$",
    re.IGNORECASE,
)


def is_reader_note(paragraph: str) -> bool:
    """Tell a note to the reader that is not the article's text (see the module docstring)."""
    text = paragraph.strip().strip("*_ ")
    if not text:
        return False
    if len(text) <= _NOTE_CHARS and (_NOTE.match(text) or _FUNDING.search(text)):
        return True
    if len(text) <= _NOTE_CHARS and _PROMOTION.match(text):
        return True
    if len(text) <= _CALL_CHARS and _CALL.match(text):
        return True
    if len(text) <= _SIGN_UP_CHARS and _SIGN_UP.search(text):
        return True
    if (len(text) <= _NOTE_CHARS and _APPEAL.search(text)) or _GREETING.match(text):
        return True
    return is_time_stamp(text)


def is_time_stamp(paragraph: str) -> bool:
    """Tell a line that only gives a time of day: a live blog's entry stamp."""
    return _TIME_STAMP.match(paragraph.strip()) is not None


def reporters(line: str) -> str | None:
    """Return the reporters a wire's trailer names ("Reporting by Jane Doe in Lima"), or None."""
    found = _REPORTING.match(line.strip())
    if found is None:
        return None
    names = [
        name_line(_PLACE.sub("", part.strip())) for part in _NAME_SEPARATOR.split(found["names"])
    ]
    known = [name for name in names if name is not None]
    if not known or len(known) < len(names):
        return None
    return known[0] if len(known) == 1 else ", ".join(known[:-1]) + " and " + known[-1]


def without_biography(body: tuple[str, ...], author: str | None) -> tuple[str, ...]:
    """Drop the writer's biography closing the article: "Jane Doe has reported from Athens for
    The Times since 2005.", "Jane Doe covers technology." (the byline names Jane Doe)."""
    if not author or len(body) < 2:
        return body
    names = [name for name in _NAME_SEPARATOR.split(author) if len(name.split()) >= 2]
    last = body[-1]
    for name in names:
        rest = last[len(name) :] if last.startswith(name + " ") else ""
        if rest and len(last.split()) <= _BIO_WORDS and _BIO_VERB.match(rest):
            return body[:-1]
    return body


def without_share_label(paragraph: str) -> str:
    """Remove a share prompt's label run on to the next line: "Share us on: By Jane Doe"."""
    return _SHARE_LABEL.sub("", paragraph, count=1)


def is_age_notice(paragraph: str) -> bool:
    """Tell a notice of the article's age ("This article is more than 1 month old"): it sits
    under the section label, so the header reads on as if it were not there."""
    return _AGE_NOTICE.match(paragraph) is not None
