"""Which sentences may stand in a summary: complete, no furniture, readable openers."""

from __future__ import annotations

import pytest

from briefing.models import Article, Story
from briefing.summary import summarize
from briefing.summary_candidates import candidates
from briefing.summary_filters import (
    caption_paragraphs,
    is_complete,
    is_dangling,
    is_fragment,
    is_question,
    is_usable,
    leans_on_context,
)
from briefing.summary_furniture import is_furniture
from briefing.summary_leadins import strip_dateline
from briefing.summary_quoted import is_bare_quotation, join_quotations


@pytest.mark.parametrize(
    "line",
    [
        "By Patrick Goodenough | January 5, 2014 | 5:13pm EST",
        "Str / AP",
        "Anadolu Agency via Getty Images",
        "Click here to subscribe to our newsletter.",
        "Follow us on Twitter for the latest updates.",
        "Like us on Facebook to see more stories like this.",
        "Reporting by Sam Lee; editing by Ann Ray.",
        "Jane Doe contributed to this report.",
        "Copyright 2014 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Read more at www.example.com today.",
        "Discuss as:",
        "Read our interview with the candidate here.",
        "In this Friday, Aug. 21, 2015, image made from video, a man lies on the floor of a train.",
        "In this file photo taken in May, the mayor speaks to reporters outside city hall.",
        "A gunman is held on the floor of a train carriage in Arras. (Associated Press)",
        "Video courtesy Harbour News the skipper was asked to leave the quay before dawn.",
        "Courtesy Jo Bell the ferry operator widened its safety checks after the storm.",
        "A new ferry timetable is seen in this screen shot taken in Oban on May 3, 2016.",
        "Mayor Ann Ray speaks during a news conference on Wednesday, Nov. 2, 2016, in Leeds.",
        "The lifeboat crew poses with the rescued skipper, Friday, June 5, 2015, in Penzance.",
        "Harbour master Tom Kerr speaks to the media at the quay, Thursday, Jan. 18, 2018.",
        "At right is the port authority's chair, Tomas Reyes.",
        "From left, the skipper, the mate and the cook of the trawler.",
        "Published on Nov 4, 2018 thank you all for the love and support.",
        "Tom Kerr, the harbour master, talks about the storm at his home, Thursday, Feb. 16, 2017.",
        "Reuters/Rick Wilking The ferry operator said it would widen its safety checks.",
        "Your browser does not support iframes.",
        "Embed more news videos at least 40 boats were damaged in the storm on Tuesday.",
        "Harbour news Tom Kerr blocked unblock follow following Oct 8, 2016 I am writing again.",
        "More: the ten best harbours to visit this summer, ranked by our readers.",
        "Breaking news emails get breaking news alerts and special reports.",
        "The news and stories that matter, delivered weekday mornings.",
        "The opinions expressed in these commentaries are those of the authors.",
        "The views expressed on this page do not reflect those of the Harbour News.",
        "AFC Ajax is delighted to announce the signing of forward Ángel Núñez from Peñarol.",
        "Ajax and Peñarol thank everyone involved in the transfer.",
        "The club wishes him every success for the future.",
        "Halvard Robotics, Inc., a leading provider of warehouse robots, today announced results.",
        "Media playback is unsupported on your device Media caption The harbour wall fell.",
        "Image caption The harbour wall fell during the storm on Tuesday night.",
        "Enlarge this image toggle caption Jo Bell/AP In 1955, the harbour wall was rebuilt.",
        "A rescue worker walks past the wrecked ferry in Lagos, Nigeria, Monday, June 4, 2012.",
        "Iran's supreme leader waves as he arrives to speak in Tehran, Iran, November 2, 2017.",
        "Traders Andrew Silverman, left, and Gregory Rowe share a laugh on the harbour quay.",
        "Story highlights The ferry ran aground at dawn Twelve were rescued The harbour shut.",
        "X embed x share The harbour master spoke out after the charges were dropped.",
        "The views expressed in this commentary are his own.",
        "Enlarge image close National Park Service The canyon closed amid an inquiry.",
        "The full text of the harbour master's letter is viewable below.",
        "Listen to article 4:28 The harbour board wants to sell you a ferry ticket.",
    ],
)
def test_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)
    assert not is_usable(line)


