"""Helpers for the render tests: a small briefing built by hand and a tiny HTML tree parser.

No tests live here; pytest collects the module and finds none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from briefing.config import Config
from briefing.models import (
    Article,
    Briefing,
    BriefStory,
    Page,
    Quote,
    Story,
    Summary,
    SummarySentence,
)
from briefing.render import plan_pages

BUILT = datetime(2031, 3, 5, 12, 0, tzinfo=UTC)
HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


def article(
    ident: str,
    outlet: str | None,
    when: datetime | None,
    *,
    title: str | None = None,
    url: str | None = "https://news.example.com/a",
    author: str | None = "Ada Writer",
    tags: tuple[str, ...] = (),
    timed: bool = True,
) -> Article:
    """Make an article with just enough body to be real."""
    return Article(
        id=ident,
        path=f"content/{ident}.md",
        title=title or f"Headline of {ident}",
        outlet=outlet,
        url=url,
        author=author,
        published=when,
        tags=tags,
        story_key=None,
        paragraphs=("A paragraph.",),
        timed=timed,
    )


def brief(
    story_id: str,
    headline: str,
    articles: tuple[Article, ...],
    sentences: tuple[tuple[str, tuple[str, ...]], ...],
    quotes: tuple[Quote, ...] = (),
) -> BriefStory:
    """Make a story with its summary."""
    summary = Summary(
        headline=headline,
        sentences=tuple(SummarySentence(text, ids) for text, ids in sentences),
        quotes=quotes,
        mentions=(),
    )
    return BriefStory(Story(story_id, articles), summary)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Return a time in March 2031, UTC."""
    return datetime(2031, 3, day, hour, minute, tzinfo=UTC)


def ferry() -> BriefStory:
    """Three outlets on 4 March, one without a link or author."""
    harbour = article("ferry-h", "Harbour Daily", at(4, 9), tags=("transport", "Waterfront"))
    coastal = article("ferry-c", "Coastal Times", at(4, 13, 30), tags=("Transport",))
    bare = article("ferry-b", "Lowmoor Echo", at(4, 11), url=None, author=None)
    sentences = (
        ("The port authority approved a ferry terminal.", ("ferry-h", "ferry-c")),
        ("The vote was 7 to 2.", ("ferry-c",)),
        ("Residents may appeal.", ("ferry-b", "ferry-h")),
    )
    quote = Quote(
        "This terminal will take cars off the bridge", "Tomas Reyes", ("ferry-h", "ferry-c")
    )
    return brief(
        "ferry-terminal", "Ferry terminal approved", (harbour, bare, coastal), sentences, (quote,)
    )


def library() -> BriefStory:
    """One outlet on 2 March."""
    post = article("lib-p", "Valley Post", at(2, 8), tags=("culture",))
    quote = Quote("People kept coming back", None, ("lib-p",))
    sentences = (("The library reopened after flood repairs.", ("lib-p",)),)
    return brief("library-reopens", "Library reopens", (post,), sentences, (quote,))


def market() -> BriefStory:
    """One outlet on 4 March, later than the ferry story."""
    post = article("market-p", "Valley Post", at(4, 18))
    sentences = (("The market moved to the quay.", ("market-p",)),)
    return brief("market-moves", "Market moves to the quay", (post,), sentences)


def undated() -> BriefStory:
    """A story whose only article has no date, outlet, link or author."""
    lone = article("lone", None, None, url=None, author=None)
    return brief("undated-note", "A note without a date", (lone,), (("Nothing dated.", ("lone",)),))


def sample_briefing(*extra: BriefStory) -> Briefing:
    """Four stories over two days and one undated, in ranking order (most outlets first)."""
    stories = (ferry(), market(), library(), undated(), *extra)
    return Briefing("Lowmoor Briefing", BUILT, stories, ())


def config(tmp_path: Path, **options: object) -> Config:
    """A config rooted in ``tmp_path`` (no site templates or static files unless written there)."""
    base = Config(
        title="Lowmoor Briefing",
        root=tmp_path,
        templates_dir=tmp_path / "templates",
        static_dir=tmp_path / "static",
        output_dir=tmp_path / "site",
    )
    return replace(base, **options)  # type: ignore[arg-type]


def render_site(briefing: Briefing, cfg: Config) -> dict[str, bytes]:
    """Render a briefing and return its files by path."""
    pages: tuple[Page, ...] = plan_pages(briefing, cfg)
    return {page.path: page.content for page in pages}


@dataclass
class Node:
    """An element of a parsed HTML page."""

    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)
    line: int = 0

    def text(self) -> str:
        """Return the element's text with whitespace collapsed."""
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return " ".join("".join(parts).split())

    def iter(self) -> Iterator[Node]:
        """Walk this element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        """Return every element with this tag (and class, if given)."""
        return [n for n in self.iter() if n.tag == tag and (cls is None or cls in n.classes())]

    def find(self, tag: str, cls: str | None = None) -> Node:
        """Return the first matching element; fail the test if there is none."""
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls}>"
        return found[0]

    def by_id(self, ident: str) -> Node | None:
        """Return the element with this id, or None."""
        return next((n for n in self.iter() if n.attrs.get("id") == ident), None)

    def classes(self) -> list[str]:
        """Return the element's classes."""
        return (self.attrs.get("class") or "").split()

    def get(self, name: str) -> str:
        """Return an attribute that must be present."""
        value = self.attrs.get(name)
        assert value is not None, f"<{self.tag}> has no {name}"
        return value


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), line=self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(content: bytes | str) -> Node:
    """Parse an HTML page into a tree of ``Node``."""
    builder = _TreeBuilder()
    builder.feed(content.decode("utf-8") if isinstance(content, bytes) else content)
    builder.close()
    return builder.root
