"""Issue 12, round 25: classes from the reviews of 438 unread Reuters stories' speakers and their countries.

Each test names the class (docs/coding-rules.md, "Round 25"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from etl.records import Extraction
from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set


def _extract(text: str, published: str | None = "1987-04-01", source: str | None = None) -> Extraction:
    return extract(text, published, source)


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    """Speaker name -> (kind, country) of every statement's speaker."""
    out = _extract(text)
    actors = {a.name: a for a in out.actors}
    return {s.speaker: (actors[s.speaker].kind, actors[s.speaker].country) for s in out.statements}


# -- a national newspaper or news agency that speaks is its home state's (organisations.tsv) ------------------------


def test_a_party_newspaper_speaking_in_a_story_filed_abroad_is_of_its_state() -> None:
    found = _speakers("LONDON, April 1 - Pravda said on Tuesday that the American proposal would slow the arms talks.")
    assert found == {"Pravda": ("organization", "RUS")}


def test_a_japanese_daily_and_agency_named_without_a_country_word_are_japanese() -> None:
    found = _speakers(
        "SINGAPORE, April 1 - The Asahi Shimbun said the cabinet would approve the budget next week. Kyodo News "
        "Agency said the minister planned a trip to Europe."
    )
    assert found == {"Asahi Shimbun": ("organization", "JPN"), "Kyodo": ("organization", "JPN")}


def test_a_newspaper_speaking_is_no_state_and_gives_no_state_through_the_place_inside_its_name() -> None:
    out = _extract(
        "HONG KONG, April 1 - The South China Morning Post said the shipping line would sell part of its fleet to "
        "a rival next month."
    )
    assert {s.speaker for s in out.statements} == {"South China Morning Post"}
    assert [a.country for a in out.actors if a.name == "South China Morning Post"] == ["HKG"]
    assert out.issues == []  # no China in the paper's name, so no pair for "fleet"


# -- a state's adjective naming a language is no nationality ------------------------------------------------------


def test_an_english_language_daily_is_no_british_speaker() -> None:
    out = _extract(
        "HONG KONG, April 1 - The English-language daily said the shipping line would sell its fleet to a rival."
    )
    assert all(a.country != "GBR" for a in out.actors)
    assert out.issues == []


def test_an_iraqi_speaker_of_parliament_keeps_his_country() -> None:
    # "Speaker" is a title here, no language: the guard must not take "speaker" for "speaking"
    out = _extract(
        "BAGHDAD, April 1 - The foreign minister met today with Iraqi Speaker of the Council of Representatives "
        "Salim Hadid in Baghdad."
    )
    assert [a.country for a in out.actors if a.name == "Salim Hadid"] == ["IRQ"]


# -- an officer of a newspaper is no state's party to a meeting -------------------------------------------------------


def test_a_newspapers_chief_executive_at_a_firms_annual_meeting_makes_no_meeting_between_states() -> None:
    out = _extract(
        "TORONTO, June 2 - The publishing group will buy a small chain of regional papers, its chairman Conrad "
        "Roe told reporters after the annual meeting.\n\nDaily Telegraph chief executive Alan Fry told reporters "
        "after the meeting that circulation had risen since the autumn."
    )
    assert [m for m in out.meetings if m.status == "held"] == []


# -- a government spokesman's state: the dateline's state named in his sentence beats the capital of a deal -------


def test_a_government_spokesman_in_an_athens_story_is_greek_though_the_deal_was_made_in_moscow() -> None:
    found = _speakers(
        "ATHENS, April 9 - Greece and the Soviet Union agreed in Moscow yesterday to build a new alumina plant in "
        "northern Greece, government spokesman Nikos Dimou said."
    )
    assert found == {"Nikos Dimou": ("person", "GRC")}


# -- "he" is not a woman named by her given name ----------------------------------------------------------------------


def test_he_after_a_man_named_beside_a_woman_is_the_man() -> None:
    out = _extract(
        "LONDON, April 7 - Prime Minister Margaret Thatcher supports the research plan, a view repeated today by "
        'her defence minister, George Brant. He told a gathering of officers: "Europe should welcome the plan '
        'and take part in it."'
    )
    assert [s.speaker for s in out.statements] == ["George Brant"]


