"""The summary's and quotes' fast paths agree with the plain patterns and loops they replace."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

import pytest

from briefing.quotes_attribution import _CLAUSE_BREAK, _VERB, SPEECH_VERBS
from briefing.quotes_index import _standalone
from briefing.quotes_same import longest_shared_run
from briefing.quotes_sentences import _is_abbreviation
from briefing.speakers import runs
from briefing.summary_concepts import _best_singleton, select
from briefing.summary_filters import is_shouty
from briefing.summary_furniture import _FURNITURE, _FURNITURE_KEYS, is_furniture
from briefing.summary_scoring import specificity
from briefing.text import _INITIAL, ABBREVIATIONS, _word_before, word_trie, words


def _texts(alphabet: Sequence[str], count: int, longest: int, seed: int) -> list[str]:
    """Return ``count`` random strings of up to ``longest`` pieces drawn from ``alphabet``."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_word_trie_matches_exactly_the_words() -> None:
    pattern = re.compile(rf"\b{word_trie(['say', 'said', 'saying', 'told'])}\b")
    assert [m.group() for m in pattern.finditer("say, said; sayings told toldx saying")] == [
        "say",
        "said",
        "told",
        "saying",
    ]


def test_speech_verbs_match_as_the_plain_alternation() -> None:
    plain = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})\b")
    pieces = [*SPEECH_VERBS.split("|")[:40], "sai", "saidx", "Said", "-", " ", ", ", "_", "é", "9"]
    for text in _texts(pieces, 3000, 8, seed=1):
        assert _spans(_VERB, text) == _spans(plain, text), text


def test_clause_breaks_match_as_the_plain_alternation() -> None:
    plain = re.compile(
        r"(?:^|[;:(—–]|\s--\s|,\s|\b(?i:and|but|while|because|as|after|before|when|since|"
        r"though|although|that|which|who|where|whom|if|so|yet|or)\b)\s*"
    )
    pieces = ["and", "AND", "ſo", "ıf", "whoa", "or", "a", " ", ", ", ";", " -- ", "x", "\n"]
    for text in _texts(pieces, 3000, 8, seed=2):
        assert _spans(_CLAUSE_BREAK, text) == _spans(plain, text), text


def test_words_keep_token_boundaries_when_lowercasing_changes_length() -> None:
    assert words("İstanbul’s mayor, Ekrem İmamoğlu, won") == [
        "İstanbul's".lower(),
        "mayor",
        "ekrem",
        "İmamoğlu".lower(),
        "won",
    ]
    # A capital sigma lowers to the final form at a token's end, whatever follows the token.
    assert words("ΑΣ:Β ΟΔΟΣ") == ["ας", "β", "οδος"]
    assert words("The U.S. vote’s well-known result") == [
        "the",
        "u.s",
        "vote's",
        "well-known",
        "result",
    ]


def _plain_furniture(sentence: str) -> bool:
    lower = sentence.lower()
    return any(key in lower for key in _FURNITURE_KEYS) and bool(_FURNITURE.search(sentence))


@pytest.mark.parametrize(
    ("sentence", "furniture"),
    [
        # No furniture string, so the picture pattern is not asked (as before the split).
        ("In this picture the flooded road near the bridge is seen.", False),
        ("In this picture: the flooded road near the bridge is seen.", True),
        ("Click the link below to read the report.", True),
        ("Updated 10:30 GMT with the latest figures.", True),
        ("(AP Photo/Evan Vucci) The president spoke.", True),
        ("Email us at tips@example.com with your story.", True),
        ("ſubscribe: the newsletter is free.", True),
        ("The senator ſaid: ſubscribe now, İ promise.", True),
        ("The talks ended at 4:15 p.m. EST on Friday.", True),
        ("Read the report at http://example.com/story.", True),
        ("The senator said the bill would pass this week.", False),
        ("The mayor said: the road reopens on Monday.", False),
    ],
)
def test_furniture_parts_agree_with_the_whole_pattern(sentence: str, furniture: bool) -> None:
    assert _plain_furniture(sentence) == furniture
    assert is_furniture(sentence) == furniture


def _plain_shouty(text: str) -> bool:
    letters = re.findall(r"[^\W\d_]", text)
    upper = sum(1 for c in letters if c.isupper())
    return len(text.split()) >= 3 and len(letters) >= 8 and upper > 0.7 * len(letters)


def test_shouting_counts_as_the_letter_pattern() -> None:
    for text in _texts(list("ABCDEFGHabc   ’“—…É9_.\xa0"), 5000, 30, seed=3):
        assert is_shouty(text) == _plain_shouty(text), text


