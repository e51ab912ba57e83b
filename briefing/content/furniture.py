"""Page furniture of scraped news pages: prompts, photo credits, captions, trailers.

Every test here is about the shape of a line (short, a credit, a prompt), never about a
particular site's wording, so that it carries over to pages nobody has seen.
"""

from __future__ import annotations

import re

from briefing.content.menus import is_navigation

_CAPTION_WORDS = 70
_END_PUNCT = tuple('.!?"”’:;)…')
_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Shutterstock|Bloomberg|Xinhua|Pool|TASS|"
    r"Anadolu(?: Agency)?|Associated Press|NurPhoto|SOPA Images|Sipa(?: USA)?|ZUMA(?: Press)?|"
    r"Alamy|Corbis|Sputnik|Handout|Courtesy|File|Kyodo|Yonhap|UPI|PA(?: Images)?|AAP|Polaris|"
    r"Redux|Abaca|LightRocket|Barcroft|Rex(?: Features)?|WireImage|Anadolu Agency"
)
# The closing lines of a science news aggregator's page: "Citation: <headline> (2026, December 2)
# retrieved 3 December 2026 from https://...", "This document is subject to copyright. ...".
_AGGREGATOR_TRAILER = re.compile(
    r"^(?:this document is subject to copyright\b|citation ?:.{0,250}\bretrieved\b.{0,40}\bfrom\b)",
    re.IGNORECASE,
)
_PROMPTS = re.compile(
    r"^(?:"
    r"discuss(?: as)?|"
    r"share(?: this| on \w+| via \w+| ?\d+|"
    r" (?:or comment on )?(?:this |the )?(?:article|story|page|post))?|"
    r"(?:tweet|e-?mail|print|comments?|whatsapp|reddit|linkedin|facebook|twitter|pinterest|"
    r"pin it|copy link|save)(?:\s*[|·•,/]?\s*(?:tweet|e-?mail|print|comments?|whatsapp|reddit|"
    r"linkedin|facebook|twitter|pinterest|pin it|copy link|save|share))*|"
    r"click (?:here|to)\b.*|sign up (?:for|to|here|now|today)\b.*|subscribe\b.*|"
    r"get (?:our|the) .{0,30}newsletter.*|"
    r"newsletter\b.{0,40}|follow (?:us|@\w+|\w+(?: \w+){0,3}) on (?:twitter|facebook|instagram|"
    r"x|tiktok|threads|bluesky)\b.*|like us on facebook.*|"
    r"(?:read|see) (?:more|also)(?:\b|(?=[A-Z])).{0,80}|"
    r"(?:related|more)(?: stories| articles| coverage| content| news| videos?)?:.{0,100}|"
    r"related (?:articles?|stor(?:y|ies)|content|coverage|links?|reading|news)|link copied|"
    r"advertisement|ad|sponsored(?: content)?|continue reading.{0,40}|recommended(?: for you)?|"
    r"(?:leave|post|add|view|show) (?:a |all |\d+ )?comments?\b.{0,30}|\d+ comments?|"
    r"(?:watch|view|see) (?:the |our )?(?:video|gallery|photos?|slideshow)\b.{0,60}|"
    r"watch (?:it )?live\b.{0,100}|\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*source:.{1,40}|"
    r"(?:skip|back) to (?:content|top|main content)|(?:all rights reserved|"
    r"this material may not be published)\b.*|"
    r"(?:copyright|\(c\)|©)\s*(?:\d{4}|©|(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) \d{4}\b)"
    r".{0,120}|"
    r"(?:buy|shop) (?:now|it|here|at)\b.{0,40}|(?:[\w.&'-]+ ){0,2}(?:store|shop)|"
    r"(?:our |more )?(?:top|latest|trending) (?:stories|news|videos)|loading.{0,10}|"
    r"photos?|video|gallery|image \d+ of \d+|\d+ of \d+|\d+ photos?|"
    # Promotions of the site itself, and notes that the story will change.
    r"thanks? (?:you )?for reading\b.{0,140}|"
    r"stay (?:with|tuned to) .{1,40}? for "
    r"(?:(?:more )?updates|the latest|more (?:on|about) this)\b.{0,80}|"
    r"this (?:is a )?(?:developing|breaking)(?: news)? story\b.{0,100}|"
    r"this is a rush transcript\b.{0,120}|"
    r"this (?:story|article|page) will be updated\b.{0,60}|ads? by google|"
    r"-{1,2} ?(?:editing|edited) by [\w .,'’-]{2,80}|"
    r"for (?:a )?reprints? of this (?:article|story)\b.{0,100}|"
    r"access to .{1,60} requires? an? (?:[\w-]+ ){0,2}subscription\b.{0,120}|"
    # A newsletter's closing line and its paid post's mark.
    r"(?:if you [^.!?]{1,40}, )?forward (?:it|this(?: email| post)?) to a (?:friend|colleague)|"
    r"[∙·•] ?paid|"
    r"check back (?:later |soon |here )?for (?:updates|more)\b.{0,60}|"
    r"this (?:story|article|page) (?:was|has been|is being) (?:originally |first )?"
    r"(?:published|updated|corrected|produced|written)\b.{0,150}|"
    r"(?:download|get) (?:our|the) (?:free )?(?:[\w&'’-]+ ){0,3}app\b.{0,80}|"
    r"(?:please )?enable javascript.{0,80}|"
    r"(?:report|fix) (?:a )?(?:typo|correction|an error).{0,40}|"
    r"(?:most )?(?:popular|read)(?: now)?|most (?:popular|read) (?:in )?[\w&]+|"
    r"(?:(?:main|top|lead|header|cover) )?image (?:copyright|caption|source|credit)\b.{0,200}|"
    r"media playback is (?:unsupported|not supported)\b.{0,60}|[-–—=_*~•·#]{3,}|(?:[*•·#] ?){3,}|"
    # Reader tools and paywall, cookie and app notices of news sites.
    r"listen to (?:this )?(?:article|story)\b.{0,30}|\d+[- ]?min(?:ute)?s? (?:read|listen)|"
    r"(?:\d+[- ]?min(?:ute)?s? )?reading time\b.{0,30}|"
    # A page's stamps with numeric dates: "Issued on: 02/12/2026 - 20:55 Modified: ...".
    r"(?:issued|published|updated|modified)(?: on)?:? \d{1,2}/\d{1,2}/\d{2,4}\b.{0,60}|"
    r"(?:(?:updated|posted|published) )?\d+ (?:sec|min|hour|hr|day|week)\w* ago|"
    r"(?:gift|save|share full|share the full) (?:this )?(?:article|story)|"
    r"\(?(?:advertisement\s*)?(?:skip advertisement|"
    r"(?:story|article|text) continues (?:below|after)\b.{0,30}|"
    r"advertisement\s*[-–—:]\s*(?:scroll|continue)\b.{0,30})\)?|"
    r"(?:watch|listen|also read|don'?t miss|must read|editor'?s picks?)\s*:.{0,120}|"
    r"\[(?:photo|image|video|graphic|gallery)\b[^\]]{0,120}\]|"
    r"(?:sign|log) (?:in|up|out)(?: to (?:comment|continue|read)\w*)?|"
    r"already (?:a |an )?(?:subscriber|member|registered)\b.{0,40}|"
    r"you have reached your (?:limit|maximum)\b.{0,80}|"
    r"we use (?:some )?(?:essential |necessary )?cookies\b.{0,150}|"
    r"(?:accept|reject|manage|view) (?:all |additional |optional )?cookies.{0,30}|"
    r"cookie (?:settings|preferences)|cookies on [\w.&'’ -]{1,40}|"
    r"this (?:content|video|article) is (?:not available|unavailable)\b.{0,60}|"
    r"this article is (?:more than|over) \w+ (?:years?|months?) old|"
    r"follow|close|menu|show (?:more|less)|open in (?:the )?app|add topic|supported by|"
    r"trending(?: now)?|"
    # Labels whose value is on the next line or elsewhere, and counters of likes and comments.
    r"(?:last |originally |first )?(?:published|updated|posted|modified)|"
    r"for immediate release|(?:media|press|news) release|source: [\w&.'’ -]{1,40}|\d[\d,.]*[KkMm]?"
    r")[\s:.!»›>]*$",
    re.IGNORECASE,
)
# A copyright trailer with its rights notices: "Copyright 2031 The Associated Press. All rights
# reserved. This material may not be published, broadcast, rewritten or redistributed."
_COPYRIGHT_TRAILER = re.compile(
    r"^(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}\s+)?\d{4}\b"
    r"[^!?]{0,80}?[.,;]\s*(?:all rights reserved|this material may not be|no part of this|"
    r"\S.{0,250}?\b(?:redistribu|reproduc|prohibi)\w*)\b.{0,200}$",
    re.IGNORECASE,
)
# The rights notice alone: "All rights reserved. This material ... may not be reproduced ...".
_RIGHTS = re.compile(r"^all rights reserved\b.{0,300}\b(?:reproduc|redistribu|republish)", re.I)
_CONTRIBUTED = re.compile(
    r"^(?:--?|[–—])?\s*\(?(?:.{0,120}\bcontributed(?: to)?(?: this| the)? "
    r"(?:report|reporting|story|article)|"
    r"(?:additional |further )?(?:reporting|writing|editing|compiled|research) by\b|"
    r"with (?:additional )?(?:assistance|help) from\b).{0,200}$"
    # "Associated Press writers Tom Roe and Ann Lee contributed."
    r"|^.{0,80}\b(?:writers?|reporters?|correspondents?|staff)\b.{0,80}\bcontributed\.?$",
    re.IGNORECASE,
)
# How to reach the writer, with the address or number: "Jane Doe can be reached at 555-0177."
_CONTACT = re.compile(
    r"(?i:\b(?:(?:can|may) be reached|reach (?:him|her|them|me|us)|"
    r"(?:e-?mail|follow|contact) (?:him|her|them|me|us))|^(?:Contact|E-?mail|Reach) "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
    r" (?i:at|on|by)\b[^.!?]{0,30}(?:[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|@\w+)",
)
# An advertisement's button, set in capitals: "LEARN MORE", "TRY IT FREE".
_CALL_TO_ACTION = re.compile(
    r"^(?:(?:LEARN|FIND OUT|DISCOVER) MORE|GET STARTED|TRY (?:IT )?(?:FOR )?FREE"
    r"|START (?:A |YOUR )?FREE TRIAL)[\s.!»›>]*$"
)
# A credit names its agency last: "Jane Doe via Getty Images", "Jane Doe | Reuters", "AFP".
_AGENCY = rf"(?:{_AGENCIES})(?:\s+(?:Photos?|Images|Pictures))?"
_CREDIT_AGENCY = re.compile(rf"(?:^|\s(?:via|for|\||-|–)\s){_AGENCY}$")
_CREDIT_LABEL = re.compile(
    r"^(?:\(?(?:top |main )?(?:photo(?:graph)?|image|picture|credit|photo credit)s?\s*(?::|by)\s*"
    r"[^.!?]{1,80}\)?)$",
    re.IGNORECASE,
)
# A credit in brackets on a line of its own: "(Supplied)", "(Harbour News: Jan Smit)".
_CREDIT_BRACKETS = re.compile(
    r"^\((?i:supplied|handout|courtesy)"
    r"|^\((?:[A-Z][\w&.'’-]*\s?){1,4}:\s*[A-Z][\w'’-]*(?:[ .-]+[A-Z][\w'’-]*){0,4}\)$"
)
# A caption's label on a line of its own, the caption on the next: "Image caption,".
_CAPTION_LABEL = re.compile(
    r"^(?:(?:image|photo|picture|video)\s+caption\s*[,:]?|video ad feedback)$", re.IGNORECASE
)
# "Jan Smit / AP", "Smit/Reuters", but not "Post-9/11" nor "and/or".
_CREDIT_SLASH = re.compile(r"\s/\s|[A-Za-z.]/[A-Z]")
_CAPTION_TAIL = re.compile(
    rf"(?i:\((?:(?:{_AGENCIES})(?: Photos?| Images| Video)?|Photos?|Images?|File|Credit)\b"
    r"[^()]{0,80}\)\s*$|\((?:supplied|submitted by)\b[^()]{0,80}\)\s*$)"
    # A broadcaster's credit: "(ABC News: Jane Doe)".
    r"|\([A-Z]{2,6}(?: [A-Z][a-z]+){0,2}: [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\)\s*$"
    r"|\b(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?: [A-Z][\w.'’ /,&-]{1,80}$"
    r"|(?<=[.!?] )(?:Photo|Photograph|Picture|Image)s? (?:by|courtesy of) [A-Z][\w.'’ /,&-]{1,80}$"
    # An agency's credit in capitals: "... in Lisbon, December 2. REUTERS/Pedro Nunes".
    r"|(?<=[.!?] )[A-Z]{2,10}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}(?:/File(?: Photo)?)?\s*$"
    # Al Jazeera's credit in square brackets: "[Stringer/Reuters]", "[File: Jan Smit/AP]".
    r"|\[(?:File: )?[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ &-]{1,40}\]\s*$"
    # The same in parentheses after the caption: "(Yonatan Sindel/Flash90)".
    r"|(?<=[.!?] )\((?:File: )?[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ ,&-]{1,60}\)\s*$"
    rf"|\[(?:File: )?(?:{_AGENCIES}|Al Jazeera)\]\s*$"
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|according to|reported|announced|added|stated|wrote|asked)\b",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^(?:by|written by|posted by)\s", re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”]")
# What a lost dateline leaves ("( – "), or a list item's marker ("- ", "* ", "• ").
_END_MARK = re.compile(r"(?<=[.!?\"”’)])\s+[■□◆◇▪◼●]\s*$")
_REMNANT = re.compile(r"^(?:\(\s*\)?\s*[-–—]+\s*\)?\s*|[-–—*•·▪►]+\s+)")
_URL_LINE = re.compile(
    r"^(?:(?:source|url|link|originally published(?: at| on)?|read (?:it|more) at)\s*:?\s*)?"
    r"<?(?P<url>https?://[^\s/<>]+\.[^\s<>]+?)>?[.,]?$",
    re.IGNORECASE,
)
_LINK_LABEL = re.compile(
    r"(?:read|see) (?:more|also)\s*:|related(?: stories| articles| coverage)?\s*:", re.IGNORECASE
)
_SMALL_WORDS = frozenset(
    "via for and of de da del al el la le von van der bin / - — – | by".split()
)


