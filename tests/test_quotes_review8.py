"""Review 8: speakers named in apposition after their role."""

from __future__ import annotations

import pytest

from briefing.quotes_attribution import subject_before


@pytest.mark.parametrize(
    ("prose", "speaker"),
    [
        ("Network Rail's route director for East Midlands, Helen Oduya, ", "Helen Oduya"),
        ("Wendlow's MP, Rachel Isherwood, ", "Rachel Isherwood"),
        ("The US ambassador to the United Nations, Nikki Haley, ", "Nikki Haley"),
    ],
)
def test_a_role_then_the_name_in_apposition_is_the_named_speaker(prose: str, speaker: str) -> None:
    found = subject_before(prose)
    assert found is not None
    assert found[0] == speaker


def test_a_description_holding_another_name_is_not_the_speaker() -> None:
    prose = "San Diego judge Roger Benitez, an appointee of President George W. Bush, "
    found = subject_before(prose)
    assert found is None or found[0] != "George W. Bush"


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Lady Simler", "Lady Simler"),
        ("Giving the judgment, Lord Reed", "Lord Reed"),
        ("Baroness Hale", "Baroness Hale"),
        ("Rail Minister Lord Dacre", "Lord Dacre"),
        ("Lord Sebastian Coe", "Sebastian Coe"),
        ("First Lady Melania Trump", "Melania Trump"),
    ],
)
def test_a_peer_or_justice_named_by_title_and_one_name_keeps_the_title(run: str, name: str) -> None:
    from briefing.speakers import strip_titles

    assert strip_titles(run) == name


def test_a_headline_cited_in_parentheses_is_no_quote() -> None:
    from datetime import UTC, datetime

    from briefing.models import Article
    from briefing.quotes import extract_quotes

    text = (
        'Sir, I was delighted to read that trains will return to Wendlow ("£410m to bring '
        'trains back to Wendlow", December 4). "We have waited a lifetime for this day," '
        "said Peter Lusk, who chairs the campaign."
    )
    article = Article(
        id="a", path="a.txt", title="Letter", outlet=None, url=None, author=None,
        published=datetime(2026, 12, 5, tzinfo=UTC), tags=(), story_key=None,
        paragraphs=(text,),
    )  # fmt: skip
    quotes = [(q.text, q.speaker) for q in extract_quotes(article)]
    assert quotes == [("We have waited a lifetime for this day", "Peter Lusk")]
