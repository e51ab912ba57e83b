"""A sentence that names its speaker by surname alone leans on the one introducing them."""

from __future__ import annotations

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_speakers import (
    bare_surnames,
    introduction,
    is_bystander_quote,
    names_fully,
)
from tests.test_summary import article


def test_a_speaker_by_surname_alone_is_found() -> None:
    assert bare_surnames('"If you want lower rents, you build more homes," Brennan said.') == {
        "Brennan"
    }
    assert bare_surnames("“We will appeal,” said Reyes.") == {"Reyes"}
    assert bare_surnames("“Nothing changes,” said Ms Okonkwo.") == {"Okonkwo"}
    assert bare_surnames("Keller, for her part, claimed the law would protect families.") == {
        "Keller"
    }


def test_a_speaker_named_in_full_or_by_pronoun_is_no_surname() -> None:
    assert not bare_surnames('"We will appeal," said Marta Reyes, the ferry operator.')
    assert not bare_surnames("Gov. Marisa Keller said the law would protect families.")
    assert not bare_surnames("“We will appeal,” she said.")


def test_a_fuller_name_is_more_than_a_courtesy_title() -> None:
    assert names_fully("Senate Minority Leader Tom Brennan spoke.", "Brennan")
    assert names_fully("Gov. Keller spoke.", "Keller")
    assert not names_fully("Mr Brennan spoke.", "Brennan")
    assert not names_fully("Dr. Brennan spoke.", "Brennan")


def test_the_introduction_is_the_closest_earlier_sentence_with_the_full_name() -> None:
    sentences = [
        "Senate Minority Leader Tom Brennan called the law a gesture.",
        "The bill passed 17-12.",
        '"You build more homes," Brennan said.',
        "Critics said the law would fail.",
    ]
    assert introduction(sentences, 2) == 0
    # A capitalised subject never given in full is no surname: the sentence stands alone.
    assert introduction(sentences, 3) is None
    assert introduction(['"You build more homes," Brennan said.'], 0) is None


def test_a_surname_quote_enters_only_after_its_speaker_is_introduced() -> None:
    body = (
        "The port authority's board approved a ferry terminal on Lowmoor's east quay on Tuesday.",
        "Harbour master Marta Reyes said the vote ended ten years of dispute over the quay.",
        "Work on the terminal is due to start in the autumn, the board said.",
        '"The town has waited long enough for a proper ferry terminal," Reyes said.',
    )
    story = Story("quay", (article("one", "Ferry terminal approved", *body),))
    for words in range(20, 70, 5):
        texts = [s.text for s in summarize(story, words=words).sentences]
        if body[3] in texts:
            assert body[1] in texts
            assert texts.index(body[1]) < texts.index(body[3])


def test_a_bystander_quoted_at_length_is_found() -> None:
    assert is_bystander_quote(
        '"I\'ve lived here 40 years and I have never seen anything like it," said Graham '
        "Pickles, who runs a hardware shop on Bridge Street."
    )
    assert is_bystander_quote(
        "“We lost everything we had in ten minutes,” said Ann Lee, who lives here."
    )
    assert is_bystander_quote(
        "“We lost everything we had in ten minutes,” said Ann Lee, a local resident."
    )
    # An official, an age alone, a phrase woven into the reporter's sentence, tenants merely
    # present: no.
    assert not is_bystander_quote("“We lost everything we had in ten minutes,” Ann Lee, 45, said.")
    assert not is_bystander_quote(
        "“The defences did what they were designed to do,” said Rachel Amadi, the area director."
    )
    assert not is_bystander_quote(
        "Ann Lee, a local resident, said the water had risen through the floor in minutes."
    )
    assert not is_bystander_quote(
        '"No family should have to choose between rent and groceries," Keller said, surrounded '
        "by tenants and union leaders."
    )


def test_a_bystander_quote_gives_way_to_a_reported_fact() -> None:
    lead = (
        "The River Calder burst its banks in Millbrook on Tuesday, flooding hundreds of homes "
        "in the town."
    )
    colour = (
        '"I have lived by the River Calder for forty years and never seen the water in '
        'Millbrook rise so fast," said Graham Pickles, who runs a hardware shop on Bridge Street.'
    )
    fact = "Boat crews rescued 212 people overnight, and one man died."
    title = "River Calder floods Millbrook"
    story = Story(
        "flood",
        (
            article("one", title, lead, colour, fact),
            article("two", title, lead, colour, fact),
            article("three", "Millbrook flooded", lead, colour),
        ),
    )
    # Every outlet quotes him, two report the rescue: the rescue is what the summary says.
    texts = [s.text for s in summarize(story, words=45).sentences]
    assert texts == [lead, fact]
