"""Round 19 (meetings19): an international organisation's own meeting (its annual meeting, its council's
session) is hosted by the organisation, not by the state whose city it meets in."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Thai Finance Minister Somchai Prasert opened a fortieth annual meeting of that Asian Development Bank in "
        "Bangkok with a call for cheaper loans.",
        "Thai Finance Minister Somchai Prasert, speaking at the Asian Development Bank's annual meeting in Bangkok, "
        "asked for cheaper loans.",
    ],
)
def test_an_organisations_own_meeting_in_a_member_state_is_hosted_by_the_organisation(nlp: Language, text: str) -> None:
    (m,) = meetings(nlp, text, "1988-05-02")
    assert m.countries == ["IGO", "THA"]
    assert m.location == "Bangkok"
    assert m.host == "Asian Development Bank"


def test_talks_of_a_state_with_an_organisation_on_its_soil_stay_hosted_by_the_state(nlp: Language) -> None:
    (m,) = meetings(
        nlp,
        "Thai Finance Minister Somchai Prasert held talks in Bangkok with the Asian Development Bank.",
        "1988-05-02",
    )
    assert m.countries == ["IGO", "THA"]
    assert m.host == "Thailand"
