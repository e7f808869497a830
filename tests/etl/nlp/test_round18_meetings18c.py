"""Round 18c (meetings18c): a person's or a named mission's arrival in a named place is a visit there."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from etl.nlp.pipeline import build_pipeline
from etl.records import Meeting


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def meetings(nlp: Language, text: str, published: str, dateline: str | None = None) -> list[Meeting]:
    doc: Doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc._.parley_dateline = dateline
    return [m for m in nlp(doc)._.parley_meetings if m.status == "held"]


def test_an_organisation_officer_who_arrived_in_a_state_visits_it(nlp: Language) -> None:
    (m,) = meetings(
        nlp,
        "World Bank Vice-President Pieter Olsberg, who arrived in Kenya last Wednesday, praised the farm reforms.",
        "1987-05-11",
    )
    assert m.countries == ["IGO", "KEN"]
    assert m.participants == ["Pieter Olsberg"]
    assert m.kind == "visit"
    assert m.date == "1987-05-06"


def test_a_minister_who_arrived_in_a_foreign_capital_visits_its_state(nlp: Language) -> None:
    (m,) = meetings(
        nlp, "Danish Trade Minister Ole Bramsen arrived in Lima on Sunday for a three-day stay.", "1987-05-11"
    )
    assert m.countries == ["DNK", "PER"]
    assert m.participants == ["Ole Bramsen"]
    assert m.location == "Lima"
    assert m.host == "Peru"


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian President Alan Garcia arrived in Lima on Sunday after a trip to the provinces.",  # his own country
        "A cargo of Thai rice arrived in Lagos on Sunday.",  # no person
        "The Danish minister will arrive in Lima on Sunday.",  # still ahead
    ],
)
def test_no_held_visit_from_an_arrival_at_home_of_goods_or_ahead(nlp: Language, text: str) -> None:
    assert meetings(nlp, text, "1987-05-11") == []


def test_an_arrival_told_again_by_the_talks_is_no_second_record(nlp: Language) -> None:
    (m,) = meetings(
        nlp,
        "Danish Trade Minister Ole Bramsen arrived in Lima on Sunday. "
        "On Monday he held talks with Peruvian President Alan Garcia.",
        "1987-05-12",
    )
    assert m.countries == ["DNK", "PER"]
    assert m.date == "1987-05-11"
