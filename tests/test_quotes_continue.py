"""A statement quoted in turns around its attribution is one key quote."""

from __future__ import annotations

from article_support import article

from briefing.models import Article, Story
from briefing.quotes import extract_quotes, key_quotes


def _article(*paragraphs: str) -> Article:
    return article("a", "Judge halts pipeline", *paragraphs, outlet="Prairie News")


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = _article(*paragraphs)
    story = Story("s", (article,))
    found = key_quotes(story, extract_quotes(article), limit=3, summary=())
    return [(quote.text, quote.speaker) for quote in found]


def test_a_quote_split_at_a_sentence_end_by_its_attribution_is_joined() -> None:
    found = _quotes(
        "Chairwoman Loretta Vale said the ruling vindicated years of protest.",
        '"For two years they told us our concerns did not count," she said. '
        '"Today a federal court said they do."',
    )
    assert found == [
        (
            "For two years they told us our concerns did not count. "
            "Today a federal court said they do.",
            "Loretta Vale",
        )
    ]


def test_a_quote_continued_after_she_added_is_joined() -> None:
    found = _quotes(
        '"The defences did what they were designed to do," said Rachel Amadi, the area director.',
        'She added: "That should worry everybody who lives in a valley."',
    )
    assert found == [
        (
            "The defences did what they were designed to do. "
            "That should worry everybody who lives in a valley.",
            "Rachel Amadi",
        )
    ]


def test_two_speakers_or_a_woven_phrase_stay_apart() -> None:
    found = _quotes(
        '"We will appeal the ruling," said Brett Haugen, a spokesman for the company. '
        '"The pipeline is safe," said Dale Sorensen.',
    )
    assert len(found) == 2
    woven = _quotes(
        'Callum Reid called it "a dark day for the whole of Scotland".',
        'He said: "We will get answers for every family who lost someone today."',
    )
    assert all(not text.startswith("a dark day") or "answers" not in text for text, _ in woven)


def test_a_long_run_of_turns_joins_four_at_most() -> None:
    said = [
        "The river rose faster than any model predicted",
        "Every school on the east bank will open as a shelter",
        "Buses leave the market square each hour until midnight",
        "Nobody should drive through standing water tonight",
        "The army has sent two hundred soldiers with boats",
        "We will publish the damage figures on Friday morning",
    ]
    turns = " ".join(f'"{line}," she said.' for line in said)
    found = _quotes("Chairwoman Loretta Vale spoke for an hour.", turns)
    assert [text.count(". ") + 1 for text, _ in found] == [4, 2]
    assert {speaker for _, speaker in found} == {"Loretta Vale"}
