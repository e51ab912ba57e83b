"""Attribution phrases around a quotation: who the prose says spoke, as written in the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.quotes_appositive import APPOSITIVE, named_appositive
from briefing.speakers import CONNECTIVES, is_person_name, name_in, strip_titles
from briefing.text import word_trie

SPEECH_VERBS = (
    "said|says|say|saying|told|tells|added|adds|wrote|writes|stated|states|explained|explains|"
    "noted|notes|argued|argues|asked|asks|replied|replies|responded|responds|continued|insisted|"
    "insists|claimed|claims|declared|declares|announced|announces|warned|warns|tweeted|tweets|"
    "posted|recalled|recalls|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    "complained|cautioned|urged|urges|vowed|vows|predicted|suggested|suggests|observed|remarked|"
    "shouted|yelled|testified|commented|countered|concluded|emphasized|emphasised|stressed|"
    "maintained|contended|contends|told|wrote|texted|messaged|emailed|recounted|added|chimed|"
    "lamented|boasted|quipped|joked|pleaded|demanded|promised|pledged|charged|alleged|alleges|"
    "acknowledged|explained|announced|reported|reports|described|describes|called|calls|"
    "thundered|fumed|blasted|slammed|mused|wondered|agreed|disagreed|objected|protested|"
    "confirmed|confirms|denied|denies|answered|repeated|reiterated|clarified|advised|told|"
    "ruled|concurred|dissented|opined|recalled|summed|spoke|spoken|speaking|warning|adding|noting|"
    "arguing|claiming|insisting|writing|telling|asking|explaining|declaring|stating|tweeting|"
    "quoted|informed|accused|calling"
)


_VERB = re.compile(rf"(?<![\w-]){word_trie(SPEECH_VERBS.split('|'))}\b")
# Words between a subject and its verb that are not part of the subject ("Kerry also said").
_AUXILIARIES = frozenset(
    "also later then previously once has had have would will recently earlier further again "
    "later on privately publicly reportedly simply bluntly quickly flatly repeatedly once "
    "often".split()
)
_CLAUSE_WORDS = (
    "and but while because as after before when since though although that which who where whom "
    "if so yet or"
).split()
_CLAUSE_BREAK = re.compile(rf"(?:^|[;:(—–]|\s--\s|,\s|\b(?i:{word_trie(_CLAUSE_WORDS)})\b)\s*")
_NP_END = re.compile(
    r"[.,;:!?()—–]|\s--\s|\s(?:in|on|at|during|who|when|after|before|as|while|to|from|about|"
    r"of the|via|through|last|this|earlier|later|told|adding|according|along|with|alongside)\s"
)
_ABBREVIATED = re.compile(
    r"(?:\b[A-Z]|\b[A-Z]\.[A-Z]|\b(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Lt|St|Jr|Sr|Gen|Col|Sgt|Maj|Rev|"
    r"Adm|Capt|Cmdr|Prof|Sens|Reps|Supt|Insp|Det|Cpl|Pvt|Amb|Atty|Hon|Pres|Gens))$"
)
_TIME = re.compile(
    r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tonight|earlier|later|recently|last|this|in|on|at)\b",
    re.IGNORECASE,
)
_NAME_THEN_VERB = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+[a-z]+ed\b")
_PREPOSITION_STARTS = frozenset(
    "for in on at to with from by about during after before since until over under".split()
)
# "looking over to Biden, who replied": the relative pronoun's antecedent speaks.
_WHO = re.compile(r"(?P<np>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*),\s+who\s*$")
_NOT_SUBJECT_START = frozenset(
    "that to it this how what why whether if he she they we i you there".split()
)
# A name opening a relative clause before its speech verb: "what Brekke (described as)".
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:what|which)\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$"
)
OPENING_NAME = re.compile(
    r"\s*(?P<run>(?:[A-Z][\w’'.\-]*)(?:\s+(?:[A-Z][\w’'.\-]*|(?:of|the|de|van|von|bin|la|le|du)\b))*)"
)
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier))?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s*$"
)
# A speech verb sharing the subject of the verb before it: "... refused to confirm but said".
_COORDINATED = re.compile(r"\s(?:but|and)$")
_NAME_JOINS = frozenset({"of", "for", "and", "&", "the"})
# An age between commas after a name, before a description: "Rahul Shinde, 27, a software
# engineer, said" reads as "Rahul Shinde, a software engineer, said".
_AGE = re.compile(r"\b(?P<name>[A-Z][\w’'-]+)(?P<age>,\s\d{1,3})(?=,\s(?:a|an|the)\s)")
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,.;:!?()—–_\"“”]{2,80})", re.IGNORECASE)
_COLON_LEAD = re.compile(r"(?:^|[.!?]\s+)(?P<np>[A-Z][^.:;!?\"“”_]{0,60}):\s*$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """The words naming a quotation's speaker, before any resolution."""

    phrase: str
    """The subject as written: "he", "Kerry", "Secretary of State John Kerry", "a spokesman"."""
    position: int
    """Offset of the phrase in the article text (for resolving it against earlier mentions)."""
    adjacent: bool
    """True when the attribution touches the quotation (``"...," he said``), not elsewhere."""


