"""Issue 12, round 23: classes from the round-22 reviews of unread Reuters stories, fixed as classes.

Each test names the class (docs/coding-rules.md, "Round 23"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from etl.records import Extraction, Meeting
from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set


def _extract(text: str, published: str | None = "1987-04-29", source: str | None = None) -> Extraction:
    return extract(text, published, source)


def _meetings(text: str, published: str | None = "1987-04-29") -> list[Meeting]:
    return list(_extract(text, published).meetings)


# -- a session of an organisation's ministers is its named members' meeting ---------------------------------------


def test_a_council_session_is_the_meeting_of_the_member_states_whose_ministers_the_text_names() -> None:
    meetings = _meetings(
        "LUXEMBOURG, April 29 - European Community farm ministers ended a two-day meeting here without agreeing "
        "on cereal prices.\n\nTheir chairman, Danish Agriculture Minister Niels Holm, told reporters the gap was "
        "still wide.\n\nIrish Agriculture Minister Sean Doyle said his country could not accept lower prices."
    )
    held = [m for m in meetings if m.status == "held"]
    assert [sorted(m.countries) for m in held] == [["DNK", "IRL"]]
    assert held[0].host == "European Community"
    assert held[0].location == "Luxembourg"


def test_a_council_session_with_no_minister_named_is_the_member_states_named_as_acting() -> None:
    meetings = _meetings(
        "BRUSSELS, April 29 - European Community foreign ministers approved a fishing accord with Morocco at a "
        "meeting on Monday.\n\nGreece and Italy voted against the accord, while France abstained, officials said."
    )
    held = [sorted(m.countries) for m in meetings if m.status == "held"]
    assert held == [["FRA", "GRC", "ITA"]]


def test_a_place_or_capital_is_not_a_member_taking_part() -> None:
    # Luxembourg is where the session sits and Amsterdam names a treaty: neither is a member acting
    meetings = _meetings(
        "European Community finance ministers met in Luxembourg on Monday to discuss the Treaty of Amsterdam "
        "rules.\n\nBritish Chancellor Nigel Lawson said Spain had objected to the rules."
    )
    held = [sorted(m.countries) for m in meetings if m.status == "held"]
    assert held == [["ESP", "GBR"]]


def test_talks_of_a_non_member_with_the_organisations_ministers_keep_it_one_party() -> None:
    meetings = _meetings(
        "U.S. Trade Representative Clayton Yeutter held talks with EC trade ministers in Brussels on Monday.\n\n"
        "West German Economics Minister Martin Bangemann later said the talks were useful."
    )
    assert [sorted(m.countries) for m in meetings if m.status == "held"] == [["IGO", "USA"]]


def test_fewer_than_two_named_members_leave_the_session_as_before() -> None:
    meetings = _meetings(
        "LUXEMBOURG, April 29 - European Community farm ministers ended a two-day meeting here without agreeing "
        "on cereal prices, Danish Agriculture Minister Niels Holm told reporters."
    )
    assert all(sorted(m.countries) != ["DNK"] and len(m.countries) != 1 for m in meetings)
    assert not any(m.host == "European Community" and "IGO" not in m.countries for m in meetings)


def test_an_undated_story_counts_any_state_that_has_been_a_member() -> None:
    # (with no publication date the latest members would leave Britain out of the EU)
    meetings = _meetings(
        "EU leaders held budget talks in Brussels.\n\nPrime Minister Tony Blair said Britain "
        "would keep its rebate.\n\nFrench President Jacques Chirac said the rebate had to go.",
        published=None,
    )
    held = [m for m in meetings if m.status == "held"]
    assert [sorted(m.countries) for m in held] == [["FRA", "GBR"]]
    assert held[0].host == "European Union"


def test_a_members_summit_ahead_is_kept_beside_the_members_own_talks() -> None:
    meetings = _meetings(
        "Tony Blair has met Italy's Prime Minister Silvio Berlusconi and Germany's Chancellor Gerhard Schroeder "
        "to talk about Turkey.\n\nTheir Downing Street talks took place ahead of a Brussels EU summit later "
        "this week.",
        published=None,
    )
    found = sorted((m.status, m.host or "") for m in meetings)
    assert found == [("held", ""), ("planned", "European Union")]
    assert all(sorted(m.countries) == ["DEU", "GBR", "ITA"] for m in meetings)


def test_a_council_session_gives_its_members_no_issue_between_them() -> None:
    extraction = _extract(
        "BRUSSELS, March 31 - Belgian Agriculture Minister Paul de Keersmaeker, who chaired the session of EC farm "
        "ministers that closed today, said negotiations on the farm price package would resume in May.\n\n"
        "British Agriculture Minister Michael Jopling said the price proposals were too costly.",
        published="1987-03-31",
    )
    assert [sorted(m.countries) for m in extraction.meetings if m.status == "held"] == [["BEL", "GBR"]]
    assert not any(set(i.countries) == {"BEL", "GBR"} for i in extraction.issues)


# -- "this weekend" by the publication's weekday -------------------------------------------------------------------


def test_this_weekend_in_a_story_filed_on_a_friday_lies_ahead() -> None:
    # 3 April 1987 was a Friday
    meetings = _meetings(
        "Finance ministers of Belgium and the Netherlands meet in Ostend this weekend to discuss currencies.",
        published="1987-04-03",
    )
    assert [(sorted(m.countries), m.status) for m in meetings] == [(["BEL", "NLD"], "planned")]


def test_this_weekend_in_a_story_filed_on_a_monday_is_past() -> None:
    # 6 April 1987 was a Monday
    meetings = _meetings(
        "Finance ministers of Belgium and the Netherlands met in Ostend this weekend to discuss currencies.",
        published="1987-04-06",
    )
    assert [(sorted(m.countries), m.status) for m in meetings] == [(["BEL", "NLD"], "held")]


# -- a city that names an instrument is no party -------------------------------------------------------------------


def _issue_set(text: str, published: str = "2021-03-20", source: str | None = None) -> set[tuple[tuple[str, ...], str]]:
    return issue_set(_extract(text, published, source))


def test_a_city_naming_agreements_is_not_a_side_of_the_issue() -> None:
    issues = _issue_set(
        "Secretary of State Antony Blinken spoke with Ukrainian Foreign Minister Dmytro Kuleba today about "
        "implementing the Minsk agreements and Russia's troop build-up."
    )
    assert not any("BLR" in pair for pair, _code in issues)
    assert (("RUS", "UKR"), "military_presence") in issues


def test_a_city_naming_an_agreement_through_a_bad_parse_is_not_a_side_either() -> None:
    issues = _issue_set(
        "Japanese Prime Minister Yoshihide Suga met President Biden to discuss the Paris Agreement and trade tariffs."
    )
    assert issues == {(("JPN", "USA"), "trade")}


def test_a_treaty_of_a_city_names_no_party() -> None:
    issues = _issue_set(
        "Spanish Foreign Minister Arancha Gonzalez met Moroccan Foreign Minister Nasser Bourita to discuss fishing "
        "rights under the Treaty of Rome."
    )
    assert not any("ITA" in pair for pair, _code in issues)


def test_a_round_named_after_a_country_is_not_that_country_at_the_meeting() -> None:
    meetings = _meetings(
        "GENEVA, Oct 20 - U.S. and Canadian negotiators met today at a session of Uruguay round farm negotiators.",
        published="1987-10-20",
    )
    assert [sorted(m.countries) for m in meetings] == [["CAN", "USA"]]


def test_a_city_where_leaders_met_is_still_a_place_and_a_party() -> None:
    issues = _issue_set("French President Emmanuel Macron met President Biden in Paris to discuss trade tariffs.")
    assert issues == {(("FRA", "USA"), "trade")}


# -- an infinitive describing a noun is no plan --------------------------------------------------------------------


def test_a_meeting_set_under_an_infinitive_of_a_noun_is_held_on_its_weekday() -> None:
    # 20 October 1987 was a Tuesday: "on Tuesday" is the day of the story, and the meeting is where the support
    # was given, not a plan of the scheme's
    meetings = _meetings(
        "OSLO, Oct 20 - Norwegian Trade Minister Kurt Mosbakk gave his support to a scheme to cut fish tariffs at a "
        "meeting with Swedish Trade Minister Anita Gradin in Oslo on Tuesday.",
        published="1987-10-20",
    )
    assert [(sorted(m.countries), m.status, m.date) for m in meetings] == [(["NOR", "SWE"], "held", "1987-10-20")]


def test_an_infinitive_of_a_plan_noun_still_plans_the_meeting() -> None:
    meetings = _meetings(
        "OSLO, Oct 20 - Norway announced a plan to raise fish tariffs with Swedish Trade Minister Anita Gradin at "
        "a meeting in Oslo on Friday.",
        published="1987-10-20",
    )
    assert all(m.status == "planned" for m in meetings)


def test_a_council_named_in_the_clause_subject_makes_a_bare_meeting_its_session() -> None:
    meetings = _meetings(
        "LUXEMBOURG, April 29 - Irish Agriculture Minister Sean Doyle, who chairs the EC farm ministers' council "
        "this year, spoke to reporters after a two-day meeting of ministers.\n\nDiplomats said Greece and Portugal "
        "opposed the tax."
    )
    assert [sorted(m.countries) for m in meetings if m.status == "held"] == [["GRC", "IRL", "PRT"]]


# -- "between the countries" ---------------------------------------------------------------------------------------


def test_talks_between_the_countries_are_the_two_named_before() -> None:
    meetings = _meetings(
        "TOKYO, April 9 - Friction over chips between Japan and the United States is growing.\n\nAn economist, "
        "Ken Ota, said the present talks between the countries had unsettled the market.",
        published="1987-04-09",
    )
    assert [sorted(m.countries) for m in meetings] == [["JPN", "USA"]]


def test_talks_between_the_members_of_a_group_are_not_a_pair() -> None:
    meetings = _meetings(
        "TOKYO, April 9 - Friction over chips between Japan and the United States is growing.\n\nAn economist, "
        "Ken Ota, said talks between the big banks had unsettled the market.",
        published="1987-04-09",
    )
    assert meetings == []


# -- a meeting told as past by its own words -----------------------------------------------------------------------


def test_a_meeting_noun_with_its_own_past_relative_clause_was_held() -> None:
    meetings = _meetings(
        "MADRID, March 20 - Spain wants to resume the fishing talks with Moroccan officials which ended in Rabat "
        "today, Spanish Fisheries Minister Carlos Romero said.",
        published="1987-03-20",
    )
    assert [(sorted(m.countries), m.status, m.date) for m in meetings] == [(["ESP", "MAR"], "held", "1987-03-20")]


def test_a_relative_clause_of_a_plan_does_not_make_it_held() -> None:
    meetings = _meetings(
        "MADRID, March 20 - Spain hopes to resume fishing talks with Morocco which were postponed, Spanish "
        "Fisheries Minister Carlos Romero said.",
        published="1987-03-20",
    )
    assert all(m.status != "held" for m in meetings)


def test_appeared_to_tells_a_fact_and_its_weekday_is_past() -> None:
    # 20 October 1987 was a Tuesday
    meetings = _meetings(
        "BONN, Oct 20 - Though the U.S. envoy appeared to settle the dispute at a hastily arranged meeting with "
        "West German Economics Minister Martin Bangemann on Monday, critics were not satisfied.",
        published="1987-10-20",
    )
    assert [(sorted(m.countries), m.status, m.date) for m in meetings] == [(["DEU", "USA"], "held", "1987-10-19")]


# -- readouts: issues the review found ----------------------------------------------------------------------------


def _readout_issues(text: str) -> set[tuple[tuple[str, ...], str]]:
    """The issues of a State Department readout."""
    return _issue_set(text, "2022-05-18", STATE)


def test_energy_security_is_energy_only() -> None:
    issues = _readout_issues(
        "Secretary Blinken met today with Moldovan Foreign Minister Nicu Popescu. They discussed energy security."
    )
    assert issues == {(("MDA", "USA"), "energy")}


def test_the_drug_trade_is_security_not_commerce() -> None:
    issues = _readout_issues(
        "Secretary Blinken spoke today with Colombian President Ivan Duque. They discussed the fight against the "
        "drug trade."
    )
    assert issues == {(("COL", "USA"), "security")}


def test_a_humanitarian_situation_is_no_security_issue() -> None:
    issues = _readout_issues(
        "Secretary Blinken met today with Norwegian Foreign Minister Anniken Huitfeldt. They discussed the "
        "humanitarian situation in Afghanistan."
    )
    assert not any(code == "security" for _pair, code in issues)


def test_support_for_a_state_joining_nato_is_its_security_with_the_supporter() -> None:
    issues = _readout_issues(
        "Secretary Blinken met today with Finnish President Sauli Niinisto. The Secretary reiterated strong U.S. "
        "support for Finland joining NATO."
    )
    assert issues == {(("FIN", "USA"), "security")}


def test_a_commitment_to_a_states_defense_is_its_security_with_the_pledging_party() -> None:
    issues = _readout_issues(
        "Secretary Blinken spoke today with Japanese Foreign Minister Yoshimasa Hayashi. The Secretary reaffirmed "
        "the U.S. commitment to the defense of Japan."
    )
    assert issues == {(("JPN", "USA"), "security")}


def test_a_war_owned_by_one_state_and_fought_in_another_is_their_security() -> None:
    issues = _readout_issues(
        "Secretary Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar. They discussed "
        "the consequences of Russia's illegal war in Ukraine."
    )
    assert (("RUS", "UKR"), "security") in issues


def test_a_holiday_abroad_is_no_visit() -> None:
    meetings = _meetings("LONDON - Prime Minister Tony Blair was on holiday in Egypt last week.")
    assert meetings == []


def test_a_states_destabilizing_influence_is_its_security_with_both_parties() -> None:
    issues = _readout_issues(
        "Secretary Blinken met with Israeli Prime Minister Benjamin Netanyahu. They discussed efforts to counter "
        "Iran's destabilizing influence in the region."
    )
    assert {(("IRN", "ISR"), "security"), (("IRN", "USA"), "security")} <= issues


def test_a_states_nuclear_escalation_is_its_nuclear_program() -> None:
    issues = _readout_issues(
        "Secretary Blinken met with French Foreign Minister Catherine Colonna. They underscored their concern "
        "about Iran's nuclear escalation."
    )
    assert (("IRN", "USA"), "nuclear_program") in issues


def test_diplomatic_assistance_is_no_aid() -> None:
    issues = _readout_issues(
        "Secretary Blinken spoke with Qatari Deputy Prime Minister Mohammed bin Abdulrahman Al Thani. The Secretary "
        "thanked Qatar for its diplomatic assistance with Afghanistan."
    )
    assert not any(code == "aid_investment" for _pair, code in issues)


def test_agenda_items_after_an_owned_war_are_not_states_facing_its_owner() -> None:
    issues = _readout_issues(
        "Secretary Blinken and External Affairs Minister Subrahmanyam Jaishankar met in New Delhi today. They also "
        "discussed the effects of Russia's brutal war in Ukraine, the United States and India's work together in "
        "the Indo-Pacific, and regional issues."
    )
    assert (("RUS", "UKR"), "security") in issues
    assert not any("RUS" in pair and "UKR" not in pair for pair, _code in issues)


def test_a_place_before_a_summit_with_two_named_sides_is_its_venue() -> None:
    meetings = _meetings(
        "WASHINGTON, June 20 - The Secretary briefed allies on President Trump's June 12 Singapore summit with North "
        "Korean leader Kim Jong Un.",
        published="2018-06-20",
    )
    summit = [m for m in meetings if "PRK" in m.countries]
    assert [(sorted(m.countries), m.location) for m in summit] == [(["PRK", "USA"], "Singapore")]


def test_a_list_the_parser_cut_into_a_verb_is_still_what_the_parties_spoke_about() -> None:
    issues = _readout_issues(
        # (a U.S. Government readout, public domain)
        "Secretary of State Antony J. Blinken and External Affairs Minister Jaishankar met in New Delhi today. They "
        "spoke about shared efforts to elevate and expand strategic technology and defense industrial cooperation, "
        "promote food, energy and global health security, clean energy transition, counternarcotics cooperation, "
        "and women's economic empowerment."
    )
    assert (("IND", "USA"), "energy") in issues


def _wh_issues(text: str) -> set[tuple[tuple[str, ...], str]]:
    """The issues of a White House readout."""
    return _issue_set(text, "2023-10-19", WH)


def test_territorial_integrity_is_disputed_with_the_state_that_threatens_it_not_the_supporter() -> None:
    issues = _wh_issues(
        "President Biden spoke with President Zelenskyy of Ukraine today. The leaders discussed Ukraine's fight to "
        "defend its independence from Russian aggression. President Biden underscored the strong support in the "
        "United States for Ukraine's defense of its sovereignty, territorial integrity, and democracy."
    )
    assert (("RUS", "UKR"), "territorial_dispute") in issues
    assert (("UKR", "USA"), "territorial_dispute") not in issues


def test_support_for_territorial_integrity_with_no_threat_named_is_no_dispute() -> None:
    issues = _wh_issues(
        "President Biden met with Georgian Prime Minister Irakli Garibashvili. The President reaffirmed the United "
        "States' strong support for Georgia's sovereignty and territorial integrity."
    )
    assert not any(code == "territorial_dispute" for _pair, code in issues)


def test_threats_to_a_states_territory_are_no_territorial_dispute() -> None:
    issues = _wh_issues(
        "President Trump spoke with Prime Minister Shinzo Abe of Japan. The two leaders exchanged views on the "
        "growing threat from North Korea, including its latest threats to United States and Japanese territory."
    )
    assert not any(code == "territorial_dispute" for _pair, code in issues)
    assert (("PRK", "USA"), "security") in issues


def test_claims_to_a_states_territory_stay_a_territorial_dispute() -> None:
    issues = _wh_issues(
        "President Trump spoke with Prime Minister Shinzo Abe of Japan. They discussed China's claims to Japanese "
        "territory in the East China Sea."
    )
    assert (("CHN", "JPN"), "territorial_dispute") in issues


def test_securing_a_citizens_release_is_detention() -> None:
    issues = _wh_issues(
        "President Biden spoke with President Bola Tinubu of Nigeria. President Biden thanked him for securing the "
        "release of a U.S. citizen."
    )
    assert (("NGA", "USA"), "detention") in issues


def test_economic_security_is_no_security_issue() -> None:
    issues = _wh_issues(
        "President Biden spoke with Mexican Foreign Secretary Marcelo Ebrard. They discussed economic security."
    )
    assert not any(code == "security" for _pair, code in issues)


def test_defending_a_states_territory_is_no_territorial_dispute() -> None:
    issues = _wh_issues(
        "President Biden spoke with Chancellor Olaf Scholz of Germany. They affirmed Ukraine's right to defend its "
        "territory and people."
    )
    assert not any(code == "territorial_dispute" for _pair, code in issues)


def test_rights_for_women_in_a_third_state_are_its_human_rights_with_the_parties() -> None:
    issues = _readout_issues(
        "Secretary Blinken met today with Indonesian Foreign Minister Retno Marsudi. The two also discussed the "
        "importance of rights for women and girls in Afghanistan."
    )
    assert {(("AFG", "IDN"), "human_rights"), (("AFG", "USA"), "human_rights")} <= issues


def test_military_escalation_in_a_third_state_is_its_security() -> None:
    issues = _readout_issues(
        "Secretary Blinken spoke today with Kenyan President Uhuru Kenyatta. The Secretary expressed grave concern "
        "about signs of military escalation in Ethiopia."
    )
    assert (("ETH", "USA"), "security") in issues


def test_democratic_republic_of_congo_without_the_article_is_the_drc() -> None:
    extraction = _extract(
        "Secretary of State Antony J. Blinken spoke separately with Democratic Republic of Congo (DRC) President "
        "Felix Tshisekedi and Rwandan President Paul Kagame.",
        published="2023-07-29",
    )
    assert sorted(sorted(m.countries) for m in extraction.meetings) == [["COD", "USA"], ["RWA", "USA"]]


def test_separate_calls_whose_counterparts_the_parser_made_a_clauses_subject_are_split() -> None:
    extraction = _extract(
        # (a White House readout of 2014, public domain)
        "The President spoke separately today with Chancellor Merkel of Germany and President Hollande of France to "
        "consult about the crisis in Ukraine.",
        published="2014-06-20",
        source=WH,
    )
    assert sorted(sorted(m.countries) for m in extraction.meetings) == [["DEU", "USA"], ["FRA", "USA"]]


def test_the_european_external_action_service_is_the_eu() -> None:
    extraction = _extract(
        "Deputy Secretary of State Wendy Sherman met today with European External Action Service Secretary-General "
        "Stefano Sannino in Washington, D.C.",
        published="2023-02-14",
        source=STATE,
    )
    assert [sorted(m.countries) for m in extraction.meetings] == [["IGO", "USA"]]


def test_hostages_of_no_state_are_no_detention_between_the_parties() -> None:
    issues = _wh_issues(
        # (from a White House readout of 2024, public domain)
        "President Joseph R. Biden, Jr. spoke today with President Abdel Fattah Al-Sisi of Egypt. The President "
        "thanked President Al-Sisi for Egypt's important role in this process, and they affirmed that all efforts "
        "must now be made to conclude a deal that would result in the release of all hostages together with a "
        "prolonged humanitarian pause in the fighting."
    )
    assert not any(code == "detention" for _pair, code in issues)


def test_hostages_a_state_is_named_for_stay_detention() -> None:
    issues = _wh_issues(
        "President Biden spoke today with Prime Minister Najib Mikati of Lebanon. They discussed the American "
        "hostages held in Lebanon."
    )
    assert any(code == "detention" for _pair, code in issues)
