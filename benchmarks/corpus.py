"""Load the development corpus (../shared/corpus) for benchmarks; never used by briefing itself.

Stable API for every benchmark:

- ``load_stories(path, *, dates=True)`` -> list of ``CorpusStory`` from one ``.jsonl`` file, with
  the corpus README's Multi-News filters applied (boilerplate, irrelevant and, in Multi-News files,
  < 30-word articles dropped; empty articles dropped everywhere; stories left with < 2 articles
  dropped).
- ``load_corpus(corpus_dir)`` -> ``{file stem: [CorpusStory, ...]}`` for every ``.jsonl`` file.
- ``sample_articles(corpus_dir, count, seed=0)`` -> about ``count`` articles, whole stories drawn
  at random from all files.
- ``write_markdown(articles, folder)`` -> the Markdown files (YAML front matter) it wrote.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from briefing.models import Article
from briefing.text import slugify

MIN_WORDS = 30
"""Multi-News articles shorter than this are dropped (the README's filter for Multi-News noise)."""


@dataclass(frozen=True, slots=True)
class CorpusStory:
    """One story of a corpus file: its articles and the human reference summary."""

    cluster_id: str
    """The corpus's story id (never shown to the system under test)."""
    articles: tuple[Article, ...]
    """The story's articles after filtering, as briefing would read them."""
    summary: str
    """The human-written reference summary."""
    title: str | None
    """The story title where the corpus has one (AllSides), else None."""


def load_corpus(corpus_dir: str | Path, *, dates: bool = True) -> dict[str, list[CorpusStory]]:
    """Load every ``.jsonl`` file of a corpus folder, keyed by file stem, in name order."""
    files = sorted(Path(corpus_dir).glob("*.jsonl"))
    return {path.stem: load_stories(path, dates=dates) for path in files}


def load_stories(path: str | Path, *, dates: bool = True) -> list[CorpusStory]:
    """Load one corpus file; ``dates`` gives each article its story's date where there is one."""
    path = Path(path)
    stories = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if line.strip():
                story = _story(json.loads(line), path.stem, number, dates)
                if len(story.articles) >= 2:
                    stories.append(story)
    return stories


def _story(record: dict[str, object], stem: str, number: int, dates: bool) -> CorpusStory:
    """Turn one jsonl record into a filtered story."""
    published = _date(record.get("date")) if dates else None
    min_words = MIN_WORDS if stem.startswith("multinews") else 1
    raw = record.get("articles")
    articles = []
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(item, dict) and _keep(item, min_words):
            articles.append(_article(item, f"{stem}/{number:05d}-{index}", published))
    title = record.get("title")
    return CorpusStory(
        cluster_id=str(record.get("cluster_id", number)),
        articles=tuple(articles),
        summary=str(record.get("summary", "")),
        title=title if isinstance(title, str) else None,
    )


def _keep(item: dict[str, object], min_words: int) -> bool:
    """Apply the README's filters: drop boilerplate, irrelevant and too short articles."""
    if item.get("shared_boilerplate") is True or item.get("mnplus_relevant") is False:
        return False
    return len(str(item.get("text", "")).split()) >= min_words


def _article(item: dict[str, object], ident: str, published: datetime | None) -> Article:
    """Make an Article from a corpus article; the id and path are synthetic."""
    text = str(item.get("text", ""))
    paragraphs = tuple(part.strip() for part in re.split(r"\n\s*\n", text) if part.strip())
    return Article(
        id=ident,
        path=f"corpus/{ident}.md",
        title=str(item.get("title") or ""),
        outlet=_optional(item.get("source")),
        url=_optional(item.get("url")),
        author=None,
        published=published,
        tags=(),
        story_key=None,
        paragraphs=paragraphs,
    )


def _optional(value: object) -> str | None:
    """Return a non-empty string or None."""
    return value if isinstance(value, str) and value.strip() else None


def _date(value: object) -> datetime | None:
    """Parse an ISO date or datetime (timezone-aware) from the corpus."""
    if not isinstance(value, str) or not value:
        return None
    return datetime.fromisoformat(value)


def sample_articles(corpus_dir: str | Path, count: int, seed: int = 0) -> list[Article]:
    """Draw whole stories at random from all corpus files until about ``count`` articles."""
    pool = [story for stories in load_corpus(corpus_dir).values() for story in stories]
    random.Random(seed).shuffle(pool)
    chosen: list[Article] = []
    for story in pool:
        if len(chosen) >= count:
            break
        chosen.extend(story.articles[: count - len(chosen)])
    return chosen


def headline(article: Article, max_words: int = 14) -> str:
    """Return the article's title, or the opening words of its text when it has none."""
    if article.title:
        return article.title
    opening = article.text.split()[:max_words]
    return " ".join(opening).rstrip(",;:") or article.id


def write_markdown(articles: Iterable[Article], folder: str | Path) -> list[Path]:
    """Write articles as Markdown files with YAML front matter; return the paths, in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, article in enumerate(articles):
        path = folder / f"{number:05d}-{slugify(headline(article), 40) or 'article'}.md"
        path.write_text(_markdown(article), encoding="utf-8")
        paths.append(path)
    return paths


def _markdown(article: Article) -> str:
    """Render one article as front matter plus body."""
    meta: dict[str, object] = {"title": headline(article)}
    if article.outlet:
        meta["source"] = article.outlet
    if article.url:
        meta["url"] = article.url
    if article.published:
        meta["published"] = article.published.isoformat()
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{front}---\n\n" + "\n\n".join(article.paragraphs) + "\n"


def articles_of(stories: Sequence[CorpusStory]) -> list[Article]:
    """Flatten stories into their articles, in order."""
    return [article for story in stories for article in story.articles]
