"""Round 17c (meetings17c): a group's name right before a meeting word that the parser hangs elsewhere still names
whose meeting it is, on sentences written for the rule (none copied from the corpus)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline
from etl.records import Meeting

G5 = ["DEU", "FRA", "GBR", "JPN", "USA"]
G7 = ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def meetings(nlp: Language, text: str, published: str = "1987-06-10") -> list[Meeting]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc._.parley_dateline = None
    return list(nlp(doc)._.parley_meetings)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # the parser makes "Group" a subject of its own beside the meeting word
        ("The Group of Seven meeting in Rome on Monday went well, a Treasury aide said.", G7),
        # the parser hangs the meeting word under the name's "of" and gives it the name's number
        ("Bond prices have held firm since the Group of Five meeting in London on Monday, traders said.", G5),
    ],
)
def test_a_group_name_before_the_meeting_word_names_its_members(nlp: Language, text: str, members: list[str]) -> None:
    # round 17c: before, the meeting had no party and was dropped
    found = meetings(nlp, text)
    assert [(m.status, sorted(m.countries)) for m in found] == [("held", members)]


def test_a_group_name_hung_on_the_meeting_word_is_read_once(nlp: Language) -> None:
    found = meetings(nlp, "The G-7 meeting in Rome on Monday went well, a Treasury aide said.")
    assert [(m.status, sorted(m.countries)) for m in found] == [("held", G7)]


def test_a_possible_meeting_of_the_group_stays_planned(nlp: Language) -> None:
    text = (
        "Asked what he would do if the plan came up at any Group of Five meeting next week, he said he would back it."
    )
    assert [m for m in meetings(nlp, text) if m.status == "held"] == []
