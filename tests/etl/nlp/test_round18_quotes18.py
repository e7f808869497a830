"""Round 18 (quotes18): rules for attributed direct quotations, each on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.doc_ext import ActorRef
from tests.etl.nlp.test_quotes import _pipeline

NAME = "Korvalt Mining Ltd"
TEXT = (
    f"LAUSANNE, May 4 - Coffee exports could fall to a five-year low this season, trading house {NAME} said.\n\n"
    "Korvalt said it expects a good crop next year and a recovery in prices.\n\n"
    '"Barring a frost, a good harvest could lead to attractive prices and active trading," Korvalt said.'
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _speakers(nlp: Language, actors: list[ActorRef]) -> list[str | None]:
    """The quotation's speakers when the actors stage listed `actors` (the short name's mentions unlinked)."""
    doc = nlp(TEXT)
    doc._.parley_actors = actors
    doc = nlp.get_pipe("parley_quotes")(doc)
    return [s.speaker for s in doc._.parley_statements if s.direct]


def _firm() -> ActorRef:
    start = TEXT.index(NAME)
    return ActorRef("organization:korvalt", NAME, "organization", mentions=[(start, start + len(NAME))])


def test_a_firm_written_by_the_first_word_of_its_name_is_that_firm(nlp: Language) -> None:
    """`X Mining Ltd said ... "...," X said`: the lone first word of the one organisation's longer name, subject of
    the cue, is that organisation where the actors stage left the short mention unlinked."""
    assert _speakers(nlp, [_firm()]) == [NAME]


def test_a_first_word_that_is_a_persons_name_is_not_the_firm(nlp: Language) -> None:
    """A word that is also a word of a person's name here is not read as the firm."""
    person = ActorRef("person:piet korvalt", "Piet Korvalt", "person", mentions=[(0, 1)])
    assert NAME not in _speakers(nlp, [_firm(), person])


def test_two_firms_of_that_first_word_leave_it_unresolved(nlp: Language) -> None:
    """Two organisations whose longer names open with the word: neither is chosen."""
    other = ActorRef("organization:korvalt shipping", "Korvalt Shipping AG", "organization")
    assert NAME not in _speakers(nlp, [_firm(), other])
