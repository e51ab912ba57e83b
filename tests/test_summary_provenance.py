"""Credits for short fact sentences: the same figures and most of the words, in any spelling."""

from __future__ import annotations

from article_support import article

from briefing.models import Article, Story
from briefing.summary import summarize
from briefing.summary_provenance import carriers, reports_fact
from briefing.text import terms


def term_set(text: str) -> frozenset[str]:
    """A sentence's stemmed content terms, as candidates hold them."""
    return frozenset(terms(text))


def body(*texts: str) -> list[frozenset[str]]:
    """An article's sentences as terms, in order."""
    return [term_set(t) for t in texts]


def test_a_short_fact_in_another_spelling_is_reported() -> None:
    fact = term_set("About 1,100 homes and 300 businesses were flooded.")
    other = body(
        "The river burst its banks overnight.",
        "The mayor said about 1100 homes and 300 businesses had been flooded, and that the "
        "town's only secondary school would stay closed.",
    )
    assert reports_fact(fact, other)


def test_facts_spread_over_a_run_of_sentences_are_reported() -> None:
    lead = term_set(
        "Delia Okonkwo had faced criticism over the £2.3m sale of the Station Road car park to "
        "developer Harrowgate Living, which plans to build 86 flats on the site."
    )
    tally = term_set("Councillors rejected a motion of no confidence by 19 votes to 14.")
    gazette = body(
        "Millbrook's mayor, Delia Okonkwo, survived a vote of no confidence after a meeting over "
        "the sale of the Station Road car park to a private developer.",
        "Councillors voted 19-14 against the motion, which accused her of approving the £2.3 "
        "million sale without consultation.",
        "The car park is due to be replaced by 86 flats under plans by Harrowgate Living.",
    )
    assert reports_fact(lead, gazette)
    assert reports_fact(tally, gazette)


def test_a_shared_figure_or_cast_of_names_alone_is_no_report() -> None:
    sale = term_set("The council approved the £2.3m sale of the Station Road car park.")
    roof = body("Mayor Delia Okonkwo said £2.3m would pay for repairs to the leisure centre roof.")
    assert not reports_fact(sale, roof)
    names = term_set("Mayor Delia Okonkwo met Martin Shawcross at the town hall.")
    met = body("Mayor Delia Okonkwo met Martin Shawcross at the town hall on Canal Street.")
    assert not reports_fact(names, met)  # no figure: the wording rules decide


def test_a_year_a_round_thousand_or_a_numbered_name_marks_no_fact() -> None:
    other = body("The defences were finished in 2027 at a cost of 4,000 pounds after covid-19.")
    assert not reports_fact(term_set("The defences were finished in 2027."), other)
    assert not reports_fact(term_set("The defences cost 4,000 pounds."), other)
    assert not reports_fact(term_set("The defences were delayed by covid-19."), other)


def test_every_figure_must_be_given() -> None:
    fact = term_set("The river peaked at 5.8 metres, 60 centimetres above the record.")
    other = body("The river peaked at 5.8 metres, above the record set in 2015.")
    assert not reports_fact(fact, other)


def test_carriers_list_the_own_article_then_the_reporters() -> None:
    mine = term_set("About 1,100 homes and 300 businesses were flooded.")
    bodies = [
        body("About 1,100 homes and 300 businesses were flooded."),
        body("Some 300 businesses closed for the day."),
        body("Officials said 1,100 homes and 300 businesses had been flooded."),
    ]
    found = carriers(0, [0], [mine], bodies, lambda i, j: False)
    assert found == [0, 2]


def mayor(ident: str, *paragraphs: str) -> Article:
    """A small article for a test story."""
    return article(ident, "Mayor survives no-confidence vote", *paragraphs)


def test_summary_credits_the_paper_that_reports_the_radio_lead() -> None:
    radio = mayor(
        "radio",
        "The mayor of Millbrook has survived an attempt to remove her after councillors "
        "rejected a motion of no confidence by 19 votes to 14.",
        "Market traders say they are worried about losing customers.",
    )
    gazette = mayor(
        "gazette",
        "Millbrook's mayor, Delia Okonkwo, survived a vote of no confidence on Wednesday night "
        "after a stormy four-hour meeting over the sale of the Station Road car park.",
        "Councillors voted 19 to 14 against the motion, tabled by the Conservative group.",
        "About 80 residents packed the public gallery for the debate on the sale.",
    )
    summary = summarize(Story("vote", (radio, gazette)), words=200)
    lead = next(s for s in summary.sentences if "19 votes to 14" in s.text)
    assert set(lead.articles) == {"radio", "gazette"}
    traders = next(s for s in summary.sentences if "traders" in s.text)
    assert traders.articles == ("radio",)


def test_the_same_figures_in_another_fact_of_the_story_are_no_report() -> None:
    # Both give "4%" and "12", and "cap", "plus", "inflation", "year" are the story's own words.
    nevada = term_set("Nevada followed a year later with a cap of 4% plus inflation, up to 12%.")
    law = body(
        "The new law caps yearly rent rises at 4% plus inflation and covers any building at "
        "least 12 years old."
    )
    assert not reports_fact(nevada, law)


def test_an_outlet_counting_other_figures_does_not_report_the_sentence() -> None:
    mine = term_set(
        "At least 45 people were killed when the earthquake struck the coast on Monday."
    )
    bodies = [
        body("At least 45 people were killed when the earthquake struck the coast on Monday."),
        body("At least 38 people were killed when the earthquake struck the coast on Monday."),
        body("At least 44 people were killed when an earthquake struck the coast on Monday."),
        body("Dozens of people were killed when the earthquake struck the coast on Monday."),
    ]
    # 38 is another count; 44 is 45 rounded another way; no figure at all is no disagreement.
    assert carriers(0, [0], [mine], bodies, lambda i, j: False) == [0, 2, 3]


def test_a_small_figure_given_alike_does_not_square_two_counts() -> None:
    mine = term_set(
        "At least 45 people were killed when a magnitude 7.0 earthquake struck on Wednesday."
    )
    other = body(
        "A magnitude 7.1 earthquake struck on Wednesday, killing at least 38 people and "
        "injuring more than 200."
    )
    assert carriers(0, [0], [mine], [body(""), other], lambda i, j: True) == [0]


def test_a_day_of_the_month_is_no_figure_to_disagree_on() -> None:
    mine = term_set("Claims fell to 684,000 in the week ended March 20, the department said.")
    other = term_set("Claims fell to 684,000 in the week ended March 13, the department said.")
    assert carriers(0, [0], [mine], [body(""), [other]], lambda i, j: False) == [0, 1]


def test_numbers_spelt_out_are_figures() -> None:
    fact = term_set("Forty-nine people were killed and twelve were wounded at the two mosques.")
    other = body("At least 49 people were killed at the two mosques and 12 were wounded there.")
    assert reports_fact(fact, other)