def test_word_before_and_initials_look_at_the_same_characters() -> None:
    token_before = re.compile(r"([\w.’']*)\s*$")
    for text in _texts(list("aB. \n(U’'_é-\"”1!?S"), 3000, 25, seed=4):
        for stop in range(len(text) + 1):
            token = token_before.search(text, max(0, stop - 80), stop)
            assert _word_before(text, stop) == (token.group(1) if token else ""), (text, stop)
            windowed = bool(_INITIAL.search(text, max(0, stop - 5), stop))
            assert windowed == bool(_INITIAL.search(text, 0, stop)), (text, stop)


def test_abbreviations_read_the_token_before_the_stop() -> None:
    for text in _texts(list("aB. \n(U’'_é-\"S"), 3000, 25, seed=5):
        for stop, char in enumerate(text):
            if char == ".":
                token = re.search(r"[\w.’']+$", text[max(0, stop - 20) : stop])
                word = token.group(0) if token else ""
                plain = word.lower() in ABBREVIATIONS or len(word) == 1 or "." in word
                assert _is_abbreviation(text, stop) == plain, (text, stop)


def test_capitalised_runs_split_as_before() -> None:
    assert runs("Sen. Ann Lee met Gen. F. Smith. Then Kerry spoke") == [
        (0, "Sen. Ann Lee"),
        (17, "Gen. F. Smith"),
        (32, "Then Kerry"),
    ]


def test_standalone_words_match_the_bounded_pattern() -> None:
    for text in _texts(list("ab-'’_ .é1"), 5000, 14, seed=6):
        for word in ("a", "ab", "a-b", "b.a"):
            pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])")
            assert _standalone(text, word, 0) == [m.start() for m in pattern.finditer(text)]


def _plain_shared_run(first: Sequence[str], second: Sequence[str]) -> int:
    best = 0
    previous = [0] * (len(second) + 1)
    for token in first:
        current = [0] * (len(second) + 1)
        for index, other in enumerate(second, start=1):
            if token == other:
                current[index] = previous[index - 1] + 1
                best = max(best, current[index])
        previous = current
    return best


def test_longest_shared_run_matches_the_table() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        first = [rng.choice("abc") for _ in range(rng.randint(0, 9))]
        second = [rng.choice("abc") for _ in range(rng.randint(0, 9))]
        assert longest_shared_run(first, second) == _plain_shared_run(first, second)


def test_specificity_counts_tokens_with_digits() -> None:
    # 14 tokens: two numbers, a month, a name inside the sentence (not "Lee", its first word).
    assert specificity("Lee won 3 of 12 seats in the vote held in March this year") == (
        pytest.approx(8 / 14)
    )
    assert specificity("a1 b ٣c d e f g h i j") == pytest.approx(0.4)


def _plain_select(
    covers: Sequence[frozenset[str]],
    lengths: Sequence[int],
    weights: dict[str, float],
    budget: int,
    allowed: Callable[[int, Sequence[int]], bool],
    bonus: Sequence[float],
) -> list[int]:
    chosen: list[int] = []
    covered: set[str] = set()
    used = 0
    while True:
        best, best_rate = -1, 0.0
        for i, cover in enumerate(covers):
            if used + lengths[i] > budget or i in chosen:
                continue
            gain = sum(weights.get(c, 0.0) for c in cover - covered) + bonus[i]
            rate = gain / max(1, lengths[i]) ** 0.3
            if rate > best_rate and allowed(i, chosen):
                best, best_rate = i, rate
        if best < 0:
            return chosen
        chosen.append(best)
        covered |= covers[best]
        used += lengths[best]


def test_greedy_cover_picks_as_the_full_rescan() -> None:
    rng = random.Random(8)
    concepts = [f"c{n}" for n in range(30)]
    for _ in range(300):
        size = rng.randint(1, 12)
        covers = [frozenset(rng.sample(concepts, rng.randint(1, 8))) for _ in range(size)]
        lengths = [rng.randint(4, 30) for _ in range(size)]
        weights = {c: rng.choice([0.1, 0.2, 1.0, 2.5]) for c in concepts}
        bonus = [rng.random() for _ in range(size)]
        vetoed = {i for i in range(size) if rng.random() < 0.2}

        def allowed(i: int, chosen: Sequence[int], vetoed: set[int] = vetoed) -> bool:
            return i not in vetoed

        greedy = _plain_select(covers, lengths, weights, 80, allowed, bonus)
        expected = _best_singleton(greedy, covers, lengths, weights, 80, allowed)
        assert select(covers, lengths, weights, 80, allowed, bonus) == expected
