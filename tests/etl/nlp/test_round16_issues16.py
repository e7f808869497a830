"""Round 16 (issues16): bilateral issue rules, each on invented sentences (docs/coding-rules.md, "Bilateral
issues", "Round 16 (issues16)")."""

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
