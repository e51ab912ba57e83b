"""Figures as concepts: one spelling per quantity, and a figure every outlet gives counts."""

from __future__ import annotations

from article_support import article

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_candidates import candidates
from briefing.summary_concepts import concept_weights
from briefing.summary_figures import figure_concepts


def test_one_quantity_has_one_concept_whatever_its_spelling() -> None:
    spellings = ("£2.3m", "2.3 million pounds", "$2.3 million", "2.3mn", "2,300,000")
    assert {figure_concepts(f"It cost {s}.") for s in spellings} == {frozenset({"#2300000"})}
    assert figure_concepts("Rents rose 14% and 14 per cent, or 14 percent.") == {"#14%"}
    assert figure_concepts("A 34-year-old woman; the woman, 34, was named.") == {"#34"}
    assert figure_concepts("The motion fell 19-14.") == {"#19", "#14", "#19-14"}


def test_years_small_counts_and_numbers_inside_names_are_no_figures() -> None:
    assert figure_concepts("In 2019, 3 people saw covid-19 and F-22s at 2am.") == frozenset()
    assert figure_concepts("It rose 2.5 metres in 2015.") == {"#2.5"}


def test_a_figure_three_outlets_spell_three_ways_outweighs_a_fact_two_share() -> None:
    spend = (
        "The council will spend £2.3m on the harbour wall.",
        "The harbour wall will get 2.3 million pounds.",
        "The wall is to be rebuilt for £2.3 million.",
    )
    paint = (
        "Painters will also repaint the old lighthouse.",
        "Painters will repaint the old lighthouse too.",
        "Tourists visit the pier.",
    )
    leads = (
        "Lowmoor's council sat late into the night.",
        "A long meeting ended after midnight.",
        "The town hall stayed lit until late.",
    )
    articles = zip("abc", leads, paint, spend, strict=True)
    story = Story("s", tuple(article(n, "", *sentences) for n, *sentences in articles))
    weights = concept_weights(candidates(story)[2])
    # Every outlet gives the sum, in its own spelling; two share the lighthouse's wording.
    assert weights["#2300000"] == 3
    assert weights["old lighthous"] == weights["harbour wall"] == 2
    summary = summarize(story, words=10, quotes=0)
    assert [s.text for s in summary.sentences] == [spend[1]]


def test_clock_times_and_dates_are_no_figures() -> None:
    assert figure_concepts("At 09:20 on 11/9, at 10:30pm, at 9.20am and at 11 p.m.") == frozenset()


def test_a_result_is_one_concept_whatever_its_spelling() -> None:
    for text in ("The council voted 4-3.", "It voted 4 to 3.", "It passed 4 votes to 3."):
        assert "#4-3" in figure_concepts(text)
    spellings = ("The vote, 322-87, passed.", "The 322-to-87 vote passed.", "It passed 322 to 87.")
    assert len({figure_concepts(text) for text in spellings}) == 1
    assert "#19-14" in figure_concepts("Councillors voted 19–14 against.")
    # A span of years is no result.
    assert figure_concepts("She served from 2008 to 2016.") == frozenset()
