"""Issue 12, round 24: classes from the reviews of 300 unread Reuters stories' meetings, fixed as classes.

Each test names the class (docs/coding-rules.md, "Round 24"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from pathlib import Path

from etl.extract import Extractor
from etl.records import Extraction, Meeting
from etl.sources import Document
from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set

G6 = ["CAN", "DEU", "FRA", "GBR", "JPN", "USA"]


def _extract(text: str, published: str | None = "1987-04-01") -> Extraction:
    return extract(text, published)


def _held(text: str, published: str | None = "1987-04-01") -> list[Meeting]:
    return [m for m in _extract(text, published).meetings if m.status == "held"]


def _key(m: Meeting) -> tuple[list[str], str | None]:
    return sorted(m.countries), m.date


# -- a landmark meeting named by its place alone (known_meetings.tsv) ----------------------------------------------


def test_the_recent_paris_meeting_of_a_currency_story_is_the_louvre_meeting_of_the_six() -> None:
    held = _held(
        "LONDON, April 1 - The finance minister told a business audience that the recent Paris meeting of the "
        "leading economies had agreed that exchange rates should now be kept stable.\n\nThe dollar rose slightly."
    )
    assert [_key(m) for m in held] == [(G6, "1987-02-22")]
    assert held[0].location == "Paris"
    assert held[0].host == "France"


def test_a_joint_act_done_in_paris_in_february_is_that_meeting() -> None:
    held = _held(
        "TOKYO, April 1 - The yen has stayed inside the band agreed in Paris in February, the finance minister told "
        "parliament, adding that the dollar would hold its value."
    )
    assert [_key(m) for m in held] == [(G6, "1987-02-22")]


def test_the_meeting_named_by_its_members_and_month_is_the_same_one_not_a_second() -> None:
    held = _held(
        "TOKYO, March 30 - Last month's G-6 meeting decided to hold the dollar above its current level, the prime "
        "minister said.\n\nHe said Japan and its partners had committed themselves in Paris last month to act "
        "on exchange rates.",
        "1987-03-30",
    )
    assert [_key(m) for m in held] == [(G6, "1987-02-22")]


def test_a_meeting_in_paris_on_the_publication_day_is_a_new_meeting_not_the_landmark() -> None:
    held = _held(
        "PARIS, April 1 - Ministers from Norway and Sweden met in Paris today to discuss the dollar and "
        "exchange rates, officials said."
    )
    assert all(m.date != "1987-02-22" for m in held)
    assert [sorted(m.countries) for m in held] == [["NOR", "SWE"]]


def test_paris_talks_of_other_states_or_of_the_paris_club_are_not_the_landmark() -> None:
    held = _held(
        "Iran and France agreed in Paris last month to settle a loan dispute, officials said on the dollar debt."
    )
    assert all(sorted(m.countries) != G6 for m in held)
    held = _held(
        "Before the Paris talks, Yugoslav officials said the dollar debt could be rescheduled by the Paris Club "
        "of creditor governments."
    )
    assert all(sorted(m.countries) != G6 for m in held)


def test_the_landmark_accord_named_alone_is_no_meeting() -> None:
    held = _held("The Louvre accord on currencies is still working, the central bank governor said today.")
    assert held == []


def test_a_story_with_nothing_of_the_landmarks_subject_is_not_about_it() -> None:
    # no currency, exchange rate or monetary word: "the recent Paris meeting" may be any meeting in Paris
    held = _held("The recent Paris meeting of aviation experts agreed on new safety rules, a spokesman said.")
    assert all(sorted(m.countries) != G6 for m in held)


def test_a_reference_before_the_landmark_was_held_or_long_after_is_not_it() -> None:
    text = "The finance minister said the meeting in Paris last month had helped the dollar and exchange rates."
    assert all(m.date != "1987-02-22" for m in _held(text, "1987-01-20"))
    assert all(m.date != "1987-02-22" for m in _held(text, "1995-03-20"))


def test_the_plaza_meeting_of_the_five() -> None:
    held = _held(
        "Dealers said the dollar's fall reversed the success of the 1985 Plaza meeting of the Group of Five, "
        "which had set out to weaken the currency."
    )
    assert [_key(m) for m in held] == [(["DEU", "FRA", "GBR", "JPN", "USA"], "1985-09-22")]


def test_a_coders_own_row_names_another_periods_landmark(tmp_path: Path) -> None:
    (tmp_path / "known_meetings.tsv").write_text(
        "Helsinki summit\thelsinki\tRUS|USA\t2018-07-16\t2018-07-16\tFIN\tHelsinki\t2019-12-31\tsummit|sanction\t\n",
        encoding="utf-8",
    )
    doc = Document(
        id="t",
        title=None,
        published="2018-08-10",
        source=None,
        url=None,
        text="Lawmakers said the new sanctions ignored what was discussed at the Helsinki summit last month.",
    )
    held = [m for m in Extractor(dictionaries=[tmp_path]).extract(doc).meetings if m.status == "held"]
    assert [_key(m) for m in held] == [(["RUS", "USA"], "2018-07-16")]
    assert held[0].location == "Helsinki"


# -- OPEC's conferences are its members' meetings (igo_members.tsv, flag body) -------------------------------------

OPEC_1987 = ["ARE", "DZA", "ECU", "GAB", "IDN", "IRN", "IRQ", "KWT", "LBY", "NGA", "QAT", "SAU", "VEN"]


def test_a_meeting_of_opec_ministers_is_the_meeting_of_the_members_of_its_year() -> None:
    held = _held(
        "VIENNA, June 27 - Oil ministers of OPEC ended their meeting here today after agreeing to leave output "
        "unchanged, a delegate said.",
        "1987-06-27",
    )
    assert [_key(m) for m in held] == [(OPEC_1987, "1987-06-27")]
    assert held[0].host == "Organisation of Petroleum Exporting Countries"
    later = _held("OPEC oil ministers ended their meeting in Vienna today, a delegate said.", "2021-06-05")
    assert [len(m.countries) for m in later] == [13]
    assert "ECU" not in later[0].countries and "AGO" in later[0].countries


def test_talks_of_an_outside_state_with_opec_keep_it_one_party() -> None:
    held = _held("Mexico held talks with OPEC officials in Vienna today on oil prices.", "1987-06-27")
    assert [sorted(m.countries) for m in held] == [["IGO", "MEX"]]


# -- status: a meeting that cannot be the agent of its cancel verb; "no meeting"; the eve of a meeting -------------


def test_a_meeting_the_parser_made_the_subject_of_postponed_was_postponed() -> None:
    meetings = _extract(
        "He said the committee meeting of oil ministers from Iraq and Iran first postponed until May has now been "
        "put off again."
    ).meetings
    assert [m.status for m in meetings] == ["cancelled"]


def test_no_meeting_is_no_held_meeting() -> None:
    meetings = _extract(
        '"No extraordinary meeting of Iranian and Saudi ministers is at the moment contemplated," the minister said.'
    ).meetings
    assert all(m.status != "held" for m in meetings)


def test_a_meeting_whose_eve_or_advent_is_told_lies_ahead() -> None:
    for text in (
        "Prices were steady on the advent of the meeting of Saudi and Iranian oil ministers, traders said.",
        "On the eve of talks between Japan and the United States, the yen rose, traders said.",
    ):
        assert [m.status for m in _extract(text).meetings] == ["planned"], text


# -- who took part, told by the meeting as subject; an agenda clause; the earlier round beside a plan ----------------


def test_a_meeting_that_involved_delegates_from_states_is_theirs() -> None:
    held = _held(
        "The ministry hopes to reach more accords with the states which met in London last year. The meeting "
        "involved delegates from Britain, Switzerland, Canada and Japan."
    )
    assert [sorted(m.countries) for m in held] == [["CAN", "CHE", "GBR", "JPN"]]
    held = _held("The talks brought together trade ministers of Australia, New Zealand and Canada last week.")
    assert [sorted(m.countries) for m in held] == [["AUS", "CAN", "NZL"]]


def test_a_relative_clause_of_what_the_talks_will_cover_does_not_make_them_a_plan() -> None:
    text = "BONN, April 2 - The Soviet trade minister begins two days of talks in Bonn that will include farm trade."
    assert [(m.status, sorted(m.countries)) for m in _extract(text, "1987-04-02").meetings] == [
        ("held", ["DEU", "RUS"])
    ]
    text = "The Soviet trade minister will begin talks in Bonn next week that will include farm trade."
    assert [m.status for m in _extract(text, "1987-04-02").meetings] == ["planned"]


def test_talks_that_ended_yesterday_beside_a_plan_to_continue_them_are_the_same_parties_earlier_round() -> None:
    meetings = _extract(
        "Japan is willing to continue the chip talks with the United States after failing to settle the row in "
        "two days of talks which ended in Washington yesterday, officials said.",
        "1987-04-02",
    ).meetings
    assert [(m.status, sorted(m.countries), m.date) for m in meetings] == [
        ("planned", ["JPN", "USA"], "1987-04-02"),
        ("held", ["JPN", "USA"], "1987-04-01"),
    ]


# -- issues: market dealing, fuels by other names, words of no issue -------------------------------------------------


def _issues(text: str) -> set[tuple[tuple[str, ...], str]]:
    return issue_set(_extract(text))


def test_dealing_in_paper_is_no_trade_between_states() -> None:
    assert (
        _issues("About a fifth of all U.S. Treasury trading now takes place in Britain and Japan, dealers said.")
        == set()
    )
    assert (
        _issues("Rules stop Japanese investors from trading futures or options contracts in the United States.")
        == set()
    )
    assert _issues("Trade between Japan and the United States rose sharply last year.") == {(("JPN", "USA"), "trade")}


def test_a_flow_of_lpg_or_lng_is_energy_not_trade() -> None:
    assert _issues("Japan will raise its imports of Indonesian LPG to two mln tonnes next year.") == {
        (("IDN", "JPN"), "energy")
    }


def test_words_that_name_no_issue_between_states() -> None:
    assert _issues("Canadian steelmakers face competition from north of the border, a U.S. producer said.") == set()
    issues = _issues("Egypt and Canada will hold more talks on wheat next month, Canadian embassy officials said.")
    assert not any(code == "diplomatic_relations" for _, code in issues)
    assert (
        _issues("Brazil now gets trade credit lines from banks in the United States without state guarantees.") == set()
    )


# -- an organisation's sessions: a donors' group for a state; the states whose delegates the story quotes -----------


def test_a_meeting_of_a_donors_group_for_a_state_is_that_states_with_the_group() -> None:
    held = _held(
        "PARIS, April 1 - Donors promised Kenya 900 mln dlrs in soft loans, the World Bank said after the "
        "annual meeting of its Consultative Group for Kenya, which was held here.",
        "1987-04-01",
    )
    assert [sorted(m.countries) for m in held] == [["IGO", "KEN"]]


def test_something_issued_after_a_meeting_says_the_meeting_took_place() -> None:
    held = _held(
        "Donors pledged fresh funds to Jakarta, a communique released after a two day meeting of the "
        "Inter-Governmental Group on Indonesia said.",
        "1987-06-18",
    )
    assert [sorted(m.countries) for m in held] == [["IDN", "IGO"]]


def test_an_organisations_session_is_the_session_of_the_states_whose_delegates_the_story_quotes() -> None:
    text = (
        "LONDON, March 31 - The International Coffee Organization's executive board ended its regular meeting here "
        "without discussing export quotas.\n\nBrazilian delegate Paulo Souza said quotas were not on the table.\n\n"
        "The Guatemalan ICO delegate Rene Lopez said producers would meet in May."
    )
    extraction = _extract(text, "1987-03-31")
    held = [m for m in extraction.meetings if m.status == "held"]
    assert [sorted(m.countries) for m in held] == [["BRA", "GTM", "IGO"]]
    assert held[0].host == "International Coffee Organisation"


def test_an_organisations_session_with_no_delegate_named_stays_no_meeting() -> None:
    text = (
        "LONDON, March 31 - The International Coffee Organization's executive board ended its regular meeting here "
        "without discussing export quotas, a spokesman said."
    )
    assert _held(text, "1987-03-31") == []


# -- readouts (round 24's 50 unread U.S. readouts) -------------------------------------------------------------------


def _readout(text: str, published: str, source: str = STATE) -> Extraction:
    return extract(text, published, source)


def _readout_issues(text: str, published: str = "2022-05-23") -> set[tuple[tuple[str, ...], str]]:
    return issue_set(_readout(text, published))


def test_a_call_the_president_was_pleased_to_make_was_made_and_a_summit_looked_forward_to_lies_ahead() -> None:
    meetings = _readout(
        "Today, President Obama was pleased to call Prime Minister Kevin Rudd of Australia to thank him for his "
        "support. The President looks forward to working with him at the G-20 summit in Toronto.",
        "2010-06-01",
        WH,
    ).meetings
    assert [(m.status, sorted(m.countries)) for m in meetings if m.kind == "phone_call"] == [("held", ["AUS", "USA"])]
    assert all(m.status == "planned" for m in meetings if m.kind != "phone_call")


def test_a_foreign_leader_who_called_the_president_to_brief_him_held_a_call_with_him() -> None:
    meetings = _readout(
        "Prime Minister Netanyahu called the President today to provide an update on the situation in the region.",
        "2012-11-16",
        WH,
    ).meetings
    assert [(m.status, sorted(m.countries)) for m in meetings] == [("held", ["ISR", "USA"])]


def test_readout_cues_of_round_24() -> None:
    opening = "Secretary Blinken spoke today with Polish Foreign Minister Sikorski. "
    assert ((("POL", "USA"), "security")) in _readout_issues(opening + "They discussed defense cooperation.")
    assert ((("POL", "USA"), "trade")) in _readout_issues(opening + "They discussed strengthening economic ties.")
    assert ((("RUS", "USA"), "sanctions")) in _readout_issues(
        opening + "The Secretary said the costs to Russia would only grow."
    )


def test_a_hyphenated_nuclear_weapons_program_is_the_nuclear_program_and_a_nuclear_power_no_energy() -> None:
    opening = "Secretary Blinken spoke today with South Korean Foreign Minister Park. "
    issues = _readout_issues(opening + "North Korea must give up its nuclear-weapons program, they agreed.")
    assert (("PRK", "USA"), "nuclear_program") in issues and not any(code == "weapons" for _, code in issues)
    issues = _readout_issues(opening + "Neither accepts North Korea as a nuclear power, they said.")
    assert not any(code == "energy" for _, code in issues)


def test_a_basin_named_after_a_lake_is_no_state() -> None:
    issues = _readout_issues(
        "Secretary Blinken spoke today with Nigerian President Buhari. They discussed the effects of climate change "
        "in the Sahel and the Lake Chad Basin.",
        "2021-04-27",
    )
    assert not any("TCD" in pair for pair, _ in issues)


def test_a_war_that_its_owner_wages_in_or_against_a_state_is_between_the_two() -> None:
    opening = "Secretary Blinken met Japanese Foreign Minister Hayashi today. "
    assert _readout_issues(
        opening + "They vowed to hold the Kremlin to account for its war of aggression in Ukraine."
    ) == {(("RUS", "UKR"), "security")}
    assert _readout_issues(opening + "They will keep supporting Ukraine until it wins its war against Russia.") == {
        (("RUS", "UKR"), "security")
    }


def test_states_that_pose_a_threat_together_are_one_side_not_a_dyad() -> None:
    issues = _readout_issues(
        "Secretary of State Michael R. Pompeo met today with Senegalese President Macky Sall in Dakar, Senegal. "
        "Secretary Pompeo and President Sall also discussed ways to counter the threats posed by Iran and the DPRK.",
        "2020-02-16",
    )
    assert (("IRN", "PRK"), "security") not in issues
    # a joint act of the two is theirs: "the choice made by A and B to reopen a crossing"
    assert (("IND", "PAK"), "border") in _readout_issues(
        "London applauded the choice made by India and Pakistan to reopen their border crossing.", "2005-02-17"
    )


def test_a_meeting_one_congratulates_another_on_is_not_the_congratulators() -> None:
    meetings = _readout(
        "Vice President Pence met with King Abdullah II of Jordan today. The Vice President congratulated His "
        "Majesty on the successful London meeting last month.",
        "2019-03-11",
        WH,
    ).meetings
    assert not any("USA" in m.countries and "GBR" in m.countries for m in meetings)


def test_a_state_charged_with_unfairly_subsidizing_an_industry_is_a_trade_dispute() -> None:
    assert (("DEU", "USA"), "trade") in _issues(
        "The United States says the aircraft maker is unfairly subsidized by West Germany, officials said."
    )
