"""Issue 12, round 28: meeting classes from the reviews of unread 1987 wire stories (round 28's three reviews, and the
rows rounds 25 and 26's meeting reviews had left open).

Each test names the class (docs/coding-rules.md, "Round 28"). The sentences are invented; none is copied from the
licensed corpora.
"""

from __future__ import annotations

from tests.etl.nlp.round_texts import extract, issue_set
from tests.etl.nlp.round_texts import meeting_set as meetings

# -- status: a meeting that is needed, asked for, likely or thought of ahead is not held ----------------------------


def test_no_need_for_a_meeting_is_no_meeting_held() -> None:
    out = extract(
        "CARACAS, March 2 - The oil minister said prices were firm. He said he saw no need for an urgent meeting of "
        "OPEC.",
        "1987-03-02",
    )
    assert meetings(out) == set()


def test_consultations_asked_for_are_not_held() -> None:
    out = extract("GENEVA, June 18 - Canada asked for consultations with Washington on the new tax.", "1987-06-18")
    assert meetings(out) == set()
    assert ("CAN", "USA") in meetings(out, "planned")


def test_a_visit_in_a_present_time_clause_of_a_likely_meeting_is_ahead() -> None:
    out = extract(
        "DAR ES SALAAM, June 2 - Zambian President Kenneth Kaunda is likely to meet Tanzanian President Ali Hassan "
        "Mwinyi when he pays a three-day visit to Dodoma.",
        "1987-06-02",
    )
    assert meetings(out) == set()
    assert ("TZA", "ZMB") in meetings(out, "planned")


def test_a_time_clause_of_today_is_still_held() -> None:
    out = extract(
        "BRUSSELS, April 29 - The Commission is pressing for a deal when the French and Dutch farm ministers meet for "
        "a second day of talks here this morning.",
        "1987-04-29",
    )
    assert ("FRA", "NLD") in meetings(out)
    ahead = extract(
        "BRUSSELS, April 29 - The Commission is pressing for a deal when the French and Dutch farm ministers meet for "
        "a second day of talks here.",
        "1987-04-29",
    )
    assert meetings(ahead) == set()


def test_what_officials_are_likely_to_say_at_a_summit_is_ahead() -> None:
    out = extract(
        "ROME, June 2 - Italian officials are likely to stress at the Venice summit with Japan that demand is strong.",
        "1987-06-02",
    )
    assert meetings(out) == set()


def test_would_of_a_past_thought_puts_the_summit_ahead_but_not_one_it_follows() -> None:
    ahead = extract(
        "LONDON, June 2 - Chancellor Nigel Lawson doubted that France would raise the matter with Japan at the summit.",
        "1987-06-02",
    )
    assert meetings(ahead) == set()
    after = extract(
        "WASHINGTON, March 4 - Baker said Washington would review its policy following the collapse of the talks "
        "with Brazil last week.",
        "1987-03-04",
    )
    assert ("BRA", "USA") in meetings(after)


def test_expectations_for_a_summit_do_not_hold_it() -> None:
    out = extract(
        "BONN, June 2 - Chancellor Helmut Kohl outlined his expectations for the Venice summit with Italy's leaders.",
        "1987-06-02",
    )
    assert meetings(out) == set()


def test_talks_that_did_not_yield_much_took_place() -> None:
    out = extract(
        "ROME, March 20 - A U.S. trade official said his meetings with officials of the Italian Foreign Ministry had "
        "not yielded much.",
        "1987-03-20",
    )
    assert ("ITA", "USA") in meetings(out)
    cancelled = extract("ROME, March 20 - The talks between Italy and France did not take place.", "1987-03-20")
    assert meetings(cancelled) == set()


# -- sides: a hyphenated pair the parser hangs on the preposition; governors of a group -----------------------------


def test_a_hyphenated_pair_before_talks_names_their_sides() -> None:
    out = extract(
        "WASHINGTON, April 13 - Officials gave figures in U.S.-Japan talks on chips.",
        "1987-04-13",
    )
    assert ("JPN", "USA") in meetings(out)


