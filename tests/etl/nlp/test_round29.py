"""Issue 12, round 29: issue classes from re-reading the reviews of rounds 24-27's 210 U.S. Government readouts
against parley's current output.

Each test names the class (docs/coding-rules.md, "Round 29"). The sentences are invented; none is copied from the
licensed corpora or from the readouts.
"""

from __future__ import annotations

from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set

# -- a war one state owns: its other side --------------------------------------------------------------------------


def test_the_state_invaded_is_the_other_side_of_an_invasion() -> None:
    out = extract(
        "Secretary Blinken spoke today with Chilean Foreign Minister Alberto van Klaveren. The Secretary welcomed "
        "Chile's firm condemnation of Russia's full-scale invasion of Ukraine.",
        "2023-04-06",
        STATE,
    )
    assert (("RUS", "UKR"), "security") in issue_set(out)
    assert not any("RUS" in dyad and "CHL" in dyad for dyad, _code in issue_set(out))


def test_the_state_that_fights_against_a_war_is_its_other_side() -> None:
    out = extract(
        "President Biden met Prime Minister Meloni of Italy at the White House today. President Biden and Prime "
        "Minister Meloni reaffirmed their firm support for Ukraine as it fights against Russian aggression.",
        "2024-03-01",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "security") in issues
    assert (("ITA", "RUS"), "security") not in issues
    assert (("RUS", "USA"), "security") not in issues


def test_the_state_supported_against_a_war_is_its_other_side() -> None:
    out = extract(
        "Secretary Blinken spoke today with Senegalese President Macky Sall. Secretary Blinken stressed the "
        "importance of supporting Ukraine against Russia's unprovoked invasion.",
        "2022-03-04",
        STATE,
    )
    assert (("RUS", "UKR"), "security") in issue_set(out)


def test_the_state_that_needs_support_to_defend_against_a_war_is_its_other_side() -> None:
    out = extract(
        "President Biden spoke today with Chancellor Scholz of Germany. They underscored the commitment of the United "
        "States and Germany to provide Ukraine with the economic and security support it needs to defend against "
        "Russia's aggression.",
        "2022-11-06",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "security") in issues
    assert (("DEU", "RUS"), "security") not in issues


def test_those_who_talk_of_a_war_are_not_its_other_side() -> None:
    out = extract(
        "Secretary Blinken met Swiss Foreign Minister Ignazio Cassis today. Secretary Blinken and Foreign Minister "
        "Cassis discussed further aid for Ukraine and holding Russia to account for its cruel war.",
        "2023-01-14",
        STATE,
    )
    assert (("RUS", "UKR"), "security") in issue_set(out)


def test_a_war_fled_in_a_place_is_fought_there() -> None:
    out = extract(
        "Mr. Sullivan spoke today with President Maia Sandu of Moldova. He thanked Moldova for taking in families "
        "fleeing Russian aggression in neighboring Ukraine.",
        "2022-04-12",
        WH,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "security") in issues
    assert (("MDA", "RUS"), "security") not in issues


def test_its_war_in_a_clause_of_a_states_decision_is_that_states() -> None:
    out = extract(
        "Secretary Blinken met German Foreign Minister Baerbock today. They discussed Russia's decision to bring "
        "North Korean soldiers into its war against Ukraine.",
        "2024-12-04",
        STATE,
    )
    issues = issue_set(out)
    assert (("RUS", "UKR"), "security") in issues
    assert (("PRK", "UKR"), "security") not in issues


# -- the topic of the parties' own cooperation ---------------------------------------------------------------------


def test_two_states_working_together_on_an_issue_are_its_dyad() -> None:
    out = extract(
        "Deputy Secretary Sherman met Peruvian Foreign Minister Oscar Maurtua in Lima today. They discussed how the "
        "United States and Peru can work together to tackle the climate crisis.",
        "2021-11-11",
        STATE,
    )
    assert (("PER", "USA"), "environment") in issue_set(out)


def test_an_example_of_the_topic_of_cooperation_is_the_parties_issue() -> None:
    out = extract(
        "President Biden spoke today with President-elect Yoon of the Republic of Korea. President Biden said he "
        "looks forward to deepening cooperation on global challenges, including climate change.",
        "2022-03-09",
        WH,
    )
    assert (("KOR", "USA"), "environment") in issue_set(out)


