"""The sentences a story's summary may be made of: each article split, filtered and tokenised."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.models import Story
from briefing.quotes_attribution import SPEECH_VERBS
from briefing.summary_compress import (
    RULES,
    Rules,
    compress,
    said_tail,
    shorten,
    without_own_voice,
)
from briefing.summary_concepts import concepts, word_concepts
from briefing.summary_figures import figure_concepts
from briefing.summary_filters import (
    caption_paragraphs,
    is_complete,
    is_cut_short,
    is_fragment,
    is_usable,
    leans_on_context,
)
from briefing.summary_furniture import is_furniture
from briefing.summary_headline import is_opinion
from briefing.summary_leadins import is_credit_line, strip_dateline
from briefing.summary_phrases import stands
from briefing.summary_quoted import join_quotations, unquoted
from briefing.summary_redundancy import quoted_follower
from briefing.summary_speakers import bare_surnames, introduction, is_bystander_quote
from briefing.summary_trim import trim_last
from briefing.text import split_sentences, terms, word_terms, words

_ENDED = re.compile(r"[.!?\"'”’)]$")
"""A paragraph's end that closes a sentence or a quotation (no list item to finish)."""
_SPOKEN = re.compile(rf"\b(?:{SPEECH_VERBS})\b(?:\s+\S+){{0,5}}:$", re.IGNORECASE)
"""A paragraph ending in a speech verb and a colon, up to five words apart ("He added:")."""
_COMPLETED = re.compile(
    r"\b(?:expects?|expected|includes?|included|including|requires?|would|will|must|should"
    r"|(?:plans?|aims?|wants?|hopes?)\s+to|calls?\s+for|the\s+following)\s*:$"
)
"""A lead-in whose items finish its sentence ("Halvard expects:", "The bill would:")."""
ITEM_WORDS = 20
"""Most words of a list item that finishes its lead-in's sentence."""
_NO_ITEM = re.compile(r"(?:For|In|On|At|After|Before|By|With|From|During|As|But|And)\b")
"""Openers of a paragraph that starts a sentence of its own after a list, not an item."""
_PERSON_OPENER = re.compile(r"[\"“‘']?(?:He|She|His|Her)\b")
"""A sentence opening with a person it does not name ("He said ...", "Her office ...")."""
_KEEP_SPEAKER = Rules(said=False)
_PARENTHESES_ONLY = Rules(according=False, said=False, when=False, ages=False)
_AUXILIARIES = frozenset({"has", "had", "have"})
_CUT_END = re.compile(r"[\s,;:\u2013\u2014-]*(?:\.\s?\.\s?\.|\u2026)?\s*$")
"""What a cut sentence trails off in: spaces, a comma or dash, an ellipsis of its own."""
CANDIDATE_POOL = 600
"""Sentences rated per story at most: long stories keep each article's lead."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may enter the summary, with where it came from."""

    source: int
    """Index of its article in ``Story.articles``."""
    position: int
    """Index among the article's usable sentences."""
    text: str
    """The sentence, dateline removed."""
    words: int
    """Whitespace-separated words."""
    terms: tuple[str, ...]
    """Stemmed content words."""
    leans: bool
    """Whether it leans on an earlier sentence: the one before it ("He said", "But ..."), or
    the one that gives in full a person it names by surname alone ("..., Brennan said.")."""
    previous: int
    """Pool index of the sentence it leans on (else the one just before it in its article);
    -1 when not in the pool."""
    concepts: frozenset[str]
    """Stemmed word pairs and content words it covers."""
    follower: str | None
    """The next sentence of its article when that is a quotation leaning on it."""
    bystander: bool = False
    """Whether it is mostly the quoted words of a member of the public (its concepts are then
    only those of the reporter's words around the quotation)."""
    surnames: frozenset[str] = frozenset()
    """People it names by surname alone whom an earlier sentence of its article names in full:
    any chosen sentence naming them in full may introduce them instead of ``previous``."""
    full: str = ""
    """The sentence before compression dropped its asides, when it did ("" when ``text`` is
    whole): a summary with words to spare gives it whole."""


