"""Review 7: a source given as an address, Canadian and Reach bylines, headlines over furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_support import read_files

from briefing.content.byline import date_line, parse_byline
from briefing.content.outlets import outlet_from_url
from briefing.content.plaintext import parse_text
from briefing.models import Article


def read_one(tmp_path: Path, name: str, text: str) -> tuple[Article, list[str]]:
    """Read one article file written under tmp_path/content."""
    return read_files(tmp_path, {name: text})


@pytest.mark.parametrize(
    ("front", "outlet", "url"),
    [
        ("source: https://www.harbourdaily.co.uk/news/1",
         "harbourdaily.co.uk", "https://www.harbourdaily.co.uk/news/1"),
        ("source: https://en.wikipedia.org/wiki/Ferry",
         "wikipedia.org", "https://en.wikipedia.org/wiki/Ferry"),
        ("source: https://fire.example.gov.uk/incidents/7\nurl: https://example.org/a",
         "fire.example.gov.uk", "https://example.org/a"),
        ("source: Harbour Daily", "Harbour Daily", None),
    ],
)  # fmt: skip
def test_a_source_given_as_an_address_is_the_url_and_names_the_outlet_by_host(
    tmp_path: Path, front: str, outlet: str, url: str | None
) -> None:
    article, problems = read_one(tmp_path, "a.md", f"---\ntitle: T\n{front}\n---\nText.\n")
    assert problems == []
    assert (article.outlet, article.url) == (outlet, url)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("ByBethan Lloyd Weather Reporter", "Bethan Lloyd"),
        ("ByLouise Coulter Court Reporter", "Louise Coulter"),
        ("By Jane Doe Transport Correspondent", "Jane Doe"),
    ],
)
def test_a_reach_byline_run_on_to_the_name_and_a_beat_is_the_name(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


@pytest.mark.parametrize("line", ["Byron Smith said the vote was close.", "ByteDance Ltd"])
def test_a_word_starting_by_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_a_name_over_a_date_under_a_long_headline_is_the_byline_not_its_last_words() -> None:
    page = parse_text(
        "FOOTBALL\nPremier League\n"
        "Harbury City boss Gianluca Ferri slapped with four-game touchline ban after tunnel rant\n"
        "Jack Rosser\nPublished: 18:02, 25 Nov 2026\n"
        "HARBURY CITY boss Gianluca Ferri has been hit with a four-game touchline ban.\n"
        "The fiery Italian must also pay a fine of £60,000 after an FA panel ruled against him.\n"
    )
    assert page.meta.title == (
        "Harbury City boss Gianluca Ferri slapped with four-game touchline ban after tunnel rant"
    )
    assert page.meta.author == "Jack Rosser"
    assert page.paragraphs[0].startswith("HARBURY CITY boss")


def test_a_canadian_byline_after_share_buttons_under_a_cookie_banner_is_read() -> None:
    page = parse_text(
        "Skip to Main Content\nCBC\nMenu\nSearch\nSign In\n"
        "We use cookies to give you the best online experience. By continuing to use our site,"
        " you agree to our use of cookies. Learn more\nAccept\nBritish Columbia\n"
        "Ferry slams into Kestrel Bay terminal, injuring 14 passengers\n"
        "Coast Guard investigating after the ferry struck the dock at speed\n"
        "Social Sharing\nFacebook\nX\nEmail\nReddit\nLinkedIn\n"
        "Megan Thorsby · CBC News · Posted: Dec 02, 2026 11:47 AM PST | Last Updated: 2 hours ago\n"
        "Fourteen people were injured Wednesday morning when a passenger ferry crashed into the"
        " dock at Kestrel Bay.\n"
    )
    assert page.meta.title == "Ferry slams into Kestrel Bay terminal, injuring 14 passengers"
    assert page.meta.author == "Megan Thorsby"
    assert page.meta.published is not None
    assert page.meta.published.isoformat() == "2026-12-02T11:47:00-08:00"
    assert page.paragraphs == (
        "Coast Guard investigating after the ferry struck the dock at speed",
        "Fourteen people were injured Wednesday morning when a passenger ferry crashed into the"
        " dock at Kestrel Bay.",
    )


def test_a_podcasts_time_stamped_turns_are_quotes_of_their_speakers_and_questions_go() -> None:
    page = parse_text(
        "Episode 214: The antibiotic hiding in a cave\n\n"
        "By Priya Nair\n\nDecember 2, 2026 · 24 min\n\n"
        "[00:00:00] Priya Nair: Hello and welcome to Lab Notes. Anja Reinholt joins me now.\n\n"
        "[00:00:23] Priya Nair: So why go into a cave to look for antibiotics?\n\n"
        "[00:00:27] Anja Reinholt: A cave is a completely different world.\n\n"
        "[00:01:01] Anja Reinholt: We grew about 2,000 strains from the clay.\n"
    )
    assert page.meta.published is not None and page.meta.published.day == 2
    assert page.paragraphs == (
        "Anja Reinholt: “A cave is a completely different world.”",
        "Anja Reinholt: “We grew about 2,000 strains from the clay.”",
    )


@pytest.mark.parametrize("line", ["December 2, 2026 · 24 min", "Dec 2, 2026 · 5 min read"])
def test_a_running_or_reading_time_beside_a_date_leaves_a_date_line(line: str) -> None:
    assert date_line(line) is not None


def test_a_wiki_articles_note_markers_and_apparatus_leave_its_text(tmp_path: Path) -> None:
    article, problems = read_one(
        tmp_path,
        "wiki.md",
        "---\ntitle: 2026 Kestrel Bay ferry allision\n---\n\n"
        "From Wikipedia, the free encyclopedia\n\n"
        "*This article is about the 2026 incident. For the terminal, see Kestrel Bay Terminal.*\n\n"
        "Fourteen people were injured.[1][2] The ferry was built in 1995.[3] It hit the berth."
        "[citation needed]\n\n"
        "## References\n\n"
        '1. ^ Thorsby, Megan (2 December 2026). "Ferry slams into terminal". CBC News.\n'
        '2. ^ a b "MV Coastal Heron". Pacific Coast Ferries. Retrieved 3 December 2026.\n\n'
        "Categories: 2026 in British Columbia | Maritime incidents in 2026\n",
    )
    assert problems == []
    assert article.paragraphs == (
        "Fourteen people were injured. The ferry was built in 1995. It hit the berth.",
    )


def test_brackets_in_text_are_no_note_markers() -> None:
    text = "The fund [which opened in 2020] lost 3 [sic] per cent, he said [to reporters]."
    assert parse_text("Headline here for the story\n\n" + text).paragraphs == (text,)


@pytest.mark.parametrize(
    "caption",
    [
        "Waves crash over the sea wall at Aberystwyth during a previous storm (Image: WalesOnline)",
        "Passengers are helped off the ferry on Wednesday. (Submitted by Ravi Sandhu)",
        "(Top photo: Gualter Fatia/Getty Images)",
    ],
)
def test_a_caption_credited_to_an_image_a_reader_or_a_top_photo_leaves_the_body(
    caption: str,
) -> None:
    lead = "Fourteen people were injured on Wednesday when a ferry struck the dock at Kestrel Bay."
    page = parse_text(f"Ferry hits dock, injuring 14\n\nBy Jane Doe\n\n{caption}\n\n{lead}\n")
    assert page.paragraphs == (lead,)


@pytest.mark.parametrize(
    "note",
    [
        "Comments (23)",
        "Bookmark",
        "This report by The Canadian Press was first published Dec. 2, 2026.",
        "Information from Press Association was used in this report.",
        "With files from The Canadian Press",
        "Got a story? Email newsdesk@marlowheathecho.co.uk or message us on WhatsApp",
        "Get the day's top B.C. stories in your inbox every weekday morning.",
        "Our free WalesOnline Whatsapp community is where you can get the latest news. Click here",
        "Download the STV News app, and follow STV News on WhatsApp, for the latest updates.",
        "Stick with SunSport for all the latest Premier League news.",
        "This article was generated with the support of AI and reviewed by an editor.",
        "Risk Disclosure: Trading in financial instruments involves high risks.",
        "Topics: antibiotics / bacteria",
    ],
)
def test_a_sites_note_about_itself_leaves_the_body(note: str) -> None:
    lead = "Fourteen people were injured on Wednesday when a ferry struck the dock at Kestrel Bay."
    closing = "The company said sailings were cancelled for the rest of the day on the route."
    page = parse_text(
        f"Ferry hits dock, injuring 14\n\nBy Jane Doe\n\n{lead}\n\n{note}\n\n{closing}"
    )
    assert page.paragraphs == (lead, closing)


@pytest.mark.parametrize(
    "text",
    [
        "Comments (23) from readers were read out at the meeting, the chair said.",
        "Information from the black box was used in this report, the board said on Tuesday.",
    ],
)
def test_a_sentence_opening_like_a_note_stays(text: str) -> None:
    page = parse_text(f"Ferry hits dock, injuring 14\n\nBy Jane Doe\n\n{text}")
    assert page.paragraphs == (text,)


def test_a_local_papers_name_over_its_menu_is_the_outlet() -> None:
    page = parse_text(
        "Skip to content\nMarlow Heath Echo\nNews\nSport\nWhat's On\nProperty\nJobs\nLog in\n"
        "NEWS\nHuge fire at Marlow Heath industrial estate sends smoke across town\n"
        "By Holly Aspinall\nChief Reporter\nUpdated 14:32 GMT, 1 Dec 2026\n"
        "A huge fire has broken out at a warehouse on the Brookfield Park industrial estate.\n"
    )
    assert (page.meta.title, page.meta.outlet, page.meta.author) == (
        "Huge fire at Marlow Heath industrial estate sends smoke across town",
        "Marlow Heath Echo",
        "Holly Aspinall",
    )


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Sanjay Verma, Local Democracy Reporting Service",
         "Sanjay Verma", "Local Democracy Reporting Service"),
        ("By Dirk Meissner, THE CANADIAN PRESS", "Dirk Meissner", "The Canadian Press"),
    ],
)  # fmt: skip
def test_an_agency_named_after_the_writer_is_the_outlet(
    line: str, author: str, outlet: str
) -> None:
    byline = parse_byline(line)
    assert byline is not None and (byline.author, byline.outlet) == (author, outlet)


def test_a_label_in_capitals_under_a_headline_in_sentence_case_is_not_its_last_words() -> None:
    page = parse_text(
        "EurekAlert! AAAS\nNEWS RELEASE 2-DEC-2026\n"
        "Cave clay microbe yields antibiotic that kills drug-resistant bacteria in mice\n"
        "Peer-Reviewed Publication\nUNIVERSITY OF ESTERMOOR\n"
        "EMBARGOED UNTIL 16:00 GMT / 11:00 ET, WEDNESDAY 2 DECEMBER 2026\n\n"
        "A previously unknown bacterium isolated from clay deep inside a limestone cave produces a"
        " molecule that kills drug-resistant pathogens, according to a study published today.\n"
    )
    assert page.meta.title == (
        "Cave clay microbe yields antibiotic that kills drug-resistant bacteria in mice"
    )
    assert "EMBARGOED UNTIL 16:00 GMT / 11:00 ET, WEDNESDAY 2 DECEMBER 2026" not in page.paragraphs


def test_a_hard_wrapped_sentence_ending_in_a_capitalised_word_joins() -> None:
    page = parse_text(
        "The Purple and Gold Daily\n\nBy Jane Doe\n\n"
        "Next up: Suns at home on Thursday, and the tip is at 7:30 p.m. PT on Spectrum\n"
        "SportsNet.\n"
    )
    assert page.paragraphs == (
        "Next up: Suns at home on Thursday, and the tip is at 7:30 p.m. PT on Spectrum SportsNet.",
    )


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("WalesOnline\nNews\nWeather\nStorm Ione: Amber warning as 90mph winds to batter Wales\n"
         "ByBethan Lloyd Weather Reporter\n12:14, 3 DEC 2026\n", "WalesOnline"),
        ("Harbury City boss Ferri handed four-match touchline ban\n\nESPN\n"
         "Nov 25, 2026, 05:40 PM ET\nMark Ogden, Senior Writer\n", "ESPN"),
        ("Scotland News Live: storm closes bridges\n\nLive\n\nNov 25, 2026, 05:40 PM ET\n", None),
        ("Harbury City boss Ferri handed four-match touchline ban\n\nNEWS\n"
         "Nov 25, 2026, 05:40 PM ET\nMark Ogden, Senior Writer\n", None),
    ],
)  # fmt: skip
def test_the_sites_name_over_its_menu_or_under_the_headline_is_the_outlet(
    text: str, outlet: str | None
) -> None:
    lead = "Harbury City manager Gianluca Ferri has been banned from the touchline for four games."
    assert parse_text(text + "\n" + lead).meta.outlet == outlet


def test_a_podcasts_host_opening_it_is_a_prompt_and_its_credits_leave() -> None:
    page = parse_text(
        "Episode 214: The antibiotic hiding in a cave\n\nDecember 2, 2026 · 24 min\n\n"
        "This transcript was generated automatically and may contain errors.\n\n"
        "[00:00:00] Priya Nair: Hello and welcome to Lab Notes. Anja Reinholt joins me now.\n\n"
        "[00:00:21] Anja Reinholt: Thanks for having me, Priya.\n\n"
        "[00:00:23] Priya Nair: So tell us what you found.\n\n"
        "[00:00:27] Anja Reinholt: A cave is a completely different world.\n\n"
        "Support Lab Notes on Patreon. Lab Notes is produced by Soundwave Science Media.\n"
    )
    assert page.paragraphs == (
        "Anja Reinholt: “Thanks for having me, Priya.”",
        "Anja Reinholt: “A cave is a completely different world.”",
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [("Author: Jane Doe", "Jane Doe"), ("Authors: Jane Doe and John Roe", "Jane Doe and John Roe")],
)
def test_an_author_label_is_a_byline(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and (byline.author, byline.outlet) == (author, None)


def test_a_press_offices_page_under_its_section_label_has_its_headline() -> None:
    page = parse_text(
        "Met Office\nWeather warnings\n"
        "Storm Ione: Amber wind warning issued for west Wales and south-west Scotland\n"
        "Press Office\nAuthor: Press Office\n3 December 2026\n"
        "Storm Ione has been named by the Met Office and is expected to bring very strong winds.\n"
    )
    assert (page.meta.title, page.meta.author, page.meta.outlet) == (
        "Storm Ione: Amber wind warning issued for west Wales and south-west Scotland",
        None,
        None,
    )
    assert page.paragraphs == (
        "Storm Ione has been named by the Met Office and is expected to bring very strong winds.",
    )


def test_a_sites_name_in_title_case_over_its_menu_is_the_outlet() -> None:
    page = parse_text(
        "Bristol Live\nNews\nBristol News\nCrime\n"
        "Father hugs son's picture as boss who let him fall to his death is jailed\n"
        "ByLouise Coulter Court Reporter\n15:20, 2 DEC 2026\n"
        "The family of a young scaffolder who fell to his death have spoken of their heartbreak.\n"
    )
    assert (page.meta.outlet, page.meta.author) == ("Bristol Live", "Louise Coulter")


def test_a_section_label_over_a_kicker_is_no_outlet() -> None:
    page = parse_text(
        "FOOTBALL\nPremier League\nFERRI FURY\n"
        "Harbury City boss Gianluca Ferri slapped with four-game touchline ban after tunnel rant\n"
        "Jack Rosser\nPublished: 18:02, 25 Nov 2026\n"
        "HARBURY CITY boss Gianluca Ferri has been hit with a four-game touchline ban.\n"
    )
    assert page.meta.outlet is None


def test_two_labels_under_the_headline_and_a_bar_between_byline_and_date_go() -> None:
    page = parse_text(
        "Harbury City agree £38m deal for Vitória Alvor striker Mateus Brandão – reports\n\n"
        "90min\nTransfer News\nBy Toby Cudworth\n|\nDec 2, 2026\n"
        "Harbury City have reportedly agreed a fee of around £38m with Vitória Alvor.\n"
    )
    assert (page.meta.author, page.meta.published is not None) == ("Toby Cudworth", True)
    assert page.paragraphs == (
        "Harbury City have reportedly agreed a fee of around £38m with Vitória Alvor.",
    )


def test_related_headlines_over_the_writers_biography_leave_with_it() -> None:
    page = parse_text(
        "Huge fire at Marlow Heath industrial estate sends smoke across town\n\n"
        "By Holly Aspinall\n\n"
        "A huge fire has broken out at a warehouse on the Brookfield Park industrial estate.\n\n"
        "The cause of the fire is not yet known, the fire service said on Tuesday.\n\n"
        "Read more:\nFirefighters tackle grass fire near Oakley Green\n"
        "Brookfield Park: warehouse plans approved despite objections\n\n"
        "Holly Aspinall is chief reporter at the Marlow Heath Echo and has covered the town for"
        " 12 years.\n"
    )
    assert page.paragraphs == (
        "A huge fire has broken out at a warehouse on the Brookfield Park industrial estate.",
        "The cause of the fire is not yet known, the fire service said on Tuesday.",
    )


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "ENDS"])
def test_a_releases_end_mark_ends_its_news(mark: str) -> None:
    lead = "A bacterium from a limestone cave makes a molecule that kills drug-resistant bacteria."
    page = parse_text(
        f"Cave microbe yields antibiotic\n\nBy Jane Doe\n\n{lead}\n\n{mark}\n\n"
        "Journal: Nature\n\nMethod of Research: Experimental study\n\n"
        "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases.\n"
    )
    assert page.paragraphs == (lead,)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Video report by Anglia reporter Tom Hennessey", "Tom Hennessey"),
        ("Report by Jane Doe, BBC News", "Jane Doe"),
    ],
)
def test_a_broadcasters_report_by_line_is_a_byline(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_a_headline_opening_report_by_is_no_byline() -> None:
    assert parse_byline("Report by MPs says ministers ignored warnings") is None


def test_an_acronym_over_its_menu_is_the_outlet() -> None:
    page = parse_text(
        "RTÉ\nNews\nSport\nEntertainment\n\n"
        "Rent control bill passes Dáil after Opposition walkout\n\n"
        "Updated / Wednesday, 3 Dec 2026 07:52\n\n"
        "The Government's rent control bill has passed all stages in the Dáil.\n"
    )
    assert page.meta.outlet == "RTÉ"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://us.cnn.com/2026/12/02/x", "cnn.com"),
        ("https://uk.news.yahoo.com/x", "news.yahoo.com"),
        ("https://ab.co.uk/x", "ab.co.uk"),
        ("https://nj.com/x", "nj.com"),
    ],
)
def test_a_language_or_region_prefix_of_a_host_names_no_outlet(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet


def test_an_investing_sites_disclosure_ends_the_news_and_its_promotions_go() -> None:
    lead = "Shares in Halvard Robotics crashed by 31.4% on Tuesday after it cut its guidance."
    page = parse_text(
        f"Why Halvard Robotics Stock Crashed Today\n\nBy Lee Samaha\n\n{lead}\n\n"
        "Lee Samaha has no position in any of the stocks mentioned. The Motley Fool has a"
        " disclosure policy.\n\n"
        "Before you buy stock in Halvard Robotics, consider this: our analyst team just identified"
        " the 10 best stocks for investors to buy now.\n"
    )
    assert page.paragraphs == (lead,)


def test_a_podcasts_name_over_its_episode_title_is_the_outlet_not_the_headline() -> None:
    page = parse_text(
        "The Lab Notes Podcast\nEpisode 214: The antibiotic hiding in a cave\n"
        "December 2, 2026 · 24 min\nListen on Apple Podcasts | Spotify | RSS\n\n"
        "[00:00:27] Anja Reinholt: A cave is a completely different world.\n\n"
        "[00:01:01] Anja Reinholt: We grew about 2,000 strains from the clay.\n\n"
        "[00:01:24] Anja Reinholt: It killed every bacterium we threw at it.\n"
    )
    assert (page.meta.title, page.meta.outlet) == (
        "Episode 214: The antibiotic hiding in a cave",
        "The Lab Notes Podcast",
    )


def test_a_date_line_whose_day_and_month_are_in_doubt_is_still_header() -> None:
    page = parse_text(
        "Investing.com\nStock Markets\n"
        "Halvard Robotics stock plunges after second guidance cut; analysts slash targets\n"
        "Published 12/01/2026, 10:47 AM\nUpdated 12/01/2026, 01:12 PM\nBy Investing.com\n"
        "Investing.com -- Shares of Halvard Robotics Inc plunged more than 30% on Tuesday.\n"
    )
    assert (page.meta.title, page.meta.outlet, page.meta.published) == (
        "Halvard Robotics stock plunges after second guidance cut; analysts slash targets",
        "Investing.com",
        None,
    )
