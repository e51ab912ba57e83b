"""A wire service's closing lines: agency credits, desk slugs, end marks and contact sections."""

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
# A German agency's desk slug: "dpa bb xxzz n1 fs".
_SLUG = re.compile(r"^(?:dpa|kna|epd)(?: [a-z0-9]{1,6}){2,8}$")
# "To contact the reporter on this story: ...", "To contact the editors responsible for ...".
_CONTACT_SECTION = re.compile(
    r"^to contact the (?:reporters?|editors?|authors?)\b(?: responsible)?(?: (?:on|for) this "
    r"(?:story|article))?:",
    re.IGNORECASE,
)


def is_wire_trailer(paragraph: str) -> bool:
    """Tell an agency credit, a desk slug or an end mark closing a wire story."""
    text = paragraph.strip()
    return len(text) <= 120 and any(p.match(text) for p in (_CREDIT, _SLUG, _ADDRESS))


def opens_contact_section(paragraph: str) -> bool:
    """Tell the heading of a wire story's closing contacts ("To contact the reporter ...:")."""
    return _CONTACT_SECTION.match(paragraph.strip()) is not None
