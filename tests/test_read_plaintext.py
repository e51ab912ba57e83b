"""Plain-text news: headline, byline, dateline, outlet, and a body without page furniture."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefing.content import read_articles
from briefing.content.furniture import is_navigation
from briefing.content.plaintext import parse_text, split_paragraphs, title_from
from briefing.models import Article

FIXTURES = Path(__file__).parent / "fixtures" / "read" / "text"
EST = timezone(timedelta(hours=-5))
FURNITURE = (
    "Share this",
    "Click here",
    "Follow us",
    "Sign up",
    "Copyright",
    "contributed to this report",
    "Reporting by",
    "Photo",
    "Getty",
    " / ",
    "Advertisement",
    "Read more",
    "(CNN)",
    "(Reuters)",
    "(AP)",
)


def read_fixture(tmp_path: Path, name: str) -> Article:
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    shutil.copy(FIXTURES / name, folder / name)
    articles, problems = read_articles([folder], base=tmp_path)
    assert problems == ()
    return articles[0]


def parse(text: str) -> tuple[str | None, tuple[str, ...]]:
    article = parse_text(text)
    return article.meta.title, article.paragraphs


def assert_clean(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert not any(mark in paragraph for mark in FURNITURE), paragraph


@pytest.mark.parametrize(
    ("name", "title", "author", "outlet", "published", "first", "last"),
    [
        (
            "wire-byline.txt",
            "Harbour cranes idle as dockworkers walk out over automation plan",
            "Jane Doe and John Roe",
            "The Associated Press",
            None,
            "Thousands of dockworkers walked off the job",
            "The port authority said talks would resume on Wednesday.",
        ),
        (
            "updated-dateline.txt",
            "Glacier lake outburst floods three Alpine villages",
            None,
            "CNN",
            datetime(2031, 3, 3, 20, 14, tzinfo=UTC),
            "A lake formed by a melting glacier burst",
            '"The water came down in minutes," said Marc Rey, who runs a guesthouse in the valley.',
        ),
        (
            "reuters-trailer.txt",
            "Chipmaker Veltra cuts 2,000 jobs as demand slumps",
            "Anna Berg",
            "Reuters",
            datetime(2031, 3, 4, tzinfo=UTC),
            "Chipmaker Veltra will cut 2,000 jobs",
            "Chief executive Omar Haddad said the cuts would save 400 million euros a year.",
        ),
        (
            "hard-wrapped.txt",
            "Council freezes parking fees for a second year",
            "Maria Lopez",
            None,
            datetime(2031, 3, 4, 9, 30, tzinfo=UTC),
            "The city council voted on Tuesday to keep parking fees at their 2029 level for "
            "another year, rejecting a proposal from the transport committee to raise them",
            "The transport committee had argued that higher fees would pay for two new bus routes.",
        ),
        (
            "credits-and-captions.txt",
            "Wildfire forces thousands from homes near Marseille",
            None,
            None,
            None,
            "A wildfire driven by strong winds forced more than 3,000 people",
            "The prefect said the cause of the fire was not yet known.",
        ),
        (
            "crlf.txt",
            "Ferry strike ends after pay deal",
            "Sam Lee",
            None,
            None,
            "The three-day ferry strike ended on Friday",
            "The three-day ferry strike ended on Friday after the operator agreed to a 6 percent "
            "pay rise, the union said.",
        ),
        (
            "question-headline.txt",
            "Will the new bridge open on time?",
            None,
            None,
            datetime(2031, 7, 4, 17, 2, tzinfo=UTC),
            "Engineers said on Friday that the main span",
            "The city transport office said it still expected the bridge to open in October.",
        ),
    ],
)
def test_news_pages(
    tmp_path: Path,
    name: str,
    title: str,
    author: str | None,
    outlet: str | None,
    published: datetime | None,
    first: str,
    last: str,
) -> None:
    article = read_fixture(tmp_path, name)
    assert (article.title, article.author, article.outlet) == (title, author, outlet)
    assert article.published == published
    assert article.paragraphs[0].startswith(first)
    assert article.paragraphs[-1] == last
    assert title not in article.paragraphs
    assert_clean(article)


def test_credit_and_caption_paragraphs_are_dropped_whole(tmp_path: Path) -> None:
    article = read_fixture(tmp_path, "credits-and-captions.txt")
    assert len(article.paragraphs) == 3
    assert not any("Firefighters" in p for p in article.paragraphs)


def test_text_without_headline_is_one_paragraph(tmp_path: Path) -> None:
    article = read_fixture(tmp_path, "one-paragraph.txt")
    assert article.title == (
        "Residents of the coastal town of Marlow Bay were told to boil their tap water on…"
    )
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].endswith('"We are sorry for the disruption," a spokeswoman said.')
    assert (article.author, article.outlet, article.published) == (None, None, None)


def test_short_first_sentence_is_the_title_as_is() -> None:
    assert parse("Water was cut off in Marlow Bay on Thursday. Engineers are at work.\n") == (
        "Water was cut off in Marlow Bay on Thursday",
        ("Water was cut off in Marlow Bay on Thursday. Engineers are at work.",),
    )


def test_title_from_a_long_sentence_is_cut_at_a_word() -> None:
    title = title_from("word " * 40 + "end.")
    assert title.endswith("word…") and len(title) <= 90


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published"),
    [
        ("By Patrick Goodenough | January 5, 2014 | 5:13pm EST", "Patrick Goodenough", None,
         datetime(2014, 1, 5, 17, 13, tzinfo=EST)),
        ("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe", "Reuters", None),
        ("By JANE DOE, Associated Press Writer", "Jane Doe", "The Associated Press", None),
        ("By Jane Doe, Staff Writer", "Jane Doe", None, None),
        ("By Jane Doe for MailOnline", "Jane Doe", "MailOnline", None),
        ("By Jane Doe, CNN Updated 3:14 p.m. ET, Mon January 6, 2014", "Jane Doe", "CNN",
         datetime(2014, 1, 6, 20, 14, tzinfo=UTC)),
        ("By Ana de la Cruz, John Roe and Li Wei", "Ana de la Cruz, John Roe and Li Wei", None,
         None),
        ("Written by Omar Haddad · 5 March 2031 · 17:40 GMT", "Omar Haddad", None,
         datetime(2031, 3, 5, 17, 40, tzinfo=UTC)),
        ("By CNN Staff", None, "CNN", None),
        ("By JOHN DOE and MARY ROE Associated Press", "John Doe and Mary Roe",
         "The Associated Press", None),
        ("By JOHN DOE Reuters", "John Doe", "Reuters", None),
        ("By Staff Reporter", None, None, None),
        ("Posted by admin", None, None, None),
        ("Posted by admin on March 10, 2031", None, None, datetime(2031, 3, 10, tzinfo=UTC)),
        ("Submitted by @jdoe", None, None, None),
        ("By Staff Reporter, National Review", None, "National Review", None),
        ("By Jane Doe, National Correspondent", "Jane Doe", None, None),
        ("By Jane Doe, The Hill", "Jane Doe", "The Hill", None),
        ("By Jane Doe, Newsweek", "Jane Doe", "Newsweek", None),
        ("By Jane Doe, CNN Business", "Jane Doe", "CNN Business", None),
        ("By Jane Doe, USA TODAY", "Jane Doe", "USA TODAY", None),
        ("By the Editorial Board | March 4, 2031", None, None, datetime(2031, 3, 4, tzinfo=UTC)),
        ("By Staff and wire reports", None, None, None),
        # A science news site names the institution that sent the release: no writer, no outlet.
        ("by University of Copenhagen", None, None, None),
        ("By the University of Texas at Austin", None, None, None),
    ],
)  # fmt: skip
def test_bylines(
    line: str, author: str | None, outlet: str | None, published: datetime | None
) -> None:
    article = parse_text(f"Dock strike ends\n\n{line}\n\nThe strike ended on Friday.\n")
    assert article.meta.title == "Dock strike ends"
    assert (article.meta.author, article.meta.outlet) == (author, outlet)
    assert article.meta.published == published
    assert article.paragraphs == ("The strike ended on Friday.",)


def test_a_role_only_byline_lets_the_date_line_below_it_be_read() -> None:
    article = parse_text(
        "Dock strike ends\n\nBy Staff Reporter\n2031-03-04T09:15:00-07:00\n\nIt ended on Friday.\n"
    )
    assert (article.meta.author, article.meta.published) == (
        None,
        datetime(2031, 3, 4, 16, 15, tzinfo=UTC),
    )
    assert article.paragraphs == ("It ended on Friday.",)


@pytest.mark.parametrize(
    "sentence",
    ["By the end of Friday, the strike was over.", "By the board's count, 40 ships waited."],
)
def test_a_sentence_starting_with_by_the_is_not_a_byline(sentence: str) -> None:
    assert parse_text(f"Dock strike ends\n\n{sentence}\n").paragraphs == (sentence,)


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    title, paragraphs = parse("Dock strike ends\n\nBy the end of Friday, the strike was over.\n")
    assert (title, paragraphs) == (
        "Dock strike ends",
        ("By the end of Friday, the strike was over.",),
    )


@pytest.mark.parametrize(
    ("start", "outlet", "rest"),
    [
        ("WASHINGTON (AP) — The", "The Associated Press", "The"),
        ("(CNN) -- The", "CNN", "The"),
        ("(CNN)The", "CNN", "The"),
        ("LONDON (Reuters) - The", "Reuters", "The"),
        ("BAGHDAD, Iraq (AFP) – The", "AFP", "The"),
        ("BAGHDAD, Iraq — The", None, "The"),
        # A wire dateline with a day but no year names the outlet; the date stays unknown.
        ("PORT CALDER, March 9 (AAP) - The", "AAP", "The"),
        ("PORT CALDER, Victoria, March 9 (AAP) - The", "AAP", "The"),
        ("Port Calder, 9 March (AAP) - The", "AAP", "The"),
        # Reuters without a place: the day alone.
        ("Dec 2 (Reuters) - The", "Reuters", "The"),
        ("Jane Doe (Labour) - The", None, "Jane Doe (Labour) - The"),
        ("Port Calder, Tuesday (AAP) - The", None, "Port Calder, Tuesday (AAP) - The"),
        ("NEW YORK -- The", None, "The"),
        ("( – The", None, "The"),
        ("— The", None, "The"),
    ],
)
def test_datelines_are_stripped_and_name_the_outlet_only_when_stated(
    start: str, outlet: str | None, rest: str
) -> None:
    article = parse_text(f"Dock strike ends\n\n{start} strike ended on Friday.\n\nMore text.\n")
    assert (article.meta.outlet, article.meta.published) == (outlet, None)
    assert article.paragraphs == (f"{rest} strike ended on Friday.", "More text.")


def test_parenthesised_aside_is_not_a_dateline() -> None:
    _, paragraphs = parse("Dock strike ends\n\nIt ended.\n\n(Similar strikes hit Hamburg.)\n")
    assert paragraphs == ("It ended.", "(Similar strikes hit Hamburg.)")


def test_copyright_line_names_the_outlet_and_is_dropped() -> None:
    article = parse_text(
        "Dock strike ends\n\nIt ended.\n\n© 2031 Harbour Daily. All rights reserved.\n"
    )
    assert (article.meta.outlet, article.paragraphs) == ("Harbour Daily", ("It ended.",))


@pytest.mark.parametrize(
    "menu",
    ["Home | World | Politics | Sign in", "News › Europe › France", "Home • Sport • Weather"],
)
def test_a_site_menu_above_the_headline_is_not_the_headline(menu: str) -> None:
    article = parse_text(
        f"{menu}\n\nDock strike ends\n\nPublished: 4 March 2031\nBy Jane Doe, Harbour Daily\n\n"
        "It ended on Friday.\n"
    )
    assert (article.meta.title, article.meta.author, article.meta.outlet) == (
        "Dock strike ends",
        "Jane Doe",
        "Harbour Daily",
    )
    assert article.meta.published == datetime(2031, 3, 4, tzinfo=UTC)
    assert article.paragraphs == ("It ended on Friday.",)


@pytest.mark.parametrize(
    "line",
    [
        "Dock strike ends | Harbour Daily",
        "By Jane Doe | Staff Writer | Harbour Daily",
        "Analysis | Politics | Why the dock strike ended so suddenly",
        "Rates rose 0.5% | Oil fell | Gold rose",
    ],
)
def test_lines_with_separators_that_are_not_menus(line: str) -> None:
    assert not is_navigation(line)


def test_an_address_line_is_the_url_and_names_the_outlet_when_nothing_else_does(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "strike.txt").write_text(
        "https://www.harbourdaily.co.uk/news/dock-strike-ends\n\nDock strike ends\n\n"
        "It ended on Friday.\n\nhttps://example.org/related-story\n",
        "utf-8",
    )
    (article,), _ = read_articles([folder], base=tmp_path)
    assert (article.url, article.outlet, article.title, article.paragraphs) == (
        "https://www.harbourdaily.co.uk/news/dock-strike-ends",
        "harbourdaily.co.uk",
        "Dock strike ends",
        ("It ended on Friday.",),
    )


def test_a_standfirst_and_a_name_with_its_role_on_one_line() -> None:
    article = parse_text(
        "Dock strike ends after nine days\n\nUnion accepts pay offer as ships queue\n\n"
        "Jane Doe, Transport Correspondent\nThu 5 Mar 2031 10.32 GMT\n\nIt ended on Friday.\n"
    )
    assert (article.meta.title, article.meta.author, article.meta.published) == (
        "Dock strike ends after nine days",
        "Jane Doe",
        datetime(2031, 3, 5, 10, 32, tzinfo=UTC),
    )
    assert article.paragraphs == ("Union accepts pay offer as ships queue", "It ended on Friday.")
    assert article.standfirst == 1  # the lead is the second paragraph


def test_a_second_paragraph_with_no_byline_under_it_is_body_not_standfirst() -> None:
    article = parse_text("Dock strike ends\n\nIt ended on Friday.\n\nShips are moving.\n")
    assert article.paragraphs == ("It ended on Friday.", "Ships are moving.")
    assert article.standfirst == 0


def test_a_standfirst_with_no_lead_under_it_is_the_lead() -> None:
    article = parse_text("Dock strike ends\n\nUnion accepts pay offer\n\nBy Jane Doe\n")
    assert (article.paragraphs, article.standfirst) == (("Union accepts pay offer",), 0)


def test_contributor_note_does_not_make_an_outlet() -> None:
    article = parse_text("Dock strike ends\n\nIt ended.\n\nReuters contributed to this report.\n")
    assert (article.meta.outlet, article.paragraphs) == (None, ("It ended.",))


@pytest.mark.parametrize(
    "furniture",
    [
        "Discuss as:",
        "Share this:",
        "Share on Facebook",
        "Tweet Email Print",
        "Click here for the latest updates",
        "Sign up for our morning briefing",
        "Follow us on Twitter",
        "Follow Jane Doe on Instagram",
        "Harbour Daily Store",
        "Advertisement",
        "Read more: Five things to know about the strike",
        "Related: Ports across Europe brace for walkouts",
        "12 Comments",
        "Watch the video",
        "The Associated Press contributed reporting from Hamburg.",
        "Additional reporting by Jan Smit in Amsterdam.",
        "(Reporting by Jan Smit; Editing by Ann Lee)",
        "Dockers march in Rotterdam. (AP Photo/Jan Smit)",
        "Dockers march in Rotterdam. Photograph: Jan Smit/Reuters",
    ],
)
def test_furniture_is_removed(furniture: str) -> None:
    text = f"Dock strike ends\n\nIt ended on Friday.\n\n{furniture}\n\nUnions claimed victory.\n"
    assert parse(text) == ("Dock strike ends", ("It ended on Friday.", "Unions claimed victory."))


def test_photo_credit_takes_its_caption_with_it() -> None:
    text = (
        "Dock strike ends\n\nStr / AP\n\nDockers march through Rotterdam on Friday.\n\n"
        "The strike ended on Friday, the union said.\n"
    )
    assert parse(text)[1] == ("The strike ended on Friday, the union said.",)


@pytest.mark.parametrize(
    "credit",
    ["Str / AP", "Anadolu Agency via Getty Images", "Photo: Jan Smit", "Jan Smit/AFP/Getty Images"],
)
def test_photo_credits_are_removed(credit: str) -> None:
    text = f"Dock strike ends\n\nIt ended.\n\n{credit}\n\nUnions claimed victory, Smit said.\n"
    assert parse(text)[1] == ("It ended.", "Unions claimed victory, Smit said.")


def test_credit_before_a_quoted_paragraph_keeps_the_paragraph() -> None:
    text = (
        "Dock strike ends\n\nText.\n\nJan Smit / Reuters\n\n"
        '"We won," union leader Anke de Wit said.\n'
    )
    assert parse(text)[1] == ("Text.", '"We won," union leader Anke de Wit said.')


def test_trailing_related_headlines_are_removed_but_not_sentences() -> None:
    text = (
        "Dock strike ends\n\nIt ended.\n\nTalks resume on Monday.\n\n"
        "Ports across Europe brace for walkouts\n\nWhy automation divides the docks\n"
    )
    assert parse(text)[1] == ("It ended.", "Talks resume on Monday.")


def test_a_closing_list_under_its_label_is_the_articles_own() -> None:
    text = (
        "Dock strike ends\n\nIt ended.\n\nWhat the deal gives:\n\n"
        "- A 6% pay rise this year\n- Two more rest days\n"
    )
    assert parse(text)[1] == (
        "It ended.",
        "What the deal gives:",
        "A 6% pay rise this year",
        "Two more rest days",
    )


def test_headline_before_a_caption_is_kept() -> None:
    text = (
        "Discuss as:\n\n'We won': union hails deal\n\nStr / AP\n\n"
        "Dockers celebrate at the gates on Friday.\n\nThe strike is over, the union said.\n"
    )
    assert parse(text) == ("'We won': union hails deal", ("The strike is over, the union said.",))


def test_lines_without_blank_lines_are_paragraphs() -> None:
    text = (
        "Dock strike ends\nBy Jan Smit\n"
        "The strike at the port ended on Friday after nine days, the union said in a statement.\n"
        "Ships that had queued at sea began to unload on Saturday morning.\n"
    )
    article = parse_text(text)
    assert (article.meta.title, article.meta.author) == ("Dock strike ends", "Jan Smit")
    assert len(article.paragraphs) == 2


def test_split_paragraphs_joins_wrapped_lines_and_keeps_lowercase_continuations() -> None:
    text = "A long line that was wrapped by the\neditor at a fixed width and\ncontinues here.\n"
    assert split_paragraphs(text) == [
        "A long line that was wrapped by the editor at a fixed width and continues here."
    ]


@pytest.mark.parametrize(
    ("block", "paragraphs"),
    [
        # A standfirst's bullets, one a line, each without a final stop.
        ("Harbour Ports to pay 6% more over two years\nDeal is first since 2028 strike",
         ["Harbour Ports to pay 6% more over two years", "Deal is first since 2028 strike"]),
        # A Title Case headline wrapped over two lines.
        ("Harbour Ports Reaches Landmark Pay Deal With Dockers\nAfter Nine Days Of Strikes",
         ["Harbour Ports Reaches Landmark Pay Deal With Dockers After Nine Days Of Strikes"]),
        # Wrapped text: a line ending on a word that leads on, or a paragraph ending in a stop.
        ("Harbour Ports agreed to pay dockers 6% more for\nTwo years, the union said",
         ["Harbour Ports agreed to pay dockers 6% more for Two years, the union said"]),
        ("Harbour Ports agreed to pay dockers 6% more\nRotterdam dockers will vote on it.",
         ["Harbour Ports agreed to pay dockers 6% more Rotterdam dockers will vote on it."]),
    ],
)  # fmt: skip
def test_short_unpunctuated_lines_are_kept_apart(block: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(block) == paragraphs


def test_a_standfirst_of_two_bullets_over_the_byline() -> None:
    text = (
        "Pay Deal Ends Dock Strike\n\nHarbour Ports to pay 6% more over two years\n"
        "Deal is first since 2028 strike\n\nBy Jane Doe\nMarch 11, 2031\n\nThe strike ended.\n"
    )
    article = parse_text(text)
    assert (article.meta.title, article.meta.author, article.meta.published) == (
        "Pay Deal Ends Dock Strike",
        "Jane Doe",
        datetime(2031, 3, 11, tzinfo=UTC),
    )
    assert article.paragraphs == (
        "Harbour Ports to pay 6% more over two years",
        "Deal is first since 2028 strike",
        "The strike ended.",
    )
    assert article.standfirst == 2


def test_non_breaking_and_invisible_spaces_are_normalised() -> None:
    _, paragraphs = parse("Dock strike ends\n\nIt\u00a0ended\u200b on Friday. \u00a0\n")
    assert paragraphs == ("It ended on Friday.",)


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry Strike Ends. Unions Claim Victory.",
        "Ferry strike ends after nine days.",
        "Remembering 9/11 Together",
        "ABC News/Ipsos Poll: Most Back the Ferry Deal",
        "Kerry Talks With Reuters",
        "Council blurred signs in march photo: 'We made a mistake'",
    ],
)
def test_headline_shapes(headline: str) -> None:
    body = (
        "The ferry strike that stranded thousands of travellers for nine days ended on "
        "Friday after the operator agreed to a pay rise, the union said."
    )
    assert parse(f"{headline}\n\n{body}\n") == (headline, (body,))


def test_short_first_paragraph_over_a_short_one_is_not_a_headline() -> None:
    assert parse("The strike is over.\n\nShips unload again.\n") == (
        "The strike is over",
        ("The strike is over.", "Ships unload again."),
    )


def test_a_one_line_text_is_its_own_body() -> None:
    assert parse("See the ferry timetable for the weekend\n") == (
        "See the ferry timetable for the weekend",
        ("See the ferry timetable for the weekend",),
    )


def test_credit_trailing_a_long_paragraph_is_cut_not_the_paragraph() -> None:
    long = "The strike ended on Friday after nine days. " * 10
    _, paragraphs = parse(f"Dock strike ends\n\n{long}Photo: Getty Images\n")
    assert paragraphs == (long.strip(),)


@pytest.mark.parametrize(
    "sentence",
    [
        "We use cookies to track shoppers, the regulator said.",
        "Close to 40 ships are waiting.",
        "Follow the money, the auditor told the council.",
        "Watch the tide tables before sailing.",
    ],
)
def test_sentences_that_start_like_furniture_are_kept(sentence: str) -> None:
    text = f"Dock strike ends\n\nIt ended on Friday.\n\n{sentence}\n"
    assert parse(text)[1] == ("It ended on Friday.", sentence)


def test_furniture_only_text_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "widget.txt").write_text("Share this:\n\nSign up for our newsletter\n", "utf-8")
    articles, problems = read_articles([folder], base=tmp_path)
    assert articles == ()
    assert [str(p) for p in problems] == [
        "error: news/widget.txt: No article text: only a headline or page furniture."
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "This story has been updated to include a statement from the operator.",
        "This article was originally published on the Harbour Daily website.",
        "Download our free app for breaking news alerts",
        "Please enable JavaScript to view the comments",
        "Most Popular",
        "Listen to this article · 5 min",
        "4 min read",
        "Updated 2 hours ago",
        "Gift this article",
        "Story continues below advertisement",
        "Advertisement - scroll to continue",
        "WATCH: Divers inspect the bridge piers",
        "[Photo: Jane Doe for Harbour Daily]",
        "Already a subscriber? Sign in",
        "You have reached your limit of free articles.",
        "We use cookies to improve your experience on our site.",
        "This article is more than 2 years old",
        "Supported by",
        "Open in app",
    ],
)
def test_more_page_furniture(furniture: str) -> None:
    text = f"Dock strike ends\n\nIt ended on Friday.\n\n{furniture}\n\nUnions claimed victory.\n"
    assert parse(text)[1] == ("It ended on Friday.", "Unions claimed victory.")


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [("Staff Writer", None), ("The Harbour Times", "The Harbour Times"), ("CNN", "CNN")],
)
def test_a_line_completing_the_byline(tail: str, outlet: str | None) -> None:
    article = parse_text(f"Dock strike ends\n\nBy Jan Smit\n\n{tail}\n\nIt ended on Friday.\n")
    assert (article.meta.author, article.meta.outlet) == ("Jan Smit", outlet)
    assert article.paragraphs == ("It ended on Friday.",)


def test_plain_text_may_start_with_front_matter(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "---\nsource: Harbour Daily\nurl: https://hd.example/a\ncolor: red\n---\n"
        "Dock strike ends\n\nBy Jan Smit, Reuters\n\nIt ended on Friday.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("---\n\nDock strike ends\n\nIt ended on Friday.\n", "utf-8")
    articles, problems = read_articles([folder], base=tmp_path)
    assert [(a.title, a.outlet, a.author, a.url, a.paragraphs) for a in articles] == [
        ("Dock strike ends", "Harbour Daily", "Jan Smit", "https://hd.example/a",
         ("It ended on Friday.",)),
        ("Dock strike ends", None, None, None, ("It ended on Friday.",)),
    ]  # fmt: skip
    assert [str(p) for p in problems] == [
        "warning: news/a.txt:4: Unknown front matter key 'color' (ignored).\n"
        "  hint: Known keys: author, draft, published, source, story, tags, title, updated, url."
    ]


def test_copyright_line_above_the_headline_names_the_outlet() -> None:
    article = parse_text("© 2031 Harbour Daily\n\nDock strike ends\n\nIt ended on Friday.\n")
    assert (article.meta.title, article.meta.outlet) == ("Dock strike ends", "Harbour Daily")


@pytest.mark.parametrize(
    ("header", "author", "outlet", "published"),
    [
        ("Posted by Jane Doe on March 4, 2031 at 10:02 am", "Jane Doe", None,
         datetime(2031, 3, 4, 10, 2, tzinfo=UTC)),
        ("4 March 2031\n\nJane Doe\nBusiness reporter", "Jane Doe", None,
         datetime(2031, 3, 4, tzinfo=UTC)),
        ("Jane Doe\n\nHarbour Daily", "Jane Doe", "Harbour Daily", None),
        ("John Kerry", None, None, None),
    ],
)  # fmt: skip
def test_bylines_in_other_shapes(
    header: str, author: str | None, outlet: str | None, published: datetime | None
) -> None:
    article = parse_text(f"Dock strike ends\n\n{header}\n\nIt ended on Friday, the union said.\n")
    assert (article.meta.author, article.meta.outlet, article.meta.published) == (
        author,
        outlet,
        published,
    )
    assert article.paragraphs[-1] == "It ended on Friday, the union said."
    assert len(article.paragraphs) == (2 if header == "John Kerry" else 1)


def test_image_captions_and_player_notices_are_removed() -> None:
    text = (
        "Dock strike ends\n\nImage copyright Jan Smit\n\nImage caption Dockers at the gates\n\n"
        "It ended on Friday.\n\nMedia playback is unsupported on your device\n\nMore text.\n"
    )
    assert parse(text)[1] == ("It ended on Friday.", "More text.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sign up rates for the ferry pass fell, officials said.",
        "Sign up numbers rose sharply this year.",
        "Subscribers to the ferry pass will pay more, the operator said.",
        "This report was published by the port authority on Monday.",
    ],
)
def test_text_that_looks_like_a_prompt_is_kept(paragraph: str) -> None:
    assert parse(f"Dock strike ends\n\nIt ended.\n\n{paragraph}\n")[1] == ("It ended.", paragraph)


PAGE_HEADERS = [
    # The site's name over a date line, then the headline and a name with its role.
    ("Harbour Daily\n\nMarch 6, 2031\n\nDock strike ends after nine days\n\n"
     "Jane Doe | Staff Writer",
     "Dock strike ends after nine days", "Jane Doe", "Harbour Daily",
     datetime(2031, 3, 6, tzinfo=UTC)),
    # A menu set one item a line; a "Published" label over its date; a name over its outlet.
    ("Skip to content\nHome\nNews\nSport\nWeather\niPlayer\n\nDock strike ends after nine days\n\n"
     "Published\n4 March 2031\n\nShare\nSave\n\nJane Doe\nHarbour News",
     "Dock strike ends after nine days", "Jane Doe", "Harbour News",
     datetime(2031, 3, 4, tzinfo=UTC)),
    # A section label over the headline, a standfirst, a correspondent and where they file from.
    ("Netherlands\n\nDock strike ends after nine days\n\nUnion accepts pay offer as ships queue\n\n"
     "Jane Doe in Rotterdam\nWed 5 Mar 2031 13.05 CET\nLast modified on Wed 5 Mar 2031 16.22 CET",
     "Dock strike ends after nine days", "Jane Doe", None,
     datetime(2031, 3, 5, 12, 5, tzinfo=UTC)),
    # A section label right over the headline and its byline.
    ("Europe\n\nDock strike ends after nine days\n\nBy Jane Doe | 5 March 2031",
     "Dock strike ends after nine days", "Jane Doe", None, datetime(2031, 3, 5, tzinfo=UTC)),
    # A short headline over a standfirst (a sentence) and the byline stays the headline.
    ("Strike over\n\nThe union accepted the pay offer as ships queued at the gates.\n\n"
     "By Jane Doe | 5 March 2031",
     "Strike over", "Jane Doe", None, datetime(2031, 3, 5, tzinfo=UTC)),
    # A newsletter's name, its prompts, title, subtitle, a name over a date, like counters.
    ("The Harbour Letter\n\nSubscribe\nSign in\n\nWhy the dock strike ended\n\n"
     "What the pay deal tells us\n\nJane Doe\nMar 07, 2031\n\n12\n\n3\n\nShare",
     "Why the dock strike ended", "Jane Doe", "The Harbour Letter",
     datetime(2031, 3, 7, tzinfo=UTC)),
    # A caption under its label at the end of the header.
    ("Dock strike ends after nine days\n\nJane Doe\nHarbour News\n\n"
     "Image source, Getty Images\nImage caption,\nDockers at the gates on Friday",
     "Dock strike ends after nine days", "Jane Doe", "Harbour News", None),
    # A press release.
    ("FOR IMMEDIATE RELEASE\n\nPort Operator Reaches Pay Deal With Dock Union",
     "Port Operator Reaches Pay Deal With Dock Union", None, None, None),
    # Updated before published: the date is when it was published.
    ("Dock strike ends after nine days\n\nUpdated: Sunday, 9 March 2031, 2:44 pm\n"
     "Originally published: Sunday, 9 March 2031, 11:03 am\n\nJane Doe\nSports reporter",
     "Dock strike ends after nine days", "Jane Doe", None,
     datetime(2031, 3, 9, 11, 3, tzinfo=UTC)),
    # A menu whose second item reads like a name over an outlet ("Watch Live" / "Weather").
    ("Harbour 8 News | The Coast's News Leader\n\nWatch Live\nWeather\nTraffic\nContests\n\n"
     "Dock strike ends after nine days\n\nBy Jane Doe\nPublished: Mar. 4, 2031 at 7:41 AM PST",
     "Dock strike ends after nine days", "Jane Doe", None,
     datetime(2031, 3, 4, 15, 41, tzinfo=UTC)),
    # A short sentence-case headline over a date and a dek stays the headline.
    ("Dock strike ends\n\n4 March 2031\n\nUnion accepts pay offer as ships queue",
     "Dock strike ends", None, None, datetime(2031, 3, 4, tzinfo=UTC)),
    # A name over an agency is a photo credit, not a byline.
    ("Dock strike ends\n\nJane Doe | Reuters", "Dock strike ends", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("header", "title", "author", "outlet", "published"), PAGE_HEADERS)
def test_page_headers_as_copied_whole(
    header: str, title: str, author: str | None, outlet: str | None, published: datetime | None
) -> None:
    body = "The strike at the port ended on Friday after nine days, the union said."
    article = parse_text(f"{header}\n\n{body}\n")
    meta = article.meta
    assert (meta.title, meta.author, meta.outlet, meta.published) == (
        title,
        author,
        outlet,
        published,
    )
    assert article.paragraphs[-1] == body
    assert not any(p in article.paragraphs for p in ("12", "3", "Share", "Published"))
    assert not any("Dockers" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "furniture",
    [
        "Image caption,\nDockers at the gates of the port on Friday",
        "Dockers cheer at the gates in Rotterdam on Friday.\n(Supplied: Harbour Union)",
        "(Harbour News: Jan Smit)",
        "Dockers cheer at the gates on Friday. (Supplied: Harbour Union)",
        "Union leader Anke de Wit thanks the crowd. (HNN Sport: Jan Smit)",
        "— With assistance from Jan Smit",
        "Jane Doe covers the port for the Daily. Reach her at jdoe@harbourdaily.example.",
        "Jan Smit can be reached at 555-555-0177.",
        "Copyright 2031 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
        "© 2031 Harbour Media Ltd. All rights reserved. No part of this page may be copied.",
        "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.",
        "Stay with Harbour 8 for updates on this developing story.",
        "This is a developing story. Check back for updates.",
        "Before it's here, it's on the Harbour Terminal.\nLEARN MORE",
    ],
)
def test_captions_credits_and_trailers_are_removed(furniture: str) -> None:
    text = f"Dock strike ends\n\nIt ended on Friday.\n\n{furniture}\n\nUnions claimed victory.\n"
    assert parse(text) == ("Dock strike ends", ("It ended on Friday.", "Unions claimed victory."))


@pytest.mark.parametrize(
    "paragraph",
    [
        "(Note: Harbour News owns the ferry line.)",
        "Freight fell 3 percent in May. (Source: Statistics Netherlands)",
        "Divers searched the harbour with assistance from a navy crew.",
        "Residents who need help can call the hotline at 555-555-0142.",
        "Copyright 2014 rules were changed. All rights reserved by the estate, the court said.",
        "Stay with relatives for more than a week if you can.",
        "Thanks for reading the riot act, the mayor told the union.",
    ],
)
def test_text_that_looks_like_a_credit_or_trailer_is_kept(paragraph: str) -> None:
    text = f"Dock strike ends\n\nIt ended on Friday.\n\n{paragraph}\n"
    assert parse(text)[1] == ("It ended on Friday.", paragraph)


def test_only_advert_copy_goes_with_its_button() -> None:
    text = "Dock strike ends\n\nIt ended on Friday.\n\nThe port reopened, the operator said.\n"
    text += "LEARN MORE"
    assert parse(text)[1] == ("It ended on Friday.", "The port reopened, the operator said.")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("BREAKING: Dock strike ends after nine days", "Dock strike ends after nine days"),
        ("UPDATE 2-Dock strike ends after nine days", "Dock strike ends after nine days"),
        ("EXCLUSIVE-Port plans new terminal", "Port plans new terminal"),
        ("Watch: Dockers cheer as strike ends", "Dockers cheer as strike ends"),
        ("LIVE | Dock strike ends after nine days", "Dock strike ends after nine days"),
        ("Live: Dock strike latest", "Dock strike latest"),
        ("Soccer-Okafor double lifts Harbury", "Okafor double lifts Harbury"),
        ("Rugby union-England beat Wales in Cardiff", "England beat Wales in Cardiff"),
        # Not flags: a title that starts with the word, a time, a flag with almost nothing after.
        ("Breaking Bad star dies at 60", "Breaking Bad star dies at 60"),
        ("Watch the skies: meteor shower tonight", "Watch the skies: meteor shower tonight"),
        ("Update on the strike: ships queue", "Update on the strike: ships queue"),
        ("Update: 12:32 p.m. ships queue", "Update: 12:32 p.m. ships queue"),
        ("Exclusive: Interview", "Exclusive: Interview"),
        ("Anti-Semitism rises in Europe", "Anti-Semitism rises in Europe"),
    ],
)
def test_news_flags_leave_the_headline(headline: str, title: str) -> None:
    body = "The strike at the port ended on Friday after nine days, the union said."
    assert parse(f"{headline}\n\nBy Jane Doe\n\n{body}\n") == (title, (body,))


def test_a_news_flag_leaves_a_title_taken_from_the_body() -> None:
    text = "VIDEO: Dockers cheered on Friday as the strike ended, the union said.\n"
    assert parse(text) == (
        "Dockers cheered on Friday as the strike ended, the union said",
        ("VIDEO: Dockers cheered on Friday as the strike ended, the union said.",),
    )


def test_bulleted_lines_are_one_paragraph_each() -> None:
    text = (
        "Here is what we know so far:\n"
        "- More than 4,000 people have been evacuated from homes in the town centre\n"
        "- One man, 71, died after being swept from the Riverside footbridge\n"
        "- About 1,100 homes and 300 businesses have been flooded\n"
    )
    assert split_paragraphs(text) == [
        "Here is what we know so far:",
        "- More than 4,000 people have been evacuated from homes in the town centre",
        "- One man, 71, died after being swept from the Riverside footbridge",
        "- About 1,100 homes and 300 businesses have been flooded",
    ]


def test_related_headlines_under_a_read_more_label_are_removed() -> None:
    text = (
        "Dock strike ends\n\nIt ended on Friday after talks in Rotterdam.\n\n"
        "READ MORE:\nPorts across Europe brace for walkouts, says union chief\n"
        "Why automation divides the docks of the North Sea coast\n\n"
        "Read more: Dock pay deal 'will last a decade', says minister (2027)\n"
    )
    assert parse_text(text).paragraphs == ("It ended on Friday after talks in Rotterdam.",)


def test_a_menu_of_section_names_without_separators_is_not_the_headline() -> None:
    assert is_navigation("HOME POLITICS ECONOMY OPINION VIDEO")
    assert not is_navigation("POLITICS IS BACK")
    article = parse_text(
        "The Harbour Daily\nHOME NEWS SPORT OPINION VIDEO\n\nDock strike ends after talks\n\n"
        "By Jane Doe\nApril 2, 2031\n\nIt ended on Friday.\n"
    )
    assert (article.meta.title, article.meta.outlet) == (
        "Dock strike ends after talks",
        "The Harbour Daily",
    )


def test_list_markers_are_stripped_from_items() -> None:
    text = (
        "Dock strike ends\n\nIt ended on Friday after long talks.\n\nKey points:\n"
        "* Pay rises 5 per cent over two years for all staff\n"
        "• Talks resume on Monday at the port offices\n\nThe union will ballot its members.\n"
    )
    assert parse_text(text).paragraphs[2:4] == (
        "Pay rises 5 per cent over two years for all staff",
        "Talks resume on Monday at the port offices",
    )


LEAD_PARAGRAPH = (
    "People who walked briskly for about 25 minutes a day were about 30% less likely to develop "
    "dementia over nine years, according to a study published on Tuesday."
)


def test_a_masthead_over_a_section_label_gives_the_outlet_not_the_headline() -> None:
    page = "\n\n".join(
        [
            "The Harbor Tribune",
            "Health",
            "Brisk daily walks linked to lower dementia risk",
            "Researchers followed more than 78,000 adults for nine years.",
            "By Naomi Castellanos",
            "Dec. 1, 2026",
            LEAD_PARAGRAPH,
        ]
    )
    article = parse_text(page)
    assert (article.meta.title, article.meta.outlet, article.meta.author) == (
        "Brisk daily walks linked to lower dementia risk",
        "The Harbor Tribune",
        "Naomi Castellanos",
    )
    assert article.paragraphs == (
        "Researchers followed more than 78,000 adults for nine years.",
        LEAD_PARAGRAPH,
    )


KICKERS = [("The Border Courier", "The Border Courier"), ("World News", None), ("Europe", None)]


@pytest.mark.parametrize(("kicker", "outlet"), KICKERS)
def test_a_kicker_over_the_headline_is_the_outlet_when_it_names_one(
    kicker: str, outlet: str | None
) -> None:
    page = f"{kicker}\n\n'A young lad helped me out': survivors describe crash\n\nBy Morag Elliot"
    article = parse_text(page + "\n\n" + LEAD_PARAGRAPH)
    assert (article.meta.title, article.meta.outlet) == (
        "'A young lad helped me out': survivors describe crash",
        outlet,
    )


def test_a_site_name_over_its_menu_is_the_outlet_unless_a_dateline_names_another() -> None:
    menu = "Castleford Express\nNews\nSport\nWhat's On\nSign in\n\nRovers beaten at Harbury\n\n"
    assert parse_text(menu + LEAD_PARAGRAPH).meta.outlet == "Castleford Express"
    wire = parse_text(menu + "LONDON (Reuters) - " + LEAD_PARAGRAPH)
    assert (wire.meta.outlet, wire.paragraphs) == ("Reuters", (LEAD_PARAGRAPH,))


def test_a_blog_name_under_the_headline_is_neither_standfirst_nor_outlet() -> None:
    page = (
        "Train derailment: Live updates\n\nScotland News Live\n\nLast updated: 14:52, 19 May 2031"
    )
    article = parse_text(page + "\n\n" + LEAD_PARAGRAPH)
    assert (article.meta.outlet, article.paragraphs) == (None, (LEAD_PARAGRAPH,))


def test_a_score_box_between_headline_and_a_byline_at_the_ground() -> None:
    page = "\n\n".join(
        [
            "Harbury Town 2-1 Castleford Rovers: Okafor double sends Town fifth",
            "FT: Harbury Town 2-1 Castleford Rovers\nHarbury Town: Okafor 23, 78\nAtt: 31,482",
            "Tom Ashworth at Kingsmead Park",
            "Sat 28 Nov 2026 17.21 GMT",
            LEAD_PARAGRAPH,
        ]
    )
    article = parse_text(page)
    assert (article.meta.author, article.meta.published, article.paragraphs) == (
        "Tom Ashworth",
        datetime(2026, 11, 28, 17, 21, tzinfo=UTC),
        (LEAD_PARAGRAPH,),
    )


def test_where_the_writer_was_is_no_part_of_the_name() -> None:
    byline = parse_text(f"Rovers beaten\n\nBy Tom Ashworth at Kingsmead Park\n\n{LEAD_PARAGRAPH}")
    headline = parse_text(f"Protests in Paris\n\n{LEAD_PARAGRAPH}")
    assert (byline.meta.author, headline.meta.title, headline.meta.outlet) == (
        "Tom Ashworth",
        "Protests in Paris",
        None,
    )


def test_an_outlet_line_under_the_name_may_say_where_the_writer_was() -> None:
    page = "Lisbon march\n\nAlison Roberts\nBBC News, Lisbon\n\n" + LEAD_PARAGRAPH
    article = parse_text(page)
    assert (article.meta.author, article.meta.outlet) == ("Alison Roberts", "BBC News")


def test_a_dateline_without_brackets_on_its_own_line_and_a_video_block() -> None:
    page = "\n\n".join(
        [
            "Frontier jet returns to Denver after engine fire, FAA says",
            "By Pete Muntean, CNN",
            "Video Ad Feedback\nPassenger video shows flames coming from the engine\n"
            "01:12 - Source: CNN",
            "Washington CNN —",
            LEAD_PARAGRAPH,
        ]
    )
    article = parse_text(page)
    assert (article.meta.outlet, article.paragraphs) == ("CNN", (LEAD_PARAGRAPH,))
    run_on = parse_text("Jet returns\n\nHong Kong CNN — " + LEAD_PARAGRAPH)
    assert (run_on.meta.outlet, run_on.paragraphs) == ("CNN", (LEAD_PARAGRAPH,))
    told = "Mr Trump told CNN — in a rare interview — that he would run."
    assert parse_text("Trump to run\n\n" + told).paragraphs == (told,)


def test_guardian_name_run_on_to_role_and_age_notice_under_the_section() -> None:
    text = (
        "Dementia\n\nThis article is more than 1 month old\n\n"
        "Green spaces near home may cut dementia risk by up to a fifth, study says\n\n"
        "Research tracking 1.9 million Danes finds the strongest effect on low incomes\n\n"
        "Nicola Davis Science correspondent\n\nWed 2 Dec 2026 23.30 GMT\n\n"
        "Living near trees may reduce the risk of dementia, according to a large study."
    )
    meta = parse_text(text).meta
    assert meta.title == "Green spaces near home may cut dementia risk by up to a fifth, study says"
    assert (meta.outlet, meta.author) == (None, "Nicola Davis")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("1 day ago", None),
        ("December 2, 2026 9:52 PM UTC Updated ago", datetime(2026, 12, 2, 21, 52, tzinfo=UTC)),
        ("Aired November 29, 2026 - 09:00 ET", datetime(2026, 11, 29, 14, 0, tzinfo=UTC)),
        ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.", None),
    ],
)
def test_relative_and_aired_date_lines_and_a_rush_notice_leave_the_header(
    line: str, published: datetime | None
) -> None:
    article = parse_text(
        f"Dock strike ends after ten days\n\nBy Jane Doe\n\n{line}\n\n"
        "The strike at the port ended on Friday after ten days.\n"
    )
    assert article.meta.published == published
    assert article.paragraphs == ("The strike at the port ended on Friday after ten days.",)


def test_a_role_then_the_outlet_under_the_name() -> None:
    article = parse_text(
        "Mortgage relief as Reserve Bank slashes OCR\n\nTamsyn Parker\n\n"
        "Money Editor·NZ Herald·\n\n25 Nov, 2026 03:45 PM\n\n"
        "Homeowners are set for more relief on their mortgages after the cut.\n"
    )
    assert (article.meta.author, article.meta.outlet) == ("Tamsyn Parker", "NZ Herald")


@pytest.mark.parametrize(
    "line",
    [
        "Ads by Google",
        "This story will be updated.",
        "--Editing by Jill Coffey.",
        "For a reprint of this article, please contact reprints@law360.example.com.",
        "Access to Herald Premium articles require a Premium subscription. Subscribe now.",
        "Have a news tip? Email newsroom@courier.example.com. The Courier is published Thursdays.",
        "Notes from Poland is run by a small team funded through donations from our readers. If"
        " you value our work, please consider supporting us.",
        "Citation: Green space and dementia (2026, December 2) retrieved 3 December 2026 from"
        " https://medicalxpress.example.com/news/green-space.html",
        "This document is subject to copyright. Apart from any fair dealing for the purpose of"
        " private study or research, no part may be reproduced without the written permission.",
        "Main image credit: European Film Academy/Press materials",
        "If you found this useful, forward it to a colleague.",
        "∙ Paid",
        "Good morning,",
    ],
)
def test_closing_notices_and_greetings_leave_the_body(line: str) -> None:
    lead = "The council voted on Tuesday night to close the Eastside branch of the library."
    assert parse_text(f"Council closes library\n\n{lead}\n\n{line}\n").paragraphs == (lead,)
    assert parse_text(f"Council closes library\n\n{line}\n\n{lead}\n").paragraphs == (lead,)


def test_a_caption_between_standfirst_and_date_and_a_share_count() -> None:
    article = parse_text(
        "Dozens dead as typhoon floods central Vietnam\n\n"
        "Rescuers in boats search for missing people after the worst flooding in a decade.\n\n"
        "Rescuers evacuate residents from a flooded street on December 2 [Stringer/Reuters]\n\n"
        "Published On 2 Dec 2026\n\nshare2\n\n"
        "At least 27 people have been killed after Typhoon Mirinae brought floods to Vietnam.\n"
    )
    assert article.meta.published == datetime(2026, 12, 2, tzinfo=UTC)
    assert article.paragraphs == (
        "Rescuers in boats search for missing people after the worst flooding in a decade.",
        "At least 27 people have been killed after Typhoon Mirinae brought floods to Vietnam.",
    )
    assert article.standfirst == 1


def test_a_title_case_headline_over_a_press_release_date_is_no_site_name() -> None:
    article = parse_text(
        "Press Releases\n\nHalvard Robotics Reports Third Quarter Fiscal 2027 Results\n\n"
        "December 2, 2026 | Press release\n\n"
        "Revenue of $187.4 million, down 9% year over year; orders fall 31%\n\n"
        "BOSTON, Dec. 2, 2026 /PRNewswire/ -- Halvard Robotics, Inc. today announced results.\n"
    )
    assert article.meta.title == "Halvard Robotics Reports Third Quarter Fiscal 2027 Results"
    assert article.meta.published == datetime(2026, 12, 2, tzinfo=UTC)
    assert article.paragraphs[-1] == "Halvard Robotics, Inc. today announced results."


def test_an_outlets_dated_dateline_and_its_name_over_the_byline() -> None:
    article = parse_text(
        "Law360\n\nShare us on: By Tom Fairweather\n\n"
        "Ohio Social Media Age-Check Law Put On Ice By Federal Judge\n\n"
        "By Tom Fairweather · Listen to article\n\n"
        "Law360 (December 2, 2026, 6:14 PM EST) -- An Ohio federal judge on Wednesday enjoined"
        " the state's new law.\n"
    )
    assert article.meta.title == "Ohio Social Media Age-Check Law Put On Ice By Federal Judge"
    assert (article.meta.outlet, article.meta.author) == ("Law360", "Tom Fairweather")
    assert article.meta.published == datetime(2026, 12, 2, 23, 14, tzinfo=UTC)
    assert article.paragraphs == (
        "An Ohio federal judge on Wednesday enjoined the state's new law.",
    )


def test_a_name_and_date_after_a_slash_over_a_dateline_under_a_standfirst() -> None:
    article = parse_text(
        "Federal judge blocks Ohio law on social media\n\n"
        "The law would have required platforms to verify the age of every user.\n\n"
        "MARCUS DELGADO / December 2, 2026\n\n"
        "COLUMBUS, Ohio (CN) — A federal judge on Wednesday blocked Ohio from enforcing a law.\n"
    )
    assert (article.meta.author, article.meta.outlet) == (
        "Marcus Delgado",
        "Courthouse News Service",
    )
    assert article.meta.published == datetime(2026, 12, 2, tzinfo=UTC)
    assert (
        article.paragraphs[1] == "A federal judge on Wednesday blocked Ohio from enforcing a law."
    )
    assert article.standfirst == 1


def test_al_jazeeras_closing_source_line_names_the_outlet() -> None:
    article = parse_text(
        "Dozens dead as typhoon floods Vietnam\n\n"
        "At least 27 people have been killed after Typhoon Mirinae brought floods to Vietnam.\n\n"
        "Source: Al Jazeera and news agencies\n"
    )
    assert article.meta.outlet == "Al Jazeera"
    assert article.paragraphs == (
        "At least 27 people have been killed after Typhoon Mirinae brought floods to Vietnam.",
    )


def test_a_logos_homepage_link_over_the_menu_names_the_site() -> None:
    article = parse_text(
        "Skip to content\n\nBBC Homepage\n\nHome\n\nNews\n\nSport\n\nWeather\n\n"
        "Living near parks linked to lower dementia risk\n\nBy Philippa Roxby\n\n"
        "People who live close to parks are less likely to develop dementia, a study suggests.\n"
    )
    assert (article.meta.title, article.meta.outlet) == (
        "Living near parks linked to lower dementia risk",
        "BBC",
    )


def test_a_labelled_box_of_bullets_between_headline_and_byline() -> None:
    article = parse_text(
        "Fact-check: Is FEMA's disaster fund down to $2 billion?\n\nIf Your Time is short\n\n"
        "- FEMA's own monthly report shows about $2.3 billion available for new disasters.\n\n"
        "- Most of the fund's total balance is committed to past disasters.\n\n"
        "Madison Kearney\n\nDecember 1, 2026\n\n"
        "Sen. Gail Whitaker says she won't vote for a funding bill without disaster aid.\n"
    )
    assert (article.meta.author, article.meta.published) == (
        "Madison Kearney",
        datetime(2026, 12, 1, tzinfo=UTC),
    )
    assert article.paragraphs[0] == (
        "FEMA's own monthly report shows about $2.3 billion available for new disasters."
    )
    assert article.standfirst == 2
