"""Issue 12, round 19 (speakers19b): a person's state taken from the dateline while his story is another state's.

- A dateline's state that the text names only in a list of three or more states ("imports from Kenya, Tanzania
  and Rwanda") is a topic of the story, no sign that the story is the dateline's own: a bare government title
  ("Finance Minister X") takes the story's state, not the dateline's; a pair ("Kenya and Uganda signed") still
  counts.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Actor, Meeting
from etl.sources import Document


def _extract(text: str) -> tuple[list[Actor], list[Meeting]]:
    doc = Document(id="t", title=None, published="1987-05-12", source=None, url=None, text=text)
    result = shared_extractor().extract(doc)
    return result.actors, result.meetings


def _country(found: list[Actor], name: str) -> str | None:
    hits = [a for a in found if a.name == name]
    assert len(hits) == 1, [a.name for a in found]
    return hits[0].country


UGANDA_STORY = (
    "NAIROBI, May 11 - Uganda will ask the International Monetary Fund for a new standby credit, the official "
    "Uganda radio reported.\n\n"
    "Finance Minister Crispus Wakholi told the radio he had held talks in Kampala with an IMF mission last week.\n\n"
    "Uganda owes about 900 mln dlrs abroad. Uganda buys most of its fuel through neighbouring states"
    "{joint}.\n\n"
    "Uganda hopes the credit will open the way to new loans from donors."
)


def test_a_dateline_state_named_only_in_a_list_of_states_does_not_place_a_bare_minister() -> None:
    actors, meetings = _extract(UGANDA_STORY.format(joint=", mainly Kenya, Tanzania and Rwanda"))
    assert _country(actors, "Crispus Wakholi") == "UGA"
    assert not any("KEN" in m.countries for m in meetings), [m.countries for m in meetings]


def test_a_dateline_state_named_as_one_of_a_pair_still_places_the_story() -> None:
    # "Kenya and Uganda": a party to something, not a topic list; the dateline's state stays the story's
    actors, _ = _extract(
        "NAIROBI, May 11 - Kenya and Uganda signed a pact on fuel transit, officials said.\n\n"
        "Energy Minister Crispus Wakholi said the pact would cut costs. Uganda and Rwanda would follow."
    )
    assert _country(actors, "Crispus Wakholi") == "KEN"
