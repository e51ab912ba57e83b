"""Plain text split into paragraphs: blank lines part them, a wrapped line joins its own."""

from __future__ import annotations

import html
import itertools
import re

from briefing.content import furniture as f
from briefing.content.byline import byline_tail, date_line, is_byline, name_line
from briefing.content.notes import is_time_stamp
from briefing.content.signed import signed_line

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# HTML character references left in text copied from a page's source or a feed ("&#8217;",
# "&quot;", "&nbsp;"); only complete ones, so "AT&T;" or "R&D" stay as written.
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_LIST_LINES = 4
# How many characters short of the block's longest line a wrapped line may stop, beyond the
# next word's: ragged wrapping (a hand-wrapped or re-flowed text) leaves lines a little short.
_WRAP_SLACK = 8
_LABEL_WORDS = 3
_LIST_WORDS = (3, 20)
# Words a wrapped line may end on, the phrase going on in the next line.
_LEADING_ON = frozenset(
    "a an the of for to in on at by with from and or but as than that which who its their his "
    "her our your this these those into over under after before about between".split()
)
# A line wrapped at a compound's hyphen ("day-" / "to-day"): the hyphen stays, no space follows.
_HYPHEN_WRAP = re.compile(r"[^\W\d_]-$")
# A byline without "By" that gives a date: "Jane Doe · CBC News · Posted: Dec 02, 2026 ...".
_DATED_SIGNATURE = re.compile(r"[·•|]\s*(?:Posted|Published|Updated)\b", re.I)
# A list item's marker: "- ", "* ", "• ", "1. ".
_BULLET = re.compile(r"^(?:[-–—*•·▪►]|\d{1,2}[.)])\s+\S")


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs: blank lines separate them; wrapped lines are joined."""
    text = _INVISIBLE.sub("", _ENTITY.sub(_character, text))
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [" ".join(_SPACE.sub(" ", line).split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        longest = max(len(line) for line in lines)
        # Items may stand under a heading that asks or announces them ("What changes?").
        listed = _is_list(lines) or (lines[0].endswith(("?", ":")) and _is_list(lines[1:]))
        current = lines[0]
        for index, (previous, line) in enumerate(itertools.pairwise(lines), start=2):
            # The lines under a label ("Read more:", "Key points:") are items, one a line.
            listed = listed or (previous.endswith(":") and len(previous.split()) <= 4)
            signed = _signed(line, lines[index] if index < len(lines) else "")
            if not listed and not signed and _continues(previous, line, longest):
                current += ("" if _HYPHEN_WRAP.search(previous) else " ") + line
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _character(reference: re.Match[str]) -> str:
    """Return the character an HTML reference stands for, or the reference if it is none."""
    return html.unescape(reference[0])


def _continues(previous: str, line: str, longest: int) -> bool:
    """Tell whether line continues previous's paragraph (a wrapped line) or starts a new one."""
    if _stands_alone(previous) or _stands_alone(line) or _BULLET.match(line):
        return False
    if line[0].islower():
        return True
    if previous.endswith(f._END_PUNCT) or _label_under(previous, line):
        return False
    if longest < 40 or len(previous) < 0.6 * longest:
        return False
    return not _room_for(previous, line, longest)


def _room_for(previous: str, line: str, longest: int) -> bool:
    """Tell whether line's first word had room at the end of previous, as a wrapped line's never
    has: a headline over its standfirst ("Senators pitch ... for data brokers" / "Bipartisan
    measure would let consumers ..."), each set on a line of its own."""
    return len(previous) + len(line.split()[0]) + _WRAP_SLACK < longest


def _label_under(previous: str, line: str) -> bool:
    """Tell a short label in capitals under a headline in sentence case, never its last words
    ("... bacteria in mice" / "Peer-Reviewed Publication"); a wrapped sentence's last words
    end in its full stop ("... on Spectrum" / "SportsNet.")."""
    words = line.split()
    if not 0 < len(words) <= _LABEL_WORDS or not all(word[0].isupper() for word in words):
        return False
    if f.is_title_case(previous) or previous.split()[-1].lower() in _LEADING_ON:
        return False
    return not line.endswith(f._END_PUNCT) and not any(c.isdigit() for c in line)


def _signed(line: str, following: str) -> bool:
    """Tell a writer's name over a date or a role, a byline without "By", which never ends the
    headline above it ("... after tunnel rant" / "Jack Rosser" / "Published: 18:02, ...")."""
    if name_line(line) is None:
        return False
    return date_line(following) is not None or byline_tail(following)[0]


def _is_list(lines: list[str]) -> bool:
    """Tell short lines set one under another that are not a wrapped paragraph: a standfirst's
    bullets ("Skovgaard, PFZW to pay 1.1 billion euros for site" / "Award is first ...").

    Each line starts with a capital and has no final stop, nor ends on a word that leads on
    ("for", "the"); a headline in Title Case wrapped over two lines stays one.
    """
    if not 2 <= len(lines) <= _LIST_LINES or f.is_title_case(" ".join(lines)):
        return False
    return all(_list_item(line) for line in lines)


def _list_item(line: str) -> bool:
    words = line.split()
    return (
        _LIST_WORDS[0] <= len(words) <= _LIST_WORDS[1]
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith((*f._END_PUNCT, ","))
        and words[-1].lower() not in _LEADING_ON
    )


def _stands_alone(line: str) -> bool:
    """Tell header and furniture lines, which never join a neighbour."""
    if len(line) > 200:
        return False
    return (
        f.is_prompt(line)
        or f.is_photo_credit(line)
        or is_byline(line)
        or is_time_stamp(line)
        or bool(date_line(line) or f.page_url(line))
        or (_DATED_SIGNATURE.search(line) is not None and signed_line(line) is not None)
    )
