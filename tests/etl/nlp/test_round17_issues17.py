"""Round 17 (issues17): bilateral issue rules, each on invented sentences (docs/coding-rules.md, "Bilateral
issues", "Round 17 (issues17)")."""

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
