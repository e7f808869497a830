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
