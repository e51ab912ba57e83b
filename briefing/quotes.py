"""Direct quotations: found in each article with their speakers, merged and ranked per story."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.models import Article, Quote, QuoteMention, Story, SummarySentence
from briefing.quotes_attribution import Attribution, according_to, after_quote, before_quote
from briefing.quotes_continue import join_continuations
from briefing.quotes_courtesy import without_courtesy
from briefing.quotes_filter import is_quote
from briefing.quotes_index import NameIndex, resolve
from briefing.quotes_merge import merge_and_rank, shown_in_summary, summary_words
from briefing.quotes_names import signature
from briefing.quotes_sentences import BOUNDARY, paragraph_bounds, sentence_span
from briefing.quotes_single import find_single_pieces, without_nested
from briefing.quotes_spans import Piece, find_pieces, mask
from briefing.quotes_statement import issuer, joint
from briefing.quotes_subject import sentence_subject
from briefing.recency import overtaken_ids
from briefing.speakers import PRONOUNS

log = logging.getLogger(__name__)

# The next quotation: a double mark, or a single-quoted one (its words masked after one letter).
_NEXT_QUOTE = re.compile(r"[\"“”„]|['‘]\w_")
_SPLIT_GAP = re.compile(r"^\s*,?\s*(?P<clause>[^\"“”.!?_]{1,80}?),\s*$")
_PARTY_TAG = re.compile(r",\s[RDI]-[A-Z][A-Za-z.]{1,12},")
_PARENTHESIS = re.compile(r"\([^()\n]{0,40}\)")
# An attribution verb further than this many words before a quote is weak evidence.
_NEAR_WORDS = 15
_NOT_NP_START = frozenset("by in on and but to for with of from at as into than".split())


def extract_quotes(article: Article) -> tuple[QuoteMention, ...]:
    """Find the direct quotations of an article with their speakers, in reading order."""
    article = _guillemets_as_quotes(article)
    text = article.text
    headline = {index for index, par in enumerate(article.paragraphs) if par == article.title}
    doubles = find_pieces(article.paragraphs)
    found = without_nested(doubles, find_single_pieces(article.paragraphs, doubles))
    pieces = [piece for piece in found if piece.paragraph not in headline]
    prose = _plain(mask(text, pieces))
    bounds = paragraph_bounds(article.paragraphs)
    names = NameIndex(prose)
    genders = names.pronouns()  # who "he" and "she" can mean, learnt as the article goes
    mentions: list[QuoteMention] = []
    last: QuoteMention | None = None
    last_paragraph = -10
    groups = _join_split(pieces, text)
    attributions = _shared_attributions(
        groups, [_attribute(g, prose, bounds, names) for g in groups], prose
    )
    for group, attribution in zip(groups, attributions, strict=True):
        if not is_quote(group, attribution, prose, bounds):
            continue
        if attribution is not None:
            floor = bounds[max(0, group[0].paragraph - 2)][0]
            context = (last, last_paragraph, group[0].paragraph, floor)
            speaker = _attributed_speaker(attribution, context, names, genders)
            speaker = joint(speaker, attribution.phrase)
        elif last is not None and _continues(group[0], last_paragraph, prose, bounds):
            speaker = last.speaker
        else:
            speaker = _reported_before(group[0], last_paragraph, prose, bounds, names)
        quoted = without_courtesy(_trimmed(" ".join(piece.text for piece in group)))
        mention = QuoteMention(
            quoted,
            issuer(names.namesake(speaker, quoted, group[0].start), text, group[0].start),
            article.id,
            group[0].start,
            group[-1].end,
        )
        mentions.append(mention)
        last, last_paragraph = mention, group[-1].last_paragraph
    return tuple(mentions)


# A pair of guillemets quotes as double marks do («Yes,» she said; German »Ja«, she said); a
# pair around a bar is a blog's links to its neighbours ("« Older post | Main | Newer post »").
_GUILLEMET_PAIR = re.compile(r"«[^«»|]*»|»[^«»|]*«")


def _guillemets_as_quotes(article: Article) -> Article:
    """Return the article with paired guillemets read as curly double quotes, offsets kept."""
    if not any("«" in p or "»" in p for p in article.paragraphs):
        return article
    curled = [_GUILLEMET_PAIR.sub(lambda m: f"“{m[0][1:-1]}”", p) for p in article.paragraphs]
    return replace(article, paragraphs=tuple(curled))


def key_quotes(
    story: Story,
    mentions: Sequence[QuoteMention],
    *,
    limit: int,
    summary: Sequence[SummarySentence],
) -> tuple[Quote, ...]:
    """Merge a story's quotations across outlets and return the ``limit`` most informative."""
    order = {article.id: index for index, article in enumerate(story.articles)}
    known = [mention for mention in mentions if mention.article_id in order]
    # A statement quoted in turns around its attribution is one key quote.
    texts = [s.text for s in summary]
    known = join_continuations(
        known,
        {article.id: article.text for article in story.articles},
        functools.partial(shown_in_summary, summary=summary_words(texts)),
    )
    return merge_and_rank(known, order, limit=limit, summary=texts, overtaken=overtaken_ids(story))