def test_she_still_goes_to_the_woman_when_no_other_woman_is_named() -> None:
    out = _extract(
        'LONDON, April 7 - Prime Minister Margaret Thatcher met the visiting minister today. She said: "Our talks '
        'were useful and we shall meet again soon."'
    )
    assert [s.speaker for s in out.statements] == ["Margaret Thatcher"]


def test_a_firm_newspaper_that_reports_is_no_party_to_the_issue_it_reports() -> None:
    out = _extract(
        "HONG KONG, March 27 - The South China Morning Post said Pacific Lines of the U.S. decided yesterday to "
        "sell its two remaining cargo fleets."
    )
    assert {s.speaker for s in out.statements} == {"South China Morning Post"}
    assert out.issues == []


# -- a market analyst whose firm the text does not place is of no state -----------------------------------------------


def test_an_analyst_in_a_tokyo_story_is_not_japanese_by_the_dateline_or_his_clause() -> None:
    found = _speakers(
        "TOKYO, April 1 - Japanese chip makers will cut output again next quarter, said Dan Kell, analyst at "
        "Barlow Capel and Co."
    )
    assert found == {"Dan Kell": ("person", None)}


def test_an_economist_of_a_central_bank_keeps_the_banks_state() -> None:
    found = _speakers(
        "TOKYO, April 1 - Exports will fall this year, said Taro Sato, chief economist at the Bank of Japan."
    )
    assert found == {"Taro Sato": ("person", "JPN")}


def test_a_named_governments_official_is_still_of_the_dateline_state() -> None:
    # the analyst rule reads only a commentator's titles: a minister keeps the dateline's state
    found = _speakers("TOKYO, April 1 - Exports will fall this year, Trade Minister Taro Sato said.")
    assert found == {"Taro Sato": ("person", "JPN")}


# -- a trip to or a tour of a list of states is one visit to each ----------------------------------------------------


def test_a_completed_trip_to_four_states_is_four_held_visits() -> None:
    out = _extract(
        "PEKING, April 1 - Vice Premier Wu Jian of China returned home today after a ten-day trip to France, "
        "the United States, Italy and Britain, the official news agency said."
    )
    held = sorted(tuple(sorted(m.countries)) for m in out.meetings if m.status == "held")
    assert held == [("CHN", "FRA"), ("CHN", "GBR"), ("CHN", "ITA"), ("CHN", "USA")]
    assert {m.host for m in out.meetings} == {"United States", "France", "United Kingdom", "Italy"}


def test_a_tour_of_three_states_is_one_visit_to_each() -> None:
    out = _extract(
        "TOKYO, April 1 - Foreign Minister Tadashi Kuranari left today for a tour of Australia, New Zealand and Fiji."
    )
    assert sorted(tuple(sorted(m.countries)) for m in out.meetings) == [
        ("AUS", "JPN"),
        ("FJI", "JPN"),
        ("JPN", "NZL"),
    ]


# -- a lone given name the tagger reads as a place is the person who bears it -----------------------------------------


def test_a_person_called_later_by_his_given_name_tagged_as_a_place_keeps_his_words() -> None:
    out = _extract(
        "JAKARTA, April 1 - Exporters chairman Dharyono Hadiwijaya told reporters the council would send a mission "
        "to Europe. Adam Lubis, its secretary, agreed. Dharyono said sales would rise. He urged the government to "
        "cut taxes."
    )
    assert [s.speaker for s in out.statements] == ["Dharyono Hadiwijaya"] * 3


# -- readouts (50 more U.S. readouts reviewed; public domain wording is allowed, these are invented) ------------------


def _readout_issues(text: str, published: str = "2022-12-15") -> set[tuple[tuple[str, ...], str]]:
    return issue_set(_extract(text, published, STATE))


def test_recognizing_a_states_leadership_is_praise_not_diplomatic_recognition() -> None:
    found = _readout_issues(
        "Secretary Blinken spoke today with Kenyan President William Ruto. The Secretary recognized Kenya's "
        "leadership in addressing regional challenges."
    )
    assert not any(code == "diplomatic_relations" for _, code in found)


def test_recognizing_a_states_independence_is_still_recognition() -> None:
    found = _readout_issues(
        "Secretary Blinken spoke today with Kenyan President William Ruto. Both agreed that no state should "
        "recognize Somaliland's independence."
    )
    assert any(code == "diplomatic_relations" for _, code in found)


