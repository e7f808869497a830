"""Issue 12, round 26: classes from the reviews of 136 unread Reuters stories' meetings and 60 unread readouts.

Each test names the class (docs/coding-rules.md, "Round 26"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Extraction
from tests.etl.nlp.round_texts import WH, extract, issue_set

G7 = ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]


def _extract(text: str, published: str | None = "1987-04-01", source: str | None = None) -> Extraction:
    return extract(text, published, source)


def _meetings(text: str, published: str = "1987-04-01") -> list[tuple[str, list[str], str | None]]:
    return [(m.status, sorted(m.countries), m.date) for m in _extract(text, published).meetings]


# -- "bilateral negotiations" with no state in their sentence are those of the two states named just before ---------


def test_bilateral_talks_are_between_the_two_states_of_the_sentence_before() -> None:
    found = _meetings(
        "TOKYO, April 1 - Japan will limit imports of South Korean knitwear from May, a ministry spokesman said. "
        "The decision followed several fruitless bilateral negotiations, he said."
    )
    assert [(status, countries) for status, countries, _ in found] == [("held", ["JPN", "KOR"])]


def test_bilateral_talks_after_a_group_is_named_are_not_given_a_pair() -> None:
    found = _meetings(
        "PARIS, April 1 - The Group of Seven finance ministers met in Paris, where Japan and France disagreed. "
        "Bilateral talks followed, officials said."
    )
    assert ("held", ["FRA", "JPN"]) not in [(status, countries) for status, countries, _ in found]


# -- a landmark summit named by its city is that meeting (known_meetings.tsv) ---------------------------------------


def test_the_economic_summit_in_venice_named_after_it_is_the_seven_states_meeting() -> None:
    found = _meetings(
        "WASHINGTON, June 24 - After his return from the economic summit in Venice early this month, the President "
        "asked Congress again for a line-item veto.",
        "1987-06-24",
    )
    assert found == [("held", G7, "1987-06-10")]


def test_a_summit_whose_city_hangs_off_its_of_phrase_is_named_by_that_city() -> None:
    found = _meetings(
        "TOKYO, June 16 - The minister praised the results of last week's summit of the heads of the big "
        "industrial democracies in Venice.",
        "1987-06-16",
    )
    assert found == [("held", G7, "1987-06-10")]


def test_a_summit_city_named_by_a_verb_or_before_the_summit_is_no_summit() -> None:
    # a crowd gathered in the city: only the noun "summit" names a summit
    assert _meetings("TOKYO, June 16 - Many farmers gathered in downtown Tokyo before the summit.", "1987-06-16") == []
    # published before it: the Venice summit is still to come, and is no held meeting
    assert all(
        status != "held"
        for status, _, _ in _meetings(
            "ROME, May 20 - Officials said the Venice summit would discuss farm subsidies.", "1987-05-20"
        )
    )


# -- a joint act in a known meeting's city, in a verb the main clause governs ------------------------------------


def test_ministers_believed_to_have_agreed_in_paris_made_the_louvre_meeting() -> None:
    found = _meetings(
        "TOKYO, March 31 - In Paris, the finance chiefs of the G-5 nations and Canada are thought to have "
        "agreed on ranges for the dollar.",
        "1987-03-31",
    )
    assert found == [("held", ["CAN", "DEU", "FRA", "GBR", "JPN", "USA"], "1987-02-22")]


# -- talks done before leaving a city were in that city --------------------------------------------------------------


def test_talks_before_a_delegation_left_a_capital_were_with_that_state() -> None:
    found = _meetings(
        "LONDON, April 1 - A British trade delegation has just left Riyadh after holding talks on ways to pay for "
        "the aircraft deal."
    )
    assert [(status, countries) for status, countries, _ in found] == [("held", ["GBR", "SAU"])]
    returned = _meetings(
        "LONDON, April 1 - A British trade delegation has returned from Riyadh after holding talks on the aircraft "
        "deal."
    )
    assert [(status, countries) for status, countries, _ in returned] == [("held", ["GBR", "SAU"])]


def test_talks_a_minister_left_a_capital_for_are_not_in_that_capital() -> None:
    out = _extract(
        "WASHINGTON, April 1 - Later he left Washington for debt discussions with officials in Britain and France."
    )
    assert all(m.location != "Washington" for m in out.meetings)


# -- a visit to an international organisation makes it a party ---------------------------------------------------


def test_a_visit_to_the_world_bank_is_talks_with_the_organisation_not_with_its_host_state() -> None:
    out = _extract(
        "MEXICO CITY, March 18 - Finance Minister Gustavo Petriccioli, talking to the press after a visit to the "
        "World Bank, called the loan nearly subscribed.",
        "1987-03-18",
    )
    assert [(sorted(m.countries), m.host) for m in out.meetings] == [(["IGO", "MEX"], "World Bank")]


def test_a_state_named_with_an_organisations_word_before_it_is_visited_alone() -> None:
    found = _meetings(
        "LAGOS, June 19 - He said that Norway, a non-OPEC member he visited last month, pledged cooperation.",
        "1987-06-19",
    )
    assert all(len(countries) <= 2 for _, countries, _ in found)


# -- a conference of ministers or delegates is a meeting; a news conference is not ----------------------------------


def test_a_conference_of_foreign_ministers_is_a_meeting() -> None:
    found = _meetings(
        "SINGAPORE, June 18 - Canadian External Affairs Minister Joe Clark told a conference of ASEAN foreign "
        "ministers today that Canada backed the group.",
        "1987-06-18",
    )
    assert [(status, countries) for status, countries, _ in found] == [
        ("held", ["BRN", "CAN", "IDN", "MYS", "PHL", "SGP", "THA"])
    ]
    assert (
        _meetings("LONDON, June 18 - The minister told a news conference that talks were needed.", "1987-06-18") == []
    )


# -- "in December last year" is past, not next December --------------------------------------------------------------


def test_a_session_in_a_later_month_of_last_year_was_held() -> None:
    found = _meetings(
        "LAGOS, June 19 - The accord of a long session of the OPEC oil ministers in December last year set output "
        "ceilings.",
        "1987-06-19",
    )
    assert [status for status, _, _ in found] == ["held"]
    assert [
        status for status, _, _ in _meetings("LAGOS, June 19 - OPEC ministers will meet in December.", "1987-06-19")
    ] == ["planned"]


# -- "spent two days in Washington talking to government officials" ------------------------------------------------


def test_days_spent_in_a_capital_talking_to_its_officials_are_talks_there() -> None:
    found = _meetings("LONDON, March 3 - Brazil's finance minister spent a day in Washington talking to officials.")
    assert [(status, countries) for status, countries, _ in found] == [("held", ["BRA", "USA"])]
    # officials with no place of their own and none of the minister's day: no meeting
    assert _meetings("LONDON, March 3 - Brazil's finance minister has talked to officials about the debt.") == []


# -- readouts: bilateral issues (round 26's review of 60 unread readouts) -------------------------------------------


def _readout_issues(text: str, published: str = "2021-04-07") -> set[tuple[tuple[str, ...], str]]:
    return issue_set(_extract(text, published, WH))


def test_recognising_a_states_quality_is_praise_not_recognition() -> None:
    found = _readout_issues(
        "President Obama spoke with President Bachelet of Chile today. The President recognized Chile's skill and "
        "experience in responding to earthquakes.",
        "2010-02-27",
    )
    assert not any(code == "diplomatic_relations" for _, code in found)
    # a state's independence recognised stays recognition
    recognised = _readout_issues(
        "President Obama spoke with President Kiir of South Sudan today. The President said the United States "
        "recognized South Sudan's independence.",
        "2011-07-09",
    )
    assert (("SSD", "USA"), "diplomatic_relations") in recognised


def test_not_recognising_a_states_declared_zone_is_no_diplomatic_recognition() -> None:
    found = _readout_issues(
        "President Obama spoke with Prime Minister Abe of Japan today. The President said the United States does "
        "not recognize China's newly declared air defense zone.",
        "2013-12-12",
    )
    assert not any(code == "diplomatic_relations" for _, code in found)


def test_a_two_state_solution_written_without_its_hyphen_is_the_peace_process() -> None:
    found = _readout_issues(
        "President Biden spoke with King Abdullah II of Jordan today. The President affirmed his support for a two "
        "state solution to the Israeli-Palestinian conflict."
    )
    assert (("ISR", "PSE"), "peace_process") in found


def test_a_conflict_named_by_its_two_sides_is_their_security_issue() -> None:
    found = _readout_issues(
        "President Biden met with President Ramaphosa of South Africa today. They talked about the Russia-Ukraine "
        "conflict and its effects on food supplies in Africa."
    )
    assert (("RUS", "UKR"), "security") in found
    plain = _readout_issues(
        "President Biden met with President Ramaphosa of South Africa today. They talked about the conflict and its "
        "effects."
    )
    assert plain == set()


def test_backing_a_states_right_to_defend_itself_is_its_security_with_the_backer() -> None:
    found = _readout_issues(
        "President Biden spoke with Prime Minister Netanyahu of Israel today. The President restated the support of "
        "the United States for Israel's right to defend itself."
    )
    assert (("ISR", "USA"), "security") in found


def test_the_minsk_agreements_name_no_belarusian_party() -> None:
    found = _readout_issues(
        "President Obama spoke with President Poroshenko of Ukraine today. The leaders talked about carrying out the "
        "Minsk agreements in full.",
        "2016-08-12",
    )
    assert (("UKR", "USA"), "peace_process") in found
    assert not any("BLR" in dyad for dyad, _ in found)


def test_an_owned_war_is_fought_in_the_state_whose_situation_the_sentence_names() -> None:
    found = _readout_issues(
        "Secretary Blinken spoke with Foreign Minister Barrot of France. They discussed the situation in Ukraine and "
        "the effect of sending DPRK troops into Russia's unprovoked war.",
        "2024-11-10",
    )
    assert (("RUS", "UKR"), "security") in found


# -- a commodity organisation's talks named by the commodity or by their city --------------------------------------


def test_coffee_talks_in_a_story_on_the_coffee_organisation_are_its_session_not_the_host_states() -> None:
    out = _extract(
        "KAMPALA, March 4 - Uganda regretted the deadlock of the recent coffee talks in London, an official said. "
        "The International Coffee Organization could not agree on export quotas.",
        "1987-03-04",
    )
    assert [sorted(m.countries) for m in out.meetings if m.status == "held"] == [["IGO", "UGA"]]


def test_the_london_talks_of_a_coffee_story_have_no_british_party() -> None:
    out = _extract(
        "LONDON, March 4 - The International Coffee Organization failed last week to restore coffee quotas. Brazil "
        "and Colombia rejected quotas on objective criteria at the London talks, delegates said.",
        "1987-03-04",
    )
    held = [sorted(m.countries) for m in out.meetings if m.status == "held"]
    assert held == [["BRA", "COL", "IGO"]]


def test_talks_in_london_of_two_states_stay_theirs_in_a_coffee_story() -> None:
    out = _extract(
        "WASHINGTON, March 4 - Britain and France held talks in London on the coffee market, officials said. The "
        "International Coffee Organization took no part.",
        "1987-03-04",
    )
    assert [sorted(m.countries) for m in out.meetings if m.status == "held"] == [["FRA", "GBR"]]


# -- a two-letter family name written first is the person's ("President Xi", "Li") ----------------------------------


def test_a_two_letter_family_name_after_the_full_name_is_the_same_person() -> None:
    out = _extract(
        "PEKING, April 8 - Vice-Premier Li Peng received the visiting minister. Li said China wanted to buy more "
        "grain.",
        "1987-04-08",
    )
    assert [a.name for a in out.actors if a.kind == "person"] == ["Li Peng"]
    assert [s.speaker for s in out.statements] == ["Li Peng"]


def test_the_possessor_of_a_reported_meeting_is_its_party_not_the_readouts_president() -> None:
    out = _extract(
        "President Donald J. Trump spoke today with President Xi Jinping of China. The two leaders discussed the "
        "Korean Peninsula and President Xi's meeting today with North Korean leader Kim Jong Un.",
        "2018-05-08",
        WH,
    )
    assert sorted(sorted(m.countries) for m in out.meetings) == [["CHN", "PRK"], ["CHN", "USA"]]


# -- "paid a call to" an official is a visit --------------------------------------------------------------------------


def test_paying_a_call_to_the_imf_chief_is_a_visit_to_the_fund() -> None:
    found = _meetings(
        "NEW YORK, March 3 - Brazilian Finance Minister Funaro paid a call in New York to IMF Managing Director "
        "Michel Camdessus, officials said.",
        "1987-03-03",
    )
    assert [(status, countries) for status, countries, _ in found] == [("held", ["BRA", "IGO"])]


# -- Reuters' capitalised word after "U.S." continues the sentence ----------------------------------------------------


def test_a_capitalised_and_after_us_does_not_cut_the_sentence() -> None:
    # (the paragraph break before it made spaCy's parser end a sentence at "The U.S.")
    found = _meetings(
        "NEW YORK, April 7 - Kuwait fears more attacks on its tankers.\n\nThe U.S. And Kuwait have held talks "
        "for weeks on ways to escort the ships.",
        "1987-04-07",
    )
    assert [(status, countries) for status, countries, _ in found] == [("held", ["KWT", "USA"])]
    doc = shared_extractor().nlp("Kuwait fears attacks.\n\nThe U.S. And Kuwait have held talks for weeks.")
    assert [s.text.strip() for s in doc.sents] == [
        "Kuwait fears attacks.",
        "The U.S. And Kuwait have held talks for weeks.",
    ]


def test_named_freedoms_and_selective_prosecutions_are_human_rights() -> None:
    found = _readout_issues(
        "Vice President Biden spoke with President Yanukovych of Ukraine. He stressed that the freedoms of assembly "
        "and association must be protected, and urged an end to selective prosecutions.",
        "2014-01-23",
    )
    assert found == {(("UKR", "USA"), "human_rights")}


def test_election_security_raised_with_a_state_is_an_elections_issue_not_a_security_one() -> None:
    found = _readout_issues(
        "Secretary Pompeo spoke with Foreign Minister Lavrov of Russia today. The Secretary raised the issue of "
        "election security.",
        "2020-07-13",
    )
    assert found == {(("RUS", "USA"), "elections_governance")}


def test_development_cooperation_is_aid() -> None:
    found = _readout_issues(
        "President Obama met with President Kikwete of Tanzania. They discussed development cooperation in health "
        "and farming.",
        "2009-05-21",
    )
    assert found == {(("TZA", "USA"), "aid_investment")}
