"""Issue 12, round 18c (speakers18c): a wire story's lead firm is of the dateline's state.

- A firm with a legal form that is the subject of the first sentence of a wire story, which the text introduces by
  no state, takes the dateline's state though the story names other states (its partners'): "DALLAS - X Inc said
  it agreed with a Japanese firm ...". Not a legal form the dateline's state does not use ("Ltd" under an American
  dateline, "Inc" under another's), not a bank, and not a firm outside the lead's subject.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor
from etl.sources import Document

WIRE = "Reuters (a wire archive)"


def _extract(text: str) -> list[Actor]:
    doc = Document(id="t", title=None, published="1987-03-02", source=WIRE, url=None, text=text)
    return shared_extractor().extract(doc).actors


def _country(found: list[Actor], name: str) -> str | None:
    hits = [a for a in found if a.kind == "organization" and a.name == name]
    assert len(hits) == 1, [(a.name, a.kind) for a in found]
    return hits[0].country


def test_lead_firm_takes_the_dateline_state_beside_a_foreign_partner() -> None:
    found = _extract(
        "DALLAS, March 2 - Quorvane Systems Inc said it signed a supply pact with a Japanese firm for its valves.\n\n"
        "Quorvane Systems Inc said the Japanese firm would buy valves worth two mln dlrs a year."
    )
    assert _country(found, "Quorvane Systems Inc") == "USA"


def test_lead_firm_with_a_german_form_under_a_german_dateline() -> None:
    found = _extract(
        "HAMBURG, March 2 - Brellmann Werft AG said it had ordered two cranes from a shipyard in South Korea.\n\n"
        "The Korean yard offered a lower price than French rivals, Brellmann Werft AG said."
    )
    assert _country(found, "Brellmann Werft AG") == "DEU"


def test_foreign_legal_form_under_an_american_dateline_takes_none() -> None:
    found = _extract(
        "DALLAS, March 2 - Tarquin Holdings Ltd said it sold its stake in a French drilling firm.\n\n"
        "Tarquin Holdings Ltd said the French firm paid in cash."
    )
    assert _country(found, "Tarquin Holdings Ltd") is None


def test_firm_outside_the_lead_subject_takes_none() -> None:
    found = _extract(
        "DALLAS, March 2 - A Japanese trading house agreed to buy Pellory Foods Inc, bankers said.\n\n"
        "Pellory Foods Inc said the Japanese buyer would keep its staff."
    )
    assert _country(found, "Pellory Foods Inc") is None
