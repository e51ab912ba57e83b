"""Review 8: headers copied from Patch, Roll Call, The Times of Israel, The Economist, GOV.UK."""

from __future__ import annotations

from briefing.content.paragraphs import split_paragraphs
from briefing.content.plaintext import parse_text


def test_a_headline_over_its_standfirst_one_a_line_is_two_paragraphs() -> None:
    text = (
        "Tallow Creek Plant Explosion: Road Closures, Shelter-In-Place Lifted\n"
        "The shelter-in-place order for homes near Harlan AgriChem was lifted Monday evening, "
        "Henry County officials said.\n"
        "By Dana Whitfield, Patch Staff\n"
        "Nov 30, 2026 8:05 pm ET\n\n"
        "TALLOW CREEK, OH — A shelter-in-place order was lifted Monday evening.\n"
    )
    article = parse_text(text)
    assert article.meta.title == (
        "Tallow Creek Plant Explosion: Road Closures, Shelter-In-Place Lifted"
    )
    assert article.meta.author == "Dana Whitfield"
    assert article.meta.published is not None
    assert article.meta.published.isoformat() == "2026-11-30T20:05:00-05:00"


def test_a_hard_wrapped_paragraph_is_still_joined() -> None:
    text = (
        "The council voted on Tuesday to close the old library on Bridge Street and\n"
        "move its books to the new community hub, a decision that angered dozens\n"
        "of residents who packed the meeting.\n"
    )
    assert split_paragraphs(text) == [" ".join(text.split())]


def test_a_menu_item_of_four_words_between_short_ones_is_part_of_the_menu() -> None:
    text = (
        "The Times of Israel\nIsrael News\nIsrael & the Region\nJewish Times\nBlogs\nLiveblog\n\n"
        "Knesset votes to dissolve itself, sending Israel to elections on March 23\n"
        "Bill passes final readings 64-0 after coalition collapses over draft law\n\n"
        "By Sam Sokol\n\n"
        "The Knesset voted early Wednesday to dissolve itself and send Israelis to the polls.\n"
    )
    article = parse_text(text)
    assert article.meta.title == (
        "Knesset votes to dissolve itself, sending Israel to elections on March 23"
    )
    assert (article.meta.outlet, article.meta.author) == ("The Times of Israel", "Sam Sokol")
    assert article.paragraphs[0].startswith("Bill passes final readings")


