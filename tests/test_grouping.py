"""Story grouping: same event from several outlets together, distinct events apart, stable ids."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn

import pytest

from briefing.grouping import group_stories, story_id
from briefing.grouping_cache import GroupingCache
from briefing.grouping_features import featurise
from briefing.grouping_minhash import MAX_POSTING as MINHASH_POSTING
from briefing.grouping_minhash import duplicate_groups
from briefing.grouping_neighbours import candidate_pairs
from briefing.grouping_pairs import PairCache
from briefing.models import Article, Story

DAY = datetime(2031, 4, 7, 9, 0, tzinfo=UTC)


def article(
    ident: str,
    title: str,
    body: str,
    *,
    hours: float | None = 0,
    key: str | None = None,
    outlet: str = "Test Outlet",
) -> Article:
    """Make an article for the tests; ``hours`` after DAY, None for an unknown date."""
    published = None if hours is None else DAY + timedelta(hours=hours)
    paragraphs = tuple(part.strip() for part in body.split("\n\n"))
    return Article(ident, f"{ident}.md", title, outlet, None, None, published, (), key, paragraphs)


# Four events; the quarry and the bridge share a town, the two rulings share a judge.
QUARRY = [
    article(
        "quarry-a",
        "Blast at Mellow Ridge quarry injures three workers",
        "Three workers were taken to hospital after an explosion at the Mellow Ridge limestone "
        "quarry near Dunholm on Tuesday morning.\n\nThe blast happened while a crew was preparing "
        "charges on the north face, the operator Stonecraft Aggregates said. Fire crews from "
        "Dunholm and Ashby attended and the quarry was evacuated.",
        hours=2,
        outlet="Dunholm Echo",
    ),
    article(
        "quarry-b",
        "Dunholm quarry explosion: three hurt as charges detonate early",
        "An early detonation at Stonecraft Aggregates' Mellow Ridge quarry left three employees "
        "injured, one seriously, emergency services said.\n\nThe limestone quarry outside Dunholm "
        "was cleared while inspectors examined the north face where the crew had been laying "
        "explosive charges.",
        hours=5,
        outlet="County Wire",
    ),
    article(
        "quarry-c",
        "Safety inspectors at Mellow Ridge after quarry blast",
        "Health and safety inspectors arrived at the Mellow Ridge quarry on Wednesday, a day after "
        "an explosion injured three workers laying charges.\n\nStonecraft Aggregates said the "
        "limestone site near Dunholm would stay closed until the inspectors finish.",
        hours=26,
        outlet="Regional Post",
    ),
]
BRIDGE = [
    article(
        "bridge-a",
        "Dunholm's new footbridge over the Wend opens to walkers",
        "A new footbridge across the River Wend opened in Dunholm on Thursday, linking the "
        "railway station with the market square for the first time in a century.\n\nThe timber "
        "and steel span cost £2.1 million, paid for by the town council and a lottery grant.",
        hours=50,
        outlet="Dunholm Echo",
    ),
    article(
        "bridge-b",
        "Wend footbridge finally links Dunholm station and market",
        "Walkers crossed the River Wend on Dunholm's £2.1m footbridge for the first time, after "
        "two years of building work delayed by floods.\n\nCouncillors said the timber span "
        "between the station and the market square would bring shoppers back to the town centre.",
        hours=53,
        outlet="County Wire",
    ),
]
RULING_PAY = [
    article(
        "pay-a",
        "Judge Okafor rules cleaners at Harlow Foods owed back pay",
        "Employment judge Miriam Okafor ruled that 140 cleaners at Harlow Foods were wrongly "
        "classed as contractors and are owed holiday pay worth £900,000.\n\nThe GMB union, which "
        "brought the claim, called the tribunal decision a landmark for outsourced staff.",
        hours=0,
        outlet="Labour Times",
    ),
    article(
        "pay-b",
        "Harlow Foods cleaners win tribunal over holiday pay",
        "Cleaners employed through an agency at Harlow Foods' bakery have won their tribunal case "
        "for holiday pay, with judge Miriam Okafor finding they were workers, not contractors."
        "\n\nThe union GMB estimates the 140 cleaners will share about £900,000.",
        hours=3,
        outlet="Business Daily",
    ),
]
RULING_RIVER = [
    article(
        "river-a",
        "Okafor blocks sewage permit for Greyfield water plant",
        "Judge Miriam Okafor quashed a permit that would have let Greyfield Water discharge "
        "treated sewage into the River Calder, siding with anglers and residents.\n\nThe judge "
        "found the environment regulator had not assessed the effect on salmon spawning grounds.",
        hours=30,
        outlet="Labour Times",
    ),
    article(
        "river-b",
        "Anglers win court fight over Calder sewage discharges",
        "A judicial review brought by anglers has overturned Greyfield Water's permit to release "
        "treated sewage into the River Calder.\n\nJudge Miriam Okafor said the regulator ignored "
        "evidence about salmon spawning in the upper Calder.",
        hours=34,
        outlet="Business Daily",
    ),
]
EVENTS = [QUARRY, BRIDGE, RULING_PAY, RULING_RIVER]
ALL = [item for event in EVENTS for item in event]


def memberships(stories: tuple[Story, ...]) -> set[frozenset[str]]:
    """Return the stories as sets of article ids."""
    return {frozenset(item.id for item in story.articles) for story in stories}


def test_same_event_from_different_outlets_forms_one_story() -> None:
    """Every event told by several outlets in different words comes together."""
    found = memberships(group_stories(ALL))
    for event in EVENTS:
        assert frozenset(item.id for item in event) in found


def test_distinct_events_sharing_a_place_or_a_person_stay_apart() -> None:
    """The quarry and the bridge (one town), the two rulings (one judge) are four stories."""
    assert len(group_stories(ALL)) == 4


def test_events_sharing_a_person_stay_apart_without_dates() -> None:
    """Content alone keeps two rulings by one judge apart when no date is known."""
    undated = [
        article(item.id, item.title, item.text, hours=None) for item in RULING_PAY + RULING_RIVER
    ]
    assert memberships(group_stories(undated)) == {
        frozenset({"pay-a", "pay-b"}),
        frozenset({"river-a", "river-b"}),
    }


def test_explicit_story_key_wins() -> None:
    """A story key joins unrelated articles and keeps a keyed article out of its lookalikes."""
    keyed = [
        article("pay-a", RULING_PAY[0].title, RULING_PAY[0].text, key="Local Courts"),
        article("bridge-a", BRIDGE[0].title, BRIDGE[0].text, key="local courts"),
    ]
    stories = group_stories([*keyed, RULING_PAY[1], BRIDGE[1]])
    by_id = {story.id: [item.id for item in story.articles] for story in stories}
    assert by_id["local-courts"] == ["bridge-a", "pay-a"]
    assert sorted(by_id) == sorted(["local-courts", story_id(RULING_PAY[1]), story_id(BRIDGE[1])])


def test_shuffled_input_gives_identical_output() -> None:
    """Grouping depends on the articles, not on the order they come in."""
    expected = group_stories(ALL)
    for seed in range(5):
        shuffled = list(ALL)
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == expected


def test_story_id_comes_from_the_earliest_article() -> None:
    """The id is the earliest headline's slug plus a hash of its article id."""
    story = next(s for s in group_stories(ALL) if s.articles[0].id == "quarry-a")
    assert story.id.startswith("blast-at-mellow-ridge-quarry-injures-three-workers-")
    assert len(story.id.rsplit("-", 1)[1]) == 6