def test_what_they_talked_about_is_the_issue_of_the_pair_who_met() -> None:
    out = extract(
        "President Biden welcomed Prime Minister Frederiksen of Denmark to the White House today. The leaders "
        "discussed the new defense agreement. They reviewed plans for the alliance's summit. They praised the work of "
        "their armed forces. They condemned Russia's brutal war of aggression against Ukraine. They also talked "
        "about their work to address the impacts of climate change.",
        "2023-06-05",
        WH,
    )
    assert (("DNK", "USA"), "environment") in issue_set(out)


def test_the_fields_of_their_bilateral_cooperation_are_the_pairs_issues() -> None:
    out = extract(
        "National Security Advisor Jake Sullivan met Crown Prince Mohammed bin Salman in Riyadh, Saudi Arabia today. "
        "They reviewed the war in Sudan. They welcomed efforts toward peace between Israelis and Palestinians. "
        "Finally, they discussed areas of closer bilateral cooperation in the fields of security and space "
        "exploration.",
        "2023-12-13",
        WH,
    )
    issues = issue_set(out)
    assert (("SAU", "USA"), "security") in issues
    assert (("ISR", "PSE"), "security") not in issues


# -- two states giving something together ----------------------------------------------------------------------------


def test_two_states_giving_aid_together_each_face_the_state_that_gets_it() -> None:
    out = extract(
        "Secretary Clinton spoke by telephone with Russian Foreign Minister Lavrov today. The ministers discussed "
        "how to coordinate U.S. and Russian emergency assistance and other help to Kyrgyzstan after the riots.",
        "2010-06-20",
        STATE,
    )
    issues = issue_set(out)
    assert {(("KGZ", "RUS"), "aid_investment"), (("KGZ", "USA"), "aid_investment")} <= issues
    assert (("RUS", "USA"), "aid_investment") not in issues


# -- round 29's review of unread wire stories: war words, attacked installations, borders, owners ---------------------


def test_an_attacked_oil_platform_is_security_not_energy() -> None:
    out = extract(
        "WASHINGTON, Oct 19 - The U.S. Navy said its warships destroyed an Iranian oil platform off Bahrain today.",
        "1987-10-19",
    )
    issues = issue_set(out)
    assert (("IRN", "USA"), "security") in issues
    assert (("IRN", "USA"), "energy") not in issues


def test_oil_platforms_the_attacks_were_on_are_security() -> None:
    out = extract(
        "NICOSIA, Oct 20 - Iran called the U.S. attacks on two of its Gulf oil platforms a dangerous escalation.",
        "1987-10-20",
    )
    issues = issue_set(out)
    assert (("IRN", "USA"), "energy") not in issues


def test_oil_supplies_stay_energy() -> None:
    out = extract(
        "TOKYO, Oct 20 - Japan asked Iran to keep oil supplies flowing through the Gulf.",
        "1987-10-20",
    )
    assert (("IRN", "JPN"), "energy") in issue_set(out)


def test_a_fresh_offensive_and_a_retaliatory_strike_are_security() -> None:
    out = extract(
        "NICOSIA, April 9 - Tehran radio said Iran had begun a fresh offensive east of Basra, days after its push "
        "against Iraq in the north.",
        "1987-04-09",
    )
    assert (("IRN", "IRQ"), "security") in issue_set(out)
    strike = extract(
        "WASHINGTON, Oct 19 - U.S. warships carried out a retaliatory strike on Iran on Sunday night.",
        "1987-10-19",
    )
    assert (("IRN", "USA"), "security") in issue_set(strike)


def test_a_border_a_region_adjoins_is_its_address() -> None:
    out = extract(
        "NDJAMENA, March 24 - Libyan troops fled north towards the Tibesti mountains, which adjoin Libya's southern "
        "border with Chad.",
        "1987-03-24",
    )
    assert not any(code == "border" for _dyad, code in issue_set(out))


def test_two_states_each_owning_their_debts_are_one_side() -> None:
    out = extract(
        "PARIS, June 19 - Western creditor governments approved a new rescheduling of Uganda's and Mozambique's "
        "official debts, officials said.",
        "1987-06-19",
    )
    assert (("MOZ", "UGA"), "aid_investment") not in issue_set(out)


