"""The summary of a story of excerpts: every article stops inside its first sentence.

Feed excerpts and teasers end mid-sentence ("... after the Democrats said the"), and a summary
shows complete sentences only; a story made of nothing else would have none. Its cut leads are
the most it can say, so one is shown, cut to the budget and ending in an ellipsis, marked as cut.
"""

from __future__ import annotations

from briefing.models import Story, SummarySentence
from briefing.summary_candidates import cut_leads
from briefing.summary_concepts import concept_weights, concepts, worth


def cut_lead(story: Story, words: int) -> tuple[SummarySentence, ...]:
    """Summarise a story whose every article stops inside its lead (feed excerpts) by the cut
    lead that covers most of what its outlets share, cut to the budget and ending in an ellipsis."""
    leads = [(i, _within(text, words)) for i, text in cut_leads(story)]
    if not leads:
        return ()
    covers = [concepts(text) for _, text in leads]
    weights = concept_weights([[cover] for cover in covers])
    best = max(range(len(leads)), key=lambda n: (worth(covers[n], weights), -n))
    source, text = leads[best]
    return (SummarySentence(text, (story.articles[source].id,)),)


def _within(text: str, words: int) -> str:
    """Cut a text that ends in an ellipsis to at most ``words`` words, ellipsis kept."""
    kept = text.split()
    return text if len(kept) <= words else " ".join(kept[:words]).rstrip(",;:") + "\u2026"
