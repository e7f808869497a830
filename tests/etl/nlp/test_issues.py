"""The `parley_issues` component: issue phrases and the dyads they are tied to, on sentences written
for each rule and on the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from etl.clean import clean
from etl.extract import Extractor
from etl.nlp.pipeline import build_pipeline
from etl.sources import Document

# The seed article ships in examples/ (the same record as ../shared/corpus/seed/seed-000.jsonl).
SEED_RECORD = Path(__file__).resolve().parents[3] / "examples" / "articles" / "seed-000.jsonl"
# The issues of ../shared/gold/seed-000.json, copied so that the test runs without ../shared.
SEED_REQUIRED = {
    ("IRN", "USA", "security"),
    ("IRN", "USA", "terrorism"),
    ("IRN", "USA", "nuclear_program"),
    ("IRN", "USA", "detention"),
    ("IRN", "USA", "diplomatic_relations"),
}
SEED_OPTIONAL = {
    ("IRN", "USA", "military_presence"),
    ("IRQ", "USA", "military_presence"),
    ("IRN", "USA", "armed_groups"),
    ("IRN", "USA", "border"),
    ("IRN", "USA", "sectarian_ethnic"),
    *(
        (a, b, issue)
        for a, b in (("IRN", "IRQ"), ("IRQ", "USA"))
        for issue in ("security", "terrorism", "armed_groups", "border")
    ),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def issues(nlp: Language, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc = nlp(doc)
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


def test_two_countries_of_the_sentence_make_the_dyad(nlp: Language) -> None:
    assert issues(nlp, "Iran's nuclear program worries the United States.") == {("IRN", "USA", "nuclear_program")}


def test_a_country_is_never_paired_with_itself(nlp: Language) -> None:
    assert issues(nlp, "Iraqi officials discussed security in Baghdad with the Iraqi army.") == set()


def test_with_three_countries_the_nearest_pair_in_the_parse_wins(nlp: Language) -> None:
    found = issues(nlp, "The United States, which invaded Iraq in 2003, broke off relations with Iran.")
    assert found == {("IRQ", "USA", "military_presence"), ("IRN", "USA", "diplomatic_relations")}


def test_a_place_where_something_happens_is_not_a_party(nlp: Language) -> None:
    found = issues(nlp, "The detention of five Iranian diplomats in Iraq by US forces angered Tehran.")
    assert found == {("IRN", "USA", "detention")}


def test_an_issue_word_in_an_office_title_is_no_issue(nlp: Language) -> None:
    assert issues(nlp, "Japanese Trade Minister Kenji Arakawa praised France.") == set()


def test_a_list_of_countries_is_no_dyad(nlp: Language) -> None:
    assert issues(nlp, "Representatives from China, India, Russia and Brazil discussed trade.") == set()


def test_a_negated_country_is_left_out(nlp: Language) -> None:
    assert issues(nlp, "Britain's arms embargo applies to China but not to North Korea.") == {
        ("CHN", "GBR", "weapons"),
        ("CHN", "GBR", "sanctions"),
    }


def test_one_issue_per_dyad_and_code_with_the_first_evidence(nlp: Language) -> None:
    text = "Canada and the United States argued about trade. Canada and the United States argued about tariffs."
    doc = nlp(text)
    (issue,) = doc._.parley_issues
    assert ((*issue.countries, issue.issue), issue.phrase) == (("CAN", "USA", "trade"), "trade")
    assert issue.evidence.sentence.endswith("argued about trade.")


def test_speaker_country_pairs_with_the_one_country_of_a_quotation(nlp: Language) -> None:
    text = (
        "Iranian Foreign Minister Manouchehr Mottaki spoke to reporters in Tehran. "
        '"The Americans must confront terrorism in all its forms," he said.'
    )
    assert issues(nlp, text) == {("IRN", "USA", "terrorism")}


def test_meeting_topic_gives_the_dyad(nlp: Language) -> None:
    text = "Iran and the United States held talks in Baghdad. Officials said the talks on security went well."
    assert issues(nlp, text) == {("IRN", "USA", "security")}


def test_both_countries_points_back_to_the_previous_pair(nlp: Language) -> None:
    text = "India and Pakistan opened a bus link. Both countries also agreed to reopen their consulates."
    assert issues(nlp, text) == {("IND", "PAK", "diplomatic_relations")}


def test_blocking_phrase_is_no_issue(nlp: Language) -> None:
    assert issues(nlp, "France and Germany discussed the UN Security Council and social security.") == set()


def test_security_given_as_a_reason_is_no_issue(nlp: Language) -> None:
    # regression (held-out reuters21578-20925): "citing security considerations" made a security issue
    text = "France refused to tell Germany the minister's itinerary, citing security considerations."
    assert issues(nlp, text) == set()
    assert issues(nlp, "France moved its talks with Germany to Paris on security grounds.") == set()
    assert issues(nlp, "France and Germany discussed security in the Sahel.") == {("DEU", "FRA", "security")}


def test_seed_article(nlp: Language) -> None:
    record = json.loads(SEED_RECORD.read_text(encoding="utf-8").splitlines()[0])
    cleaned = clean(record["text"])
    doc = nlp.make_doc(cleaned.text)
    doc._.parley_published = record["published"]
    doc._.parley_dateline = cleaned.dateline
    doc = nlp(doc)
    found = {(*i.countries, i.issue) for i in doc._.parley_issues}
    assert SEED_REQUIRED <= found
    assert found <= SEED_REQUIRED | SEED_OPTIONAL
    assert all(a != b for a, b, _ in found)


WORDS = (
    "Iran Iraq the US United States Japan Japanese British talks met visited trade troops security nuclear "
    "program embargo arms with and in on by said he she , . both countries yesterday will not held"
).split()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_property_dyads_are_two_distinct_sorted_countries(nlp: Language, words: list[str]) -> None:
    doc = nlp(" ".join(words))
    for issue in doc._.parley_issues:
        a, b = issue.countries
        assert a < b  # sorted, never a country with itself
    for meeting in doc._.parley_meetings:
        states = [c for c in meeting.countries if c != "IGO"]
        assert meeting.countries == sorted(meeting.countries)
        assert len(states) >= 2 or (states and "IGO" in meeting.countries)


# --- issue 12, class 5: issues on unseen text (sentences written for each rule) -------------------------------


def test_two_coordinated_countries_are_the_dyad_beside_a_third_that_reacts(nlp: Language) -> None:
    found = issues(nlp, "Britain applauded the move by India and Pakistan to reopen a disputed border crossing.")
    assert ("IND", "PAK", "territorial_dispute") in found
    assert not any("GBR" in (a, b) for a, b, _code in found)


def test_two_countries_acting_together_on_a_third_are_on_the_same_side(nlp: Language) -> None:
    found = issues(nlp, "Britain and France imposed sanctions on Iran.")
    assert found == {("FRA", "IRN", "sanctions"), ("GBR", "IRN", "sanctions")}


def test_a_national_election_is_no_bilateral_issue(nlp: Language) -> None:
    assert issues(nlp, "Tony Blair said France would watch Germany's election closely.") == set()
    assert issues(nlp, "The French leader spoke about the Italian election campaign.") == set()


def test_foreign_interference_makes_an_election_bilateral(nlp: Language) -> None:
    found = issues(nlp, "Ukraine accused Russia of interference in its presidential election.")
    assert ("RUS", "UKR", "elections_governance") in found


def test_the_topic_of_talks_takes_the_pair_named_before(nlp: Language) -> None:
    text = "North Korea and South Korea agreed to meet in March.\n\nThey will also resume stalled talks on trade."
    assert ("KOR", "PRK", "trade") in issues(nlp, text)


def test_the_peace_process_takes_the_coordinated_pair_of_a_sentence_before(nlp: Language) -> None:
    text = (
        "The British prime minister said progress between Israelis and Palestinians would be hard. "
        "He said the withdrawal had to be part of the peace process."
    )
    assert ("ISR", "PSE", "peace_process") in issues(nlp, text)


def test_an_indefinite_peace_conference_is_not_given_an_earlier_pair(nlp: Language) -> None:
    text = (
        "Israel and Jordan held talks on water. "
        "Attention has turned to the prospects for a Middle East peace conference sponsored by the UN."
    )
    assert not any(code == "peace_process" for _a, _b, code in issues(nlp, text))


def test_cue_phrases_for_force_arms_debts_and_maritime_claims(nlp: Language) -> None:
    assert ("IRN", "USA", "security") in issues(nlp, "Iran condemned the US air strike.")
    assert ("RUS", "SYR", "weapons") in issues(nlp, "Russia delivered fighter aircraft and artillery to Syria.")
    assert ("ARG", "USA", "aid_investment") in issues(
        nlp, "Argentina asked the United States to delay debt repayments."
    )
    assert ("GRC", "TUR", "territorial_dispute") in issues(nlp, "Greece and Turkey argued over the continental shelf.")


def test_a_trade_war_is_trade_not_security(nlp: Language) -> None:
    found = issues(nlp, "Japan said it did not want a trade war with the United States and would not risk such a war.")
    assert ("JPN", "USA", "trade") in found and ("JPN", "USA", "security") not in found


def test_retaliation_in_a_trade_row_is_not_military(nlp: Language) -> None:
    assert ("GBR", "JPN", "security") not in issues(nlp, "Britain is considering retaliatory measures against Japan.")


def test_what_the_parties_of_a_meeting_discussed_is_their_issue(nlp: Language) -> None:
    text = (
        "Foreign Minister Anna Berg of Sweden met Foreign Minister Jan Novak of Poland in Warsaw on Monday. "
        "The ministers discussed ways to cooperate on energy security."
    )
    found = issues(nlp, text, published="2022-11-29")
    assert ("POL", "SWE", "energy") in found


def test_oils_and_fats_are_farm_trade_not_energy(nlp: Language) -> None:
    found = issues(nlp, "West Germany objects to an oils and fats tax proposed by France.")
    assert ("DEU", "FRA", "trade") in found and ("DEU", "FRA", "energy") not in found


def test_a_third_country_acting_on_a_coordinated_pair_faces_each(nlp: Language) -> None:
    found = issues(nlp, "Turkey exported sugar to Iran and to Iraq last year.")
    assert ("IRN", "IRQ", "trade") not in found
    assert {("IRN", "TUR", "trade"), ("IRQ", "TUR", "trade")} <= found


def test_the_article_dyad_needs_its_other_country_in_the_paragraph(nlp: Language) -> None:
    para = "China and Britain argued over human rights. China said Britain had no right to judge it.\n\n"
    far = para * 2 + "Britain's own immigration controls were debated in parliament on Monday."
    assert ("CHN", "GBR", "refugees_migration") not in issues(nlp, far)
    near = para * 2 + "China said Britain's immigration controls were unfair."
    assert ("CHN", "GBR", "refugees_migration") in issues(nlp, near)


# --- issue 12, class 5, second round: causes counted on a sample of unseen Reuters and BBC stories -----------


def test_a_war_named_by_its_two_sides_is_security_and_ending_it_their_peace_process(nlp: Language) -> None:
    found = issues(nlp, "All efforts to end the Iran-Iraq war have failed so far.")
    assert {("IRN", "IRQ", "security"), ("IRN", "IRQ", "peace_process")} <= found
    assert ("IRN", "IRQ", "security") in issues(nlp, "Iraq said Iran had lost their war.")


def test_a_war_without_its_sides_is_still_no_security_issue(nlp: Language) -> None:
    assert not any(code == "security" for *_pair, code in issues(nlp, "Japan told the United States a war was costly."))


def test_an_issue_word_in_the_portfolio_of_a_title_is_no_issue(nlp: Language) -> None:
    # cause: a defence official whose title ended "for international security policy" made a security issue
    text = (
        "France and Germany held talks on Monday. "
        "Deputy Secretary for international security policy Jan Berg said the two sides could agree."
    )
    assert not any(code == "security" for *_pair, code in issues(nlp, text))
    assert issues(nlp, "Canada's Minister for Trade, Ann Lee, praised Mexico.") == set()


def test_a_country_adjective_of_a_bank_account_is_no_party(nlp: Language) -> None:
    # cause: a Swiss bank account that held money from arms sales to Iran made CHE-IRN
    text = "The firm had a Swiss bank account which received the proceeds of arms sales to Iran."
    assert not any("CHE" in (a, b) for a, b, _code in issues(nlp, text))


def test_countries_a_party_is_compared_with_are_no_parties(nlp: Language) -> None:
    # cause: an embargo on China likened to the one on Zimbabwe and Burma ("as countries such as") made CHN-ZWE
    # and CHN-MMR
    text = "Britain argued that China should not face the same embargo as states such as Cuba and Sudan."
    found = issues(nlp, text)
    assert not any({"CUB", "SDN"} & {a, b} for a, b, _code in found)


def test_two_countries_calling_for_the_same_thing_are_no_dyad(nlp: Language) -> None:
    # cause: two EU states that asked again and again for an end to an embargo made DEU-FRA sanctions
    text = "The embargo on Cuba was imposed in 1962. Spain and Italy have called for the embargo to be lifted."
    found = issues(nlp, text)
    assert ("ESP", "ITA", "sanctions") not in found
    # (round 8: nor does each face the country the issue was tied to sentences before; see the next test)
    assert not {("CUB", "ESP", "sanctions"), ("CUB", "ITA", "sanctions")} & found
    assert ("ESP", "ITA", "sanctions") not in issues(nlp, "Spain and Italy have called for the embargo to be lifted.")
    assert ("ESP", "ITA", "trade") in issues(nlp, "Spain and Italy signed a trade agreement.")
    assert ("ESP", "ITA", "border") in issues(nlp, "Spain and Italy reopened their border.")
    # cause: a warning that the UK and US could not stop every terror attack made GBR-USA terrorism
    assert ("ESP", "ITA", "terrorism") not in issues(nlp, "Spain and Italy cannot prevent all terror attacks.")


def test_the_venue_of_a_meeting_or_a_deal_is_no_party(nlp: Language) -> None:
    # cause: a loan to be agreed "in Washington" made MAR-USA; a minister meeting EU colleagues "in Luxembourg"
    # gave the next sentence the pair GBR-LUX
    assert not any(
        "USA" in (a, b) for a, b, _c in issues(nlp, "A loan to Morocco is likely to be agreed in Washington.")
    )
    text = (
        "British Home Secretary John Smith met EU interior ministers in Luxembourg on Monday. "
        "Member states want an agreement on immigration policy."
    )
    assert not any("LUX" in (a, b) for a, b, _c in issues(nlp, text))
    assert ("IRQ", "USA", "military_presence") in issues(nlp, "The United States keeps troops in Iraq.")


def test_cue_phrases_for_debts_arms_types_nuclear_disarmament_and_peace(nlp: Language) -> None:
    assert ("EGY", "RUS", "aid_investment") in issues(nlp, "Egypt will settle its military debt with the Soviet Union.")
    assert ("DEU", "FRA", "weapons") in issues(
        nlp, "France and West Germany agreed to build a joint combat helicopter."
    )
    found = issues(nlp, "The Soviet Union urged the United States to take a first step to nuclear disarmament.")
    assert ("RUS", "USA", "nuclear_program") in found and ("RUS", "USA", "weapons") not in found
    found = issues(nlp, "The Palestinians said they would negotiate with Israel for a lasting peace.")
    assert ("ISR", "PSE", "peace_process") in found


def test_an_aid_worker_is_no_aid_between_states(nlp: Language) -> None:
    # cause: an appeal to free the aid worker Margaret Hassan, held hostage in Iraq, made GBR-IRQ aid
    found = issues(nlp, "Britain called for the release of a British aid worker abducted in Iraq.")
    assert ("GBR", "IRQ", "aid_investment") not in found
    assert ("GBR", "IRQ", "detention") in found


def test_readout_wording_gives_the_meeting_pair_its_topics(nlp: Language) -> None:
    # modern U.S. Government readouts: "agreed on the importance of", "reaffirmed their commitment to"
    text = (
        "US Secretary of State Jane Doe met today with Polish Foreign Minister Jan Nowak in Warsaw. "
        "The ministers agreed on the importance of energy security and reaffirmed their commitment to "
        "regional stability."
    )
    assert {("POL", "USA", "energy"), ("POL", "USA", "security")} <= issues(nlp, text, published="2022-11-29")


def test_a_country_discussed_with_an_international_organisation_faces_the_meeting_state(nlp: Language) -> None:
    text = (
        "US Secretary of State Jane Doe met today in Washington with UN Secretary-General John Roe. "
        "The Secretary and the Secretary-General discussed the denuclearization of North Korea."
    )
    assert ("PRK", "USA", "nuclear_program") in issues(nlp, text, published="2019-03-13")


# --- causes counted on a second, blind sample of unseen stories ------------------------------------------------


def test_a_member_expelled_from_a_party_is_no_diplomatic_expulsion(nlp: Language) -> None:
    # cause: an MP thrown out of Labour for opposing the Iraq war made GBR-IRQ diplomatic_relations
    text = "A British MP who opposed the war with Iraq was expelled from the party by Labour."
    assert not any(code == "diplomatic_relations" for *_p, code in issues(nlp, text))
    assert ("GBR", "IRQ", "diplomatic_relations") in issues(nlp, "Iraq expelled two British diplomats on Monday.")


def test_an_issue_word_in_newswire_capitals_after_a_country_is_an_issue(nlp: Language) -> None:
    # cause: Iran vowing to avenge "Monday's U.S. Raids" was read as a name (U.S. Raids) and dropped
    assert ("IRN", "USA", "security") in issues(nlp, "Iran vowed to avenge the U.S. Raids on its oil platforms.")


def test_a_party_figure_does_not_speak_for_his_state(nlp: Language) -> None:
    # cause: a UKIP MEP's words on Germany's trade interests made DEU-GBR trade
    text = 'British MEP John Smith, a UKIP party leader, said: "The EU serves the trade interests of Germany."'
    assert ("DEU", "GBR", "trade") not in issues(nlp, text)


def test_countries_that_lend_or_are_pressed_together_are_one_side(nlp: Language) -> None:
    # causes: loans "from" Gulf allies (Saudi Arabia and Kuwait) made KWT-SAU aid; pressing West Germany and
    # Japan to import more made DEU-JPN trade
    found = issues(nlp, "Much of what it owes is in loans from its allies, notably Saudi Arabia and Kuwait.")
    assert ("KWT", "SAU", "aid_investment") not in found
    found = issues(nlp, "The United States is persuading Japan and West Germany to import more foreign goods.")
    assert ("DEU", "JPN", "trade") not in found
    assert {("DEU", "USA", "trade"), ("JPN", "USA", "trade")} <= found
    assert ("IND", "PAK", "trade") in issues(nlp, "India and Pakistan signed an agreement on trade.")


def test_goods_crossing_a_border_and_a_design_of_origin_are_no_border_or_party(nlp: Language) -> None:
    found = issues(nlp, "The United States and Canada have cross-border shipments worth billions of dollars.")
    assert ("CAN", "USA", "border") not in found
    found = issues(nlp, "The new missiles are of a Chinese design based on a Soviet missile.")
    assert ("CHN", "RUS", "weapons") not in found


def test_a_wire_paragraph_of_one_sentence_is_read_to_its_end_for_the_article_dyad(nlp: Language) -> None:
    # cause: a wire story's one-sentence paragraph on US tariffs on Japanese exports that take effect after
    # hearings in Washington lost JPN-USA trade
    text = (
        "Japan and the United States will hold talks on chips next week.\n\n"
        "Japanese officials will meet U.S. officials on Monday, Japan said.\n\n"
        "The tariffs on Japanese chips go into effect in April, after hearings which begin in Washington."
    )

    def found(dateline: str | None) -> set[tuple[str, str, str]]:
        doc = nlp.make_doc(text)
        doc._.parley_dateline = dateline
        return {(*i.countries, i.issue) for i in nlp(doc)._.parley_issues}

    assert ("JPN", "USA", "trade") in found("WASHINGTON")
    assert ("JPN", "USA", "trade") not in found(None)  # a BBC paragraph is read up to the phrase only


def test_a_list_acting_on_one_country_s_issue_faces_that_country(nlp: Language) -> None:
    text = "Canada had let Spain, Italy and Greece lead the efforts to halt the Iranian nuclear programme."
    found = issues(nlp, text)
    assert {
        ("ESP", "IRN", "nuclear_program"),
        ("GRC", "IRN", "nuclear_program"),
        ("IRN", "ITA", "nuclear_program"),
    } <= found
    assert not any({a, b} <= {"ESP", "ITA", "GRC"} for a, b, _c in found)  # the list itself stays no dyad


# --- causes counted on a third, blind sample of unseen stories -------------------------------------------------


def test_troops_of_two_countries_are_one_side_facing_the_country_they_are_in(nlp: Language) -> None:
    # cause: US and British troops stationed in Iraq ("the presence of") made GBR-USA military_presence
    found = issues(nlp, "The presence of Spanish and Italian troops in Lebanon angered the militias.")
    assert ("ESP", "ITA", "military_presence") not in found
    assert {("ESP", "LBN", "military_presence"), ("ITA", "LBN", "military_presence")} <= found
    assert ("IND", "PAK", "trade") in issues(nlp, "Indian and Pakistani officials discussed trade.")


def test_a_country_listed_beside_the_issue_is_no_party_and_the_two_leaders_are_the_meeting(nlp: Language) -> None:
    # cause: a list of what the two leaders discussed (Afghanistan, the war on terror, ...) made AFG-GBR terrorism
    text = (
        "Spanish Prime Minister Juan Ruiz met Moroccan King Hassan in Madrid on Monday.\n\n"
        "The visit was his first to Spain in five years.\n\n"
        "Officials prepared the palace for weeks, and the press followed every step of the guests.\n\n"
        "Mr Ruiz said the two leaders had talked about Algeria, the fight against terrorism, the situation in "
        "the Sahara and the dispute over fishing."
    )
    found = issues(nlp, text, published="2004-05-03")
    assert ("DZA", "ESP", "terrorism") not in found
    assert ("ESP", "MAR", "terrorism") in found


def test_cue_phrases_for_strained_ties_debts_owed_and_peacekeepers(nlp: Language) -> None:
    found = issues(nlp, "Ugandan envoys travel to Kenya next week for talks to improve strained relations with Kenya.")
    assert ("KEN", "UGA", "diplomatic_relations") in found
    assert ("BRA", "JPN", "aid_investment") in issues(nlp, "Brazil owes Japan some 6.8 billion dollars.")
    found = issues(nlp, "Nine French peacekeepers were killed in Ivory Coast on Saturday.")
    assert ("CIV", "FRA", "military_presence") in found


# --- modern readouts (tunable gold usgov-*): what the parties of a call discussed -------------------------------


def test_a_country_the_parties_of_a_call_discussed_faces_each_of_them(nlp: Language) -> None:
    text = (
        "US Secretary of State Jane Doe spoke yesterday with Italian Foreign Minister Carla Rossi. "
        "They discussed mutual concerns over Syria's chemical weapons program."
    )
    found = issues(nlp, text, published="2023-02-10")
    assert {("ITA", "SYR", "weapons"), ("SYR", "USA", "weapons")} <= found


def test_a_peace_a_mediator_commits_to_is_between_the_pair_named_with_it(nlp: Language) -> None:
    text = (
        "US Secretary of State Jane Doe spoke yesterday with Italian Foreign Minister Carla Rossi. "
        "Secretary Doe emphasized deep concern over Israeli-Palestinian tensions, reaffirmed the U.S. commitment "
        "to a two-state solution, and briefed Minister Rossi on her visit to Israel and the West Bank."
    )
    found = issues(nlp, text, published="2023-02-10")
    assert ("ISR", "PSE", "peace_process") in found
    assert not any(code == "peace_process" and "USA" in (a, b) for a, b, code in found)


def test_a_terrorist_group_named_by_its_name_is_terrorism(nlp: Language) -> None:
    text = (
        "US President John Roe spoke on Friday with Prime Minister Ali Hassan of Iraq. "
        "The two leaders recommitted to ensuring that ISIS can never again threaten the Iraqi people."
    )
    assert ("IRQ", "USA", "terrorism") in issues(nlp, text, published="2023-02-03")


def test_sovereignty_is_a_territorial_dispute_only_over_a_place(nlp: Language) -> None:
    found = issues(nlp, "The United States commended efforts to strengthen Iraq's sovereignty and independence.")
    assert not any(code == "territorial_dispute" for *_p, code in found)
    found = issues(nlp, "Argentina renewed its claim to sovereignty over the islands held by Britain.")
    assert ("ARG", "GBR", "territorial_dispute") in found


def test_it_and_its_stand_for_the_country_they_refer_to(nlp: Language) -> None:
    # causes: the U.S. saying "it" would stop Iran using missiles gave IRN-KWT weapons; a sentence opening with
    # "It" (Taiwan, the sentence before) and naming diplomatic relations with Portugal gave nothing
    found = issues(nlp, "The United States says it will not let Iran fire missiles at tankers.")
    assert ("IRN", "USA", "weapons") in found
    text = "Taiwan's leaders still claim to govern all of China. It keeps no diplomatic relations with Portugal."
    assert ("PRT", "TWN", "diplomatic_relations") in issues(nlp, text)
    found = issues(nlp, "Washington fears that China could use the arms to threaten its rival Taiwan.")
    assert ("TWN", "USA", "weapons") not in found


def test_the_country_of_a_dateline_left_in_the_text_is_no_party(nlp: Language) -> None:
    # the cleaner cuts "WASHINGTON, March 11 - " but leaves a two-word region ("TAUPO, New Zealand, May 9 - ")
    text = "TAUPO, New Zealand, May 9 - A new round is needed to halt bilateral trade problems, Canada said."
    assert ("CAN", "NZL", "trade") not in issues(nlp, text)


def test_its_is_the_subject_of_its_clause_and_a_negated_verb_keeps_its_subject(nlp: Language) -> None:
    # cause: the U.S. saying it would not let Iran use missiles: the subject of a negated verb was left
    # out like "but not to North Korea", and "its warships" went to the nearest country before it
    found = issues(nlp, "The United States said it would offer its warships to escort Kuwaiti tankers.")
    assert ("KWT", "USA", "military_presence") in found
    assert ("IRN", "JPN", "sanctions") in issues(nlp, "Japan will not lift its sanctions on Iran.")


def test_waters_are_a_sea_area_but_a_river_s_waters_are_water(nlp: Language) -> None:
    # cause: an Iranian missile strike on a US-flagged ship "in Kuwait waters" made water
    found = issues(nlp, "An Iranian missile hit a US ship in Kuwaiti waters.")
    assert not any(code == "water" for *_p, code in found)
    assert ("SYR", "TUR", "water") in issues(nlp, "Turkey and Syria argued over the waters of the Euphrates.")


def test_cue_phrases_of_modern_readouts_aggression_and_assistance(nlp: Language) -> None:
    assert ("RUS", "UKR", "security") in issues(nlp, "Poland condemned Russia's unprovoked aggression against Ukraine.")
    found = issues(nlp, "Canada will send more military aid and humanitarian assistance to Ukraine.")
    assert {("CAN", "UKR", "weapons"), ("CAN", "UKR", "aid_investment")} <= found


# --- modern readouts, round two (blind sample of 15 White House / State Department readouts) ----------------------


def test_a_phrase_can_name_whose_issue_it_is_without_naming_the_country(nlp: Language) -> None:
    # cause: "denuclearization of the Korean Peninsula" and "the JCPOA" were paired with the meeting's own pair
    found = issues(nlp, "The Chancellor of Germany said Germany seeks the denuclearization of the Korean Peninsula.")
    assert ("DEU", "PRK", "nuclear_program") in found
    found = issues(nlp, "The Italian minister told reporters that Italy backs a return to the JCPOA.")
    assert ("IRN", "ITA", "nuclear_program") in found
    found = issues(nlp, "Spain wants to denuclearize the Korean Peninsula.")
    assert ("ESP", "PRK", "nuclear_program") in found


def test_counterterrorism_written_as_one_word_is_terrorism(nlp: Language) -> None:
    found = issues(nlp, "Kenya and Ethiopia agreed to deepen their counterterrorism cooperation.")
    assert ("ETH", "KEN", "terrorism") in found


def test_the_situation_in_a_country_the_leaders_talked_about_faces_each_of_them(nlp: Language) -> None:
    # cause: "spoke to Prime Minister X about the situation in Syria" paired the two callers, not each with Syria
    # (a qualified situation: a plain "situation in X" is only the call's topic, no issue; see
    # test_a_plain_situation_in_a_country_is_a_topic_not_a_concern)
    text = "President Obama spoke to Chancellor Merkel of Germany today about the worsening situation in Libya."
    found = issues(nlp, text)
    assert {("LBY", "USA", "security"), ("DEU", "LBY", "security")} <= found
    assert ("DEU", "USA", "security") not in found
    assert not any(
        code == "security" for *_p, code in issues(nlp, "Japan and Korea reviewed the economic situation in Asia.")
    )


def test_food_insecurity_is_no_security_between_states(nlp: Language) -> None:
    found = issues(nlp, "Chile and Peru discussed global food insecurity caused by the drought in Bolivia.")
    assert not any(code == "security" for *_p, code in found)


def test_a_conflict_between_two_countries_is_their_security_issue(nlp: Language) -> None:
    found = issues(nlp, "The ministers talked about finding a solution to the conflict between Eritrea and Ethiopia.")
    assert ("ERI", "ETH", "security") in found


def test_the_other_party_of_a_call_faces_the_third_country_of_its_sentence(nlp: Language) -> None:
    # cause: "spoke with President Xi of China to coordinate their response to North Korea's nuclear test" gave
    # only China and North Korea
    text = "President Obama spoke with President Park of South Korea to respond to Iran's missile launch."
    found = issues(nlp, text)
    assert {("IRN", "KOR", "weapons"), ("IRN", "USA", "weapons")} <= found


def test_what_they_agreed_in_a_later_sentence_is_the_topic_of_the_call(nlp: Language) -> None:
    # cause: "They agreed that North Korea's planned missile test would ..." (a clause) was not read as discussed
    text = (
        "President Obama spoke with Prime Minister Harper of Canada today. "
        "They agreed that Syria's chemical weapons program threatens the region."
    )
    found = issues(nlp, text)
    assert {("CAN", "SYR", "weapons"), ("SYR", "USA", "weapons")} <= found


def test_they_who_discussed_are_the_parties_of_the_call_even_sentences_later(nlp: Language) -> None:
    # cause: "They also discussed at length ..." five sentences after the call had no meeting within reach
    text = (
        "President Obama spoke with President Hollande of France today. "
        "The President offered his condolences. The two had met in May. Paris was quiet. The weather was cold. "
        "They also discussed working together to defeat the insurgency in Mali."
    )
    assert {("FRA", "MLI", "security"), ("MLI", "USA", "security")} <= issues(nlp, text)


def test_countries_given_as_examples_of_a_discussed_issue_face_each_party(nlp: Language) -> None:
    # cause: "They discussed regional security issues, including China and North Korea" made China-North Korea a dyad
    text = (
        "President Obama spoke with Prime Minister Abe of Japan. "
        "They discussed regional security issues, including Russia and Iran."
    )
    found = issues(nlp, text)
    assert {("IRN", "JPN", "security"), ("IRN", "USA", "security"), ("JPN", "RUS", "security")} <= found
    assert ("IRN", "RUS", "security") not in found


def test_each_party_of_a_meeting_of_four_faces_the_country_they_discussed(nlp: Language) -> None:
    text = (
        "Secretary Kerry met in Rome with the foreign ministers of Germany, France and Britain. "
        "They discussed the negotiations with Iran on the JCPOA."
    )
    found = issues(nlp, text)
    assert {("DEU", "IRN", "nuclear_program"), ("IRN", "USA", "nuclear_program")} <= found


def test_readout_wording_for_sanctions_threats_and_both_programmes(nlp: Language) -> None:
    # causes (second blind readout sample): "impose costs on Russia", "the maximum pressure campaign against North
    # Korea", "the growing threat from North Korea", "North Korea's nuclear and ballistic missile programs"
    assert ("BLR", "CAN", "sanctions") in issues(nlp, "Canada will impose costs on Belarus for the crackdown.")
    assert ("IRN", "NOR", "sanctions") in issues(nlp, "Norway backed the pressure campaign against Iran.")
    assert ("ITA", "LBY", "security") in issues(nlp, "Italy warned of the growing threat from Libya.")
    found = issues(nlp, "Peru condemned Iran's nuclear and ballistic missile programs.")
    assert {("IRN", "PER", "nuclear_program"), ("IRN", "PER", "weapons")} <= found
    assert ("DEU", "RUS", "diplomatic_relations") in issues(nlp, "Germany asked Russia for equal diplomatic access.")


def test_a_human_rights_situation_is_human_rights_not_security(nlp: Language) -> None:
    found = issues(nlp, "Sweden raised the human rights situation in Belarus.")
    assert ("BLR", "SWE", "human_rights") in found
    assert ("BLR", "SWE", "security") not in found


def test_releasing_people_held_is_detention(nlp: Language) -> None:
    # cause (both readout samples): "Russia should release American citizens X and Y", "the importance of Turkey
    # releasing Pastor X" had no issue word
    assert ("GBR", "IRN", "detention") in issues(
        nlp, "Britain urged Iran to release British citizens John Smith and Mary Jones."
    )
    assert not any(
        code == "detention" for *_p, code in issues(nlp, "Britain and Iran released a joint report on trade.")
    )


def test_a_party_s_own_issue_raised_in_their_call_is_between_the_two(nlp: Language) -> None:
    # cause: "The Secretary also stressed the importance of Turkey releasing Pastor X" (Turkey alone, a party)
    text = (
        "Secretary Kerry spoke with Foreign Minister Lavrov of Russia. "
        "The Secretary stressed the importance of Russia releasing Pastor Tom Brown."
    )
    assert ("RUS", "USA", "detention") in issues(nlp, text)


def test_a_place_named_in_what_the_parties_discussed_faces_each_of_them(nlp: Language) -> None:
    # cause: "emphasized the importance of humanitarian aid reaching those in need in Gaza" was aid between the two
    # callers
    text = (
        "Secretary Kerry spoke with Foreign Minister Bishop of Australia. "
        "They emphasized the importance of humanitarian aid reaching people in need in Yemen."
    )
    found = issues(nlp, text)
    assert {("AUS", "YEM", "aid_investment"), ("USA", "YEM", "aid_investment")} <= found
    assert ("AUS", "USA", "aid_investment") not in found


def test_the_two_leaders_who_discussed_are_the_parties_of_the_call_sentences_later(nlp: Language) -> None:
    # cause: "Regarding the situation in Syria, the two leaders discussed ..." six sentences after the call
    text = (
        "President Obama spoke with Prime Minister Maliki of Iraq today. "
        "He offered his condolences. He praised the army. He noted progress. He welcomed the talks. "
        "Regarding the tense situation in Lebanon, the two leaders discussed ways to isolate extremists there."
    )
    assert {("IRQ", "LBN", "security"), ("LBN", "USA", "security")} <= issues(nlp, text)


def test_a_commitment_to_another_country_s_issue_pairs_the_two(nlp: Language) -> None:
    # cause (first round's known miss): "The President reaffirmed his commitment to Israel's security following
    # Iran's missile attack" gave only Iran-Israel
    text = "President Obama reaffirmed his commitment to Jordan's security after Syria's missile strike."
    assert {("JOR", "USA", "security"), ("JOR", "SYR", "weapons")} <= issues(nlp, text)
    text = (
        "President Obama spoke with King Abdullah of Jordan. "
        "The President reaffirmed his commitment to Jordan's security."
    )
    assert ("JOR", "USA", "security") in issues(nlp, text)


def test_the_situation_in_a_country_is_that_country_s_whoever_else_the_sentence_names(nlp: Language) -> None:
    # cause (third blind readout sample): "spoke with Chancellor Merkel about the situation in eastern Ukraine, where
    # pro-Russian separatists, with support from Moscow, ..." paired the callers and Russia, not Ukraine
    text = (
        "President Obama spoke today with Chancellor Merkel of Germany about the situation in Libya, where "
        "militias backed by Egypt continue to fight."
    )
    found = issues(nlp, text)
    assert ("DEU", "USA", "security") not in found
    assert any("LBY" in (a, b) and code == "security" for a, b, code in found)
    assert ("KEN", "SOM", "security") in issues(nlp, "Kenya voiced concern over the instability in Somalia.")


def test_the_modifiers_of_other_items_of_a_list_are_not_the_issue_s_countries(nlp: Language) -> None:
    # cause (retired held-out readouts): "cooperation on regional peace, counterterrorism, Afghan stability, support
    # for <a state>, and ..." paired the two states modifying other items (Afghanistan and the state supported)
    text = (
        "The ministers stressed the value of U.S.-Indian cooperation on maritime security, counterterrorism, "
        "Nepalese stability, aid for Sri Lanka, and open markets."
    )
    found = issues(nlp, text)
    assert ("IND", "USA", "terrorism") in found
    assert not any({a, b} == {"LKA", "NPL"} for a, b, _code in found)


def test_what_the_parties_of_a_readout_discussed_is_between_them(nlp: Language) -> None:
    # cause (retired held-out readouts): "The Secretary ... emphasized our commitment to ... the defeat of ISIS",
    # "President X and President Y also discussed the counter-ISIS campaign": no country near the phrase, no dyad
    text = (
        "U.S. Secretary of State John Smith met today with Italian Foreign Minister Paolo Rossi in Washington. "
        "The Secretary and the Foreign Minister also discussed the need to cooperate against all groups that use "
        "terrorism to achieve their ends."
    )
    assert ("ITA", "USA", "terrorism") in issues(nlp, text)


def test_a_country_the_parties_named_in_what_they_stressed_faces_each_of_them(nlp: Language) -> None:
    # cause (retired held-out readouts): "the two leaders noted their firm position that any dialogue with <a third
    # state> must be conducted with the goal of complete denuclearization": the third state is far from the phrase
    text = (
        "President Smith of the United States spoke today with President Silva of Brazil. "
        "The two leaders noted their firm position that any talks with Venezuela must be held with the clear and "
        "lasting goal of complete denuclearization."
    )
    found = issues(nlp, text)
    assert {("BRA", "VEN", "nuclear_program"), ("USA", "VEN", "nuclear_program")} <= found
    assert ("BRA", "USA", "nuclear_program") not in found


def test_a_pair_named_in_one_hyphenated_word_owns_the_issues_its_sentence_lists(nlp: Language) -> None:
    # cause (retired held-out readouts): "The visit will highlight ... the U.S.-Pakistan relationship and provide an
    # opportunity ... to strengthen cooperation on issues of mutual concern, such as energy, trade ..."
    text = (
        "The visit will underline the strength of the U.S.-Kenya relationship and offer a chance to deepen "
        "cooperation on matters of mutual interest, such as energy, trade and regional stability."
    )
    found = issues(nlp, text)
    assert {("KEN", "USA", "energy"), ("KEN", "USA", "trade"), ("KEN", "USA", "security")} <= found


def test_a_country_after_the_town_it_is_in_is_a_place_not_a_party(nlp: Language) -> None:
    # cause (retired held-out Reuters): world trade talks said to have begun "at Punta del Este, Uruguay"
    # paired the host of the talks' opening with each trading state
    text = (
        "Canada, Japan and Australia held informal talks on farm trade in Ottawa on Friday. "
        "The talks will then go on in the round of world trade negotiations launched at Cartagena, "
        "Colombia, last year."
    )
    found = issues(nlp, text)
    assert not any("COL" in (a, b) for a, b, _code in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cause: "countering violent extremism" in a readout's agenda (no terrorism word)
        ("Kenya and Ethiopia agreed to work together on countering violent extremism.", ("ETH", "KEN", "terrorism")),
        # cause: "the Iranian regime's destabilizing activities", "Iran's malign activity"
        ("Saudi Arabia condemned Iran's destabilizing activities.", ("IRN", "SAU", "security")),
        # cause: "steps taken ... to increase the costs to Russia"
        ("Britain agreed to increase the costs to Russia.", ("GBR", "RUS", "sanctions")),
        # cause: a "bilateral grains agreement" in its last year
        ("Canada and China renewed their bilateral grains agreement.", ("CAN", "CHN", "trade")),
        # cause: "efforts to assist in meeting Iraq's critical development needs"
        ("Japan pledged to help meet Laos's development needs.", ("JPN", "LAO", "aid_investment")),
        # cause: Britons "freed from US custody"
        ("Two Australians were freed from Indonesian custody.", ("AUS", "IDN", "detention")),
        # cause: Spain shelving its "sovereignty ambitions" (on a British territory)
        ("Argentina renewed its sovereignty claim against Britain.", ("ARG", "GBR", "territorial_dispute")),
        # cause: "the Syrian government's use of violence against civilians"
        ("France condemned Sudan's violence against civilians.", ("FRA", "SDN", "human_rights")),
        # cause: "discussed expanding partnership in climate, investment, trade, and health"
        ("Norway and Brazil agreed to cooperate on climate.", ("BRA", "NOR", "environment")),
    ],
)
def test_issue_vocabulary_of_readouts_and_wires(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in issues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # cause: Kuwait tying its dinar to a "trade-weighted basket" (exchange-rate policy, no trade between them)
        "Qatar links its riyal to a trade-weighted basket of currencies, and Oman uses the dollar.",
        # a mood, not the environment
        "France said the political climate in Germany had changed.",
        # cause (fresh BBC story): casinos barred from "American tricks of the trade" (an idiom)
        "Casinos in Britain may not use the American tricks of the trade, the new rules say.",
    ],
)
def test_words_that_look_like_issues_but_are_not(nlp: Language, text: str) -> None:
    found = issues(nlp, text)
    assert not any(code in ("trade", "environment") for _a, _b, code in found)


def test_countries_listed_beside_an_issue_after_a_name_with_of_are_not_its_parties(nlp: Language) -> None:
    # cause (fresh readout): "priorities including Afghanistan, the People's Republic of China, Iran, and multilateral
    # engagement to tackle the climate crisis": the parser hangs the items after "Republic of China" on "China",
    # and the climate crisis was paired with Afghanistan and China
    text = (
        "U.S. Secretary of State John Smith spoke today with Italian Foreign Minister Paolo Rossi. "
        "They also discussed shared priorities including Libya, the Democratic Republic of the Congo, Sudan, and "
        "joint engagement to tackle the climate crisis."
    )
    found = issues(nlp, text)
    assert not any(code == "environment" and {"LBY", "COD"} & {a, b} for a, b, code in found)


def test_the_parties_face_the_nearest_of_many_countries_in_what_they_noted(nlp: Language) -> None:
    # cause (fresh readout): "The Prime Minister and the President noted the progress on dismantling Syria's chemical
    # weapons program, ... including by the United States and United Kingdom": no pair near, no issue
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "The Prime Minister and the President noted the progress on dismantling Libya's chemical weapons program, as "
        "well as the contributions made to this effort, including by the United States and Italy."
    )
    found = issues(nlp, text)
    assert {("ITA", "LBY", "weapons"), ("LBY", "USA", "weapons")} <= found


def test_a_readout_s_counterpart_named_in_lower_case_is_a_party(nlp: Language) -> None:
    # causes (retired held-out readouts): "The Secretary and the minister also discussed ... countering the Iranian
    # regime's destabilizing activities" (a counterpart named in lower case); "discussed the fuller set of shared
    # interests ..., and the status of efforts toward ... the Joint Comprehensive Plan of Action" (the parser makes
    # "status" a conjunct of the verb)
    text = (
        "Secretary Michael Smith met today with Saudi Deputy Defense Minister Khalid Hamad in Washington. "
        "The Secretary congratulated the minister on his appointment. "
        "The Secretary thanked Saudi Arabia for its backing of the UN mediator. "
        "The Secretary and the minister agreed that the parties must respect the accords. "
        "The Secretary and the minister also discussed many bilateral and regional questions, including countering "
        "the Syrian regime's destabilizing activities in the region."
    )
    assert {("SAU", "SYR", "security"), ("SYR", "USA", "security")} <= issues(nlp, text)


def test_an_object_the_parser_cut_off_from_the_verb_of_discussion_is_still_discussed(nlp: Language) -> None:
    text = (
        "U.S. Secretary of State John Smith met today with British Foreign Secretary Anne Jones in New York. "
        "The Secretary and Foreign Secretary also discussed the wider set of shared interests and concerns, "
        "including cooperation on public health, and the status of efforts toward a mutual return to full "
        "implementation of the Joint Comprehensive Plan of Action."
    )
    assert ("IRN", "USA", "nuclear_program") in issues(nlp, text)


def test_a_state_that_is_the_sentence_s_subject_faces_the_one_country_near_the_phrase(nlp: Language) -> None:
    # cause (retired held-out BBC): Israel rejecting Syria's denial of a part in a nightclub bombing: the subject
    # is too far from the phrase to be near it
    text = "The Greek government will not accept Turkey's denial that it played a role in the harbour bombing."
    assert ("GRC", "TUR", "terrorism") in issues(nlp, text)
    # (a market is no state: an Australian currency market reacting to reports, priced in U.S. cents)
    text = "Australian currency markets treated the news as serious, and trading in U.S. dollars grew nervous."
    assert not any(code == "trade" for _a, _b, code in issues(nlp, text))


def test_a_war_of_subsidies_is_trade_not_fighting(nlp: Language) -> None:
    # cause (retired held-out Reuters): a third exporter's farm trade hurt by the US-EC "farm subsidy war" coded
    # security
    text = "Canada said its growers lose out in a farm subsidy war pitting the United States against Japan."
    found = issues(nlp, text)
    assert any(code == "trade" for _a, _b, code in found)
    assert not any(code == "security" for _a, _b, code in found)


def test_they_who_discussed_are_the_parties_of_the_last_held_meeting_not_of_talks_to_come(nlp: Language) -> None:
    # cause (fresh readout): "The United States will be sending a representative to the cease-fire talks in Astana
    # ... They also discussed at length working together to eradicate terrorism": the planned talks were taken
    text = (
        "President Smith of the United States and President Ivanov of Russia spoke today by phone. "
        "The United States will be sending a representative to the cease-fire talks in Minsk, Belarus next week. "
        "They also discussed at length working together to eradicate terrorism throughout the region."
    )
    found = issues(nlp, text)
    assert ("RUS", "USA", "terrorism") in found
    assert ("BLR", "USA", "terrorism") not in found


def test_a_long_name_the_tagger_cuts_in_two_is_still_the_group_s_name(nlp: Language) -> None:
    # cause (fresh readouts): "the threat posed by the Islamic State of Iraq and the Levant": the tagger makes
    # "the Islamic State of Iraq" an organisation and "Levant" a place, and the phrase was blocked as a word of a name
    text = (
        "President Smith of the United States called President Hassan of Iraq today. "
        "The two leaders agreed on the need to address the threat posed by the Islamic State of Iraq and the Levant."
    )
    assert ("IRQ", "USA", "terrorism") in issues(nlp, text)


def test_the_leaders_of_a_readout_are_its_parties(nlp: Language) -> None:
    # cause (fresh readouts): "The leaders discussed ..." is how readouts name the two parties of a call
    text = (
        "President Smith of the United States spoke today with Chancellor Weber of Austria. "
        "The leaders discussed the need to cooperate against groups that use terrorism to achieve their ends."
    )
    assert ("AUT", "USA", "terrorism") in issues(nlp, text)


def test_a_country_where_something_is_based_is_no_party(nlp: Language) -> None:
    # cause (tunable Reuters gold): France barring U.S. planes based in Britain from its airspace paired
    # Britain with the United States
    text = "Spain refused to allow German-based U.S. jets to carry weapons over its territory."
    found = issues(nlp, text)
    assert not any("DEU" in (a, b) for a, b, _code in found)


def test_a_capital_where_a_meeting_is_held_is_not_where_the_issue_is(nlp: Language) -> None:
    # cause (retired held-out readout, once its call was found): "They also discussed preparations for the December
    # meeting on climate change in Copenhagen" paired Denmark with each party of the call
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "They also discussed preparations for the spring conference on climate change in Oslo."
    )
    found = issues(nlp, text)
    assert not any("NOR" in (a, b) for a, b, _code in found)


def test_a_cease_fire_the_leaders_urge_on_the_parties_is_not_theirs(nlp: Language) -> None:
    # cause (retired held-out readout, once its call was found): "Both leaders urged the parties to continue
    # respecting the cease-fire" gave the two leaders' countries a peace process
    text = (
        "President Smith of the United States spoke today with Chancellor Weber of Austria. "
        "Both leaders urged the parties to continue respecting the cease-fire."
    )
    assert ("AUT", "USA", "peace_process") not in issues(nlp, text)


# --- round 4 of issue 12: causes read on the retired round-3 held-out set ---------------------------------------


def test_a_country_in_another_verb_item_of_an_agenda_is_no_party(nlp: Language) -> None:
    # cause (two round-3 readouts): "discussed ... the need to support Ukraine and respond ..., defend human rights
    # worldwide" gave Ukraine human rights; "preventing Iran from obtaining a nuclear weapon and countering China's
    # influence" paired China with Iran
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "They discussed shared priorities including preventing Iran from obtaining a nuclear weapon and countering "
        "China's influence."
    )
    found = issues(nlp, text)
    assert ("CHN", "IRN", "nuclear_program") not in found
    assert {("IRN", "USA", "nuclear_program"), ("IRN", "ITA", "nuclear_program")} <= found


def test_a_place_in_another_object_of_the_talks_is_not_where_the_issue_is(nlp: Language) -> None:
    # cause (round-3 readout): "discussed countering disinformation, counterterrorism, maritime security, the urgent
    # need to restore the elected government in Burma" paired Burma with each party on terrorism and security
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "The Ministers also discussed countering piracy, counterterrorism, maritime security, the urgent need to "
        "restore the democratically elected parliament in Burma, and the priority of strengthening democratic "
        "resilience in the broader region."
    )
    found = issues(nlp, text)
    assert not any("MMR" in (a, b) and code in ("terrorism", "security") for a, b, code in found)


def test_recognising_a_country_for_its_merits_is_praise_not_recognition(nlp: Language) -> None:
    # cause (two round-3 readouts): "recognized Chile for its strong institutions", "recognized the establishment of
    # the working group as a productive step" were coded diplomatic_relations
    assert issues(nlp, "The President of the United States recognized Peru for its strong institutions.") == set()
    assert issues(nlp, "Japan and Canada recognized the launch of the new forum as a step forward.") == set()
    assert issues(nlp, "Turkey refused to recognise Cyprus.") == {("CYP", "TUR", "diplomatic_relations")}


def test_assistance_and_relief_efforts_are_aid(nlp: Language) -> None:
    # cause (round-3 BBC story and readout): "assistance to our NATO Ally Turkey", "the tsunami relief effort in
    # Indonesia" were not issue words
    assert ("TUR", "USA", "aid_investment") in issues(
        nlp, "The United States pledged to provide needed assistance to Turkey after the floods."
    )
    assert ("GBR", "LKA", "aid_investment") in issues(
        nlp, "Britain has offered to send engineers to help with the flood relief effort in Sri Lanka."
    )


def test_border_security_is_a_border_issue_alone(nlp: Language) -> None:
    # cause (round-3 readout): "robust border security measures" gave a security issue beside the border one
    found = issues(nlp, "Mexico and the United States discussed border security measures.")
    assert found == {("MEX", "USA", "border")}


def test_a_country_that_borders_another_has_no_border_issue(nlp: Language) -> None:
    # cause (round-3 BBC story): a clause saying Russia borders the country was a border issue
    assert issues(nlp, "Germany, which borders Poland, said it would keep its promise.") == set()


def test_an_oil_producers_quota_is_energy(nlp: Language) -> None:
    # cause (round-3 Reuters story): Venezuela producing Ecuador's OPEC quota was coded trade
    found = issues(nlp, "Venezuela offered to produce Ecuador's production quota for the next five months.")
    assert found == {("ECU", "VEN", "energy")}


def test_a_war_one_state_owns_is_fought_with_the_other_state_named(nlp: Language) -> None:
    # cause (two readouts, one retired in round 3): "support to ... Ukraine as they fight back against Russia's
    # brutal war" had no issue: a war needed both sides as its modifiers
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "They discussed support to the people of Ukraine as they fight back against Russia's brutal war."
    )
    found = issues(nlp, text)
    assert ("RUS", "UKR", "security") in found
    assert not any(code == "security" and "USA" in (a, b) for a, b, code in found)
    assert issues(nlp, "Officials in Paris said Russia's war had gone on too long.") == set()


def test_an_item_listed_after_including_is_what_the_meeting_discussed(nlp: Language) -> None:
    # cause (round-3 readout): "met ... to discuss issues of interest including trade, security and ..." left trade
    # more than four steps from "discuss", and so without the meeting's dyad
    text = (
        "President Smith of the United States met today with Chilean President Sebastian Pinera to discuss issues "
        "of interest including trade, energy and strengthening democracy."
    )
    assert ("CHL", "USA", "trade") in issues(nlp, text, "2018-04-14")


def test_an_owner_and_the_place_of_the_issue_make_the_pair_among_many(nlp: Language) -> None:
    # cause (round-3 readout): "dialogue between Iraq and Turkey to resolve concerns about Turkish troop deployments
    # in northern Iraq and ... U.S. respect for Iraq's sovereignty" named four countries, and the troops had no dyad
    text = (
        "The President encouraged dialogue between Syria and Jordan to resolve concerns about Jordanian troop "
        "deployments in southern Syria and reiterated U.S. respect for Syria's sovereignty."
    )
    assert ("JOR", "SYR", "military_presence") in issues(nlp, text)


def test_a_mission_that_speaks_or_where_staff_work_is_no_issue(nlp: Language) -> None:
    # cause (round-3 Reuters story): "the U.S. Embassy replied that ..." and "its commercial counsellor in its
    # Washington embassy" were coded diplomatic_relations
    text = "The Japanese Embassy replied that the talks with the United States on rice would go on."
    assert not any(code == "diplomatic_relations" for _a, _b, code in issues(nlp, text))
    text = "An article by India's trade counsellor in its Moscow embassy praised Russia."
    assert not any(code == "diplomatic_relations" for _a, _b, code in issues(nlp, text))
    assert issues(nlp, "Iran closed its embassy in Canada.") == {("CAN", "IRN", "diplomatic_relations")}


def test_an_issue_of_the_whole_world_is_no_dyads(nlp: Language) -> None:
    # cause (round-3 readout): "defend human rights worldwide" gave the parties of the call a human rights issue
    text = (
        "President Smith of the United States spoke today with Prime Minister Rossi of Italy. "
        "The leaders agreed to defend human rights worldwide."
    )
    assert not any(code == "human_rights" for _a, _b, code in issues(nlp, text))


def test_a_central_banks_money_market_assistance_is_no_aid(nlp: Language) -> None:
    # cause (fresh Reuters stories read for round 4): "assistance" became an aid word, and the Bank of England
    # gave the money market "assistance" in millions of sterling every day
    text = "In Britain, the Bank of England has provided the money market with 52 mln stg assistance, it said."
    assert issues(nlp, text) == set()


def test_entry_into_the_world_trade_body_is_trade(nlp: Language) -> None:
    # cause (two round-3 BBC stories and a dev one): a state's WTO entry, backed or blocked by another, had no issue
    # word (the body's name is blocked as an organisation)
    assert issues(nlp, "China wants Japan to support its bid to join the GATT.") == {("CHN", "JPN", "trade")}
    text = "Canada said that Mexico should back Peru's entry into the World Trade Organization."
    assert ("MEX", "PER", "trade") in issues(nlp, text)


def test_a_country_ranked_beside_the_party_is_no_partner(nlp: Language) -> None:
    # cause (a round-3 Reuters story, and fresh ones: a country ranked the world's second coconut exporter
    # "after the Philippines"): a ranking paired the two countries it ranks
    text = "Kenya was the bank's second-biggest borrower after Ghana last year, with loans totalling 300 mln dlrs."
    assert not any("GHA" in (a, b) for a, b, _code in issues(nlp, text))


def test_countries_after_similar_to_are_compared_not_paired(nlp: Language) -> None:
    # cause (a round-3 BBC story, and a fresh Reuters one): "a loan-for-oil deal, similar to that concluded between
    # Rosneft and China's oil company" paired China with the speaker's country
    text = (
        "The Kenyan minister said Nairobi did not want a loan deal with the bank, similar to that concluded "
        "recently between a Ghanaian firm and China's state oil company."
    )
    assert not any("CHN" in (a, b) for a, b, _code in issues(nlp, text))


def test_imports_and_exports_of_fuel_are_energy_not_trade(nlp: Language) -> None:
    # cause (two BBC energy stories of rounds 3 and 4; fresh Reuters ones on Canadian gas exports): the gold codes
    # a deal to import gas, or a country's oil imports, as energy alone
    text = "India signed a deal to import large amounts of liquefied natural gas from Qatar each year."
    assert issues(nlp, text) == {("IND", "QAT", "energy")}
    text = "Canadian gas exports to the United States should double by the end of the decade."
    assert ("CAN", "USA", "trade") not in issues(nlp, text)
    # vegetable oil is no fuel: its imports stay trade
    text = "West Germany opposed a tax on imports of vegetable oil from the United States."
    assert ("DEU", "USA", "trade") in issues(nlp, text)


def test_market_investors_are_no_state_investment(nlp: Language) -> None:
    # cause (two BBC business stories of round 3; fresh Reuters and BBC ones): "a number of investors", "Japanese
    # investors sold dollars" made aid_investment dyads of market firms
    text = "Japanese investors sold dollars in New York as the United States data disappointed the market."
    assert not any(code == "aid_investment" for _a, _b, code in issues(nlp, text))
    assert ("JPN", "USA", "aid_investment") in issues(nlp, "Japan pledged new investment in the United States.")


def test_what_was_agreed_at_talks_of_a_hyphenated_pair_is_theirs(nlp: Language) -> None:
    # cause (round-4 readout): "welcomed the prisoner exchange agreement reached during the Ukraine-Russia talks"
    # gave the exchange to the United States and Russia (the nearest pair), not to the two sides
    text = (
        "The Secretary welcomed the prisoner exchange agreement reached during the Armenia-Azerbaijan talks in "
        "Geneva and said the United States is committed to peace."
    )
    found = issues(nlp, text)
    assert ("ARM", "AZE", "detention") in found
    assert not any("USA" in (a, b) and code == "detention" for a, b, code in found)


def test_an_end_to_a_war_is_its_sides_peace(nlp: Language) -> None:
    # cause (round-4 readout): "a lasting end to the Russia-Ukraine war" was only security; "efforts to end the war"
    # (a verb) already gave the peace process
    assert ("IRN", "IRQ", "peace_process") in issues(nlp, "Turkey called for a lasting end to the Iran-Iraq war.")


def test_two_owners_of_coordinated_things_are_no_dyad(nlp: Language) -> None:
    # cause (round-4 readout): "the threat posed by Russia's destabilizing activity and Iran's malign behavior" was
    # coded as a Russia-Iran issue; each is what the parties of the meeting face
    text = (
        "Secretary Smith of the United States met today with French Foreign Minister Dupont. They discussed the "
        "threat posed by Russia's dangerous and destabilizing activity and Iran's malign behavior."
    )
    found = issues(nlp, text, published="2018-08-22")
    assert {("RUS", "USA", "security"), ("IRN", "USA", "security")} <= found
    assert ("IRN", "RUS", "security") not in found


def test_a_name_ending_the_first_list_item_is_not_in_the_third(nlp: Language) -> None:
    # cause (a fresh readout): the parser hung "the importance of ..." on "North Korea" and "a cessation of
    # hostilities in Yemen" on that, and North Korea was paired with Yemen
    text = (
        "Secretary Smith met yesterday in Washington with Foreign Minister Taro Aso of Japan. They discussed efforts "
        "to achieve the denuclearization of North Korea, the importance of making real progress towards a settlement "
        "in Syria by convening a committee in May, and a cessation of hostilities in Yemen."
    )
    found = issues(nlp, text, published="2019-10-18")
    assert ("USA", "YEM", "security") in found
    assert not any("PRK" in (a, b) and code == "security" for a, b, code in found)


def test_military_activity_of_one_state_in_another_is_military_presence(nlp: Language) -> None:
    # cause (round-4 readout): "continued Russian military activity" in Ukraine had no issue word (general
    # vocabulary, like "military presence")
    text = "Armenia expressed concern about continued Azerbaijani military activity near the Armenian border town."
    assert ("ARM", "AZE", "military_presence") in issues(nlp, text)


def test_the_capital_where_talks_are_held_is_their_venue(nlp: Language) -> None:
    # cause (round-4 readout): "the cease-fire talks in Astana, Kazakhstan" made Kazakhstan a party: the venue test
    # looked for the lemma "talks", which spaCy gives as "talk"
    text = "The United States will send a representative to the cease-fire talks in Astana, Kazakhstan on May 3."
    assert not any("KAZ" in (a, b) for a, b, _code in issues(nlp, text))


def test_what_one_country_asks_another_to_do_is_between_the_two(nlp: Language) -> None:
    # cause (round-4 Reuters story): Iran asking France to end its weapons sales to Iraq paired the asker
    # (Iran) with Iraq, and left out France
    text = "Iran has again asked France to end its weapons sales to Iraq, its foe in the Gulf war."
    found = issues(nlp, text)
    assert ("FRA", "IRN", "weapons") in found
    assert ("IRN", "IRQ", "weapons") not in found


def test_an_issue_adjective_split_from_its_noun_by_coordination_still_names_it(nlp: Language) -> None:
    # cause (a round-4 readout: "commercial and people-to-people ties"; fresh Reuters stories: cutting "diplomatic
    # and economic ties" with South Africa): a two-word phrase was matched only when its words were adjacent
    text = "Nigeria pressed Canada to break off its diplomatic and economic ties with South Africa."
    assert ("CAN", "ZAF", "diplomatic_relations") in issues(nlp, text)


def test_commercial_ties_are_trade(nlp: Language) -> None:
    # general vocabulary: readouts name trade between the two as their "commercial ties" or "relationship"
    text = (
        "President Smith of the United States praised the strong commercial ties between the United States and Chile."
    )
    assert ("CHL", "USA", "trade") in issues(nlp, text)


def test_an_issue_word_naming_a_firms_trade_is_no_issue(nlp: Language) -> None:
    # cause (two BBC business stories, rounds 3 and 4): an Argentine "water firm" owned by a French group and a
    # Chinese state "crude company" were water and energy issues between states
    text = "The Argentine state is in a growing row with a water firm owned by France's Suez."
    assert not any(code == "water" for _a, _b, code in issues(nlp, text))
    # (oil producers are as often states: "non-OPEC oil producers" stays an energy word)
    text = "Nigeria criticised Britain for not cutting its output to help the oil producers."
    assert ("GBR", "NGA", "energy") in issues(nlp, text)


def test_fuel_bought_in_exchange_is_not_the_goods_imported(nlp: Language) -> None:
    # cause (a fresh Reuters story): a barter with Brazil, Brazilian goods imported "in exchange for oil", lost
    # its trade code to the fuel named in the exchange; only what is imported counts
    text = "China signed a barter deal with Brazil, importing Brazilian coffee and steel in exchange for oil."
    assert ("BRA", "CHN", "trade") in issues(nlp, text)


def test_a_plain_situation_in_a_country_is_a_topic_not_a_concern(nlp: Language) -> None:
    # cause (round-5 readout: "spoke ... with President Hollande of France to consult about the situation in eastern
    # Ukraine"; an older readout's "on the situations in Ukraine and Syria"): a bare "situation in X" became security
    # between X and each party of the call
    text = "The President spoke today with President Dupont of France to consult about the situation in Ukraine."
    assert not any("UKR" in (a, b) for a, b, _code in issues(nlp, text))
    text = "The two leaders discussed the latest situation in Syria."
    assert not any("SYR" in (a, b) for a, b, _code in issues(nlp, text))
    # a situation a word qualifies is still a concern ("the very dangerous situation in North Korea")
    text = "The President spoke today with President Dupont of France about the dangerous situation in Ukraine."
    assert ("FRA", "UKR", "security") in issues(nlp, text)


def test_fuel_cargoes_are_shipping_not_energy(nlp: Language) -> None:
    # cause (round-5 and older Reuters stories: "plans to escort Kuwaiti oil tankers", "choke off oil shipments"):
    # escorting ships was an energy issue; the gold codes the shipping lane's security
    text = "The United States offered warships to escort Kuwaiti oil tankers."
    assert ("KWT", "USA", "energy") not in issues(nlp, text)
    text = "Iran threatened to choke off Kuwaiti oil shipments."
    assert ("IRN", "KWT", "energy") not in issues(nlp, text)
    # oil itself stays energy
    assert ("IRN", "JPN", "energy") in issues(nlp, "Japan agreed to buy more oil from Iran.")


def test_a_country_word_in_a_seas_name_is_water_not_the_state(nlp: Language) -> None:
    # cause (round-5 readout: "coordination in the East China Sea ... peace and stability in the Taiwan Strait" made a
    # China-Taiwan dyad; fresh Reuters: "Persian Gulf oil" as Iran's, "an Indian Ocean island" as India's)
    text = "Japan and the United States discussed peace in the East China Sea and energy security."
    assert not any("CHN" in (a, b) for a, b, _code in issues(nlp, text))
    text = "The United States said its warships would stay in the Persian Gulf to protect shipping."
    assert not any("IRN" in (a, b) for a, b, _code in issues(nlp, text))
    assert ("IRN", "USA", "military_presence") in issues(nlp, "Iran demanded that US warships leave Iranian waters.")


def test_direct_talks_between_two_states_are_their_peace_process(nlp: Language) -> None:
    # cause (round-5 readout: "supporting direct negotiations between Russia and Ukraine to stop the bloodshed"; an
    # older readout: "direct negotiations between Israel and the Palestinians"): no issue word named the peace
    text = (
        "The Secretary spoke with Foreign Minister Dupont of France to discuss direct negotiations between Russia "
        "and Ukraine."
    )
    assert ("RUS", "UKR", "peace_process") in issues(nlp, text)
    # only with two states as the sides: not direct talks between a bloc (the EC) and one state, nor with banks
    text = "France hosted the first direct talks between the EC and Moscow on trade."
    assert not any(code == "peace_process" for _a, _b, code in issues(nlp, text))
    text = "Brazil hoped to resolve its differences with the United States through direct negotiations."
    assert not any(code == "peace_process" for _a, _b, code in issues(nlp, text))


def test_a_peace_placed_in_a_third_country_is_not_the_callers_issue(nlp: Language) -> None:
    # cause (round-6 readout: a call in which the two leaders "discussed ceasefire efforts in" a third place; an older
    # readout: "talks to secure ... an immediate ceasefire in" it): the callers were paired with the place as the
    # sides of its peace, which is between the sides fighting there
    text = (
        "President Obama spoke today with Prime Minister Rossi of Italy. "
        "They also discussed ceasefire efforts in Libya."
    )
    assert not any(code == "peace_process" for _a, _b, code in issues(nlp, text))
    text = (
        "Secretary Clark spoke with Foreign Minister Weber of Austria. They reviewed ongoing talks to secure the "
        "return of aid workers together with an immediate truce in Sudan."
    )
    assert not any(code == "peace_process" for _a, _b, code in issues(nlp, text))
    # the peace the text names with both its sides stays theirs, and a third country's own issue still faces the
    # callers ("They also discussed mutual concerns over Iran's nuclear program")
    text = (
        "President Obama spoke today with Prime Minister Rossi of Italy. "
        "They discussed a ceasefire between Sudan and Chad."
    )
    assert ("SDN", "TCD", "peace_process") in issues(nlp, text)
    text = "President Obama spoke today with Prime Minister Rossi of Italy. They discussed Iran's nuclear program."
    assert ("IRN", "USA", "nuclear_program") in issues(nlp, text)


def test_the_country_another_copies_is_a_model_not_a_party(nlp: Language) -> None:
    # cause (round-6 wire: a state "will not follow" another "by suspending repayments on its foreign debt"; round-5
    # wire: a state "did not want to follow" another "in suspending payments on its foreign debt"): the model was paired
    # with the state as a debt dyad. The first case also needs "its" read in its own clause ("but Chile did not want
    # to ... its debt" is Chile's), not as the nearest country before it (the model) when the first clause's subject
    # is no country.
    text = (
        "Officials said the targets were firm, but Chile did not want to follow Peru in suspending payments on its "
        "debt."
    )
    assert issues(nlp, text) == set()
    text = "Chile will not emulate the example of Peru and halt interest payments on its debt to Japan."
    assert issues(nlp, text) == {("CHL", "JPN", "aid_investment")}
    # a country that is followed in space or time is no model of imitation: the debt is still between the two
    assert ("CHL", "PER", "aid_investment") in issues(nlp, "Chile asked Peru to repay its debt to Chile.")


def test_a_city_naming_a_creditors_club_is_not_its_state(nlp: Language) -> None:
    # cause (round-6 wire: a debt timetable "to be considered by the Paris club"; fresh wire: a debt accord with
    # Britain "agreed with the Paris club of creditors"): the club's city was the state France (or Britain)
    text = "Poland's debt rescheduling will be considered by the Paris club next month."
    assert issues(nlp, text) == set()
    text = "Brazil reached a debt deal with the London Club of commercial banks."
    assert issues(nlp, text) == set()
    assert ("BRA", "GBR", "aid_investment") in issues(nlp, "Brazil reached a debt deal with Britain.")


def test_two_countries_on_one_side_face_the_place_the_sentence_names_not_an_earlier_country(nlp: Language) -> None:
    # cause (round 8, per-path precision): two countries acting as one side were paired with the country the same
    # issue code was last tied to anywhere before ("trade deals with two states" paired with the story's exporter,
    # "quotas on fruit from two states" with the country of an earlier quota): 6 false records, no right one
    text = "Chile's trade grew fast. The ministers failed to agree on trade deals with Norway and Iceland."
    found = issues(nlp, text)
    assert not {("CHL", "ISL", "trade"), ("CHL", "NOR", "trade")} & found
    # the place the sentence itself names is still the side they face
    found = issues(nlp, "He said the presence of Danish and Dutch troops in Mali was not helping.")
    assert {("DNK", "MLI", "military_presence"), ("MLI", "NLD", "military_presence")} <= found


def test_countries_given_as_examples_of_a_class_are_no_dyad(nlp: Language) -> None:
    # cause (round 8, unseen wire stories): with three or more countries in the sentence, two coordinated as examples
    # ("countries such as A and B", "a group which includes A and B") were taken as the nearest pair: A-B trade
    text = (
        "Canada will look into claims that steel imported from countries such as Brazil and Mexico is sent to the U.S."
    )
    assert ("BRA", "MEX", "trade") not in issues(nlp, text)
    text = (
        "The group, which includes Chile and Peru, backs free farm trade and says U.S. and Japanese subsidies hurt it."
    )
    assert ("CHL", "PER", "trade") not in issues(nlp, text)
    # a coordinated pair that is not a list of examples stays the nearest pair
    text = "Canada said steel trade between Brazil and Mexico would not hurt the U.S."
    assert ("BRA", "MEX", "trade") in issues(nlp, text)


def test_each_issue_records_the_pairing_path_that_made_it(nlp: Language) -> None:
    # The debug output behind the per-path precision table of docs/coding-rules.md (round 8).
    found = issues(nlp, "Iran's nuclear program worries the United States.")
    finder = nlp.get_pipe("parley_issues")
    assert set(finder.paths) == {(("IRN", "USA"), "nuclear_program")} == {((a, b), c) for a, b, c in found}
    assert finder.paths[(("IRN", "USA"), "nuclear_program")] == ["two_near"]
    # a fresh doc starts a fresh record
    issues(nlp, "The weather was fine.")
    assert finder.paths == {}


def test_a_market_body_named_by_its_line_of_business_is_no_trade_issue(nlp: Language) -> None:
    # cause (round 9, three of sixty unseen wire stories): "trade" naming the business of a trading house, a bank
    # or the market's sources ("trade sources said") was taken for trade between the countries of the sentence
    assert ("EGY", "GBR", "trade") not in issues(nlp, "A large British trade house sold sugar to Egypt last week.")
    assert ("BRA", "JPN", "trade") not in issues(nlp, "A Japanese trading house bought soybeans from Brazil.")
    assert ("EGY", "ITA", "trade") not in issues(nlp, "Italy sold wheat to Egypt, trade sources in France said.")
    text = "Egypt cancelled its tender for wheat from France, trade and Egyptian official sources said."
    assert ("EGY", "FRA", "trade") not in issues(nlp, text)
    text = "A British house sold 50,000 tonnes to Egypt and a U.S. house traded 25,000 tonnes."
    assert ("GBR", "USA", "trade") not in issues(nlp, text)
    # trade between the states stays
    assert ("JPN", "USA", "trade") in issues(nlp, "Japan traded 25,000 tonnes of sugar with the U.S.")
    assert ("BRA", "USA", "trade") in issues(nlp, "Brazil and the U.S. discussed trade, officials said.")
    # creditor banks lend to states: their debt stays an issue
    text = "The German president called on creditor banks to ease their pressure on Argentina."
    assert ("ARG", "DEU", "aid_investment") in issues(nlp, text)


def test_the_parties_who_condemn_a_third_country_s_act_each_face_it(nlp: Language) -> None:
    # cause (round 10, fresh readouts): the parties of a call who condemned or denounced a third country's act
    # ("condemned X's missile launches") gave no issue, as the verb was not one a readout tells the parties' words by
    text = (
        "Secretary Blinken spoke with Japanese Foreign Minister Hayashi today. "
        "The Secretary and the Foreign Minister condemned North Korea's missile launches."
    )
    found = issues(nlp, text, published="2022-05-05")
    assert {("JPN", "PRK", "weapons"), ("PRK", "USA", "weapons")} <= found
    text = (
        "Secretary Blinken spoke with Japanese Foreign Minister Hayashi today. They denounced the DPRK's missile tests."
    )
    assert {("JPN", "PRK", "weapons"), ("PRK", "USA", "weapons")} <= issues(nlp, text, published="2022-05-05")
    # an act condemned with no third country named is no issue between the parties themselves
    text = (
        "Vice President Pence met today with Chilean President Pinera. "
        "The leaders condemned the use of chemical weapons against civilians."
    )
    assert ("CHL", "USA", "weapons") not in issues(nlp, text, published="2018-04-14")


def test_financial_securities_are_no_security_issue(nlp: Language) -> None:
    # round 12 (two fresh-sample stories): "securities" (bonds, stocks) has the lemma "security" and made
    # a security issue of the two countries beside it
    text = "Japanese purchases of U.S. Treasury securities fell, and Japan's securities houses sold dollars."
    assert ("JPN", "USA", "security") not in issues(nlp, text)
    assert issues(nlp, "Japan and the United States discussed security in Asia.") == {("JPN", "USA", "security")}


def test_unrest_is_a_security_issue(nlp: Language) -> None:
    # round 12: the dictionary line for "unrest" had a typo ("inunrest") since the first snapshot
    assert issues(nlp, "France and Germany discussed unrest in the region.") == {("DEU", "FRA", "security")}
    # as "violence": the country where it happens is paired with each of the two that discuss it
    assert issues(nlp, "France and Germany discussed the unrest in Mali.") == {
        ("DEU", "MLI", "security"),
        ("FRA", "MLI", "security"),
    }


def test_an_armed_group_named_without_an_entity_is_still_a_terrorism_issue(nlp: Language) -> None:
    # round 12 (a fresh readout and a tunable one): "defeat ISIL" with no entity from the tagger was blocked as
    # "a word inside a name" because the actor stage knows ISIL as a group; the phrase is the whole name
    intro = "President Obama spoke today by phone with Prime Minister Gordon Brown of the United Kingdom. "
    assert issues(nlp, intro + "They discussed efforts to defeat ISIL.") == {("GBR", "USA", "terrorism")}
    # a group's name inside a longer organisation's name stays blocked
    assert issues(nlp, intro + "They discussed the Global Coalition to Defeat ISIS.") == set()


def test_named_freedoms_and_repression_are_human_rights_issues(nlp: Language) -> None:
    # round 12: the rights vocabulary of readouts beyond "human rights" (two fresh readouts, one tunable)
    assert issues(nlp, "The United States and Vietnam discussed freedom of religion.") == {
        ("USA", "VNM", "human_rights")
    }
    assert issues(nlp, "Britain and China discussed press freedom.") == {("CHN", "GBR", "human_rights")}
    text = "The United States and Pakistan discussed the rights of women and girls in Afghanistan."
    assert ("AFG", "USA", "human_rights") in issues(nlp, text)
    assert issues(nlp, "France and Russia discussed the repression of opposition groups.") == {
        ("FRA", "RUS", "human_rights")
    }


def test_tension_about_trade_is_a_trade_issue_not_security(nlp: Language) -> None:
    # round 12 (three fresh stories, one tunable file): "trade tension" and "tension over the chip trade" made a
    # security issue beside the trade one
    assert issues(nlp, "Japan fears mounting trade tension with the United States.") == {("JPN", "USA", "trade")}
    text = "He said tension over the chip trade between Japan and the United States should ease."
    assert issues(nlp, text) == {("JPN", "USA", "trade")}
    # tension over a territory stays a security issue
    assert issues(nlp, "Tension over Kashmir between India and Pakistan rose.") == {("IND", "PAK", "security")}


def test_no_dominant_dyad_when_its_second_state_ties_with_a_third(nlp: Language) -> None:
    # round 13 (tunable bbc-politics-205 and bbc-business-428): one state named many times (here by its
    # adjective; there also by a quoted person of it) passed the dyad's share with whichever of two states named
    # equally often came first, and a phrase naming only the first state was paired with it ("energy" below:
    # Germany is named in the paragraph, Italy as often elsewhere). With Italy gone, Germany is the dyad's.
    text = (
        "French exporters sold more cars last year, officials in Paris said. French banks also grew.\n\n"
        "The French government expects growth. Analysts said buyers in Germany and Italy were cautious, "
        "and that Germany and Italy may buy less. Italy was quiet.\n\n"
        '"Money will not go to Germany any more," said one French broker. '
        "The French now hope that energy will draw more money to France."
    )
    assert ("DEU", "FRA", "energy") not in issues(nlp, text)
    clear = text.replace(" Italy was quiet.", "").replace(" and Italy", "")
    assert ("DEU", "FRA", "energy") in issues(nlp, clear)


def test_two_countries_given_as_examples_of_a_class_are_no_dyad(nlp: Language) -> None:
    # round 14 (two fresh stories): "countries such as A and B" are members of one class, on one side of what is
    # said of it; without talks whose parties they face, they were paired with each other
    assert issues(nlp, "Critics asked why we blame states such as Cuba and Syria for human rights abuses.") == set()
    text = "The lender arranged cheaper loans for poorer nations, such as Peru and Bolivia."
    assert issues(nlp, text) == set()
    # a class that stands between its examples keeps them as the two sides
    text = "Tensions between countries such as India and Pakistan have risen."
    assert issues(nlp, text) == {("IND", "PAK", "security")}


def test_two_countries_as_places_of_one_act_are_no_dyad(nlp: Language) -> None:
    # round 14 (a fresh readout): "actions in A and B" names two places where one thing happens, not two sides
    assert issues(nlp, "They also discussed the anti-terrorism actions in Iraq and Afghanistan.") == set()
    # a peace between the two places stays theirs
    assert issues(nlp, "The ceasefire in Israel and Lebanon held.") == {("ISR", "LBN", "peace_process")}
    # a country acting there is still a side
    assert ("AFG", "USA", "military_presence") in issues(nlp, "American troops remain in Iraq and Afghanistan.")


def test_each_state_of_a_subject_list_faces_the_owner_of_the_act_it_condemns(nlp: Language) -> None:
    # round 14 (two fresh joint statements): the owner of the act modifies the noun the issue word qualifies
    # ("North Korean missile tests"), and a list with a serial comma is parsed as an apposition; only the first
    # state of the list (or none) was paired with the owner
    text = "Britain, France and Germany condemned North Korean ballistic missile tests."
    assert issues(nlp, text) == {("DEU", "PRK", "weapons"), ("FRA", "PRK", "weapons"), ("GBR", "PRK", "weapons")}
    text = "The United States, Japan, and the Republic of Korea strongly condemn the DPRK's ballistic missile launches."
    assert issues(nlp, text) == {("JPN", "PRK", "weapons"), ("KOR", "PRK", "weapons"), ("PRK", "USA", "weapons")}
    # the owner as the possessor of the noun the issue word is the of-object of, or as the agent of the act
    text = (
        "The United States, Japan, and the ROK stand together in opposition to the DPRK's continued development of "
        "its unlawful weapons of mass destruction."
    )
    assert {("JPN", "PRK", "weapons"), ("KOR", "PRK", "weapons")} <= issues(nlp, text)
    text = "The United States, South Korea and Japan condemned the launch of a ballistic missile by North Korea."
    assert issues(nlp, text) == {("JPN", "PRK", "weapons"), ("KOR", "PRK", "weapons"), ("PRK", "USA", "weapons")}
    # a list of places keeps its parse: the talks' parties are not paired through it
    text = "Blinken spoke with Le Drian about their concern over violence in Israel, the West Bank, and Gaza."
    assert ("FRA", "USA", "security") not in issues(nlp, text)


def test_parties_named_by_a_plural_office_face_the_country_they_condemn(nlp: Language) -> None:
    # round 14 (tunable usgov-state-2022-07-08-hayashi-park): "The Secretary and Foreign Ministers" are the
    # parties of the talks; the plural office was not read as one
    text = (
        "Secretary Blinken met today with Japanese Foreign Minister Hayashi and Republic of Korea Foreign Minister "
        "Park in Bali. The Secretary and Foreign Ministers condemned the DPRK's unlawful ballistic missile launches."
    )
    assert {("JPN", "PRK", "weapons"), ("KOR", "PRK", "weapons"), ("PRK", "USA", "weapons")} <= issues(
        nlp, text, "2022-07-08"
    )


def test_a_market_or_a_firm_trading_is_no_trade_between_states(nlp: Language) -> None:
    # round 14b (four false records in three of 54 fresh stories): goods trading at a price, one company's exports
    # and trading in financial instruments were read as trade between the countries of the sentence
    text = "Indian grades were trading above their official prices because of strong demand from Japan and Brazil."
    assert issues(nlp, text) == set()
    text = "Dealers said Malaysian crude traded at a premium on firm buying from Japan and South Korea."
    assert issues(nlp, text) == {("JPN", "MYS", "energy"), ("KOR", "MYS", "energy")}
    # one firm is the trader, also as the subject of the verb of intent the export completes
    assert issues(nlp, "Acme Motor Corp plans to export the car from Spain to Britain.") == set()
    # trading in shares, bonds or derivatives is a market's business
    assert issues(nlp, "Germany and Britain discussed the equities and derivatives trade.") == set()
    assert issues(nlp, "German bankers fear bond trading could be run from Britain.") == set()
    # states that trade stay, and so does a trade whose goods are named
    assert issues(nlp, "Japan and Brazil trade heavily with each other.") == {("BRA", "JPN", "trade")}
    assert ("ESP", "GBR", "trade") in issues(nlp, "Spain plans to build more ships and export them to Britain.")
    assert ("DEU", "GBR", "trade") in issues(nlp, "Germany and Britain discussed the arms trade.")


def test_each_place_of_a_coordination_is_where_the_issue_is(nlp: Language) -> None:
    # round 14b (named by round 14's tally; rare on the fresh samples, no tunable record changed): only the first
    # place of "troops in A and B" was a place, so one of the two dyads was lost; a participle placing the troops
    # ("stationed in") places the issue too
    text = "The United States keeps troops in Germany and Japan."
    assert issues(nlp, text) == {("DEU", "USA", "military_presence"), ("JPN", "USA", "military_presence")}
    text = "France has troops stationed in Mali and Chad."
    assert issues(nlp, text) == {("FRA", "MLI", "military_presence"), ("FRA", "TCD", "military_presence")}
    text = "Britain and France discussed the troops stationed in Iraq."
    assert issues(nlp, text) == {("FRA", "IRQ", "military_presence"), ("GBR", "IRQ", "military_presence")}
    # a verb of dealing still names a venue, not where the issue is
    assert ("GBR", "USA", "aid_investment") not in issues(nlp, "A loan for Kenya agreed in Washington angered Britain.")


def test_the_agents_of_an_act_are_one_side(nlp: Language) -> None:
    # round 14b (tunable reuters21578-1772 and a fresh story): "more imports of X by A and B" paired A and B
    assert issues(nlp, "A farm lobby asked for larger purchases of pork imports by Japan and South Korea.") == set()
    # unless the act, or what they decided to do, is between them
    assert issues(nlp, "The accord on trade was signed by Japan and South Korea.") == {("JPN", "KOR", "trade")}
    text = "Britain praised the plan by India and Pakistan to open another crossing on the ceasefire line."
    assert ("IND", "PAK", "border") in issues(nlp, text)


def test_the_coordinated_object_of_a_verb_is_one_side(nlp: Language) -> None:
    # round 15 (two fresh stories of 200): two states named together as the object of a verb, or after "except",
    # are one side of what is said of them (producers above their cartel's quota), not two trading partners
    assert issues(nlp, "Traders listed Chile and Peru among the producers exporting above quota.") == set()
    assert issues(nlp, "All members except Chile and Peru accepted the new export quotas.") == set()
    assert issues(nlp, "The embargo exempted Chile and Peru.") == set()
    # facing a third they are each its partner, as before
    assert issues(nlp, "The United States accused Japan and South Korea of unfair trade.") == {
        ("JPN", "USA", "trade"),
        ("KOR", "USA", "trade"),
    }
    # a verb that links them, or what they are to do together, keeps the dyad
    assert issues(nlp, "The new pipeline will link Iran and Pakistan.") == {("IRN", "PAK", "energy")}
    assert ("CHL", "PER", "border") in issues(nlp, "The mediators helped Chile and Peru settle the border dispute.")
    assert issues(nlp, "Officials expect Chile and Peru to sign a trade pact.") == {("CHL", "PER", "trade")}
    # and so do a concern both face, a bilateral matter, and talks their matter may be
    assert issues(nlp, "Acid rain is among the problems facing Canada and the United States.") == {
        ("CAN", "USA", "environment")
    }
    assert issues(nlp, "Officials blamed Chile and Peru for the collapse of the trade talks.") == {
        ("CHL", "PER", "trade")
    }


def test_the_sector_of_a_named_firm_group_or_unit_is_no_issue(nlp: Language) -> None:
    # round 15 (three fresh stories): "oil and gas company Yukos", "gas monopoly Gazprom", "gases group Aga AB"
    assert issues(nlp, "Russian oil and gas company Yukos sued Germany in a US court.") == set()
    assert issues(nlp, "Russian gas monopoly Gazprom sued Germany in a US court.") == set()
    text = "French industrial gas group Duffour et Igon backed the bid by Swedish industrial gases group Aga AB."
    assert issues(nlp, text) == set()
    # a group named by an international body is no firm, and states' oil stays energy
    assert issues(nlp, "The 13-nation oil group OPEC raised output, Saudi Arabia told Iran.") == {
        ("IRN", "SAU", "energy")
    }
    assert issues(nlp, "Russia and Ukraine signed an oil and gas agreement.") == {("RUS", "UKR", "energy")}


def test_the_oils_of_the_farm_trade_are_no_energy(nlp: Language) -> None:
    # round 15 (three fresh stories): "crude palm oil", "edible oils", vegetable oils are farm goods
    text = "Indonesia expects crude palm oil prices to rise because of a fall in Malaysian output."
    assert ("IDN", "MYS", "energy") not in issues(nlp, text)
    assert issues(nlp, "Japan imported more soybean oil and edible oils from Brazil.") == {("BRA", "JPN", "trade")}
    assert issues(nlp, "Iraq sold more oil to Japan.") == {("IRQ", "JPN", "energy")}


def test_trade_as_a_market_session_is_no_trade_between_states(nlp: Language) -> None:
    # round 15 (five fresh stories of 300): "trade" or "trading" as a market's session or place of dealing
    assert issues(nlp, "The U.S. bond fell to a low in early Tokyo trade against the New York finish.") == set()
    text = "It was a fairly hectic trading week in white sugar, with China paying market prices, a dealer said."
    assert issues(nlp, text) == set()
    text = "Malaysia is the biggest grower and Singapore is a major regional tin trading centre."
    assert issues(nlp, text) == set()
    # trade between states stays, whatever its extent or the talks' timing
    assert issues(nlp, "The United States allows limited trade with Cuba.") == {("CUB", "USA", "trade")}
    assert issues(nlp, "Early trade talks between Japan and Korea failed.") == {("JPN", "KOR", "trade")}


def test_a_firms_business_is_no_issue_between_states(nlp: Language) -> None:
    # round 15b (three fresh stories of 100: a firm's exports, a bank's line of business): investment banking is
    # a line of finance, and exports one firm plans from a country are that firm's trade, not between states
    text = "Germany's version of the British law separates commercial from investment banking."
    assert issues(nlp, text) == set()
    assert issues(nlp, "A Japanese investment bank advised France on the sale.") == set()
    text = "Acme Motor Corp plans to use Spain as a base for exports to Britain and Italy."
    assert issues(nlp, text) == set()
    # states' investment and exports stay, also as what a state plans
    assert issues(nlp, "Japan increased its investment in France.") == {("FRA", "JPN", "aid_investment")}
    text = "Spain plans to use its ports as a base for exports to Britain."
    assert ("ESP", "GBR", "trade") in issues(nlp, text)


def test_the_country_of_a_currency_named_by_any_word_is_no_party(nlp: Language) -> None:
    # round 15b (three fresh stories of 200): "the US currency", "U.S. Dlrs", "the Thai baht" named where the
    # currency is quoted or carried, not a state dealing with the other country of the sentence
    text = "The US currency's sharp falls have made Chinese export prices highly competitive."
    assert issues(nlp, text) == set()
    text = "The rules let Taiwan nationals invest in foreign bonds and take 5,000 U.S. Dlrs out of the country."
    assert issues(nlp, text) == set()
    assert issues(nlp, "The Thai baht fell 0.4% against the US currency, trading at 38.90.") == set()
    # the states themselves stay
    text = "The United States said cheap Chinese exports hurt its industry."
    assert ("CHN", "USA", "trade") in issues(nlp, text)
    # nor does such a currency name the article's other state in the paragraph (round 15b): a wire story's
    # paragraph is read to its end
    text = (
        "Taiwan's trade surplus with the United States rose again, officials said.\n\n"
        "The United States has pressed Taiwan to cut its surplus, and Taiwan said it would buy more American goods.\n\n"
        "Taiwan has let its residents invest in foreign bonds and carry 5,000 U.S. Dlrs abroad each year."
    )
    doc = nlp.make_doc(text)
    doc._.parley_dateline = "TAIPEI"
    assert ("TWN", "USA", "aid_investment") not in {(*i.countries, i.issue) for i in nlp(doc)._.parley_issues}
    doc = nlp.make_doc(text.replace("5,000 U.S. Dlrs", "cash to the United States"))
    doc._.parley_dateline = "TAIPEI"
    assert ("TWN", "USA", "aid_investment") in {(*i.countries, i.issue) for i in nlp(doc)._.parley_issues}


def test_a_country_after_than_or_compared_with_is_compared_not_a_party(nlp: Language) -> None:
    # round 15b, third (three fresh stories of 200): competitors and benchmarks named after a comparative's "than" or
    # after "compared with" were paired with the states that are compared with them
    text = "Chile and Peru could sell more copper abroad as their exports are cheaper than those of the U.S."
    assert ("CHL", "USA", "trade") not in issues(nlp, text)
    text = "Japanese imports from African nations were far smaller than imports into Spain."
    assert issues(nlp, text) == set()
    assert issues(nlp, "Traders say Angolan crudes are overpriced compared with crudes from Norway.") == set()
    # and states that raise "their exports" are one side: each its own exports (no CHL-PER)
    text = "Chile and Peru could raise their copper exports as they are cheaper than the U.S."
    assert issues(nlp, text) == set()
    assert issues(nlp, "Chile and Peru increased their trade.") == {("CHL", "PER", "trade")}
    # trade with the state itself stays, also beside a comparison of amounts
    text = "Japanese imports from Spain were far smaller than last year."
    assert issues(nlp, text) == {("ESP", "JPN", "trade")}
    text = "Japan's trade surplus with the United States was larger than expected."
    assert issues(nlp, text) == {("JPN", "USA", "trade")}


def test_combat_named_as_exchanged_fire_or_counter_attacks_and_weaponry_are_issues(nlp: Language) -> None:
    # round 15c (three fresh stories): an exchange of fire and counter-attacks name combat between two states,
    # and "weaponry" names the arms themselves; none of them had a dictionary line
    assert issues(nlp, "Troops of Peru and Ecuador had an exchange of fire on Monday.") >= {("ECU", "PER", "security")}
    assert ("ECU", "PER", "security") in issues(nlp, "Ecuador said its army repulsed three Peruvian counter-attacks.")
    assert ("ECU", "PER", "security") in issues(nlp, "Ecuador said its army repulsed three Peruvian counterattacks.")
    assert ("ECU", "PER", "weapons") in issues(nlp, "Peru said Ecuador was buying weaponry to use against Peru.")


def test_traded_fire_is_combat_and_traded_accusations_are_no_trade(nlp: Language) -> None:
    # round 15c: the verb "trade" of "traded fire" made a trade issue of two armies shooting at each other
    assert issues(nlp, "India and Pakistan traded fire on Monday.") == {("IND", "PAK", "security")}
    assert issues(nlp, "Iraq and Iran exchanged fire on Monday.") == {("IRN", "IRQ", "security")}
    assert ("IRN", "IRQ", "trade") not in issues(nlp, "Iran and Iraq traded accusations on Monday.")


def test_states_of_parallel_items_of_one_list_are_one_side(nlp: Language) -> None:
    # round 15d: the objects of one preposition repeated in the items of a list ("wheat to A, meal to B and corn to
    # C") are one side: each faces the other party, none faces another item
    assert issues(
        nlp,
        "Canadian exporters reported sales of 50,000 tonnes of barley to Egypt, 20,000 tonnes of oats to Peru and "
        "10,000 tonnes of rye to Morocco.",
    ) == {("CAN", "EGY", "trade"), ("CAN", "PER", "trade"), ("CAN", "MAR", "trade")}
    assert issues(
        nlp,
        "Australian exporters will be able to sell 4,000 head of sheep to Malaysia and 2,000 head to Egypt under the "
        "new scheme, the ministry said.",
    ) == {("AUS", "MYS", "trade"), ("AUS", "EGY", "trade")}
    assert not {
        i[:2]
        for i in issues(
            nlp,
            "The March import total was made up of 5,000 tonnes of raws from Brazil and 3,000 tonnes of whites "
            "from Thailand.",
        )
    } & {("BRA", "THA")}
    # a route is no list of quantities
    assert ("IRN", "PAK", "weapons") in issues(
        nlp, "The daily said the arms were sent to Pakistan and from there to Iran by army planes."
    )
    # a state that is also the object of a preposition of another role is on both sides
    assert issues(nlp, "Exports from the U.S. to Japan rose, while imports from Japan fell.") == {
        ("JPN", "USA", "trade")
    }


# Round 16 (issues16): invented sentences for its rules (docs/coding-rules.md, "Bilateral issues")


def test_a_border_that_only_places_a_site_is_no_border_issue(nlp: Language) -> None:
    # cause (five false records in four stories of two fresh samples): "near the X border" / "close to the border
    # with X" giving the address of a site, a road or a district, with nothing done at the border
    text = "Chile said engineers found copper ore in a mountain valley near the Bolivian border last week."
    assert not any(code == "border" for *_, code in issues(nlp, text))
    text = "Honduras said heavy floods damaged crops in an eastern province close to the border with Nicaragua."
    assert not any(code == "border" for *_, code in issues(nlp, text))


def test_a_border_where_something_happens_stays_a_border_issue(nlp: Language) -> None:
    # force, crossing or another issue phrase in the sentence: what happened there is the border's matter
    text = "Thai troops shelled a camp near the Cambodian border on Monday, Cambodian officials said."
    assert ("KHM", "THA", "border") in issues(nlp, text)
    text = "Turkey said smugglers from Iran were caught in a village near the Iranian border."
    assert ("IRN", "TUR", "border") in issues(nlp, text)
    # the border as what was dealt with, not where a place lies
    text = "Kenya reopened its border with Uganda to lorries on Tuesday."
    assert ("KEN", "UGA", "border") in issues(nlp, text)


def test_security_naming_goods_or_staff_is_no_security_issue(nlp: Language) -> None:
    # cause (three false records in three fresh stories): "security" modifying a product, a firm's line or staff
    text = "A Danish maker will ship alarms and security systems to Norway under the new contract."
    assert not any(code == "security" for *_, code in issues(nlp, text))
    text = "Italian sales to Egypt will include farm machinery, pumps and security equipment."
    assert not any(code == "security" for *_, code in issues(nlp, text))
    text = "The President told his national security staff that the United States would back Israel."
    assert not any(code == "security" for *_, code in issues(nlp, text))
    # security as the matter between two states stays
    text = "India and Pakistan discussed security along the line that divides Kashmir."
    assert ("IND", "PAK", "security") in issues(nlp, text)


def test_credits_lent_to_a_state_are_aid_investment(nlp: Language) -> None:
    # cause (a missed record in tunable gold and in two fresh stories judged by hand; 19 records added on two fresh
    # samples of 58 and 120 stories, none false): "credits" and "credit guarantees" had no dictionary phrase
    assert ("CUB", "ESP", "aid_investment") in issues(
        nlp, "Spain has frozen new official credits to Cuba since last year."
    )
    text = "The Agriculture Department approved 12 mln dlrs in credit guarantees to Peru for purchases of U.S. corn."
    assert ("PER", "USA", "aid_investment") in issues(nlp, text)
    # the singular and the credits of a film or a tax stay out
    assert not issues(nlp, "The film credits list French and Italian producers.")
    assert not issues(nlp, "Britain gave Kenya credit for its reforms.")


# Round 17 (issues17): invented sentences for its rules (docs/coding-rules.md, "Bilateral issues")


def test_a_city_naming_an_interbank_rate_is_no_party(nlp: Language) -> None:
    # cause (five false records in five fresh stories, seeds 1701 and 1703): the city of a lenders' rate taken as
    # the state a debtor deals with
    text = "Peru hopes to reschedule its debt and pay one point over the London interbank offered rate."
    assert not any("GBR" in (a, b) for a, b, _ in issues(nlp, text))
    text = "Banks lent to Chile at the Vienna Interbank Offered Rate plus a margin, in a debt rescheduling."
    assert not any("AUT" in (a, b) for a, b, _ in issues(nlp, text))


def test_a_city_naming_a_state_still_makes_a_party(nlp: Language) -> None:
    # the same city as the state's government keeps the dyad
    text = "London agreed to reschedule the debt Peru owes to British government agencies."
    assert ("GBR", "PER", "aid_investment") in issues(nlp, text)


# Round 17 (issues17b): invented sentences for its rules (docs/coding-rules.md, "Bilateral issues")


def test_coordinated_national_modifiers_of_a_plural_noun_are_one_side(nlp: Language) -> None:
    # cause (five false records on fresh text, seeds 1751-1752 and round 17's samples): two states modifying one
    # plural noun of a role (exporters hurt alike, debtors' loans, suppliers who won together) paired as a dyad
    text = "The weak dollar has hurt West German and Japanese exporters, who face higher tariffs."
    assert ("DEU", "JPN", "trade") not in issues(nlp, text)
    text = "The lender said its reserves now cover Peruvian and Bolivian loans that are in arrears."
    assert ("BOL", "PER", "aid_investment") not in issues(nlp, text)
    found = issues(nlp, "The French and Italian suppliers won the export contract from Egypt.")
    assert ("FRA", "ITA", "trade") not in found
    assert {("EGY", "FRA", "trade"), ("EGY", "ITA", "trade")} <= found


def test_people_who_talk_and_owned_nouns_keep_the_dyad(nlp: Language) -> None:
    # negotiators who discuss are two parties; an owner may be the other side of its customers
    text = "Canadian and Japanese negotiators discussed trade barriers in Ottawa."
    assert ("CAN", "JPN", "trade") in issues(nlp, text)
    text = "The Canadian power firm said it would sell surplus electricity to its U.S. and Canadian customers."
    assert ("CAN", "USA", "energy") in issues(nlp, text)


# Round 18 (issues18): bilateral issue phrases missed on fresh text (invented sentences).


def test_plural_bases_are_military_presence(nlp: Language) -> None:
    # "bases" takes the lemma "basis": the plural needs its own phrase
    found = issues(nlp, "Greece asked the United States to shut one of the American military bases near its capital.")
    assert ("GRC", "USA", "military_presence") in found


def test_an_accord_on_bases_is_military_presence(nlp: Language) -> None:
    found = issues(nlp, "Turkey and the United States began talks on renewing their bases accord last week.")
    assert ("TUR", "USA", "military_presence") in found


def test_a_deficit_with_a_country_is_trade(nlp: Language) -> None:
    assert issues(nlp, "Officials said the U.S. deficit with Japan could not last much longer.") == {
        ("JPN", "USA", "trade")
    }


def test_a_deficit_with_no_country_is_none(nlp: Language) -> None:
    assert issues(nlp, "Spain will cut the deficit with spending curbs, its finance minister said.") == set()


def test_newswire_capitals_closing_inside_a_longer_phrase(nlp: Language) -> None:
    # the tagger reads "U.S. Arms" as a name that closes inside the phrase "arms sales"
    text = "The senator asked where the money from U.S. Arms sales to Iran had gone."
    doc = nlp(text)
    ents = [e for e in doc.ents if e.text.startswith("U.S. Arms")]
    if not ents or ents[0].label_ != "ORG":
        pytest.skip("the tagger did not read a name here")
    assert ("IRN", "USA", "weapons") in issues(nlp, text)


# Round 18b (issues18b): a sale of goods to a state is trade between it and its seller (invented sentences).


def test_a_sale_of_goods_to_a_state_is_trade(nlp: Language) -> None:
    text = (
        "WASHINGTON, May 4 - The U.S. farm agency approved a subsidy to cover the sale of 9,000 tonnes of "
        "white rice to Peru, officials in Washington said on Monday."
    )
    assert ("PER", "USA", "trade") in issues(nlp, text)


def test_a_sale_of_fuel_to_a_state_is_energy(nlp: Language) -> None:
    text = "Norway agreed the sale of two million barrels of crude oil to Portugal over the next year."
    found = issues(nlp, text)
    assert ("NOR", "PRT", "energy") in found
    assert ("NOR", "PRT", "trade") not in found


def test_a_sale_of_arms_is_not_also_trade(nlp: Language) -> None:
    text = "Sweden criticised the sale of arms to Chile by the government of Brazil last year."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_a_sale_to_a_firm_or_market_is_none(nlp: Language) -> None:
    text = "The Dutch group completed the sale of its Belgian unit to a Canadian company for 40 mln guilders."
    assert issues(nlp, text) == set()


def test_a_listed_subject_faces_no_lone_country(nlp: Language) -> None:
    # three buyers as the subject are no one state for the buyer of the other clause to face (without the list
    # check, the new sale phrase paired Chile with Kenya, the first item)
    text = "Kenya, Ghana and Peru were the main rice buyers, while sales to Chile fell sharply in the spring."
    found = issues(nlp, text)
    assert not any("CHL" in (a, b) and {a, b} & {"KEN", "GHA", "PER"} for a, b, _code in found)


# Round 18c (issues18c): a purchase of a state's goods is trade between the seller and its buyer; "cold water" is
# an idiom (invented sentences).


def test_a_buyers_purchases_of_a_states_goods_are_trade(nlp: Language) -> None:
    text = "Officials in Seoul said Korean purchases of Canadian barley rose sharply in the first half of the year."
    assert ("CAN", "KOR", "trade") in issues(nlp, text)


def test_a_states_purchase_named_by_its_is_trade(nlp: Language) -> None:
    text = "Peru has promised to raise its purchase of Argentine beef over the next three years, the ministry said."
    assert ("ARG", "PER", "trade") in issues(nlp, text)


def test_purchases_from_a_state_by_a_state_are_trade(nlp: Language) -> None:
    text = "Recent purchases of Thai rice by Indonesia have lifted prices at the ports, dealers said on Friday."
    assert ("IDN", "THA", "trade") in issues(nlp, text)


def test_purchases_of_bonds_are_no_trade(nlp: Language) -> None:
    text = "Brazilian purchases of Mexican government bonds fell last month as rates dropped, analysts said."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_a_firms_purchases_are_no_trade(nlp: Language) -> None:
    text = "The Dutch company halted its purchases of Norwegian salmon after prices rose, a spokesman said."
    assert not any(code == "trade" for *_pair, code in issues(nlp, text))


def test_cold_water_is_no_water_issue(nlp: Language) -> None:
    text = "Chile poured cold water on the Bolivian plan for a new trade accord with Argentina on Tuesday."
    assert not any(code == "water" for *_pair, code in issues(nlp, text))


# Round 18d (issues18d): an armed attack of one state on what another state owns is security between them
# (invented sentences).


def test_a_states_attack_on_another_states_site_is_security(nlp: Language) -> None:
    text = "Diplomats in Vienna braced for a reply after the Libyan attack on two Egyptian radar stations."
    assert ("EGY", "LBY", "security") in issues(nlp, text)


def test_an_attack_by_a_states_forces_on_another_states_site_is_security(nlp: Language) -> None:
    text = "Oil prices rose after a night attack on three Syrian supply depots by Turkish forces, dealers said."
    assert ("SYR", "TUR", "security") in issues(nlp, text)


def test_armed_planes_of_a_state_attacking_another_states_town_is_security(nlp: Language) -> None:
    text = "Officials in Nairobi said Sudanese warplanes attacked two Ugandan border towns before dawn on Sunday."
    assert ("SDN", "UGA", "security") in issues(nlp, text)


def test_a_minister_attacking_another_states_policy_is_no_security(nlp: Language) -> None:
    text = "The Greek minister attacked Turkish farm policy in a speech to growers on Monday, his office said."
    assert not any(code == "security" for *_pair, code in issues(nlp, text))


def test_a_states_attack_on_a_policy_is_no_security(nlp: Language) -> None:
    text = "Brazil renewed its attack on Argentine import rules at a meeting of grain traders on Thursday."
    assert not any(code == "security" for *_pair, code in issues(nlp, text))


def test_a_state_whose_goods_come_under_attack_by_another_faces_it(nlp: Language) -> None:
    text = "Chile said its ports had come under attack by Peruvian gunboats."
    assert ("CHL", "PER", "security") in issues(nlp, text)


def test_a_state_whose_troops_repel_an_attack_faces_the_attacker(nlp: Language) -> None:
    text = "Laos said its troops repelled a night assault by two battalions of Thai soldiers near the river."
    assert ("LAO", "THA", "security") in issues(nlp, text)


def test_a_minister_under_attack_by_farmers_is_no_security(nlp: Language) -> None:
    text = "The French minister came under attack by British farmers at the meeting."
    assert not any(code == "security" for *_pair, code in issues(nlp, text))


def test_a_team_named_by_its_state_attacking_a_line_is_no_security(nlp: Language) -> None:
    text = "Ireland attacked the French line for most of the second half but could not score."
    assert not any(code == "security" for *_pair, code in issues(nlp, text))


def test_a_state_attacking_another_states_island_is_security(nlp: Language) -> None:
    text = "Officials in Cairo said Eritrea attacked Yemen's island garrison at dawn on Tuesday."
    assert ("ERI", "YEM", "security") in issues(nlp, text)


# Round 19 (issues19): the name of a political scandal is no issue and its country word no party; "deep water" is a
# depth of sea, no water issue. Invented sentences.


def test_the_name_of_an_arms_scandal_is_no_weapons_issue(nlp: Language) -> None:
    text = "The senator said the White House was still in disarray because of the Iran arms scandal."
    assert issues(nlp, text) == set()


def test_the_country_of_a_scandal_is_no_party_of_another_issue(nlp: Language) -> None:
    text = (
        "Bankers in Zurich warned that the American economy was weak and that Latin American debt as well as the "
        "Iranian arms affair might shake markets."
    )
    assert issues(nlp, text) == set()


def test_a_hyphenated_scandal_name_leaves_the_rebels_aid_to_its_own_parties(nlp: Language) -> None:
    text = "Despite the Iran-contra scandal, he hoped Congress would vote more military aid for the Nicaraguan rebels."
    assert not {i for i in issues(nlp, text) if "IRN" in i[:2]}


def test_a_countrys_plural_affairs_keep_the_country(nlp: Language) -> None:
    text = "Tehran accused Iraq of meddling in Iranian affairs and of firing missiles at Iranian towns."
    assert ("IRN", "IRQ", "weapons") in issues(nlp, text)


def test_arms_sold_to_a_state_are_still_an_issue(nlp: Language) -> None:
    assert ("IRN", "USA", "weapons") in issues(nlp, "The United States secretly sold arms to Iran last year.")


def test_a_deep_water_terminal_is_no_water_issue(nlp: Language) -> None:
    text = "Kuwait said its gunboats drove off two Iraqi patrol boats that came near its deep water oil terminal."
    assert not {i for i in issues(nlp, text) if i[2] == "water"}


def test_a_deep_hyphen_water_port_is_no_water_issue(nlp: Language) -> None:
    text = "Kuwait said its gunboats drove off two Iraqi patrol boats that came near its deep-water port."
    assert not {i for i in issues(nlp, text) if i[2] == "water"}


def test_river_water_between_two_states_is_still_water(nlp: Language) -> None:
    assert ("SYR", "TUR", "water") in issues(nlp, "Syria and Turkey quarrelled over water from the Euphrates.")


def test_a_state_that_bought_another_states_goods_trades_with_it(nlp: Language) -> None:
    text = "OSLO, May 4 - Norway bought 12,000 tonnes of Argentine maize on Monday, grain dealers reported."
    assert issues(nlp, text) == {("ARG", "NOR", "trade")}


def test_goods_bought_from_a_state_are_trade_with_it(nlp: Language) -> None:
    assert issues(nlp, "Kenya bought 90,000 tonnes of sugar from Thailand in the spring.") == {("KEN", "THA", "trade")}


def test_a_nationalitys_traders_who_bought_are_no_state(nlp: Language) -> None:
    text = "Norwegian feed mills bought 12,000 tonnes of Argentine maize on Monday."
    assert issues(nlp, text) == set()


def test_securities_bought_from_a_state_are_no_trade(nlp: Language) -> None:
    assert issues(nlp, "Kuwait bought 300 mln dlrs of U.S. Treasury bonds in March.") == set()


# Round 19 (issues19b): the rows of a table of figures told in a sentence are one side, never a dyad with each
# other; a firm speaks for itself, not for the state of its seat; a mission's report is a source, no issue of
# relations. Invented sentences.


@pytest.fixture(scope="module")
def extractor(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp)


def wire_issues(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """Issues of a wire story, its dateline read as the extractor reads it."""
    doc = Document(id="t", title="t", published="1987-04-02", source="Test", url=None, text=text, origin="test")
    return {(*i.countries, i.issue) for i in extractor.extract(doc, published=doc.published).issues}


def test_a_ranking_with_followed_by_pairs_no_rows(nlp: Language) -> None:
    text = (
        "The region's largest borrowers are Peru and Chile, followed by Ecuador with about 9 billion dlrs of debt "
        "and Bolivia with 4 billion dlrs."
    )
    assert issues(nlp, text) == set()


def test_rows_each_with_a_figure_pair_not_with_the_first_row(nlp: Language) -> None:
    text = (
        "Imports from Germany climbed to 15,200 tonnes from 11,000 last year, Belgium 5,100 tonnes and Spain 2,800 "
        "tonnes."
    )
    assert not issues(nlp, text) & {("BEL", "DEU", "trade"), ("DEU", "ESP", "trade"), ("BEL", "ESP", "trade")}


def test_a_second_act_after_followed_by_is_no_ranking(nlp: Language) -> None:
    text = "Japan imposed tariffs on Korea, followed by new quotas on Taiwan."
    assert ("JPN", "TWN", "trade") in issues(nlp, text)


def test_a_seller_still_faces_its_buyers(nlp: Language) -> None:
    text = "The United States sold 200,000 tonnes of wheat to Egypt, 100,000 tonnes to Jordan and 50,000 to Iraq."
    found = issues(nlp, text)
    assert not found & {("EGY", "JOR", "trade"), ("IRQ", "JOR", "trade"), ("EGY", "IRQ", "trade")}


def test_a_firm_speaking_does_not_make_its_seat_a_party(extractor: Extractor) -> None:
    text = (
        "DALLAS, April 2 - Norvale Energy Corp said proven reserves of the oil field it holds in France's eastern "
        "basin were estimated at 60 mln barrels, up 30 pct."
    )
    assert wire_issues(extractor, text) == set()


def test_a_government_body_speaking_still_pairs_its_state(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, May 5 - The State Department said proven reserves of the oil field in France were estimated "
        "at 60 mln barrels."
    )
    assert ("FRA", "USA", "energy") in wire_issues(extractor, text)


def test_an_embassy_report_is_no_issue_of_relations(nlp: Language) -> None:
    text = "A U.S. Embassy report said last month that Thailand could grow five pct in 1987."
    assert issues(nlp, text) == set()


def test_an_embassys_survey_is_no_issue_of_relations(nlp: Language) -> None:
    text = "The Japanese embassy's annual survey said Kenya would need more rice next year."
    assert issues(nlp, text) == set()


def test_a_closed_embassy_is_still_diplomatic_relations(nlp: Language) -> None:
    assert ("LBY", "USA", "diplomatic_relations") in issues(nlp, "The United States closed its embassy in Libya.")
