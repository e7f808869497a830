"""Round 17 (issues17b): bilateral issue rules, each on invented sentences (docs/coding-rules.md, "Bilateral
issues", "Round 17 (issues17b)")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from etl.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def issues(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.parley_published = None
    doc = nlp(doc)
    return {(*i.countries, i.issue) for i in doc._.parley_issues}


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
