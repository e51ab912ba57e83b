"""Markdown articles: YAML front matter, then a body made into plain-text paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown as md
import nh3

from briefing.content.flags import without_flag
from briefing.content.marks import without_tables
from briefing.content.meta import Meta, Source, parse_mapping, read_meta
from briefing.errors import ContentError, Problem

_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# Bodies without any of these characters are plain paragraphs: no need for the Markdown parser.
_MARKUP = re.compile(r"[<>&*_`#\[\]!\\|~]|^\s*(?:[-+]\s|\d+[.)]\s|={3,}|-{3,})", re.MULTILINE)
_BLOCKS = frozenset(
    "p div li blockquote pre h1 h2 h3 h4 h5 h6 tr table ul ol dl dt dd hr "
    "figure figcaption section article header footer aside".split()
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ALLOWED = _BLOCKS | frozenset("a em strong b i code br span sup sub td th thead tbody".split())
_SPACE = re.compile(r"\s+")
# A social post embedded in the page ("<blockquote class="twitter-tweet">..."): the post as it
# was shown, with its author's handle, date and links, not the article's text.
_EMBED = re.compile(
    r"<blockquote\b[^>]*\bclass=[\"'][^\"']*\b(?:twitter-tweet|instagram-media|tiktok-embed|"
    r"bluesky-embed|threads-post)\b[^>]*>.*?</blockquote>",
    re.IGNORECASE | re.DOTALL,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")
# A line set wholly in bold over another ("**By Jane Doe**" / "**The Courier**"): a header's
# lines, each its own paragraph, not one run-on line.
_BOLD = r"(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[ \t]*"
_BOLD_STACK = re.compile(rf"^({_BOLD})\n(?={_BOLD}$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class MarkdownArticle:
    """What a Markdown file says about itself."""

    meta: Meta
    """The front matter, with the title falling back to the first level-1 heading."""
    paragraphs: tuple[str, ...]
    """The body as plain text, headings left out."""
    problems: tuple[Problem, ...]
    """Warnings about the front matter."""


def parse_markdown(text: str, path: str) -> MarkdownArticle:
    """Split off and read the front matter, then turn the body into paragraphs."""
    front, body, first_line = split_front_matter(text, path)
    meta, problems = Meta(), list[Problem]()
    if front is not None:
        node = parse_mapping(front, Source(path, first_line, "front matter"))
        if node is not None:
            meta, problems = read_meta(node, Source(path, first_line, "front matter"))
    paragraphs, heading = body_paragraphs(body)
    if meta.title is None and heading:
        meta = Meta(title=without_flag(heading)).over(meta)  # page text: "BREAKING: ..."
    if not paragraphs:
        raise ContentError(
            "No article text after the front matter." if front is not None else "No article text.",
            path=path,
            hint="Write the article body below the closing '---'.",
        )
    return MarkdownArticle(meta, paragraphs, tuple(problems))


def optional_front_matter(text: str, path: str) -> tuple[Meta, str, list[Problem]]:
    """Read front matter a plain text may start with; text that is not front matter stays text."""
    try:
        front, body, first_line = split_front_matter(text, path)
        if front is None:
            return Meta(), text, []
        node = parse_mapping(front, Source(path, first_line, "front matter"))
    except ContentError:
        return Meta(), text, []  # a rule of dashes over prose, not metadata
    if node is None:
        return Meta(), body, []
    meta, problems = read_meta(node, Source(path, first_line, "front matter"))
    return meta, body, problems


def split_front_matter(text: str, path: str) -> tuple[str | None, str, int]:
    """Return (front matter or None, body, file line of the front matter's first line)."""
    if not text.startswith("---"):
        return None, text, 1
    first_break = text.find("\n")
    if first_break < 0 or text[:first_break].strip() != "---":
        return None, text, 1
    closing = _FENCE.search(text, first_break + 1)
    if closing is None:
        raise ContentError(
            "The front matter starts with '---' but never ends.",
            path=path,
            line=1,
            hint="Add a line with only '---' after the last front matter key, before the body.",
        )
    return text[first_break + 1 : closing.start()], text[closing.end() :], 2


def body_paragraphs(body: str) -> tuple[tuple[str, ...], str | None]:
    """Render a Markdown body and return its plain-text paragraphs and first level-1 heading."""
    if not _MARKUP.search(body):
        blocks = (_SPACE.sub(" ", block).strip() for block in re.split(r"\n\s*\n", body))
        return tuple(b for b in blocks if b), None
    body = _BOLD_STACK.sub("\\1\n\n", without_tables(_EMBED.sub("", body)))
    html = nh3.clean(_RENDERER.reset().convert(body), tags=set(_ALLOWED), attributes={})
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    # A body made only of headings (or of "#hashtag" lines Markdown reads as headings) still counts.
    return tuple(extractor.paragraphs or extractor.headings), extractor.title


class _TextExtractor(HTMLParser):
    """Collect the text of block elements as paragraphs; keep headings apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self.headings: list[str] = []
        self._parts: list[str] = []
        self._heading: str | None = None
        self._cells = 0  # the cells of the table row being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self._heading = tag
        elif tag == "br":
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        elif tag in {"td", "th"}:
            self._parts.append(" ")
            self._cells += 1

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        heading, self._heading = self._heading, None
        cells, self._cells = self._cells, 0
        if not text or (cells > 1 and not _SENTENCE_END.search(text)):
            return  # a row of a table of figures ("Marvell–Inphi 2021 $10B"), no sentence
        if heading is None:
            self.paragraphs.append(text)
            return
        self.headings.append(text)
        if heading == "h1" and self.title is None:
            self.title = text


_RENDERER = md.Markdown(output_format="html")
