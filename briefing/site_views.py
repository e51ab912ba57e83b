"""Turn a briefing's stories into the plain values templates show: cards, sources, markers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from briefing import site_urls as urls
from briefing.context import (
    KeyQuote,
    Marker,
    Moment,
    NameLink,
    Sentence,
    Source,
    StoryCard,
    TimelineEntry,
)
from briefing.models import Article, BriefStory, Story
from briefing.recency import overtaken_ids
from briefing.site_dates import article_day, article_moment, maybe_moment, offset_text, span_text
from briefing.typography import curl_quotes

UNKNOWN = "unknown"
UNTITLED = "Untitled"
NameGetter = Callable[[Story], Iterable[str]]
PathMaker = Callable[[str], str]
GIST_WORDS = 45
"""A gist takes summary sentences until it holds at least this many words."""


@dataclass(frozen=True, slots=True)
class Names:
    """Outlet or tag names grouped by slug, with their pages and story counts."""

    links: Mapping[str, NameLink]
    """Each slug's link (display name: first spelling met)."""
    stories: Mapping[str, tuple[str, ...]]
    """Each slug's story ids, in listing order."""


def collect_names(briefs: Iterable[BriefStory], names_of: NameGetter, path_of: PathMaker) -> Names:
    """Group every name of every story by slug, keeping the first spelling seen."""
    spelling: dict[str, str] = {}
    stories: dict[str, list[str]] = {}
    for brief in briefs:
        for slug in dict.fromkeys(_slugs(names_of(brief.story), spelling)):
            stories.setdefault(slug, []).append(brief.story.id)
    links = {
        slug: NameLink(spelling[slug], urls.href(path_of(slug)), len(ids))
        for slug, ids in stories.items()
    }
    return Names(links, {slug: tuple(ids) for slug, ids in stories.items()})


def _slugs(names: Iterable[str], spelling: dict[str, str]) -> Iterable[str]:
    for name in names:
        slug = urls.name_slug(name)
        spelling.setdefault(slug, name)
        yield slug


def story_outlets(story: Story) -> Iterable[str]:
    """List the known outlets of a story in order of first report."""
    return (a.outlet for a in story.articles if a.outlet)


def story_tags(story: Story) -> Iterable[str]:
    """List the tags of a story's articles, first seen first."""
    return (tag for a in story.articles for tag in a.tags if tag.strip())


def story_day(story: Story, zone: ZoneInfo) -> date | None:
    """Return the day a story belongs to: that of its latest dated article."""
    days = [day for day in (article_day(a, zone) for a in story.articles) if day is not None]
    return max(days) if days else None


def story_card(brief: BriefStory, outlets: Names, tags: Names, zone: ZoneInfo) -> StoryCard:
    """Describe a story for listings."""
    story = brief.story
    first, last = _extremes(story, zone)
    outlet_links = _links(story_outlets(story), outlets)
    unknown = sum(1 for a in story.articles if not a.outlet)
    return StoryCard(
        id=story.id,
        url=urls.href(urls.story_path(story.id)),
        headline=curl_quotes(brief.summary.headline.strip()) or UNTITLED,
        gist=curl_quotes(gist(brief)),
        outlets=outlet_links,
        outlet_count=len(outlet_links) + unknown,
        article_count=len(story.articles),
        first=first,
        last=last,
        span=span_text(first, last),
        tags=_links(story_tags(story), tags),
    )


def _extremes(story: Story, zone: ZoneInfo) -> tuple[Moment | None, Moment | None]:
    """Return when the earliest and the latest dated articles were published."""
    dated = sorted((a for a in story.articles if a.published), key=_stamp)
    if not dated:
        return None, None
    return article_moment(dated[0], zone), article_moment(dated[-1], zone)


def _links(names: Iterable[str], known: Names) -> tuple[NameLink, ...]:
    slugs = dict.fromkeys(urls.name_slug(name) for name in names)
    return tuple(known.links[slug] for slug in slugs)


def gist(brief: BriefStory) -> str:
    """Take summary sentences until the gist holds about ``GIST_WORDS`` words."""
    taken: list[str] = []
    count = 0
    for sentence in brief.summary.sentences:
        if count >= GIST_WORDS:
            break
        taken.append(sentence.text)
        count += len(sentence.text.split())
    return " ".join(taken)


def sources(story: Story, zone: ZoneInfo) -> tuple[Source, ...]:
    """Number every article of a story, earliest first, for the sources list."""
    return tuple(_source(number, article, zone) for number, article in enumerate(story.articles, 1))


def _source(number: int, article: Article, zone: ZoneInfo) -> Source:
    return Source(
        number=number,
        anchor=f"source-{number}",
        outlet=article.outlet or UNKNOWN,
        title=curl_quotes(article.title.strip()) or UNTITLED,
        author=curl_quotes(article.author) if article.author else UNKNOWN,
        published=article_moment(article, zone),
        updated=maybe_moment(article.updated, zone),
        href=urls.safe_link(article.url),
    )


def markers(article_ids: Iterable[str], by_id: Mapping[str, Source]) -> tuple[Marker, ...]:
    """Point to the sources of the given articles, skipping ids the story does not hold."""
    found = (by_id[i] for i in dict.fromkeys(article_ids) if i in by_id)
    return tuple(Marker(s.number, s.anchor, s.outlet) for s in found)


def summary(brief: BriefStory, by_id: Mapping[str, Source]) -> tuple[Sentence, ...]:
    """Give every summary sentence its source markers, and the day of an overtaken report's."""
    old = overtaken_ids(brief.story)
    return tuple(
        Sentence(
            curl_quotes(s.text),
            markers(s.articles, by_id),
            by_id[s.articles[0]].published if old.issuperset(s.articles) and s.articles else None,
        )
        for s in brief.summary.sentences
    )


def quotes(brief: BriefStory, by_id: Mapping[str, Source]) -> tuple[KeyQuote, ...]:
    """Give every key quote its speaker, outlets and markers."""
    result = []
    for quote in brief.summary.quotes:
        marks = markers(quote.articles, by_id)
        outlets = tuple(dict.fromkeys(m.outlet for m in marks))
        # A quote ends in a comma where its sentence went on ("...," she said); alone it should not.
        text = quote.text.rstrip().rstrip(",;:–—").rstrip()
        lifted = text[:1].islower()
        speaker = _caption_start(quote.speaker) if quote.speaker else UNKNOWN
        result.append(KeyQuote(_nested(curl_quotes(text)), speaker, outlets, marks, lifted))
    return tuple(result)


def _nested(text: str) -> str:
    """Turn double quotes inside a quote to single ones: the theme sets the quote in doubles."""
    return text.replace("“", "‘").replace("”", "’")


def _caption_start(speaker: str) -> str:
    """Capitalise a speaker that opens a caption: 'her publisher' reads 'Her publisher'."""
    return speaker[:1].upper() + speaker[1:]


def timeline(
    story: Story, numbered: tuple[Source, ...], zone: ZoneInfo
) -> tuple[TimelineEntry, ...]:
    """Order the articles by publication time (undated last) with their delay after the first.

    With fewer than two dated articles there is no order to show: the timeline is empty.
    """
    if sum(1 for a in story.articles if a.published) < 2:
        return ()
    pairs = sorted(
        zip(story.articles, numbered, strict=True),
        key=lambda pair: (_stamp(pair[0]), pair[1].number),
    )
    first = next((a for a, _ in pairs if a.published), None)
    return tuple(TimelineEntry(source, offset_text(first, a, zone)) for a, source in pairs)


def _stamp(article: Article) -> float:
    return article.published.timestamp() if article.published else float("inf")
