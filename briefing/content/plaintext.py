"""Plain-text news as copied from a web page: headline, byline, dateline, body without furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.content import furniture as f
from briefing.content.blockquotes import as_block_quotes
from briefing.content.byline import byline_tail, date_line, parse_byline, reporting_from
from briefing.content.captions import is_caption_before_credit
from briefing.content.datelines import dateline
from briefing.content.flags import without_flag
from briefing.content.header import credit_span, read_header
from briefing.content.mail import forwarded_header, without_signature
from briefing.content.marks import without_markup
from briefing.content.meta import Meta
from briefing.content.notes import (
    is_age_notice,
    is_reader_note,
    reporters,
    without_biography,
    without_share_label,
)
from briefing.content.outlets import copyright_outlet, outlet_name
from briefing.content.paragraphs import split_paragraphs
from briefing.content.promos import is_site_note
from briefing.content.references import is_apparatus, without_markers
from briefing.content.releases import is_end_mark, news_end, release_dateline
from briefing.content.subheads import (
    is_name_list,
    without_entry_titles,
    without_pull_quotes,
    without_subheadings,
)
from briefing.content.trailers import is_box_score, is_wire_trailer, sponsor_span
from briefing.content.transcripts import as_quotations
from briefing.text import split_sentences

_CLOSERS = "\"'”’»)] "
_TITLE_CHARS = 90
_STANDFIRST_LINES = 3
# A sentence ending inside a paragraph: "in May. (Source", not "U.S. jobs".
# A label and a name in Title Case: a link to a page about the site.
_LABELLED = re.compile(r"^[A-Z][\w'’ ]{0,30}: (?P<rest>[^.!?:]{3,80})\.?$")
_SENTENCE_END = re.compile(r"[a-z0-9%][.!?][\"”’]?\s+[\"“(]?[A-Z]")


_SEPARATOR = re.compile(r"[|•·/\\–—-]{1,3}")


@dataclass(frozen=True, slots=True)
class TextArticle:
    """What a plain-text article states about itself, and its cleaned body."""

    meta: Meta
    """Headline, byline names, outlet and date as the text gives them."""
    paragraphs: tuple[str, ...]
    """The body, page furniture removed."""
    standfirst: int = 0
    """How many of the body's first paragraphs are the standfirst above the lead."""


def parse_text(text: str) -> TextArticle:
    """Find the headline, byline and dateline of a text and clean its body."""
    mail, text = forwarded_header(without_markup(text))
    paragraphs = [
        without_share_label(p)
        for p in split_paragraphs(text)
        if not is_age_notice(p) and not _SEPARATOR.fullmatch(p)  # a bar between byline and date
    ]
    paragraphs = without_signature(paragraphs)
    meta, start, standfirst, site = read_header(paragraphs)
    body, found = _clean_body(standfirst + paragraphs[start:], len(standfirst))
    if not body and meta.title is not None:
        body = [meta.title]  # a one-line text: its only line is both headline and article
    # What the header says first, then the dateline and trailers, then the site's name.
    meta = meta.over(found).over(mail).over(Meta(outlet=site))
    if meta.title is not None and meta.title == meta.outlet and body[:1] == standfirst[:1] != []:
        # The site's name was taken for the headline and the headline for a standfirst.
        meta, body, standfirst = Meta(title=body[0]).over(meta), body[1:], standfirst[1:]
    # The writer's biography may have stood below the related headlines that end the page.
    body = _without_trailing_headlines(list(without_biography(tuple(body), meta.author)))
    if meta.title is None and body:
        meta = Meta(title=title_from(without_flag(body[0]))).over(meta)
    return TextArticle(meta, tuple(body), _opening(body, standfirst))


def clean_paragraphs(paragraphs: Sequence[str]) -> TextArticle:
    """Clean a body whose headline is known (a Markdown file's): a byline or date line among its
    first paragraphs gives author and date, a dateline the outlet; page furniture goes."""
    header, rest, above = _leading_byline([f.strip_remnant(p).strip() for p in paragraphs])
    # Short closing lines are the writer's list here, no related-story headlines.
    body, found = _without_furniture(without_entry_titles(rest))
    body = as_block_quotes(as_quotations(without_pull_quotes(without_subheadings(body))))
    return TextArticle(header.over(found), tuple(body), _opening(body, rest[:above]))


def markdown_body(paragraphs: Sequence[str], *, titled: bool) -> TextArticle:
    """Clean a Markdown file's body; one with no title in its front matter or a heading is read
    as plain text is when a headline line tops it (a page pasted under a few metadata lines)."""
    if not titled and read_header(list(paragraphs))[0].title is not None:
        return parse_text("\n\n".join(paragraphs))
    return clean_paragraphs(paragraphs)


def _opening(body: Sequence[str], standfirst: Sequence[str]) -> int:
    """Count the body's first paragraphs that are the standfirst, when a lead follows them."""
    count = 0
    while count < min(len(standfirst), len(body)) and body[count] == standfirst[count]:
        count += 1
    return count if count < len(body) else 0


