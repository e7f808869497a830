"""Issue 12, round 30: issue classes from re-reading the reviews of rounds 24-27's 210 U.S. Government readouts
against parley's current output.

Each test names the class (docs/coding-rules.md, "Round 30"). The sentences are invented; none is copied from the
licensed corpora or from the readouts.
"""

from __future__ import annotations

from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set, meeting_set

# -- a conflict the talks want ended is also its peace process ----------------------------------------------------


def test_ending_the_conflict_in_a_state_is_its_peace_process() -> None:
    out = extract(
        "Secretary Blinken spoke today with Egyptian Foreign Minister Sameh Shoukry. They agreed to work together "
        "to end the conflict in Sudan.",
        "2023-08-03",
        STATE,
    )
    issues = issue_set(out)
    assert (("EGY", "SDN"), "peace_process") in issues
    assert (("SDN", "USA"), "peace_process") in issues


def test_a_resolution_of_the_conflict_in_a_state_is_its_peace_process() -> None:
    out = extract(
        "Secretary Pompeo met Italian Prime Minister Giuseppe Conte in Rome. The two men reaffirmed their support "
        "for a peaceful resolution of the conflict in Libya.",
        "2020-09-30",
        STATE,
    )
    assert (("ITA", "LBY"), "peace_process") in issue_set(out)


def test_a_conflict_only_discussed_is_no_peace_process() -> None:
    out = extract(
        "Secretary Blinken spoke today with Egyptian Foreign Minister Sameh Shoukry. They discussed the conflict in "
        "Sudan.",
        "2023-08-03",
        STATE,
    )
    issues = issue_set(out)
    assert (("EGY", "SDN"), "security") in issues
    assert not any(code == "peace_process" for _dyad, code in issues)


def test_resolving_a_crisis_is_no_peace_process() -> None:
    # A crisis is often a political one (a coup, a disputed election): resolving it is no ceasefire between sides.
    out = extract(
        "Secretary Blinken spoke today with Indonesian Foreign Minister Retno Marsudi. They stressed the need to "
        "resolve the crisis in Burma and return the country to democracy.",
        "2021-08-03",
        STATE,
    )
    assert not any(code == "peace_process" for _dyad, code in issue_set(out))


def test_ending_violence_with_no_place_is_no_peace_process() -> None:
    out = extract(
        "Vice President Biden spoke today with President Viktor Yanukovych of Ukraine. The Vice President urged him "
        "to take steps to end violence against the protesters.",
        "2014-01-23",
        WH,
    )
    assert not any(code == "peace_process" for _dyad, code in issue_set(out))


# -- a dam named as a facility is a dam ----------------------------------------------------------------------------


def test_a_named_dam_is_water_between_the_states_that_share_it() -> None:
    out = extract(
        "Secretary Pompeo spoke today with Sudanese Prime Minister Abdalla Hamdok. They agreed that an accord among "
        "Sudan, Ethiopia and Egypt on how to fill the Grand Ethiopian Renaissance Dam would serve the whole region.",
        "2020-08-25",
        STATE,
    )
    issues = issue_set(out)
    assert (("EGY", "ETH"), "water") in issues
    assert (("ETH", "SDN"), "water") in issues


def test_a_trade_word_inside_an_organisations_name_stays_blocked() -> None:
    out = extract(
        "Secretary Pompeo spoke today with Sudanese Prime Minister Abdalla Hamdok. They discussed the World Trade "
        "Organization.",
        "2020-08-25",
        STATE,
    )
    assert not any(code == "trade" for _dyad, code in issue_set(out))


# -- people fleeing are refugees -------------------------------------------------------------------------------------


def test_people_of_a_state_fleeing_are_its_refugees_in_the_state_that_helps_them() -> None:
    out = extract(
        "President Biden spoke today with President Klaus Iohannis of Romania. He thanked Romania for its generous "
        "help to Ukrainians fleeing Russian violence.",
        "2022-05-04",
        WH,
    )
    issues = issue_set(out)
    assert (("ROU", "UKR"), "refugees_migration") in issues
    assert (("ROU", "RUS"), "refugees_migration") not in issues


def test_people_fleeing_a_war_in_a_state_come_from_that_state() -> None:
    out = extract(
        "President Biden spoke today with President Maia Sandu of Moldova. The President praised Moldova's "
        "kindness in taking in families fleeing Russian aggression in neighboring Ukraine.",
        "2022-04-12",
        WH,
    )
    issues = issue_set(out)
    assert (("MDA", "UKR"), "refugees_migration") in issues
    assert (("MDA", "RUS"), "refugees_migration") not in issues


