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


def test_a_third_state_and_the_crisis_state_in_one_sentence_are_the_two_sides() -> None:
    out = extract(
        "Vice President Biden spoke today with Cypriot President Anastasiades. The two leaders also discussed the "
        "crisis in Ukraine, and the Vice President underscored the need to impose costs on Russia if it failed to "
        "support a ceasefire and a halt to the transfer of heavy weapons to the separatists.",
        "2014-07-11",
        WH,
    )
    found = issue_set(out)
    assert (("RUS", "UKR"), "weapons") in found
    assert (("RUS", "UKR"), "armed_groups") in found
    assert not {code for pair, code in found if pair == ("CYP", "USA")}


def test_aggression_a_state_owns_is_fought_in_the_state_whose_developments_were_discussed() -> None:
    out = extract(
        "President Biden met today with Prime Minister Mitsotakis of Greece. They discussed developments in Ukraine, "
        "including our strong support for efforts to impose costs on Russia for its unprovoked aggression.",
        "2022-05-16",
        WH,
    )
    found = issue_set(out)
    assert (("RUS", "UKR"), "security") in found
    assert (("RUS", "USA"), "security") not in found


# -- a third state's elections or democracy the parties discussed: each party with that state -----------------------


def test_a_third_states_elections_the_parties_discussed_pair_it_with_each_party() -> None:
    out = extract(
        "President Biden met today with President Boric of Chile. The two leaders underscored the importance of "
        "uniting in support of competitive and inclusive elections in Venezuela.",
        "2023-11-02",
        WH,
    )
    found = issue_set(out)
    assert (("USA", "VEN"), "elections_governance") in found
    assert (("CHL", "VEN"), "elections_governance") in found


def test_the_collapse_of_a_third_states_democracy_is_elections_governance() -> None:
    out = extract(
        "Vice President Pence spoke by phone today with President Duque of Colombia to reiterate the strong bilateral "
        "relationship between Colombia and the United States. The two leaders discussed the crisis in Venezuela, "
        "recommitting themselves to addressing the collapse of democracy in Venezuela.",
        "2018-09-12",
        WH,
    )
    assert (("USA", "VEN"), "elections_governance") in issue_set(out)


def test_a_wire_story_on_another_states_election_gives_no_dyad() -> None:
    out = extract(
        "WASHINGTON, April 1 - Secretary of State Shultz met Mexican Foreign Minister Sepulveda today. They discussed "
        "the coming elections in the Philippines.",
        "1987-04-01",
    )
    assert not {pair for pair, code in issue_set(out) if code == "elections_governance"}


# -- defence wording and the strategic arms treaty -------------------------------------------------------------------


def test_deterrence_on_the_eastern_flank_is_the_parties_security() -> None:
    out = extract(
        "President Biden met today with President Duda of Poland. The President reiterated his support for NATO's "
        "defense and deterrence agenda and for the Allies on NATO's eastern flank.",
        "2021-06-14",
        WH,
    )
    assert (("POL", "USA"), "security") in issue_set(out)


def test_the_new_start_treaty_is_the_nuclear_programme_and_a_new_start_is_nothing() -> None:
    treaty = extract(
        "President Obama spoke with President Medvedev of Russia. Obama congratulated Medvedev on the Duma's approval "
        "of the new START treaty.",
        "2011-01-25",
        WH,
    )
    assert (("RUS", "USA"), "nuclear_program") in issue_set(treaty)
    fresh = extract(
        "President Obama spoke with President Medvedev of Russia. The two leaders agreed on a new start for trade.",
        "2011-01-25",
        WH,
    )
    assert (("RUS", "USA"), "nuclear_program") not in issue_set(fresh)


# -- persons: a name with "al-" particles is not cut to its first word; an official's title apposition places him ---


def _speakers(out: object) -> dict[str, str | None]:
    actors = {a.name: a for a in out.actors}  # type: ignore[attr-defined]
    return {s.speaker: actors[s.speaker].country for s in out.statements if s.speaker in actors}  # type: ignore[attr-defined]


def test_a_name_with_two_al_particles_keeps_them_all() -> None:
    out = extract(
        'KUWAIT, March 1 - Sheikh Ali al-Khalifa al-Sabah was quoted by a local daily as saying: "No member of OPEC '
        'wants an emergency session." Sheikh Ali said Kuwait had the ability to produce more.',
        "1987-03-01",
    )
    assert _speakers(out) == {"Ali al-Khalifa al-Sabah": "KWT"}


