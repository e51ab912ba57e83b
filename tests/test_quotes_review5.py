"""Quotes and speakers as review 5 found them."""

from __future__ import annotations

import pytest

from briefing.models import Article
from briefing.quotes import extract_quotes


def article(*paragraphs: str) -> Article:
    return Article("a", "a.txt", "Title", None, None, None, None, (), None, paragraphs, False, 0)


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article(*paragraphs))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "On the call, CEO Mira Feld was direct. «We would be three years late,» she said.",
        "On the call, CEO Mira Feld was direct. « We would be three years late », she said.",
        "On the call, CEO Mira Feld was direct. »We would be three years late«, she said.",
    ],
)
def test_guillemets_quote_as_double_marks_do(paragraph: str) -> None:
    assert quotes(paragraph) == [("We would be three years late", "Mira Feld")]


def test_guillemets_keep_the_offsets_into_the_text() -> None:
    text = "Mira Feld spoke. «We would be late,» she said."
    (mention,) = extract_quotes(article(text))
    assert text[mention.start : mention.end] == "«We would be late,»"


def test_guillemets_around_a_bar_are_a_blogs_links_not_a_quote() -> None:
    assert quotes("« Campari's frozen hipsters | Main | Beachgoers chill under cup lids »") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"It is fair," Minister for Housing James Browne told the Dáil.', "James Browne"),
        ('"It is fair," said Secretary for Communications Tim Murtaugh.', "Tim Murtaugh"),
        ('"Spent on hoardings," said Congress MLA Ravindra Dhangekar.', "Ravindra Dhangekar"),
    ],
)
def test_a_ministers_portfolio_and_a_legislators_title_are_no_part_of_the_name(
    paragraph: str, speaker: str
) -> None:
    assert [s for _, s in quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "> \"It's probably the best I've ever bowled.\" - Callum Hartley",
        "\"It's probably the best I've ever bowled.\" — Callum Hartley, after the match",
        "\"It's probably the best I've ever bowled.\" – Sen. Callum Hartley (R-Ark.)",
    ],
)
def test_a_quote_signed_with_a_dash_is_the_signers(paragraph: str) -> None:
    assert quotes(paragraph) == [("It's probably the best I've ever bowled.", "Callum Hartley")]


def test_a_dash_before_no_name_signs_nothing() -> None:
    assert quotes('"We will see." - and that was all.') == [("We will see.", None)]


@pytest.mark.parametrize(
    "lead",
    [
        "District collector Rajesh Kulkarni said the bridge had been declared unsafe.",
        "Lumenor CEO and co-founder Dr. Rajesh Kulkarni said the deal would help.",
    ],
)
def test_a_name_under_a_lower_case_or_hyphenated_role_is_the_subject_a_pronoun_means(
    lead: str,
) -> None:
    said = '"We heard a crack," said Anjali Pawar, a teacher who was there with her son.'
    assert quotes(said, lead, '"The board was there," he told reporters.')[-1] == (
        "The board was there",
        "Rajesh Kulkarni",
    )


def test_a_name_after_an_indefinite_article_modifies_a_noun_and_is_no_speaker() -> None:
    lead = (
        "Head coach Brendon McCullum, a former New Zealand captain, insisted the preparation "
        "was not to blame."
    )
    said = "'People will say we did not have enough cricket,' he said."
    assert quotes(lead, said) == [
        ("People will say we did not have enough cricket", "Brendon McCullum")
    ]


def test_whole_sentences_in_single_marks_after_a_quoted_paragraph_go_on_quoting() -> None:
    found = quotes(
        "Ben Stokes made 22. Stokes was blunt afterwards. 'We've been beaten by a better team,' "
        "he said.",
        "'There's no hiding from that. We didn't bat well enough and that's on all of us.'",
        "'Every one of us turned up,' he said. 'The minister knows our number.'",
    )
    assert found == [
        ("We've been beaten by a better team", "Ben Stokes"),
        (
            "There's no hiding from that. We didn't bat well enough and that's on all of us.",
            "Ben Stokes",
        ),
        ("Every one of us turned up", "Ben Stokes"),
        ("The minister knows our number.", "Ben Stokes"),
    ]


def test_whole_sentences_in_single_marks_after_a_colon_are_a_quotation() -> None:
    found = quotes(
        "Former England captain Michael Vaughan was less forgiving on BBC Test Match Special: "
        "'Two warm-up games would have helped.'"
    )
    assert [text for text, _ in found] == ["Two warm-up games would have helped."]


