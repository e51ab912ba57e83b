"""Shipped text tools: sentence splitting, tokens, stems and slugs."""

from __future__ import annotations

import pytest

from briefing.text import content_words, sentences, slugify, split_sentences, stem, terms, words


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The vote passed. Residents left.", ["The vote passed.", "Residents left."]),
        ("Mr. Reyes spoke. Dr. Ann Lee agreed.", ["Mr. Reyes spoke.", "Dr. Ann Lee agreed."]),
        ("John F. Kennedy was shot. It was 1963.", ["John F. Kennedy was shot.", "It was 1963."]),
        (
            "It costs $2.5 million. It opens in 2033.",
            ["It costs $2.5 million.", "It opens in 2033."],
        ),
        (
            "U.S. officials met on Jan. 5, 2014. They agreed.",
            ["U.S. officials met on Jan. 5, 2014.", "They agreed."],
        ),
        (
            "He lives in the U.S. The rest moved away.",
            ["He lives in the U.S.", "The rest moved away."],
        ),
        ("It ended at 5 p.m. The sun set.", ["It ended at 5 p.m.", "The sun set."]),
        ("1. Ellison is a closer now. He won.", ["1. Ellison is a closer now.", "He won."]),
        (
            "The roof fell in around 4 a.m. Crews stayed until 9:30 a.m. to damp it down.",
            ["The roof fell in around 4 a.m.", "Crews stayed until 9:30 a.m. to damp it down."],
        ),
        ("It starts at 9 p.m. ET on Friday.", ["It starts at 9 p.m. ET on Friday."]),
        ("The vote is at 10 a.m. Monday, he said.", ["The vote is at 10 a.m. Monday, he said."]),
        ("She won at 8 p.m. California time.", ["She won at 8 p.m. California time."]),
        ("Shops open at 6 p.m. Thanksgiving night.", ["Shops open at 6 p.m. Thanksgiving night."]),
        (
            "Apple Inc. reported profits. Apple Inc. The firm grew.",
            ["Apple Inc. reported profits.", "Apple Inc.", "The firm grew."],
        ),
        (
            "The Rev. Al Sharpton spoke. Gen. Smith agreed.",
            ["The Rev. Al Sharpton spoke.", "Gen. Smith agreed."],
        ),
        ('He said: "We are done." Then he left.', ['He said: "We are done."', "Then he left."]),
        ("She said: “We are done.” Then she left.", ["She said: “We are done.”", "Then she left."]),
        (
            "“Is it over?” she asked. “Yes,” he said.",
            ["“Is it over?” she asked.", "“Yes,” he said."],
        ),
        ('"We won." Smith said so. Others agreed.', ['"We won." Smith said so.', "Others agreed."]),
        ("Wait... What happened? Nobody knows!", ["Wait...", "What happened?", "Nobody knows!"]),
        ("It was, he said... a mistake. Fine.", ["It was, he said... a mistake.", "Fine."]),
        (
            "The firm turned down two offers. «We wanted a partner,» she said. It agreed.",
            ["The firm turned down two offers.", "«We wanted a partner,» she said.", "It agreed."],
        ),
        ("Er sagte: »Wir bauen.« Dann ging er.", ["Er sagte: »Wir bauen.«", "Dann ging er."]),
        (
            "The House passed H. Res. 601 and S. Con. Res. 14 under Sec. 230. Then it rose.",
            ["The House passed H. Res. 601 and S. Con. Res. 14 under Sec. 230.", "Then it rose."],
        ),
        (
            "The letter was led by Sens. Ann Lee and Tom Ray. Reps. Jo Kim and Al Roe signed.",
            ["The letter was led by Sens. Ann Lee and Tom Ray.", "Reps. Jo Kim and Al Roe signed."],
        ),
        ("No boundary at the end", ["No boundary at the end"]),
        ("", []),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


def test_split_lowercased_text_keeps_detached_closing_quotes() -> None:
    text = (
        '" she was a joy to us all. " tearful relatives came in. in the u.s. officials said '
        "anthony d. romero spoke. The end."
    )
    assert split_sentences(text) == [
        '" she was a joy to us all. "',
        "tearful relatives came in.",
        "in the u.s. officials said anthony d. romero spoke.",
        "The end.",
    ]


def test_split_lowercased_text_keeps_attribution_after_question() -> None:
    text = '" is it over? " she asked. " yes, " he said.'
    assert split_sentences(text) == ['" is it over? " she asked.', '" yes, " he said.']


def test_sentences_numbers_paragraphs() -> None:
    assert list(sentences(["One. Two.", "Three."])) == [(0, "One."), (0, "Two."), (1, "Three.")]


def test_words_and_content_words() -> None:
    assert words("Kerry’s U.S. trip, 2.5 km") == ["kerry's", "u.s", "trip", "2.5", "km"]
    assert content_words("The ferry was approved by the board") == ["ferry", "approved", "board"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("votes", "vot"),
        ("voted", "vot"),
        ("voting", "vot"),
        ("cities", "citi"),
        ("city", "citi"),
        ("stopped", "stop"),
        ("class", "class"),
        ("2.5", "2.5"),
        ("u.s", "u.s"),
    ],
)
def test_stem_joins_inflections(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_terms_are_stemmed_content_words() -> None:
    assert terms("The board's votes approved ferries") == ["board", "vot", "approv", "ferri"]


def test_slugify() -> None:
    assert slugify("Kerry: We'll Help") == "kerry-well-help"
    assert slugify("Café déjà vu") == "cafe-deja-vu"
    assert len(slugify("word " * 40, max_length=20)) <= 20
