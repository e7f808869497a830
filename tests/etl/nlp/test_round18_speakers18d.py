"""Issue 12, round 18d (speakers18d): a firm's officer whose title names no body holds no public office.

- In a story whose first sentence is a firm's (a legal form after a name, a wire's bracketed name or ticker, a
  listed firm, a lower-case firm noun), a person whose title reads as an official's ("chairman", "president",
  "vice chairman", "director") and names no body ("its chairman X", "Y, president and chief operating officer,")
  is the firm's officer: role `other`, not `official`. Not when the title's window names a state, an
  international organisation, a public body or an acronym.

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


def _role(found: list[Actor], surname: str) -> list[str] | None:
    hits = [a for a in found if a.kind == "person" and a.name.endswith(surname)]
    assert len(hits) == 1, [(a.name, a.kind) for a in found]
    return hits[0].role


def test_apposed_president_of_the_lead_firm_is_other() -> None:
    found = _extract(
        "TULSA, Okla., March 2 - Brenmoor Pipe Inc said it would close two of its plants in the spring.\n\n"
        'Harlan P. Ostrowe, president and chief operating officer, said, "The market for our pipe is too weak."'
    )
    assert _role(found, "Ostrowe") == ["other"]


def test_bare_chairman_in_a_bracketed_firm_story_is_other() -> None:
    found = _extract(
        "SYDNEY, March 2 - <Kestral Mining Ltd> will sell its coal leases to pay its debts, chairman "
        "Dougal Fenwright said.\n\nFenwright said the sale would raise about 40 mln dlrs."
    )
    assert _role(found, "Fenwright") == ["other"]


def test_public_body_in_the_window_stays_official() -> None:
    found = _extract(
        "CHICAGO, March 2 - Varnell Grain Corp said it would stop buying wheat this month.\n\n"
        "The Commodity Futures Trading Commission is studying the matter, commission chairman Odette Lanfear "
        "said."
    )
    assert _role(found, "Lanfear") != ["other"]


def test_a_state_story_keeps_its_official() -> None:
    found = _extract(
        "CANBERRA, March 2 - Australia will lift its tariffs on farm machinery next year, the government said.\n\n"
        "The board of the tariff agency met on Monday, its chairman Dougal Fenwright said."
    )
    assert _role(found, "Fenwright") != ["other"]