def test_a_person_fleeing_is_no_refugee() -> None:
    out = extract(
        "Afghan police said the gunmen were fleeing towards the border with Pakistan when troops stopped them.",
        "2010-05-04",
        None,
    )
    assert not any(code == "refugees_migration" for _dyad, code in issue_set(out))


# -- "coordinated on" reports talks ------------------------------------------------------------------------------------


def test_what_the_ministers_coordinated_on_is_what_they_discussed() -> None:
    out = extract(
        "Secretary Pompeo met with Australian Foreign Minister Marise Payne today. The ministers coordinated on "
        "shared goals, above all a fully denuclearized North Korea.",
        "2018-10-01",
        STATE,
    )
    issues = issue_set(out)
    assert (("AUS", "PRK"), "nuclear_program") in issues
    assert (("PRK", "USA"), "nuclear_program") in issues


# -- an armed group one state backs and that fights in another -----------------------------------------------------


def test_a_group_backed_by_a_state_near_a_place_of_another_is_between_the_two() -> None:
    out = extract(
        "Vice President Biden spoke today with Ukrainian President Petro Poroshenko. The Vice President was concerned "
        "by repeated shelling from Russia-backed separatists around Mariupol.",
        "2015-03-11",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "armed_groups") in issues
    assert (("RUS", "USA"), "armed_groups") not in issues


def test_a_state_arming_a_group_that_fights_another_state_is_between_the_two() -> None:
    out = extract(
        "President Obama spoke today with Prime Minister Mark Rutte of the Netherlands. They agreed that Russia keeps "
        "arming separatists who attack Ukrainian soldiers.",
        "2014-07-24",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "armed_groups") in issues
    assert (("NLD", "RUS"), "armed_groups") not in issues


def test_men_fleeing_a_crime_scene_are_no_refugees() -> None:
    out = extract(
        "Turkish police arrested two Syrian men fleeing the scene of the robbery near the border with Greece.",
        "2016-05-04",
        None,
    )
    assert not any(code == "refugees_migration" for _dyad, code in issue_set(out))


# -- an ORG entity glued across a verb ---------------------------------------------------------------------------


def test_a_surname_glued_to_its_verb_in_one_org_entity_is_the_person() -> None:
    # The model tags "Nakasone told Trade and Industry" as one ORG here; the surname before the verb is the prime
    # minister named in full in the first sentence, and he is the one who told.
    out = extract(
        "TOKYO, May 4 - Prime Minister Yasuhiro Nakasone stepped in to settle the farm trade row with Washington, "
        "officials said.\n\nAt a Cabinet meeting on Tuesday, Nakasone told Trade and Industry Minister Ryoichi Kato "
        "to try harder.",
        "1987-05-04",
    )
    assert not any("told" in a.name for a in out.actors)
    speakers = {s.speaker for s in out.statements}
    assert "Yasuhiro Nakasone" in speakers
    assert not any("told" in s for s in speakers)


# -- meetings ------------------------------------------------------------------------------------------------------


def test_a_visit_that_something_is_expected_to_result_from_is_held() -> None:
    out = extract(
        "PEKING, April 3 - Trade between the two countries is expected to grow as a result of the Swedish Prime "
        "Minister's visit to China, an official said.",
        "1987-04-03",
    )
    assert ("CHN", "SWE") in meeting_set(out)


def test_a_visit_after_which_something_is_expected_is_still_planned() -> None:
    out = extract(
        "PEKING, April 3 - Trade between the two countries is expected to grow after the Swedish Prime Minister's "
        "visit to China next week, an official said.",
        "1987-04-03",
    )
    assert ("CHN", "SWE") not in meeting_set(out)


def test_he_in_what_a_person_said_is_that_person_not_the_one_quoted_before() -> None:
    out = extract(
        "WASHINGTON - President Reagan said Soviet diplomats would stay out of their new embassy for now.\n\n"
        "WASHINGTON - Jordanian Prime Minister Zaid Rifai said he had made headway in talks with Secretary of State "
        "George Shultz of the United States on a peace conference.",
        "1987-04-07",
    )
    assert ("JOR", "USA") in meeting_set(out)


def test_a_meeting_after_which_something_is_expected_to_go_on_is_still_ahead() -> None:
    # The parser makes "to hold" a `ccomp` of "expect" here, not an `xcomp`.
    out = extract(
        "LONDON, June 19 - Analysts expect the firmer oil prices to hold until soon after the OPEC meeting.",
        "1987-06-19",
    )
    assert not any(m.status == "held" for m in out.meetings)


