"""Speaker names: titles stripped, surnames and pronouns resolved from the article."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

# Words of a title or role that precede a name ("Secretary of State John Kerry" is John Kerry).
TITLE_WORDS = (
    frozenset(
        """
    secretary state president vice senator sen sen. rep rep. representative congressman
    congresswoman gov gov. governor lt lt. lieutenant mayor minister prime foreign defense defence
    interior chief justice judge attorney general director spokesman spokeswoman spokesperson press
    house white speaker leader majority minority whip former acting deputy assistant dr dr. mr mr.
    mrs mrs. ms ms. miss sir dame lord lady gen gen. col col. maj maj. capt capt. sgt sgt. cmdr adm
    admiral colonel major captain sergeant officer detective commissioner chairman chairwoman chair
    ceo cfo founder executive professor prof prof. rev rev. reverend pope king queen prince princess
    sheriff u.s. us democratic republican democrat gop senate federal national security adviser
    advisor health treasury commerce homeland education energy labor transportation agriculture
    ambassador envoy special counsel coach manager host anchor correspondent pastor father bishop
    cardinal rabbi imam mr.president first ex chancellor premier emir crown supreme court circuit
    district county city council councilman councilwoman councilmember state's top senior
    independent progressive conservative liberal sens. reps. dem. r-calif. d-n.y. his her their
    inspector superintendent constable trooper director-general rear vice-president
    mp mps mep msp labour tory
    """.split()
    )
    | frozenset(
        # Occupations written as a capitalised title ("Coxswain Tom Pellow"); words that are also
        # common first names or surnames (Dean, Baker, Porter, Hunter) are left out on purpose.
        """
    coxswain skipper warden ranger nurse midwife firefighter paramedic surgeon doctor engineer
    hydrologist geologist economist analyst researcher scientist curator librarian headteacher
    headmaster headmistress teacher lecturer pilot trawlerman fisherman volunteer campaigner
    activist councillor alderman alderwoman alderperson assemblyman assemblywoman selectman
    selectwoman supervisor trustee magistrate barrister solicitor lawyer vicar curate chaplain
    archbishop archdeacon brigadier commodore commander corporal private superintendent
    ombudsman regulator botanist ecologist historian archaeologist architect veterinarian vet
    spokesperson driver manager owner landlord landlady resident shopkeeper farmer novelist
    author writer poet playwright actor actress songwriter musician composer artist journalist
    broadcaster comedian filmmaker publisher critic fellow colleague passenger commuter motorist
    witness tourist visitor pupil student patient neighbour neighbor customer shopper cyclist
    pedestrian survivor councilor retiree pensioner homeowner renter tenant meteorologist
    forecaster climatologist prosecutor trader stallholder """.split()
    )
    | frozenset(
        # A minister's portfolio, which "for" parts from the title ("Minister for Housing James
        # Browne"), and parliamentary titles beyond Westminster's ("Congress MLA Ravi Rane").
        """
    housing finance affairs transport environment enterprise tourism employment planning
    culture heritage trade industry infrastructure communications welfare equality integration
    immigration fisheries development mla mlas mpp td tds collector expert specialist
    """.split()
    )
    | frozenset(
        # Nationalities before a name, of one or several ("Kenyan Faith Chepkoech said",
        # "Ethiopians Tigist Ketema and Almaz Ayana", "Israeli PM ..."), not those that are
        # also names (English, French, Welsh, German).
        """
    american british briton scottish italian spanish pm
    portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish russian
    ukrainian chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli
    palestinian egyptian turkish saudi emirati qatari kenyan ethiopian nigerian ghanaian ugandan
    tanzanian eritrean australian canadian mexican brazilian argentine argentinian colombian
    venezuelan chilean peruvian cuban filipino indonesian vietnamese thai malaysian singaporean
    britons kenyans ethiopians nigerians ugandans eritreans australians canadians italians
    germans russians ukrainians koreans indians israelis palestinians iranians iraqis syrians
    """.split()
    )
)

# Words that make a capitalised run an organisation or a place rather than a person.
NON_PERSON_WORDS = frozenset(
    """
    court house department news party congress senate university college school inc corp company
    committee administration agency council office ministry army navy police street city states
    republic union association times post journal times network bank fund group institute center
    centre foundation county state province district airport hospital church museum
    commission board authority service services force forces command guard organization
    organisation federation kingdom emirates islands island river lake mountain valley bay coast
    america africa asia europe arabia korea china russia iraq iran syria israel afghanistan
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december twitter facebook instagram youtube google
    apple microsoft amazon act bill law plan project program programme day week year war
    democrats republicans americans officials lawmakers senators confederation coalition
    alliance society
    """.split()
)

PRONOUNS = frozenset({"he", "she"})
# Small words inside a name: "Ursula von der Leyen", "Jennifer de la Cruz".
PARTICLES = frozenset("de van von der da del bin ibn bint la le du di dos das".split())
# A generational suffix keeps its full stop: "Marcus Ellison Jr.".
_SUFFIX = re.compile(r"\s(?:Jr|Sr)$")
# An Arabic article joined to a family name: "al-Burhan", "el-Sayed", "ash-Shami".
ARTICLED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-(?=[A-Z])", re.IGNORECASE)
# A judge of the High Court of England and Wales, by the style of the bench; a peer or a
# justice of the Supreme Court named by title and one name alone ("Lady Simler", "Lord Reed").
_JUDGE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Lord|Lady) Justice|(?<!First )\b(?:Lord|Lady|Baroness)) [A-Z][\w’'-]+$"
)
# A person's employer whose name holds "and", which parts it into two runs, ends the phrase.
_EMPLOYER = re.compile(
    r"\sof [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:and|&) [A-Z][\w’'-]*"
    r"(?: [A-Z][\w’'-]*)*$"
)
_NOBODY = frozenset("i we they it you this that who which one me us them someone".split())
_DETERMINERS = frozenset({"a", "an", "the", "one", "two", "three", "several", "some", "another"})
# Words between commas after a subject ("Biden, meanwhile, dismissed ..."): never a speaker.
CONNECTIVES = frozenset(
    "meanwhile however instead also though although still then now later again too moreover "
    "nevertheless nonetheless furthermore otherwise therefore thus indeed separately elsewhere "
    "similarly likewise besides yet".split()
)
# Words a description of someone never opens with (prepositions, adverbs, conjunctions).
_NOT_DESCRIPTION_START = frozenset(
    "down up from only about after before over under since until into onto out off than as "
    "so just even also not what when where how why whether if because while and or but "
    "with without within by of to in on at for".split()
)
# Words that may follow a name in a speaker's phrase and leave it the speaker ("Kerry himself",
# "Mr Johnson was saying").
_AFTER_NAME = frozenset(
    "himself herself themselves itself also later then too again still alone first "
    "was is were are has have had will would could can may might did does do been".split()
)
# What someone writes or says in: "Biden's proclamation" speaks for Biden, "Gabbard's lawyer" not.
_UTTERANCES = frozenset(
    "statement statements tweet tweets letter proclamation post message memo speech remarks "
    "order email op-ed column testimony interview".split()
)
# Words that end a speaker's phrase: "President Trump in an early morning tweet".
_PHRASE_ENDS = frozenset("in on at during after before via through from over while".split())
# Capitals in a regex class, Latin letters beyond ASCII included: "Łukasz", "Đinh", "Øystein".
UPPER = "A-Z" + "".join(
    char for char in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if char.isupper()
)
# The capital comes before the look-behind (which checks the character before it) so that a
# search skips to the next capital at once.
# Words of a run are apart by spaces, never by a paragraph break ("... Phạm Linh" / "Nguyễn Văn
# Hùng said" are two names).
_RUN = re.compile(
    rf"[{UPPER}](?<![\w’'][{UPPER}])[\w’'\-.]*"
    rf"(?:[^\S\n]+(?:[{UPPER}][\w’'\-.]*|(?:al|el|ad|ar|as|ash|at|az)-[{UPPER}][\w’'\-.]*|"
    rf"(?:(?:de|da|van)[^\S\n]+)?"
    rf"(?:de|van|von|der|da|del|bin|ibn|bint|of|la|le|du|di|dos|das)\b(?=[^\S\n]+[{UPPER}])))*"
)
# A run ends after "Soleimani." but not after "Sen." or "F.".
_RUN_BREAK = re.compile(r"(?<=[a-z]{3}\.)\s+|(?<=[a-z]{2}[’'][a-z]\.)\s+")
_SENTENCE_STARTERS = frozenset(
    "later earlier then meanwhile still also now yet instead however asked "
    "the a an in on at but and or for if when while after before as this that these those it "
    "he she they we i i'm i’m his her their our its".split()
)


_SUBORDINATORS = frozenset(
    "as when while after before if because since though although once until unless whereas "
    "but and or so".split()
)
# Words a noun phrase naming someone cannot end with.
_DANGLING = frozenset(
    "by to with of for in on at from about that as and or but than into is are was were be has "
    "have had".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today tonight".split()
)


def is_title(token: str) -> bool:
    """Tell whether a token is a title or role word ("Adm.", "Secretary", "Sen.")."""
    lowered = token.lower()
    return lowered in TITLE_WORDS or lowered.rstrip(".") in TITLE_WORDS


@lru_cache(maxsize=4096)
def strip_titles(run: str) -> str:
    """Drop title and role words before a name: ``Texas Gov. Greg Abbott`` -> ``Greg Abbott``."""
    tokens = run.split()
    while tokens and tokens[-1].lower().strip(".,") in _TIME_WORDS:
        tokens.pop()
    # "The Environment Agency's Sunil Rao": the owner before a possessive is not the name.
    owners = [i for i, token in enumerate(tokens[:-1]) if token.endswith(("'s", "’s"))]
    # "As CNN's Kaitlan Collins tried": the name opens a subordinate clause, not the sentence.
    if owners and tokens[0].lower() not in _SUBORDINATORS:
        tokens = tokens[owners[-1] + 1 :]
    judge = _JUDGE.search(" ".join(tokens))
    if judge is not None:
        return judge.group(0)  # "Mr Justice Harrowby": an English judge has no other name
    titles = [i for i, token in enumerate(tokens[:-1]) if is_title(token)]
    if titles:
        tokens = tokens[titles[-1] + 1 :]
    while tokens and (is_title(tokens[0]) or tokens[0] == "of"):
        tokens.pop(0)
    if "of" in tokens[1:]:
        tokens = tokens[: tokens.index("of", 1)]  # "Joe Manchin of West Virginia"
    # "Joe Manchin of", "Ursula von": a run cut after its particle; a capitalised one is a name
    # of its own ("Dror Bin").
    while tokens and (tokens[-1].lower() == "of" or tokens[-1] in PARTICLES):
        tokens.pop()
    name = " ".join(tokens).rstrip(",.;:’'").removesuffix("’s").removesuffix("'s")
    return name + "." if _SUFFIX.search(name) else name


@lru_cache(maxsize=4096)
def is_person_name(name: str) -> bool:
    """Tell whether a title-stripped capitalised run looks like a person's full name."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    # "He Jie said": a Chinese family name, as "He" before a capitalised word never is a pronoun.
    if tokens[0].lower() in _SENTENCE_STARTERS and not (tokens[0] == "He" and len(tokens) == 2):
        return False
    if any(token.lower().strip(".,") in NON_PERSON_WORDS for token in tokens):
        return False
    return all(
        token[0].isupper() or token in PARTICLES or ARTICLED.match(token) for token in tokens
    ) and not any(token.isupper() and len(token) > 3 for token in tokens)


