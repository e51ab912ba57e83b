"""Whether a sentence stands as one: a summary shows sentences, not phrases or broken pieces.

A sentence needs a verb of its own and its brackets closed ("... backed by Sens. Cory Booker and
Ron Wyden (D-Ore." is an excerpt cut inside a parenthesis); one all in brackets is an aside to
the sentence before it.

Pages hold phrases set as sentences: a teaser's "Increased use of the death penalty.", a time
given on its own ("On Friday morning at 9 a.m."), a column's "Thanks to the tax bill, of
course." or the tail of a broken sentence ("Rashida Tlaib and Ilhan Omar from entering the
country."). Without a tagger, a verb is told by its form: an auxiliary or modal (contracted
too), a common verb in any form, or a word that ends like a verb ("-ed", "-s") where a verb
can stand (not first, not after an article). A sentence with none of these is taken for a
phrase; one with a rarer verb in its base form is the price, kept small by the list of common
verbs: some 600, the base forms that follow a modal ("will ...", "can't ...") in news text, and
the irregular ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

_AUXILIARIES = frozenset(
    """
    is are was were be been being am has have had having do does did will would shall should can
    could may might must ought isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't
    didn't won't wouldn't shan't shouldn't can't cannot couldn't mightn't mustn't
    """.split()
)
# Contractions that carry a verb: "There's", "he'll", "they're", "I've", "she'd".
_CONTRACTED = re.compile(r"['’](?:s|ll|re|ve|d|m)$")
# Common verbs, base and irregular forms (regular "-s"/"-ed" forms are told by their ending).
_VERBS = frozenset(
    """
    abandon abound accept access accomplish accuse achieve act add address admit advance affect
    afford agree aim allow almost alter announce appeal appear approach approve argue arrive
    ask assume assure ate attack attend attest attract avoid back balance bear beat became
    become began begin begun believe belong benefit bet bind bite blame bleed block blow boost
    bore bought break bring broke broken brought build built burn buy call came care carry
    catch caught cause celebrate change choose chose chosen claim climb close come comment
    commit compel compete complicate conclude conduct confirm connect consider constitute
    consume contain continue control convene convert cooperate cost count cover create cry curb
    cure cut deal dealt debut decide declare decline decrease default defend define delay
    deliver demand deny depend describe destroy detect determine detract develop die differ dig
    direct disagree disclose discourage discuss disrupt divide donate draw drawn drew drink
    drive driven drop drove dug earn ease eat elaborate eliminate emerge enable encourage end
    endorse enforce enhance enjoy ensure entail enter evaluate examine exceed exist expand
    expect explain explore extend extract face fail fall fallen fear feature fed feed feel fell
    felt fetch fight file fill find finish fit fix flew flown fly focus follow force forfeit
    forget forgive forgot fought found freeze froze fuel fulfill fund gain gather gave generate
    get give given go gone got gotten grant grew grow grown guarantee guide halt hamper handle
    hang happen harm hate hear heard held help hesitate hid hide highlight hire hit hold honor
    hope host hung hurt identify imagine impact implement impose improve include increase
    indicate inflict influence inform insist intend interact interfere interpret intervene
    introduce invest investigate involve jeopardize join jump keep kept kick kill knew know
    known lack laid lain land launch lay lead learn leave led left legalize lend lent let lie
    lift like limit listen lit live look lose lost love made maintain make manage mark match
    matter mean meant meet mention mess met miss move muster need negotiate nominate note
    notice obey object obtain occur offer open operate oppose opt outline own paid panic
    participate partner pass pave pay perform pick plan play plead pose predict prefer present
    prevail prevent prioritize proceed produce prohibit promote prompt propose protect prove
    provide publish pull punish purchase pursue push put raise ran rang range reach read
    realize recall receive recognize recommend reconsider recover recuse reduce refuse regain
    reject relinquish rely remain remember remove render reopen replace report represent
    require reshape resign resist resolve resonate respond restore resume retire return reunite
    reveal reverse ride ring rise risen rode roll rose ruin rule run rung said sang sank sat
    satisfy save saw say scare see seek seem seen sell send sent serve set settle shake shape
    share shed shield shift shine shone shook shoot shot show shown shrink shut sign signal
    sing sink sit sleep slept slid slide slow smith sold somehow someone sometimes sought sound
    spark speak specify spell spend spent spin spoke spoken spread spun spur stand start stave
    stay steal step stick sting stole stood stop stretch strike struck struggle stuck submit
    subscribe succeed sue suffer suggest support survive suspend swam swear sweep swept swim
    swing swore swung take taken talk taste taught teach tear tell tend testify that therefore
    they think this thought threaten threw throw thrown told tolerate took tore total touch
    transform translate travel treat trigger trust try turn undergo undermine understand undo
    unite unleash unveil upend urge use usher vary venture violate vote vow wait wake walk want
    warn watch wear weep weigh welcome went wept win wind wish withdraw withdrawn withdrew woke
    won wore work worn worry wound write written wrote yet yield you your
    """.split()
)
_ARTICLES = frozenset("the a an his her its their our my your".split())
"""Words before which a verb form is a noun's ("the plans", "its needs"); not "that", which may
be the subject ("That marked the biggest jump")."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A noun phrase and a participle set off by a comma, and nothing after: "The new law, signed by
# Governor Andrew Cuomo on Tuesday." or "Its makeup, unveiled at a hastily called nighttime
# press conference." A second comma may close the participle before the verb ("The bill,
# passed in May, stalled"), so a sentence with one is not this.
_PARTICIPLE_ONLY = re.compile(
    r"(?P<head>(?:the|a|an|its|his|her|their|this|that|these|those|our)\b[^,]{0,80}),\s+"
    r"(?P<rest>[a-z]+ed\b[^,;:]*)",
    re.IGNORECASE,
)


