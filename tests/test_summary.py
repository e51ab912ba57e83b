"""The merged summary: budget, redundancy, provenance, furniture, opening sentence, headline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from article_support import article

from briefing.models import Article, Story
from briefing.recency import overtaken
from briefing.summary import summarize
from briefing.summary_candidates import candidates
from briefing.summary_concepts import concept_weights
from briefing.summary_order import looks_ahead
from briefing.text import content_words

HARBOUR = article(
    "harbour",
    "Port board approves Lowmoor ferry terminal in 7-2 vote",
    "By Jane Doe | March 4, 2031 | 5:13pm EST",
    "LOWMOOR (AP) — The port authority's board approved a 48-million-euro ferry terminal on "
    "Lowmoor's east quay on Tuesday in a 7 to 2 vote.",
    "Chair Tomas Reyes said the terminal would take four thousand cars off the bridge every day.",
    "Click here to subscribe to our newsletter for more local news.",
    "Construction is due to begin in the autumn, with the first ferries sailing in 2033.",
    "Follow us on Twitter for live updates from the harbour.",
)
COASTAL = article(
    "coastal",
    "LOWMOOR FERRY TERMINAL APPROVED!!!",
    "The port authority's board approved a 48-million-euro ferry terminal on Lowmoor's east "
    "quay on Tuesday in a 7 to 2 vote.",
    "He said residents would be consulted again before construction starts.",
    "The East Quay Residents' Association called the vote a betrayal of the neighbourhood and "
    "said it was considering an appeal to the regional court.",
    "Reporting by Sam Lee; editing by Ann Ray.",
)
VALLEY = article(
    "valley",
    "'A betrayal of the neighbourhood'",
    "But residents on the east quay say the terminal will bring noise and traffic to their "
    "streets for years.",
    "The board of the port authority approved the 48-million-euro terminal on Tuesday by seven "
    "votes to two, after a four-hour meeting.",
    "Construction is due to begin in the autumn and the first ferries should sail in 2033.",
    "Residents said they were considering an appeal to the regional court against the decision.",
)
STORY = Story("lowmoor-ferry", (HARBOUR, COASTAL, VALLEY))


def test_budget_is_respected_with_whole_sentences() -> None:
    for budget in (25, 40, 60, 120):
        summary = summarize(STORY, words=budget)
        assert summary.sentences
        assert sum(len(s.text.split()) for s in summary.sentences) <= budget
        assert all(s.text.endswith((".", "!", "?", '"', "”")) for s in summary.sentences)


def test_no_two_sentences_repeat_each_other() -> None:
    summary = summarize(STORY, words=200)
    texts = [set(content_words(s.text)) for s in summary.sentences]
    for i, first in enumerate(texts):
        for second in texts[i + 1 :]:
            assert len(first & second) / min(len(first), len(second)) < 0.8


def test_provenance_credits_every_outlet_carrying_a_sentence() -> None:
    summary = summarize(STORY, words=200)
    vote = next(s for s in summary.sentences if "approved" in s.text and "east" in s.text)
    # Harbour and Coastal carry it word for word, Valley in its own words ("by seven votes to two").
    assert vote.articles[0] in {"harbour", "coastal"}
    assert set(vote.articles) == {"harbour", "coastal", "valley"}
    chair = next(s for s in summary.sentences if "Tomas Reyes" in s.text)
    assert chair.articles == ("harbour",)  # only Harbour reports what the chair said


def test_furniture_is_never_selected() -> None:
    summary = summarize(STORY, words=400)
    text = " ".join(s.text for s in summary.sentences)
    for furniture in ("Click here", "Follow us", "By Jane Doe", "Reporting by", "(AP)"):
        assert furniture not in text


def test_first_sentence_does_not_lean_on_context() -> None:
    for budget in (30, 60, 120, 400):
        first = summarize(STORY, words=budget).sentences[0].text
        assert not first.startswith(("He ", "But ", "However"))


def test_summary_is_deterministic() -> None:
    assert summarize(STORY, words=80) == summarize(STORY, words=80)
    reordered = Story(STORY.id, STORY.articles)
    assert summarize(reordered, words=80) == summarize(STORY, words=80)


def test_headline_is_representative_not_shouty_nor_bare_quote() -> None:
    assert summarize(STORY).headline == "Port board approves Lowmoor ferry terminal in 7-2 vote"


def test_single_article_without_title_gets_a_headline() -> None:
    lone = article("lone", "000_9ead32255a22a434", *VALLEY.paragraphs[1:])
    summary = summarize(Story("lone", (lone,)), words=60)
    assert summary.headline == summary.sentences[0].text
    assert summary.sentences[0].articles == ("lone",)


def test_story_with_nothing_to_say_has_an_empty_summary() -> None:
    furniture = article("furniture", "Ferry vote", "Click here to subscribe.", "Str / AP")
    summary = summarize(Story("furniture", (furniture,)), words=60)
    assert summary.sentences == ()
    assert summary.headline == "Ferry vote"


def test_article_without_full_stops_gives_no_sentence_trailing_off() -> None:
    teaser = article(
        "teaser",
        "Ferry vote",
        "Residents on the east quay say they will appeal against the decision in the...",
        "Port board approves the Lowmoor ferry terminal in a seven to two vote on Tuesday",
        "More soon.",
    )
    summary = summarize(Story("teaser", (teaser,)), words=60)
    assert [s.text for s in summary.sentences] == [
        "Port board approves the Lowmoor ferry terminal in a seven to two vote on Tuesday"
    ]


def test_a_sentence_too_long_for_the_budget_enters_without_its_closing_phrase() -> None:
    lead = (
        "The port authority's board approved a ferry terminal on Lowmoor's east quay on "
        "Tuesday, ending a dispute that had divided the town and its harbour for more than ten "
        "years."
    )
    story = Story(
        "quay",
        (
            article("one", "Ferry terminal approved", lead, "Residents may still appeal."),
            article("two", "Board backs terminal", lead, "Work starts in the autumn."),
        ),
    )
    summary = summarize(story, words=16)
    assert [s.text for s in summary.sentences] == [
        "The port authority's board approved a ferry terminal on Lowmoor's east quay on Tuesday."
    ]
    assert summary.sentences[0].articles == ("one", "two")
    full = summarize(story, words=40)
    assert lead in [s.text for s in full.sentences]


def test_the_fact_the_headlines_state_wins_between_equally_shared_ones() -> None:
    repave = "Councillors voted to repave the market square in granite."
    ban = "Councillors voted to ban cars from the old harbour."
    leads = (
        (
            "a",
            "Lowmoor bans cars from the old harbour",
            "Lowmoor's council sat late into the night.",
        ),
        (
            "b",
            "Council bans cars from Lowmoor's old harbour",
            "A long meeting ended after midnight.",
        ),
        ("c", "Lowmoor council bans cars from old harbour", "The town hall stayed lit until late."),
    )
    story = Story("s", tuple(article(n, title, lead, repave, ban) for n, title, lead in leads))
    # Both facts are in every article, past the lead; the headlines carry the ban into the leads.
    assert [s.text for s in summarize(story, words=10, quotes=0).sentences] == [ban]
    untitled = Story("u", tuple(article(n, "", lead, repave, ban) for n, _, lead in leads))
    assert [s.text for s in summarize(untitled, words=10, quotes=0).sentences] == [repave]


def test_headline_prefers_a_plain_one_to_a_kicker_or_a_live_page_title() -> None:
    lead = "The port board approved a ferry terminal on Lowmoor's east quay on Tuesday."
    plain = article("plain", "Port board approves Lowmoor ferry terminal", lead)
    kicker = article("kicker", "FERRY LATEST: Port board approves Lowmoor ferry terminal", lead)
    live = article("live", "Lowmoor ferry terminal vote: live updates", lead)
    for other in (kicker, live):
        story = Story("ferry", (other, plain))
        assert summarize(story).headline == "Port board approves Lowmoor ferry terminal"


@pytest.mark.parametrize(
    "title",
    [
        "Fact-check: Port board approves Lowmoor ferry terminal",
        "Analysis | Port board approves Lowmoor ferry terminal",
        "Port board approves Lowmoor ferry terminal. Here's what it means",
        "Port board approves Lowmoor ferry terminal: what you need to know",
        "What we know: port board approves Lowmoor ferry terminal",
        "Lowmoor Port Board Reports Ferry Terminal Vote Results",
        "Port board's Lowmoor ferry terminal vote, explained",
        "5 things to know about the port board's Lowmoor ferry terminal vote",
        "Five takeaways from the port board's Lowmoor ferry terminal vote",
        "Lowmoor ferry terminal vote: top 5 moments from the port board",
        "Opinion: The port board's Lowmoor ferry terminal vote is a mistake",
        "Incident update: port board Lowmoor ferry terminal vote (update 3)",
    ],
)
def test_headline_prefers_the_news_to_a_format_label_or_a_guide(title: str) -> None:
    lead = "The port board approved a ferry terminal on Lowmoor's east quay on Tuesday."
    plain = "Ferry terminal for Lowmoor's east quay gets the go-ahead"
    story = Story("ferry", (article("other", title, lead), article("plain", plain, lead)))
    # The other title holds more of the lead's words, but its form is not a news headline's.
    assert summarize(story).headline == plain


def test_headline_prefers_the_news_to_a_question() -> None:
    lead = "The port board approved a ferry terminal on Lowmoor's east quay on Tuesday."
    asked = article("asked", "Did the port board approve a Lowmoor ferry terminal?", lead)
    told = article("told", "Port board approves a ferry terminal at Lowmoor", lead)
    assert summarize(Story("ferry", (asked, told))).headline == told.title


def test_a_fact_an_outlet_gives_only_in_a_list_line_counts_as_reported() -> None:
    repave = "Councillors voted to repave the market square in granite."
    ban = "Councillors voted to ban cars from the old harbour."
    story = Story(
        "s",
        (
            article("a", "", "Lowmoor's council sat late into the night.", repave, ban),
            article("b", "", "A long meeting ended after midnight.", repave, ban),
            article(
                "c",
                "",
                "The town hall stayed lit until late.",
                "What was decided:",
                "- Cars will be banned from the old harbour",
            ),
        ),
    )
    # The list line is no sentence a summary may show, but it tells that a third outlet
    # reports the ban: its word pairs weigh three articles, the square's two.
    pool, _, bodies = candidates(story)
    weights = concept_weights(bodies)
    assert weights["old harbour"] == 3
    assert weights["market squar"] == 2
    assert all(c.source != 2 or "banned" not in c.text for c in pool)
    assert [s.text for s in summarize(story, words=10, quotes=0).sentences] == [ban]


def test_a_summary_sentence_never_speaks_in_one_outlets_voice() -> None:
    own = "The Courier understands that the ferry terminal will cost 48 million euros."
    story = Story(
        "s",
        (
            article("a", "", own, outlet="Lowmoor Courier"),
            article("b", "", "The board put the cost of the ferry terminal at 48 million euros."),
        ),
    )
    texts = [s.text for s in summarize(story, words=12, quotes=0).sentences]
    assert texts == ["The ferry terminal will cost 48 million euros."]


def test_headline_prefers_an_outlets_headline_to_a_file_name() -> None:
    lead = "A powerful earthquake shook southern Peru on Wednesday, killing at least 41 people."
    slug = article(
        "earthquake_kills_41_in_southern_peru", "earthquake kills 41 in southern peru", lead
    )
    written = article("ap", "Quake in the Andes leaves dozens dead in southern Peru", lead)
    assert summarize(Story("quake", (slug, written))).headline == written.title
    # A file named with spaces may hold a headline, and is no worse than another.
    named = article("x", "Earthquake kills 41 in southern Peru", lead)
    named = replace(named, path="content/Earthquake kills 41 in southern Peru.md")
    assert summarize(Story("quake", (named, written))).headline == named.title


def test_an_opinion_piece_tells_which_facts_matter_but_gives_no_sentence() -> None:
    news = article(
        "wire",
        "Storm cuts power to 40,000 in Halifax",
        "A winter storm knocked out power to about 40,000 homes in Halifax on Tuesday.",
    )
    column = article(
        "column",
        "Opinion: Halifax's grid cannot keep failing every winter",
        "The utility should bury more of its lines before the next storm arrives.",
        "Every winter the storm comes and the power goes out for 40,000 homes in Halifax.",
    )
    summary = summarize(Story("storm", (news, column)), words=60, quotes=0)
    assert [s.articles[0] for s in summary.sentences] == ["wire"]
    # A story told only in opinion pieces is summarised from them.
    alone = summarize(Story("storm", (column,)), words=60, quotes=0)
    assert alone.sentences


def test_headline_agrees_with_the_figures_the_summary_gives() -> None:
    early = article(
        "reuters",
        "Strong earthquake kills at least 38 in southern Peru",
        "A strong earthquake struck the Arequipa region of southern Peru on Wednesday, killing at "
        "least 38 people and trapping villagers behind landslides in the Colca valley.",
    )
    later = article(
        "cnn",
        "At least 45 dead after 7.0 magnitude earthquake strikes Peru",
        "At least 45 people were killed when a magnitude 7.0 earthquake struck the Arequipa "
        "region of southern Peru on Wednesday, trapping villagers behind landslides.",
    )
    summary = summarize(Story("quake", (early, later)), words=40, quotes=0)
    assert summary.sentences[0].text.startswith("At least 45 people were killed")
    # The early toll's headline would contradict the summary's 45 dead.
    assert summary.headline == later.title


def _dockworkers() -> tuple[Article, Article]:
    older = article(
        "mercopress",
        "Lowmoor dockworkers reject offer",
        "Dockworkers at the port of Lowmoor rejected the terminal operator's offer to end their "
        "strike over automated cranes on Monday.",
        "The union said 91% of its members voted against the offer, which guaranteed no layoffs "
        "until 2029.",
        "The terminal operator said it was disappointed by the vote.",
    )
    newer = article(
        "times",
        "Lowmoor dockworkers reach deal",
        "Dockworkers at the port of Lowmoor will return to work on Thursday after the union and "
        "the terminal operator reached a deal to end their strike over automated cranes.",
        "The deal creates a joint committee that must be consulted before new cranes are "
        "installed.",
        "The strike had lasted 15 days and cost fruit exporters about $48 million.",
    )
    return (
        replace(older, published=datetime(2026, 12, 2, 9, tzinfo=UTC)),
        replace(newer, published=datetime(2026, 12, 4, 9, tzinfo=UTC)),
    )


def test_a_story_that_moved_on_opens_with_where_it_stands() -> None:
    older, newer = _dockworkers()
    deal = newer.paragraphs[0]
    for words in (30, 50, 80):
        summary = summarize(Story("port", (older, newer)), words=words, quotes=0)
        assert summary.sentences[0].text == deal
    # Without dates nothing tells which report is the newer: the richer one leads.
    undated = summarize(Story("port", (replace(older, published=None), newer)), words=50)
    assert undated.sentences[0].text == older.paragraphs[0]


def test_headline_gives_the_count_the_summary_gives_not_an_earlier_one() -> None:
    earlier = article(
        "wire",
        "Ellery's lead narrows to 98 votes in Harwick mayor count",
        "Councillor Marta Ellery's lead in the Harwick mayoral race shrank to 98 votes on "
        "Thursday after officials counted most of the remaining mail ballots.",
        "About 900 provisional ballots remain to be counted in the Harwick mayoral race.",
    )
    final = article(
        "courier",
        "Tate wins Harwick mayor's race by 41 votes",
        "Former police chief Owen Tate has won the race for Harwick mayor by 41 votes, "
        "overturning the lead councillor Marta Ellery had held since election night.",
    )
    summary = summarize(Story("harwick", (earlier, final)), words=30, quotes=0)
    assert summary.sentences[0].text == final.paragraphs[0]
    # 98 and 41 are far apart, but both titles count votes: the earlier count gives way.
    assert summary.headline == final.title


def test_what_an_overtaken_report_expected_is_left_out() -> None:
    older, newer = _dockworkers()
    older = replace(
        older,
        paragraphs=(
            *older.paragraphs,
            "A second vote on a revised offer is expected on Thursday.",
            "About 40 ships remained to be unloaded at the port of Lowmoor.",
        ),
    )
    texts = [s.text for s in summarize(Story("port", (older, newer)), words=200).sentences]
    assert texts[0] == newer.paragraphs[0]
    assert not any("expected on Thursday" in t or "remained to be" in t for t in texts)
    assert "The union said 91% of its members voted against the offer" in " ".join(texts)


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("The final count is expected on Friday.", True),
        ("The court will rule next week.", True),
        ("About 900 ballots remain to be counted.", True),
        ("The union rejected the offer on Monday.", False),
        ('"We will fight on," the union said on Monday.', False),
    ],
)
def test_what_a_report_expects_to_come(sentence: str, ahead: bool) -> None:
    assert looks_ahead(sentence) is ahead


def test_a_key_quote_said_before_the_story_moved_on_gives_way_to_a_current_one() -> None:
    older, newer = _dockworkers()
    older = replace(
        older,
        paragraphs=(
            *older.paragraphs,
            '"We will stay out until the cranes are gone, however long it takes," union leader '
            "Pamela Castro said.",
        ),
    )
    newer = replace(
        newer,
        paragraphs=(
            *newer.paragraphs,
            '"Both sides gave something, and the port can work again," operator manager Rodrigo '
            "Larrain said.",
        ),
    )
    quotes = summarize(Story("port", (older, newer)), words=30, quotes=1).quotes
    assert [q.speaker for q in quotes] == ["Rodrigo Larrain"]
    undated = (replace(older, published=None), replace(newer, published=None))
    assert [q.speaker for q in summarize(Story("port", undated), words=30, quotes=1).quotes] == [
        "Pamela Castro"
    ]


def test_a_story_of_excerpts_cut_inside_their_leads_is_summed_up_by_the_richest_cut_lead() -> None:
    ferry = article(
        "ferry",
        "Lowmoor approves ferry terminal",
        "The port authority's board approved a 48-million-euro ferry terminal on Lowmoor's east "
        "quay on Tuesday despite objections from residents who said the",
    )
    terminal = article(
        "terminal",
        "Ferry terminal vote",
        "Lowmoor's port board approved the ferry terminal on Tuesday in a decision that ...",
    )
    summary = summarize(Story("s", (ferry, terminal)), words=20)
    assert [(s.text, s.articles) for s in summary.sentences] == [
        (
            "The port authority's board approved a 48-million-euro ferry terminal on Lowmoor's "
            "east quay on Tuesday despite objections from residents who…",
            ("ferry",),
        )
    ]
    alone = summarize(Story("s", (terminal,)), words=20)
    assert [s.text for s in alone.sentences] == [
        "Lowmoor's port board approved the ferry terminal on Tuesday in a decision that…"
    ]


def test_an_opinion_piece_speaks_when_the_reports_give_no_summary() -> None:
    column = article(
        "column",
        "Opinion: The ferry terminal is a mistake",
        "The port board's approval of a ferry terminal on Lowmoor's east quay will choke the old "
        "town with traffic for a decade.",
    )
    report = article("report", "Ferry terminal approved", "He said the vote was final.")
    summary = summarize(Story("s", (column, report)), words=60)
    assert [(s.text, s.articles) for s in summary.sentences] == [
        (
            "The port board's approval of a ferry terminal on Lowmoor's east quay will choke the "
            "old town with traffic for a decade.",
            ("column",),
        )
    ]


def test_an_aside_that_would_repeat_another_chosen_sentence_is_not_given_back() -> None:
    freed = article(
        "freed",
        "Quill granted clemency",
        "Mara Quill, who was jailed at 16 for killing a man who had held her captive for two "
        "years, has been granted clemency, the Harwick governor's office said Monday.",
        "She will be released on parole in August after serving 15 years.",
    )
    governor = article(
        "governor",
        "Governor frees Quill",
        "Her lawyers had argued for years that she was a victim of trafficking.",
        "Harwick Gov. Tom Reyes granted clemency Monday to Mara Quill.",
    )
    texts = [s.text for s in summarize(Story("s", (freed, governor)), words=120).sentences]
    assert "Harwick Gov. Tom Reyes granted clemency Monday to Mara Quill." in texts
    assert (
        "Mara Quill, who was jailed at 16 for killing a man who had held her captive for two "
        "years, has been granted clemency." in texts
    )


def test_two_leads_telling_one_event_give_it_once() -> None:
    freed = article(
        "freed",
        "Quill granted clemency",
        "Mara Quill, who was jailed at 16 for killing a man who had held her captive for two "
        "years, has been granted clemency, the Harwick governor's office said Monday.",
        "She will be released on parole in August after serving 15 years.",
    )
    governor = article(
        "governor",
        "Governor frees Quill",
        "Harwick Gov. Tom Reyes granted clemency Monday to Mara Quill.",
        "Her lawyers had argued for years that she was a victim of trafficking.",
    )
    texts = [s.text for s in summarize(Story("s", (freed, governor)), words=120).sentences]
    assert sum("clemency" in text for text in texts) == 1
    assert "Her lawyers had argued for years that she was a victim of trafficking." in texts


def test_headline_prefers_a_guide_to_an_opinion_piece() -> None:
    lead = "The port board approved a ferry terminal on Lowmoor's east quay on Tuesday."
    column = article(
        "column", "Opinion: Port board approves Lowmoor ferry terminal on east quay", lead
    )
    guide = article("guide", "5 things to know about the Lowmoor ferry vote", lead)
    assert summarize(Story("ferry", (column, guide))).headline == guide.title


def test_a_page_updated_since_stands_as_of_its_update() -> None:
    live = replace(
        article("live", "Lowmoor flood: live", "The river peaked at 4.9 metres overnight."),
        published=datetime(2031, 3, 1, 8, tzinfo=UTC),
        updated=datetime(2031, 3, 3, 18, tzinfo=UTC),
    )
    report = replace(
        article("report", "Lowmoor flood", "The river is expected to peak on Thursday."),
        published=datetime(2031, 3, 2, 9, tzinfo=UTC),
    )
    assert overtaken(Story("s", (live, report))) == [False, True]
    assert overtaken(Story("s", (replace(live, updated=None), report))) == [True, False]


def test_a_column_days_later_overtakes_no_report() -> None:
    report = replace(
        article("report", "Wendlow line to reopen", "The Wendlow line will reopen in May."),
        published=datetime(2031, 3, 1, 8, tzinfo=UTC),
    )
    letter = replace(
        article("letter", "Letter: Don't forget the buses", "The trains are welcome, but ..."),
        published=datetime(2031, 3, 3, 8, tzinfo=UTC),
    )
    assert overtaken(Story("s", (report, letter))) == [False, False]
    later = replace(report, id="later", published=datetime(2031, 3, 3, 9, tzinfo=UTC))
    assert overtaken(Story("s", (report, letter, later))) == [True, False, False]
