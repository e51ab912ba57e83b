"""What opens a line but is not its sentence: a dateline ("WASHINGTON (AP) —"), a bracket
("(CNN)", "(Photo: WFAA)"), the dash a dateline left, a newsletter's signpost ("Why it
matters:"); and the credit line under a quotation, which is no sentence at all."""

from __future__ import annotations

import re

from briefing.summary_filters import TERMINAL

# A dateline opening a sentence: "WASHINGTON (AP) —", "LONDON, June 2 (Reuters) -", an Indian
# wire's "Pune, Nov 30 (PTI) The ...", a release's
# "BOSTON, Dec. 2, 2026 /PRNewswire/ --", "( – ", a place in capitals or title case ("RIO DE
# JANEIRO —", "Kyiv, Ukraine —"; not "Ninety people were killed - mostly civilians", nor the
# first of a pair, "Joe Biden — who won — said"), or any short bracket that opens it:
# "(CNN)President Biden ...", "(Photo: WFAA) Debra Caudy was ...".
_DATELINE = re.compile(
    r"""^(?:
        [A-Z][A-Za-z0-9.'’ ,-]{0,60}
        \(\s*(?:ap|afp|reuters|upi|cnn|ians|pti|xinhua|cnsnews\.com)\s*\)
        (?:\s*[-—–:]+\s*|\s+(?=(?-i:[A-Z“"‘])))
      | [A-Z][A-Za-z0-9.'’ ,-]{0,60}[/(]\s*(?:pr\s?newswire|globe\s?newswire|business\s?wire
        |accesswire)[\w-]{0,10}\s*[/)]\s*[-—–]+\s*
      | \(\s*[^()]{0,30}?\s*\)\s*[-—–]+\s*
      | \(\s*[^()\s][^()]{0,39}?\s*\)\s*(?=\S)
      | \(\s*[-—–]\s*
      | (?-i:[A-Z][A-Z .,'’]{2,40})\s[-—–]{1,2}\s
      | (?-i:[A-Z][A-Za-z.'’]+(?:,?\ (?:[A-Z][A-Za-z.'’]+|de|da|del|la|el|le|of|upon)){0,4})
        ,?\s[-—–]{1,2}\s(?!.*\s[-—–]{1,2}\s)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A place in capitals glued to an em dash: "WASHINGTON—House Democrats", "NEW YORK— The".
# Case-sensitive, one word of five capitals or several words, a capital after: "NATO—Russia"
# and "U.S.—China" keep their dash.
_GLUED_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’]{4,}|[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Z.'’]+)+)—\s*(?=[A-Z“\"‘])"
)
# A dash opening a line: a dateline's remnant before a lead ("- law enforcement officials said
# ..."), or, on a line with no full stop, the credit under a quotation ("— Sen. Tom Cotton, in a
# tweet, April 25").
_OPENING_DASH = re.compile(r"^(?:[—–]|-{1,2}(?=\s))\s*")
# A newsletter's signpost before a paragraph ("Why it matters: The law ...", "The big picture:"),
# the labels of the brief format Axios made common; a summary shows the sentence without it.
_SIGNPOST = re.compile(
    r"""^(?i:why\ it\ matters|the\ big\ picture|driving\ the\ news|what\ they['’]re\ saying
      |(?:the\ )?state\ of\ play|by\ the\ numbers|what['’]s\ happening|between\ the\ lines
      |the\ latest|yes,?\ but|what\ we['’]re\ (?:hearing|watching)|reality\ check|be\ smart
      |what\ to\ watch|(?:the\ )?bottom\ line|what\ happened|what['’]s\ next|flashback
      |zoom\ (?:in|out)|the\ backstory|our\ thought\ bubble|where\ it\ stands|the\ intrigue
      |the\ other\ side|worth\ noting|of\ note|follow\ the\ money|what['’]s\ new|the\ catch
      |catch\ up\ quick|go\ deeper|details|context|summary|in\ brief|tl;?dr)
      :\s+(?=[A-Z“"‘])""",
    re.VERBOSE,
)


def strip_dateline(sentence: str) -> str:
    """Remove a leading dateline such as ``WASHINGTON (AP) —`` from a sentence, the dash a
    dateline left before a full sentence, or a newsletter's signpost ("Why it matters:")."""
    text = sentence.strip()
    stripped = _GLUED_DATELINE.sub("", _DATELINE.sub("", text, count=1), count=1).strip()
    if stripped != text:
        stripped = stripped[:1].upper() + stripped[1:]  # "( ap ) the mayor" in lower-cased copy
    if TERMINAL.search(stripped):
        # No capital put back: "— including a tax cut — were expected" stays a fragment.
        stripped = _OPENING_DASH.sub("", stripped, count=1)
    stripped = _SIGNPOST.sub("", stripped, count=1)
    return stripped or sentence


def is_credit_line(sentence: str) -> bool:
    """Tell whether a line credits the quotation above it ("— Sen. Tom Cotton, in a tweet"):
    it opens with a dash and is no full sentence."""
    return bool(_OPENING_DASH.match(sentence)) and not TERMINAL.search(sentence)
