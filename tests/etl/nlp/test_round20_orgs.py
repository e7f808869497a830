"""Issue 12, round 20: central banks, state boards and agencies and state-owned firms in organisations.tsv.

Their officers and their own statements take their state in a story filed anywhere; initials that are also
words match only as written (upper case). Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor
from etl.sources import Document


def _actors(text: str) -> list[Actor]:
    doc = Document(id="t", title=None, published="1987-05-05", source=None, url=None, text=text)
    return shared_extractor().extract(doc).actors


def test_a_state_firms_officer_takes_its_state_under_a_foreign_dateline() -> None:
    found = {a.name: a for a in _actors("LONDON, May 5 - Codelco president Ramon Ortega said copper sales would rise.")}
    assert found["Ramon Ortega"].country == "CHL"


def test_a_central_bank_named_without_its_state_is_that_states() -> None:
    found = {a.name: a for a in _actors("SINGAPORE, May 5 - Bank Negara said the ringgit would stay stable.")}
    assert found["Bank Negara Malaysia"].country == "MYS"


def test_initials_that_are_words_match_only_in_capitals() -> None:
    found = _actors("WARSAW, May 5 - Poland sold a lot of coal to Sweden, and the ships will sail in June.")
    assert sorted(a.name for a in found) == ["Poland", "Sweden"]
