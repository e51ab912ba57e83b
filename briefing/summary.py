"""Merged extractive summary of a story: rate sentences, select without repeats, restore order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.models import Story, Summary, SummarySentence
from briefing.quotes import extract_quotes, key_quotes
from briefing.recency import overtaken
from briefing.summary_candidates import Candidate, candidates, shortened
from briefing.summary_concepts import Concepts, concept_weights, concepts, select, worth
from briefing.summary_excerpts import cut_lead
from briefing.summary_figures import figure_concepts
from briefing.summary_headline import choose_headline, headline_texts
from briefing.summary_order import introducer, looks_ahead, order
from briefing.summary_provenance import carriers
from briefing.summary_redundancy import (
    MIN_SHARED,
    Point,
    point,
    reports_point,
    same_point,
)
from briefing.summary_scoring import (
    Features,
    Vector,
    Weights,
    cosine,
    features,
    normalise,
    similarity_graph,
    story_centroid,
    tfidf_vectors,
    weigh,
)
from briefing.summary_swap import swap, with_lead
from briefing.text import terms

# Feature weights, tuned on the Multi-News and NeuS validation files (benchmarks/eval_summary.py).
WEIGHTS = Weights(
    centrality=0.5, support=0.1, prestige=0.1, headline=0.1, position=0.1, specificity=0.05
)
REDUNDANT = 0.5
"""TF-IDF cosine above which a sentence repeats one already chosen."""
CONTAINED = 0.6
"""Share of a sentence's content terms found in a chosen one above which it adds too little."""
DANGLING_COST = 0.8
"""Score factor for sentences that lean on the sentence before them."""
MODULAR = 0.5
"""Weight of a sentence's own rating beside the concepts it covers: the best-rated sentence
adds this share of the richest sentence's concept worth (Lin and Bilmes' modular term)."""
LEAD_FLOOR = 0.9
"""Share of the best chosen sentence's rating a lead needs to be brought into a summary that
has none (an article's first sentence may be page furniture no rule caught)."""
SHORT_RATING = 0.5
"""Exponent of the length ratio that scales a shortened form's rating down from its full one's:
its rating is its full form's times (its words / the full form's words) ** SHORT_RATING."""
OVERTAKEN = 0.9
"""Score factor for sentences of an article that a report a day or more newer overtook."""
SamePoint = Callable[[int, int], bool]
"""Whether two candidates, by pool index, state one point (articles apart, other words)."""


def summarize(story: Story, *, words: int = 120, quotes: int = 3) -> Summary:
    """Summarise a story within ``words`` words and pick its ``quotes`` key quotes."""
    summary, centroid = _merged_sentences(story, words)
    if not summary:  # the reports alone gave none: let the opinion pieces speak
        summary, centroid = _merged_sentences(story, words, argued=True)
    mentions = tuple(m for article in story.articles for m in extract_quotes(article))
    key = key_quotes(story, mentions, limit=quotes, summary=summary)
    headline = choose_headline(story.articles, centroid, stated=_figures(summary))
    if not headline:
        headline = summary[0].text if summary else story.articles[0].title
    return Summary(headline=headline, sentences=summary, quotes=key, mentions=mentions)


def _restored(
    chosen: Sequence[int],
    pool: Sequence[Candidate],
    budget: int,
    term_sets: Sequence[frozenset[str]],
) -> dict[int, str]:
    """Give chosen sentences back the asides compression dropped, best first, while the budget
    has words to spare: shortening bought room for another fact, and a summary that holds every
    fact it can does better to keep who said so. An aside that would make the sentence repeat
    another chosen one ("..., the governor's office said Monday" beside "The governor granted
    ... Monday") stays out."""
    texts = {i: pool[i].text for i in chosen}
    spare = budget - sum(pool[i].words for i in chosen)
    for i in chosen:
        full = pool[i].full
        extra = len(full.split()) - pool[i].words if full else 0
        if full and extra <= spare:
            whole = frozenset(terms(full))
            if not any(_contained(whole, term_sets[j]) for j in chosen if j != i):
                texts[i] = full
                spare -= extra
    return texts