def is_prompt(paragraph: str) -> bool:
    """Tell share and comment prompts, menus, store links, ads and copyright lines from text."""
    text = paragraph.strip()
    # Prompts speak to the reader; a line reporting what someone said is text ("Sign up rates
    # fell, officials said.").
    if is_navigation(text):
        return True
    if len(text) <= 200 and _LINK_LABEL.match(text):
        return True  # a link to another story, whose headline may say who said what
    if _ATTRIBUTION.search(text):
        return False
    if len(text) <= 300 and _COPYRIGHT_TRAILER.match(text):
        return True
    if len(text) <= 400 and _RIGHTS.match(text):
        return True
    if len(text) <= 400 and _AGGREGATOR_TRAILER.match(text):
        return True
    return len(text) <= 160 and _PROMPTS.match(text) is not None


def is_advert(paragraph: str, button: str) -> bool:
    """Tell an advertisement's copy over its button: a short line, no report, then "LEARN MORE"."""
    if _CALL_TO_ACTION.match(button.strip()) is None:
        return False
    return len(paragraph.split()) <= 25 and is_caption_like(paragraph)


def page_url(paragraph: str) -> str | None:
    """Return the address on a line that holds only one ("https://...", "Source: https://...")."""
    match = _URL_LINE.match(paragraph.strip())
    return match["url"] if match else None


