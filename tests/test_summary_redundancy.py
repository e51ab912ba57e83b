"""Two outlets stating one point in different words: only one of them enters the summary."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.models import Article, Story
from briefing.summary import summarize
from briefing.summary_acts import act
from briefing.summary_measures import calendar_dates, clock_times, measures, rounded_measures
from briefing.summary_redundancy import (
    anchors,
    point,
    quoted_follower,
    reports_point,
    same_point,
)

RESCUED = (
    "Five fishermen were lifted to safety early on Monday after their trawler ran aground on "
    "rocks near the entrance to Kelham harbour in a strong gale."
)
SAVED = (
    "Volunteer lifeboat crew from Kelham rescued all five men aboard a fishing boat that was "
    "driven onto Gull Ledge by a gale early on Monday."
)
QUOTED = (
    '"The sea was breaking right over her, and we could only get alongside for a few seconds '
    'at a time," said coxswain Tom Pellow, who has served on the Kelham lifeboat for 19 years.'
)
PARAPHRASE = "Coxswain Tom Pellow said the crew had to time each approach with the waves."
ITS_QUOTE = "“We could only get alongside for a few seconds at a time,” he said."


def test_an_ordinal_is_its_number() -> None:
    assert anchors("The vote is on March 23rd, the 2nd in a year.") == anchors(
        "The vote is on March 23, the 2 in a year."
    )


def test_anchors_are_names_numbers_and_days() -> None:
    assert anchors(RESCUED) == {"five", "monday", "kelham"}
    assert anchors("Judge Amy Coney Barrett joined the Supreme Court on 27 October.") == {
        "barret",
        "court",
        "27",
        "october",
    }


def test_one_fact_in_other_words_from_another_outlet_is_a_repeat() -> None:
    assert same_point(point(0, RESCUED), point(1, SAVED))
    assert not same_point(point(0, RESCUED), point(0, SAVED))


def test_one_announcement_told_with_different_names_is_a_repeat() -> None:
    # Each names something the other does not (the Treasury; Mayor Ruiz, 2019), but they share
    # Tuesday, the sum, Dunmore and Storm Edith: one point.
    treasury = (
        "The Treasury on Tuesday approved a $40 million relief fund for Dunmore, two years "
        "after the town was flooded by Storm Edith."
    )
    mayor = (
        "Mayor Ana Ruiz on Tuesday announced $40 million in new relief for Dunmore to help it "
        "rebuild after the 2019 floods of Storm Edith."
    )
    first, second = point(0, treasury), point(1, mayor)
    assert first.anchors - second.anchors and second.anchors - first.anchors
    assert same_point(first, second)


def test_one_distinctive_figure_said_twice_is_one_fact() -> None:
    first = point(0, "Senators voted 67-32 to open the debate, with 17 Republicans joining them.")
    second = point(1, "In a 67-32 vote, the chamber advanced the bill in a crucial test vote.")
    assert same_point(first, second)


def test_the_very_same_uneven_result_is_one_vote_without_a_shared_name() -> None:
    passed = point(0, "The Harbour Act passed 220-211 and gives every ferry a new berth.")
    sent = point(1, "The vote of 220 to 211 sends the legislation to the governor's desk.")
    assert same_point(passed, sent)
    other = point(1, "A second vote of 212 to 219 sent the harbour levy back to committee.")
    assert not same_point(passed, other)
    hyphenated = point(1, "The 220-to-211 vote came after a night of debate on ferry fares.")
    assert same_point(passed, hyphenated)
    tie = point(1, "The Senate split 50-50 on the ferry amendment, and the chair broke it.")
    assert not same_point(point(0, "A 50-50 vote left the harbour budget stalled."), tie)


def test_one_count_told_as_where_it_now_stands_is_one_update() -> None:
    sealed = point(
        0,
        "Lagos sealed three more sites of the developer whose building collapsed in Lekki, as "
        "the number of people confirmed dead rose to 14.",
    )
    toll = point(
        1,
        "The death toll from the collapse of a building in Lagos has risen to 14, emergency "
        "officials said on Wednesday.",
    )
    assert same_point(sealed, toll)
    assert "to 14" in measures("The toll stands at 14.")
    assert not measures("Inflation rose to 14%, its highest in a decade.") & {"to 14"}
    other = point(1, "The number of people rescued from the rubble rose to 19 on Wednesday.")
    assert not same_point(sealed, other)


TAX_RULE = (
    "Oregon will require presidential candidates to hand over their tax returns in order to "
    "appear on the state's primary ballot, setting up a legal fight with the White House."
)
TAX_SIGNING = (
    "Governor Lena Ortiz has decided to sign a bill requiring that all presidential candidates "
    "publish their tax returns to appear on the state's primary ballot."
)
FINE_LEAD = "Oregon fined a timber company $2 million over a spill into the Rogue River on Friday."
RECALL_LEAD = "A Salem dairy recalled 40,000 cartons of milk after a listeria scare on Friday."


def test_much_of_the_same_wording_from_another_outlet_is_a_repeat() -> None:
    # Half the shorter sentence's content words, though the two share only the state's name.
    assert same_point(point(0, TAX_RULE), point(1, TAX_SIGNING))
    assert not same_point(point(0, TAX_RULE), point(0, TAX_SIGNING))


def test_two_outlets_leads_repeat_each_other_at_a_lower_share() -> None:
    first = point(
        0,
        "Lifeboat volunteers pulled five fishermen from a sinking trawler near Kelham after a "
        "night of searching in heavy seas.",
    )
    second = point(
        1,
        "A trawler's crew of five fishermen owe their lives to lifeboat volunteers, the harbour "
        "master said on Monday.",
    )
    assert not same_point(first, second)
    assert same_point(replace(first, lead=True), replace(second, lead=True))


def test_leads_of_different_events_are_not_repeats() -> None:
    assert not same_point(point(0, FINE_LEAD, lead=True), point(1, RECALL_LEAD, lead=True))


def test_two_outlets_leads_naming_one_actor_and_event_in_other_words_repeat() -> None:
    announced = point(
        0,
        "Tulsi Gabbard announced Thursday that she will suspend her 2020 Democratic "
        "presidential campaign and endorsed Joe Biden.",
        lead=True,
    )
    ended = point(
        1,
        "After a year of barely cracking 1% support in national polls, Rep. Tulsi Gabbard ended "
        "her presidential campaign.",
        lead=True,
    )
    assert same_point(announced, ended)
    # Further down an article the same two sentences may tell two moments of a campaign.
    assert not same_point(replace(announced, lead=False), replace(ended, lead=False))
    # Two leads about one person that share only the name tell two events.
    toured = point(
        1,
        "Tulsi Gabbard toured a shipyard in Honolulu on Friday to promote a bill on military "
        "housing.",
        lead=True,
    )
    assert not same_point(announced, toured)


def test_common_figures_do_not_make_a_repeat() -> None:
    assert not same_point(
        point(0, "About 2,000 people fled the town in 2021."),
        point(1, "Some 5,000 people returned to the city in 2021."),
    )
    assert not same_point(
        point(0, "Twelve boats and 12 crews were lost."), point(1, "The 12 crews were rescued.")
    )


def test_distinct_facts_sharing_names_are_not_repeats() -> None:
    distinct = (
        "The Kelham lifeboat reached the vessel within 25 minutes, and a coastguard helicopter "
        "took two of the crew to hospital with minor injuries."
    )
    later = "A salvage team from Kelham will try to refloat the trawler on Tuesday's high tide."
    assert not same_point(point(0, RESCUED), point(1, distinct))
    assert not same_point(point(0, later), point(1, SAVED))
    assert not same_point(point(0, PARAPHRASE), point(1, QUOTED))


def test_a_paraphrase_with_its_quotation_repeats_the_same_quotation_elsewhere() -> None:
    assert same_point(point(1, PARAPHRASE, ITS_QUOTE), point(0, QUOTED))


def test_only_a_quotation_leaning_on_a_sentence_joins_its_point() -> None:
    texts = [PARAPHRASE, ITS_QUOTE, "He has served on the crew for 19 years.", QUOTED]
    assert quoted_follower(texts, 0) == ITS_QUOTE
    assert quoted_follower(texts, 1) is None
    assert quoted_follower(texts, 2) is None
    assert quoted_follower(texts, 3) is None


def _article(ident: str, *paragraphs: str) -> Article:
    """Make an article with a plain title."""
    return Article(
        ident, f"{ident}.md", f"{ident} title", ident, None, None, None, (), None, paragraphs
    )


def test_an_outlet_is_credited_only_where_it_reports_the_point_in_much_the_same_words() -> None:
    # Half the shorter sentence's wording: the other outlet reports it.
    assert reports_point(point(0, TAX_RULE), point(1, TAX_SIGNING))
    assert not reports_point(point(0, TAX_RULE), point(0, TAX_SIGNING))
    # A paraphrase and its quotation are reported by the outlet carrying that quotation.
    assert reports_point(point(1, PARAPHRASE, ITS_QUOTE), point(0, QUOTED))
    # Repeats to leave out, but too loose to credit: two leads sharing a third of their words,
    # and one figure in sentences about different things.
    first = point(
        0,
        "Lifeboat volunteers pulled five fishermen from a sinking trawler near Kelham after a "
        "night of searching in heavy seas.",
        lead=True,
    )
    second = point(
        1,
        "A trawler's crew of five fishermen owe their lives to lifeboat volunteers, the harbour "
        "master said on Monday.",
        lead=True,
    )
    assert same_point(first, second)
    assert not reports_point(first, second)
    votes = point(0, "Senators voted 67-32 to open the debate, with 17 Republicans joining them.")
    test = point(1, "In a 67-32 vote, the chamber advanced the bill in a crucial test vote.")
    assert same_point(votes, test)
    assert not reports_point(votes, test)


def test_a_summary_states_each_point_once() -> None:
    radio = _article(
        "radio",
        RESCUED,
        QUOTED,
        "A coastguard helicopter took two of the crew to hospital with minor injuries.",
    )
    herald = _article(
        "herald",
        SAVED,
        f"{PARAPHRASE} {ITS_QUOTE}",
        "An oil boom has been laid around the vessel to contain its leaking fuel.",
    )
    texts = [s.text for s in summarize(Story("trawler", (radio, herald)), words=200).sentences]
    assert (RESCUED in texts) != (SAVED in texts)
    assert not (PARAPHRASE in texts and QUOTED in texts)
    assert "An oil boom has been laid around the vessel to contain its leaking fuel." in texts


def test_one_result_given_in_other_figures_is_a_repeat() -> None:
    votes = point(
        0, "The council president beat Mark Halvorsen in Tuesday's runoff, 18,240 to 16,572."
    )
    shares = point(
        1, "Okonkwo defeated Mark Halvorsen 52.4% to 47.6% in Tuesday's runoff election."
    )
    assert same_point(votes, shares)
    assert not reports_point(votes, shares)  # a repeat to leave out, not a credit
    # Another result of the same person is another point.
    other = point(1, "Halvorsen won the August primary 9,100 to 8,800, beating three rivals.")
    assert not same_point(votes, other)


def test_one_result_split_alike_repeats_with_one_name_shared() -> None:
    votes = point(0, "The council president beat Mark Halvorsen, winning 18,240 votes to 16,572.")
    shares = point(1, "With all precincts in, Okonkwo had 52.4% of the vote to Halvorsen's 47.6%.")
    assert same_point(votes, shares)
    # Another split is another result, and so is a small score that any bigger one matches.
    senate = point(1, "In the Senate, Halvorsen's bill passed 67-32 after a long debate.")
    assert not same_point(votes, senate)
    first = point(0, "Harbury Town beat Castleford 2-1 at Kingsmead Park on Saturday.")
    last = point(1, "Harbury lost 4-2 at home to Leeds in their last league game.")
    assert not same_point(first, last)
    # Two spans of years split alike but are not results.
    served = point(0, "Okonkwo served on the council from 2008 to 2016 and chaired it twice.")
    taught = point(1, "Okonkwo taught at Lakeport High from 2009 to 2017 before her election.")
    assert not same_point(served, taught)


def test_one_act_of_one_person_told_twice_is_a_repeat() -> None:
    speech = point(0, "Halvorsen conceded in a speech to his supporters at Harbor Brewing.")
    aside = point(
        1,
        "Halvorsen, who owns a chain of hardware stores and spent $1.1 million of his own "
        "money on the race, conceded shortly after 11 p.m.",
    )
    assert same_point(speech, aside)
    assert not reports_point(speech, aside)  # too little shared wording to credit
    # Another act of the same person, or a speech verb, is another point.
    thanked = point(1, "Halvorsen thanked his volunteers and his family in a short speech.")
    assert not same_point(speech, thanked)
    said = point(0, "Halvorsen said the city deserved a mayor who listened to every ward.")
    also_said = point(1, "Halvorsen said he would not run for the council again in May.")
    assert not same_point(said, also_said)
    # An act to come is another point than the act done.
    will = point(1, "The Senate will vote on the bill as early as Wednesday, aides said.")
    may = point(0, "The Senate may vote as soon as Wednesday on a bill to avert a shutdown.")
    voted = point(0, "The Senate voted 50-48 on Thursday to extend the debt limit.")
    assert same_point(will, may)
    assert not same_point(will, voted)
    # One article may tell an act twice: that is its own business.
    assert not same_point(speech, replace(aside, source=0))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Halvorsen conceded in a speech at Harbor Brewing.", ("halvorsen", "conced")),
        ("Mayor Tom Reddick quickly praised the result.", ("reddick", "prais")),
        ("Prime Minister Nikos Stathakis cut short a visit to Brussels.", ("stathaki", "cut")),
        ("The Senate may vote as soon as Wednesday on the bill.", ("senat", "will:vot")),
        ("The U.S. Census Bureau will release the data.", ("bureau", "will:releas")),
        ("The FBI arrested two men.", ("fbi", "arrest")),
        ("Halvorsen conceded.", ("halvorsen", "conced")),
        ("The city council president beat Mark Halvorsen.", None),
        ("Okonkwo will be sworn in on Jan. 1.", None),
        ("In March, Okonkwo won the primary.", None),
        ("Martin shkreli defended his right to silence.", None),  # lower-cased surname
    ],
)
def test_the_act_a_sentence_opens_with(sentence: str, found: tuple[str, str] | None) -> None:
    assert act(sentence) == found


def test_one_measured_figure_told_twice_is_a_repeat() -> None:
    cola = point(0, "The increase adds $92 to the average retiree's monthly benefit next year.")
    typical = point(1, "The COLA amounts to $92 a month for the average retired worker.")
    assert same_point(cola, typical)
    doses = point(0, "More than 15 million doses of vaccine have been thrown away since March.")
    wasted = point(1, "At least 15 million vaccine doses in the U.S. have gone to waste.")
    assert same_point(doses, wasted)
    share = point(0, "Ellzey beat Wright 53 percent to 47 percent in the runoff on Tuesday.")
    won = point(1, "Ellzey won with just over 53% of the vote, with Wright taking 46.7%.")
    assert same_point(share, won)
    # The bare number, or the figure in another unit, is another fact.
    bare = point(1, "The COLA rose for 92 retirees in the average county, the agency said.")
    assert not same_point(cola, bare)
    rate = point(1, "Turnout among registered voters in the runoff was 53 in every 1,000.")
    assert not same_point(share, rate)


def test_a_figure_and_the_same_figure_rounded_are_one_fact() -> None:
    exact = point(0, "A record 3.28 million workers applied for unemployment benefits last week.")
    rounded = point(
        1,
        "A record 3.3 million Americans applied for unemployment benefits last week, the "
        "Labor Department said Thursday, as restaurants and gyms shut down.",
    )
    assert same_point(exact, rounded)
    other = point(1, "Another 3.2 million workers could lose benefits by May, economists said.")
    assert not same_point(exact, other)


def test_a_count_in_full_and_the_same_count_in_millions_are_one_fact() -> None:
    assert measures("Officials counted 1,626,042 valid signatures.") == {"1.626042 million"}
    assert measures("It cost $2,500,000.") >= {"$2.5 million"}
    counted = point(
        0,
        "The secretary of state's office said 1,626,042 valid signatures had been collected "
        "for the recall, more than the 1,495,709 required.",
    )
    rough = point(1, "The recall campaign collected more than 1.6 million verified signatures.")
    assert same_point(counted, rough)
    other = point(1, "Some 1.2 million signatures were rejected as invalid by county clerks.")
    assert not same_point(counted, other)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voters go to the polls on March 23, the fourth time in four years.", {"mar-23"}),
        ("On December 2nd the Knesset voted.", {"dec-2"}),
        ("The election is set for 23 March 2027, officials said.", {"mar-23"}),
        ("The rule takes effect Dec. 3 in most states.", {"dec-3"}),
        ("The Jan. 6 committee met again.", set()),  # a day that names an event
        ("The January 6th Capitol riot was investigated.", set()),
        ("Sales fell in May 2020.", set()),  # a month alone
        ("Officials said 3 may be hurt.", set()),  # "may", the verb
    ],
)
def test_days_of_a_month(text: str, found: set[str]) -> None:
    assert calendar_dates(text) == found


def test_one_day_of_a_month_with_three_more_words_in_common_is_one_fact() -> None:
    dissolved = point(
        0,
        "The Knesset voted early Wednesday to dissolve itself and send Israelis to the polls on "
        "March 23, after the coalition fell apart.",
    )
    again = point(
        1,
        "On December 2nd the Knesset voted to dissolve itself, setting an election for March "
        "23rd 2027.",
    )
    assert same_point(dissolved, again)
    campaign = point(1, "Campaigning formally opens on March 23 with party lists due.")
    assert not same_point(dissolved, campaign)


def test_one_clock_time_with_the_same_words_is_one_fact() -> None:
    struck = point(
        0, "It struck near the desert town of Kelso at about 8:20 p.m. and lasted a minute."
    )
    local = point(
        1, "The powerful quake struck around 8.20pm local time and was centred near Kelso."
    )
    assert same_point(struck, local)
    briefing = point(1, "The governor began a briefing in the capital at 8:20 p.m.")
    assert not same_point(struck, briefing)
    assert clock_times("at 8:20 p.m., 12:05 a.m. and 20:45 GMT; 2.15 goals") == {
        "20:20",
        "00:05",
        "20:45",
    }


def test_a_rounded_measure_keeps_two_digits_and_its_unit() -> None:
    def rounded(a: str, b: str) -> bool:
        return rounded_measures(frozenset({a}), frozenset({b}))

    assert rounded("3.28 million", "3.3 million")
    assert rounded("47 %", "47.4 %")
    assert rounded("$1.92 trillion", "$1.9 trillion")
    assert not rounded("2.4 million", "2 million")  # one digit left says too little
    assert not rounded("3.28 million", "3.3 %")
    assert not rounded("3.2 million", "3.3 million")


def test_measures_are_spelt_one_way() -> None:
    assert measures("It adds $92 a month, 53 percent, 14 per cent, 47% and 15 million doses.") == {
        "$92",
        "53 %",
        "14 %",
        "47 %",
        "15 million",
    }
    assert measures("£2,300 and 1.2bn and 12m") == {"$2300", "1.2 billion", "12 million"}
    assert measures("In 2020, 15 people came") == frozenset()


def test_a_figure_with_thousands_is_one_anchor() -> None:
    assert anchors("About 40,000 homes lost power in Halifax.") == {"40,000", "halifax"}
    storm = point(0, "A winter storm cut power to about 40,000 homes in Halifax on Tuesday.")
    said = point(1, "Nova Scotia Power said about 40,000 customers had lost power overnight.")
    assert same_point(storm, said)
    # The figure's pieces ("40", "000") are no words shared beside it.
    other = point(1, "Organisers expect 40,000 runners at the marathon next spring.")
    assert not same_point(storm, other)


def test_a_rough_figure_and_one_near_it_are_one_fact() -> None:
    dropped = point(0, "The stock dropped more than 10% in after-hours trading after the results.")
    fell = point(1, "Norvane shares, which closed at $188, fell about 11% in after-hours trading.")
    assert same_point(dropped, fell)
    # Exact figures near each other are two facts; so is a rough one far from the other.
    exact = point(1, "Shares of Norvane fell 11% in after-hours trading on Wednesday.")
    plain = point(0, "The stock dropped 10% in after-hours trading after the results.")
    assert not same_point(plain, exact)
    far = point(1, "Shares of Norvane fell about 14% in after-hours trading on Wednesday.")
    assert not same_point(dropped, far)


def test_rough_measures_are_those_a_qualifier_opens() -> None:
    text = "It fell more than 10% to about $90, up to 3 million, and 5% on Monday."
    assert measures(text, rough=True) == {"10 %", "$90", "3 million"}
