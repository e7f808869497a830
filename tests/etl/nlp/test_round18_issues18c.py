"""Round 18c (issues18c): a purchase of a state's goods is trade between the seller and its buyer; "cold water"
is an idiom, no water issue (invented sentences)."""

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


def test_a_buyers_purchases_of_a_states_goods_are_trade(nlp: Language) -> None:
    text = "Officials in Seoul said Korean purchases of Canadian barley rose sharply in the first half of the year."
    assert ("CAN", "KOR", "trade") in issues(nlp, text)


def test_a_states_purchase_named_by_its_is_trade(nlp: Language) -> None:
    text = "Peru has promised to raise its purchase of Argentine beef over the next three years, the ministry said."
    assert ("ARG", "PER", "trade") in issues(nlp, text)


def test_purchases_from_a_state_by_a_state_are_trade(nlp: Language) -> None:
    text = "Recent purchases of Thai rice by Indonesia have lifted prices at the ports, dealers said on Friday."
    assert ("IDN", "THA", "trade") in issues(nlp, text)


def test_purchases_of_bonds_are_no_trade(nlp: Language) -> None:
    text = "Brazilian purchases of Mexican government bonds fell last month as rates dropped, analysts said."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_a_firms_purchases_are_no_trade(nlp: Language) -> None:
    text = "The Dutch company halted its purchases of Norwegian salmon after prices rose, a spokesman said."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_cold_water_is_no_water_issue(nlp: Language) -> None:
    text = "Chile poured cold water on the Bolivian plan for a new trade accord with Argentina on Tuesday."
    assert not any(code == "water" for *_pair, code in issues(nlp, text))
