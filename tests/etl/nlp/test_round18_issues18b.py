"""Round 18b (issues18b): a sale of goods to a state is trade between it and its seller (invented sentences)."""

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


def test_a_sale_of_goods_to_a_state_is_trade(nlp: Language) -> None:
    text = (
        "WASHINGTON, May 4 - The U.S. farm agency approved a subsidy to cover the sale of 9,000 tonnes of "
        "white rice to Peru, officials in Washington said on Monday."
    )
    assert ("PER", "USA", "trade") in issues(nlp, text)


def test_a_sale_of_fuel_to_a_state_is_energy(nlp: Language) -> None:
    text = "Norway agreed the sale of two million barrels of crude oil to Portugal over the next year."
    found = issues(nlp, text)
    assert ("NOR", "PRT", "energy") in found
    assert ("NOR", "PRT", "trade") not in found


def test_a_sale_of_arms_is_not_also_trade(nlp: Language) -> None:
    text = "Sweden criticised the sale of arms to Chile by the government of Brazil last year."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_a_sale_to_a_firm_or_market_is_none(nlp: Language) -> None:
    text = "The Dutch group completed the sale of its Belgian unit to a Canadian company for 40 mln guilders."
    assert issues(nlp, text) == set()


def test_a_listed_subject_faces_no_lone_country(nlp: Language) -> None:
    # three buyers as the subject are no one state for the buyer of the other clause to face (without the list
    # check, the new sale phrase paired Chile with Kenya, the first item)
    text = "Kenya, Ghana and Peru were the main rice buyers, while sales to Chile fell sharply in the spring."
    found = issues(nlp, text)
    assert not any("CHL" in (a, b) and {a, b} & {"KEN", "GHA", "PER"} for a, b, _code in found)