def _figures(summary: Sequence[SummarySentence]) -> frozenset[str]:
    """Return the figures the summary's sentences state, one spelling each."""
    return frozenset(f for sentence in summary for f in figure_concepts(sentence.text))


def _merged_sentences(
    story: Story, words: int, *, argued: bool = False
) -> tuple[tuple[SummarySentence, ...], Vector]:
    """Rate every candidate sentence, select within the budget, order, credit the carriers;
    with ``argued``, opinion pieces' sentences are candidates beside reports' ones."""
    pool, bodies, concept_bodies = candidates(story, argued=argued)
    if not pool:
        return cut_lead(story, words), {}
    vectors = tfidf_vectors([c.terms for c in pool])
    sources = [c.source for c in pool]
    graph = similarity_graph(vectors)
    positions = [c.position for c in pool]
    centroid = story_centroid(vectors, sources)
    texts = [c.text for c in pool]
    rated = features(vectors, sources, positions, texts, graph, _headlines(story), centroid)
    old = overtaken(story)
    scores = _combine(rated, pool, old)
    term_sets = [frozenset(c.terms) for c in pool]
    pool, vectors, scores, term_sets = _with_short_forms(pool, vectors, scores, term_sets)
    sources = [c.source for c in pool]
    same, reports = _point_tests(pool, term_sets)
    weights = concept_weights(concept_bodies, headlines=_headline_concepts(story))
    current = [not old[c.source] for c in pool]
    chosen = _cover(pool, vectors, scores, weights, words, term_sets, same, current)
    ids = [article.id for article in story.articles]
    restored = _restored(chosen, pool, words, term_sets)
    summary = tuple(
        SummarySentence(
            restored[i], tuple(ids[a] for a in carriers(i, sources, term_sets, bodies, reports))
        )
        for i in order(chosen, pool, scores, current)
    )
    return summary, centroid


def _with_short_forms(
    pool: list[Candidate],
    vectors: list[Vector],
    scores: list[float],
    term_sets: list[frozenset[str]],
) -> tuple[list[Candidate], list[Vector], list[float], list[frozenset[str]]]:
    """Offer each sentence's shorter form beside it, rated a little lower for what it drops.

    A short form keeps its full form's vector and terms, so that the repeat tests never let
    both in, and credits the outlets that carry the full form.
    """
    forms = shortened(pool)
    return (
        pool + [form for _, form in forms],
        vectors + [vectors[i] for i, _ in forms],
        scores + [scores[i] * (form.words / pool[i].words) ** SHORT_RATING for i, form in forms],
        term_sets + [term_sets[i] for i, _ in forms],
    )


def _point_tests(
    pool: Sequence[Candidate], term_sets: Sequence[frozenset[str]]
) -> tuple[SamePoint, SamePoint]:
    """Return two tests on candidates by pool index: whether they state one point (a repeat to
    leave out) and whether the second reports the first's point (an outlet to credit)."""
    points: dict[int, Point] = {}

    def point_of(i: int) -> Point:
        # Points are described on first use only: most candidates are never compared.
        if i not in points:
            c = pool[i]
            points[i] = point(c.source, c.text, c.follower, own=term_sets[i], lead=c.position == 0)
        return points[i]

    def same(i: int, j: int) -> bool:
        return same_point(point_of(i), point_of(j))

    def reports(i: int, j: int) -> bool:
        # Without a quotation joined on, a report shares MIN_SHARED terms at least: most
        # sentences of the other articles fail that before their points are described.
        alone = pool[i].follower is None and pool[j].follower is None
        if alone and len(term_sets[i] & term_sets[j]) < MIN_SHARED:
            return False
        return reports_point(point_of(i), point_of(j))

    return same, reports


def _headlines(story: Story) -> Vector:
    """Sum the articles' headline terms into one unit vector."""
    counts: dict[str, float] = {}
    for title in headline_texts(story.articles):
        for term in set(terms(title)):
            counts[term] = counts.get(term, 0.0) + 1.0
    return normalise(counts)