def test_story_keeps_its_id_when_an_article_joins_or_others_change() -> None:
    """A later article joining, or another story leaving, does not move a story's URL."""
    before = {s.articles[0].id: s.id for s in group_stories(QUARRY[:2] + BRIDGE)}
    after = {s.articles[0].id: s.id for s in group_stories(QUARRY + RULING_RIVER)}
    assert after["quarry-a"] == before["quarry-a"]


def test_articles_are_earliest_first_with_unknown_dates_last() -> None:
    """Within a story, articles run by time, undated ones last, ties by id."""
    undated = article("quarry-0", QUARRY[1].title, QUARRY[1].text, hours=None)
    story = next(s for s in group_stories([*QUARRY, undated]) if len(s.articles) == 4)
    assert [item.id for item in story.articles] == ["quarry-a", "quarry-b", "quarry-c", "quarry-0"]


def test_no_articles_no_stories() -> None:
    """Nothing in, nothing out."""
    assert group_stories([]) == ()


def test_a_single_article_is_its_own_story() -> None:
    """One article makes one story."""
    assert memberships(group_stories(BRIDGE[:1])) == {frozenset({"bridge-a"})}


def test_near_identical_copies_are_collapsed() -> None:
    """A wire copy with a changed word is found; a different report of the event is not."""
    text = QUARRY[0].text
    copy = article("copy", "Quarry blast", text.replace("Tuesday", "Tuesday's"), hours=3)
    groups = duplicate_groups([QUARRY[0], copy, QUARRY[1]])
    assert groups == [[0, 1], [2]]


