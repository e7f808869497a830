"""Round 19 (quotes19): charges put to someone, refusals joined to reported words, officials named again, and words
put before "was quoted as saying", on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _reported(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.quote) for s in nlp(text)._.parley_statements if not s.direct]


def test_a_charge_is_said_from_its_cue_with_whom_it_is_put_to(nlp: Language) -> None:
    """ "accused X of doing ...": the statement is the verb phrase from the cue (before: only "doing ...")."""
    text = "The opposition leader, Mark Hollis, accused the Prime Minister of hiding the true cost of the war."
    assert _reported(nlp, text) == [("Mark Hollis", "accused the Prime Minister of hiding the true cost of the war")]


def test_reported_words_end_before_a_refusal_to_disclose(nlp: Language) -> None:
    """ "said A and declined to give details", "said A but declined to discuss B": the refusal is no words said."""
    text = (
        "Judge Carl Tarrow said no ruling had yet been made on the appeal and declined to give any more details "
        "about it."
    )
    assert _reported(nlp, text) == [("Carl Tarrow", "no ruling had yet been made on the appeal")]
    other = (
        "Minister Ana Lutz said she will meet the Norwegian delegation next week but declined to discuss what "
        "she would propose."
    )
    assert _reported(nlp, other) == [("Ana Lutz", "she will meet the Norwegian delegation next week")]


def test_a_refusal_that_is_the_words_stays(nlp: Language) -> None:
    """ "said the unions had refused to discuss the offer": the refusal is what was said, not the reporter's note."""
    text = "Judge Carl Tarrow said the unions had refused to discuss the offer with management."
    assert _reported(nlp, text) == [("Carl Tarrow", "the unions had refused to discuss the offer with management")]


def test_one_official_is_one_of_the_officials_named_before(nlp: Language) -> None:
    """ "Chilean officials said ... One official, who had asked to remain anonymous, told ...": Chile; the wish
    to stay unnamed is no statement."""
    text = (
        "Norway and Chile are expected to sign a fisheries accord in Oslo next week, Chilean officials said.\n\n"
        "Talks are due to open on Monday. One official, who had asked to remain anonymous, told our reporter that a "
        "draft accord would cut the salmon quota by half."
    )
    assert _reported(nlp, text) == [
        ("Chile", "Norway and Chile are expected to sign a fisheries accord in Oslo next week"),
        ("Chile", "a draft accord would cut the salmon quota by half"),
    ]


def test_bare_officials_are_the_officials_named_before(nlp: Language) -> None:
    text = (
        "Norway and Chile are expected to sign a fisheries accord in Oslo next week, Chilean officials said.\n\n"
        "Talks are due to open on Monday. Officials said Chile would propose a new quota for salmon exports."
    )
    assert ("Chile", "Chile would propose a new quota for salmon exports") in _reported(nlp, text)


def test_words_put_before_was_quoted_as_saying(nlp: Language) -> None:
    """ "A, X was quoted as saying by the agency.": A is X's (before: lost, "saying" had no clause of its own)."""
    text = (
        "The export ban will be reviewed according to the new trade law, energy minister Pavel Orlov was quoted "
        "as saying by the Tass news agency."
    )
    assert _reported(nlp, text) == [("Pavel Orlov", "The export ban will be reviewed according to the new trade law")]


def test_asked_about_it_was_quoted_as_saying_is_no_clause(nlp: Language) -> None:
    """A participle before the speaker is no words of his ("Asked about the ban, X was quoted as saying.")."""
    text = "Asked about the export ban, energy minister Pavel Orlov was quoted as saying."
    assert _reported(nlp, text) == []
