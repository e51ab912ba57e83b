"""Quotes and speakers as review 4 found them."""

from __future__ import annotations

import pytest

from briefing.models import Article
from briefing.quotes import extract_quotes


def article(*paragraphs: str) -> Article:
    return Article("a", "a.txt", "Title", None, None, None, None, (), None, paragraphs, False, 0)


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Trucks are ready," said the group\'s Sudan director, Mathilde Vu.',
        '"There is no room for mistakes," said a local boatman, Mathilde Vu, who has worked there '
        "for 30 years.",
    ],
)
def test_a_description_then_a_name_after_said_is_the_name(paragraph: str) -> None:
    assert speakers(paragraph) == ["Mathilde Vu"]


def test_a_description_then_something_else_stays_the_description() -> None:
    assert speakers('"Trucks are ready," said a spokesman, adding nothing.') == ["a spokesman"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Hala al-Karib, an activist, spoke.", '"It is late," al-Karib said.'), "Hala al-Karib"),
        (("Hala al-Karib, an activist, spoke.", '"It is late," Karib said.'), "Hala al-Karib"),
        (
            ("Minister Abdullah bin Hamad al-Kuwari spoke.", '"We are ready," Al-Kuwari said.'),
            "Abdullah bin Hamad al-Kuwari",
        ),
        (
            ("The manager, Rodrigo Larraín Echeverría, spoke.", '"No," Mr. Larraín said.'),
            "Rodrigo Larraín Echeverría",
        ),
        (('"It is late," said Hala al-Karib, an activist.',), "Hala al-Karib"),
    ],
)
def test_arabic_and_spanish_family_names_resolve_to_the_full_name(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize("title", ["Alderwoman", "Assemblywoman", "Selectwoman", "Supervisor"])
def test_a_local_office_before_a_name_is_a_title(title: str) -> None:
    paragraph = f'"We are spending our time on this," said {title} Denise Whitfield-Jones.'
    assert speakers(paragraph) == ["Denise Whitfield-Jones"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Marcus Ellison Jr. scored 41.", '"I told myself, stop thinking," Ellison said.'),
        ('"I told myself, stop thinking," said Marcus Ellison Jr.',),
    ],
)
def test_a_generational_suffix_keeps_its_full_stop(paragraphs: tuple[str, ...]) -> None:
    assert speakers(*paragraphs) == ["Marcus Ellison Jr."]


def test_a_name_in_apposition_before_said_speaks() -> None:
    paragraph = '"They are free to work," the group\'s attorney, Park Ji-hoon, said outside.'
    assert speakers(paragraph) == ["Park Ji-hoon"]


def test_a_name_in_apposition_in_another_clause_does_not_speak() -> None:
    paragraph = (
        'Trump retweeted the headline "GREAT AGAIN: +235,000," while his chief of staff, '
        'Reince Priebus, tweeted "Great news."'
    )
    assert extract_quotes(article(paragraph))[0].speaker != "Reince Priebus"