def is_contribution_note(paragraph: str) -> bool:
    """Tell "Reuters contributed to this report.", "(Reporting by ...)" and contact trailers."""
    if len(paragraph) > 300:
        return False
    return (
        _CONTRIBUTED.match(paragraph.strip()) is not None or _CONTACT.search(paragraph) is not None
    )


def is_photo_credit(paragraph: str) -> bool:
    """Tell a bare photo credit line such as "Str / AP" or "Jane Doe via Getty Images"."""
    line = paragraph.strip()
    words = line.split()
    if not words or len(words) > 10 or line.endswith((".", "?", "!", ",")):
        return False
    if _CREDIT_LABEL.match(line) or _CREDIT_BRACKETS.match(line):
        return True
    if _BYLINE_START.match(line) or ":" in line:
        return False
    if not _CREDIT_SLASH.search(line) and not _CREDIT_AGENCY.search(line):
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL_WORDS for w in words)


def is_caption_label(paragraph: str) -> bool:
    """Tell a caption's label whose caption is the next paragraph, e.g. "Image caption,"."""
    return _CAPTION_LABEL.match(paragraph.strip()) is not None


def is_captioned(paragraph: str) -> bool:
    """Tell a photo caption that ends with its credit, e.g. "... in Fallujah. (AP Photo)"."""
    return len(paragraph.split()) <= _CAPTION_WORDS and _credit_tail(paragraph) is not None