def title_from(paragraph: str) -> str:
    """Derive a title from a body's first sentence, shortened at a word boundary."""
    head = paragraph[: _TITLE_CHARS * 3]  # the first sentence is in here; long texts split slowly
    sentence = (split_sentences(head) or [head])[0].rstrip(" .")
    if len(sentence) <= _TITLE_CHARS:
        return sentence
    cut = sentence[: _TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut + "…"


def _clean_body(paragraphs: list[str], standfirst: int = 0) -> tuple[list[str], Meta]:
    """Drop page furniture, subheadings and trailing related-story headlines; strip the
    dateline; return the body and what the dateline and copyright lines say (outlet, date)."""
    body, found = _without_furniture(without_entry_titles(paragraphs), standfirst)
    body = as_quotations(without_pull_quotes(without_subheadings(body)))
    return _without_trailing_headlines(as_block_quotes(body)), found


def _without_furniture(paragraphs: list[str], standfirst: int = 0) -> tuple[list[str], Meta]:
    """Drop page furniture; strip the dateline; return the body and what the dateline, copyright
    and reporting lines say (outlet, date, the reporters)."""
    body: list[str] = []
    outlet = reported = None
    dated: Meta | None = None
    i, last_kept = 0, -1
    while i < len(paragraphs):
        if body and is_end_mark(paragraphs[i]):
            break  # the notes to editors, contacts and metadata after a release's "###"
        text = without_markers(f.strip_remnant(paragraphs[i]).strip())
        if text and dated is None and (len(body) <= standfirst or _before_lead(body)):
            text, dated = _lead_dateline(text)
        if f.is_photo_credit(text):
            if body and last_kept == i - 1 and _caption_above(body, paragraphs, i):
                body.pop()
            i += credit_span(paragraphs, i, may_be_lead=not body)
            continue
        if sponsored := sponsor_span(paragraphs, i):
            i += sponsored
            continue
        if body and last_kept == i - 1 and f.is_advert(body[-1], text):
            body.pop()
        elif f.is_caption_label(text):
            i += 1  # and its caption below
        elif f.is_prompt(text):
            outlet = outlet or copyright_outlet(text)
        elif text and _is_furniture(text):
            reported = reported or reporters(text)
        elif text:
            body.append(f.without_credit(text))
            last_kept = i
        i += 1
    return body[: news_end(body)], (dated or Meta()).over(Meta(outlet=outlet, author=reported))


def _without_trailing_headlines(body: list[str]) -> list[str]:
    """Drop related-story headlines left at the end, unless a label ending in a colon
    ("Key points:") introduces them: then they are the article's own list."""
    end = len(body)
    while end > 1 and _is_trailing_headline(body[end - 1]):
        end -= 1
    return body if end < len(body) and body[end - 1].rstrip().endswith(":") else body[:end]


def _leading_byline(paragraphs: list[str]) -> tuple[Meta, list[str], int]:
    """Take byline, date lines and the dateline out of the first paragraphs (under a
    standfirst, say); also return how many paragraphs stood above the first of them."""
    meta, rest, dated = Meta(), list[str](), False
    above, tail_at = 0, -1
    for i, line in enumerate(paragraphs):
        if i < _STANDFIRST_LINES and not dated:
            line, found = _lead_dateline(line)
            dated, meta = found is not None, (found or Meta()).over(meta)
        byline = parse_byline(line) if i < _STANDFIRST_LINES and len(line) <= 200 else None
        when = date_line(line) if i < _STANDFIRST_LINES else None
        if (byline is not None or when is not None) and not above:
            above = len(rest) or -1  # -1: the byline came first, no standfirst
        tail = byline_tail(line) if i == tail_at else (False, None)
        if i < _STANDFIRST_LINES and reporting_from(line):
            continue  # where the writer was, under a byline given in metadata
        if tail[0]:  # the byline's role or outlet on the line under it
            meta = meta.over(Meta(outlet=tail[1]))
        elif byline is not None:
            tail_at = i + 1
            found = Meta(outlet=byline.outlet, author=byline.author)
            if byline.published is not None:
                found = Meta(published=byline.published, timed=byline.timed).over(found)
            meta = meta.over(found)
        elif when is not None:
            meta = meta.over(Meta(published=when[0], timed=when[1]))
        else:
            rest.append(line)
    return meta, rest, max(above, 0)


def _before_lead(body: list[str]) -> bool:
    """Tell whether the lead, and so the dateline, may still come: the body so far holds at most
    a standfirst of short lines without a full stop."""
    return len(body) <= _STANDFIRST_LINES and all(f.is_title_like(p, max_words=30) for p in body)


def _lead_dateline(text: str) -> tuple[str, Meta | None]:
    """Strip a dateline from a paragraph; return the rest and the outlet and date it gives."""
    release = release_dateline(text)
    if release is not None:
        rest, wire, when = release
        if when is None:
            return rest, Meta(outlet=outlet_name(wire))
        return rest, Meta(outlet=outlet_name(wire), published=when[0], timed=when[1])
    rest, outlet = dateline(text)
    return (text, None) if rest == text else (rest, Meta(outlet=outlet))


def _is_furniture(text: str) -> bool:
    """Tell a body line that is not the article's text: an address, a credit, a caption, a
    note to the reader."""
    return (
        bool(f.page_url(text))
        or f.is_contribution_note(text)
        or f.is_captioned(text)
        or is_reader_note(text)
        or is_name_list(text)
        or is_wire_trailer(text)
        or is_box_score(text)
        or is_apparatus(text)
        or is_site_note(text)
    )


def _caption_above(body: list[str], paragraphs: list[str], credit: int) -> bool:
    """Tell whether the paragraph kept just above a credit line is that photo's caption."""
    following = paragraphs[credit + 1] if credit + 1 < len(paragraphs) else ""
    return is_caption_before_credit(body[-1], following, may_be_lead=len(body) == 1)


def _is_trailing_headline(paragraph: str) -> bool:
    """Tell a related-story headline left at the end of a page: short, capitalised, no full stop;
    or a label over a name in Title Case.

    A sentence before a closing parenthesis ("Freight fell. (Source: ...)") is text.
    """
    labelled = _LABELLED.match(paragraph)
    if labelled is not None and f.is_title_case(labelled["rest"]):
        return True  # "Our Standards: The Trust Principles."
    if _SENTENCE_END.search(paragraph):
        return False
    return f.is_title_like(paragraph.rstrip(_CLOSERS), max_words=16)