@pytest.mark.parametrize(
    "line",
    [
        "By mid-afternoon Monday, flights into the hub were late in arriving.",
        "A post on the monument's Facebook page seeks tips on who sprayed the graffiti.",
        "Over 100,000 people watched and thousands tweeted with the hashtag #standwithwendy.",
        "In this case the court ruled that the photo was taken lawfully, the judge said.",
        "You can copyright a novel, but not the English language it is written in.",
        "The club thanked the family, who lent the trophy by courtesy of a long friendship.",
        "The mayor speaks for the city, the council said on Wednesday in a statement.",
        "The strike began on Wednesday, Nov. 2, 2016, and the union said it would last a week.",
        "The risk the storm poses to the port was clear by Friday, June 5, 2015, officials said.",
        "From right-wing groups came calls for the harbour master to resign.",
        "At rightmost berth, the ferry waited for the tide to turn.",
        "Published on time, the report found the quay had been unsafe for years.",
        "More than 40 boats were damaged in the storm on Tuesday, the harbour master said.",
        "The AP/NORC poll found most residents backed the new ferry terminal.",
        "Residents can embed the council's live video of the vote on their own websites.",
        "The views expressed by the harbour master are shared by most of the council.",
        "The ferries delivered every day until the storm, the operator said.",
        "Residents can now get flood alerts by text message, the council said.",
        "The caption under the harbour photo was changed after the complaint.",
        "Playback of the council's video was stopped when the harbour master objected.",
        "Water levels stayed below the harbour wall, the council said.",
        "The new harbour levy takes effect on Thursday, Jan. 1, 2027.",
        "The ferry was nominated for an award for best design on Thursday, Jan. 16, 2014.",
        "The harbour master left, and the council met without him on Friday, June 5, 2015.",
    ],
)
def test_news_is_not_mistaken_for_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_completeness() -> None:
    assert is_complete("The board approved the plan.")
    assert is_complete('He said it was "over."')
    assert is_complete('She called it " neurotic. "')
    assert not is_complete("The board approved the plan and then it went on to")
    assert not is_complete("Newsom set himself apart from Gov.")
    assert not is_complete("The bill was sponsored by Sen.")
    assert is_complete("The hearing was held in Washington, D.C.")
    assert is_complete("He moved to the U.S.")
    assert not is_complete("The board approved the plan to build a...")


def test_openers_that_lean_on_context() -> None:
    for sentence in (
        "He added that it was over.",
        "But residents disagree.",
        "However, it rained.",
        "Rather it relates to talks between the two harbour boards.",
        "Ten other people were injured in the crash of the harbour ferry.",
        "Three other crew members were in the wheelhouse at the time.",
        "From there the end came quickly for the harbour side.",
        "At that point the ferry had been drifting for an hour.",
        "In its place, the board has set up a two-year ban on night crossings.",
        "In response, the union called a strike at the quay.",
        "As a result, ferries were cancelled on Tuesday.",
        "Only five of them were in the vaccine arm of the trial.",
        "All of these measures passed the harbour board.",
    ):
        assert is_dangling(sentence)
    assert not is_dangling("In response to the storm, the harbour closed on Tuesday.")
    assert not is_dangling("As a result of the storm, ferries were cancelled on Tuesday.")
    assert not is_dangling("Two of the crew were rescued by the lifeboat.")
    assert not is_dangling("Another 6.6 million people applied for benefits last week.")
    assert not is_dangling("Other harbours along the coast were spared the worst.")
    assert not is_dangling("Rather than wait, the council voted on Tuesday.")
    assert not is_dangling("This week the senate voted on the bill.")
    assert not is_dangling("Theresa May resigned on Friday.")
    assert leans_on_context('"We will appeal," he said.')
    assert not leans_on_context('"We will appeal," Reyes said.')
    assert leans_on_context("On Tuesday, his crew sailed the ferry back to the quay.")
    assert leans_on_context("In a statement, they said the vote would be appealed.")
    assert leans_on_context("Last year, she led the campaign against the terminal.")
    assert not leans_on_context("When Reyes arrived at the quay, he found it flooded.")
    assert not leans_on_context("On Tuesday, the board approved the ferry terminal.")


