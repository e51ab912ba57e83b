"""Bylines, date lines, datelines and copyright lines: who wrote a text, when, for whom."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from briefing.content.dates import When, date_span, date_spans, find_when, time_spans
from briefing.content.outlets import outlet_name

_BYLINE = re.compile(
    r"^(?:(?i:by|written by|(?P<posted>posted by|submitted by)|words by|story by|"
    r"(?:video |audio )?report by)[:\s]\s*|"
    r"(?i:authors?):\s*|"
    # Reach's pages lose the space between "By" and the linked name: "ByBethan Lloyd".
    r"By(?=[A-Z][a-z]+ [A-Z]))(?P<rest>\S.*)$"
)
# What blogs and forums post under: a user name, "admin", "@jdoe".
_HANDLE = re.compile(r"^@?[\w.-]{2,30}$")
_SEPARATORS = re.compile(r"\s*[|•·/]\s*|\s+[-–—]+\s+|\s*;\s*")
_FILLER = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
    # A running or reading time beside the date: "Dec 2, 2026 · 24 min", "5 min read".
    r"\b\d{1,3}\s*(?:minutes?|mins?)(?:\s+(?:read|listen|watch))?\b|"
    r"\b(?:updated|published|posted|aired|last|first|originally|modified|date|on|at|and|et|ago|"
    r"press release|news release|"
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|today|yesterday)\b|[\W_]+",
    re.IGNORECASE,
)
# A release's place before its date: "Monaco, 2 December 2026".
_RELEASE_PLACE = re.compile(
    r"^[A-Z][a-z][\w'’.-]*,\s+(?=\d{1,2}\s+[A-Z][a-z]|[A-Z][a-z]{2,8}\.?\s+\d)"
)
# Words that link a byline's name to its date: "Jane Doe on March 4, 2031 at 10:02 am".
_LINKING = re.compile(r"(?<!\S)(?:on|at)(?!\S)")
_ROLE = re.compile(
    r"\b(?:special to|senior|chief|staff|political|national|foreign|international|white house|"
    r"congressional|diplomatic|bureau|special|associate|deputy|managing|executive|"
    r"writers?|reporters?|correspondents?|editors?|producers?|contributors?|columnists?|"
    r"analysts?|interns?|photographers?|anchors?|hosts?|journalists?)\b",
    re.IGNORECASE,
)
# Bylines that name no one: "By the Editorial Board", "By Staff and wire reports".
_NO_ONE = re.compile(
    r"\b(?:editorial board|wire (?:reports|services)|news desk|press office)\b", re.I
)
_NO_ONE_FILLER = re.compile(r"\b(?:the|from|with)\b", re.I)
_ROLE_NOUN = re.compile(
    r"\b(?:staff|writers?|reporters?|correspondents?|editors?|producers?|contributors?|"
    r"columnists?|analysts?|interns?|photographers?|anchors?|hosts?|journalists?|chief)\b",
    re.IGNORECASE,
)
# A writer's beat before the role: "Sports Writer", "Health reporter".
_BEATS = frozenset(
    "sports business health science technology tech climate economics education arts culture "
    "food travel metro crime courts legal investigative cricket football rugby tennis golf "
    "racing athletics motoring soccer baseball basketball hockey boxing state city weather court "
    "transport property environment energy money consumer entertainment music film royal".split()
)
# A role in lower case before the names: "By state political reporter Alexandra Blair".
_ROLE_LEAD = re.compile(
    r"^(?:[a-z][\w’'-]*\s+){0,3}?(?:reporters?|correspondents?|writers?|editors?)\s+(?=[A-Z])"
    r"|^[A-Z][a-z]+ (?:reporter|correspondent) (?=[A-Z])"  # "Anglia reporter Tom Hennessey"
)
# A page's button after the writer's name: "By: Jane Doe Follow".
_FOLLOW = re.compile(r"\s+Follow\s*$")
# A wire's initials set after its writer's name in capitals: "JANE DOE AP Business Writer".
_WIRE_INITIALS = frozenset("AP AFP UPI CP PA AAP DPA EFE ANSA".split())
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_ORG_WORD = re.compile(
    r"\b(?:News|Times|Post|Press|Journal|Herald|Tribune|Telegraph|Guardian|Agency|Wire|Daily|"
    r"Network|Radio|Television|TV|Magazine|Gazette|Chronicle|Review|Media|Broadcasting|Online|"
    r"Reuters|Bloomberg|Monitor|Observer|Independent|Mail|Express|Standard|Examiner|Globe|"
    r"Register|Bulletin|Inquirer|Dispatch|Courier|Weekly|Insider|Beast|Politico|Axios|Vox|"
    r"Slate|Atlantic|Economist|Xinhua|Al Jazeera|Fox|Today|Center|Centre|Institute|Foundation|"
    r"Echo|Argus|Advertiser|Sentinel|Gleaner|Enquirer|Ledger|Messenger|Telegram|Service)\b"
    r"|^[A-Z]{2,6}$|\w\.(?:com|org|net|co\.uk)$|^[A-Z]{2,}(?: [A-Z]{2,})* \d{1,3}$"
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|da|del|della|der|di|du|la|le|"
                        r"van|von|y|and|&)|[a-z]{1,3}[-'’][A-Z][\w'’-]*)$")  # fmt: skip
_CAPITAL_NAMES = re.compile(
    r"^(?P<names>[A-Z][A-Z'’.-]+(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][A-Z'’.-]+)+)\s+(?=[A-Z][a-z])"
)
_TAIL_SEPARATOR = re.compile(r", |\s*[|·•]\s*")
# A science news site's byline naming the institution that sent the release: "by University of
# Copenhagen", "by Max Planck Institute for Chemistry".
_INSTITUTION = re.compile(
    r"^(?:the )?(?:[A-Z][\w.'’&-]* ){0,4}(?:University|Institute|College|Laboratory|Hospital)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})?$"
)
# "Jane Doe Reporting from Athens": a line of its own under the byline, or run on in Markdown.
_REPORTING_FROM = re.compile(r"\s*\bReporting from [A-Z][\w'’.,-]*(?: [A-Z][\w'’.,-]*){0,3}$")
# Where the writer was: "Tom Ashworth at Kingsmead Park", "Jane Doe in Rotterdam".
_PLACE_TAIL = re.compile(
    r"\s+(?:[Aa]t|[Ii]n) (?:the |The )?[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]+){0,3}$"
)


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line states."""

    author: str | None
    """The names, e.g. ``Jane Doe and John Roe``."""
    outlet: str | None
    """The outlet the byline names, e.g. ``Reuters``."""
    published: datetime | None
    """The date (and time) the byline gives."""
    timed: bool = True
    """False when the byline gives the day but no time of day."""


