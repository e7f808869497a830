"""Round 16 (meetings16): held meetings the extractor missed on fresh text, on sentences written for each rule."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline
from etl.records import Meeting


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def held(nlp: Language, text: str, published: str = "1987-06-10", dateline: str | None = None) -> list[Meeting]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc._.parley_dateline = dateline
    return [m for m in nlp(doc)._.parley_meetings if m.status == "held"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Chile and Peru quarrelled over export shares when the International Cocoa Organization met in May.",
            ["CHL", "IGO", "PER"],
        ),
        # the main clause's failure is not the sitting's: the organisation did meet
        (
            "The biggest buyer Canada and the biggest grower Peru failed to settle their quarrel when the "
            "International Coffee Organization met in February.",
            ["CAN", "IGO", "PER"],
        ),
    ],
)
def test_states_acting_when_an_organisation_met_met_it(nlp: Language, text: str, countries: list[str]) -> None:
    # round 16: "when the Organization met" has the organisation alone as its subject; the states of the main
    # clause's subject acted at its sitting (before: no party but the organisation, no meeting)
    (m,) = held(nlp, text)
    assert m.countries == countries


@pytest.mark.parametrize(
    "text",
    [
        # a sitting still ahead, and a main clause that names no state
        "Canada will oppose the plan when the International Cocoa Organization meets in September.",
        "Cocoa prices slid in New York when the International Cocoa Organization met in May.",
    ],
)
def test_no_state_acts_at_the_organisation_sitting(nlp: Language, text: str) -> None:
    assert held(nlp, text) == []


def test_a_person_told_something_in_talks_is_their_other_side(nlp: Language) -> None:
    # round 16: "X gave a message to Y in talks": the named person the subject conveyed something to in the
    # talks is on their other side, whatever the verb (before: only the subject's state, no meeting)
    (m,) = held(
        nlp, "Canadian officials passed the same warning to Italian Foreign Minister Mario Rossi in talks last week."
    )
    assert m.countries == ["CAN", "ITA"]
    assert "Mario Rossi" in m.participants


@pytest.mark.parametrize(
    "text",
    [
        "Canadian officials passed the same warning to reporters in talks last week.",
        "The Canadian minister handed a prize to John Miller at a meeting in Toronto last week.",
    ],
)
def test_no_foreign_person_addressed_in_the_talks(nlp: Language, text: str) -> None:
    assert held(nlp, text) == []
