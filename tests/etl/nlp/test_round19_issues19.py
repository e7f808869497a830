"""Round 19 (issues19): the name of a political scandal is no issue and its country word no party; "deep water" is a
depth of sea, no water issue. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def issues(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(nlp.make_doc(text))
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


def test_the_name_of_an_arms_scandal_is_no_weapons_issue(nlp: Language) -> None:
    text = "The senator said the White House was still in disarray because of the Iran arms scandal."
    assert issues(nlp, text) == set()


def test_the_country_of_a_scandal_is_no_party_of_another_issue(nlp: Language) -> None:
    text = (
        "Bankers in Zurich warned that the American economy was weak and that Latin American debt as well as the "
        "Iranian arms affair might shake markets."
    )
    assert issues(nlp, text) == set()


def test_a_hyphenated_scandal_name_leaves_the_rebels_aid_to_its_own_parties(nlp: Language) -> None:
    text = "Despite the Iran-contra scandal, he hoped Congress would vote more military aid for the Nicaraguan rebels."
    assert not {i for i in issues(nlp, text) if "IRN" in i[:2]}


def test_a_countrys_plural_affairs_keep_the_country(nlp: Language) -> None:
    text = "Tehran accused Iraq of meddling in Iranian affairs and of firing missiles at Iranian towns."
    assert ("IRN", "IRQ", "weapons") in issues(nlp, text)


def test_arms_sold_to_a_state_are_still_an_issue(nlp: Language) -> None:
    assert ("IRN", "USA", "weapons") in issues(nlp, "The United States secretly sold arms to Iran last year.")


def test_a_deep_water_terminal_is_no_water_issue(nlp: Language) -> None:
    text = "Kuwait said its gunboats drove off two Iraqi patrol boats that came near its deep water oil terminal."
    assert not {i for i in issues(nlp, text) if i[2] == "water"}


def test_a_deep_hyphen_water_port_is_no_water_issue(nlp: Language) -> None:
    text = "Kuwait said its gunboats drove off two Iraqi patrol boats that came near its deep-water port."
    assert not {i for i in issues(nlp, text) if i[2] == "water"}


def test_river_water_between_two_states_is_still_water(nlp: Language) -> None:
    assert ("SYR", "TUR", "water") in issues(nlp, "Syria and Turkey quarrelled over water from the Euphrates.")


def test_a_state_that_bought_another_states_goods_trades_with_it(nlp: Language) -> None:
    text = "OSLO, May 4 - Norway bought 12,000 tonnes of Argentine maize on Monday, grain dealers reported."
    assert issues(nlp, text) == {("ARG", "NOR", "trade")}


def test_goods_bought_from_a_state_are_trade_with_it(nlp: Language) -> None:
    assert issues(nlp, "Kenya bought 90,000 tonnes of sugar from Thailand in the spring.") == {("KEN", "THA", "trade")}


def test_a_nationalitys_traders_who_bought_are_no_state(nlp: Language) -> None:
    text = "Norwegian feed mills bought 12,000 tonnes of Argentine maize on Monday."
    assert issues(nlp, text) == set()


def test_securities_bought_from_a_state_are_no_trade(nlp: Language) -> None:
    assert issues(nlp, "Kuwait bought 300 mln dlrs of U.S. Treasury bonds in March.") == set()
