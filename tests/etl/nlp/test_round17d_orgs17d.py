"""Issue 12, round 17d (orgs17d): the country of organisations.

- A New York listing (a bare Reuters ticker) gives no state to a firm whose legal form no American firm takes
  ("Ltd", "Plc", "AG" ...): such a firm is foreign, and the dateline's or the story's state may place it.
- A rating agency `organisations.tsv` lists with no state takes none from the story, also under a longer name
  NER reads ("Standard and Poor's Corp"); a listed firm of many states' stories keeps its home state.
- A listed firm's name followed by a state's word ("Exxon Canada Ltd") names its unit in that state.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor
from etl.sources import Document

BBC = "BBC News (a broadcaster's archive)"


def _extract(text: str, source: str | None = None) -> list[Actor]:
    doc = Document(id="t", title=None, published="1987-04-02", source=source, url=None, text=text)
    return shared_extractor().extract(doc).actors


def _country(found: list[Actor], name: str) -> str | None:
    hits = [a for a in found if a.kind == "organization" and a.name == name]
    assert len(hits) == 1, [a.name for a in found if a.kind != "person"]
    return hits[0].country


def test_foreign_legal_form_with_a_bare_ticker_takes_the_dateline() -> None:
    found = _extract(
        "WINNIPEG, April 2 - Pikeridge Copper Ltd <PKC> said it would reopen its northern smelter in June "
        "after a two year closure, hiring about 300 workers."
    )
    assert _country(found, "Pikeridge Copper Ltd") == "CAN"


def test_american_legal_form_with_a_bare_ticker_stays_american() -> None:
    found = _extract(
        "WINNIPEG, April 2 - Pikeridge Copper Corp <PKC> said it would reopen its northern smelter in June "
        "after a two year closure, hiring about 300 workers."
    )
    assert _country(found, "Pikeridge Copper Corp") == "USA"


def test_rating_agency_takes_no_state_from_the_story() -> None:
    found = _extract(
        "Ratings agency Standard & Poor's has cut Hungary's credit grade, saying the budget gap in Hungary was "
        "wider than forecast. Standard & Poor's said the outlook was negative.",
        BBC,
    )
    assert _country(found, "Standard & Poor's") is None


def test_rating_agency_under_a_longer_name_takes_no_state() -> None:
    found = _extract(
        "NEW YORK, April 9 - Debt ratings of Brindlewood Utilities Inc were lowered today by Standard and "
        "Poor's Corp, which cited weaker cash flow at the utility."
    )
    assert all(a.country is None for a in found if a.kind == "organization" and "Poor" in a.name)


def test_listed_bank_keeps_its_home_state() -> None:
    found = _extract(
        "Barclays has agreed to sell its farm lending arm in New Zealand to a local buyer. "
        "The deal leaves New Zealand with one fewer foreign lender, and Barclays said jobs were safe.",
        BBC,
    )
    assert _country(found, "Barclays") == "GBR"


def test_listed_firm_followed_by_a_state_is_its_unit() -> None:
    found = _extract(
        "CALGARY, Alberta, April 2 - Exxon Canada Ltd said it would drill six wells in the northern basin "
        "this summer with two partners."
    )
    assert _country(found, "Exxon Canada Ltd") == "CAN"
