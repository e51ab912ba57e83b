"""An encyclopedia article copied from a wiki: its note markers and apparatus, not its text.

"... 120 vehicles.[3]" carries a footnote marker; the reference list ("^ Thorsby, Megan (2
December 2026). ..."), the category line and the notes about the article itself ("From
Wikipedia, the free encyclopedia", "This article is about ... For ..., see ...") are apparatus.
"""

from __future__ import annotations

import re

# A note marker set against the word or the mark before it: "[3]", "[12]", "[a]", "[note 2]",
# "[citation needed]".
_MARKER = re.compile(
    r"(?<=[\w.,;:!?\"”’)\]])\[(?:\d{1,3}|[a-z]|(?:note|nb) \d{1,3}|citation needed|"
    r"clarification needed|who\?|when\?|according to whom\?)\]"
    # A judgment summary's paragraph references before the stop: "... the true agreement was
    # [58].", "... had ever used one [34-41]."
    r"|\s\[\d{1,3}(?:[-–]\d{1,3})?(?:, ?\d{1,3}(?:[-–]\d{1,3})?)*\](?=[.;,:]|$)"
)
# A reference list's entry, under its back-link caret: "^ Thorsby, Megan (2 December 2026)."
_ENTRY = re.compile(r"^(?:\^|↑)(?: [a-z]{1,2}){0,6} \S")
_APPARATUS = re.compile(
    r"^(?:From [A-Z][\w ]{1,40}, the free encyclopedia\.?"
    r"|Categor(?:y|ies): [^.]+"
    r"|This article is about [^.]{3,120}\. For [^.]{3,160}, see [^.]{2,120}\.)$"
)


def without_markers(paragraph: str) -> str:
    """Take the note markers out of a paragraph: "120 vehicles.[3] It serves" loses "[3]"."""
    return _MARKER.sub("", paragraph) if "[" in paragraph else paragraph


def is_apparatus(paragraph: str) -> bool:
    """Tell a wiki article's reference entry, category line, tagline or note on its subject."""
    return _ENTRY.match(paragraph) is not None or _APPARATUS.match(paragraph) is not None
