"""Round 16 (quotes16): rules for attributed direct quotations, each on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline, direct


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def test_a_cue_with_a_colon_before_the_next_quotation_is_not_the_cue_of_the_one_before(nlp: Language) -> None:
    """`"A. "B." C said: "D."` (a quotation over flattened paragraphs, then a new speaker's lead-in): the
    words "C said:" open D, so B goes on with A's speaker instead of going to C."""
    text = (
        'Council leader Martin Oakes said: "The new library will open in the spring after two long years of '
        'building. "We have kept every promise we made to the residents of the town." Opposition member '
        'Helen Strand said: "The project ran far over its budget."'
    )
    found = [(s.speaker, s.quote.rstrip(".")) for s in direct(nlp, text)]
    assert found == [
        ("Martin Oakes", "The new library will open in the spring after two long years of building"),
        ("Martin Oakes", "We have kept every promise we made to the residents of the town"),
        ("Helen Strand", "The project ran far over its budget"),
    ]


def test_a_person_joined_to_his_titles_after_the_cue_is_the_speaker(nlp: Language) -> None:
    """`"...," said Deputy Director and Chief Planning Officer X Y`: the parse takes the first title as the
    subject and the name as its conjunct; the person named is the speaker. Two people named ("said A B and
    C D") are neither alone."""
    one = (
        "The port authority opened a new container berth on Tuesday.\n\n"
        '"The berth doubles what the harbour can handle in a single week," said Deputy Director and Chief '
        "Planning Officer Ruth Calloway."
    )
    assert [s.speaker for s in direct(nlp, one)] == ["Ruth Calloway"]
    two = (
        "The port authority opened a new container berth on Tuesday.\n\n"
        '"The berth doubles what the harbour can handle in a single week," said Peter Osgood and Ruth Calloway.'
    )
    assert [s.speaker for s in direct(nlp, two)] != ["Ruth Calloway"]