def synthetic_articles(events: int, per_event: int, seed: int) -> list[Article]:
    """Make articles of invented events: each event has its own rare words amid common ones."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ter", "van", "dor", "pel", "sun", "rik", "zo", "bar", "nel"]

    def invent() -> str:
        return "".join(rng.choice(syllables) for _ in range(3))

    common = [invent() for _ in range(400)]
    made = []
    for event in range(events):
        specific = [invent() + "x" for _ in range(15)]
        for copy in range(per_event):
            title = " ".join(rng.sample(specific, 4) + rng.sample(common, 3)).capitalize()
            body = [rng.choice(specific if rng.random() < 0.35 else common) for _ in range(80)]
            ident = f"e{event:04d}-{copy}"
            made.append(article(ident, title, " ".join(body) + ".", hours=event % 48))
    rng.shuffle(made)
    return made


def test_two_thousand_articles_group_into_their_events() -> None:
    """A 2,000-article input groups quickly (sparse neighbours) and keeps events whole and pure."""
    stories = group_stories(synthetic_articles(events=500, per_event=4, seed=7))
    events = [{item.id.split("-")[0] for item in story.articles} for story in stories]
    assert all(len(found) == 1 for found in events)
    whole = sum(1 for story in stories if len(story.articles) == 4)
    assert whole >= 490


def test_output_does_not_depend_on_the_string_hash_seed() -> None:
    """Two interpreters with different hash seeds group the same articles identically."""
    script = (
        "import tests.test_grouping as t\n"
        "from briefing.grouping import group_stories\n"
        "print(repr(group_stories(t.ALL + t.synthetic_articles(60, 3, 1))))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent.parent,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def retitled(item: Article, title: str) -> Article:
    """Return the article under another headline."""
    return article(item.id, title, item.text, hours=_hours(item), outlet=item.outlet or "")


def rewritten(item: Article, body: str) -> Article:
    """Return the article with another body."""
    return article(item.id, item.title, body, hours=_hours(item), outlet=item.outlet or "")


def _hours(item: Article) -> float | None:
    """Return an article's publication time in hours after DAY."""
    return None if item.published is None else (item.published - DAY).total_seconds() / 3600


WITHOUT_RIVER_A = [item for item in ALL if item != RULING_RIVER[0]]


def edits_of(start: list[Article]) -> list[list[Article]]:
    """Successive states of a site without river-a: retitles, body edits that change common
    words, a wire copy appearing and going, an addition and a deletion, a shuffle."""
    states = [list(start)]

    def step(change: Callable[[list[Article]], None]) -> None:
        state = list(states[-1])
        change(state)
        states.append(state)

    def replace(ident: str, make: Callable[[Article], Article]) -> Callable[[list[Article]], None]:
        def change(state: list[Article]) -> None:
            position = next(n for n, item in enumerate(state) if item.id == ident)
            state[position] = make(state[position])

        return change

    copy = article("quarry-copy", "Quarry blast", QUARRY[0].text.replace("three", "3"), hours=4)
    step(replace("quarry-b", lambda item: retitled(item, item.title + " Zqxedit")))
    step(replace("bridge-a", lambda item: rewritten(item, item.text + " Workers said the quarry.")))
    step(lambda state: state.append(copy))
    step(replace("pay-a", lambda item: rewritten(item, item.text.split(" ", 3)[-1])))
    step(lambda state: state.remove(copy))
    step(lambda state: state.append(RULING_RIVER[0]))
    step(lambda state: state.remove(RULING_RIVER[0]))
    step(replace("quarry-b", lambda item: QUARRY[1]))
    step(lambda state: state.reverse())
    return states


