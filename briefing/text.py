"""Shipped text tools: sentence splitting, word tokens, stop words and slugs. Nothing downloads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

# Abbreviations after which a full stop does not end a sentence (lowercase, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt cmdr adm gov sen rep rev hon pres supt
    insp det cpl pvt maj brig amb atty messrs mmes jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun no nos vol vols fig figs inc ltd co corp bros dept
    est approx vs etc al univ assn ave blvd rd hwy res con sec secs pp para paras
    sens reps govs gens drs profs lts cols sgts capts
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev okla ore pa penn tenn tex va vt wash wis wyo
    """.split()
)

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he he'd
    he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
    is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
    or other ought our ours ourselves out over own same shan't she she'd she'll she's should
    shouldn't so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those through to too under until up very was
    wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
    who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your
    yours yourself yourselves said says say told would could also just one two new like get got
    us mr mrs ms since still even may might must much many yet however around
    """.split()
)

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_SUFFIXES = ("ing", "ed", "es", "s")
_CLOSERS = "\"'”’)]»«›"
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"""[.!?…]+["'”’)\]»«›]*(?=\s|$)""")
# What follows a boundary: opening marks (a space may follow one), the next word.
_NEXT = re.compile(r"""\s+(["'“‘(\[«»‹„]*)\s?((\w)[\w'’-]*)""")
_DETACHED_QUOTE = re.compile(r'\s"(?=\s|$)')
_TOKEN_REVERSED = re.compile(r"[\w.’']*")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Za-z]|[A-Za-z]\.[A-Za-z])$")
_ATTRIBUTION = re.compile(
    r"(?:[\w.'’-]+\s+){0,2}?(?:said|says|asked|asks|added|adds|told|wrote|writes|explained"
    r"|noted|replied|recalled|continued|tweeted)\b(?:\s+[\w.'’-]+){0,3}[.,;:!?]",
    re.IGNORECASE,
)
# Words that often open a sentence; after "Inc." or "U.S." they mark a new one.
_STARTERS = frozenset(
    """
    the a an he she it they we i you his her its their this that these those there but and in on
    at for after as when while if so yet however meanwhile some many most both one
    """.split()
)
# Words that date or zone a time, so follow "a.m."/"p.m." inside a sentence.
_TIME_FOLLOWERS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december et est edt ct cst cdt mt mst mdt pt pst pdt akst
    hst gmt utc bst cet cest eet ist jst aest aedt eastern central mountain pacific atlantic
    local thanksgiving christmas easter halloween memorial labor independence new
    """.split()
)
# A place's time after a clock time: "p.m. California time", "a.m. East Coast time".
_PLACE_TIME = re.compile(r"\.\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+time\b")
# Abbreviations that precede a name, so never end a sentence.
_TITLES = frozenset(
    """
    mr mrs ms dr prof sr st mt ft gen lt col sgt capt cmdr adm gov sen rep rev hon pres supt insp
    det cpl pvt maj brig amb atty messrs mmes no nos vol fig figs approx vs
    sens reps govs gens drs profs lts cols sgts capts
    """.split()
)


def words(text: str) -> list[str]:
    """Split text into lowercase word tokens (keeps inner apostrophes, dots and hyphens)."""
    lower = text.lower()
    if len(lower) == len(text) and "Σ" not in text:
        # Lowercasing char for char keeps every token boundary (no cased character changes
        # word class), and both apostrophes join words alike: one pass over the whole text.
        # A capital sigma lowers by its context (final or not), which a token may not share.
        return _WORD.findall(lower.replace("’", "'"))
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """Word tokens that are not stop words nor one-letter tokens."""
    return [w for w in words(text) if w not in STOP_WORDS and len(w) > 1]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Strip common English inflections so that "votes", "voted" and "voting" meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        word = word[:-3] + "i"
    elif word.endswith("ss"):
        return word
    else:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        return word[:-1]
    return word[:-1] + "i" if word.endswith("y") else word


def terms(text: str) -> list[str]:
    """Stemmed content words: the tokens summaries and headlines are compared on."""
    return word_terms(words(text))


def word_terms(tokens: Iterable[str]) -> list[str]:
    """Stemmed content words of tokens from ``words`` (for callers that hold them already)."""
    return list(filter(None, map(_term, tokens)))


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    """Return a token's stemmed content word, or "" for a stop word or a one-letter token."""
    # A token is never empty, nor is its stem: "" can mark the tokens left out.
    return "" if word in STOP_WORDS or len(word) <= 1 else stem(word.replace("'s", ""))


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, respecting abbreviations, initials and quotations."""
    pieces: list[str] = []
    start = 0
    for match in _END.finditer(paragraph):
        if match.start() < start:
            continue
        end = _absorb_closing_quote(paragraph, start, match.end())
        if not _is_boundary(paragraph, match.start(), end):
            continue
        piece = paragraph[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    rest = paragraph[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _absorb_closing_quote(text: str, start: int, end: int) -> int:
    """Extend a sentence over a detached closing quote: ``done . " he`` keeps ``"`` in it."""
    if text.count('"', start, end) % 2 == 1:
        detached = _DETACHED_QUOTE.match(text, end)
        if detached:
            return detached.end()
    return end


def _is_boundary(text: str, stop: int, end: int) -> bool:
    """Decide whether the punctuation at ``text[stop:end]`` ends a sentence."""
    if stop <= 3 and text[:stop].strip().isdigit():
        return False  # "1. Ellison is a closer now.": an item's number, no sentence of its own
    following = _NEXT.match(text, end)
    if following is None:
        return not text[end:].strip()
    marks = text[stop:end].strip()
    quoted = marks[-1] in _CLOSERS
    if quoted and _ATTRIBUTION.match(text, following.start(2)):
        return False  # "We won." Smith said: the attribution belongs to the quotation.
    terminal = marks.rstrip(_CLOSERS + " ")
    word = _word_before(text, stop)
    if following.group(3).islower():
        return _lowercase_boundary(terminal, word)
    if terminal != ".":
        return True
    return _uppercase_boundary(text, stop, word, following.group(2))


def _word_before(text: str, stop: int) -> str:
    """Return the token just before the punctuation at ``stop`` (dots kept)."""
    # A bounded window keeps splitting linear in the paragraph length; matching the reversed
    # window from its start finds the same token as searching for it at the window's end.
    window = text[max(0, stop - 80) : stop].rstrip()[::-1]
    token = _TOKEN_REVERSED.match(window)
    return token.group(0)[::-1] if token else ""


def _lowercase_boundary(terminal: str, word: str) -> bool:
    """Accept a boundary before a lowercase word (lowercased text) only after a plain word."""
    if terminal != "." or len(word) < 2 or not word.replace("'", "").isalnum():
        return False
    return word.lower() not in ABBREVIATIONS


def _uppercase_boundary(text: str, stop: int, word: str, next_word: str) -> bool:
    """Decide a full stop before a capitalised word: abbreviations, initials, acronyms."""
    bare = word.lower().rstrip(".")
    starter = next_word.lower() in _STARTERS
    if bare in ABBREVIATIONS:
        return starter and bare not in _TITLES
    if bare in ("a.m", "p.m") and next_word[:1].isupper() and next_word.isalpha():
        # "around 4 a.m. Crews stayed": a capital after a time starts a sentence, unless it
        # dates or zones the time ("4 a.m. Monday", "9 p.m. ET", "6 p.m. Thanksgiving night").
        zoned = _PLACE_TIME.match(text, stop)  # "8 p.m. California time"
        return next_word.lower() not in _TIME_FOLLOWERS and not zoned
    parts = word.rstrip(".").split(".")
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        # "U.S. officials" is common, "in the U.S. The" less so: split only before a starter.
        return starter
    # A match ends at ``stop`` (or before a newline there) and spans five characters at most.
    return not _INITIAL.search(text, max(0, stop - 5), stop)


def sentences(paragraphs: tuple[str, ...] | list[str]) -> Iterator[tuple[int, str]]:
    """Yield ``(paragraph index, sentence)`` for every sentence of a body."""
    for index, paragraph in enumerate(paragraphs):
        for sentence in split_sentences(paragraph):
            yield index, sentence


def word_trie(words: Iterable[str]) -> str:
    """Return a pattern matching exactly ``words``, shared prefixes factored out.

    Followed by ``\\b``, it matches what the plain alternation would (only a whole word can
    end at a boundary), but it tests a letter once where the alternation tries every word.
    """
    tree: dict[str, Any] = {}
    for word in sorted(set(words)):
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict[str, Any]) -> str:
    """Return the pattern of one node of a letter tree (``""`` marks a word's end)."""
    parts = [re.escape(letter) + _branch(child) for letter, child in node.items() if letter]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def slugify(text: str, max_length: int = 60) -> str:
    """Make a lowercase ASCII URL slug: ``"Kerry: We'll Help"`` becomes ``"kerry-well-help"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
