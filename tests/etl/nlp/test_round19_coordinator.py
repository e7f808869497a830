"""Issue 12, round 19 (coordinator): a state's "National Security Council" is no UN body.

The UN's "Security Council" is a gazetteer name; inside "the National Security Council" (the United States',
Turkey's, Iran's "Supreme National Security Council") it made a United Nations actor, and a White House council
meeting a minister an IGO meeting. An organisation's name right after "National" is not read.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Extraction
from etl.sources import Document


def _extract(text: str) -> Extraction:
    doc = Document(id="t", title=None, published="1987-03-03", source=None, url=None, text=text)
    return shared_extractor().extract(doc)


def test_a_national_security_council_is_no_un_body() -> None:
    result = _extract(
        "WASHINGTON, March 3 - The National Security Council met today with Japanese Trade Minister Hajime "
        "Tamura to go over the chip accord, a White House spokesman said."
    )
    assert "United Nations" not in {a.name for a in result.actors}
    assert [sorted(m.countries) for m in result.meetings] == [["JPN", "USA"]]


def test_the_security_council_alone_is_still_the_un() -> None:
    result = _extract(
        "NEW YORK, March 3 - The Security Council met today with Iran's envoy to hear his account of the "
        "shelling, diplomats said."
    )
    assert "United Nations" in {a.name for a in result.actors}
    assert [sorted(m.countries) for m in result.meetings] == [["IGO", "IRN"]]


def test_a_council_staff_member_takes_the_councils_state() -> None:
    result = _extract(
        "WASHINGTON, March 3 - Admiral Walter Hinds, a former aide on the National Security Council staff, "
        "told the committee that he had never seen the memo."
    )
    assert "United Nations" not in {a.name for a in result.actors}
    hinds = [a for a in result.actors if a.name == "Walter Hinds"]
    assert hinds and hinds[0].country == "USA"
