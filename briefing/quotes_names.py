"""Who an article names and how: each mention of a person, as a subject or not, with its title.

``quotes_index`` looks them up to resolve surnames and pronouns to full names."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from briefing.speakers import NON_PERSON_WORDS, TITLE_WORDS, is_person_name, runs, strip_titles

log = logging.getLogger(__name__)

NOBODY = frozenset("i we they it you this that who which one me us them someone".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A person's name as it occurs in an article."""

    position: int
    """Offset of the name in the article text."""
    name: str
    """The full name with titles stripped, e.g. ``John Kerry`` (also for a surname-only mention)."""
    subject: bool
    """True when the name stands as a clause's subject (not possessive, not after a preposition)."""
    title: str
    """The title or role written before the name, lowercased ("former president"); may be empty."""


_PREPOSITIONS = frozenset(
    "of in on at to for with from by about against between among into onto like than and or nor "
    "but as over under after before during".split()
)
# Words after which a name can start a clause: "..., and Kerry said", "that Kerry told".
_CLAUSE_WORDS = frozenset(
    "and but that when while as because after before since if where though although so then "
    "said says".split()
)
# The word after a name, past an aside, a day, or where the person is from ("Chris Wright from
# the University of Sydney said").
_FROM = r"(?:\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})?"
_NEXT_WORD = re.compile(
    # Where the person is from may come before the aside too: "X at the University of Y, who
    # was not involved in the work, says".
    rf"{_FROM}(?:\s*,[^,]{{1,100}},)?(?:\s+on\s+[A-Z][a-z]+)?{_FROM}"
    r"(?:\s+(?:also|later|again|then))?\s+([a-z][\w’'-]*)"
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w’'-]*)\s+$")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,—–(][\"”’]?)\s*$")
# A sentence opening with a determiner or an owner's possessive: "The", "The trawler's".
# An adverbial may come first: "Also speaking, the General Manager of ..., Mrs X, said".
_DETERMINED = (
    r"(?:[.!?][\"”’]?\s+|\n\n)(?:[A-Z][a-z]+(?: [a-z]+){0,2},\s+)?"
    r"(?:[Tt]he|An?|Its|His|Her|Their|Our|[A-Z][\w’'-]*[’']s)"
)
# "The trawler's skipper, Jamie Rowe, thanked ...": a name in apposition to a sentence's subject.
_ROLE_LEAD = re.compile(_DETERMINED + r"\s[^,.;:!?\"“”]{1,60},\s*$")
# The same with the name's own role before it, ending in a role word ("..., former assistant X,").
_TITLED_LEAD = re.compile(
    _DETERMINED + r"\s[^,.;:!?\"“”]{1,60},\s[^,.;:!?\"“”]{0,60}\b([a-z]+)\s+$"
)
# "The boatman Ali Khan said": a determiner and a role in lower case before the name.
_DESCRIBED_LEAD = re.compile(_DETERMINED + r"(?:\s+[a-z][\w’'-]*){1,4}\s+$")
_APPOSED_VERB = re.compile(r",\s+(?:also\s+|later\s+|then\s+)?([a-z][\w’'-]*)")
_NOT_VERBS = frozenset("who which whose where when whom the a an his her its their".split())
# Titles that tell a pronoun ("Mrs Carne ... she said"); "chairman" and the like are left out
# because they are also used for women.
GENDERED = {
    "mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "father": "he",
    "mrs": "she", "ms": "she", "miss": "she", "dame": "she", "lady": "she", "queen": "she",
    "princess": "she", "chairwoman": "she", "congresswoman": "she", "spokeswoman": "she",
    "councilwoman": "she",
}  # fmt: skip


# A speech verb before a subject, maybe with its titles: "noted Dr. ", "said Sen. ".
_INVERTED = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|argued|argues|"
    r"warned|warns|cautioned|cautions|observed|observes|stressed|stresses|recalled|recalls)"
    r"\s+(?:[A-Z][a-z]{1,4}\.\s+){0,2}$"
    # "according to the local mayor, Dimitris Kalogeropoulos": the source a fact is told from.
    r"|\baccording to\s+(?:[a-z]+,?\s+){0,4}(?:[A-Z][a-z]{1,4}\.\s+){0,2}$"
)


# An age before a name leaves it the subject: "In Hue, 67-year-old Le Van Bay said".
_AGE = re.compile(r"\b\d{1,3}-year-old\s+$")
# A name after "a" or "an" modifies a noun, as in "a former New Zealand captain": no one speaks.
_INDEFINITE = re.compile(r"\b(?:[Aa]|[Aa]n)(?:\s+[a-z][\w’'-]*){0,3}\s+$")


