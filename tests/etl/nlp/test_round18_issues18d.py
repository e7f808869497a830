"""Round 18d (issues18d): an armed attack of one state on what another state owns is security between them
(to be folded into test_issues.py; same fixture and helper)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def issues(nlp: Language, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.parley_published = published
    doc = nlp(doc)
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


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