def test_an_officials_title_apposition_with_a_body_in_a_capital_gives_its_state() -> None:
    out = extract(
        "National Security Advisor Jake Sullivan met today with General Zhang Youxia, Vice Chairman of the Central "
        "Military Commission in Beijing, China. They discussed military communications.",
        "2024-08-28",
        WH,
    )
    assert [sorted(m.countries) for m in out.meetings] == [["CHN", "USA"]]


def test_a_party_secretary_of_the_christian_social_union_is_west_german() -> None:
    out = extract(
        "Gerold Tandler, the Christian Social Union Party's General Secretary, said the reduction would be net tax "
        "relief.",
        "1987-03-07",
    )
    assert _speakers(out).get("Gerold Tandler") == "DEU"


# -- a meeting told in the past tense on the day after the release's date was held, not planned -------------------


def test_met_on_the_day_after_the_release_is_held_but_will_meet_is_planned() -> None:
    held = extract(
        "National Security Advisor Jake Sullivan met on August 29 with General Zhang Youxia in Beijing.",
        "2024-08-28",
        WH,
    )
    assert [(m.status, m.date) for m in held.meetings] == [("held", "2024-08-29")]
    planned = extract(
        "National Security Advisor Jake Sullivan will meet on August 29 with General Zhang Youxia in Beijing.",
        "2024-08-28",
        WH,
    )
    assert [m.status for m in planned.meetings] == ["planned"]
    later = extract(
        "National Security Advisor Jake Sullivan met on August 30 with General Zhang Youxia in Beijing.",
        "2024-08-28",
        WH,
    )
    assert [m.status for m in later.meetings] == ["planned"]


# -- a crisis in a country the parties discussed; a crisis with its other side named --------------------------------


def test_the_crisis_in_a_third_state_pairs_it_with_each_party_but_a_list_after_a_war_does_not() -> None:
    out = extract(
        "President Biden met today with President Tshisekedi of the Democratic Republic of the Congo. They also "
        "discussed the need to resolve the widening crisis in Ethiopia.",
        "2021-10-30",
        WH,
    )
    found = issue_set(out)
    assert (("ETH", "USA"), "security") in found
    assert (("COD", "ETH"), "security") in found
    money = extract(
        "President Biden met today with President Tshisekedi of the Democratic Republic of the Congo. They also "
        "discussed the economic crisis in Ethiopia.",
        "2021-10-30",
        WH,
    )
    assert not {pair for pair, code in issue_set(money) if "ETH" in pair}


def test_a_conflict_in_one_place_after_an_attack_in_another_state_is_between_those_two() -> None:
    out = extract(
        "President Biden spoke today with Prime Minister al-Sudani of Iraq. They discussed efforts to prevent an "
        "expansion of the conflict in Gaza in the wake of the attack in Israel.",
        "2023-10-16",
        WH,
    )
    found = issue_set(out)
    assert (("ISR", "PSE"), "security") in found
    assert (("PSE", "USA"), "security") not in found


# -- speakers: plural officials are not the person named next; "the visiting leader" is the visitor ----------------


def test_officials_in_the_lead_are_not_the_person_named_next() -> None:
    out = extract(
        "BONN, March 7 - Senior officials of the Bonn coalition said tax cuts would be larger.\n\n"
        "Gerold Tandler, the party's general secretary, said the reduction would be net tax relief.",
        "1987-03-07",
    )
    quotes = [(s.speaker, s.quote) for s in out.statements]
    assert ("Gerold Tandler", "tax cuts would be larger") not in quotes
    assert ("Gerold Tandler", "the reduction would be net tax relief") in quotes


def test_the_visiting_leader_is_the_prime_minister_named_before() -> None:
    out = extract(
        "WASHINGTON, April 1 - Jordanian Prime Minister Zaid al-Rifai met Secretary of State George Shultz today. "
        "The visiting Jordanian leader said the talks were useful.",
        "1987-04-01",
    )
    assert [s.speaker for s in out.statements] == ["Zaid al-Rifai"]


# -- a body's short name after its full one is the same actor -------------------------------------------------------


def test_a_firms_short_name_after_its_full_name_is_the_same_speaker() -> None:
    out = extract(
        'NEW YORK, April 1 - Honeywell Inc said it sold its unit. "We are pleased," Honeywell said in a statement.',
        "1987-04-01",
    )
    assert [s.speaker for s in out.statements] == ["Honeywell Inc", "Honeywell Inc"]


