"""Issue 12, round 18 (speakers18): the country of speakers that are firms, and of their officers.

- A firm the text introduces by its state ("Dutch brewer X", "US car firms X and Y", "X of the US", "X, the
  Italian food company,", "X Ltd, a Singapore-based trading firm") takes that state as an organisation, as its
  officers already did (round 13); a firm of two states ("Anglo-Dutch", "German-US") takes neither.
- "Lord X", "Sir Y" are British over a guess (the story's one state), not only when nothing else is known.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor
from etl.sources import Document

BBC = "BBC News (a broadcaster's archive)"


def _extract(text: str, source: str | None = BBC) -> list[Actor]:
    doc = Document(id="t", title=None, published="2005-02-02", source=source, url=None, text=text)
    return shared_extractor().extract(doc).actors


def _actor(found: list[Actor], name: str, kind: str = "organization") -> Actor:
    hits = [a for a in found if a.kind == kind and a.name == name]
    assert len(hits) == 1, [(a.name, a.kind) for a in found]
    return hits[0]


def test_firm_introduced_by_a_demonym_takes_its_state() -> None:
    found = _extract(
        "Profits at Swedish lorry maker Valtrak Motors fell by a fifth, while sales in Japan and Brazil rose. "
        "Valtrak Motors said it would shut a plant in France next year."
    )
    assert _actor(found, "Valtrak Motors").country == "SWE"


def test_plural_firm_noun_gives_both_names_their_state() -> None:
    found = _extract(
        "US drug firms Kelvane Corp and Orlith Corp have cut prices in Canada and Mexico. "
        "Orlith Corp said margins in Germany had fallen."
    )
    assert _actor(found, "Orlith Corp").country == "USA"


def test_firm_named_before_of_the_state() -> None:
    found = _extract(
        "Harbex Shipping Corp of the US is to buy a stake in a port in Italy, which Spain and France also want. "
        "Harbex Shipping Corp said the deal would close in June."
    )
    assert _actor(found, "Harbex Shipping Corp").country == "USA"


def test_firm_described_in_an_apposition() -> None:
    found = _extract(
        "Talks on a mobile licence in Kenya and Uganda may fail. Telvora Telecom Corp, the Norwegian phone company, "
        "said it would still bid in Tanzania."
    )
    assert _actor(found, "Telvora Telecom Corp").country == "NOR"


def test_firm_of_two_states_takes_neither() -> None:
    found = _extract(
        "Anglo-Swedish chemicals group Norvale Chemicals said sales in Italy and Spain slipped. "
        "Norvale Chemicals said it would cut jobs in Germany."
    )
    assert _actor(found, "Norvale Chemicals").country is None


def test_peer_is_british_over_the_story_state() -> None:
    found = _extract(
        "Chairman Lord Penhallow of the Fenwick Trust said US voters had seen such debates for years. "
        '"They should happen here too," Lord Penhallow said. He added that US broadcasters show them.'
    )
    assert _actor(found, "Penhallow", "person").country == "GBR"
