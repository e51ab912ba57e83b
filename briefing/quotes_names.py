"""The people an article names: mentions, surnames and pronouns resolved to full names."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from briefing.speakers import (
    NON_PERSON_WORDS,
    PRONOUNS,
    TITLE_WORDS,
    clean_description,
    is_person_name,
    name_in,
    runs,
    strip_titles,
)

log = logging.getLogger(__name__)

_NOBODY = frozenset("i we they it you this that who which one me us them someone".split())


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
    "said says told".split()
)
_NEXT_WORD = re.compile(
    r"(?:\s*,[^,]{1,100},)?(?:\s+on\s+[A-Z][a-z]+)?(?:\s+(?:also|later|again|then))?"
    r"\s+([a-z][\w’'-]*)"
)
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w’'-]*)\s+$")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,—–(][\"”’]?)\s*$")
# A sentence opening with a determiner or an owner's possessive: "The", "The trawler's".
_DETERMINED = r"[.!?][\"”’]?\s+(?:The|A|An|Its|His|Her|Their|Our|[A-Z][\w’'-]*[’']s)"
# "The trawler's skipper, Jamie Rowe, thanked ...": a name in apposition to a sentence's subject.
_ROLE_LEAD = re.compile(_DETERMINED + r"\s[^,.;:!?\"“”]{1,60},\s*$")
# "The boatman Ali Khan said": a determiner and a role in lower case before the name.
_DESCRIBED_LEAD = re.compile(_DETERMINED + r"(?:\s+[a-z][\w’'-]*){1,4}\s+$")
_APPOSED_VERB = re.compile(r",\s+(?:also\s+|later\s+|then\s+)?([a-z][\w’'-]*)")
_NOT_VERBS = frozenset("who which whose where when whom the a an his her its their".split())
# Titles that tell a pronoun ("Mrs Carne ... she said"); "chairman" and the like are left out
# because they are also used for women.
_GENDERED = {
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


def _is_subject(text: str, start: int, end: int) -> bool:
    """Tell whether the name at ``text[start:end]`` stands as a subject: "X said", not "to X"."""
    if text[end : end + 1] in {"’", "'"} or text[end - 2 : end] in {"’s", "'s"}:
        return False
    before = text[max(0, start - 40) : start]
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
    if word in _CLAUSE_WORDS or word in TITLE_WORDS:
        return True
    return word not in _PREPOSITIONS and _DESCRIBED_LEAD.search(_lead(text, start)) is not None


def _lead(text: str, start: int) -> str:
    """Return up to 80 characters before ``start``, marked as a sentence start at the text's."""
    return ". " + text[:start] if start <= 80 else text[start - 80 : start]


def _is_apposed_subject(text: str, start: int, end: int) -> bool:
    """Tell whether a name stands in apposition to a sentence's subject, before its verb."""
    verb = _APPOSED_VERB.match(text, end)
    if verb is None or not _ROLE_LEAD.search(_lead(text, start)):
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
        name = strip_titles(run)
        if is_person_name(name) or _titled_surname(run, name):
            position = start + run.find(name.split()[0])
            subject = _is_subject(text, start, start + len(run))
            title = _title_before(text, start, position)
            found.append(Mention(position, name, subject, title))
    return tuple(found)


