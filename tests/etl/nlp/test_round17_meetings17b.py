"""Round 17 (meetings17b): meetings coded held that are ahead or habitual, and a body's "executive" taken for a
company's, on sentences written for each rule (none copied from the corpus)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline
from etl.records import Meeting


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def meetings(nlp: Language, text: str, published: str = "1987-06-10") -> list[Meeting]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc._.parley_dateline = None
    return list(nlp(doc)._.parley_meetings)


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the possessive day on the name "Group", not on the meeting word
        "Tomorrow's Group of Seven meeting in Paris is widely seen as the crucial session.",
        # the predicate "the key meeting" renames its subject: its day is the subject's
        "Markets were quiet. Tomorrow's Group of Seven meeting is seen as the key meeting of the week.",
    ],
)
def test_a_meeting_of_tomorrow_named_by_a_possessive_is_planned(nlp: Language, text: str) -> None:
    # round 17: before, held on the publication day
    found = meetings(nlp, text)
    assert [m for m in found if m.status == "held"] == []
    assert [(m.status, m.date) for m in found] == [("planned", "1987-06-11")]


@pytest.mark.parametrize(
    "text",
    [
        "A Canadian diplomat said the administration overstates the problems when it talks with Japan.",
        "The minister said Britain stresses human rights whenever it negotiates with China.",
    ],
)
def test_a_present_when_clause_is_a_habit_not_a_meeting(nlp: Language, text: str) -> None:
    # round 17: "when it talks with X" in the simple present tells what happens each time (before: a held meeting)
    assert [m for m in meetings(nlp, text) if m.status == "held"] == []


def test_a_when_clause_with_its_own_time_is_still_a_meeting(nlp: Language) -> None:
    found = meetings(nlp, "Yeutter said he met Japanese officials when he visited Tokyo in May.")
    assert [(m.status, m.countries) for m in found] == [("held", ["JPN", "USA"])]


def test_an_executive_board_is_no_private_counterpart(nlp: Language) -> None:
    # round 17: "executive" before a body's noun is an adjective of the organisation's own body, not a company's
    # executive (before: a private side, and the meeting of the state and the organisation was dropped)
    text = "Kenya was lobbying buyers ahead of the April 2 meeting of the ICO executive board, Kenyan officials said."
    found = meetings(nlp, text, published="1987-03-12")
    assert [(m.status, m.countries, m.date) for m in found] == [("planned", ["IGO", "KEN"], "1987-04-02")]


def test_company_executives_stay_private_counterparts(nlp: Language) -> None:
    assert meetings(nlp, "Canada and Mexico held talks with company executives in Toronto on Monday.") == []