def stands(sentence: str) -> bool:
    """Tell whether a sentence stands as one: a verb of its own, every bracket it opens closed,
    and not all in brackets (an aside to the sentence before it)."""
    text = sentence.strip()
    aside = text.startswith("(") and text.endswith(")")
    return (
        not aside
        and text.count("(") <= text.count(")")
        and has_own_verb(text)
        and not _participle_only(text)
    )


def _participle_only(text: str) -> bool:
    """Tell a noun phrase with a participle after it ("The new law, signed by ...") from a
    sentence: no verb before the comma, and after it no verb but ones ending in "-ed"."""
    found = _PARTICIPLE_ONLY.fullmatch(text.rstrip(".\"'”’ "))
    if found is None or _verb_in(tuple(_WORD.findall(found["head"]))):
        return False
    rest = [w.lower().replace("’", "'") for w in _WORD.findall(found["rest"])]
    # "'s" is taken for a possessive here ("the court's summer recess").
    return not any(
        w in _AUXILIARIES
        or (_CONTRACTED.search(w) and not w.endswith("'s"))
        or (w in _VERBS and not w.endswith("ed"))
        for w in rest
    )


def has_own_verb(sentence: str) -> bool:
    """Tell whether a sentence likely holds a verb: False for a phrase set as a sentence."""
    return _verb_in(tuple(_WORD.findall(sentence)))


@lru_cache(maxsize=1 << 14)
def _verb_in(tokens: tuple[str, ...]) -> bool:
    previous = ""
    for index, token in enumerate(tokens):
        word = token.lower().replace("’", "'")
        if word in _AUXILIARIES or word in _VERBS or _CONTRACTED.search(word):
            return True
        if index > 0 and previous not in _ARTICLES and token[:1].islower() and _verb_form(word):
            return True
        previous = word
    return False


def _verb_form(word: str) -> bool:
    """A form a regular verb takes: "walked", "walks" (not "glass", "status", "crisis")."""
    if len(word) <= 3 or "-" in word:
        return False
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