def test_help_with_an_investigation_is_no_aid() -> None:
    found = _readout_issues(
        "Secretary Kerry spoke today with Turkish Foreign Minister Cavusoglu. The Secretary said the United States "
        "would provide assistance to Turkish authorities conducting the investigation."
    )
    assert not any(code == "aid_investment" for _, code in found)


def test_assistance_to_a_state_is_still_aid() -> None:
    found = _readout_issues(
        "Secretary Kerry spoke today with Turkish Foreign Minister Cavusoglu. The Secretary said the United States "
        "would provide assistance to Turkey after the earthquake."
    )
    assert ((("TUR", "USA"), "aid_investment")) in found


def test_readout_cues_of_round_25() -> None:
    # the INF Treaty, the TPP and signals intelligence (separatists and financial support: the next tests)
    assert (("RUS", "USA"), "weapons") in _readout_issues(
        "The President spoke today with President Putin of Russia. The President raised his concerns about "
        "Russia's compliance with the INF Treaty.",
        "2014-08-01",
    )
    assert (("JPN", "USA"), "trade") in _readout_issues(
        "The President spoke today with Prime Minister Abe of Japan. The President welcomed Japan's entry into "
        "the Trans-Pacific Partnership negotiations.",
        "2013-06-12",
    )
    assert (("GBR", "USA"), "cyber_espionage") in _readout_issues(
        "The President spoke today with Prime Minister Cameron of the United Kingdom. The President briefed the "
        "Prime Minister on the review of U.S. signals intelligence programs.",
        "2014-01-16",
    )


def test_support_for_separatists_in_a_state_is_an_armed_groups_issue_of_the_supporter_and_that_state() -> None:
    found = _readout_issues(
        "The President spoke today with President Putin of Russia. The President reiterated his deep concerns about "
        "Russia's growing support for the separatists in Ukraine.",
        "2014-08-01",
    )
    assert (("RUS", "UKR"), "armed_groups") in found


def test_financial_support_to_a_government_is_aid_from_both_parties() -> None:
    found = _readout_issues(
        "The President spoke today with President Hollande of France. They agreed on the importance of providing "
        "more financial support to the Ukrainian government.",
        "2015-01-20",
    )
    assert {(("FRA", "UKR"), "aid_investment"), (("UKR", "USA"), "aid_investment")} <= found


def test_an_organisations_head_has_no_state_in_his_years_there() -> None:
    out = _extract(
        "Secretary of State Marco Rubio spoke yesterday with NATO Secretary General Mark Rutte.", "2025-01-23", STATE
    )
    assert [sorted(m.countries) for m in out.meetings] == [["IGO", "USA"]]


# -- meetings: status and parties (the political Reuters and readout reviews) -----------------------------------------


def _meetings(text: str, published: str, source: str | None = None) -> list[tuple[str, list[str], str | None]]:
    return [(m.status, sorted(m.countries), m.date) for m in _extract(text, published, source).meetings]


def test_a_past_errand_to_meet_is_a_held_meeting_and_a_future_one_a_plan() -> None:
    assert _meetings(
        "KUWAIT, June 2 - Iranian charge d'affaires Ali Tabari was summoned by the Kuwaiti Foreign Ministry yesterday "
        "to confer with Undersecretary Salem al-Jaber.",
        "1987-06-02",
    ) == [("held", ["IRN", "KWT"], "1987-06-01")]
    assert _meetings(
        "The Secretary travelled with the Defense Secretary to Ukraine yesterday to meet with President Zelenskyy.",
        "2022-04-25",
        STATE,
    ) == [("held", ["UKR", "USA"], "2022-04-24")]
    planned = _meetings(
        "The Secretary will travel to Ukraine next week to meet with President Zelenskyy.", "2022-04-25", STATE
    )
    assert [status for status, _, _ in planned] == ["planned"]


def test_negotiations_currently_held_are_under_way_whatever_the_clause_around_them_supposes() -> None:
    assert _meetings(
        "OTTAWA, June 2 - The quarrel would harm the fishing negotiations currently held between Ottawa and Paris, "
        "the minister said.",
        "1987-06-02",
    ) == [("held", ["CAN", "FRA"], "1987-06-02")]


