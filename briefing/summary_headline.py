"""Choose the story headline: the most representative title among its articles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import PurePath

from briefing.models import Article
from briefing.summary_figures import MARK, figure_concepts
from briefing.summary_filters import is_shouty
from briefing.summary_furniture import is_furniture
from briefing.summary_scoring import Vector, cosine, normalise
from briefing.text import STOP_WORDS, stem, terms

# A title that is only a quotation, e.g. "'This is a fight that belongs to the Iraqis'".
_BARE_QUOTE = re.compile(r"""^\s*["'“‘][^"“”]+["'”’]\s*$""")
# A title that opens with a quotation and then gives the facts after a colon or dash.
_QUOTE_LEAD = re.compile(r"""^\s*["'“‘][^"“”]+["'”’]\s*[:—–-]""")
# A kicker in capitals before the headline proper: "FLOODS LATEST: ...", "HACK HORROR: ...".
_KICKER = re.compile(r"^[^a-z:]*[A-Z]{2}[^a-z:]*[A-Z]{2}[^a-z:]*:\s")
# A live page's title names its format, not the news: "...: Live updates", "LIVE: ...".
_LIVE = re.compile(
    r"[:|–—-]\s*live(?:\s+(?:updates?|blog|coverage|reports?))?$|^live\s*[:|–—-]"
    r"|\blive (?:updates|blog)$|\bas it happened\b",
    re.IGNORECASE,
)
# An official bulletin's label: "Incident update: Warehouse fire, Tanners Way (update 3)",
# "Flood bulletin 4: ...".
_BULLETIN = re.compile(
    r"^(?:[\w-]+\s+)?(?:update|bulletin)\b[^:|]{0,12}[:|–—-]\s|\(updated?\b[^)]{0,12}\)\s*$",
    re.IGNORECASE,
)
# A label naming the piece's format, not the news: "Fact-check: ...", "Analysis: ...".
_FORMAT = re.compile(
    r"^(?:fact[- ]?check|analysis|opinion|explainer|editorial|commentary|perspective|column"
    r"|exclusive|breaking|update[d]?|watch|video|photos|podcast|review|letters?)\s*[:|–—-]\s",
    re.IGNORECASE,
)
# An explainer's label at the end: "This week's White House chaos, explained".
_EXPLAINED = re.compile(r",?\s+explained[.!]?$", re.IGNORECASE)
# A label marking a piece of opinion, not reporting: "Opinion: ...", "EDITORIAL | ...".
_OPINION = re.compile(
    r"^(?:opinion|editorial|commentary|column|op-ed|letters?(?:\ to\ the\ editor)?|perspective"
    r"|viewpoint|my\ view|guest\ column)\s*[:|–—-]\s",
    re.IGNORECASE | re.VERBOSE,
)
# A company's results release: "Halvard Robotics Reports Third Quarter Fiscal 2027 Results" (news
# of the results says what they showed).
_RELEASE = re.compile(r"\b(?:Reports|Announces)\b.*\bResults\b")
# A headline that turns to the reader: "... study says. Here's how many steps you need",
# "What we know about ...", "4 things you need to know"; or a list: "5 things to know about
# Trump's Labor pick", "Five takeaways from the final Senate report".
_READER = re.compile(
    r"(?:^|[.:!?|]\s+)(?:here['’]s|here\s+(?:is|are)\b|what\s+we\s+know|everything\s+you\b"
    r"|how\s+to\b|(?:top\s+)?(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?"
    r"(?:things|takeaways|ways|reasons|questions|facts|lessons|moments)\b)"
    r"|\byou\s+(?:need|should)\s+(?:to\s+)?know\b|\bthings\s+to\s+know\b",
    re.IGNORECASE,
)
# The file name stands in for a missing title ("000_9ead32255a22a434").
_FILE_NAME = re.compile(r"^[\w.-]+$")
_SLUG_BREAK = re.compile(r"[-_]+")
UNUSABLE = 100.0
OPINION = 1.0
"""Penalty of a title labelled opinion ("OPINION: Andy Puzder's Labor To-Do List")."""
SLUG = 1.0
"""Penalty of a title made of a file name."""
UNSTATED = 0.2
"""Penalty of a title giving another count of a thing the summary counts (38 dead where the
summary, and another title, say 45)."""
_COUNTED = re.compile(r"(?<![\w.$£€])(\d[\d,]*(?:\.\d+)?)\s+([A-Za-z]+)")
_SCALE_WORDS = frozenset("thousand million billion trillion bn mn m k percent per".split())
RIVAL = 1.5
"""Ratio within which two figures of one kind may count the same thing."""


