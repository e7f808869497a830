"""Issue 12, round 19 (orgs19): national bodies known by their own name speak with their home state.

`organisations.tsv` lists national statistics offices, economic research institutes, employers' and business
federations and union confederations by their home state. A statement of such a body, and its officer's ("X,
chairman of <body>", "<body> president Y"), take that state even in a story filed from another state; the
federations', unions' and institutes' officers (sector `ngo`) get role `other`, the statistics offices' `official`.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor, Extraction
from etl.sources import Document


def _extract(text: str) -> Extraction:
    doc = Document(id="t", title=None, published="1987-05-04", source=None, url=None, text=text)
    return shared_extractor().extract(doc)


def _actor(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, [(a.name, a.country) for a in actors]
    return found[0]


def test_a_business_federations_chairman_in_a_foreign_story_is_of_its_state() -> None:
    result = _extract(
        "LONDON, May 4 - Hiroshi Tanabe, chairman of Keidanren, said on a visit to the city that factories "
        "owned by his members would hire more local workers next year."
    )
    person = _actor(result.actors, "Hiroshi Tanabe")
    assert person.country == "JPN"
    assert person.role == ["other"]
    assert _actor(result.actors, "Keidanren").country == "JPN"


def test_a_union_confederations_head_is_of_its_state_with_role_other() -> None:
    result = _extract(
        'LONDON, May 4 - "Jobs must come first," said Walter Brunning, head of the AFL-CIO, who addressed '
        "a meeting of dockers in the port on Monday."
    )
    person = _actor(result.actors, "Walter Brunning")
    assert person.country == "USA"
    assert person.role == ["other"]


def test_an_employers_bodys_president_gets_role_other() -> None:
    result = _extract(
        "LONDON, May 4 - Marla Quentin, president of the CBI, told a dinner of retailers that high interest "
        "rates were hurting small firms across the regions."
    )
    person = _actor(result.actors, "Marla Quentin")
    assert person.country == "GBR"
    assert person.role == ["other"]
    assert _actor(result.actors, "Confederation of British Industry").country == "GBR"


def test_a_statistics_office_speaks_with_its_state() -> None:
    result = _extract(
        "LONDON, May 4 - INSEE said consumer prices rose 0.3 pct in April after a rise of 0.2 pct in March, "
        "as exporters in the north reported a jump in orders from their neighbours."
    )
    assert _actor(result.actors, "INSEE").country == "FRA"
    assert any(s.speaker == "INSEE" for s in result.statements), [s.speaker for s in result.statements]


def test_a_research_institute_speaks_with_its_state() -> None:
    result = _extract(
        "PARIS, May 4 - Demand for machine tools weakened in April as export orders fell, the Ifo institute said."
    )
    assert _actor(result.actors, "Ifo").country == "DEU"
    assert any(s.speaker == "Ifo" for s in result.statements), [s.speaker for s in result.statements]