def after_quote(context: str, offset: int) -> Attribution | None:
    """Find ``, X said`` / ``, said X`` / ``X wrote in a statement`` right after a closing mark."""
    stripped = context.lstrip(" ,")
    base = offset + len(context) - len(stripped)
    verb = _VERB.match(stripped)
    if verb:
        rest = stripped[verb.end() :]
        phrase = _np_after_verb(rest)
        if phrase:
            return Attribution(phrase, base + verb.end() + rest.find(phrase), True)
        return None
    found = _VERB.search(stripped)
    if found is None:
        return None
    named = named_appositive(stripped[: found.start()].rstrip())
    clause = stripped.split(" ", 1)[0].lower() in _CLAUSE_WORDS  # ", while his chief of staff"
    if named is not None and not clause:  # "the group's attorney, Park Ji-hoon, said": the name
        return Attribution(named[0], base + named[1], True)
    subject = APPOSITIVE.sub("", stripped[: found.start()].rstrip())
    subject = _strip_auxiliaries(subject)
    if not subject or len(subject.split()) > 8 or "_" in subject or '"' in subject:
        return None
    return Attribution(subject, base, True)


def before_quote(context: str, offset: int) -> Attribution | None:
    """Find ``X said, "`` / ``X said the deal "...`` / ``X: "`` before an opening mark."""
    colon = _COLON_LEAD.search(context)
    if colon and len(colon.group("np").split()) <= 6 and not _VERB.search(colon.group("np")):
        return Attribution(colon.group("np").strip(), offset + colon.start("np"), True)
    verbs = list(_VERB.finditer(context))
    for verb in reversed(verbs):
        subject = subject_before(context[: verb.start()])
        if subject is None and verb.group(0).endswith("ing"):
            # "Biden released a statement Wednesday, acknowledging ...": the clause's subject
            opening = OPENING_NAME.match(context)
            if opening and _names_someone(opening.group("run"), context[opening.end() :]):
                subject = opening.group("run").rstrip("."), opening.start("run")
        if subject is not None:
            phrase, start = subject
            tail = context[verb.end() :].strip()
            return Attribution(phrase, offset + start, not tail or tail[-1] in ",:")
        after = _np_after_verb(context[verb.end() :])
        if after and context[: verb.start()].rstrip().endswith(","):
            return Attribution(
                after, offset + verb.end() + context[verb.end() :].find(after), False
            )
    return None


def according_to(sentence: str, offset: int) -> Attribution | None:
    """Find ``according to X`` anywhere in the quotation's sentence."""
    found = _ACCORDING.search(sentence)
    if found is None:
        return None
    phrase = _cut_np(found.group("np"))
    return Attribution(phrase, offset + found.start("np"), False) if phrase else None


def _names_someone(run: str, rest: str) -> bool:
    """Tell whether a sentence-opening run is a speaker: a person, or one name before a verb."""
    name = strip_titles(run.rstrip("."))
    if is_person_name(name):
        return True
    # "Pfizer took to Twitter, writing": one capitalised word, then a past-tense verb
    return len(name.split()) == 1 and bool(re.match(r"\s+[a-z]+(?:ed|ook|ent|ave|old)\b", rest))


