"""Key quotes: one quotation across outlets merged into its fullest version, then ranked."""

from __future__ import annotations

from briefing.models import Article, Quote, Story, SummarySentence
from briefing.quotes import extract_quotes, key_quotes
from briefing.quotes_same import same_quote


def make_article(article_id: str, *paragraphs: str) -> Article:
    """Build an article from body paragraphs."""
    return Article(
        article_id,
        f"{article_id}.md",
        "Headline",
        article_id.title(),
        None,
        None,
        None,
        (),
        None,
        paragraphs,
    )


def story_quotes(
    *articles: Article, limit: int = 3, summary: tuple[str, ...] = ()
) -> tuple[Quote, ...]:
    """Run extraction and key-quote choice over a story made of ``articles``."""
    story = Story("story", articles)
    mentions = [mention for article in articles for mention in extract_quotes(article)]
    sentences = [SummarySentence(text, (articles[0].id,)) for text in summary]
    return key_quotes(story, mentions, limit=limit, summary=sentences)


def test_versions_differing_in_case_punctuation_and_ellipsis_are_one_quote() -> None:
    assert same_quote(
        "We will rebuild every home, every school.", "we will rebuild every home ... every school"
    )
    assert same_quote("The river has never been this high", "“The river has never been this high!”")
    assert not same_quote("We need more time to decide.", "We need more money for the dam.")


def test_one_quote_across_outlets_is_merged_fullest_version_all_outlets_credited() -> None:
    north = make_article(
        "north",
        "Mayor Lea Varga ordered the low streets cleared on Sunday.",
        '"The river has never been this high. We are asking everyone in the low streets to leave '
        'tonight, and we will open the schools as shelters," Varga said.',
    )
    south = make_article(
        "south",
        "The mayor, Lea Varga, spoke at the town hall.",
        '"The river has never been this high ... we will open the schools as shelters," she said.',
    )
    (quote,) = story_quotes(north, south)
    assert quote == Quote(
        "The river has never been this high. We are asking everyone in the low streets to leave "
        "tonight, and we will open the schools as shelters",
        "Lea Varga",
        ("north", "south"),
    )


def test_a_quote_that_is_part_of_a_longer_one_is_merged_into_it() -> None:
    east = make_article("east", '"We will rebuild every home," said Mayor Lea Varga.')
    west = make_article(
        "west", '"We will rebuild every home, and we will do it before winter," said Lea Varga.'
    )
    (quote,) = story_quotes(east, west)
    assert quote.text == "We will rebuild every home, and we will do it before winter"
    assert quote.articles == ("east", "west")


def test_same_words_from_different_speakers_stay_apart() -> None:
    first = make_article("first", '"We need more time," said Ida Holm.')
    second = make_article("second", '"We need more time," said Karl Stenberg.')
    quotes = story_quotes(first, second)
    assert sorted(q.speaker or "" for q in quotes) == ["Ida Holm", "Karl Stenberg"]


def test_ranking_prefers_named_corroborated_substantive_quotes() -> None:
    one = make_article(
        "one",
        '"The dam held, but only just, and we were lucky that the rain stopped when it did," '
        "said engineer Olga Petrov.",
        '"It was scary for everyone who lives near the river," a neighbour said.',
        '"Fine," said Olga Petrov.',
    )
    two = make_article(
        "two",
        '"The dam held, but only just, and we were lucky that the rain stopped when it did," '
        "Petrov said.",
    )
    quotes = story_quotes(one, two, limit=2)
    assert [q.speaker for q in quotes] == ["Olga Petrov", "a neighbour"]
    assert quotes[0].articles == ("one", "two")


def test_quote_repeating_a_summary_sentence_is_ranked_down() -> None:
    article = make_article(
        "one",
        '"The new bridge will open to traffic on the first of June," said Nadia Rahman.',
        '"Drivers should plan for one more month of detours on the coast road," said Nadia Rahman.',
    )
    summary = ("The new bridge will open to traffic on the first of June, officials said.",)
    quotes = story_quotes(article, limit=1, summary=summary)
    assert quotes[0].text.startswith("Drivers should plan")


