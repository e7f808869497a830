"""Round 17c (targets17c): statement target rules, each on invented sentences (docs/coding-rules.md,
"Round 17c (targets17c)")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def targets(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.parley_published = None
    doc = nlp(doc)
    return {s.quote: s.target_country for s in doc._.parley_statements}


def _target_of(found: dict[str, str | None], start: str) -> str | None:
    [quote] = [q for q in found if q.startswith(start)]
    return found[quote]


def test_a_firm_whose_name_holds_a_country_is_no_target(nlp: Language) -> None:
    # cause (five wrong targets in 80 fresh stories, seeds 1721 and 1722): a firm's name holding its country's
    # name ("British Airways") was read as the country, also as the subject of an obligation
    text = (
        'NEW YORK, May 3 - "British Airways should gain from the cheaper fuel this summer," said John Miller, '
        "a U.S. analyst at Dawson Securities.\n\n"
        '"Japan Airlines Co has a lot of debt to carry," said Peter Brown, an American fund manager.'
    )
    found = targets(nlp, text)
    assert _target_of(found, "British Airways") is None
    assert _target_of(found, "Japan Airlines") is None


def test_a_country_body_or_its_firms_still_stand_for_it(nlp: Language) -> None:
    # a state body holding a firm's word, and firms in the plural, still stand for their country
    text = (
        'WASHINGTON, May 3 - "The Kuwaiti Oil Ministry must lower its prices," said John Miller, a U.S. energy '
        "official.\n\n"
        '"Japanese firms must buy more American chips," said Peter Brown, a U.S. trade official.'
    )
    found = targets(nlp, text)
    assert _target_of(found, "The Kuwaiti Oil Ministry") == "KWT"
    assert _target_of(found, "Japanese firms") == "JPN"


def test_a_round_of_talks_named_after_a_country_is_no_target(nlp: Language) -> None:
    # cause (four wrong targets in seven fresh stories, seed 1719): the country a round of trade talks is named
    # after ("the Uruguay Round") was read as the party the words are aimed at
    text = (
        "GENEVA, May 3 - U.S. trade official John Miller said the farm subsidies of rich nations threatened "
        "the success of the Uruguay Round of world trade talks."
    )
    assert set(targets(nlp, text).values()) == {None}


def test_a_country_beside_its_round_of_talks_is_still_a_target(nlp: Language) -> None:
    text = (
        "GENEVA, May 3 - U.S. trade official John Miller said Japan must open its rice market before the "
        "Uruguay Round of world trade talks ends."
    )
    assert "JPN" in set(targets(nlp, text).values())
