"""Issue 12, round 18b (speakers18b): the country of speakers and parties.

- "Korean" alone is South Korea's word ("a senior Korean official"), as "Korea" is its name; "North Korean" stays
  North Korea's, and the peninsula's and the war's names ("the Korean Peninsula", "the Korean War") name no state.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.records import Extraction
from etl.sources import Document

REUTERS = "Reuters (a wire archive)"


def _extract(text: str, source: str | None = REUTERS) -> Extraction:
    doc = Document(id="t", title=None, published="1987-03-03", source=source, url=None, text=text)
    return shared_extractor().extract(doc)


def _states(found: Extraction) -> set[str]:
    return {a.country for a in found.actors if a.kind == "state" and a.country}


def test_bare_korean_is_south_korea() -> None:
    found = _extract(
        "WASHINGTON, March 3 - Trade Representative Walter Penrose met with a senior Korean official on Monday "
        "to press for lower tariffs on grain, aides said."
    )
    assert "KOR" in _states(found)
    assert any(set(m.countries) == {"KOR", "USA"} for m in found.meetings)


def test_north_korean_stays_north_korea() -> None:
    found = _extract(
        "TOKYO, March 3 - Defence chiefs said North Korean rockets were tested on Sunday, and the North Koreans "
        "gave no warning."
    )
    assert "PRK" in _states(found)
    assert "KOR" not in _states(found)


def test_korean_peninsula_and_war_name_no_state() -> None:
    found = _extract(
        "GENEVA, March 3 - Envoys said calm on the Korean Peninsula was fragile, and veterans of the Korean War "
        "gathered in Norway on Friday."
    )
    assert "KOR" not in _states(found)