def without_credit(paragraph: str) -> str:
    """Remove a photo credit left at the end of a long paragraph ("... Photo: Getty Images")."""
    start = _credit_tail(paragraph)
    return paragraph if start is None else paragraph[:start].rstrip()


def _credit_tail(paragraph: str) -> int | None:
    """Return where a trailing photo credit starts, or None."""
    offset = max(0, len(paragraph) - 200)  # the credit is at the end; searching all is slow
    tail = paragraph[offset:].rstrip()
    match = _CAPTION_TAIL.search(tail)
    return None if match is None or tail.endswith('"') else offset + match.start()


def is_caption_like(paragraph: str) -> bool:
    """Tell whether a paragraph next to a photo credit reads like its caption."""
    words = paragraph.split()
    if not words or len(words) > _CAPTION_WORDS or _QUOTES.search(paragraph):
        return False
    sentences = len(re.findall(r"[.!?](?:\s|$)", paragraph))
    return sentences <= 2 and not _ATTRIBUTION.search(paragraph)


def is_title_like(paragraph: str, max_words: int = 16) -> bool:
    """Tell a short unpunctuated line such as a related-story headline."""
    text = paragraph.strip()
    words = text.split()
    return (
        0 < len(words) <= max_words
        and not text.endswith(_END_PUNCT)
        and (text[0].isupper() or text[0].isdigit() or text[0] in "'‘\"“")
    )


def is_title_case(line: str) -> bool:
    """Tell Headline Case: nearly every word of four letters or more is capitalised."""
    long_words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and capitalised >= 0.8 * len(long_words)


def strip_remnant(paragraph: str) -> str:
    """Remove what a lost dateline leaves at a paragraph start ("( – "), or a bullet, and an
    end-of-story mark after the last sentence ("... in China. ■")."""
    return _END_MARK.sub("", _REMNANT.sub("", paragraph, count=1))
