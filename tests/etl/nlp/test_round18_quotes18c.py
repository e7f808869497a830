"""Round 18c (quotes18c): quotations lost because the speaker was not listed as a person, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _directs(nlp: Language, text: str) -> list[str | None]:
    return [s.speaker for s in nlp(text)._.parley_statements if s.direct]


def test_a_surname_opening_its_sentence_as_a_speaker_is_the_person(nlp: Language) -> None:
    """A sentence-initial surname cue ("Hollings told the paper: ..."; the tagger reads the surname as a plural
    noun): the surname is the person named in full before, so the quotation has its speaker."""
    text = (
        "Rovers midfielder Tomas Hollings has urged the club to keep its young keeper. "
        'Hollings told the local paper: "He is the best shot-stopper we have had in years."'
    )
    assert _directs(nlp, text) == ["Tomas Hollings"]


def test_a_described_name_tagged_as_a_body_whose_surname_speaks_is_a_person(nlp: Language) -> None:
    """A described name ("United boss A B ... said B"): a two-word name after a noun of what a person is, whose
    surname alone speaks elsewhere, is a person's whatever NER calls it, and the quotations are his."""
    text = (
        "Athletic boss Torquil Brackness has reopened his row with the board. "
        '"There are things you cannot forgive," said Brackness. '
        '"We need a striker who scores twenty goals a season," said Brackness.'
    )
    assert _directs(nlp, text) == ["Torquil Brackness", "Torquil Brackness"]


def test_a_cue_that_only_introduces_a_quotation_is_no_reported_statement(nlp: Language) -> None:
    """A colon cue inside a cue (X said he told Y: "..."): the quotation is what X said; "he told Y" is no
    statement of its own."""
    text = (
        "Dutch farm minister Gerda Vosman met her Belgian counterpart Paul Lemaire on Monday. "
        'Vosman said she told Lemaire: "Your plan would ruin our dairy farmers within a year."'
    )
    indirect = [s.quote for s in nlp(text)._.parley_statements if not s.direct]
    assert not any("told" in q for q in indirect)