def test_a_section_of_four_words_ending_a_menu_is_no_headline() -> None:
    text = (
        "Roll Call\nSubscribe\nNewsletters\nCongress\nPolitics\nPolicy\nHeard on the Hill\n\n"
        "Policy\nSenators pitch national registry, deletion right for data brokers\n"
        "Bipartisan measure would let consumers order all registered brokers to delete their data\n"
        "\nBy Caitlin Reilly\nPosted December 1, 2026 at 2:31pm\n\n"
        "A bipartisan pair of senators on Tuesday introduced legislation on data brokers.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "Senators pitch national registry, deletion right for data brokers"
    assert article.meta.author == "Caitlin Reilly"


def test_a_section_label_with_its_topic_over_the_headline_is_no_headline() -> None:
    text = (
        "The Economist\nLeaders | Israel's election\n\n"
        "Israel's voters deserve better than another Netzer government\n\n"
        "The next election should be about the country's future, not its prime minister's\n\n"
        "Dec 3rd 2026\n\n"
        "Israel is going back to the polls. On December 2nd the Knesset voted to dissolve itself.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "Israel's voters deserve better than another Netzer government"
    assert article.meta.outlet == "The Economist"
    assert article.paragraphs[1].startswith("Israel is going back")


def test_a_cookie_banner_and_a_headline_opening_on_a_currency_sign() -> None:
    text = (
        "GOV.UK\nSkip to main content\nCookies on GOV.UK\n"
        "We use some essential cookies to make this website work.\n"
        "Accept additional cookies\nReject additional cookies\nView cookies\n\n"
        "Home\nTransport\nRail\n\nPress release\n"
        "£410 million to reopen Ashbourne to Wendlow railway line\n"
        "Passenger trains will return to the line for the first time since 1967, connecting "
        "70,000 people to the national rail network.\n\n"
        "Passenger services will return to the Ashbourne to Wendlow line, the government said.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "£410 million to reopen Ashbourne to Wendlow railway line"
    assert not any("cookies" in p for p in article.paragraphs)


def test_a_caption_closing_on_a_name_and_agency_in_parentheses_goes() -> None:
    text = (
        "Knesset votes to dissolve itself, sending Israel to elections on March 23\n\n"
        "By Sam Sokol\n\n"
        "The Knesset plenum votes to dissolve itself, in Jerusalem, December 2, 2026. "
        "(Yonatan Sindel/Flash90)\n\n"
        "Sen. Marisol Vance speaks during a hearing in September. "
        "(Tom Williams/CQ-Roll Call, Inc file photo)\n\n"
        "The Knesset voted early Wednesday to dissolve itself and send Israelis to the polls.\n"
    )
    article = parse_text(text)
    assert article.paragraphs == (
        "The Knesset voted early Wednesday to dissolve itself and send Israelis to the polls.",
    )


def test_a_page_shared_from_googles_amp_viewer_is_its_sites() -> None:
    text = (
        "https://www.google.com/amp/s/www.northernsportsnews.co.uk/football/report.amp\n"
        "northernsportsnews.co.uk\n"
        "Kessler's last-gasp header keeps Rotherford alive in Champions League\n\n"
        "By Ryan Doyle\n1 December 2026, 10:38pm\n\n"
        "Jonas Kessler headed a 93rd-minute equaliser as Rotherford United drew 2-2.\n"
    )
    article = parse_text(text)
    assert article.meta.title == (
        "Kessler's last-gasp header keeps Rotherford alive in Champions League"
    )
    assert (article.meta.outlet, article.meta.author) == ("northernsportsnews.co.uk", "Ryan Doyle")


def test_an_amp_viewers_address_names_the_site_it_shows() -> None:
    from briefing.content.outlets import outlet_from_url

    amp = "https://www.google.com/amp/s/www.harbourdaily.co.uk/news/1.amp"
    assert outlet_from_url(amp) == "harbourdaily.co.uk"
    assert outlet_from_url("https://www.google.com/search?q=ferry") == "google.com"


def test_notes_about_the_page_leave_the_body() -> None:
    notes = [
        "In this article:",
        "This article was translated from Spanish. Read the original in El Diario del Sur.",
        "Get unlimited access for $1 every 4 weeks. Cancel anytime.",
        "Get all of Haaretz's articles for just $1 a month",
        "Get more stories like this in Apple News.",
        "Send your letters to letters@derbyshiretimes.co.uk. Letters may be edited for length.",
        "Good evening and welcome to live coverage of Rotherford United against Valmeira.",
        "pa/jb/md",
    ]
    text = (
        "Carla Reyes wins Puerto Aldea runoff\n\nBy Tomás Aravena\n\n"
        + "\n\n".join(notes[:2])
        + "\n\nCarla Reyes won Sunday's mayoral runoff in Puerto Aldea with 54.3% of the vote.\n\n"
        + "\n\n".join(notes[2:])
        + "\n"
    )
    article = parse_text(text)
    assert article.paragraphs == (
        "Carla Reyes won Sunday's mayoral runoff in Puerto Aldea with 54.3% of the vote.",
    )


def test_an_outlet_and_date_under_a_shared_storys_headline() -> None:
    text = (
        "Rotherford snatch late draw against Valmeira to stay in the hunt\n"
        "Evening Courier · Dec 1, 2026\n\n"
        "Rotherford United left it late again.\n\n"
        "Jonas Kessler's header in stoppage time earned a 2-2 draw against Sporting Valmeira.\n"
    )
    article = parse_text(text)
    assert article.meta.outlet == "Evening Courier"
    assert article.meta.published is not None
    assert article.meta.published.date().isoformat() == "2026-12-01"
    assert article.paragraphs[0] == "Rotherford United left it late again."


def test_a_live_match_pages_minute_entries_leave_the_body() -> None:
    text = (
        "Rotherford United 2-2 Sporting Valmeira: Live updates\n\n"
        "By Ryan Doyle\n\n"
        "90+3' GOAL! Rotherford 2-2 Valmeira (Kessler)\n\n"
        "Kessler rises above everyone to head into the far corner.\n\n"
        "80' Substitution, Rotherford\n\n"
        "Adebayo off, Tanaka on.\n\n"
        "1' Kick-off\n\n"
        "We're under way at Mill Lane.\n"
    )
    assert parse_text(text).paragraphs == (
        "Kessler rises above everyone to head into the far corner.",
        "Adebayo off, Tanaka on.",
        "We're under way at Mill Lane.",
    )


def test_a_government_pages_publisher_and_date_under_its_standfirst() -> None:
    text = (
        "Press release\n"
        "£410 million to reopen Ashbourne to Wendlow railway line\n"
        "Passenger trains will return to the line for the first time since 1967, connecting "
        "70,000 people to the national rail network.\n\n"
        "From: Department for Transport and The Rt Hon Lucy Harrower MP\n"
        "Published 3 December 2026\n\n"
        "Passenger services will return to the Ashbourne to Wendlow line, the government said.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "£410 million to reopen Ashbourne to Wendlow railway line"
    assert article.meta.outlet == "Department for Transport"
    assert article.meta.published is not None
    assert article.meta.published.date().isoformat() == "2026-12-03"
    assert article.paragraphs[0].startswith("Passenger trains will return")
    assert not any(p.startswith(("From:", "Published")) for p in article.paragraphs)


def test_a_court_press_summarys_disclaimer_and_paragraph_references_go() -> None:
    text = (
        "Harrowgate Logistics Ltd v Okonjo\n\nBy Court Reporter\n\n"
        "This summary is provided to assist in understanding the Court's decision. It does not "
        "form part of the reasons for the decision.\n\n"
        "The right of substitution was not genuine, and no driver had ever used one [34-41].\n\n"
        "A contractual term does not decide status; the question is the true agreement [58].\n\n"
        "References in square brackets are to paragraphs in the judgment.\n"
    )
    assert parse_text(text).paragraphs == (
        "The right of substitution was not genuine, and no driver had ever used one.",
        "A contractual term does not decide status; the question is the true agreement.",
    )


def test_a_stamp_of_todays_time_with_no_date_leaves_the_body() -> None:
    text = (
        "Knesset votes to dissolve itself, sending Israel to elections on March 23\n\n"
        "By Sam Sokol\n\nToday, 1:58 am Updated at 9:40 am\n\n"
        "The Knesset voted early Wednesday to dissolve itself.\n"
    )
    assert parse_text(text).paragraphs == ("The Knesset voted early Wednesday to dissolve itself.",)


def test_a_section_label_under_the_sites_name_is_no_outlet() -> None:
    text = (
        "Haaretz\nIsrael News\n"
        "Knesset Dissolves, Israel Heads to Fourth Election Since 2022 as Netzer Government Falls\n"
        "Lawmakers vote 64-0 to disperse after ultra-Orthodox parties quit coalition over "
        "draft law\n"
        "\nJonathan Lis\nDec 2, 2026\n\n"
        "The Knesset voted to dissolve itself early on Wednesday morning.\n"
    )
    article = parse_text(text)
    assert article.meta.title is not None
    assert article.meta.title.startswith("Knesset Dissolves")
    assert (article.meta.outlet, article.meta.author) == (None, "Jonathan Lis")


def test_an_updated_and_a_published_stamp_on_one_line_are_both_read() -> None:
    text = (
        "Vance rallies Eugene crowd for public safety measure\n"
        "Updated: Nov. 30, 2026, 7:10 a.m. | Published: Nov. 29, 2026, 9:48 p.m.\n"
        "By Jamie Goldberg | The Willamette Courier\n\n"
        "U.S. Sen. Marisol Vance told about 800 supporters at a rally in Eugene on Sunday.\n"
    )
    meta = parse_text(text).meta
    assert meta.published is not None and meta.updated is not None
    assert meta.published.isoformat() == "2026-11-29T21:48:00+00:00"
    assert meta.updated.isoformat() == "2026-11-30T07:10:00+00:00"


def test_a_letters_page_name_over_the_letters_headline_is_no_headline() -> None:
    text = (
        "Letters to the Editor\n"
        "Letter: Wendlow trains are welcome, but don't forget the buses\n\n"
        "Published: 5 December 2026\n\n"
        "Sir, — I was delighted to read that trains will return to Wendlow.\n"
    )
    article = parse_text(text)
    assert article.meta.title == "Letter: Wendlow trains are welcome, but don't forget the buses"


def test_a_block_quote_under_its_speakers_lead_gets_its_marks_back() -> None:
    text = (
        "£410 million to reopen Ashbourne to Wendlow railway line\n\nBy Press Office\n\n"
        "Passenger services will return to the line, the government confirmed today.\n\n"
        "Transport Secretary Lucy Harrower said:\n\n"
        "Communities like Wendlow have waited far too long to be reconnected to the railway.\n\n"
        "This is what our plan for growth looks like in practice.\n\n"
        "Construction is due to begin in spring 2028, subject to planning consent.\n\n"
        "The council said:\n\nRevenue of $178 million\n"
    )
    assert parse_text(text).paragraphs == (
        "Passenger services will return to the line, the government confirmed today.",
        "Transport Secretary Lucy Harrower said:",
        "“Communities like Wendlow have waited far too long to be reconnected to the railway.",
        "“This is what our plan for growth looks like in practice.”",
        "Construction is due to begin in spring 2028, subject to planning consent.",
        "The council said:",
        "Revenue of $178 million",
    )


def test_a_block_quote_is_credited_to_its_speaker() -> None:
    from datetime import UTC, datetime

    from briefing.models import Article
    from briefing.quotes import extract_quotes

    body = parse_text(
        "Line to reopen\n\nBy Press Office\n\nRail Minister Lord Dacre said:\n\n"
        "Reopening lines like this one shows that the railway can grow again.\n"
    ).paragraphs
    article = Article(
        id="a", path="a.txt", title="Line to reopen", outlet=None, url=None, author=None,
        published=datetime(2026, 12, 3, tzinfo=UTC), tags=(), story_key=None, paragraphs=body,
    )  # fmt: skip
    assert [(q.text, q.speaker) for q in extract_quotes(article)] == [
        ("Reopening lines like this one shows that the railway can grow again.", "Lord Dacre")
    ]