def is_subject(text: str, start: int, end: int) -> bool:
    """Tell whether the name at ``text[start:end]`` stands as a subject: "X said", not "to X"."""
    if text[end : end + 1] in {"’", "'"} or text[end - 2 : end] in {"’s", "'s"}:
        return False
    before = _AGE.sub("", text[max(0, start - 40) : start])
    if _INDEFINITE.search(before):
        return False
    if _INVERTED.search(before):
        return True  # '"...," said X to the board', '..., noted Dr. X of ...': inverted subjects
    if _is_apposed_subject(text, start, end):
        return True
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1) in _PREPOSITIONS:
        return False
    if _CLAUSE_START.search(before):
        return True
    previous = _PREVIOUS_WORD.search(before)
    if previous is None:
        return False
    word = previous.group(1).lower()
    if word in _CLAUSE_WORDS or word in TITLE_WORDS or word.rsplit("-", 1)[-1] in TITLE_WORDS:
        return True
    return word not in _PREPOSITIONS and _DESCRIBED_LEAD.search(_lead(text, start)) is not None


_LEAD_CHARS = 120


def _lead(text: str, start: int) -> str:
    """Return up to 120 characters before ``start``, marked as a sentence start at the text's."""
    return ". " + text[:start] if start <= _LEAD_CHARS else text[start - _LEAD_CHARS : start]


def _is_apposed_subject(text: str, start: int, end: int) -> bool:
    """Tell whether a name stands in apposition to a sentence's subject, before its verb."""
    verb = _APPOSED_VERB.match(text, end)
    lead = _lead(text, start)
    titled = _TITLED_LEAD.search(lead)  # "Her coach, Italian Renato Canova's former assistant X,"
    if verb is None or not (_ROLE_LEAD.search(lead) or (titled and titled[1] in TITLE_WORDS)):
        return False
    return verb.group(1) not in _PREPOSITIONS and verb.group(1) not in _NOT_VERBS


def _title_before(text: str, start: int, position: int) -> str:
    """Return the lowercased title words written before a name ("Former President Trump")."""
    words = re.findall(r"[A-Za-z][\w.’'-]*", text[max(0, start - 60) : position])
    titled: list[str] = []
    for word in reversed(words):
        lowered = word.lower().rstrip(".")
        if lowered not in TITLE_WORDS and word not in {"of", "the"}:
            break
        titled.insert(0, lowered)
    while titled and titled[0] in {"of", "the"}:
        titled.pop(0)  # "The government of Ali Khan": no title at all
    return " ".join(titled)


def _is_title(token: str) -> bool:
    """Tell whether a token is a title or role word ("Sen.", "President")."""
    return token.lower().rstrip(".") in TITLE_WORDS or token.lower() in TITLE_WORDS


def _titled_surname(run: str, name: str) -> bool:
    """Tell whether a run is a title and one name, as in "President Biden" or "Sen. Paul"."""
    tokens = name.split()
    if len(tokens) != 1 or len(run.split()) < 2 or not tokens[0][:1].isupper():
        return False
    if not _is_title(run.split()[0]):
        return False  # "ABC’s Sunday shows": no title, so no person
    return tokens[0].lower() not in NON_PERSON_WORDS and tokens[0].isalpha()


def name_mentions(text: str) -> tuple[Mention, ...]:
    """Find every person-like full name in a text, titles stripped, in order."""
    found: list[Mention] = []
    for start, run in runs(text):
        owner = _owner(run)  # "Łukasz Wróbel's Cisza": Wróbel is named, though no subject
        if owner is not None:
            found.append(Mention(start + run.find(owner.split()[0]), owner, False, ""))
        name = strip_titles(run)
        if " of " in run and not is_person_name(name):
            # "Aiko Brandt of Harwick State University": the person before where they work.
            run = run.split(" of ", 1)[0]
            name = strip_titles(run)
        if is_person_name(name) or _titled_surname(run, name):
            position = start + run.find(name.split()[0])
            subject = is_subject(text, start, start + len(run))
            title = _title_before(text, start, position)
            found.append(Mention(position, name, subject, title))
    return tuple(found)


def _owner(run: str) -> str | None:
    """Return the person's full name a run opens with as an owner ("Jane Doe's Cisza"), or None."""
    tokens = run.split()
    owners = [i for i, token in enumerate(tokens[:-1]) if token.endswith(("'s", "’s"))]
    if not owners:
        return None
    owner = strip_titles(" ".join(tokens[: owners[0] + 1]))
    return owner if is_person_name(owner) else None


# A quotation signed with a dash after it, as a pull quote is: '"..." - Callum Hartley'.
_SIGNATURE = re.compile(r"\s*(?:--?|—|–)\s*(?P<name>[A-Z][^,;:!?()\"“”_\n]{2,50}?)\s*(?:[,(]|$)")


def signature(after: str) -> tuple[str, int] | None:
    """Return the person's name a dash after a quotation signs it with, and its offset."""
    found = _SIGNATURE.match(after)
    if found is None or not is_person_name(strip_titles(found.group("name"))):
        return None
    return found.group("name"), found.start("name")
