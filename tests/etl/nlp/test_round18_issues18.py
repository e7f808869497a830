"""Round 18 (issues18): bilateral issue phrases missed on fresh text (invented sentences, one per rule)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def issues(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


def test_plural_bases_are_military_presence(nlp: Language) -> None:
    # "bases" takes the lemma "basis": the plural needs its own phrase
    found = issues(nlp, "Greece asked the United States to shut one of the American military bases near its capital.")
    assert ("GRC", "USA", "military_presence") in found


def test_an_accord_on_bases_is_military_presence(nlp: Language) -> None:
    found = issues(nlp, "Turkey and the United States began talks on renewing their bases accord last week.")
    assert ("TUR", "USA", "military_presence") in found


def test_a_deficit_with_a_country_is_trade(nlp: Language) -> None:
    assert issues(nlp, "Officials said the U.S. deficit with Japan could not last much longer.") == {
        ("JPN", "USA", "trade")
    }


def test_a_deficit_with_no_country_is_none(nlp: Language) -> None:
    assert issues(nlp, "Spain will cut the deficit with spending curbs, its finance minister said.") == set()


def test_newswire_capitals_closing_inside_a_longer_phrase(nlp: Language) -> None:
    # the tagger reads "U.S. Arms" as a name that closes inside the phrase "arms sales"
    text = "The senator asked where the money from U.S. Arms sales to Iran had gone."
    doc = nlp(text)
    ents = [e for e in doc.ents if e.text.startswith("U.S. Arms")]
    if not ents or ents[0].label_ != "ORG":
        pytest.skip("the tagger did not read a name here")
    assert ("IRN", "USA", "weapons") in issues(nlp, text)
