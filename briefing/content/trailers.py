"""A wire service's closing lines: agency credits, desk slugs, end marks, contact sections and a
game story's box score; a newsletter's sponsor messages."""

from __future__ import annotations

import re

# Agencies a foreign broadcaster's or wire's story credits at its foot.
_AGENCY = (
    r"(?:AFP|AP|Reuters|dpa|DPA|EFE|KNA|epd|ANSA|Kyodo|Yonhap|Xinhua|Lusa|Belga|ANP|APA|TASS|"
    r"Interfax|AAP|PA|UPI|Anadolu|IANS|PTI|Bernama|Agencies|agencies|news agencies|wires)"
)
_AND = r"\s*(?:,|and|&|/)\s*"
# "(FRANCE 24 with AFP and Reuters)", "mk/sms (dpa, AFP, Reuters)", "(AFP)", "(END)", "(MORE)".
_CREDIT = re.compile(
    rf"^(?:[a-z]{{1,4}}(?:/[a-z]{{1,4}})*\s+)?\((?:[A-Z][\w&.' -]{{1,30}}? with\s+)?"
    rf"{_AGENCY}(?:{_AND}{_AGENCY})*\)\.?$|^\((?:END|MORE|ENDS)\)$"
)
# The writer's address alone at the foot: "(minsikyoon@heraldcorp.com)".
_ADDRESS = re.compile(r"^\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\.?$")
# An e-mail newsletter's footer: "You are receiving this email because ...", "Unsubscribe".
_MAIL_FOOTER = re.compile(
    r"^(?:you(?: are|'re|’re)? receiv(?:e|ed|ing) this (?:e-?mail|newsletter|message)\b.{0,200}|"
    r"unsubscribe\b.{0,80}|.{0,60}\bunsubscribe\s*(?:[|•·]|$).{0,60}|"
    r"manage (?:your )?(?:e-?mail )?(?:preferences|subscriptions?)\b.{0,60}|"
    r"reply to this (?:e-?mail|newsletter)\b.{0,120}|(?:view|read) (?:this|it) in (?:your|a|the) "
    r"(?:web )?browser\b.{0,20})$",
    re.IGNORECASE,
)
# A German agency's desk slug: "dpa bb xxzz n1 fs".
_SLUG = re.compile(r"^(?:dpa|kna|epd)(?: [a-z0-9]{1,6}){2,8}$")
# "To contact the reporter on this story: ...", "To contact the editors responsible for ...".
_CONTACT_SECTION = re.compile(
    r"^to contact the (?:reporters?|editors?|authors?)\b(?: responsible)?(?: (?:on|for) this "
    r"(?:story|article))?:",
    re.IGNORECASE,
)

# A box score's lines: "Williams 4-11 2-2 11, Holmgren 8-15 4-5 22, ...", "Totals 45-91 19-24 124.",
# "OKLAHOMA CITY (124)", and its labelled notes "Rebounds—Oklahoma City 44 (Holmgren 11), ...".
_STAT = re.compile(r"^\(?\d[\d,.:]*(?:-\d[\d,.]*)?\)?[,.;]?$")
_TEAM_LINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40} \(\d{1,3}(?:-\d{1,3})?\)$")
_BOX_NOTE = re.compile(
    r"^(?:3-Point Goals|Fouled Out|Rebounds|Assists|Total Fouls|Technicals|Flagrant Fouls|"
    r"Officials|A|Attendance|Ejections|E|LOB|DP|2B|3B|HR|SB|CS|SF|S|WP|HBP|PB|Balk|Umpires|T)"
    r"\s?[—–]\s?\S"
)
_STATS_IN_LINE = 6

# A newsletter's sponsor label over the sponsor's copy: "A message from the American Maritime
# Partnership:", "Presented by Acme:".
_SPONSOR = re.compile(
    r"^(?:a (?:message|word) from|presented by|sponsored by|brought to you by|paid for by|"
    r"together with|in partnership with) [^.!?\"“”]{2,80}?:?$",
    re.IGNORECASE,
)
# A newsletter item's label in capitals, which ends the sponsor's copy: "JONES ACT QUESTIONS:".
_ITEM_LABEL = re.compile(r"^[A-Z0-9'’&$ -]{3,60}:\s")
_SPONSOR_LINES = 3
_SPONSOR_WORDS = 60


def sponsor_span(paragraphs: list[str], i: int) -> int:
    """Count a sponsor's label and its copy at ``i`` (0 when none): the short paragraphs under
    the label, without quotations, up to the next item's label in capitals."""
    if _SPONSOR.match(paragraphs[i].strip()) is None:
        return 0
    end = i + 1
    while end < min(len(paragraphs), i + 1 + _SPONSOR_LINES):
        text = paragraphs[end]
        if _ends_sponsor(text):
            break
        end += 1
    return end - i


def _ends_sponsor(text: str) -> bool:
    """Tell a paragraph that is no sponsor's copy: an item's label, a heading or a list item
    (no closing stop), a quotation, a long paragraph."""
    return (
        _ITEM_LABEL.match(text) is not None
        or not text.rstrip().endswith((".", "!", "?"))
        or text.lstrip()[:1] in "-–—•*"
        or len(text.split()) > _SPONSOR_WORDS
        or any(mark in text for mark in '"“”')
    )


def is_box_score(paragraph: str) -> bool:
    """Tell a line of a game story's box score, a block of figures, not sentences."""
    text = paragraph.strip()
    if _TEAM_LINE.match(text) or _BOX_NOTE.match(text):
        return True
    tokens = text.split()
    stats = sum(1 for token in tokens if _STAT.match(token))
    if tokens[:1] == ["Totals"]:
        return stats >= 2
    return stats >= _STATS_IN_LINE and stats >= 0.45 * len(tokens)


def is_wire_trailer(paragraph: str) -> bool:
    """Tell an agency credit, a desk slug or an end mark closing a wire story, or a newsletter's
    footer."""
    text = paragraph.strip()
    if len(text) <= 300 and _MAIL_FOOTER.match(text):
        return True
    return len(text) <= 120 and any(p.match(text) for p in (_CREDIT, _SLUG, _ADDRESS))


def opens_contact_section(paragraph: str) -> bool:
    """Tell the heading of a wire story's closing contacts ("To contact the reporter ...:")."""
    return _CONTACT_SECTION.match(paragraph.strip()) is not None
