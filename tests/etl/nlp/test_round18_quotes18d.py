"""Round 18d (quotes18d): a speaker known by one name, written after a noun of what he is, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _directs(nlp: Language, text: str) -> list[str | None]:
    return [s.speaker for s in nlp(text)._.parley_statements if s.direct]


def test_a_one_word_name_after_a_describing_noun_that_speaks_is_a_person(nlp: Language) -> None:
    """ "Rovers' Brazilian midfielder Tavo ... Tavo said:": a lone name after a noun of what a person is, that
    speaks, is a person (before: a lone word with no title was dropped, and the quotation lost its speaker)."""
    text = (
        "Rovers beat City in the cup.\n\n"
        "Rovers' Brazilian midfielder Tavo scored twice as the home side won 3-1 on Tuesday. "
        'Tavo said: "We played with courage tonight and the crowd carried us home."'
    )
    assert _directs(nlp, text) == ["Tavo"]


def test_a_firm_after_lead_manager_stays_no_person(nlp: Language) -> None:
    """ "said lead manager Quillon, Marsh and Co Inc ... Quillon said": the word opens a firm's name, no person."""
    text = (
        "Harbex Inc is raising 20 mln dlrs through a note offering, said lead manager Quillon, Marsh and Co Inc. "
        "The notes were not rated at the time of pricing, Quillon said."
    )
    doc = nlp(text)
    assert not any(a.kind == "person" and "Quillon" in a.name for a in doc._.parley_actors)
