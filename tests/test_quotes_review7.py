"""Quotes and speakers as review 7 found them."""

from __future__ import annotations

from briefing.models import Article
from briefing.quotes import extract_quotes


def article(*paragraphs: str) -> Article:
    return Article("a", "a.txt", "Title", None, None, None, None, (), None, paragraphs, False, 0)


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


def test_a_quote_naming_one_namesake_by_first_name_is_the_other_ones() -> None:
    assert quotes(
        "Callum Price, 23, fell from a scaffold in Clifton.",
        "Callum's father, Steve Price, held a photograph of his son.",
        'Speaking outside the court, Mr Price said: "Callum loved his job."',
    ) == [("Callum loved his job.", "Steve Price")]


def test_a_speaker_without_a_namesake_keeps_a_quote_naming_them() -> None:
    assert quotes(
        "Callum Price, 23, fell from a scaffold in Clifton.",
        'Speaking later, Callum Price said: "Callum is fine, tell Mum."',
    ) == [("Callum is fine, tell Mum.", "Callum Price")]


def test_a_high_court_judge_is_named_by_the_style_of_the_bench() -> None:
    assert quotes(
        'Sentencing, Mr Justice Harrowby said: "You chose to do nothing."',
        '"A young man paid for that choice," Mrs Justice Ellery added in a later ruling.',
    ) == [
        ("You chose to do nothing.", "Mr Justice Harrowby"),
        ("A young man paid for that choice", "Mrs Justice Ellery"),
    ]


def test_a_forecaster_or_a_prosecutor_before_a_name_is_a_title() -> None:
    assert quotes(
        'Met Office Deputy Chief Meteorologist Gareth Pryce added: "It will stay windy."',
        'Prosecutor Nadia Foster KC said: "Someone is going to fall."',
    ) == [("It will stay windy.", "Gareth Pryce"), ("Someone is going to fall.", "Nadia Foster KC")]


def test_an_and_inside_an_employers_name_leaves_the_person_the_speaker() -> None:
    assert quotes(
        "Detective Inspector Mark Tolley of Avon and Somerset Police, who led the investigation"
        ' with the Health and Safety Executive, said: "This was an avoidable death."'
    ) == [("This was an avoidable death.", "Mark Tolley")]


def test_an_organisation_with_and_in_its_name_ending_a_description_speaks() -> None:
    assert quotes(
        "Industry body the National Access and Scaffolding Confederation said the case was"
        ' "a tragic reminder" of the need for inspections.'
    ) == [("a tragic reminder", "National Access and Scaffolding Confederation")]


def test_two_people_joined_by_and_still_give_the_second() -> None:
    assert quotes('Officials Ana Ruiz and Tom Pellow said: "We are ready."') == [
        ("We are ready.", "Tom Pellow")
    ]


def test_she_after_a_trader_described_by_her_market_is_the_trader() -> None:
    assert quotes(
        "Kingsgate Market trader Joan Pelling, 71, who has run her stall for 34 years, was"
        " among 80 campaigners who packed the chamber.",
        '"They have torn the heart out of this town," she said.',
    ) == [("They have torn the heart out of this town", "Joan Pelling")]


def test_a_person_where_they_work_then_an_aside_is_the_subject_a_pronoun_means() -> None:
    assert quotes(
        'Anja Reinholt led the work. "Bacteria cannot rewire it," says Reinholt.',
        "Marta Kowalczyk at the University of Lowbridge, who was not involved in the work,"
        ' says the results are impressive. "The mouse data are a good start," she says.',
    ) == [
        ("Bacteria cannot rewire it", "Anja Reinholt"),
        ("The mouse data are a good start", "Marta Kowalczyk"),
    ]


def test_a_speech_verb_after_but_shares_the_subject_of_the_verb_before() -> None:
    assert quotes(
        "Gianluca Ferri wants a striker.",
        "Asked about Brandão on Tuesday, Ferri refused to confirm the deal but said:"
        ' "He is a fantastic player, but he is not our player."',
    ) == [("He is a fantastic player, but he is not our player.", "Gianluca Ferri")]


def test_an_owners_thing_before_and_is_no_speaker() -> None:
    assert quotes(
        "Florida’s amendment takes an existing rule and adds “slavery and the civil rights"
        " movement” to the list."
    ) == [("slavery and the civil rights movement", None)]


def test_a_named_bodys_analysts_or_officials_are_the_speakers() -> None:
    assert quotes(
        '"We think the selloff is overdone," Piper Sandler analysts wrote.',
        '"The researchers were careful," the researchers wrote.',
    ) == [
        ("We think the selloff is overdone", "Piper Sandler analysts"),
        ("The researchers were careful", "the researchers"),
    ]