def _trimmed(text: str) -> str:
    """Drop the comma that hands a quotation to its attribution, also inside a closing single
    quote: "... saying 'not this quarter,'" ends "... saying 'not this quarter'"."""
    text = text.rstrip(" ,")
    return text[:-2] + text[-1] if text.endswith((",'", ",’")) else text


def _plain(prose: str) -> str:
    """Blank parentheses ("Sen. Ann Lee (D-Wis.)") and unify spaces, keeping every offset."""
    prose = prose.replace("\xa0", " ")
    prose = _PARTY_TAG.sub(lambda match: " " * len(match.group(0)), prose)
    return _PARENTHESIS.sub(lambda match: " " * len(match.group(0)), prose)


def _join_split(pieces: list[Piece], text: str) -> list[list[Piece]]:
    """Group pieces into quotations, joining ``"A," he said, "b."`` back into one."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and _is_split(groups[-1][-1], piece, text):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _is_split(first: Piece, second: Piece, text: str) -> bool:
    """Tell whether two pieces are one sentence interrupted by an attribution."""
    if first.last_paragraph != second.paragraph or not first.closed:
        return False
    gap = _SPLIT_GAP.match(text[first.end : second.start])
    if gap is None or not (first.text.endswith(",") or text[first.end] == ","):
        return False
    # A sentence interrupted by its attribution carries on in lower case ("..., "but we will").
    if not (second.text[:1].islower() or re.match(r"I\b", second.text)):
        return False
    return after_quote(gap.group("clause"), 0) is not None


def _shared_attributions(
    groups: list[list[Piece]], found: list[Attribution | None], prose: str
) -> list[Attribution | None]:
    """Let '"A" to spy on us, and "B," X said' credit A to X too: one attribution per sentence."""
    shared = list(found)
    for index in range(len(groups) - 2, -1, -1):
        between = prose[groups[index][-1].end : groups[index + 1][0].start]
        following = shared[index + 1]
        one_sentence = "\n" not in between and not BOUNDARY.search(between + " X")
        if shared[index] is None and following is not None and following.adjacent and one_sentence:
            shared[index] = following
    return shared


def _attribute(
    group: list[Piece], prose: str, bounds: list[tuple[int, int]], names: NameIndex
) -> Attribution | None:
    """Find the attribution of a quotation: after it, before it, or ``according to``."""
    first, last = group[0], group[-1]
    begin, _ = sentence_span(prose, first.start, first.start, bounds[first.paragraph])
    _, finish = sentence_span(prose, last.end, last.end, bounds[last.last_paragraph])
    after = prose[last.end : finish]
    next_mark = _NEXT_QUOTE.search(after)
    after = after[: next_mark.start()] if next_mark else after
    found = None
    if len(group) > 1:  # "A," she said, "b." - the attribution sits between the pieces
        found = after_quote(prose[first.end : group[1].start], first.end)
    if found is None and (signed := signature(after)) is not None:
        found = Attribution(signed[0], last.end + signed[1], True)
    if found is None and _closes_clause(last, after):
        found = after_quote(after, last.end)
        if found and found.phrase.split()[0].lower() in _NOT_NP_START:
            found = None
    if found is None:
        found = before_quote(prose[begin : first.start], begin)
    if found is None or _distant(found, prose, first.start):
        # "X called ... no "...," according to CNN": an explicit source beats a distant verb.
        # A quote ending its own sentence ('... for you." Looters ...') ends the search.
        stop = last.end if last.closed and last.text[-1:] in ".!?" else finish
        found = according_to(prose[begin:stop], begin) or found
    if found is None:
        found = sentence_subject(
            prose[begin : first.start], begin, lambda short: names.full_name(short, begin) != short
        )
    return found


def _distant(found: Attribution, prose: str, start: int) -> bool:
    """Tell whether an attribution before a quote is many words away, not touching it."""
    return not found.adjacent and len(prose[found.position : start].split()) > _NEAR_WORDS


def _closes_clause(last: Piece, after: str) -> bool:
    """Tell whether the words after a quotation may be its attribution (``," he said``); a
    closing single quote inside does not count (``... saying 'not now,'" he said``)."""
    ending = last.text.rstrip("'’")[-1:]
    if after.lstrip().startswith(","):
        return True
    if ending in ",?!—-…":
        return True
    if ending == "." and after.strip():
        # '"We will." Kerry said.' is rare but real; a whole new sentence is not an attribution.
        return (len(after.split()) <= 6 and not after.lstrip()[0].isupper()) or _short(after)
    return False


def _short(after: str) -> bool:
    """Tell whether a following clause is a bare attribution such as ``Kerry said.``."""
    return len(after.split()) <= 4


def _continues(
    piece: Piece, last_paragraph: int, prose: str, bounds: list[tuple[int, int]]
) -> bool:
    """Tell whether an unattributed quotation carries on the previous quotation's speaker."""
    if piece.paragraph == last_paragraph:
        return True
    floor = bounds[piece.paragraph][0]
    return piece.paragraph == last_paragraph + 1 and not prose[floor : piece.start].strip()


def _reported_before(
    piece: Piece, last_paragraph: int, prose: str, bounds: list[tuple[int, int]], names: NameIndex
) -> str | None:
    """Credit an unattributed quote to whoever the prose just before it reports speaking."""
    floor = bounds[piece.paragraph][0]
    if prose[floor : piece.start].strip():
        # A new sentence after reported speech in its paragraph: 'X cautioned that ... "..."'
        if last_paragraph == piece.paragraph:
            return None
        start, end = floor, piece.start
    elif piece.paragraph == 0 or last_paragraph == piece.paragraph - 1:
        return None
    else:
        start, end = bounds[piece.paragraph - 1]
    found = before_quote(prose[start:end], start)
    if found is None:
        return None
    return resolve(found.phrase, found.position, names, names.person_before(found.position, start))


def _attributed_speaker(
    attribution: Attribution,
    context: tuple[QuoteMention | None, int, int, int],
    names: NameIndex,
    genders: dict[str, str],
) -> str | None:
    """Resolve an attribution; ``context`` is the last quote, its paragraph, this one's, a floor.

    A pronoun cannot mean someone the article already called by the other one; whoever a
    pronoun is resolved to is remembered in ``genders`` for the rest of the article.
    """
    last, last_paragraph, paragraph, floor = context
    pronoun = attribution.phrase.split()[-1].lower()
    skip = frozenset(
        name for name, said in genders.items() if pronoun in PRONOUNS and said != pronoun
    )
    window = (floor, attribution.position)
    recent = _recent_speaker(last, last_paragraph, paragraph, names, window, skip)
    speaker = resolve(attribution.phrase, attribution.position, names, recent)
    if speaker is not None and pronoun in PRONOUNS:
        genders.setdefault(speaker, pronoun)
    return speaker


def _recent_speaker(
    last: QuoteMention | None,
    last_paragraph: int,
    paragraph: int,
    names: NameIndex,
    window: tuple[int, int],
    skip: frozenset[str],
) -> str | None:
    """Return who a pronoun most likely means: the person named last, or the last speaker.

    A person named as a subject since the last quotation wins over its speaker; ``skip`` holds
    people the pronoun cannot mean.
    """
    floor, position = window
    if last is not None and last.speaker is not None and paragraph - last_paragraph <= 2:
        named = names.person_before(position, last.end, skip)
        if named is not None or last.speaker in skip:
            return named
        return last.speaker
    return names.person_before(position, floor, skip)
