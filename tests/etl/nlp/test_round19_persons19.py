"""Issue 12, round 19 (persons19): persons that are no person the story reports.

- A leader's name that only ever qualifies "administration", "government", "plan" or "initiative" ("the Reagan
  administration said") is no person; the phrase names the leader's state instead (`gazetteer.py`), so a
  sentence keeps its state.
- A firm introduced by its trade as a miner or a broker ("and miner X Y"), a firm ending "Incorporated" or "Sdn
  Bhd" (and its short name), a sea passage ending "Strait(s)" and Reuters' capitalised currency unit ("N.Z. Dlrs")
  are no persons.
- A name of two words with no title that only ever qualifies a noun ("the X Y estate", "X Y analyst Z") is no person.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.nlp.gazetteer import Gazetteer
from etl.records import Actor, Issue
from etl.sources import Document


def _extract(text: str) -> tuple[list[Actor], list[Issue]]:
    doc = Document(id="t", title=None, published="1987-04-02", source=None, url=None, text=text)
    result = shared_extractor().extract(doc)
    return result.actors, result.issues


def _persons(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors if a.kind == "person"}


def test_a_leaders_administration_is_no_person() -> None:
    actors, _ = _extract(
        "WASHINGTON, April 2 - The Reagan administration said farm exports rose in the first quarter, helped "
        "by a weaker dollar. Grain traders said the figures were in line with their forecasts."
    )
    assert "Reagan" not in _persons(actors)


def test_a_leaders_administration_still_names_his_state_for_the_issue() -> None:
    actors, issues = _extract(
        "WASHINGTON, April 2 - Farm state senators urged the Reagan administration to press Japan to open its "
        "market to imports of American citrus fruit and beef."
    )
    assert "Reagan" not in _persons(actors)
    assert any(set(i.countries) == {"JPN", "USA"} for i in issues), [(i.countries, i.issue) for i in issues]


def test_a_ministers_named_plan_is_no_person() -> None:
    actors, _ = _extract(
        "LONDON, April 2 - Bankers told a conference that the Baker debt initiative needed more money from "
        "commercial lenders to succeed."
    )
    assert "Baker" not in _persons(actors)


def test_the_leader_named_as_a_person_is_kept() -> None:
    actors, _ = _extract(
        "WASHINGTON, April 2 - President Reagan said he would veto the highway bill. The Reagan administration "
        "has opposed the bill for months."
    )
    assert "Reagan" in _persons(actors)


def test_the_gazetteer_reads_a_leaders_government_as_his_state() -> None:
    gaz = Gazetteer.load()
    assert gaz.lookup("Reagan administration") == ("country", "USA")
    assert gaz.lookup("Thatcher government") == ("country", "GBR")
    assert gaz.lookup("Hussein government") is None  # two states' heads bear the name


def test_a_miner_introduced_by_its_trade_is_no_person() -> None:
    actors, _ = _extract(
        "Firms bidding for the licence include a Canadian group and miner Kestrel Gold. "
        "Miner Ridgeway Gold said it would also consider a bid."
    )
    assert "Kestrel Gold" not in _persons(actors)


def test_a_firm_ending_incorporated_is_no_person() -> None:
    actors, _ = _extract("Marvin Incorporated, the owner of the comic strip, sued a publisher in Shanghai.")
    assert "Marvin Incorporated" not in _persons(actors)


def test_a_firm_ending_sdn_bhd_and_its_short_name_are_no_person() -> None:
    actors, _ = _extract(
        "KUALA LUMPUR, March 3 - Ahmad Tooling Sdn Bhd reported winning a U.S. Navy order to repair "
        "helicopter parts. Ahmad Tooling is a joint venture."
    )
    assert not _persons(actors) & {"Ahmad Tooling Sdn Bhd", "Ahmad Tooling"}


def test_a_strait_is_no_person() -> None:
    actors, _ = _extract("By 1990, Warrick Strait output is expected to be half the 1986 level.")
    assert "Warrick Strait" not in _persons(actors)


def test_a_capitalised_currency_unit_is_no_person() -> None:
    actors, _ = _extract("The central bank said it will offer 300 mln N.Z. Dlrs in short bills to banks on Friday.")
    assert not any("Dlrs" in name for name in _persons(actors))


def test_a_two_word_name_only_qualifying_a_noun_is_no_person() -> None:
    actors, _ = _extract("Profits came mainly from the Harold Wilton estate, where the firm sold 900 flats last year.")
    assert "Harold Wilton" not in _persons(actors)


def test_a_firms_name_before_analyst_is_no_person() -> None:
    actors, _ = _extract("Harold Wilton analyst Mary Cole said the shares were cheap.")
    assert _persons(actors) == {"Mary Cole"}
