"""Issue 12, round 16 (speakers16): the country of persons and speakers.

- A wire dateline's region as the wires abbreviate it ("STAMFORD, Conn.", "Minneapolis, MINN.", "CALGARY,
  Alberta") gives the dateline's state, and so does a listed place written in another case ("RIO DE JANEIRO").
- A body's officer or an analyst in a story that names no state at all takes the dateline's state.
- An international organisation's officer by any of his mentions ("GEPLACEA's X") is of no state.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from etl.nlp.context import wire_dateline_country
from etl.nlp.gazetteer import gazetteer
from etl.records import Actor
from tests.etl.nlp.test_actors import actors, person


@pytest.mark.parametrize(
    ("place", "region", "iso3"),
    [
        ("Stamford", "Conn.", "USA"),
        ("MINNEAPOLIS", "MINN.", "USA"),
        ("Newark", "N.J.", "USA"),
        ("Charleston", "W. Va.", "USA"),
        ("Edmonton", "Alberta", "CAN"),
        ("Halifax", "N.S.", "CAN"),
        ("Townsville", "Queensland", "AUS"),
        ("RIO DE JANEIRO", None, "BRA"),
        ("TOKYO", None, "JPN"),  # a place the tables know keeps its state
        ("ABHA", "Saudi Arabia", "SAU"),  # and a region that is a state
        ("SPRINGFIELD", None, None),  # a place the tables do not know, with no region: none
        ("Springfield", "Xyz.", None),
        ("SAN JOSE", "Calif.", "USA"),  # the region names the town's state, not the San Jose abroad
        ("Birmingham", "Ala.", "USA"),
        ("LONDON", "Ontario", "CAN"),
    ],
)
def test_wire_dateline_country(place: str, region: str | None, iso3: str | None) -> None:
    assert wire_dateline_country(gazetteer(), place, region) == iso3


def _person(found: list[Actor], name: str) -> Actor:
    return person(found, name)


def test_firm_officer_under_a_region_dateline_takes_its_state() -> None:
    text = (
        "Bluefin Gadget Corp said its board named Harold Winterbottom president and chief operating officer, "
        "succeeding Eustace Pennyworth, who will stay on as a director."
    )
    found = actors(text, dateline_text="GREENFIELD, Mass., May 12 - ")
    assert _person(found, "Harold Winterbottom").country == "USA"
    assert _person(found, "Eustace Pennyworth").country == "USA"


def test_provincial_dateline_gives_canada() -> None:
    text = (
        "Northstar Mining Ltd said output at its copper mill will stay low for a month. "
        '"We expect to be back to normal by summer," said Lucien Thibodeau, vice president of operations.'
    )
    found = actors(text, dateline_text="VAL-D'OR, Quebec, June 3 - ")
    assert _person(found, "Lucien Thibodeau").country == "CAN"


def test_analyst_in_a_story_naming_no_state_takes_no_state_from_the_dateline() -> None:
    # Round 16 gave him the dateline's state; round 25 reversed it: the gold's notes code market analysts whose firm
    # the text does not place with no country ("the text places him in Tokyo, working for a bank whose country it
    # does not say"), and nine reviewers of 438 unread Reuters stories read them so (docs/coding-rules.md, Round 25)
    text = (
        "Gearworks Motors Corp will trim car output in the second quarter to cut its stocks. "
        '"They ought to trim far more than that," said Wendell Abernathy, analyst with Quillfeather Securities.'
    )
    found = actors(text, dateline_text="DETROIT, April 2 - ")
    assert _person(found, "Wendell Abernathy").country is None


def test_analyst_stays_without_country_when_the_story_names_another_state() -> None:
    text = (
        "Gearworks Motors Corp will cut car output as Japanese rivals gain ground in Japan and Korea. "
        '"They ought to trim far more than that," said Wendell Abernathy, analyst with Quillfeather Securities.'
    )
    found = actors(text, dateline_text="DETROIT, April 2 - ")
    assert _person(found, "Wendell Abernathy").country is None


def test_igo_officer_by_a_later_mention_has_no_state() -> None:
    text = (
        "Cane growers across Latin America want higher prices, officials in Brazil and Brazil's mills said. "
        "Planters must find new uses for cane, the group's executive secretary Ramiro Escobedo said at a "
        "meeting in Brazil. "
        '"The industrial nations must open their markets to our sugar," GEPLACEA\'s Escobedo said.'
    )
    found = actors(text, dateline_text="BRASILIA, May 5 - ")
    assert _person(found, "Ramiro Escobedo").country is None


def test_untitled_person_apposed_to_an_igo_has_no_state() -> None:
    text = (
        "Brazil's cane growers expect a better harvest, and Brazil's mills are hiring. "
        "Producers will wait for higher prices, Ramona Quintero, a consultant with the International Sugar "
        "Organisation, told reporters."
    )
    found = actors(text, dateline_text="RIO DE JANEIRO, May 5 - ")
    assert _person(found, "Ramona Quintero").country is None