def test_governors_from_a_group_of_states_are_its_members() -> None:
    out = extract(
        "BASLE, March 9 - Bankers said a session of governors from the Group of 10 states discussed the debt of Peru.",
        "1987-03-09",
    )
    assert ("BEL", "CAN", "CHE", "DEU", "FRA", "GBR", "ITA", "JPN", "NLD", "SWE", "USA") in meetings(out)


# -- place: a dateline where a broadcast was monitored is not where the meeting was --------------------------------


def test_a_monitoring_post_dateline_is_no_party_of_a_visit() -> None:
    out = extract(
        "NICOSIA, Oct 19 - Iran's news agency, monitored in Nicosia, quoted Oil Minister Ali Rezaei as saying the deal "
        "was signed during his visit.",
        "1987-10-19",
    )
    assert not any("CYP" in m.countries for m in out.meetings)
    here = extract(
        "NICOSIA, Oct 19 - Tehran radio, monitored here, said Oil Minister Ali Rezaei held talks during his visit.",
        "1987-10-19",
    )
    assert not any("CYP" in m.countries for m in here.meetings)


# -- a group's meeting that one member stayed away from took place -------------------------------------------------


def test_a_group_meeting_a_member_refused_to_join_was_held() -> None:
    out = extract(
        "ROME, April 8 - Italy refused to join a G-5 meeting in Washington last month, officials recalled.",
        "1987-04-08",
    )
    assert ("DEU", "FRA", "GBR", "JPN", "USA") in meetings(out)  # (Italy, who stayed away, is no party)


def test_talks_with_the_side_that_refused_are_not_held() -> None:
    out = extract("TEHRAN, April 8 - Iran refused to attend the talks with Iraq in Geneva.", "1987-04-08")
    assert meetings(out) == set()


# -- a gathering of ministers; a date that belongs to a meeting nested in the phrase -------------------------------


def test_an_informal_gathering_of_ministers_is_their_meeting_dated_by_its_own_day() -> None:
    out = extract(
        "OSTEND, Belgium, April 5 - French Finance Minister Edouard Balladur spoke after a quiet gathering of EC "
        "ministers of finance held to prepare for talks at next week's annual meetings of the IMF. "
        "Belgian Finance Minister Mark Eyskens hosted the gathering.",
        "1987-04-05",
    )
    held = [m for m in out.meetings if m.status == "held"]
    assert any({"BEL", "FRA"} <= set(m.countries) and m.date == "1987-04-05" for m in held)


def test_a_gathering_of_businessmen_is_an_audience() -> None:
    out = extract(
        "LONDON, June 18 - The minister told a gathering of Dutch and American businessmen here that trade was good.",
        "1987-06-18",
    )
    assert meetings(out) == set()


def test_the_gathering_alone_points_back_and_makes_no_meeting() -> None:
    out = extract(
        "TOKYO, April 26 - Deputies of the Group of Seven will meet next week in Italy. The main focus of the "
        "gathering is the dollar, officials said.",
        "1987-04-26",
    )
    assert meetings(out) == set()


def test_a_possessive_date_of_a_meeting_nested_in_the_phrase_is_not_the_meeting_s_own() -> None:
    out = extract(
        "OSTEND, April 5 - Lawson spoke after a meeting of French and British finance ministers held to prepare for "
        "talks at next week's annual meetings of the IMF.",
        "1987-04-05",
    )
    assert ("FRA", "GBR") in meetings(out)


# -- persons: a title's portfolio of several words the model tags with the name as one organisation ---------------


def test_a_minister_of_a_portfolio_of_several_words_is_a_person() -> None:
    out = extract(
        "OSAKA, March 16 - Japan's Minister of International Trade and Industry Kenji Sato told a press "
        'conference that foreign pressure on the chip deal was wrong. "It is a private matter," Sato said.',
        "1987-03-16",
    )
    people = {a.name: a for a in out.actors if a.kind == "person"}
    assert "Kenji Sato" in people
    assert people["Kenji Sato"].country == "JPN"
    assert {s.speaker for s in out.statements} == {"Kenji Sato"}


