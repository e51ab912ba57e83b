"""The courtesies a speaker opens with ("Thank you, Excellency.", "Good evening."): said to the
room, they say nothing once the quotation stands alone as a key quote."""

from __future__ import annotations

import re

# A courtesy, maybe with whom it is said to ("Thanks, Jake.", "Thank you, Madam Speaker."), as a
# sentence of its own before the quotation goes on; or a filler word ("Okay.", "Well.").
_COURTESY = re.compile(
    r"(?i:(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|hello|hi)"
    r"(?:,\s*(?:[\w.'’-]+\s*){1,4})?|okay|ok|well)[.!]\s+(?=[A-Z“\"‘'])"
)


def without_courtesy(text: str) -> str:
    """Return a quotation without the courtesy it opens with, if it goes on after it."""
    match = _COURTESY.match(text)
    return text[match.end() :] if match else text