def parse_byline(line: str) -> Byline | None:
    """Read a line such as "By Patrick Goodenough | January 5, 2014 | 5:13pm EST"."""
    match = _BYLINE.match(line.strip())
    if match is None or len(line.split()) > 30:
        return None
    # Wire bylines set names in capitals and run the outlet on: "JOHN DOE Associated Press".
    rest = _CAPITAL_NAMES.sub(_names_apart, _REPORTING_FROM.sub("", _FOLLOW.sub("", match["rest"])))
    rest = _role_apart(_ROLE_LEAD.sub("", rest))
    authors: list[str] = []
    outlet: str | None = None
    for segment in _SEPARATORS.split(_without_dates(rest)):
        names, _, for_outlet = segment.partition(" for ")
        for piece in names.split(","):
            if _NO_ONE.fullmatch(piece.strip()):
                continue  # "Author: Press Office": no one, and no outlet
            kind, value = _classify(piece.strip())
            if kind == "outlet" and outlet is None:
                outlet = value
            elif kind == "name":
                authors.append(value)
        if for_outlet.strip() and outlet is None and _classify(for_outlet.strip())[0]:
            outlet = outlet_name(for_outlet.strip(" ."))
    bare = " ".join(_LINKING.sub(" ", _without_dates(rest)).split()).strip(" |,·-")
    handle = bool(match["posted"]) and _HANDLE.match(bare) is not None
    if (
        not authors
        and outlet is None
        and not (handle or _role_only(rest) or _INSTITUTION.match(bare))
    ):
        return None
    when = find_when(rest)
    if when is None:
        return Byline(", ".join(authors) or None, outlet, None)
    return Byline(", ".join(authors) or None, outlet, when[0], when[1])


def _names_apart(names: re.Match[str]) -> str:
    """Set capitalised names apart from what follows, an agency's initials included: "GREG
    BEACHAM AP Sports Writer" is Greg Beacham of AP, not "Greg Beacham Ap"."""
    run = names["names"]
    head, _, last = run.rpartition(" ")
    if head and len(head.split()) >= 2 and last in _WIRE_INITIALS:
        return f"{head}, {last} "
    return f"{run}, "


def _role_apart(rest: str) -> str:
    """Set a role run on after the name apart: "Dan Woike Times staff writer" is Dan Woike,
    Times staff writer; "Jane Doe Staff Writer" is Jane Doe, Staff Writer."""
    if any(mark in rest for mark in ",|;/·•"):
        return rest
    place = _PLACE_TAIL.search(rest)  # "Paul Newman Cricket Correspondent In Wellington"
    words = rest[: place.start()].split() if place else rest.split()
    start = len(words)
    while start > 0 and (_ROLE.fullmatch(words[start - 1]) or words[start - 1].lower() in _BEATS):
        start -= 1
    if start == len(words) or not _ROLE_NOUN.fullmatch(words[-1]):
        return rest
    if start >= 3 and _ORG_WORD.fullmatch(words[start - 1]):
        start -= 1  # the outlet before its role: "Times staff writer"
    if start < 2:
        return rest
    return " ".join(words[:start]) + ", " + " ".join(words[start:])