def test_the_president_and_a_foreign_leader_speaking_together_in_a_readout_is_their_call() -> None:
    held = _meetings(
        "The President and Prime Minister Cameron spoke today on the security challenges the two countries face.",
        "2013-08-24",
        WH,
    )
    assert held == [("held", ["GBR", "USA"], "2013-08-24")]


def test_a_call_to_a_president_the_tagger_reads_as_a_place_is_a_call() -> None:
    found = _meetings(
        "On May 17, Secretary Pompeo called Nigerian President Buhari. The Secretary recalled the April 30 visit of "
        "President Buhari to the White House.",
        "2018-05-18",
        STATE,
    )
    assert ("held", ["NGA", "USA"], "2018-05-17") in found
    assert ("held", ["NGA", "USA"], "2018-04-30") in found


# -- officials of two states speak for neither ------------------------------------------------------------------------


def test_bare_officials_after_officials_of_two_states_are_no_one_states() -> None:
    found = _speakers(
        "TOKYO, April 27 - Senior U.S. and Japanese officials have met often to prepare the summit. The cabinet has "
        "made late efforts to settle the outstanding disputes, officials said."
    )
    assert found == {}


def test_bare_officials_after_officials_of_one_state_are_still_that_states() -> None:
    found = _speakers(
        "TOKYO, April 27 - Japanese officials said the summit would go ahead. The cabinet has made late efforts to "
        "settle the outstanding disputes, officials said."
    )
    assert found == {"Japan": ("state", "JPN")}


# -- an addressee's name the parser reads as a clause is no reported words --------------------------------------------


def test_told_a_named_newspaper_reports_the_clause_before_not_the_newspaper() -> None:
    out = _extract(
        "BONN, April 1 - The electronics group will make more of its goods abroad, chairman Kenji Sato told the "
        "newspaper Die Welt."
    )
    assert [s.quote for s in out.statements] == ["The electronics group will make more of its goods abroad"]


def test_a_clause_whose_verb_the_wire_capitalised_is_still_reported() -> None:
    out = _extract(
        "TAIPEI, June 5 - Central bank governor Lin Wen-hao said the island's reserves, largely a result of its "
        "surplus in trade with the U.S., Rose at a pace of two billion dlrs a month this spring."
    )
    assert len(out.statements) == 1


# -- a firm's officer in a story about one listed firm is of the firm's state, not the dateline's --------------------


def test_a_chairman_in_a_story_about_a_listed_firm_takes_the_firms_state() -> None:
    found = _speakers(
        "BONN, April 1 - Sony Corp will make more of its goods abroad, chairman Kenji Sato told the newspaper Die Welt."
    )
    assert found == {"Kenji Sato": ("person", "JPN")}


def test_a_public_official_in_such_a_story_keeps_the_dateline_state() -> None:
    found = _speakers(
        "BONN, April 1 - Sony Corp will build a plant in the Ruhr, Economics Ministry official Hans Weber said."
    )
    assert found == {"Hans Weber": ("person", "DEU")}


def test_security_for_two_peoples_is_their_dyad_not_one_side() -> None:
    found = _readout_issues(
        "Secretary Blinken spoke today with Egyptian Foreign Minister Shoukry. They discussed ways to bring lasting "
        "security and prosperity for Israelis and Palestinians.",
        "2023-08-03",
    )
    assert (("ISR", "PSE"), "security") in found


def test_aid_for_two_peoples_makes_no_dyad_of_them() -> None:
    # the two peoples are sides of a security or peace matter only; aid for both is no matter between them
    found = _readout_issues(
        "Secretary Blinken spoke today with German Foreign Minister Baerbock. They discussed humanitarian aid for "
        "Syrians and Iraqis.",
        "2023-08-03",
    )
    assert (("IRQ", "SYR"), "aid_investment") not in found


def test_a_trip_the_leaders_discussed_is_their_topic_not_the_talks_they_refer_to() -> None:
    found = issue_set(
        _extract(
            "President Biden spoke today with Chancellor Olaf Scholz of Germany. The leaders discussed the "
            "Chancellor's recent trip to Japan. They underscored their commitment to provide Ukraine with the "
            "security support it needs.",
            "2022-11-06",
            WH,
        )
    )
    assert (("JPN", "UKR"), "security") not in found
    assert (("UKR", "USA"), "security") in found