def test_a_states_commercial_banks_are_firms() -> None:
    out = extract(
        "NEW YORK, April 2 - Two large U.S. banks said they would put their Brazilian loans on a cash basis.",
        "1987-04-02",
    )
    assert (("BRA", "USA"), "aid_investment") not in issue_set(out)


def test_a_buyer_faces_each_state_of_the_list_it_bought_from() -> None:
    out = extract(
        "WASHINGTON, March 18 - The Soviet Union has bought about 20 mln tonnes of grain this season, mostly from "
        "Canada, the European Community, Australia and Argentina, an analyst said.",
        "1987-03-18",
    )
    issues = issue_set(out)
    assert {(("ARG", "RUS"), "trade"), (("AUS", "RUS"), "trade")} <= issues
    assert (("ARG", "AUS"), "trade") not in issues


def test_a_shared_goal_of_a_third_states_issue_is_each_partys() -> None:
    out = extract(
        "Secretary Pompeo spoke with Japanese Foreign Minister Toshimitsu Motegi today. The Secretary restated the "
        "shared goal of the complete denuclearization of North Korea.",
        "2019-09-16",
        STATE,
    )
    assert {(("JPN", "PRK"), "nuclear_program"), (("PRK", "USA"), "nuclear_program")} <= issue_set(out)


def test_normalizing_relations_is_diplomatic_relations_and_kosovo_a_state() -> None:
    out = extract(
        "Deputy Secretary Sherman spoke with the French foreign ministry's secretary general today. They discussed "
        "work toward normalizing relations between Serbia and Kosovo.",
        "2022-09-16",
        STATE,
    )
    assert (("SRB", "XKX"), "diplomatic_relations") in issue_set(out)
    wire = extract(
        "PEKING, April 3 - Moscow will raise Afghanistan at the next round of its Peking talks on normalising "
        "relations, the agency said.",
        "1987-04-03",
    )
    assert (("CHN", "RUS"), "diplomatic_relations") in issue_set(wire)


# -- meetings: two states that sign an instrument ---------------------------------------------------------------------


def test_two_states_that_signed_an_agreement_met_to_sign_it() -> None:
    out = extract(
        "BONN, March 13 - Sierra Leone and West Germany signed an accord to spread the repayment of 26 mln marks of "
        "debt over ten years, the ministry said.",
        "1987-03-13",
    )
    assert [(m.status, tuple(sorted(m.countries))) for m in out.meetings] == [("held", ("DEU", "SLE"))]


def test_states_that_agreed_are_no_signing() -> None:
    agreed = extract("ATHENS, April 7 - The Soviet Union and Greece agreed to build an alumina plant.", "1987-04-07")
    assert agreed.meetings == []


def test_a_lead_that_have_signed_told_again_with_its_signatories_is_one_meeting() -> None:
    lead = "PARIS, March 27 - France and Nigeria have signed a bilateral accord to reschedule Nigeria's debt to France."
    alone = extract(lead, "1987-03-27")
    assert [(m.status, tuple(sorted(m.countries))) for m in alone.meetings] == [("held", ("FRA", "NGA"))]
    retold = extract(
        lead + " The accord was signed here on Thursday by Nigerian Finance Minister Chu Okongwu and French Finance "
        "Minister Edouard Balladur, officials said.",
        "1987-03-27",
    )
    assert [(m.status, tuple(sorted(m.countries)), m.date) for m in retold.meetings] == [
        ("held", ("FRA", "NGA"), "1987-03-26")
    ]


def test_the_two_countries_named_before_that_signed_met_to_sign() -> None:
    out = extract(
        "As relations between Egypt and Israel thaw, the two countries have now signed a commerce protocol with the "
        "US. The protocol, signed in Cairo, opens American markets to goods made in joint zones.",
        None,
    )
    held = [set(m.countries) for m in out.meetings if m.status == "held"]
    assert len(held) == 1 and {"EGY", "ISR"} <= held[0]


def test_an_accord_signed_by_the_two_sides_is_their_signing() -> None:
    out = extract(
        "PEKING, June 17 - China and the Soviet Union will resume border trade, the agency said. A protocol on it "
        "was then signed by the two sides in Harbin on Wednesday.",
        "1987-06-17",
    )
    assert [(m.status, tuple(sorted(m.countries)), m.date) for m in out.meetings] == [
        ("held", ("CHN", "RUS"), "1987-06-17")
    ]
