"""Round 19 (issues19b): the rows of a table of figures told in a sentence are one side, never a dyad with each
other; a firm speaks for itself, not for the state of its seat; a mission's report is a source, no issue of
relations. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.extract import Extractor
from etl.nlp.pipeline import build_pipeline
from etl.sources import Document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


@pytest.fixture(scope="module")
def extractor(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp)


def issues(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(nlp.make_doc(text))
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


def wire_issues(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """Issues of a wire story, its dateline read as the extractor reads it."""
    doc = Document(id="t", title="t", published="1987-04-02", source="Test", url=None, text=text, origin="test")
    return {(*i.countries, i.issue) for i in extractor.extract(doc, published=doc.published).issues}


def test_a_ranking_with_followed_by_pairs_no_rows(nlp: Language) -> None:
    text = (
        "The region's largest borrowers are Peru and Chile, followed by Ecuador with about 9 billion dlrs of debt "
        "and Bolivia with 4 billion dlrs."
    )
    assert issues(nlp, text) == set()


def test_rows_each_with_a_figure_pair_not_with_the_first_row(nlp: Language) -> None:
    text = (
        "Imports from Germany climbed to 15,200 tonnes from 11,000 last year, Belgium 5,100 tonnes and Spain 2,800 "
        "tonnes."
    )
    assert not issues(nlp, text) & {("BEL", "DEU", "trade"), ("DEU", "ESP", "trade"), ("BEL", "ESP", "trade")}


def test_a_second_act_after_followed_by_is_no_ranking(nlp: Language) -> None:
    text = "Japan imposed tariffs on Korea, followed by new quotas on Taiwan."
    assert ("JPN", "TWN", "trade") in issues(nlp, text)


def test_a_seller_still_faces_its_buyers(nlp: Language) -> None:
    text = "The United States sold 200,000 tonnes of wheat to Egypt, 100,000 tonnes to Jordan and 50,000 to Iraq."
    found = issues(nlp, text)
    assert not found & {("EGY", "JOR", "trade"), ("IRQ", "JOR", "trade"), ("EGY", "IRQ", "trade")}


def test_a_firm_speaking_does_not_make_its_seat_a_party(extractor: Extractor) -> None:
    text = (
        "DALLAS, April 2 - Norvale Energy Corp said proven reserves of the oil field it holds in France's eastern "
        "basin were estimated at 60 mln barrels, up 30 pct."
    )
    assert wire_issues(extractor, text) == set()


def test_a_government_body_speaking_still_pairs_its_state(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, May 5 - The State Department said proven reserves of the oil field in France were estimated "
        "at 60 mln barrels."
    )
    assert ("FRA", "USA", "energy") in wire_issues(extractor, text)


def test_an_embassy_report_is_no_issue_of_relations(nlp: Language) -> None:
    text = "A U.S. Embassy report said last month that Thailand could grow five pct in 1987."
    assert issues(nlp, text) == set()


def test_an_embassys_survey_is_no_issue_of_relations(nlp: Language) -> None:
    text = "The Japanese embassy's annual survey said Kenya would need more rice next year."
    assert issues(nlp, text) == set()


def test_a_closed_embassy_is_still_diplomatic_relations(nlp: Language) -> None:
    assert ("LBY", "USA", "diplomatic_relations") in issues(nlp, "The United States closed its embassy in Libya.")
