"""Round 17 (quotes17): rules for attributed direct quotations, each on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline, direct


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def test_the_bare_noun_of_a_body_is_the_body_named_before_whose_name_holds_it(nlp: Language) -> None:
    """`the ministry said` / `the association said` after the body was the subject of a sentence: the body whose
    name holds the noun speaks, past other bodies named since (here the government)."""
    text = (
        "The Finance Ministry of Ruritania said on Monday that exports fell for a third month.\n\n"
        "The government has promised new help for farmers and small firms.\n\n"
        '"We expect exports to recover by the end of the year," the ministry said.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Finance Ministry"]


def test_a_body_noun_with_words_of_its_own_is_not_the_body_named_before(nlp: Language) -> None:
    """`the farmers' association` is not the Bankers Association named before."""
    text = (
        "The Bankers Association said on Monday that lending fell for a third month.\n\n"
        '"Credit must be made cheaper for the villages," the farmers\' association said.'
    )
    assert [s.speaker for s in direct(nlp, text)] != ["Bankers Association"]
