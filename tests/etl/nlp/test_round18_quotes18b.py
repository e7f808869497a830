"""Round 18b (quotes18b): rules for attributed direct quotations, each on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def _directs(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.cue) for s in nlp(text)._.parley_statements if s.direct]


def test_a_verb_that_cues_only_after_a_quotation_names_its_speaker(nlp: Language) -> None:
    """`"...," X joked`: a verb of the `after_quote` lines right after the quotation, with its subject, is the
    cue, so the words are X's and not those of the speaker before."""
    text = (
        "Trade minister Anna Velkova met the envoy on Monday. "
        '"We have found a path to a fair deal," Velkova said. '
        '"Nobody will lose sleep over the tariffs now," Jonas Brandel joked.'
    )
    assert _directs(nlp, text) == [("Anna Velkova", "say"), ("Jonas Brandel", "joke")]


def test_the_verb_may_come_before_its_subject(nlp: Language) -> None:
    """`"...," observed X`: the subject after the verb."""
    text = (
        'Harbour chief Olav Strand said: "The cranes are idle most nights." '
        '"Every idle crane costs the port money," observed Petra Lindqvist.'
    )
    assert ("Petra Lindqvist", "observe") in _directs(nlp, text)


def test_such_a_verb_is_no_cue_elsewhere(nlp: Language) -> None:
    """Away from a quotation, "agreed to ..." and "continued to ..." report nothing."""
    text = "Finance minister Anna Velkova agreed to cut the levy, and exports continued to rise in March."
    assert [s for s in nlp(text)._.parley_statements if not s.direct] == []
