"""Tell page furniture from reporting: bylines, credits, captions, share prompts and links."""

from __future__ import annotations

import re

# Lines that belong to the page around an article, not to its reporting: each pattern with
# the lowercase strings one of which any match holds, so that most sentences skip the patterns.
_FURNITURE_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("click",), r"click\ here | \bclick\b.{0,20}\b(?:link|below|above)\b"),
    (("sign up",), r"\bsign\ up\b"),
    (("subscribe",), r"\bsubscribe\b"),
    (("newsletter",), r"newsletter"),
    (("alerts",), r"\bget\ (?:breaking\ )?news\ alerts\b"),
    (
        ("delivered",),
        r"\bdelivered\ (?:weekday|every)\ (?:mornings?|evenings?)\b"
        r" | \bdelivered\ (?:straight\ )?to\ your\ inbox\b",
    ),
    (
        ("expressed",),
        r"\b(?:opinions|views)\ expressed\ (?:in|on|here)\b[^.!?]{0,60}"
        r"\b(?:are\ (?:those|solely|(?:his|her|their|the\ author['’]s|my)\ own)|do\ not)\b",
    ),
    (("follow",), r"\bfollow\ (?:us|him|her|them|me)\b"),
    (("like us",), r"\blike\ us\ on\b"),
    (("share",), r"\bshare\ (?:this|on)\b"),
    (("reserved",), r"all\ rights\ reserved"),
    (
        ("copyright",),
        r"\bcopyright\s+(?:\(c\)|\d{4}|by\b|(?:getty|reuters|ap|afp)\b) | \bimage\ copyright\b",
    ),
    (("©",), r"©"),
    (("material",), r"\b(?:this|the)\ material\ may\ not\ be"),
    (("may not be",), r"\bmay\ not\ be\ (?:published|broadcast|rewritten)"),
    (("contribut",), r"contributed\ to\ this\ (?:report|story|article) | \bcontributing:\ "),
    (("reporting",), r"\b(?:additional\ )?reporting\ by\b"),
    (("editing",), r"\bediting\ by\b"),
    (("written",), r"\bwritten\ by\b"),
    (("email",), r"\bemail\ (?:us|the\ author)\b"),
    (
        ("photo", "image"),
        r"""\b(?:ap|afp|reuters|getty|file)\ (?:photo|images?)\b
        | \b(?:photo(?:graph)?|image)\ (?:by|credit|courtesy)\b""",
    ),
    (("getty",), r"\bvia\ getty\b"),
    (("screen", "grab"), r"\bin\ this\ (?:\w+\ )?(?:screen\ ?shot|(?:video|frame)\ grab)\b"),
    (("your browser",), r"\byour\ browser\ (?:does\ not|doesn't|doesn’t|is\ not)\b"),
    # A player's or a gallery's furniture glued to the caption and lead pasted under it (BBC,
    # NPR): "Media playback is unsupported on your device Media caption ...", "Enlarge this
    # image toggle caption ...".
    (("unsupported",), r"\bplayback\ is\ unsupported\b"),
    # A club's or a company's own announcement voice: its news is in another sentence.
    (
        ("delighted", "pleased", "proud", "thrilled", "excited"),
        r"\b(?:is|are)\ (?:delighted|pleased|proud|thrilled|excited)\ to\ (?:announce|confirm"
        r"|welcome|share|introduce|unveil)\b",
    ),
    (("thank",), r"\bthanks?\ (?:everyone|all\ those)\ (?:involved|who)\b"),
    # A press release's boilerplate about its issuer: "Acme, Inc., a leading provider of ...".
    (
        ("leading", "premier"),
        r"\b(?:a|the)\ (?:leading|premier|world['’]s\ leading)\ (?:global\ )?(?:provider|supplier"
        r"|developer|maker|manufacturer)\ of\b",
    ),
    (("wish",), r"\bwish(?:es)?\ (?:him|her|them)\ (?:every|all\ the)\ (?:success|best)\b"),
    (("caption",), r"^(?:image|media|video)\ caption\b | \btoggle\ caption\b"),
    (("enlarge",), r"^enlarge\ (?:this\ )?image\b"),
    (("unblock",), r"\bblocked\ unblock\b | \bunblock\ follow\b"),
    (("photo",), r"\bphoto\ ?:\s | \(\s*(?:ap|afp)\s*photo"),
    (("associated press",), r"\(\s*associated\ press\s*\)"),
    (("read ",), r"\bread\ (?:more|the\ full)\b"),
    (
        (" here",),
        r"\b(?:read|see|watch|listen\ to)\ (?:our|the|his|her|their|this|it)\b[^.!?]{0,60}\ here\b",
    ),
    (("discuss",), r"\bdiscuss\ as\b"),
    (("advertisement",), r"\badvertisement\b"),
    (("javascript",), r"\bjavascript\b"),
    (("cookie",), r"\bcookies?\ (?:policy|settings)\b"),
    (("terms of",), r"\bterms\ of\ (?:use|service)\b"),
    (("permalink",), r"\bpermalink\b"),
    (("continues",), r"\bstory\ continues\ below\b"),
    # A pointer to what follows the text on its page: "The full text ... is viewable below."
    (
        ("below",),
        r"\b(?:viewable|available|embedded|seen|watch(?:ed)?|read|shown|posted)\ below\.?$",
    ),
    (("watch the",), r"\bwatch\ the\ video\b"),
    (("see ",), r"\bsee\ (?:also|more)\b:"),
    (("update",), r"\bupdated?\ (?:at\ )?\d{1,2}[:.]\d\d"),
    ((":",), r"\b\d{1,2}:\d\d\ ?[ap]\.?m\.?\ (?:e[sd]t|gmt|utc|bst)\b"),
    (("http",), r"https?://"),
    (("www.",), r"www\."),
    (("@",), r"\S+@\S+\.\w+ | (?<!\w)@\w+"),
)
# Found in no single part's strings (a match may hold none of them): checked as the whole
# pattern always was, only when some furniture string is present.
_PICTURE = (
    r"\bin\ this\ (?:\w+,?\ )?(?:\w+\.?\ \d{1,2},\ \d{4},?\ )?(?:file\ )?(?:photo|image|picture)"
)
# Furniture that opens a sentence, looked for only after one of these first words: a credit
# run into the sentence ("Video courtesy ...", "Reuters/Rick Wilking The ..."), a caption's
# positions ("At right is ..."), an upload line, an embed or "More:" link, a call to watch
# ("Watch the full interview with ...", "Watch: ...", "(Watch the video below.)").
_OPENING_WORDS = frozenset(
    """video photo image courtesy reuters ap afp epa getty embed more at from published
    uploaded watch story x listen""".split()
)
_OPENING_FURNITURE = re.compile(
    r"""^\W*(?:
        (?:(?:video|photo|image)\ )?courtesy\b
      | (?:reuters|ap|afp|epa|getty\ images)\ ?/\ ?[^\W\d_]
      | embed\ (?:more\ )?(?:news\ )?videos?\b
      | more\ ?:\s
      | watch\b(?!\ out\b)
      | story\ highlights\b
      | x\ embed\b
      | listen\ to\ (?:this\ )?(?:article|story)\b
      | (?:at|from)\ (?:far\ )?(?:left|right)(?![\w-])
      | (?:published|uploaded)\ on\ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?
        \ \d{1,2},\ \d{4}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A wire photo caption: a present-tense pose, then the weekday with the full date.
_WIRE_CAPTION = re.compile(
    r"""\b(?:(?:speaks|talks|gestures|waves|listens|reacts)\ (?:to|about|during|with|at
        |as|outside|after|before|while)
      | (?:poses|smiles|arrives|walks|stands|(?:is|are)\ (?:seen|pictured|shown))
        \ (?:during|with|for|at|as|outside|after|before|while))\b[^.!?]{0,160}?
    \b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\ (?:jan|feb|march|april|may|june|july
        |aug|sept?|oct|nov|dec)[a-z]*\.?\ \d{1,2},\ \d{4}\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A photo caption's close: the place, then the date set off by a comma ("in Tehran, Iran,
# November 2, 2017.", "at the Pentagon, Thursday, Jan. 18, 2018."); a sentence of news dates a
# fact with "on" ("takes effect on Jan. 1, 2027.").
_CAPTION_DATE = re.compile(
    r"""(?<!day),\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
        (?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+
        (?:19|20)\d\d\s*\.?[\"'”’)]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption's pointer to who stands where: "Traders Andrew Silverman, left, Gregory Rowe, center".
_POSITIONS = (", left, ", ", right, ", ", center, ", ", centre, ", " from left, ", " from right, ")
_FIRST_WORD = re.compile(r"[^\w]*([^\W_]+)")
_FURNITURE_KEYS = tuple(dict.fromkeys(key for keys, _ in _FURNITURE_PARTS for key in keys))
_FURNITURE_FLAGS = re.IGNORECASE | re.VERBOSE
_FURNITURE = re.compile(
    " | ".join(part for _, part in (*_FURNITURE_PARTS, ((), _PICTURE))), _FURNITURE_FLAGS
)
_FURNITURE_SPLIT = tuple(
    (keys, re.compile(part, _FURNITURE_FLAGS))
    for keys, part in (*_FURNITURE_PARTS, (_FURNITURE_KEYS, _PICTURE))
)
# Characters that match a letter of the strings above case-insensitively, though their
# lowercase form is not that letter: with one of them, only the whole pattern is exact.
ODD_FOLDS = re.compile("[İıſ]")
# A byline or a credit line standing on its own: "By Jane Doe", "Str / AP", "Jane Doe, CNN".
CREDIT = re.compile(
    r"^(?:by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*(?:[|,][^.!?]{0,60})?$"
    r"|[\w.'’ -]{1,40}\s/\s[\w.'’ -]{1,40}$"
    r"|[\w.'’ -]{1,40}\s(?:via|for|/)\s(?:getty|ap|afp|reuters)[\w ]{0,20}$)",
    re.IGNORECASE,
)


def is_furniture(sentence: str) -> bool:
    """Tell whether a sentence is page furniture: a byline, credit, share prompt or link."""
    lower = sentence.lower()
    # Every furniture pattern holds one of these cheap substrings; most sentences hold none.
    for key in _FURNITURE_KEYS:
        if key in lower:
            if _furniture_pattern(sentence, lower):
                return True
            break
    if "day, " in lower and _WIRE_CAPTION.search(sentence):
        return True
    if _ends_in_year(sentence) and _CAPTION_DATE.search(sentence):
        return True
    if any(position in lower for position in _POSITIONS):
        return True
    first = _FIRST_WORD.match(lower)
    if first and first.group(1) in _OPENING_WORDS and _OPENING_FURNITURE.match(sentence):
        return True
    return bool(CREDIT.match(sentence.strip()))


def _ends_in_year(sentence: str) -> bool:
    """Tell whether a sentence closes on a four-digit number (a cheap test before ``_CAPTION``)."""
    return sentence.rstrip(" .\"')”’")[-4:].isdigit()


def _furniture_pattern(sentence: str, lower: str) -> bool:
    """Search the furniture patterns whose strings ``lower`` holds (all of them when in doubt)."""
    if ODD_FOLDS.search(sentence):
        return bool(_FURNITURE.search(sentence))
    for keys, pattern in _FURNITURE_SPLIT:
        for key in keys:
            if key in lower:
                if pattern.search(sentence):
                    return True
                break
    return False