class NameIndex:
    """The people an article names, for resolving surnames and pronouns."""

    def __init__(self, text: str) -> None:
        """Index the full names mentioned in ``text``, and later surname-only mentions of them."""
        full, self._roles = _without_roles(name_mentions(text), text)
        self.mentions = full + _short_mentions(text, full)
        self.mentions = tuple(sorted(self.mentions, key=lambda mention: mention.position))
        self._positions = [mention.position for mention in self.mentions]
        self._parts: dict[tuple[bool, int], dict[str, list[Mention]]] = {}

    def full_name(self, short: str, position: int) -> str:
        """Expand a surname (or a shorter form of a name) to the fullest name given before it."""
        short = self._roles.get(short, short)
        found = _expand(self._longer(short, last=True), position)
        if found is None and len(short.split()) == 1:
            found = _expand(self._longer(short, last=False), position)  # "Tsai" of Tsai Ing-wen
        return found or short

    def _longer(self, short: str, *, last: bool) -> list[Mention]:
        """Return the longer names ending (or starting) with ``short``, in order of position;
        indexed once per name length, so that a long transcript is not scanned per quote."""
        size = len(short.split())
        table = self._parts.get((last, size))
        if table is None:
            table = {}
            for mention in self.mentions:
                tokens = mention.name.split()
                if len(tokens) > size:
                    part = tokens[-size:] if last else tokens[:size]
                    table.setdefault(" ".join(part), []).append(mention)
            self._parts[(last, size)] = table
        return table.get(short, [])

    def titled(self, title: str, position: int) -> str | None:
        """Return the person last named with this title before ``position`` ("the senator")."""
        found = None
        for mention in self.mentions:
            if mention.position >= position:
                break
            if mention.title == title or mention.title.endswith(" " + title):
                found = mention.name
        return found

    def person_before(
        self, position: int, floor: int, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """Return the latest person named as a subject in ``[floor, position)``, or None.

        ``skip`` holds people a pronoun cannot mean (known to be referred to by the other one).
        """
        index = bisect_right(self._positions, position - 1) - 1
        while index >= 0 and self.mentions[index].position >= floor:
            mention = self.mentions[index]
            if mention.subject and mention.name not in skip:
                return mention.name
            index -= 1
        return None

    def pronouns(self) -> dict[str, str]:
        """Return the pronoun each person's written title implies ("Mrs Carne": she), under the
        name as written and the full name it stands for ("Mr. Rudd": Alan Rudd is he)."""
        known: dict[str, str] = {}
        for mention in self.mentions:
            words = mention.title.split()
            if words and words[-1].rstrip(".") in _GENDERED:
                pronoun = _GENDERED[words[-1].rstrip(".")]
                known.setdefault(mention.name, pronoun)
                known.setdefault(self.full_name(mention.name, mention.position + 1), pronoun)
        return known


def _expand(longer: list[Mention], position: int) -> str | None:
    """Pick the latest of the longer names given before ``position``, else the first after."""
    before = bisect_left([mention.position for mention in longer], position)
    if before:
        return longer[before - 1].name
    return longer[0].name if longer else None


def _without_roles(
    mentions: tuple[Mention, ...], text: str
) -> tuple[tuple[Mention, ...], dict[str, str]]:
    """Drop a role word before a name that the article also gives without it.

    "Coxswain Tom Pellow" is Tom Pellow when "Tom Pellow" appears too and "coxswain" is also
    written in lower case (a common noun, not a first name).
    """
    names = {mention.name for mention in mentions}
    roles: dict[str, str] = {}
    for name in sorted(names):
        first, _, rest = name.partition(" ")
        if len(rest.split()) >= 2 and rest in names and first.lower() in _lower_words(text):
            roles[name] = rest
    kept = tuple(
        Mention(
            text.find(roles[m.name], m.position),
            roles[m.name],
            m.subject,
            f"{m.title} {m.name.split()[0].lower()}".strip(),
        )
        if m.name in roles
        else m
        for m in mentions
    )
    return kept, roles


def _lower_words(text: str) -> frozenset[str]:
    """Return the words a text writes in lower case (common nouns, not first names)."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*", text))


def _short_mentions(text: str, full: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Find later mentions of introduced people by surname alone ("Kerry" for John Kerry)."""
    found: list[Mention] = []
    surnames: dict[str, tuple[int, str]] = {}
    for mention in full:
        surnames.setdefault(mention.name.split()[-1], (mention.position, mention.name))
    for surname, (introduced, name) in surnames.items():
        for start in _standalone(text, surname, introduced + len(name)):
            end = start + len(surname)
            found.append(Mention(start, name, _is_subject(text, start, end), ""))
    return tuple(found)


def _standalone(text: str, word: str, start: int) -> list[int]:
    """Return where ``word`` occurs from ``start`` as a whole word, not inside a longer one."""
    # A plain search per name: a compiled pattern per surname cost more than the search.
    found: list[int] = []
    at = text.find(word, start)
    while at >= 0 and word:
        end = at + len(word)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not _joins(before, "’'-") and not _joins(after, "-"):
            found.append(at)
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return found


def _joins(char: str, marks: str) -> bool:
    """Tell whether ``char`` continues a word: a word character (as in a pattern) or a mark."""
    return bool(char) and (char.isalnum() or char == "_" or char in marks)


def resolve(phrase: str, position: int, names: NameIndex, recent: str | None) -> str | None:
    """Turn an attribution phrase into a full name, a description, or None when unknown."""
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip(" ,")
    if phrase.split()[-1:] and phrase.split()[-1].lower() in PRONOUNS:
        phrase = phrase.split()[-1]  # "Later he said"
    lowered = phrase.lower()
    if lowered in PRONOUNS:
        return recent
    if lowered in _NOBODY or not phrase:
        return None
    head = phrase.split(",")[0]
    if head != phrase and is_person_name(strip_titles(head)):
        phrase = head  # "John Ullyot, a council spokesman" with its closing comma missing
    name = name_in(phrase)
    if name is not None:
        return names.full_name(name, position)
    words = phrase.split()
    if len(words) >= 3 and words[0] in {"The", "the"} and all(w[0].isupper() for w in words[1:]):
        return "The " + " ".join(words[1:])  # an organisation's name: "The New York Times"
    described = clean_description(phrase)
    if described is not None:
        role = described.split(" ", 1)
        if role[0] == "the" and len(role) == 2 and all(w in TITLE_WORDS for w in role[1].split()):
            return names.titled(role[1], position) or described  # "the former president"
        return described
    if len(words) <= 5 and all(word[0].isupper() for word in words):
        return phrase  # an organisation speaking: "Fox News", "Pfizer"
    return None
