"""The client-side search index: a small script that assigns the stories to a global variable.

A ``.js`` file loaded by a ``<script>`` tag works from ``file://`` too, where ``fetch()`` of a JSON
file is refused; the search page needs no server and makes no network request.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from briefing import site_urls as urls
from briefing.context import StoryCard
from briefing.feeds import summary_text
from briefing.models import BriefStory, Page
from briefing.typography import curl_quotes, printable

VARIABLE = "BRIEFING_SEARCH"


def search_index(briefs: Sequence[BriefStory], cards: Mapping[str, StoryCard]) -> Page:
    """Write every story's headline, summary, quotes and outlets for the search script."""
    entries = [_entry(brief, cards[brief.story.id]) for brief in briefs]
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    # Escape what could end a script element or confuse an HTML parser if the file is inlined.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    text = printable(f"window.{VARIABLE} = {data};\n")
    return Page(urls.SEARCH_INDEX, text.encode("utf-8"))


def _entry(brief: BriefStory, card: StoryCard) -> dict[str, object]:
    said = ((curl_quotes(q.text), q.speaker) for q in brief.summary.quotes)
    quotes = [f"{text} ({speaker})" if speaker else text for text, speaker in said]
    return {
        "url": card.url,
        "headline": card.headline,
        "summary": summary_text(brief),
        "quotes": quotes,
        "outlets": [o.name for o in card.outlets],
        "when": card.last.date if card.last else "",
    }
