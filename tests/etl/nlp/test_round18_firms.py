"""Issue 12, round 18 (coordinator): well-known multinational firms keep their home state.

- `organisations.tsv` lists well-known firms by their home state; a BBC story that names only Britain no longer
  gives "Microsoft"-like firms, or their officers, Britain's state.
- A listed firm's name inside a longer firm name with words before it ("Smith-Nokia Ltd", a joint firm or unit)
  does not give that firm's state.
- A legal form that is also a listed body's initials ("SPA", the Saudi Press Agency) ends a firm's name after a
  capitalised word: it gives the firm no state of that body.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor, Statement
from etl.sources import Document

BBC = "BBC News (a broadcaster's archive)"


def _extract(text: str, source: str | None = None) -> tuple[list[Actor], list[Statement]]:
    doc = Document(id="t", title=None, published="2005-02-02", source=source, url=None, text=text)
    result = shared_extractor().extract(doc)
    return result.actors, result.statements


def _country(found: list[Actor], name: str) -> str | None:
    hits = [a for a in found if a.name == name]
    assert len(hits) == 1, [a.name for a in found]
    return hits[0].country


def test_a_listed_multinational_keeps_its_home_state_in_a_story_naming_britain() -> None:
    actors, statements = _extract(
        "Sony said it would cut the price of its games console in the UK from next month. "
        '"Demand has been stronger than we planned for," said Kenji Marumoto, a Sony vice president. '
        "Shops in the UK reported long queues.",
        BBC,
    )
    assert _country(actors, "Sony") == "JPN"
    assert {s.speaker for s in statements} >= {"Sony"}
    spoken = [s for s in statements if s.speaker == "Sony"]
    assert spoken and all(_country(actors, s.speaker) == "JPN" for s in spoken)


def test_a_listed_firm_name_inside_a_joint_firm_name_gives_no_state() -> None:
    actors, _ = _extract(
        "LONDON, Feb 2 - Smith-Nokia Ltd, a joint venture of two engineering groups, said it won a contract "
        "to supply signalling cables to a Scottish railway."
    )
    firm = [a for a in actors if a.kind == "organization" and "Smith" in a.name]
    assert firm and all(a.country != "FIN" for a in firm), [(a.name, a.country) for a in actors]


def test_a_legal_form_that_is_also_a_listed_bodys_initials_ends_a_firm_name() -> None:
    actors, _ = _extract(
        "MILAN, April 7 - <Montalba SPA> said it agreed to sell its paper unit <Cartiere Nord SPA> to a French "
        "group. Montalba said the sale would close in June."
    )
    assert "Saudi Press Agency" not in {a.name for a in actors}
    listed, _ = _extract("RIYADH, April 7 - The Saudi Press Agency, SPA, said the kingdom had approved a new port.")
    assert _country(listed, "Saudi Press Agency") == "SAU"