def test_the_chamber_after_the_chamber_of_mines_is_that_chamber() -> None:
    out = extract(
        'JOHANNESBURG, April 1 - Talks are foundering, the Chamber of Mines said. "The union is adamant," the Chamber '
        "said.",
        "1987-04-01",
    )
    assert {s.speaker for s in out.statements} == {"Chamber of Mines"}


def test_a_short_name_whose_longer_form_names_another_body_stays_apart() -> None:
    from etl.nlp.actors import _short_form_of
    from etl.nlp.doc_ext import ActorRef

    def refs(*names: str) -> dict[str, tuple[int, ActorRef]]:
        return {
            f"organization:{n.lower()}": (
                0,
                ActorRef(key=f"organization:{n.lower()}", name=n, kind="organization", country=None),
            )
            for n in names
        }

    assert _short_form_of("Federal Reserve", refs("Federal Reserve Bank")) is None
    assert _short_form_of("Honeywell", refs("Honeywell Inc")) == "organization:honeywell inc"
    assert _short_form_of("Honeywell", refs("Honeywell Inc", "Honeywell Bull")) is None
    assert (
        _short_form_of("Commission", refs("European Community Commission"))
        == "organization:european community commission"
    )


# -- readout counterparts: "Shri", "Prime Minister X of Denmark", long "bin ... Al-Saud" names ----------------------


def _participants(text: str, published: str) -> list[list[str]]:
    return [sorted(m.participants) for m in extract(text, published, WH).meetings]


def test_shri_is_an_honorific_before_an_indian_name() -> None:
    found = _participants(
        "National Security Advisor of India Shri Ajit Doval met with U.S. National Security Advisor Jake Sullivan in "
        "New Delhi.",
        "2025-01-06",
    )
    assert found == [["Ajit Doval", "Jake Sullivan"]]


def test_a_surname_tagged_with_of_and_his_state_is_the_person() -> None:
    found = _participants(
        "President Joseph R. Biden, Jr. met today with Prime Minister Frederiksen of Denmark at the White House.",
        "2023-06-05",
    )
    assert found == [["Frederiksen", "Joseph R. Biden"]]


def test_a_long_name_of_particles_is_one_person() -> None:
    found = _participants(
        "National Security Advisor Jake Sullivan met today in Washington with Saudi Vice Minister of Defense Khalid "
        "bin Salman bin Abdulaziz Al-Saud.",
        "2022-05-17",
    )
    assert found == [["Jake Sullivan", "Khalid bin Salman bin Abdulaziz Al-Saud"]]


# -- costs imposed on a state in a readout: the target and each party, not the war's victim -------------------------


def test_costs_imposed_on_a_state_are_the_parties_sanctions_not_the_victims() -> None:
    out = extract(
        "President Biden met today with Prime Minister Albanese of Australia. President Biden thanked the Prime "
        "Minister for standing with the United States and the world to impose costs on Russia for its unprovoked "
        "war on Ukraine.",
        "2022-11-12",
        WH,
    )
    found = issue_set(out)
    assert (("RUS", "USA"), "sanctions") in found
    assert (("AUS", "RUS"), "sanctions") in found
    assert (("RUS", "UKR"), "sanctions") not in found


# -- an accord signed by persons of two states, told in the passive, is their meeting ------------------------------


def test_an_accord_signed_by_officials_of_two_states_is_a_held_meeting() -> None:
    out = extract(
        "TOKYO, March 11 - Japan will lend Indonesia 90 billion yen. The loan accord was signed here today by "
        "Indonesia's visiting Finance Minister Radius Prawiro and Export-Import Bank of Japan President "
        "Takashi Tanaka.",
        "1987-03-11",
    )
    assert [(m.status, sorted(m.countries)) for m in out.meetings] == [("held", ["IDN", "JPN"])]


def test_an_accord_signed_by_two_states_alone_is_no_meeting() -> None:
    out = extract("PARIS, March 27 - The debt accord was signed by Nigeria and France.", "1987-03-27")
    assert out.meetings == []


# -- a visit one party is praised or thanked for is that party's --------------------------------------------------


def test_visits_the_partner_is_commended_for_are_the_partners_not_the_speakers() -> None:
    out = extract(
        "President Biden spoke today with Prime Minister Modi of India. The President commended the Prime Minister "
        "for his recent visits to Poland and Ukraine.",
        "2024-08-26",
        WH,
    )
    pairs = {tuple(sorted(m.countries)) for m in out.meetings}
    assert ("POL", "USA") not in pairs and ("UKR", "USA") not in pairs
    assert ("IND", "POL") in pairs and ("IND", "UKR") in pairs
