"""Issue 12, round 17 (speakers17): the country of speakers, above all organisations that speak.

- A wire dateline naming a city the tables do not list and no region ("DALLAS", "MINNEAPOLIS") gives its state.
- An organisation the text gives no state takes the state its officer would (the outlet's own in a story about
  it, the dateline's), when the story names no other state.
- An organisation's name keeps no exchange ticker Reuters prints after it, and the ticker's exchange gives its
  state ("<XYZ.L>": GBR; a bare "<XYZ>": a New York listing); its short name takes the full name's state.
- An officer of a body the text gives no state is of the one state the story names, if it names one only.
- A state's initials before lower-case nouns ("UK entrepreneur X") give a person's country, as a demonym does.

Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import shared_extractor
from etl.nlp.context import wire_dateline_country
from etl.nlp.gazetteer import Gazetteer, gazetteer
from etl.records import Actor
from etl.sources import Document
from tests.etl.nlp.test_actors import actors, person

BBC = "BBC News (a broadcaster's archive)"


@pytest.mark.parametrize(
    ("place", "region", "iso3"),
    [
        ("Dallas", None, "USA"),
        ("MINNEAPOLIS", None, "USA"),
        ("St. Louis", None, "USA"),
        ("Rotterdam", None, "NLD"),
        ("Winnipeg", None, "CAN"),
        ("Perth", None, "AUS"),
        ("Perth", "Scotland", "GBR"),  # the region, when it names a state, comes first
        ("Richmond", None, None),  # a town several states have: none
    ],
)
def test_dateline_cities(place: str, region: str | None, iso3: str | None) -> None:
    assert wire_dateline_country(gazetteer(), place, region) == iso3


def _extract(text: str, source: str | None = None) -> list[Actor]:
    doc = Document(id="t", title=None, published="1987-04-02", source=source, url=None, text=text)
    return shared_extractor().extract(doc).actors


def _org(found: list[Actor], name: str) -> Actor:
    hits = [a for a in found if a.kind == "organization" and a.name == name]
    assert len(hits) == 1, [a.name for a in found if a.kind != "person"]
    return hits[0]


def test_firm_under_a_city_dateline_takes_its_state() -> None:
    found = _extract(
        "DALLAS, April 2 - Quillback Instruments Corp said it would close two of its plants and cut about "
        "400 jobs by the end of the year."
    )
    assert _org(found, "Quillback Instruments Corp").country == "USA"


def test_firm_in_a_story_naming_another_state_keeps_none() -> None:
    found = _extract(
        "TOKYO, April 2 - Quillback Instruments Corp said it would sell its Japanese unit to a local group, "
        "and analysts said Britain and France would watch the deal closely."
    )
    assert _org(found, "Quillback Instruments Corp").country is None


def test_domestic_body_in_a_bbc_story_takes_britain() -> None:
    found = _extract(
        "Council tax bills in England are set to rise by more than inflation again this spring. The Harbourside "
        "Ratepayers Forum said its members were angry that services were being cut while bills went up.",
        BBC,
    )
    assert _org(found, "Harbourside Ratepayers Forum").country == "GBR"


def test_body_of_many_states_takes_no_state_from_the_story() -> None:
    found = _extract(
        "Council tax bills in England are set to rise by more than inflation again this spring. The "
        "International Ratepayers Forum said bills were rising across Europe.",
        BBC,
    )
    assert all(a.country is None for a in found if a.kind == "organization" and "Forum" in a.name)


def test_ticker_leaves_the_name_and_gives_the_exchange_state() -> None:
    found = _extract(
        "LONDON, April 2 - Brambleworth Cement Plc <BRMW.L> said its profits rose in the year, and it expected "
        "demand in Australia and Canada to grow."
    )
    firm = _org(found, "Brambleworth Cement Plc")
    assert firm.country == "GBR"


def test_bare_ticker_is_a_new_york_listing_and_the_short_name_follows() -> None:
    found = _extract(
        "LONDON, April 2 - Gravelstone Oil Corp <GVO> said it had received forged bonds through a dealer in "
        "Zurich. Gravelstone said the bonds were worth about 10 mln dlrs and that Swiss police were told."
    )
    assert _org(found, "Gravelstone Oil Corp").country == "USA"
    # (round 27: the short name is now an alias of the full one, the same actor)
    assert "Gravelstone" in _org(found, "Gravelstone Oil Corp").aliases


def test_officer_of_an_unstated_body_takes_the_story_sole_state() -> None:
    found = _extract(
        "The US government will look into the collapse of two regional airlines over the holiday weekend.\n\n"
        "Transportation Secretary Oswald Fernhill said he was deeply concerned and ordered a full review. "
        "The US airline industry has struggled since the autumn.",
        BBC,
    )
    assert person(found, "Oswald Fernhill").country == "USA"


def test_state_initials_as_a_nationality() -> None:
    found = actors(
        "The market has drawn interest from abroad: UK entrepreneur Crispin Hawtrey wants to open "
        "a small carrier of his own in India, where air travel is growing fast."
    )
    assert person(found, "Crispin Hawtrey").country == "GBR"


def test_a_users_dictionary_adds_dateline_towns_and_regions(tmp_path: Path) -> None:
    # the dateline tables are dictionaries (etl/dictionaries/dateline_*.tsv): a user's folder adds to them, and a
    # key is matched by its letters alone ("Port Harbour" = "PORT HARBOUR" = "port-harbour")
    assert wire_dateline_country(Gazetteer.load(), "PORT HARBOUR", None) is None
    (tmp_path / "dateline_cities.tsv").write_text("Port Harbour\tNZL\n", encoding="utf-8")
    (tmp_path / "dateline_regions.tsv").write_text("Wkt.\tNZL\n", encoding="utf-8")
    gaz = Gazetteer.load([tmp_path])
    assert wire_dateline_country(gaz, "PORT HARBOUR", None) == "NZL"
    assert wire_dateline_country(gaz, "Middleton", "WKT") == "NZL"
    assert wire_dateline_country(gaz, "DALLAS", None) == "USA"  # the shipped table still counts