def runs(text: str) -> list[tuple[int, str]]:
    """Find capitalised runs, split after a full stop that ends a word (not an initial)."""
    found: list[tuple[int, str]] = []
    for match in _RUN.finditer(text):
        offset, whole = match.start(), match.group(0)
        # Every break follows a full stop: a run without one is a single part.
        for part in _RUN_BREAK.split(whole) if "." in whole else (whole,):
            if part.strip():
                found.append((offset + whole.find(part, 0), part.rstrip(". ")))
    return found


def clean_description(phrase: str) -> str | None:
    """Normalise an unnamed speaker's description ("A police spokesman" -> "a police spokesman")."""
    words = phrase.split()
    if not words or len(words) > 9 or words[-1].endswith("ly") or words[-1].lower() in _NOBODY:
        return None
    if len(words) == 1 and words[0].lower() in CONNECTIVES:
        return None  # "Biden, meanwhile, said": the aside is not the speaker
    first = words[0].lower()
    if first in _NOT_DESCRIPTION_START or (first.endswith("ed") and first not in _DETERMINERS):
        return None  # "down from 943,000 jobs", "reviewed the records": a piece of a clause
    if words[-1].lower() in _DANGLING:
        return None  # "began by", "there is": a piece of a clause, not someone
    if words[0].lower() in _DETERMINERS:
        words[0] = words[0].lower()
    elif not words[0][0].islower():
        return None
    return " ".join(words).rstrip(",.;:")