def subject_before(prose: str) -> tuple[str, int] | None:
    """Return the subject that ends ``prose`` (the words before a speech verb) and its offset."""
    prose = _AGE.sub(lambda found: found["name"] + " " * len(found["age"]), prose)
    named = named_appositive(prose.rstrip())
    if named is not None:
        return named
    relative = _RELATIVE_SUBJECT.search(prose.rstrip())
    if relative is not None:  # "with what Brekke described as": Brekke, not the sentence's start
        return relative.group("np"), relative.start("np")
    text = APPOSITIVE.sub("", prose.rstrip())
    text = _strip_auxiliaries(text)
    if text.endswith(","):
        return None  # "X vetoed the bill, saying": the verb is not X's own
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text) if not _joins_name(text, m)]
    start = max(breaks) if breaks else 0
    subject = text[start:].strip()
    coordinated = None if subject else _COORDINATED.search(text)
    if coordinated is not None:
        return _coordinated_subject(text[: coordinated.start()])
    if subject.lower() in CONNECTIVES and start:
        # "Biden, meanwhile, dismisses the idea, saying": the subject is before the aside.
        return subject_before(text[:start].rstrip(" ,"))
    who = _WHO.search(text)
    if who and not subject:
        return who.group("np"), who.start("np")
    if not re.search(r"[A-Za-z]", subject) or "_" in subject or any(m in subject for m in '"“”'):
        return None
    if subject.split()[0].lower() == "with" and len(subject.split()) > 1:
        subject = subject.split(" ", 1)[1]  # "with some members warning"
    elif subject.split()[0].lower() in _PREPOSITION_STARTS:
        return None  # "For months, Trump spread ...": an adverbial, not a subject
    if _VERB.search(subject) or _NAME_THEN_VERB.match(subject):
        return None  # "Biden released a statement": a clause, not a subject
    if len(subject.split()) > 8:
        # "Chairman of the Joint Chiefs of Staff General Joseph Dunford": a long title, one name
        name = name_in(subject)
        if name is None or not is_person_name(name) or len(subject.split()) > 14:
            return None
    return subject, text.find(subject, start)


def _coordinated_subject(clause: str) -> tuple[str, int] | None:
    """Return the name opening the clause before "but" or "and" whose subject a speech verb
    shares: "Asked about it, Ferri refused to confirm the deal but said" is Ferri's."""
    start = max(clause.rfind(", ") + 2, 0) if ", " in clause else 0
    opening = OPENING_NAME.match(clause, start)
    if opening is None or not opening.group("run"):
        return None
    run = opening.group("run").rstrip(".")
    if run.endswith(("’s", "'s")) or not _names_someone(run, clause[opening.end() :]):
        return None
    return run, opening.start("run")


def _joins_name(text: str, found: re.Match[str]) -> bool:
    """Tell an "and" inside an organisation's name ("Avon and Somerset Police", "the National
    Access and Scaffolding Confederation"), which parts no clauses: capitalised words on both
    sides, and no person after it."""
    if found.group(0).strip().lower() not in {"and", "&"}:
        return False
    before, after = text[: found.start()].split()[-1:], text[found.end() :].split()
    named = all(word[:1].isupper() or word in _NAME_JOINS for word in after)
    if not (before and before[0][:1].isupper() and after and after[0][:1].isupper() and named):
        return False
    return not is_person_name(strip_titles(" ".join(after)))


def _strip_auxiliaries(text: str) -> str:
    """Drop adverbs, auxiliaries and times between a subject and its verb."""
    words = _TRAILING_TIME.sub("", text).split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    return " ".join(words)


def _np_after_verb(rest: str) -> str | None:
    """Read the subject of an inverted attribution (``said Kerry, ...``)."""
    rest = rest.strip()
    if not rest or _TIME.match(rest):
        return None
    phrase = _cut_np(rest)
    if not phrase or len(phrase.split()) > 9 or "_" in phrase:
        return None
    if phrase.split()[0].lower() in _NOT_SUBJECT_START:
        return None  # "adding that Kerry has": a clause, not an inverted subject
    return _named_after(rest, phrase) or phrase


def _named_after(rest: str, phrase: str) -> str | None:
    """Read "said the group's Sudan director, Mathilde Vu." as Mathilde Vu: a description, then
    the name in apposition, which ends the sentence or is set off by a comma."""
    if not phrase[:1].islower() or not rest.startswith(phrase + ", "):
        return None
    following = rest[len(phrase) + 2 :]
    candidate = _cut_np(following)
    ending = following[len(candidate) : len(candidate) + 1]
    name = name_in(candidate)
    if name is None or name != strip_titles(candidate) or not is_person_name(name):
        return None
    return candidate if ending in {"", ",", ".", ";"} else None


def _cut_np(text: str) -> str:
    """Cut a noun phrase at the first punctuation or preposition that ends it."""
    for end in _NP_END.finditer(text):
        # "Sen. Ted Cruz", "John F. Kerry": a full stop after a short capitalised word is no end.
        if end.group(0) == "." and _ABBREVIATED.search(text[: end.start()]):
            continue
        return text[: end.start()].strip()
    return text.strip()
