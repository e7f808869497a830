"""Issue 12, round 22: what a review of unread Reuters stories and the tunable readouts showed, fixed as classes.

Each test names the class (docs/coding-rules.md, "Round 22"). The sentences are invented, or adapted from U.S.
Government readouts (public domain); none is copied from the licensed corpora.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Extraction
from etl.sources import Document


def _extract(text: str, published: str | None = "2022-06-01") -> Extraction:
    doc = Document(id="t", title=None, published=published, source=None, url=None, text=text)
    return shared_extractor().extract(doc)


def _issue_set(text: str) -> set[tuple[tuple[str, ...], str]]:
    """The (sorted dyad, code) of every issue extracted from `text`."""
    return {(tuple(sorted(i.countries)), i.issue) for i in _extract(text).issues}


def test_an_invasion_one_state_owns_is_fighting_between_the_two() -> None:
    issues = _issue_set(
        "The Secretary met the French Foreign Minister. They spoke about grain shortages made worse by "
        "Russia's unprovoked invasion of Ukraine."
    )
    assert {(("RUS", "UKR"), "security"), (("RUS", "UKR"), "military_presence")} <= issues


def test_a_war_a_head_of_state_owns_is_his_states_war() -> None:
    issues = _issue_set(
        "The two ministers weighed the harm that President Putin's brutal war on Ukraine has done to harvests."
    )
    assert (("RUS", "UKR"), "security") in issues


def test_an_invasion_without_an_owner_stays_a_military_presence_only() -> None:
    issues = _issue_set("Blair again defended the invasion of Iraq before British MPs on Tuesday.")
    assert all(code != "security" for _pair, code in issues)
    assert (("GBR", "IRQ"), "military_presence") in issues


G6 = ["CAN", "DEU", "FRA", "GBR", "JPN", "USA"]


def _held(text: str, published: str = "1987-03-20") -> list[tuple[list[str], str | None, str | None]]:
    """(sorted countries, date, location) of every held meeting extracted from `text`."""
    return [(sorted(m.countries), m.date, m.location) for m in _extract(text, published).meetings if m.status == "held"]


def test_a_group_described_as_powers_and_opening_a_sentence_is_its_members() -> None:
    held = _held(
        "ROME, March 20 - Six leading industrial powers agreed at talks in Paris in February to keep rates steady."
    )
    assert held == [(G6, None, "Paris")]


def test_a_months_own_meeting_is_dated_by_the_month_not_the_story() -> None:
    held = _held(
        "ROME, March 20 - February's Paris session of six major industrial nations had worked well, he argued."
    )
    assert held == [(G6, None, "Paris")]


def test_an_accord_a_group_of_states_made_in_a_place_is_the_meeting_that_made_it() -> None:
    held = _held("BONN, March 20 - He would not reveal if the February 22 Paris accord of the G5 nations set ranges.")
    assert held == [(["DEU", "FRA", "GBR", "JPN", "USA"], "1987-02-22", "Paris")]
    held = _held("TOKYO, March 20 - The yen has held firm since last month's G6 pact in Paris, traders noted.")
    assert held == [(G6, None, "Paris")]


def test_an_accord_without_its_makers_or_reviewed_by_a_group_is_no_meeting() -> None:
    assert _held("TOKYO, March 20 - Traders said the Paris accord has held so far.") == []
    meetings = _extract(
        "LONDON, March 20 - The Group of Seven will use next week's talks in Washington to review the Paris accord, "
        "the minister said.",
        "1987-03-20",
    ).meetings
    assert all(m.location != "Paris" for m in meetings)


def test_the_persons_of_a_meeting_from_a_group_are_its_members() -> None:
    held = _held(
        "TOKYO, March 20 - Rates peaked before the meeting of trade ministers from the G5 states and Canada "
        "on February 22, which calmed markets."
    )
    assert held == [(G6, "1987-02-22", None)]


def test_a_from_hung_across_a_dash_is_no_party() -> None:
    meetings = _extract(
        "The plan won backing after a G7 meeting of the wealthiest states - from EU ministers. When they met in "
        "London, G7 finance chiefs endorsed debt relief.",
        None,
    ).meetings
    assert [sorted(m.countries) for m in meetings] == [["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]]


def _person(text: str, name: str) -> tuple[str | None, list[str]]:
    """(country, roles) of the person called `name` in what is extracted from `text`."""
    actors = [a for a in _extract(text, "1987-03-20").actors if a.kind == "person" and a.name == name]
    assert len(actors) == 1, [a.name for a in _extract(text, "1987-03-20").actors]
    return actors[0].country, list(actors[0].role)


def test_a_name_followed_by_of_an_international_organisation_is_its_official_of_no_state() -> None:
    text = "BOSTON, March 20 - Debt relief must come sooner, argued Paul Hersh of the International Monetary Fund."
    assert _person(text, "Paul Hersh") == (None, ["official"])


def test_two_titles_joined_after_an_organisation_keep_the_organisation() -> None:
    text = (
        "FRANKFURT, March 20 - Asian Development Bank vice president and treasurer Anne Weiss expects more borrowing."
    )
    assert _person(text, "Anne Weiss") == (None, ["official"])


def test_a_house_committee_chairman_is_a_legislator() -> None:
    text = "WASHINGTON, March 20 - House Armed Services Committee chairman Les Aspin expects the bill to pass."
    assert _person(text, "Les Aspin") == ("USA", ["legislator"])
    text = "WASHINGTON, March 20 - White House budget committee chairman John Smith said so."
    assert _person(text, "John Smith")[1] != ["legislator"]


def test_a_bare_president_in_a_firms_story_is_the_firms_president() -> None:
    text = "CHICAGO, March 20 - Dean Foods Co said its profit rose. President Howard Dean said sales grew."
    assert _person(text, "Howard Dean") == ("USA", ["other"])
    text = "MANILA, March 20 - Ayala Corp said it would build a plant. President Corazon Aquino welcomed the plan."
    assert _person(text, "Corazon Aquino")[1] == ["head_of_state"]


def test_a_state_which_a_minister_visited_is_his_visits_destination() -> None:
    held = _held(
        "LAGOS, March 20 - Nigerian Oil Minister Rilwanu Lukman hopes Norway, which he visited two weeks ago, "
        "will trim its output."
    )
    assert held == [(["NGA", "NOR"], "1987-03-06", "Norway")]


def test_a_state_opening_a_title_after_to_is_the_holders_not_a_posting() -> None:
    text = "TOKYO, March 20 - Tokyo's appeal went by letter to U.S. Defense Secretary Paul Harrow."
    assert _person(text, "Paul Harrow")[0] == "USA"
    text = "TOKYO, March 20 - U.S. ambassador to Japan Mike Mansfield welcomed the step."
    assert _person(text, "Mike Mansfield") == ("USA", ["ambassador"])


def test_talks_aimed_at_an_accord_are_held_when_their_clause_says_so() -> None:
    text = "CAIRO, March 20 - Cairo has been holding loan talks with the IMF aimed at a standby credit, aides say."
    assert [(sorted(m.countries), m.status) for m in _extract(text, "1987-03-20").meetings] == [
        (["EGY", "IGO"], "held")
    ]
    text = "CAIRO, March 20 - Cairo wants loan talks with the IMF aimed at a standby credit, aides say."
    assert [m.status for m in _extract(text, "1987-03-20").meetings] == ["planned"]


def test_a_state_owning_the_reported_subject_is_the_officials_not_the_datelines() -> None:
    text = (
        "NEW YORK, April 17 - Argentina's new debt package for its many creditor banks should close within weeks "
        "thanks to its novel options, said Jorge Ruiz, undersecretary for debt in the economy ministry. Most U.S. "
        "banks will sign. Argentina owes them much."
    )
    assert _person(text, "Jorge Ruiz") == ("ARG", ["deputy_minister"])


def test_a_transportation_secretary_is_a_minister() -> None:
    text = "WASHINGTON, March 20 - Transportation Secretary Jane Roe approved the airline merger on Friday."
    assert _person(text, "Jane Roe") == ("USA", ["minister"])
    text = "Culture, Media and Sport Secretary Ann Hale backed the call, saying shops must check ages."
    assert _person(text, "Ann Hale")[1] == ["minister"]


def test_an_asean_meeting_is_its_members_of_the_year() -> None:
    text = "ASEAN foreign ministers closed a two-day session in Singapore today."
    assert [sorted(m.countries) for m in _extract(text, "1987-06-16").meetings] == [
        ["BRN", "IDN", "MYS", "PHL", "SGP", "THA"]
    ]
    countries = [sorted(m.countries) for m in _extract(text, "2022-08-04").meetings]
    assert countries == [["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"]]


def test_a_meeting_word_after_a_sentence_of_a_groups_ministers_is_the_groups_meeting() -> None:
    text = (
        "SINGAPORE, June 16 - Foreign ministers of ASEAN said they want closer ties with Tokyo. A statement put out "
        "after their two-day ministerial meeting said they hoped for more Japanese investment."
    )
    assert [sorted(m.countries) for m in _extract(text, "1987-06-16").meetings] == [
        ["BRN", "IDN", "MYS", "PHL", "SGP", "THA"]
    ]
    text = (
        "SINGAPORE, June 16 - Foreign ministers of ASEAN said they want closer ties with Tokyo. Japan's minister "
        "spoke after the meeting."
    )
    assert all("BRN" not in m.countries for m in _extract(text, "1987-06-16").meetings)


def test_a_group_of_states_that_agreed_in_a_place_met_there() -> None:
    held = _held("TOKYO, March 20 - Last month six industrialised nations agreed in Paris to keep the yen steady.")
    # (round 24: the Louvre meeting of February 1987, a row of known_meetings.tsv, gives the date)
    assert held == [(G6, "1987-02-22", "Paris")]
    assert _held("TOKYO, March 20 - The G-6 agreed that the yen was about right, traders noted.") == []


def test_a_groups_session_told_twice_in_a_day_is_one_meeting() -> None:
    text = (
        "TOKYO, April 9 - The yen firmed before Wednesday's session of finance chiefs of the seven "
        "industrialized nations in Washington. After four hours of talks, the G-7 released a short communique."
    )
    meetings = [m for m in _extract(text, "1987-04-09").meetings if m.status == "held"]
    assert [(len(m.countries), m.date) for m in meetings] == [(7, "1987-04-08")]


def test_a_visit_that_ends_by_leaving_a_place_was_a_visit_there() -> None:
    text = (
        "LONDON, March 20 - Trade Minister Paul Dane of Britain gave ground just before leaving Seoul yesterday "
        "at the close of a three-day visit."
    )
    assert [(sorted(m.countries), m.status) for m in _extract(text, "1987-03-20").meetings] == [
        (["GBR", "KOR"], "held")
    ]


def test_officials_of_one_state_telling_officials_of_another_is_a_meeting() -> None:
    text = "WASHINGTON, March 20 - Japanese negotiators told American officials last week that the rice curbs stay."
    assert [(sorted(m.countries), m.status) for m in _extract(text, "1987-03-20").meetings] == [
        (["JPN", "USA"], "held")
    ]
    text = "WASHINGTON, March 20 - American officials told reporters that the rice curbs stay."
    assert _extract(text, "1987-03-20").meetings == []