def _headline_concepts(story: Story) -> list[Concepts]:
    """Each article's headline concepts; none for a title that is no real headline."""
    usable = set(headline_texts(story.articles))
    return [concepts(a.title) if a.title in usable else frozenset() for a in story.articles]


def _combine(rated: Features, pool: Sequence[Candidate], overtaken: Sequence[bool]) -> list[float]:
    """Weigh the features into one score per candidate; lower those that lean on context and
    those of articles that later reports have overtaken."""
    scores = weigh(rated, WEIGHTS)
    return [
        score * (DANGLING_COST if c.leans else 1.0) * (OVERTAKEN if overtaken[c.source] else 1.0)
        for score, c in zip(scores, pool, strict=True)
    ]


def _cover(
    pool: Sequence[Candidate],
    vectors: Sequence[Vector],
    scores: Sequence[float],
    weights: dict[str, float],
    budget: int,
    term_sets: Sequence[frozenset[str]],
    same: SamePoint,
    current: Sequence[bool],
) -> list[int]:
    """Pick sentences by concept coverage plus their rating, then fill any slack that remains.

    A sentence may not repeat a chosen one, nor lean on a sentence that is not chosen (one that
    names a person by surname alone may follow any chosen sentence naming them in full). The
    summary holds a lead of a ``current`` article (one no report a day newer overtook).
    """

    def allowed(i: int, chosen: Sequence[int]) -> bool:
        candidate = pool[i]
        if (
            candidate.leans
            and candidate.previous not in chosen
            and introducer(candidate, chosen, pool) < 0
        ) or (not current[i] and looks_ahead(candidate.text)):
            return False
        return not any(
            cosine(vectors[i], vectors[j]) >= REDUNDANT
            or _contained(term_sets[i], term_sets[j])
            or same(i, j)
            for j in chosen
        )

    top = max(scores, default=0.0) or 1.0
    worths = [worth(c.concepts, weights) for c in pool]
    scale = max(worths, default=0.0) or 1.0
    bonus = [MODULAR * scale * s / top for s in scores]
    lengths = [c.words for c in pool]
    covers = [c.concepts for c in pool]
    chosen = select(covers, lengths, weights, budget, allowed, bonus)
    pinned = {pool[i].previous for i in chosen if pool[i].leans}
    alone = [w + b for w, b in zip(worths, bonus, strict=True)]
    chosen = swap(chosen, covers, lengths, weights, budget, allowed, bonus, alone, pinned)
    if any(pool[i].position == 0 and current[i] for i in chosen):
        return _fill(chosen, pool, scores, budget, allowed)
    best = max((scores[i] for i in chosen), default=0.0)
    # A story that moved on must say where it stands, whatever an earlier report's lead is worth.
    floor = LEAD_FLOOR if all(current) else 0.0
    leads = sorted(
        (
            i
            for i, c in enumerate(pool)
            if c.position == 0 and current[i] and not c.leans and scores[i] >= floor * best
        ),
        key=lambda i: (-alone[i], i),
    )
    chosen = with_lead(chosen, leads, lengths, budget, allowed)
    return _fill(chosen, pool, scores, budget, allowed)


def _fill(
    chosen: list[int],
    pool: Sequence[Candidate],
    scores: Sequence[float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
) -> list[int]:
    """Add the best-rated allowed sentences that still fit the budget."""
    chosen = list(chosen)
    used = sum(pool[i].words for i in chosen)
    for i in sorted(range(len(pool)), key=lambda i: (-scores[i], i)):
        if i not in chosen and used + pool[i].words <= budget and allowed(i, chosen):
            chosen.append(i)
            used += pool[i].words
    return chosen


def _contained(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether most content terms of the shorter of two sentences occur in the other."""
    smaller = min(len(a), len(b))
    return smaller > 0 and len(a & b) / smaller >= CONTAINED
