"""Order a summary's chosen sentences as a story, and tell what an overtaken report expected."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.summary_candidates import Candidate
from briefing.summary_quoted import unquoted
from briefing.summary_speakers import names_fully

# What a report expects to come ("The final count is expected on Friday.", "... will rule next
# week"): once a newer report tells the story on, the expectation is stale.
_AHEAD = re.compile(
    r"\b(?:(?:is|are|was|were)\ (?:expected|due|scheduled|set)\ (?:to|on|for|by|in)\b"
    r"|expected\ (?:on|by|later|next|within)\b|will|would\ (?:be|have)|remain(?:s|ed)?\ to\ be"
    r"|yet\ to\ be)\b",
    re.IGNORECASE | re.VERBOSE,
)


def looks_ahead(text: str) -> bool:
    """Tell whether a sentence tells what is to come (outside quotation marks)."""
    return bool(_AHEAD.search(unquoted(text)))


def order(
    chosen: Sequence[int],
    pool: Sequence[Candidate],
    scores: Sequence[float],
    current: Sequence[bool],
) -> list[int]:
    """Order chosen sentences as a story: by position in their article, the newest reports'
    before those they overtook, the best-rated first.

    Of several outlets' leads, the best-rated current one opens the summary, not the first
    article's.

    A sentence that leans on context goes right after the closest earlier sentence of its own
    article; one without such a sentence never opens the summary.
    """
    anchors = {i: anchor(i, chosen, pool) for i in chosen if pool[i].leans}
    ordered = sorted(
        (i for i in chosen if anchors.get(i, -1) < 0),
        key=lambda i: (pool[i].position, not current[i], -scores[i], pool[i].source),
    )
    if ordered and pool[ordered[0]].leans:
        opener = next((i for i in ordered if not pool[i].leans), ordered[0])
        ordered.remove(opener)
        ordered.insert(0, opener)
    for follower in sorted((i for i in anchors if anchors[i] >= 0), key=lambda i: pool[i].position):
        ordered.insert(ordered.index(anchors[follower]) + 1, follower)
    return ordered


def anchor(index: int, chosen: Sequence[int], pool: Sequence[Candidate]) -> int:
    """Return the chosen sentence closest before ``index`` in its article; -1 when none is."""
    mine = pool[index]
    if mine.surnames and mine.previous not in chosen:
        return introducer(mine, chosen, pool)
    earlier = [
        j for j in chosen if pool[j].source == mine.source and pool[j].position < mine.position
    ]
    return max(earlier, key=lambda j: pool[j].position, default=-1)


def introducer(candidate: Candidate, chosen: Sequence[int], pool: Sequence[Candidate]) -> int:
    """Return a chosen sentence, itself leaning on none, that names in full every person the
    candidate names by surname alone; -1 when none does (or the candidate names nobody so)."""
    if not candidate.surnames:
        return -1
    return next(
        (
            j
            for j in chosen
            if not pool[j].leans
            and all(names_fully(pool[j].text, name) for name in candidate.surnames)
        ),
        -1,
    )