def test_datelines_are_stripped() -> None:
    assert strip_dateline("WASHINGTON (AP) — The Senate voted.") == "The Senate voted."
    assert strip_dateline("LONDON, June 2 (Reuters) - Prices rose.") == "Prices rose."
    assert strip_dateline("( – Secretary Kerry spoke.") == "Secretary Kerry spoke."
    assert strip_dateline("The Senate voted.") == "The Senate voted."
    release = "BOSTON, Dec. 2, 2026 /PRNewswire/ -- Halvard Robotics, Inc. reported results."
    assert strip_dateline(release) == "Halvard Robotics, Inc. reported results."
    assert strip_dateline("SEATTLE--(BUSINESS WIRE)--Acme said.") == "Acme said."
    assert strip_dateline("WASHINGTON—House Democrats voted.") == "House Democrats voted."
    assert strip_dateline("NEW YORK— The markets fell.") == "The markets fell."
    assert strip_dateline("NATO–Russia talks resumed.") == "NATO–Russia talks resumed."
    assert strip_dateline("NATO—Russia talks resumed.") == "NATO—Russia talks resumed."
    assert strip_dateline("COVID—19 cases rose.") == "COVID—19 cases rose."
    assert strip_dateline("Pune, Nov 30 (PTI) The death toll rose.") == "The death toll rose."
    assert strip_dateline("Summary: Armed workers fought at the plant.") == (
        "Armed workers fought at the plant."
    )
    assert strip_dateline("NEW DELHI (PTI) the toll rose.") == "NEW DELHI (PTI) the toll rose."


def test_captions_beside_credit_lines_are_found() -> None:
    paragraphs = [
        "Kerry spoke in Jerusalem on Sunday.",
        "Str / AP",
        "Mourners chant slogans during a funeral in Fallujah.",
        "Gunmen patrol the streets of Fallujah. (AP Photo)",
        "The talks went on.",
    ]
    assert caption_paragraphs(paragraphs) == {0, 1, 2, 3}


def test_an_excerpt_cut_mid_sentence_is_a_fragment() -> None:
    assert is_fragment("including some from fellow Republicans, on Tuesday night.")
    assert not is_fragment("iPhone sales rose in the third quarter, Apple said.")
    assert not is_fragment("Sales rose in the third quarter, the company said.")


def test_a_long_paragraph_holding_a_credit_is_body_text() -> None:
    body = " ".join(["The talks in Geneva went on late into the night."] * 7)
    paragraphs = [f"{body} Delegates leave the hall. (AP Photo)", "Short caption. (AP Photo)"]
    assert caption_paragraphs(paragraphs) == {1}


def test_quotations_spanning_sentences_are_joined() -> None:
    parts = ["Reyes said: “We won.", "We will build it.”", "Others disagreed."]
    assert join_quotations(parts) == [
        "Reyes said: “We won. We will build it.”",
        "Others disagreed.",
    ]
    assert join_quotations(["“Never closed.", "Still quoted."]) == ["“Never closed. Still quoted."]
    # Closed further than four sentences on: still one quotation, none of it the reporter's.
    long = ["“One.", "Two.", "Three.", "Four.", "Five.”", "After."]
    assert join_quotations(long) == ["“One. Two. Three. Four. Five.”", "After."]


