"""Decide which sentences may stand in a summary: complete, clean of page furniture, readable."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from briefing.summary_furniture import CREDIT, ODD_FOLDS, is_furniture
from briefing.summary_quoted import is_bare_quotation, unbalanced_quote, unquoted

# Openers that lean on an earlier sentence; a summary may not start with one.
_DANGLING = re.compile(
    r"""^["'“‘(]*(?:
        (?:this|that|these|those)\b(?!\s+(?:week|weekend|month|year|morning|afternoon|evening
            |spring|summer|autumn|fall|winter|season|time)\b)
      | (?:he|she|it|they|them|his|her|hers|its|their|theirs|him|such)\b
      | (?:but|however|and|or|so|yet|also|still|instead|meanwhile|moreover|furthermore|then
        |besides|nevertheless|nonetheless|otherwise|likewise|similarly|additionally|thus|hence
        |therefore|indeed|again|rather(?!\s+than))\b
      | the\s+(?:same|latter|former|other)\b
      | from\s+there\b | after\s+that\b | at\s+that\s+(?:point|time|moment)\b
      | in\s+(?:its|their|his|her)\s+place\b | (?:in\s+(?:return|response|turn)|as\s+a\s+result),
      | (?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens\ of|hundreds\ of|several
        |some|few)\s+other\b
      | (?:only\s+|just\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|some|many
        |most|all|none|half|several|few|each|both|neither|either)\s+of\s+(?:them|these)\b
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
# A short sentence ending on a pronoun for what came before: "The leader responded to each."
_OBJECT_POINTER = re.compile(
    r"\b(?:to|for|with|on|of|about|against|from)\s+"
    r"(?:each|both|either|neither|it|them|this|that|these|those)[.!]$",
    re.IGNORECASE,
)
_SHORT_WORDS = 12
_OWN_QUESTION = re.compile(r"\?[)\]]*\s*$")
TERMINAL = re.compile(r"""[.!?](?:\s?["'”’)\]])*$""")
"""A sentence's end: a stop, maybe closing marks after it."""
_ELLIPSIS = re.compile(r"""(?:\.\s?\.\s?\.|…)["'”’)\]]*$""")
# A title that always has a name after it: a text ending on one was cut off ("... from Gov.").
_OPEN_TITLE = re.compile(
    r"(?<![\w.])(?:Gov|Govs|Sen|Sens|Rep|Reps|Mr|Mrs|Ms|Messrs|Dr|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm"
    r"|Prof|Rev|Hon|Supt|Insp|Det)\.$"
)
# A given name and a middle initial at the end ("... backed by Judges James C."): the surname
# was cut off. (A sentence splitter never ends a sentence there; only an excerpt's cut does.)
_MIDDLE_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+\s[A-Z]\.$")
# A sentence that points at what follows in its article: "Here's what you need to know.",
# "Here are five takeaways from ...", "The following is a transcript of remarks by ...".
# Without the article under it, it points at nothing.
# A listicle's item ("First off, in the MAGA devotee category: ...") points the same way.
_POINTER = re.compile(
    r"^[\W]*(?:(?:well|so|now|okay|ok),\ )?"
    r"(?:here(?:['’]s|\ is|\ are)\b|(?:the\ )?following\ (?:is|are)\b|below\ (?:is|are)\b"
    r"|(?:first|next)\ (?:off|up)\b)",
    re.IGNORECASE | re.VERBOSE,
)
# The writer speaking for themself outside any quotation: a column's or a transcript's voice
# ("As I have watched ...", "Centuries later, I joined the Army"), never a reported fact: "I"
# before a lower-case word (not "World War I with", "Phase I trials", "(I-Vt.)" nor "F.B.I.").
_FIRST_PERSON = re.compile(
    r"(?<![\w.’'-])(?<!War\ )(?<!Title\ )(?<!Phase\ )(?<!Class\ )(?<!Type\ )(?<!Stage\ )"
    r"(?<!Part\ )(?<!Grade\ )(?<!Level\ )I(?:['’](?:m|ve|d|ll))?\s+[a-z]",
    re.VERBOSE,
)
# The same voice as object or owner: "Older residents like me cannot get to ...", "my town".
_FIRST_PERSON_OBJECT = re.compile(r"(?<![\w’'#-])(?:me|my|myself)(?![\w’'-])")
# A subordinate clause standing alone, its main clause left in the sentence before: "Just five
# days after Hirono introduced the bill.", "Because it could save your life." With no comma (or
# colon, dash) there is no room for the main clause; "While ..." may still hold one when long
# ("While night one wasn't exciting there were clear winners"), "After/If/Since ..." too often.
_CLAUSE_ONLY = re.compile(
    r"""^["'“‘(]*(?:
        (?:(?:just|only|barely|nearly|almost|about|some|more\ than|less\ than)\s+)?\w+\s+
        (?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:after|before|since)\b
      | because\b(?!\s+of\b)
      | (?:while|although|though|whereas|unless)\b(?=(?:\s+\S+){0,10}\s*$)
    )[^,;:—–]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A reporter's note that someone would not speak: "Yang did not respond to requests for comment."
# Alone it tells the reader nothing of the news; a longer sentence may carry a fact beside it.
_NO_COMMENT = re.compile(
    r"\b(?:did\ not|didn['’]t|has\ not|hasn['’]t|have\ not|haven['’]t)\ (?:immediately\ )?"
    r"(?:respond(?:ed)?|return(?:ed)?|repl(?:y|ied))\b[^.]{0,40}\bcomment"
    r"|\b(?:declined|refused)\ to\ comment\b|\bcould\ not\ (?:immediately\ )?be\ reached\b"
    r"|\b(?:will|would)\ (?:make|give|have)\ no\ (?:further\ )?comments?\b",
    re.IGNORECASE | re.VERBOSE,
)
NO_COMMENT_WORDS = 16
"""Words up to which a sentence saying only that someone would not comment is left out."""
# "We", "our", "you" opening a sentence outside quotations, maybe after a short opener ("Twenty
# years ago, we witnessed ...", "If you don't watch cable news, ..."), or a call to the reader
# ("Consider him the elephant not in the room", "Please continue ...", "Make no mistake"): the
# writer speaking for a group or to the reader. Further in, "behind us" or "your tax dollars" may
# still report.
_WRITERS_VOICE = re.compile(
    r"^[\"'“‘(]*(?:[^,;:]{0,40},\s+)?(?:(?:if|as|when|before|while)\s+)?"
    r"(?:(?:we|you)(?:['’](?:re|ve|ll|d))?|our|your|let['’]s|please|join\s+us|make\s+no\s+mistake"
    r"|(?:consider|imagine|picture|remember)(?=\s+(?:this|that|the|a|an|him|her|them|it|how|what|when|if)\b))"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
# The writer's own aside inside a sentence: "Nobody had died, thank God, though ...".
_INTERJECTION = re.compile(
    r"\b(?:thank\s+(?:god|goodness|heavens)|god\s+knows|mind\s+you|heaven\s+forbid)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|added|adds|recalled|wrote|writes|insisted|argued|warned|asked)\b",
    re.VERBOSE,
)
_LETTERS = re.compile(r"[^\W\d_]")
# Anything but ASCII and common typographic marks (none of them cased or a letter).
_PLAIN = re.compile(r"[^\x00-\x7f‘’“”–—…\xa0]")
_UPPER = string.ascii_uppercase.encode()
_LOWER = string.ascii_lowercase.encode()

MIN_WORDS = 6
MAX_WORDS = 70
LOWER_WORDS = 2
"""Fewest words in lower case of a sentence: fewer, and it is a list of names ("Roy Blunt, Richard
Burr, ... Todd Young (Ind.)") or a title-cased headline, with no verb to state anything."""
CAPTION_WORDS = 60
"""Words above which a paragraph is body text, even when it holds a photo credit."""


_PHOTO = re.compile(
    r"\((?:[\w ./]{0,30}\b)?(?:photo|image|file|pictured)\b[^()]{0,40}\)\s*$"
    r"|\b(?:ap|afp|reuters|getty|epa)\s*(?:photo|images?)\b|\bvia\s+getty\b",
    re.IGNORECASE,
)
# Every match of ``_PHOTO`` holds one of these (bar the characters of ``ODD_FOLDS``).
_PHOTO_KEYS = ("photo", "image", "file", "pictured", "getty")


def _photo_credit(paragraph: str) -> bool:
    """Tell whether a paragraph carries a photo credit (most hold none of its key words)."""
    lower = paragraph.lower()
    if not ODD_FOLDS.search(paragraph) and not any(key in lower for key in _PHOTO_KEYS):
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
        elif len(paragraph.split()) <= 8 and CREDIT.match(paragraph.strip()):
            captions.add(index)
            captions.update(i for i in (index - 1, index + 1) if 0 <= i < len(paragraphs))
    return captions


def is_complete(sentence: str) -> bool:
    """Tell whether a sentence ends with terminal punctuation and was not cut short."""
    return (
        bool(TERMINAL.search(sentence))
        and not is_cut_short(sentence)
        and not _OPEN_TITLE.search(sentence)
        and not _MIDDLE_INITIAL.search(sentence)
    )


def is_cut_short(sentence: str) -> bool:
    """Tell whether a sentence trails off in an ellipsis (a teaser or an excerpt's cut)."""
    return bool(_ELLIPSIS.search(sentence))


def is_dangling(sentence: str) -> bool:
    """Tell whether a sentence leans on what came before it (so cannot open a summary)."""
    return bool(_DANGLING.match(sentence.strip()))


def leans_on_context(sentence: str) -> bool:
    """Tell whether a sentence needs the one before it: "But ...", "he said", "On Monday, he",
    "The leader responded to each."."""
    return (
        is_dangling(sentence)
        or bool(_PRONOUN_ATTRIBUTION.search(sentence))
        or bool(_INTRO_PRONOUN.match(sentence))
        or (len(sentence.split()) <= _SHORT_WORDS and bool(_OBJECT_POINTER.search(sentence)))
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


def is_question(sentence: str) -> bool:
    """Tell whether a sentence asks a question in the writer's own voice ("Are masks needed
    again?", "Can you imagine a worse injustice?"): a lede or a column's hook, not a fact.
    A quoted question ('..., he asked, "Why now?"') reports what someone said."""
    return bool(_OWN_QUESTION.search(sentence))


def is_usable(sentence: str, *, ended: bool = True) -> bool:
    """Tell whether a sentence may appear in a summary at all; with ``ended`` False, one that
    does not end with a full stop may (an article with no other sentence)."""
    count = len(sentence.split())
    return (
        MIN_WORDS <= count <= MAX_WORDS
        and (is_complete(sentence) or not ended)
        and not is_furniture(sentence)
        and not is_shouty(sentence)
        and not unbalanced_quote(sentence)
        and not is_bare_quotation(sentence)
        and not is_question(sentence)
        and not _POINTER.match(sentence)
        and not _CLAUSE_ONLY.match(sentence)
        and not (count <= NO_COMMENT_WORDS and _NO_COMMENT.search(sentence))
        and not in_first_person(sentence)
        and not is_listing(sentence)
    )


def is_listing(sentence: str) -> bool:
    """Tell a run of names or a title-cased line from a sentence: it has fewer than
    ``LOWER_WORDS`` words in lower case, so no verb or noun of its own."""
    lower = 0
    for word in sentence.split():
        lower += word.lstrip("\"'“‘(")[:1].islower()
        if lower >= LOWER_WORDS:
            return False
    return True


def in_first_person(sentence: str) -> bool:
    """Tell whether the writer says "I", "we" or "you" outside quotation marks, and nobody is
    said to speak: a column's voice ("Twenty years ago, we witnessed ...", "If you don't
    watch cable news, you might not realize ..."). "I've lived here fifty years, Margaret
    Ellis told the council." is reported speech."""
    bare = unquoted(sentence)
    voiced = (
        _FIRST_PERSON.search(bare)
        or _FIRST_PERSON_OBJECT.search(bare)
        or _WRITERS_VOICE.match(bare.lstrip())
        or _INTERJECTION.search(bare)
    )
    return bool(voiced) and not _SPEECH.search(sentence)


def is_fragment(sentence: str) -> bool:
    """Tell whether an article's first sentence opens in lower case: an excerpt cut mid-sentence.

    A brand written in lower case with a capital inside ("iPhone", "eBay") still opens a sentence.
    """
    first = sentence.lstrip().split(" ", 1)[0]
    return first[:1].islower() and first == first.lower()