def _leaves_name(word: str) -> bool:
    """Tell whether a word after a name leaves it the speaker (a verb, an adverb, an aside)."""
    return (
        word in _AFTER_NAME
        or word in _PHRASE_ENDS
        or word in _DETERMINERS
        or word.endswith(("ly", "ed"))
    )


def name_in(phrase: str) -> str | None:
    """Return the person's name a noun phrase ends with, titles stripped, or None."""
    found = [run for _, run in runs(phrase)]
    if not found:
        return None
    last = strip_titles(found[-1])
    if not last or last.lower() in _SENTENCE_STARTERS or last.split()[0].lower() in _DETERMINERS:
        return None  # "The Democrat" is a description, not a name
    tokens = last.split()
    if any(token.lower().strip(".,") in NON_PERSON_WORDS for token in tokens) or len(tokens) > 4:
        return None
    if phrase.rstrip(" ,.").endswith(found[-1].rstrip(" ,.")):
        return last
    employer = _EMPLOYER.search(phrase)  # "Mark Tolley of Avon and Somerset Police"
    if employer is not None and len(found) == 2 and is_person_name(strip_titles(found[0])):
        return strip_titles(found[0])
    # A name followed by a noun modifies it: "a Biden administration official" is not Biden,
    # "Mr Johnson was", "Musk started", "Blumenthal, a former ..." and "Trump in a tweet" are.
    after = phrase[phrase.rfind(found[-1]) + len(found[-1]) :].split()
    if found[-1].endswith(("'s", "’s")):
        if not (after and after[0].lower() in _UTTERANCES):
            return None
    elif after and not _leaves_name(after[0].lower()):
        return None
    return last if len(found) == 1 else None