def test_a_quotation_in_single_marks_spanning_sentences_is_joined() -> None:
    parts = [
        "'Most of the harbour walls we have don't work.",
        "They don't stop the tide,' Paul said in the video.",
        "The players' union disagreed.",
    ]
    assert join_quotations(parts) == [
        "'Most of the harbour walls we have don't work. They don't stop the tide,' Paul said in "
        "the video.",
        "The players' union disagreed.",
    ]
    assert not is_usable(parts[0])
    assert is_usable("‘Sea walls work,’ the engineer told the council on Tuesday night.")
    assert is_usable("The so-called ‘harbour deal’ was signed by the council on Tuesday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are not considering sending troops. This is their fight.”",
        '"Every family in Eastgate will be twenty minutes from the city centre."',
        "‘We have waited forty years for this vote.’",
        "'Every time a tenant leaves, the rent goes back up. Tell me how that's fair.'",
        "«We wanted a partner that would keep the team in Haifa.»",
        "(“Nobody saw the flood coming.”)",
        "Sen. Gail Whitaker: “Good morning, Jake. Thanks for having me.”",  # a transcript's turn
        "WHITAKER (R-IN): “I'm a no on this bill.”",
    ],
)
def test_a_quotation_without_its_speaker_is_not_a_summary_sentence(sentence: str) -> None:
    assert is_bare_quotation(sentence)
    assert not is_usable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will appeal against the ruling," said Mayor Ana Ruiz.',
        "Skipper Jamie Rowe said: “Those lads risked their lives for us.”",
        "‘We won the vote,’ Ruiz said, ‘and we will build the line.’",
        'The mayor called the vote "a great day for the whole of the city".',
        "I’ve lived on Mill Street for fifty years, Margaret Ellis told the council.",
    ],
)
def test_a_quotation_with_its_speaker_may_stand_in_a_summary(sentence: str) -> None:
    assert not is_bare_quotation(sentence)
    assert is_usable(sentence)


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Should you still wear a mask in a crowded shop if you have not been vaccinated?", False),
        ("Can anyone imagine a worse injustice for the families of Lowmoor?", False),
        ("The councillor asked the chief constable: was the harbour ever really safe?", False),
        ('Mayor Ana Ruiz asked the crowd, "Who will pay for the new harbour wall?"', True),
        ("The council asked residents whether the harbour wall should be rebuilt.", True),
    ],
)
def test_a_question_in_the_writers_own_voice_is_not_a_summary_sentence(
    sentence: str, usable: bool
) -> None:
    assert is_question(sentence) is not usable
    assert is_usable(sentence) is usable


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Just five days after Hirono introduced the legislation.", False),
        ("Nineteen months after the first cases were diagnosed in the state.", False),
        ("Because it could save the lives of dozens of hikers.", False),
        ("While we were all stuck in the same small town.", False),
        ("Two days after the vote, the bill was signed by the governor.", True),
        ("The bill passed three weeks after it was introduced in March.", True),
        ("Because of the storm flights were cancelled across the region.", True),
        (
            "While night one in Detroit was not the most exciting debate we have seen so far "
            "there were some clear winners and losers.",
            True,
        ),
    ],
)
def test_a_subordinate_clause_alone_is_not_a_summary_sentence(sentence: str, usable: bool) -> None:
    assert is_usable(sentence) is usable


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Yang and his team did not respond to requests for comment.", False),
        ("In an email, the prosecutor's office declined to comment.", False),
        ("McLean did not immediately return a call seeking comment on Monday.", False),
        ("The owner of the trawler could not be reached on Tuesday.", False),
        ("The harbour board will make no further comment while the case is ongoing.", False),
        (
            "The company declined to comment on the layoffs but said 3,200 jobs would go by "
            "March under the plan.",
            True,
        ),
        ("Police did not respond to the scene until 40 minutes after the first call.", True),
    ],
)
def test_a_short_note_that_someone_would_not_comment_is_not_a_summary_sentence(
    sentence: str, usable: bool
) -> None:
    assert is_usable(sentence) is usable


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("Twenty years ago, we witnessed a defining moment in the harbour's history.", False),
        ("If you don't follow the council, you might not know the harbour wall fell.", False),
        ("You may not recognise the harbour master's name, but you know his face.", False),
        ("Our goal is for every ferry on the harbour to run on electricity by 2030.", False),
        ("Let's see how the harbour got here after a decade of storms.", False),
        (
            "By the time I arrived the upper streets were gone, sixty houses according to the "
            "fire service.",
            False,
        ),
        ("The worst of the storm season may finally be behind us, forecasters think.", True),
        ("The new levy means your council tax may rise by 4% next April.", True),
        ("The following is a transcript of remarks by the minister in Doha on Tuesday.", False),
        ("“We are not afraid!” the crowd shouted as it marched along the harbour.", True),
        ("You're probably anxious about the harbour vote, but patience is a virtue.", False),
        ("We've checked some of the main claims about the harbour wall.", False),
        ("Consider him the harbour master not in the room, absent and looming over it.", False),
        ("Please continue showing your support for the harbour crews on this page.", False),
        ("Well, here are four captains who would bring different styles to the harbour.", False),
        ("First off, in the veteran category: harbour master Sebastian Gorka.", False),
        ("Make no mistake that the harbour master was making an argument.", False),
        ("Nobody had died, thank God, though fourteen people were treated for burns.", False),
        ("“Thank God nobody died,” the harbour master said after the fire.", True),
        ("Remembered as a harbour master, Gorka died on Tuesday at the age of 91.", True),
    ],
)
def test_the_writers_own_voice_is_not_a_summary_sentence(sentence: str, usable: bool) -> None:
    assert is_usable(sentence) is usable


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        (
            "Roy Blunt, Richard Burr, Shelley Moore Capito, Bill Cassidy, Susan Collins, "
            "Thom Tillis Todd Young (Ind.)",
            False,
        ),
        ("Dick Durbin, Patrick Leahy, Chris Coons, Cory Booker and Mazie Hirono.", False),
        ("Senate Passes Harbour Bill After Marathon Night Session.", False),
        ("Senators Roy Blunt and Richard Burr voted for the harbour bill.", True),
        ("“Roy Blunt, Richard Burr and Todd Young,” the clerk read out on Tuesday.", True),
    ],
)
def test_a_list_of_names_or_a_title_cased_line_is_not_a_summary_sentence(
    sentence: str, usable: bool
) -> None:
    assert is_usable(sentence) is usable


