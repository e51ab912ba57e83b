"""The people an article names, looked up: surnames and pronouns resolved to full names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefing.quotes_names import GENDERED, NOBODY, Mention, is_subject, name_mentions
from briefing.speakers import (
    ARTICLED,
    NON_PERSON_WORDS,
    PRONOUNS,
    TITLE_WORDS,
    clean_description,
    is_person_name,
    name_in,
    strip_titles,
)

# An organisation named at the end of a description: "industry body the Road Haulage Association".
_ORGANISATION = re.compile(
    # Not after a preposition: "sent a letter to the White House" is not the White House.
    r"(?<!\S)(?<!\bto )(?<!\bof )(?<!\bfrom )(?<!\bat )(?<!\bby )(?<!\bin )(?<!\bwith )"
    r"the (?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w’'-]*)+)$"
)


_GROUP = re.compile(
    r"(?!(?:The|A|An|His|Her|Their|Its|Our|My|Your|Some|Many|Several|Other|Both)\s)"
    r"(?:[A-Z][\w’'&.-]*\s+){1,4}(?:[a-z]+\s+)?(?:analysts|economists|strategists|officials|"
    r"researchers|scientists|lawyers|attorneys|prosecutors|investigators|executives|organi[sz]ers)"
)


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
        if found is None and len(short.split()) == 1:
            found = _expand(self._within(short), position)
        return found or short

    def _within(self, short: str) -> list[Mention]:
        """Return the names that hold ``short`` after their first word, its case or an Arabic
        article aside: "Larraín" of Rodrigo Larraín Echeverría, "Al-Kuwari" or "Kuwari" of
        Abdullah bin Hamad al-Kuwari."""
        key = _family(short)
        return [
            mention
            for mention in self.mentions
            if len(mention.name.split()) > 1 and key in map(_family, mention.name.split()[1:])
        ]

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

    def namesake(self, speaker: str | None, quoted: str, position: int) -> str | None:
        """Return the other person of the speaker's surname named before ``position`` when the
        quotation speaks of the speaker by first name: "Callum loved his job," said after
        "Callum Price" and his father "Steve Price" are named, is the father's."""
        words = (speaker or "").split()
        if len(words) < 2 or not _first_name_in(words[0], quoted):
            return speaker
        others = [
            mention.name
            for mention in self._longer(words[-1], last=True)
            if mention.position < position and not _first_name_in(mention.name.split()[0], quoted)
        ]
        return others[-1] if others else speaker

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
            if words and words[-1].rstrip(".") in GENDERED:
                pronoun = GENDERED[words[-1].rstrip(".")]
                known.setdefault(mention.name, pronoun)
                known.setdefault(self.full_name(mention.name, mention.position + 1), pronoun)
        return known


def _is_organisation(name: str) -> bool:
    """Tell an organisation's name: one whose last word is no person's ("... Confederation")."""
    return name.split()[-1].lower() in NON_PERSON_WORDS


def _first_name_in(first: str, quoted: str) -> bool:
    """Tell whether a quotation names someone by this first name, as a word of its own."""
    return re.search(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-])", quoted) is not None


def _family(word: str) -> str:
    """Key a family name by its letters without an Arabic article: "al-Kuwari" -> "kuwari"."""
    return ARTICLED.sub("", word).lower()


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
            found.append(Mention(start, name, is_subject(text, start, end), ""))
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
    if lowered in NOBODY or not phrase:
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
    if _GROUP.fullmatch(phrase):
        return phrase  # "Piper Sandler analysts", "Pentagon officials": a named body's people
    organisation = _ORGANISATION.search(phrase)
    if organisation is not None and len(words) > 3 and _is_organisation(organisation["name"]):
        return organisation["name"]  # "Industry body the National Access and Scaffolding ..."
    described = clean_description(phrase)
    if described is not None:
        role = described.split(" ", 1)
        if role[0] == "the" and len(role) == 2 and all(w in TITLE_WORDS for w in role[1].split()):
            return names.titled(role[1], position) or described  # "the former president"
        return described
    if len(words) <= 5 and all(word[0].isupper() for word in words):
        return phrase  # an organisation speaking: "Fox News", "Pfizer"
    return None
