"""Decide which sentences may stand in a summary: complete, clean of page furniture, readable."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

# Lines that belong to the page around an article, not to its reporting: each pattern with
# the lowercase strings one of which any match holds, so that most sentences skip the patterns.
_FURNITURE_PARTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("click",), r"click\ here | \bclick\b.{0,20}\b(?:link|below|above)\b"),
    (("sign up",), r"\bsign\ up\b"),
    (("subscribe",), r"\bsubscribe\b"),
    (("newsletter",), r"newsletter"),
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
# positions ("At right is ..."), an upload line, an embed or "More:" link.
_OPENING_WORDS = frozenset(
    """video photo image courtesy reuters ap afp epa getty embed more at from published
    uploaded""".split()
)
_OPENING_FURNITURE = re.compile(
    r"""^\W*(?:
        (?:(?:video|photo|image)\ )?courtesy\b
      | (?:reuters|ap|afp|epa|getty\ images)\ ?/\ ?[^\W\d_]
      | embed\ (?:more\ )?(?:news\ )?videos?\b
      | more\ ?:\s
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
_ODD_FOLDS = re.compile("[İıſ]")
# A byline or a credit line standing on its own: "By Jane Doe", "Str / AP", "Jane Doe, CNN".
_CREDIT = re.compile(
    r"^(?:by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*(?:[|,][^.!?]{0,60})?$"
    r"|[\w.'’ -]{1,40}\s/\s[\w.'’ -]{1,40}$"
    r"|[\w.'’ -]{1,40}\s(?:via|for|/)\s(?:getty|ap|afp|reuters)[\w ]{0,20}$)",
    re.IGNORECASE,
)
# A dateline opening a sentence: "WASHINGTON (AP) —", "LONDON, June 2 (Reuters) -", "( – ".
_DATELINE = re.compile(
    r"""^(?:
        [A-Z][A-Za-z0-9.'’ ,-]{0,60}
        \(\s*(?:ap|afp|reuters|upi|cnn|ians|pti|xinhua|cnsnews\.com)\s*\)\s*[-—–:]+\s*
      | \(\s*[^()]{0,30}?\s*\)\s*[-—–]+\s*
      | \(\s*[-—–]\s*
      | [A-Z][A-Z .,'’]{2,40}\s[-—–]{1,2}\s
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Openers that lean on an earlier sentence; a summary may not start with one.
_DANGLING = re.compile(
    r"""^["'“‘(]*(?:
        (?:this|that|these|those)\b(?!\s+(?:week|weekend|month|year|morning|afternoon|evening
            |spring|summer|autumn|fall|winter|season|time)\b)
      | (?:he|she|it|they|them|his|her|hers|its|their|theirs|him|such)\b
      | (?:but|however|and|or|so|yet|also|still|instead|meanwhile|moreover|furthermore|then
        |besides|nevertheless|nonetheless|otherwise|likewise|similarly|additionally|thus|hence
        |therefore|indeed|again)\b
      | the\s+(?:same|latter|former|other)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# An attribution to a pronoun: "..., he said." needs the sentence that names him.
_PRONOUN_ATTRIBUTION = re.compile(
    r"""[,”"?!]\s*["”]?\s*(?:he|she|they)\s+(?:said|says|added|adds|told|explained|noted|continued"""
    r"""|asked|wrote|recalled|insisted|argued|warned)\b""",
    re.IGNORECASE,
)
# A short opening phrase, then a pronoun as the subject: "On Tuesday, his voice rang out."
_INTRO_PRONOUN = re.compile(
    r"""^["'“‘(]*[A-Z][a-z]*
    (?:\s+(?:[a-z0-9]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April
        |May|June|July|August|September|October|November|December)){0,3}
    ,\s+(?:he|she|they|his|her|their|its)\b""",
    re.VERBOSE,
)
# A quoted span: curly or straight double quotes, or British single quotes around a clause.
_QUOTED = re.compile(r"""“[^“”]*”|"[^"]*"|(?<!\w)‘[^‘]*?[.,!?—–-]’(?!\w)""")
_TERMINAL = re.compile(r"""[.!?](?:\s?["'”’)\]])*$""")
_ELLIPSIS = re.compile(r"""(?:\.\s?\.\s?\.|…)["'”’)\]]*$""")
_LETTERS = re.compile(r"[^\W\d_]")
# Anything but ASCII and common typographic marks (none of them cased or a letter).
_PLAIN = re.compile(r"[^\x00-\x7f‘’“”–—…\xa0]")
_UPPER = string.ascii_uppercase.encode()
_LOWER = string.ascii_lowercase.encode()

MIN_WORDS = 6
MAX_WORDS = 70
CAPTION_WORDS = 60
"""Words above which a paragraph is body text, even when it holds a photo credit."""


_PHOTO = re.compile(
    r"\((?:[\w ./]{0,30}\b)?(?:photo|image|file|pictured)\b[^()]{0,40}\)\s*$"
    r"|\b(?:ap|afp|reuters|getty|epa)\s*(?:photo|images?)\b|\bvia\s+getty\b",
    re.IGNORECASE,
)
# Every match of ``_PHOTO`` holds one of these (bar the characters of ``_ODD_FOLDS``).
_PHOTO_KEYS = ("photo", "image", "file", "pictured", "getty")


def _photo_credit(paragraph: str) -> bool:
    """Tell whether a paragraph carries a photo credit (most hold none of its key words)."""
    lower = paragraph.lower()
    if not _ODD_FOLDS.search(paragraph) and not any(key in lower for key in _PHOTO_KEYS):
        return False
    return bool(_PHOTO.search(paragraph))


def caption_paragraphs(paragraphs: Sequence[str]) -> set[int]:
    """Find photo captions: short paragraphs carrying a photo credit or beside a bare credit line.

    A long paragraph that holds a credit is a body run together with its caption (text without
    paragraph breaks); its sentences are judged one by one instead.
    """
    captions: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if _photo_credit(paragraph) and len(paragraph.split()) <= CAPTION_WORDS:
            captions.add(index)
        elif len(paragraph.split()) <= 8 and _CREDIT.match(paragraph.strip()):
            captions.add(index)
            captions.update(i for i in (index - 1, index + 1) if 0 <= i < len(paragraphs))
    return captions


def strip_dateline(sentence: str) -> str:
    """Remove a leading dateline such as ``WASHINGTON (AP) —`` from a sentence."""
    stripped = _DATELINE.sub("", sentence, count=1).strip()
    return stripped[:1].upper() + stripped[1:] if stripped else sentence


def is_complete(sentence: str) -> bool:
    """Tell whether a sentence ends with terminal punctuation and was not cut short."""
    return bool(_TERMINAL.search(sentence)) and not is_cut_short(sentence)


def is_cut_short(sentence: str) -> bool:
    """Tell whether a sentence trails off in an ellipsis (a teaser or an excerpt's cut)."""
    return bool(_ELLIPSIS.search(sentence))


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
    first = _FIRST_WORD.match(lower)
    if first and first.group(1) in _OPENING_WORDS and _OPENING_FURNITURE.match(sentence):
        return True
    return bool(_CREDIT.match(sentence.strip()))


def _furniture_pattern(sentence: str, lower: str) -> bool:
    """Search the furniture patterns whose strings ``lower`` holds (all of them when in doubt)."""
    if _ODD_FOLDS.search(sentence):
        return bool(_FURNITURE.search(sentence))
    for keys, pattern in _FURNITURE_SPLIT:
        for key in keys:
            if key in lower:
                if pattern.search(sentence):
                    return True
                break
    return False


def is_dangling(sentence: str) -> bool:
    """Tell whether a sentence leans on what came before it (so cannot open a summary)."""
    return bool(_DANGLING.match(sentence.strip()))


def leans_on_context(sentence: str) -> bool:
    """Tell whether a sentence needs the one before it: "But ...", "he said", "On Monday, he"."""
    return (
        is_dangling(sentence)
        or bool(_PRONOUN_ATTRIBUTION.search(sentence))
        or bool(_INTRO_PRONOUN.match(sentence))
    )


def is_shouty(text: str) -> bool:
    """Tell whether most letters of a text of several words are capitals."""
    if _PLAIN.search(text) is None:
        # Letters here are just the ASCII ones: count them by deleting them from the bytes.
        data = text.encode()
        upper = len(data) - len(data.translate(None, _UPPER))
        count = upper + len(data) - len(data.translate(None, _LOWER))
    else:
        letters = _LETTERS.findall(text)
        upper, count = sum(map(str.isupper, letters)), len(letters)
    return len(text.split()) >= 3 and count >= 8 and upper > 0.7 * count


def is_usable(sentence: str) -> bool:
    """Tell whether a sentence may appear in a summary at all."""
    count = len(sentence.split())
    return (
        MIN_WORDS <= count <= MAX_WORDS
        and is_complete(sentence)
        and not is_furniture(sentence)
        and not is_shouty(sentence)
        and not _unbalanced_quote(sentence)
        and not is_bare_quotation(sentence)
    )


def is_fragment(sentence: str) -> bool:
    """Tell whether an article's first sentence opens in lower case: an excerpt cut mid-sentence.

    A brand written in lower case with a capital inside ("iPhone", "eBay") still opens a sentence.
    """
    first = sentence.lstrip().split(" ", 1)[0]
    return first[:1].islower() and first == first.lower()


def is_bare_quotation(sentence: str) -> bool:
    """Tell whether a sentence is only a quotation, with no speaker outside the quote marks.

    Such a sentence says nothing about who spoke, so it belongs among the key quotes, never in
    the summary; "..., said Ruiz." and "Ruiz said: ..." keep their speaker and stay.
    """
    if not sentence.lstrip("([").startswith(("“", '"', "‘")):
        return False
    return not _LETTERS.search(_QUOTED.sub(" ", sentence))


def join_quotations(sentences: Sequence[str], limit: int = 4) -> list[str]:
    """Join sentences that one quotation spans, so that no quote is cut in two."""
    joined: list[str] = []
    index = 0
    while index < len(sentences):
        end = index + 1
        text = sentences[index]
        while _opens_quote(text) and end < len(sentences) and end - index < limit:
            text = f"{text} {sentences[end]}"
            end += 1
        if _opens_quote(text):
            joined.append(sentences[index])
            index += 1
        else:
            joined.append(text)
            index = end
    return joined


def _opens_quote(sentence: str) -> bool:
    """Tell whether a sentence leaves a quotation open at its end."""
    if sentence.count("“") > sentence.count("”"):
        return True
    return sentence.count('"') % 2 == 1


def _unbalanced_quote(sentence: str) -> bool:
    """Tell whether a sentence opens a curly or straight quotation it never closes."""
    if sentence.count("“") != sentence.count("”"):
        return True
    return sentence.count('"') % 2 == 1