def test_a_kept_cache_groups_every_edit_as_a_cold_grouping() -> None:
    """Watch mode's cache gives, after each edit, exactly the stories of a fresh grouping."""
    start = [*WITHOUT_RIVER_A, *synthetic_articles(40, 3, seed=3)]
    cache = GroupingCache()
    for state in edits_of(start):
        assert group_stories(state, cache) == group_stories(state)
    assert len(cache.vectors.featured) == len(start)


def test_kept_vectors_are_those_a_cold_featurise_makes() -> None:
    """Reused and recomputed vectors alike equal a cold featurise, float for float."""
    cache = GroupingCache()
    for state in edits_of(WITHOUT_RIVER_A):
        ordered = sorted(state, key=lambda item: item.id)
        kept = cache.vectors.featurise(ordered, cache.term_counts(ordered))
        assert [made.features for made in kept] == featurise(ordered)


def test_an_edit_recomputes_only_the_vectors_it_can_change() -> None:
    """A new headline word leaves every other article's vector as it was."""
    cache = GroupingCache()
    before = cache.vectors.featurise(ALL, cache.term_counts(ALL))
    edited = [retitled(ALL[0], ALL[0].title + " Zqxedit"), *ALL[1:]]
    after = cache.vectors.featurise(edited, cache.term_counts(edited))
    assert after[0].serial != before[0].serial
    assert all(new is old for new, old in zip(after[1:], before[1:], strict=True))


def test_a_boilerplate_opening_past_the_posting_limit_is_counted_again() -> None:
    """When a shared opening becomes too common to count, copies are found as a cold run does."""
    opening = "This report was first published by the Harbour News Agency on its website today."
    many = [
        rewritten(item, f"{opening} {item.text}")
        for item in synthetic_articles(MINHASH_POSTING // 3 + 1, 3, seed=5)
    ]
    cache = GroupingCache()
    for state in (many[:MINHASH_POSTING], many[: MINHASH_POSTING + 3], many[:MINHASH_POSTING]):
        assert group_stories(state, cache) == group_stories(state)
    widest = max(len(posting) for posting in cache.copies.postings.values())
    assert widest == MINHASH_POSTING


def test_the_same_article_twice_groups_as_a_cold_run() -> None:
    """An article listed twice (not something a build reads) still groups as without a cache."""
    doubled = [*ALL, QUARRY[0]]
    assert group_stories(doubled, GroupingCache()) == group_stories(doubled)


def test_a_grouping_interrupted_half_way_leaves_no_stale_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An interruption inside a cached grouping (Ctrl-C) makes the next one start afresh."""
    states = edits_of(WITHOUT_RIVER_A)
    cache = GroupingCache()
    group_stories(states[0], cache)

    def interrupted(self: PairCache, vectors: object, serials: object, jobs: int) -> NoReturn:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(PairCache, "pairs", interrupted)
        with pytest.raises(KeyboardInterrupt):
            group_stories(states[1], cache)
    assert not cache.vectors.featured
    assert group_stories(states[2], cache) == group_stories(states[2])


def test_kept_neighbours_equal_a_fresh_look_up_even_among_ties() -> None:
    """Candidate pairs patched unit by unit equal those found afresh, ties broken alike."""
    vectors = [made.vector for made in featurise(synthetic_articles(30, 3, seed=11))]
    vectors[10:14] = [vectors[9]] * 4  # equal vectors score equally: ties to break
    serials = list(range(len(vectors)))
    cache = PairCache()
    assert cache.pairs(vectors, serials) == candidate_pairs(vectors)
    for step, position in enumerate((3, 11, 50, 11)):
        vectors[position] = vectors[position + 1 + step]
        serials[position] = len(vectors) + step
        assert cache.pairs(vectors, serials) == candidate_pairs(vectors)