# -- issues: a sea's name is no state; retaliatory tariffs; investors; a list facing a "with" state ---------------


def test_a_sea_named_after_a_state_does_not_make_the_article_about_it() -> None:
    out = extract(
        "HOUSTON, March 18 - Gas drilling in the Gulf of Mexico is recovering, analysts said. Rigs in the Gulf of "
        "Mexico are busy again. U.S. gas imports will rise next winter, and U.S. gas supplies will be tight.",
        "1987-03-18",
    )
    assert not any("MEX" in countries for countries, _code in issue_set(out))


def test_retaliatory_tariffs_are_sanctions() -> None:
    out = extract(
        "WASHINGTON, April 2 - The United States will impose retaliatory tariffs on Japanese electronic goods, "
        "officials said.",
        "1987-04-02",
    )
    assert {(("JPN", "USA"), "trade"), (("JPN", "USA"), "sanctions")} <= issue_set(out)


def test_investors_of_a_state_are_no_state() -> None:
    out = extract(
        "TOKYO, March 4 - Many Japanese investors bought stakes in U.S. oil fields last year, the ministry said.",
        "1987-03-04",
    )
    assert (("JPN", "USA"), "energy") not in issue_set(out)


def test_a_list_of_states_faces_the_state_of_its_with() -> None:
    out = extract(
        "WASHINGTON, March 4 - Officials said Japan, South Korea and Taiwan run large trade surpluses with the "
        "United States.",
        "1987-03-04",
    )
    assert {(("JPN", "USA"), "trade"), (("KOR", "USA"), "trade"), (("TWN", "USA"), "trade")} <= issue_set(out)


def test_a_with_list_is_not_its_own_counterpart() -> None:
    out = extract(
        "BERNE, April 1 - Switzerland wants to ease controls for people who cross its borders with West Germany, "
        "France and Italy every day, officials said.",
        "1987-04-01",
    )
    assert not {pair for pair, _code in issue_set(out)} & {("DEU", "FRA"), ("DEU", "ITA"), ("FRA", "ITA")}


# -- a past time clause tells its own meeting; a council's ministers agreeing are its session ----------------------


def test_a_past_time_clause_meeting_was_held_whatever_its_main_clause() -> None:
    out = extract(
        "BRUSSELS, April 28 - When the French and Dutch farm ministers met on March 30 in Brussels, they failed to "
        "agree on prices.",
        "1987-04-28",
    )
    assert ("FRA", "NLD") in meetings(out)


def test_a_council_s_ministers_agreeing_is_their_session() -> None:
    out = extract(
        "LUXEMBOURG, April 28 - European Community farm ministers agreed today to lengthen the dairy year by a month. "
        "West German Farm Minister Ignaz Kiechle said he was pleased. French Farm Minister Francois Guillaume said "
        "the deal was fair.",
        "1987-04-28",
    )
    assert ("DEU", "FRA") in meetings(out)
    one = extract(
        "LUXEMBOURG, April 28 - European Community farm ministers agreed today to lengthen the dairy year by a month, "
        "diplomats said.",
        "1987-04-28",
    )
    assert meetings(one) == set()  # (no member named: no parties to code)


def test_territorial_waters_where_ships_were_hit_are_no_territorial_dispute() -> None:
    out = extract(
        "KUWAIT, Oct 19 - Two tankers were struck inside the territorial waters of Kuwait, a close ally of Iraq, after "
        "Iranian forces fired missiles at them.",
        "1987-10-19",
    )
    assert not any(code == "territorial_dispute" for _pair, code in issue_set(out))


def test_states_an_exporter_lags_behind_are_compared_not_partners() -> None:
    out = extract(
        "TAIPEI, March 4 - Taiwan's exports of chips to the United States lagged far behind Japan and South Korea "
        "last year, officials said.",
        "1987-03-04",
    )
    found = issue_set(out)
    assert (("TWN", "USA"), "trade") in found
    assert not {pair for pair, _code in found} & {("JPN", "TWN"), ("KOR", "TWN")}