def test_single_marks_around_words_in_prose_stay_apostrophes_and_scare_quotes() -> None:
    assert quotes("The workers' union said it would 'fight on'. The bosses' reply was curt.") == []


def test_a_paragraph_break_opens_a_sentence_for_a_name_in_apposition() -> None:
    found = quotes(
        "Live",
        "The transport minister, Clare Whitby, has just finished a press conference.",
        "'We are not going to negotiate through the media,' she said.",
    )
    assert found == [("We are not going to negotiate through the media", "Clare Whitby")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Former England captain Michael Vaughan was less forgiving on BBC Test Match "
            "Special: 'Two warm-up games would have helped.'",
            "Michael Vaughan",
        ),
        (
            'Freed American pastor Andrew Brunson thanked the president, who he said "really '
            'fought for us."',
            "Andrew Brunson",
        ),
    ],
)
def test_a_role_in_lower_case_may_have_a_capitalised_modifier_before_the_name(
    sentence: str, speaker: str
) -> None:
    assert [s for _, s in quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Rahul Shinde, 27, a software engineer who swam to the bank, said the water was "cold '
        'and moving very fast".',
        'Rahul Shinde, 27, a software engineer, said the water was "cold and moving very fast".',
    ],
)
def test_an_age_between_commas_before_a_description_leaves_the_name_the_subject(
    paragraph: str,
) -> None:
    assert quotes(paragraph) == [("cold and moving very fast", "Rahul Shinde")]


def test_an_age_before_the_verb_still_leaves_the_name_the_subject() -> None:
    assert quotes('Roger, 20, said: "We were recognised."') == [("We were recognised.", "Roger")]


def test_a_capitalised_particle_ending_a_name_is_a_surname() -> None:
    found = quotes('"It is a vote of confidence," said Dror Bin, the authority\'s CEO.')
    assert found == [("It is a vote of confidence", "Dror Bin")]


def test_he_before_a_capitalised_word_is_a_chinese_family_name() -> None:
    found = quotes(
        "Faith Chepkoech won the women's race.",
        "He Jie said he was pleased with his performance.",
        '"I kept a steady pace in the second half," he said.',
    )
    assert found == [("I kept a steady pace in the second half", "He Jie")]


def test_a_name_in_apposition_after_an_adverbial_and_a_long_role_is_the_subject() -> None:
    found = quotes(
        "Also speaking, the General Manager of the Lagos State Building Control Agency, Mrs "
        "Funmilayo Adebanjo-Olatunji, said the developer had been served a stop-work order.",
        '"The approval was for a ground floor and three floors," she said.',
    )
    assert [s for _, s in found] == ["Funmilayo Adebanjo-Olatunji"]


def test_a_name_then_where_the_person_is_from_then_said_is_the_subject() -> None:
    found = quotes(
        "Industrial relations expert Professor Chris Wright from the University of Sydney said "
        "such applications were often successful.",
        '"The commission has a lot of discretion here," he said.',
    )
    assert [s for _, s in found] == ["Chris Wright"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We ran well," said Ethiopian Haftu Teklu.', "Haftu Teklu"),
        ('"Historic day," tweeted Israeli PM Benjamin Netanyahu.', "Benjamin Netanyahu"),
        ('"We ran well," said Kenyans Bernard Koech.', "Bernard Koech"),
        ('Patrick Welsh runs the farm. "A cup half full," said Mr. Welsh.', "Patrick Welsh"),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(paragraph: str, speaker: str) -> None:
    assert [s for _, s in quotes(paragraph)] == [speaker]


def test_a_name_in_apposition_may_carry_its_own_role_before_it() -> None:
    found = quotes(
        "Ethiopians Tigist Ketema and Almaz Ayana finished second and third.",
        "Her coach, Italian Renato Canova's former assistant Patrick Sang'ang, said the win "
        "was the result of a change in training.",
        '"We decided to focus on speed," he said on the phone from Iten.',
    )
    assert [s for _, s in found] == ["Patrick Sang'ang"]


def test_a_name_in_a_relative_clause_inside_the_apposition_is_no_subject() -> None:
    found = quotes("The minister, who met John Smith, said it was ready.", '"We are," he said.')
    assert [s for _, s in found] == [None]
