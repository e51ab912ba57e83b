"""Plain text as review 4 found it: leaked HTML entities, hard wraps, agency furniture."""

from __future__ import annotations

import pytest

from briefing.content.byline import parse_byline
from briefing.content.plaintext import clean_paragraphs, parse_text, split_paragraphs


def test_html_character_references_are_the_characters() -> None:
    text = (
        "Dockworkers reject offer\n\n"
        "Dockworkers at Chile&#8217;s port rejected it. &quot;A guarantee that ends is a "
        "countdown,&quot; she said.&nbsp;\n\n"
        "AT&T; and R&amp;D stay &unknown; as written &#x2014; mostly.\n"
    )
    assert parse_text(text).paragraphs == (
        'Dockworkers at Chile\u2019s port rejected it. "A guarantee that ends is a countdown," '
        "she said.",
        "AT&T; and R&D stay &unknown; as written \u2014 mostly.",
    )


def test_a_line_wrapped_at_a_compound_hyphen_joins_without_a_space() -> None:
    text = (
        "That's three straight games missed. The team continues to call it day-\n"
        "to-day, and the concern level internally is low, but this is a 41-year-\n"
        "old foot -- \n"
        "so take that for what it is worth.\n"
    )
    assert split_paragraphs(text) == [
        "That's three straight games missed. The team continues to call it day-to-day, and the "
        "concern level internally is low, but this is a 41-year-old foot -- so take that for "
        "what it is worth."
    ]


def test_wire_trailers_leave_the_body() -> None:
    body = "The river was closed on Tuesday, the authority said."
    text = "\n\n".join(
        [
            "Rhine closed after grounding",
            body,
            "--With assistance from Erica Yokoyama and Toru Fujioka.",
            "mk/sms (dpa, AFP, Reuters)",
            "(FRANCE 24 with AFP and Reuters)",
            "(END)",
            "dpa bb xxzz n1 fs",
            "(c) EFE 2026. Está expresamente prohibido la redistribución y la redifusión de todo o "
            "parte de los contenidos de los servicios de Efe.",
            "To contact the reporters on this story:",
            "Takahiko Wada in Tokyo at twada12@bloomberg.net;",
            "Paul Jackson",
        ]
    )
    assert parse_text(text).paragraphs == (body,)


def test_a_parenthesis_that_is_no_agency_credit_stays() -> None:
    text = "Rhine closed\n\nThe river was closed.\n\n(Shipping resumed on Friday.)\n"
    assert parse_text(text).paragraphs == ("The river was closed.", "(Shipping resumed on Friday.)")


def test_a_wire_version_tag_before_the_headline_is_a_flag() -> None:
    text = (
        "(2nd LD) S. Korea, U.S. sign US$25 bln shipbuilding deal\n\n"
        "SEOUL, Dec. 2 (Yonhap) -- South Korea and the United States signed a deal on Monday.\n\n"
        "Shares of shipbuilders rose.\n\n(END)\n"
    )
    article = parse_text(text)
    assert article.meta.title == "S. Korea, U.S. sign US$25 bln shipbuilding deal"
    assert article.meta.outlet == "Yonhap"
    assert article.paragraphs == (
        "South Korea and the United States signed a deal on Monday.",
        "Shares of shipbuilders rose.",
    )


def test_markdown_syntax_in_a_text_file_is_set_down_as_words() -> None:
    text = (
        "## Korea, US seal $25b shipbuilding pact\n\n"
        "**By Yoon Min-sik**\n\n"
        "Published: Dec. 2, 2026 - 15:04\n\n"
        "The deal was signed by **Park Seo-yeon**, according to the "
        "[Ministry of Trade](https://www.motie.go.kr).\n\n"
        "## Questions remain\n\n"
        "Observers point to hurdles in 2 * 3 markets. *** updated *** ___ later.\n\n"
        "(minsikyoon@heraldcorp.com)\n"
    )
    article = parse_text(text)
    assert (article.meta.title, article.meta.author) == (
        "Korea, US seal $25b shipbuilding pact",
        "Yoon Min-sik",
    )
    assert article.paragraphs == (
        "The deal was signed by Park Seo-yeon, according to the Ministry of Trade.",
        "Observers point to hurdles in 2 * 3 markets. *** updated *** ___ later.",
    )