def candidates(
    story: Story, *, argued: bool = False
) -> tuple[list[Candidate], list[list[frozenset[str]]], list[list[frozenset[str]]]]:
    """Split every article; return usable sentences, every sentence's terms, and the concepts
    of its usable sentences (the lead first) followed by those of its other sentences.

    A column's or an editorial's sentences argue; while any article reports, they only tell
    which facts the outlets carry, unless ``argued`` (the reports gave no summary).
    """
    per_article = max(8, CANDIDATE_POOL // max(1, len(story.articles)))
    opinion = [is_opinion(article.title) for article in story.articles]
    reported = not all(opinion) and not argued
    pool: list[Candidate] = []
    bodies: list[list[frozenset[str]]] = []
    concept_bodies: list[list[frozenset[str]]] = []
    for index, article in enumerate(story.articles):
        texts = _article_sentences(article.paragraphs, article.standfirst)
        # Tokenise each sentence once: its terms and its concepts come from the same words.
        split = [words(t) for t in texts]
        tokens = [word_terms(w) for w in split]
        bodies.append([frozenset(t) for t in tokens])
        usable = [
            (n, t)
            for n, t in enumerate(texts)
            if is_usable(t) and not (n == 0 and is_fragment(t)) and stands(t)
        ]
        usable = usable or _fallback(texts)
        covers = [word_concepts(split[n]) | figure_concepts(t) for n, t in usable]
        concept_bodies.append(covers + _unused_concepts(texts, split, usable))
        where: dict[int, int] = {}
        shown = 0 if opinion[index] and reported else per_article
        for position, (raw, text) in enumerate(usable[:shown]):
            where[raw] = len(pool)
            # Its whole form keeps all but a parenthesis ("(DHS)"); the short one drops more.
            own = compress(without_own_voice(text, article.outlet), _PARENTHESES_ONLY)
            short = compress(own, _rules(texts, raw))
            same = short == text
            leans = leans_on_context(short)
            intro = None if leans else introduction(texts, raw)
            bystander = is_bystander_quote(text)
            pool.append(
                Candidate(
                    index,
                    position,
                    short,
                    len(short.split()),
                    tuple(tokens[raw] if same else terms(short)),
                    leans or intro is not None,
                    where.get(raw - 1 if intro is None else intro, -1),
                    _cover(bystander, covers[position] if same else concepts(short), short),
                    quoted_follower(texts, raw),
                    bystander,
                    frozenset() if intro is None else frozenset(bare_surnames(short)),
                    "" if short == own else own,
                )
            )
    return pool, bodies, concept_bodies


def _rules(texts: Sequence[str], index: int) -> Rules:
    """Return what compression may drop from a sentence: not its closing named speaker ("...,
    President Donald Trump has announced.") when the next sentence's "He" or "She" may be them."""
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if not _PERSON_OPENER.match(following):
        return RULES
    tail = said_tail(texts[index])
    # The word before the verb names a person: "President Donald Trump (has) announced", not
    # "White House officials said" or "the leader's office announced".
    words = [w for w in (tail or "").split() if w.lower() not in _AUXILIARIES]
    named = len(words) >= 2 and words[-2][:1].isupper()
    return _KEEP_SPEAKER if named else RULES


def _unused_concepts(
    texts: Sequence[str], split: Sequence[Sequence[str]], usable: Sequence[tuple[int, str]]
) -> list[frozenset[str]]:
    """Return the concepts of an article's sentences that no summary may show, furniture aside.

    A fact list's unfinished lines, an overlong sentence or a quotation without its speaker
    still tell which facts the outlet reports, so they count towards the concepts' worth.
    """
    taken = {n for n, _ in usable}
    return [
        word_concepts(split[n]) | figure_concepts(text)
        for n, text in enumerate(texts)
        if n not in taken and not is_furniture(text)
    ]


def _article_sentences(paragraphs: Sequence[str], standfirst: int = 0) -> list[str]:
    """Split a body into sentences, captions left out, quotations whole, a cut end trimmed.

    The sentences of a standfirst (its first ``standfirst`` paragraphs) go after the others: the
    lead under it is what the article opens with, as a lead is rated and compared.
    """
    captions = caption_paragraphs(paragraphs)
    paragraphs = _listed(paragraphs)
    numbered = [
        (number, strip_dateline(sentence))
        for number, paragraph in enumerate(paragraphs)
        if number not in captions
        for sentence in join_quotations(split_sentences(paragraph))
    ]
    found = trim_last([sentence for _, sentence in numbered])
    above = sum(1 for number, _ in numbered if number < standfirst)
    return found[above:] + found[:above]


def _listed(paragraphs: Sequence[str]) -> list[str]:
    """End with a full stop each item of a list that a paragraph ending in a colon opens
    ("Here is what we know so far:", not "She said:"): a paragraph in capitals first and
    without an end. An item that finishes its lead-in's sentence ("Halvard expects:") is
    written as that sentence."""
    found = list(paragraphs)
    listing = False
    lead_in = ""
    for number, paragraph in enumerate(paragraphs):
        text = paragraph.rstrip()
        if text.endswith(":"):
            # "She told reporters:" opens a quotation, not a list.
            listing = not _SPOKEN.search(text)
            lead_in = text[:-1].rstrip() if _COMPLETED.search(text) else ""
        elif listing and lead_in:
            if not text[:1].isupper() or len(text.split()) > ITEM_WORDS or _NO_ITEM.match(text):
                listing = False  # the list is over: a paragraph of its own
            else:
                found[number] = _finished(lead_in, text)
        elif listing and text[:1].isupper() and not _ENDED.search(text):
            found[number] = text.rstrip(",;") + "."
        else:
            listing = False
    return found


def _finished(lead_in: str, item: str) -> str:
    """Write a list item as the end of its lead-in's sentence: "Halvard expects:" and "Revenue
    of $178 million." make "Halvard expects revenue of $178 million."."""
    if item[1:2].islower():  # a capital opening a word, not a name's ("Revenue", not "GAAP")
        item = item[0].lower() + item[1:]
    return f"{lead_in} {item.rstrip(',;.')}."


def _fallback(texts: Sequence[str]) -> list[tuple[int, str]]:
    """Accept unterminated sentences when an article has no other, but never a cut-off one."""
    last = len(texts) - 1 if texts and not is_complete(texts[-1]) else len(texts)
    return [
        (n, t)
        for n, t in enumerate(texts[:last])
        if is_usable(t, ended=False)
        and stands(t)
        and not is_cut_short(t)
        and not is_credit_line(t)
        and not (n == 0 and is_fragment(t))
    ]


def cut_leads(story: Story) -> list[tuple[int, str]]:
    """Return, by article, each lead that an excerpt's cut ends, written to end in an ellipsis.

    A story whose every article stops inside its first sentence (feed excerpts, teasers) has no
    sentence a summary may show; its cut leads are the most it can say, marked as cut.
    """
    found = []
    for index, article in enumerate(story.articles):
        texts = _article_sentences(article.paragraphs, article.standfirst)
        lead = texts[0] if texts else ""
        if (
            is_usable(lead, ended=False)
            and not is_complete(lead)
            and not is_credit_line(lead)
            and not is_fragment(lead)
        ):
            found.append((index, _CUT_END.sub("", lead) + "…"))
    return found


def shortened(pool: Sequence[Candidate]) -> list[tuple[int, Candidate]]:
    """Return, by the pool index of its full form, each candidate's shorter form: without a
    closing relative clause or participial phrase (``summary_compress.shorten``)."""
    forms = []
    for index, candidate in enumerate(pool):
        short = shorten(candidate.text)
        if short is not None:
            form = replace(
                candidate,
                text=short,
                words=len(short.split()),
                terms=tuple(terms(short)),
                full=candidate.full or candidate.text,
                leans=candidate.leans or leans_on_context(short),
                concepts=_cover(candidate.bystander, concepts(short), short),
            )
            forms.append((index, form))
    return forms


def _cover(bystander: bool, covers: frozenset[str], text: str) -> frozenset[str]:
    """Return the concepts a sentence is credited with: for a bystander's quotation only those
    of the reporter's words around it."""
    return concepts(unquoted(text)) if bystander else covers
