"""A sentence that names its speaker by surname alone leans on the one introducing them."""

from __future__ import annotations

from briefing.models import Story
from briefing.summary import summarize
from briefing.summary_surnames import bare_surnames, introduction, names_fully
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