# -- lexicon: security assistance, terrorist groups ------------------------------------------------------------------


def test_security_assistance_is_aid_not_weapons() -> None:
    out = extract(
        "Secretary Blinken spoke today with Bulgarian Foreign Minister Maria Gabriel. They discussed continued "
        "security assistance for Ukraine from allies.",
        "2023-08-08",
        STATE,
    )
    issues = issue_set(out)
    assert (("UKR", "USA"), "aid_investment") in issues
    assert not any(code == "weapons" for _dyad, code in issues)


def test_a_terrorist_group_is_terrorism_not_an_armed_group() -> None:
    out = extract(
        "President Obama spoke today with President Asif Ali Zardari of Pakistan. Both presidents agreed to do more "
        "against the threat that terrorist groups in Pakistan pose to both countries.",
        "2010-10-26",
        WH,
    )
    issues = issue_set(out)
    assert (("PAK", "USA"), "terrorism") in issues
    assert not any(code == "armed_groups" for _dyad, code in issues)


# -- two states as the subject of what holds the phrase --------------------------------------------------------------


def test_two_states_who_say_they_will_block_sanctions_each_face_the_target() -> None:
    out = extract(
        "UNITED NATIONS, April 9 - France and Britain made clear that they would block any attempt in the Security "
        "Council to impose sanctions against South Africa.",
        "1987-04-09",
    )
    issues = issue_set(out)
    assert (("FRA", "ZAF"), "sanctions") in issues
    assert (("GBR", "ZAF"), "sanctions") in issues
    assert (("FRA", "GBR"), "sanctions") not in issues


# -- one state's troops in another; election interference --------------------------------------------------------


def test_a_states_troops_in_another_are_between_the_two_whoever_talks() -> None:
    out = extract(
        "President Trump spoke today with President Uhuru Kenyatta of Kenya. President Trump honored the sacrifices "
        "of Kenyan troops in Somalia.",
        "2017-03-07",
        WH,
    )
    issues = issue_set(out)
    assert (("KEN", "SOM"), "military_presence") in issues
    assert (("KEN", "USA"), "military_presence") not in issues
    assert (("KEN", "SOM"), "security") not in issues


def test_election_interference_is_the_meddlers_issue_with_the_talker() -> None:
    out = extract(
        "President Biden spoke today with President Vladimir Putin of Russia. President Biden said the United States "
        "would respond firmly to Russia's actions, such as cyber intrusions and election interference.",
        "2021-04-13",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "USA"), "elections_governance") in issues
    assert (("RUS", "USA"), "cyber_espionage") in issues


def test_a_ceasefire_broken_by_a_backed_group_is_between_the_groups_sides() -> None:
    out = extract(
        "Vice President Biden spoke today with Ukrainian President Petro Poroshenko. The Vice President deplored "
        "repeated breaches of the ceasefire by Russia-backed separatists around Mariupol.",
        "2015-03-11",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "peace_process") in issues
    assert (("RUS", "USA"), "peace_process") not in issues


# -- parties that reached an agreement ------------------------------------------------------------------------------


def test_a_state_and_an_organisation_that_reached_agreement_held_talks() -> None:
    out = extract(
        "COLOMBO, May 4 - Sri Lanka and the IMF have reached an accord on a package of reforms, an official said.",
        "1987-05-04",
    )
    assert ("IGO", "LKA") in meeting_set(out)


def test_an_agreement_reached_and_told_again_as_talks_is_one_meeting() -> None:
    out = extract(
        "PARIS, March 22 - West Germany and France have now reached an accord on a joint tank, the ministry said."
        "\n\nA spokesman said Andre Giraud, the French defence minister, settled it with West German Defence "
        "Minister Manfred Woerner during talks in Bonn on Friday.",
        "1987-03-22",
    )
    held = [m for m in out.meetings if m.status == "held" and sorted(m.countries) == ["DEU", "FRA"]]
    assert len(held) == 1
    assert held[0].date == "1987-03-20"


def test_an_agreement_that_could_be_reached_is_no_held_meeting() -> None:
    out = extract(
        "TOKYO, April 2 - He said Tokyo and Washington might yet reach a compromise over chips.",
        "1987-04-02",
    )
    assert ("JPN", "USA") not in meeting_set(out)


def test_reconstruction_of_a_state_supported_by_another_is_aid() -> None:
    out = extract(
        "President Biden spoke today with President Joseph Aoun of Lebanon. He pledged continued U.S. help for the "
        "reconstruction of Lebanon.",
        "2025-01-09",
        WH,
    )
    assert (("LBN", "USA"), "aid_investment") in issue_set(out)
