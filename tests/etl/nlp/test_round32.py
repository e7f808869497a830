"""Issue 12, round 32: meeting and issue classes from a fresh blind review of 120 Reuters stories of 1987 (4 reviewers,
meetings and issues) and 50 U.S. Government readouts (3 reviewers, issues and meetings) that no earlier round had read.

Each test names the class (docs/coding-rules.md, "Round 32"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.nlp.text_units import paragraph_breaks
from tests.etl.nlp.round_texts import STATE, WH, extract, issue_set, meeting_set

G6 = ("CAN", "DEU", "FRA", "GBR", "JPN", "USA")

# -- a known meeting named by a place that modifies the meeting's other modifier --------------------------------------


def test_a_place_modifying_the_meetings_other_modifier_names_the_known_meeting() -> None:
    # "the recent Paris currencies meeting": Paris modifies "currencies", not "meeting"; the February 1987 Louvre
    # meeting of the six, not a French-British meeting of no date.
    out = extract(
        "LONDON, March 4 - Gilts firmed today. Dealers said Chancellor of the Exchequer Nigel Lawson repeated his "
        "view after last month's Paris currencies meeting.",
        "1987-03-04",
    )
    held = [m for m in out.meetings if m.status == "held"]
    assert [tuple(sorted(m.countries)) for m in held] == [G6]
    assert held[0].date == "1987-02-22"


def test_a_nested_place_with_a_date_of_its_own_is_not_the_known_meeting() -> None:
    # Guard: a Paris meeting of another day is another meeting, whatever its words.
    out = extract(
        "LONDON, April 2 - Nigel Lawson said the Paris currencies meeting with French Finance Minister Edouard "
        "Balladur on March 28 had been useful.",
        "1987-04-02",
    )
    assert not any(m.date == "1987-02-22" for m in out.meetings)


# -- a digest of wire items, each filed from its own dateline ---------------------------------------------------------


def test_each_item_of_a_digest_is_placed_by_its_own_dateline() -> None:
    # A visitor in the Tokyo item met his hosts in Japan, not in the first item's Bahrain.
    out = extract(
        "BAHRAIN - Iraq said its forces had stopped a new attack near the southern border.\n\n- - - -\n\n"
        "TOKYO - The ruling party drew up a package of measures. Meanwhile, visiting British Trade Minister Alan "
        "Clark told Japan to open its telephone market or face a sharp worsening in trade relations.",
        "1987-04-07",
    )
    assert ("GBR", "JPN") in meeting_set(out)
    assert not any("BHR" in m.countries for m in out.meetings)


def test_a_story_with_one_dateline_keeps_it() -> None:
    # Guard: a paragraph that is no item ("Trade Minister X - who ...") leaves the story's dateline alone.
    out = extract(
        "TOKYO, April 7 - Visiting British Trade Minister Alan Clark told Japan to open its telephone market.\n\n"
        "The minister, on his second day here, met Prime Minister Yasuhiro Nakasone.",
        "1987-04-07",
    )
    assert ("GBR", "JPN") in meeting_set(out)


# -- a dotted state name before an office does not end the sentence ---------------------------------------------------


def _sentence_starts(text: str) -> dict[str, bool | None]:
    """The sentence-start mark the paragraph rule sets before the parser, by word."""
    nlp = shared_extractor().nlp
    doc = paragraph_breaks(nlp.make_doc(text))
    return {tok.text: tok.is_sent_start for tok in doc}


def test_a_dotted_state_before_its_office_does_not_end_the_sentence() -> None:
    # Reuters writes "U.S." with a full stop, and the parser cut "his talk with U.S." from "Treasury Secretary X"
    # ("U.S." ended the sentence, so the office lost its state and the meeting its participant).
    marks = _sentence_starts("Dealers shrugged off Miyazawa's account of his talk with U.S. Treasury Secretary Baker.")
    assert marks["Treasury"] is False


def test_a_sentence_ending_with_a_dotted_state_is_left_to_the_parser() -> None:
    # Guard: "... with the U.S. The talks ..." may be two sentences ("The" is no office).
    marks = _sentence_starts("Japan wants a deal with the U.S. The talks ended here yesterday.")
    assert marks["The"] is None


# -- issue phrases: defence ties, a trade pact written without its hyphen ---------------------------------------------


def test_defense_ties_are_security_beside_commercial_ties_as_trade() -> None:
    out = extract(
        "Secretary Rubio spoke with Turkish Foreign Minister Hakan Fidan today. The two discussed deepening "
        "U.S.-Turkish commercial and defense ties.",
        "2025-05-12",
        STATE,
    )
    assert {(("TUR", "USA"), "trade"), (("TUR", "USA"), "security")} <= issue_set(out)


def test_the_trans_pacific_partnership_without_hyphen_is_trade() -> None:
    out = extract(
        "President Obama spoke by phone with Prime Minister Abe of Japan today. The two leaders affirmed their "
        "common goal of concluding the Trans Pacific Partnership.",
        "2014-10-15",
        WH,
    )
    assert (("JPN", "USA"), "trade") in issue_set(out)


# -- the country of business people is no party -------------------------------------------------------------------


def test_the_country_of_business_people_addressed_is_no_party() -> None:
    out = extract(
        "TOKYO, April 10 - Oil prices may hold near 18 dlrs until the end of the year, a Mexican oil official "
        "told a group of Japanese businessmen.",
        "1987-04-10",
    )
    assert not any("JPN" in dyad for dyad, _code in issue_set(out))


def test_a_state_that_deals_with_business_people_keeps_its_dyad() -> None:
    # Guard: the state itself named beside them still pairs ("Japan's oil imports from Mexico").
    out = extract(
        "TOKYO, April 10 - Japan will raise its oil imports from Mexico this year, a Mexican official told "
        "Japanese businessmen.",
        "1987-04-10",
    )
    assert (("JPN", "MEX"), "energy") in issue_set(out)


# -- models and examples are no partners ---------------------------------------------------------------------------


def test_a_state_whose_action_is_copied_is_no_party() -> None:
    # Brazil, one of the story's two main states, is named in the sentence only as the model to copy.
    out = extract(
        "MANILA, March 3 - Philippine senator Maria Cruz said the Philippines faces hard debt talks with its banks. "
        "Brazil froze its payments last month and Brazil's banks are worried.\n\n"
        "She said if creditor banks refuse new loans, the Philippines should copy Brazil's action in halting its "
        "debt payments.",
        "1987-03-03",
    )
    assert not any("BRA" in dyad for dyad, _code in issue_set(out))


def test_a_model_state_is_no_partner_through_the_storys_main_pair() -> None:
    # "follow Brazil in": the model named in the paragraph does not make the story's main pair the sentence's.
    out = extract(
        "MANILA, March 3 - Senator Maria Cruz said the Philippines faces hard debt talks. Brazil froze its payments "
        "last month and Brazil's lenders are worried.\n\n"
        "She said if the banks refuse new loans, the Philippines should follow Brazil in halting its debt payments.",
        "1987-03-03",
    )
    assert not any("BRA" in dyad for dyad, _code in issue_set(out))


def test_states_given_as_examples_after_like_are_no_dyad() -> None:
    out = extract(
        "NEW YORK, April 2 - Debtors take different roads. Others, like Peru and Chile, are selling state firms "
        "and swapping their debt for equity.",
        "1987-04-02",
    )
    assert not any({"CHL", "PER"} == set(dyad) for dyad, _code in issue_set(out))


def test_states_after_like_a_single_thing_are_still_compared_as_before() -> None:
    # Guard: "like" after a verb is no list of examples; a dyad the sentence states stays.
    out = extract(
        "NEW YORK, April 2 - Peru agreed to reschedule its debt to Chile, much like a deal it made last year.",
        "1987-04-02",
    )
    assert (("CHL", "PER"), "aid_investment") in issue_set(out)


# -- the city of a world-wide agreement, and both sides of a border ---------------------------------------------------


def test_the_city_of_a_global_agreement_is_no_party() -> None:
    out = extract(
        "The President spoke by phone today with Prime Minister Justin Trudeau of Canada. The two leaders pledged to "
        "work for a strong global climate agreement in Paris in December.",
        "2015-10-20",
        WH,
    )
    assert (("CAN", "USA"), "environment") in issue_set(out)
    assert not any("FRA" in dyad for dyad, _code in issue_set(out))


def test_the_city_of_an_agreement_between_two_states_keeps_its_state() -> None:
    # Guard: an agreement of two states signed in one's capital leaves that state a party.
    out = extract(
        "CAIRO, March 17 - Officials said Egypt and the Soviet Union will sign an accord in Moscow next week "
        "rescheduling Egypt's military debt.",
        "1987-03-16",
    )
    assert (("EGY", "RUS"), "aid_investment") in issue_set(out)


def test_jobs_on_both_sides_of_the_border_are_no_border_issue() -> None:
    out = extract(
        "The President spoke by phone today with Prime Minister Justin Trudeau of Canada. They noted the conclusion "
        "of the Pacific trade negotiations, which promises to boost good jobs on both sides of the border.",
        "2015-10-20",
        WH,
    )
    assert (("CAN", "USA"), "border") not in issue_set(out)


# -- a negated or cancelling verb that is about something else than the meeting --------------------------------------


def test_a_negation_of_another_act_leaves_the_presupposed_talks_held() -> None:
    out = extract(
        "TOKYO, June 2 - Japanese and American officials met in Washington a week ago to discuss chip sanctions "
        "but both sides agreed not to disclose the results of the talks, an official said.",
        "1987-06-02",
    )
    assert ("JPN", "USA") in meeting_set(out)
    assert not meeting_set(out, "cancelled")


def test_talks_that_did_not_take_place_stay_cancelled() -> None:
    # Guard: the negation of the meeting's own taking place cancels it.
    out = extract("LIMA, May 2 - The talks between Peru and Bolivia did not take place, officials said.", "1987-05-02")
    assert ("BOL", "PER") in meeting_set(out, "cancelled")


def test_a_party_that_will_not_attend_its_own_meeting_stays_cancelled() -> None:
    # Guard: not attending the meeting with Colombia is no meeting of Brazil's.
    out = extract("LONDON, May 2 - Brazil said it would not attend the meeting with Colombia.", "1987-05-02")
    assert ("BRA", "COL") not in meeting_set(out)


def test_a_meeting_where_something_is_rejected_is_not_cancelled() -> None:
    out = extract(
        "BRUSSELS, June 2 - A plea for more money was likely to be rejected at a gathering today of EC budget "
        "ministers, although West German minister Hans Tietmeyer and British minister Peter Brooke backed it.",
        "1987-06-02",
    )
    assert not meeting_set(out, "cancelled")


def test_a_meeting_that_keeps_others_away_takes_place() -> None:
    # The meeting is the cause of an absence, not what was called off.
    out = extract(
        "BRASILIA, May 5 - Colombian officials did not come to the coffee talks because of a conflicting meeting "
        "between Colombia and Peru in Lima today.",
        "1987-05-05",
    )
    assert ("COL", "PER") in meeting_set(out)


# -- talks under way ------------------------------------------------------------------------------------------------


def test_talks_underway_between_two_parties_are_held_with_both() -> None:
    # The parse hangs "between" on the predicate "underway", not on the talks.
    out = extract(
        "LUSAKA, March 18 - Talks are underway between hard-pressed Zambia and the International Monetary Fund on "
        "a new loan, bankers said.",
        "1987-03-18",
    )
    assert ("IGO", "ZMB") in meeting_set(out)


def test_talks_under_way_are_going_on_not_planned() -> None:
    # "under way" is no "way to" talks (a plan noun).
    out = extract(
        "LUSAKA, March 18 - Talks are under way between Zambia and the International Monetary Fund on a new loan, "
        "bankers said.",
        "1987-03-18",
    )
    assert ("IGO", "ZMB") in meeting_set(out)
    assert not meeting_set(out, "planned")


def test_negotiations_under_way_for_years_are_a_process() -> None:
    # Guard: a perfect measured in years tells a long process, no one meeting.
    out = extract(
        "ABU DHABI, March 22 - Negotiations have been under way between Oman and Japan for three years, officials "
        "said.",
        "1987-03-22",
    )
    assert not meeting_set(out)