def test_quote_the_summary_already_shows_is_not_a_key_quote() -> None:
    article = make_article(
        "one",
        '"The new bridge will open to traffic on the first of June," said Nadia Rahman.',
    )
    shown = ('"The new bridge will open to traffic on the first of June," said Nadia Rahman.',)
    assert story_quotes(article, summary=shown) == ()
    # A summary sentence holding only part of its words leaves it a key quote.
    partly = ("The new bridge will open in June, officials said.",)
    assert [q.speaker for q in story_quotes(article, summary=partly)] == ["Nadia Rahman"]


def test_another_voice_is_heard_before_a_third_quote_of_the_same_speaker() -> None:
    article = make_article(
        "one",
        '"We will rebuild every school on the coast before the winter term begins," said Mayor '
        "Lea Varga.",
        '"The council has set aside forty million euros for the work this year," Varga said.',
        '"Every family that lost a home will be housed by the end of the month," Varga added.',
        '"We were told the same thing after the last flood," said teacher Omar Haddad.',
    )
    quotes = story_quotes(article, limit=3)
    assert [q.speaker for q in quotes] == ["Lea Varga", "Omar Haddad", "Lea Varga"]
    # When one person is all the story quotes, theirs are shown.
    alone = make_article("two", *article.paragraphs[:3])
    assert [q.speaker for q in story_quotes(alone, limit=3)] == ["Lea Varga"] * 3


def test_a_short_phrase_in_quotation_marks_with_no_speaker_is_not_a_key_quote() -> None:
    article = make_article(
        "north",
        "Troops left as part of its “war on terror.”",
        '"We will open the schools as shelters tonight," Mayor Lea Varga said.',
    )
    assert [quote.text for quote in story_quotes(article)] == [
        "We will open the schools as shelters tonight"
    ]


def test_a_short_phrase_lifted_from_mid_sentence_is_not_a_key_quote() -> None:
    article = make_article(
        "north",
        "The book describes an “era of institutional failure,” its publisher said.",
        '"Go home," Mayor Lea Varga said.',
    )
    assert [quote.text for quote in story_quotes(article)] == ["Go home"]


def test_a_title_in_quotation_marks_is_not_a_key_quote() -> None:
    article = make_article(
        "north",
        "The blog, titled “From the Desk of Mara Vance,” has closed, aide Tom Bell said.",
        '"It was just one of our many efforts," Tom Bell said.',
    )
    assert [quote.text for quote in story_quotes(article)] == [
        "It was just one of our many efforts"
    ]


def test_a_quotation_cut_off_before_its_first_sentence_ends_is_not_a_key_quote() -> None:
    article = make_article(
        "north",
        '"A lot of the towns along the coast are..." said Mayor Lea Varga.',
        '"The river has never been this high. We are asking everyone to..." said Tomas Reyes.',
    )
    assert [quote.speaker for quote in story_quotes(article)] == ["Tomas Reyes"]


def test_a_quotation_an_excerpt_cuts_off_mid_sentence_is_not_a_key_quote() -> None:
    article = make_article(
        "cut",
        '"We are not going anywhere and we will fight for every home," said Ana Costa.',
        'Mayor Lea Varga, asked about the flood wall, told supporters: "If they invited me to '
        "a public hearing, I'd be in the",
    )
    assert [quote.speaker for quote in story_quotes(article)] == ["Ana Costa"]


def test_limit_and_empty_input() -> None:
    article = make_article("one", '"We will appeal the ruling today," said Ana Costa.')
    assert story_quotes(article, limit=0) == ()
    assert key_quotes(Story("s", (article,)), [], limit=3, summary=[]) == ()


def test_key_quotes_are_deterministic() -> None:
    articles = [
        make_article(name, f'"We counted {n} boats in the harbour this morning," said Eli Moss.')
        for n, name in enumerate(("a", "b", "c"), start=2)
    ]
    assert story_quotes(*articles) == story_quotes(*articles)


def test_a_version_cut_at_ellipses_is_part_of_the_full_one() -> None:
    full = "The tide came in faster than anyone had warned us, and the dunes were gone by noon"
    assert same_quote(full, "The tide came in ... gone by noon")
    assert not same_quote(full, "The dunes were gone ... the tide came in faster")