@pytest.mark.parametrize(
    "line", ["By GREG BEACHAM AP Sports Writer", "By GREG BEACHAM, AP Sports Writer"]
)
def test_a_wires_initials_after_a_name_in_capitals_are_not_part_of_it(line: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == "Greg Beacham"


def test_a_broadcasters_page_header_and_related_link() -> None:
    text = (
        "Sudan army, RSF sign 60-day humanitarian truce in Qatar, mediators say\n\n"
        "Issued on: 02/12/2026 - 20:55 Modified: 03/12/2026 - 09:12\n\n"
        "3 min Reading time\n\n"
        "By: FRANCE 24 Follow\n\n"
        "Sudan's army and the RSF signed a 60-day truce in Doha on Tuesday, mediators said.\n\n"
        "Read moreSudan: Survivors of El Fasher describe executions as RSF took the city\n\n"
        "Qatar said it would give $50 million in additional humanitarian aid.\n"
    )
    article = parse_text(text)
    assert article.meta.outlet == "FRANCE 24"
    assert article.paragraphs == (
        "Sudan's army and the RSF signed a 60-day truce in Doha on Tuesday, mediators said.",
        "Qatar said it would give $50 million in additional humanitarian aid.",
    )


def test_a_follow_button_after_the_writers_name_is_not_part_of_it() -> None:
    byline = parse_byline("By: Jane Doe Follow")
    assert byline is not None and byline.author == "Jane Doe"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Dan Woike Times staff writer", "Dan Woike"),
        ("By Dan Woike Staff Writer", "Dan Woike"),
        ("By Jane Doe Health Reporter", "Jane Doe"),
    ],
)
def test_a_role_run_on_after_the_name_is_not_part_of_it(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_narration_between_a_transcripts_turns_is_the_reporters() -> None:
    text = "\n\n".join(
        [
            "Mediator announces ceasefire",
            "The following is a transcript of a news conference in Doha on Tuesday.",
            "AL-KUWARI: Good evening. The parties have signed a ceasefire.",
            "It takes effect on Friday.",
            "Q: Did the generals speak to each other?",
            "AL-KUWARI: I will not go into the details of the contacts.",
            "Al-Kuwari then read from the agreement's annex. He declined to say more.",
            "DIALLO-SARR: This is not peace. This is a pause.",
        ]
    )
    assert parse_text(text).paragraphs == (
        "The following is a transcript of a news conference in Doha on Tuesday.",
        "Al-Kuwari: “Good evening. The parties have signed a ceasefire.”",
        "“It takes effect on Friday.”",
        "Al-Kuwari: “I will not go into the details of the contacts.”",
        "Al-Kuwari then read from the agreement's annex. He declined to say more.",
        "Diallo-Sarr: “This is not peace. This is a pause.”",
    )


def test_a_game_storys_box_score_leaves_the_body() -> None:
    lead = "Ellison scored 41 points and the Lakers beat the Thunder 128-124 in overtime."
    text = "\n\n".join(
        [
            "Ellison's 41 lifts Lakers past Thunder",
            lead,
            "OKLAHOMA CITY (124)",
            "Williams 4-11 2-2 11, Holmgren 8-15 4-5 22, Gilgeous-Alexander 12-24 10-13 36, "
            "Dort 3-8 0-0 8. Totals 45-91 19-24 124.",
            "Totals 46-92 24-29 128.",
            "Oklahoma City 31 33 29 21 10 — 124",
            "3-Point Goals—Oklahoma City 15-40 (Yoon 3-5, Holmgren 2-4).",
            "Fouled Out—None. Rebounds—Oklahoma City 44 (Holmgren 11).",
            "A—18,997 (18,997).",
        ]
    )
    assert parse_text(text).paragraphs == (lead,)


def test_a_paragraph_with_a_few_figures_stays() -> None:
    text = (
        "Results\n\nThe Lakers (12-10) led 88-69 with 6:12 left and won 128-124, their 3rd win "
        "in 5 games, before 18,997.\n"
    )
    assert len(parse_text(text).paragraphs) == 1


def test_a_newsletters_sponsor_message_leaves_the_body() -> None:
    text = "\n\n".join(
        [
            "Morning Trade",
            "With help from Daniel Desrochers",
            "The U.S. and South Korea signed a $25 billion shipbuilding pact on Monday.",
            "A message from the American Maritime Partnership:",
            "America's domestic maritime industry supports 650,000 jobs. The Jones Act keeps our "
            "shipyards strong. Learn more at americanmaritimepartnership.com.",
            "JONES ACT QUESTIONS: Not everyone is cheering, a senator said.",
            "Presented by Acme:",
            "Acme moves the goods America depends on. Learn more.",
            "Tariff Tracker",
            "— The Commerce Department opened an investigation into drones.",
        ]
    )
    assert parse_text(text).paragraphs == (
        "The U.S. and South Korea signed a $25 billion shipbuilding pact on Monday.",
        "JONES ACT QUESTIONS: Not everyone is cheering, a senator said.",
        "The Commerce Department opened an investigation into drones.",
    )


def test_an_email_newsletters_footer_leaves_the_body() -> None:
    text = (
        "THE PURPLE & GOLD DAILY\n\n"
        "The Lakers beat the Thunder 128-124 in overtime after trailing by 19.\n\n"
        "Reply to this email with questions for Friday's mailbag.\n\n"
        "You are receiving this email because you subscribed to The Purple & Gold\n"
        "Daily. Unsubscribe | Manage preferences\n"
    )
    assert parse_text(text).paragraphs == (
        "The Lakers beat the Thunder 128-124 in overtime after trailing by 19.",
    )


def test_where_the_writer_reports_from_leaves_a_markdown_body() -> None:
    lead = "On a gray morning last week, dockworkers blocked the gate."
    paragraphs = ["Reporting from Valparaíso, Chile", lead]
    assert clean_paragraphs(paragraphs).paragraphs == (lead,)


def test_a_copyright_holder_before_the_year_is_the_outlet() -> None:
    text = "Fire destroys homes\n\nThe fire destroyed 60 homes, officials said.\n\n(c) EFE 2026.\n"
    assert parse_text(text).meta.outlet == "EFE"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("St Goarshausen, Germany (dpa) - Shipping on the Rhine was halted on Tuesday.", "dpa"),
        ("Valparaíso (Chile), Dec 2 (EFE).- Shipping on the Rhine was halted on Tuesday.", "EFE"),
    ],
)
def test_a_place_in_any_case_before_a_known_agency_is_a_dateline(lead: str, outlet: str) -> None:
    article = parse_text(f"Rhine closed\n\n{lead}\n\nThe police opened an investigation.\n")
    assert article.meta.outlet == outlet
    assert article.paragraphs[0] == "Shipping on the Rhine was halted on Tuesday."


def test_a_heading_in_capitals_under_a_label_is_a_subheading() -> None:
    text = (
        "FACTBOX-What the move means\n\nThe Bank of Japan raised its rate to 1.0% on Thursday.\n\n"
        "Below are key facts about the decision:\n\nTHE DECISION\n\n"
        "* The board voted 7-2 to raise the rate.\n"
    )
    assert "THE DECISION" not in parse_text(text).paragraphs