def test_a_bare_quotation_after_its_attribution_stays_out_of_the_summary() -> None:
    article = _article(
        "council",
        "Brackenford council voted on Monday to build a tram line to the eastern estates.",
        '"Tonight we decided to start building the future," said Mayor Ana Ruiz after the vote. '
        '"Every family in Eastgate will be twenty minutes from the city centre."',
        "Construction of the line is expected to begin next year and to end in 2035.",
    )
    summary = summarize(Story("tram", (article,)), words=200)
    texts = [s.text for s in summary.sentences]
    assert '"Every family in Eastgate will be twenty minutes from the city centre."' not in texts
    assert len(texts) == 3


def _article(ident: str, *paragraphs: str) -> Article:
    """Make an article with a plain title."""
    return Article(
        ident, f"{ident}.md", f"{ident} title", ident, None, None, None, (), None, paragraphs
    )


def test_a_sentence_leaning_on_its_predecessor_follows_it() -> None:
    first = _article(
        "first",
        "Mayor Ana Ruiz opened the new tram line in Brackenford on Monday morning.",
        "She said it would take four thousand cars off the road every single day.",
    )
    second = _article(
        "second",
        "Six years of building work in the city centre cost twice the first estimate.",
        "Councillor Bryn Hale voted against the plan and warned about its rising costs.",
    )
    summary = summarize(Story("trams", (first, second)), words=200)
    texts = [s.text for s in summary.sentences]
    assert sorted(texts) == sorted([*first.paragraphs, *second.paragraphs])
    assert texts.index(first.paragraphs[1]) == texts.index(first.paragraphs[0]) + 1
    assert texts[-1] == second.paragraphs[1]  # leads first, then the sentences after them
    shorter = summarize(Story("trams", (first, second)), words=40)
    assert first.paragraphs[1] not in [s.text for s in shorter.sentences]


def test_the_lead_most_outlets_bear_out_opens_the_summary_whatever_the_article_order() -> None:
    column = _article(
        "column",
        "The council would lose its soul if it ignored what the last ten years have taught it.",
        "Voters deserve better than another decade of broken promises about the harbour.",
    )
    wire = _article(
        "wire",
        "A lorry crashed into the harbour wall in Lowmoor on Saturday, injuring 19 people and "
        "closing the coast road.",
        "Police said the driver had been taken to hospital with minor injuries.",
    )
    local = _article(
        "local",
        "Nineteen people were injured when a lorry hit the harbour wall in Lowmoor on Saturday "
        "and the coast road was closed.",
        "The harbour master said the wall would be inspected on Monday.",
    )
    summary = summarize(Story("crash", (column, wire, local)), words=120)
    assert "lorry" in summary.sentences[0].text
    assert summary.sentences[0].articles[0] in {"wire", "local"}


def test_an_excerpt_opening_mid_sentence_gives_no_summary_sentence() -> None:
    cut = _article(
        "cut",
        "including two councillors, after the tram line in Brackenford opened on Monday.",
        "The tram line in Brackenford carried twelve thousand riders on its first day.",
    )
    whole = _article(
        "whole",
        "Six years of building work in the city centre cost twice the first estimate.",
    )
    summary = summarize(Story("trams", (cut, whole)), words=200)
    texts = [s.text for s in summary.sentences]
    assert cut.paragraphs[0] not in texts
    assert cut.paragraphs[1] in texts


def test_an_article_with_no_full_sentence_gives_no_line_in_the_writers_voice() -> None:
    column = _article(
        "column",
        "As you may have read on your uncle's Facebook page, the harbour master stands accused "
        "of selling the old ferry to his brother",
        "The sale went through in March",
    )
    wire = _article(
        "wire",
        "The harbour master of Lowmoor was charged on Tuesday with selling the town's old ferry "
        "to his brother for a pound.",
    )
    pool, _, _ = candidates(Story("s", (column, wire)))
    assert [c.text for c in pool] == [wire.paragraphs[0]]
    # An unfinished line of the reporter's own may still stand when it is all an article has.
    notice = _article(
        "notice",
        "The harbour master of Lowmoor resigned on Tuesday after the sale",
        "The council will name his successor in the spring",  # the last line: maybe cut off
    )
    assert [s.text for s in summarize(Story("s", (notice,)), words=80).sentences] == [
        notice.paragraphs[0]
    ]