def test_a_short_part_reported_with_other_punctuation_and_case_is_merged() -> None:
    east = make_article("east", 'Ola Berg had no choice. "we turned BACK!" he said.')
    west = make_article(
        "west",
        '"We turned back, and we waited for the squall to pass over the headland," said Ola Berg.',
    )
    (quote,) = story_quotes(east, west)
    assert quote.text == "We turned back, and we waited for the squall to pass over the headland"
    assert quote.articles == ("east", "west")


def test_a_shorter_version_split_by_its_attribution_is_merged() -> None:
    east = make_article(
        "east", '"The squall passed," said Ola Berg, "and the harbour lights came back on."'
    )
    west = make_article(
        "west",
        '"The squall passed, and the harbour lights came back on just after midnight," Ola Berg '
        "told the radio station.",
    )
    (quote,) = story_quotes(east, west)
    assert quote.text.endswith("just after midnight")
    assert quote.speaker == "Ola Berg"
    assert quote.articles == ("east", "west")


def test_a_role_word_one_outlet_puts_before_the_name_is_dropped() -> None:
    east = make_article("east", 'Ferryman Ola Berg said: "The squall passed over by midnight."')
    west = make_article("west", '"The squall passed over by midnight," said Ola Berg.')
    (quote,) = story_quotes(east, west)
    assert quote.speaker == "Ola Berg"
    assert quote.articles == ("east", "west")


def test_a_longer_name_with_a_real_first_name_is_still_one_person() -> None:
    east = make_article("east", '"The choir will sing at noon," said Anna Maria Solberg.')
    west = make_article("west", '"The choir will sing at noon," said Solberg.')
    (quote,) = story_quotes(east, west)
    assert quote.speaker == "Anna Maria Solberg"


def test_two_short_pieces_around_an_attribution_merge_into_the_full_version() -> None:
    east = make_article(
        "east", '"The wall held," said Ola Berg. "Not one house on the front flooded."'
    )
    west = make_article(
        "west",
        '"The wall held, and not one house on the front flooded, which nobody expected," '
        "Ola Berg said.",
    )
    (quote,) = story_quotes(east, west)
    assert quote.text.startswith("The wall held, and not one house")
    assert quote.articles == ("east", "west")


def test_a_whole_statement_outranks_words_lifted_from_mid_sentence() -> None:
    article = make_article(
        "north",
        "The Harbour Police said the officer who fired the shot “will not be facing internal "
        "discipline and will return to his duties on the night shift next week.”",
        '"We reviewed every second of the footage," said Chief Lea Varga.',
    )
    assert [quote.text for quote in story_quotes(article, limit=1)] == [
        "We reviewed every second of the footage"
    ]


def test_a_speaker_is_named_as_fully_as_the_story_names_them() -> None:
    full = make_article(
        "north", '"We will rebuild every home on the coast road," Mayor Lea Varga said on Monday.'
    )
    bare = make_article(
        "south", '"The money for the sea wall is already in the budget," Varga told reporters.'
    )
    assert [q.speaker for q in story_quotes(full, bare)] == ["Lea Varga", "Lea Varga"]
    # Two people of the story share the surname: a bare "Varga" could be either, so it stays.
    other = make_article(
        "east", '"I will not stand for the closure of the harbour school," said Tom Varga.'
    )
    speakers = {q.speaker for q in story_quotes(full, bare, other, limit=3)}
    assert speakers == {"Lea Varga", "Tom Varga", "Varga"}


def test_words_lifted_from_mid_sentence_with_no_speaker_are_not_a_key_quote() -> None:
    article = make_article(
        "north",
        "The inquiry was “politically constrained by the harbour board and its chair.”",
        '"Go home and stay there tonight," Mayor Lea Varga said.',
    )
    assert [quote.text for quote in story_quotes(article)] == ["Go home and stay there tonight"]


def test_a_refrain_quoted_a_hundred_times_is_one_quote() -> None:
    # More holders of one word trigram than are paired with each other: versions still chain.
    said = " ".join(
        f'"We will answer every question about the harbour claims number {n}," said Lea Varga.'
        for n in range(100)
    )
    found = story_quotes(make_article("north", said))
    assert len(found) == 1
    assert found[0].speaker == "Lea Varga"
