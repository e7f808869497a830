"""Round 17c (quotes17c): rules for attributed direct quotations, each on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.etl.nlp.test_quotes import _pipeline, direct


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _pipeline()


def test_a_state_and_a_party_word_stand_for_the_legislator_named_before(nlp: Language) -> None:
    """`the Kansas Democrat told reporters` after Senator X was the subject: X speaks, not a state."""
    text = (
        "Senator John Harlow said the farm bill would fail in the upper house.\n\n"
        '"We are going to lose this vote," the Kansas Democrat told reporters.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["John Harlow"]


def test_a_two_word_state_is_no_island_state(nlp: Language) -> None:
    """`the New Jersey Democrat`: "Jersey" alone names a state, "New Jersey" does not; the senator speaks."""
    text = (
        "Sen. Mark Telford, the author of the measure, said bus fares were often unclear to riders.\n\n"
        '"Riders deserve plain prices," the New Jersey Democrat told a radio show.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Mark Telford"]


def test_a_party_word_with_no_one_named_before_leaves_the_quote_to_no_state(nlp: Language) -> None:
    """No person was a subject before: the description is nobody found, never the place it names."""
    text = (
        "The plan, written by aides of Senator John Harlow, passed the upper house.\n\n"
        '"We are going to lose this vote," the Kansas Democrat told reporters.'
    )
    assert [s.speaker for s in direct(nlp, text)] == []


def test_a_team_or_band_word_and_a_noun_for_what_he_does_stand_for_the_one_named_before(nlp: Language) -> None:
    """`the Old Trafford boss`, `the Blue Lanterns singer`: the person named last as a subject."""
    boss = (
        "Manchester United manager Tom Ferrow praised his defence after the win.\n\n"
        '"They were superb all afternoon," the Old Trafford boss said.'
    )
    singer = (
        "Rock star Danny Vexler has said his band will not record again.\n\n"
        '"I was tired of the road," the Blue Lanterns singer told a radio station.'
    )
    assert [s.speaker for s in direct(nlp, boss)] == ["Tom Ferrow"]
    assert [s.speaker for s in direct(nlp, singer)] == ["Danny Vexler"]


def test_a_person_named_inside_the_words_his_cue_reports_does_not_stand_in_the_way(nlp: Language) -> None:
    """`X said President Y's plan ...` then `the Ohio Democrat said`: Y is named only inside X's report."""
    text = (
        "Senate leader Walter Brisk said President Jonas Keel was wrong to block the road bill.\n\n"
        '"Ruling by veto is no way to lead," the Ohio Democrat told reporters.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Walter Brisk"]


def test_a_person_of_another_country_named_since_does_not_stand_in_the_way_of_a_nationality(nlp: Language) -> None:
    """`X beat Y of Spain ... said the American`: the Spaniard is not the American."""
    text = (
        "Mark Dunleavy of the United States beat Spanish player Carlos Ferrando in three sets on Tuesday.\n\n"
        '"I felt strong from the first game," said the American.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Mark Dunleavy"]


def test_another_holder_of_the_title_with_the_same_word_is_left_to_the_title_rules(nlp: Language) -> None:
    """`the England captain` when another person here is written as England captain: not the last subject."""
    text = (
        "England captain Paul Stroud missed the training session on Monday.\n\n"
        "Coach Terry Vane said the squad was in good shape.\n\n"
        '"I will be ready for the game," the England captain said.'
    )
    assert [s.speaker for s in direct(nlp, text)] != ["Terry Vane"]


def test_a_person_named_in_the_named_persons_own_clause_does_not_stand_in_the_way(nlp: Language) -> None:
    """`X has joined Y and Z in ...` then `the Blue Lanterns singer said`: Y and Z are his clause's objects."""
    text = (
        "Danny Vexler has joined fellow singers Mary Stone and Peter Gale in criticising ticket prices.\n\n"
        '"Fans are being robbed at the door," the Blue Lanterns singer said.'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Danny Vexler"]


def test_an_age_with_a_demonym_without_a_plural_is_a_person_not_a_state(nlp: Language) -> None:
    """`the 24-year-old Swiss added`: the player who spoke before (through her "she"), never Switzerland."""
    text = (
        "Tennis player Anna Berli has won her first match in a year.\n\n"
        '"It was a test," she said.\n\n'
        'Speaking to a radio show, the 24-year-old Swiss added: "My body feels fine."'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Anna Berli", "Anna Berli"]


def test_a_he_right_after_the_same_person_named_carries_an_age_description(nlp: Language) -> None:
    """`X has signed ... He said: ... The 55-year-old Frenchman told ...`: the "he" is X, named just before."""
    text = (
        "Club manager Henri Dupuy has signed a new contract with the club.\n\n"
        'Dupuy ended weeks of talk about his future on Friday. He said: "I am staying."\n\n'
        'The 55-year-old Frenchman told the club paper: "This is my home."'
    )
    assert [s.speaker for s in direct(nlp, text)] == ["Henri Dupuy", "Henri Dupuy"]


def test_a_party_word_with_another_place_than_the_named_persons_own_is_not_him(nlp: Language) -> None:
    """`Cheshire Democrat X met Y ... the Ohio Democrat said`: X is written with another place; not X."""
    text = (
        "Cheshire Democrat Sam Hollins met Senator Mark Byers on Tuesday to discuss the bill.\n\n"
        '"We are closer than ever," the Ohio Democrat said.'
    )
    assert [s.speaker for s in direct(nlp, text)] != ["Sam Hollins"]
