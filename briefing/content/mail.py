"""E-mails pasted as articles: a forwarded message's header, the sign-off and signature below."""

from __future__ import annotations

import re

from briefing.content.dates import find_when
from briefing.content.meta import Meta

# "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:"
_FORWARDED = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD = re.compile(r"^[ \t>]*(?P<key>From|Date|Sent|Subject|To|Cc|Reply-To):[ \t]*(?P<value>.*)$")
_REPLY_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|tr|wg)\s*:\s*)+", re.IGNORECASE)
_SENDER = re.compile(r"^\"?(?P<name>[^\"<@]+?)\"?\s*<[^>]+>$")
# The signature's delimiter ("-- "), and a sign-off over the writer's name ("Best regards,").
_DELIMITER = re.compile(r"^--[ \t]*$")
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|many thanks and)?\s*regards|best(?: wishes)?|thanks|thank you|"
    r"cheers|sincerely|yours(?: sincerely| truly)?),?$",
    re.IGNORECASE,
)
_SIGNATURE_WORDS = 12
_SIGNATURE_LINES = 6


def forwarded_header(text: str) -> tuple[Meta, str]:
    """Read a forwarded message's header at the top of a text: the subject for a headline, the
    sender for its writer, the date; return it and the text after it (the text whole if none)."""
    opening = _FORWARDED.search(text)
    if opening is None or text[: opening.start()].strip():
        return Meta(), text
    lines = text[opening.end() :].lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    while lines and (field := _FIELD.match(lines[0])) is not None:
        fields.setdefault(field["key"].lower(), field["value"].strip())
        lines.pop(0)
    if "from" not in fields and "subject" not in fields:
        return Meta(), text
    sender = _SENDER.match(fields.get("from", ""))
    subject = _REPLY_PREFIX.sub("", fields.get("subject", "")).strip()
    when = find_when(fields.get("date") or fields.get("sent") or "")
    meta = Meta(
        title=subject or None,
        author=sender["name"].strip() if sender else None,
        published=when[0] if when else None,
        timed=when[1] if when else True,
    )
    return meta, "\n".join(lines)


def without_signature(paragraphs: list[str]) -> list[str]:
    """Drop an e-mail's signature: from a "--" line, or from a sign-off over short lines."""
    for index, paragraph in enumerate(paragraphs):
        if _DELIMITER.match(paragraph):
            return paragraphs[:index]
        rest = paragraphs[index + 1 :]
        short = all(len(line.split()) <= _SIGNATURE_WORDS for line in rest[:2])
        if _SIGN_OFF.match(paragraph) and index and len(rest) <= _SIGNATURE_LINES and short:
            return paragraphs[:index]
    return paragraphs