def choose_headline(
    articles: Sequence[Article], centroid: Vector, stated: frozenset[str] = frozenset()
) -> str:
    """Return the title closest to the others and to the story; "" when none is usable.

    ``stated`` holds the figures the summary gives: a title with a figure it does not give (an
    early toll of 38 dead where the summary says 45) gives way to one that agrees with it.
    """
    titles = [" ".join(a.title.split()) for a in articles]
    vectors = [normalise(dict.fromkeys(terms(title), 1.0)) for title in titles]
    figures = [figure_concepts(title) for title in titles]
    # Figures of titles that agree with the summary: another title's figure near one of them is
    # another count of the same thing (an early toll of 38 beside the summary's 45 dead).
    agreeing = [i for i, found in enumerate(figures) if found and found <= stated]
    agreed = [v for i in agreeing for v in map(_value, figures[i])]
    # What those titles count, by the word after the figure ("41 votes"): another title giving
    # another number of votes tells an earlier count (the lead of 98 votes in an earlier count).
    counted = {pair for i in agreeing for pair in _counted(titles[i])}
    best, best_score = "", -UNUSABLE / 2
    for index, title in enumerate(titles):
        score = _score(index, title, vectors, centroid) - _slug_penalty(articles[index], title)
        unstated = figures[index] - stated
        if unstated and (_contradicts(unstated, agreed) or _recounts(_counted(title), counted)):
            score -= UNSTATED
        if score > best_score:
            best, best_score = title, score
    return best


def _contradicts(unstated: frozenset[str], agreed: Sequence[tuple[str, float]]) -> bool:
    """Tell whether a title's figure that the summary does not give is within a factor
    ``RIVAL`` of a figure of the same kind that it does give."""
    for kind, value in map(_value, unstated):
        for other_kind, other in agreed:
            if (
                kind == other_kind
                and value
                and other
                and max(value, other) <= RIVAL * min(value, other)
            ):
                return True
    return False


def _counted(title: str) -> set[tuple[str, str]]:
    """Return a title's figures with the word each counts ("41 votes": ("41", "vote"))."""
    return {
        (number.replace(",", ""), stem(word.lower()))
        for number, word in _COUNTED.findall(title)
        if word.lower() not in STOP_WORDS and word.lower() not in _SCALE_WORDS
    }


def _recounts(pairs: set[tuple[str, str]], counted: set[tuple[str, str]]) -> bool:
    """Tell whether a title gives another number of a thing an agreeing title counts."""
    return any(
        word == other_word and number != other
        for number, word in pairs
        for other, other_word in counted
    )


def _value(concept: str) -> tuple[str, float]:
    """Return a figure concept's kind ("%", "" for a count, "-" for a result) and value."""
    body = concept.removeprefix(MARK)
    if body.endswith("%"):
        return "%", float(body[:-1])
    if "-" in body:
        return "-", 0.0
    return "", float(body)


def is_opinion(title: str) -> bool:
    """Tell whether a title labels its article a piece of opinion ("Opinion: ...")."""
    return bool(_OPINION.match(title.strip()))


def _slug_penalty(article: Article, title: str) -> float:
    """Penalise a title the reader made of a file name with no spaces ("abc_news.md" gives "abc
    news"): any headline an outlet wrote says more. A name with spaces may be a headline."""
    stem = PurePath(article.path).stem
    if " " in stem or title != " ".join(_SLUG_BREAK.split(stem)).strip():
        return 0.0
    return SLUG


def headline_texts(articles: Sequence[Article]) -> list[str]:
    """Return the articles' titles that are real headlines (not furniture nor file names)."""
    return [a.title for a in articles if _penalty(" ".join(a.title.split())) < UNUSABLE]


def _score(index: int, title: str, vectors: Sequence[Vector], centroid: Vector) -> float:
    """Rate one title: agreement with the others and the story, minus penalties."""
    vector = vectors[index]
    others = [cosine(vector, v) for j, v in enumerate(vectors) if j != index]
    agreement = sum(others) / len(others) if others else 0.0
    return agreement + cosine(vector, centroid) - _penalty(title)


@lru_cache(maxsize=4096)
def _penalty(title: str) -> float:
    """Penalise titles that are empty, furniture, file names, shouting or bare quotes."""
    count = len(title.split())
    if not title or is_furniture(title) or (count == 1 and _FILE_NAME.match(title)):
        return UNUSABLE
    penalty = 0.0
    if is_shouty(title):
        penalty += 2.0
    if _BARE_QUOTE.match(title):
        penalty += 1.5
    elif _QUOTE_LEAD.match(title):
        penalty += 0.3
    if (
        _KICKER.match(title)
        or _LIVE.search(title.rstrip(" ."))
        or _FORMAT.match(title)
        or _EXPLAINED.search(title)
        or _BULLETIN.search(title)
    ):
        penalty += 0.3
    if _RELEASE.search(title):
        penalty += 0.3
    if is_opinion(title):
        penalty += OPINION  # a column's view of the news, where a report states it
    if _READER.search(title):
        penalty += 0.3
    elif title.rstrip().endswith("?"):
        penalty += 0.15  # a question: the news is in another outlet's answer
    if count < 4:
        penalty += 0.5
    if count > 20:
        penalty += 0.3
    return penalty
