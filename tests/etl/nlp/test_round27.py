"""Issue 12, round 27: classes from the readout reviews of rounds 25 and 26 that were still open, and from round 27's
review of unread readouts.

Each test names the class (docs/coding-rules.md, "Round 27"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from tests.etl.nlp.round_texts import WH, extract, issue_set

# -- a third state acting in the crisis the talks were about is paired with the crisis's state ---------------------


def test_a_third_state_acting_in_the_talks_crisis_is_paired_with_the_crisis_state() -> None:
    out = extract(
        "The President spoke today with Chancellor Merkel of Germany about the situation in eastern Ukraine. "
        "The leaders agreed that Russia must stop sending weapons and fighters across the border and end its "
        "support for the separatists.",
        "2014-07-10",
        WH,
    )
    found = issue_set(out)
    assert (("RUS", "UKR"), "weapons") in found
    assert (("RUS", "UKR"), "armed_groups") in found
    assert not {pair for pair, _code in found} & {("DEU", "RUS"), ("RUS", "USA")}


def test_a_crisis_state_that_is_a_party_alone_faces_the_third_state() -> None:
    out = extract(
        "The Vice President spoke today with Ukrainian President Poroshenko about the situation in eastern Ukraine. "
        "The Vice President stressed Russia's obligation to halt the flow of heavy weapons across the border.",
        "2014-07-20",
        WH,
    )
    found = issue_set(out)
    assert (("RUS", "UKR"), "weapons") in found
    assert (("RUS", "USA"), "weapons") not in found


def test_a_third_state_in_a_sentence_that_does_not_point_back_to_the_crisis_faces_the_parties() -> None:
    out = extract(
        "The President spoke today with Chancellor Merkel of Germany about the situation in eastern Ukraine. "
        "The leaders also discussed North Korea's recent missile launches.",
        "2014-07-10",
        WH,
    )
    found = issue_set(out)
    assert (("PRK", "UKR"), "weapons") not in found
    assert (("PRK", "USA"), "weapons") in found


# -- the group's name as readouts spell it -------------------------------------------------------------------------


def test_daesh_with_its_apostrophe_is_terrorism() -> None:
    out = extract(
        "Secretary Kerry spoke today with Turkish Foreign Minister Cavusoglu. They discussed the coalition to defeat "
        "Da'esh.",
        "2016-07-16",
        WH,
    )
    assert (("TUR", "USA"), "terrorism") in issue_set(out)