def reporting_from(line: str) -> bool:
    """Tell a line saying where the writer reports from: "Reporting from Valparaíso, Chile"."""
    return _REPORTING_FROM.fullmatch(line.strip()) is not None


def byline_tail(line: str) -> tuple[bool, str | None]:
    """Tell a line that completes the byline above it: a role ("Staff Writer"), an outlet, or
    where the writer reports from ("Reporting from Athens")."""
    if len(line.split()) > 6 or line.endswith((".", "?", "!", ":")):
        return False, None
    if reporting_from(line):
        return True, None
    # "BBC News, Lisbon": the outlet, then where the writer was; "Money Editor·NZ Herald·":
    # the role, then the outlet.
    pieces = [p for p in _TAIL_SEPARATOR.split(line.strip(" |,-–—·")) if p]
    kind, value = _classify(pieces[0] if pieces else "")
    if kind == "outlet":
        return True, value
    if len(pieces) == 2 and byline_tail(pieces[0]) == (True, None):
        kind, value = _classify(pieces[1])
        if kind == "outlet":
            return True, value
    bare = " ".join(_ROLE.sub(" ", line).split()).strip(" |,-–—")
    # A role, maybe with a beat: "Staff Writer", "Business reporter", "Senior Health Correspondent".
    return (bare != line.strip(" |,-–—") and len(bare.split()) <= 2), None


def name_line(line: str) -> str | None:
    """Return the name on a line that holds only a person's name, as bylines without "By" do."""
    words = line.split()
    if not 2 <= len(words) <= 5 or _ORG_WORD.search(line):
        return None
    kind, value = _classify(line)
    return value if kind == "name" else None


def has_role_noun(text: str) -> bool:
    """Tell whether text names a newsroom role ("correspondent", "editor", "reporter")."""
    return _ROLE_NOUN.search(text) is not None


def is_byline(line: str) -> bool:
    """Tell whether a line is a byline."""
    return len(line) <= 200 and parse_byline(line) is not None


def date_line(line: str) -> When | None:
    """Return the date of a line holding only a date, e.g. "Updated 3:14 p.m. ET, Jan 6, 2014"."""
    if len(line) > 120 or date_span(line) is None:
        return None
    if _FILLER.sub("", _without_dates(_RELEASE_PLACE.sub("", line, count=1))):
        return None
    return find_when(line)


def _without_dates(text: str) -> str:
    """Blank out dates and clock times so that what is left can be read as names."""
    spans = time_spans(text) + date_spans(text)
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _is_brand(piece: str) -> bool:
    """Tell an outlet without a news word: "The Hill", "Newsweek", "CNN Business"."""
    words = piece.split()
    if not words or _ROLE.search(piece) or any(c.isdigit() for c in piece):
        return False
    if len(words) == 1:
        return words[0].isalpha() and words[0][0].isupper()
    titled = any(w[0].isupper() and not w.isupper() for w in words)
    return words[0] == "The" or (titled and _ACRONYM.search(piece) is not None)


def _role_only(rest: str) -> bool:
    """Tell a byline that names a role and no one: "By Staff Reporter", "By the Editorial Board"."""
    text = _without_dates(rest)
    bare = _FILLER.sub("", _NO_ONE_FILLER.sub(" ", _ROLE.sub(" ", _NO_ONE.sub(" ", text))))
    return not bare and bool(_ROLE.search(text) or _NO_ONE.search(text))


def _classify(piece: str) -> tuple[str, str]:
    """Say whether a byline piece is an outlet, a name, or neither (a role, a date); a name may
    say where the writer was ("Tom Ashworth at Kingsmead Park")."""
    placed = _PLACE_TAIL.search(piece)
    if placed is not None:
        kind, name = _classify_piece(piece[: placed.start()])
        if kind == "name" and len(name.split()) >= 2:
            return kind, name
    return _classify_piece(piece)


def _classify_piece(piece: str) -> tuple[str, str]:
    """Say whether a byline piece is an outlet, a name, or neither (a role, a date)."""
    piece = re.sub(r"\b(?:updated|published|posted)\b.*$", "", piece, flags=re.I)
    piece = " ".join(_LINKING.sub(" ", piece).split()).strip(" .:")
    if not _FILLER.sub("", piece):
        return "", ""
    # "National" or "Senior" is a role only beside a role noun ("National Correspondent"), and
    # part of the name in "National Review".
    without_role = " ".join(_ROLE.sub(" ", piece).split()) if _ROLE_NOUN.search(piece) else piece
    shouted = without_role.isupper() and _ORG_WORD.search(without_role.title())  # "USA TODAY"
    if _ORG_WORD.search(without_role) or shouted:
        return "outlet", outlet_name(without_role)
    if without_role != piece:
        return "", ""
    if _is_brand(piece):
        return "outlet", outlet_name(piece)
    words = piece.split()
    if len(words) <= 8 and all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper():
        return "name", " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)
    return "", ""
