"""Issue 12, round 17c (speakers17c): the country of speakers.

- A state's word that is a person's surname ("Mr French", "Mr Wellington", "the critic Ambrose French") is no
  state: before, the person's quotations were given to France, New Zealand, ... as speakers.
- Lome, Paramaribo and Port Louis are capitals that stand for their states.
- A body's or a firm's officer the text gives no state is of the one state the story names (not an analyst, and
  not under another state's wire dateline).
- An organisation the text gives no state is of the one state the story names; the FAO is an international one.
- An MP in a BBC story about Americans is British: the U.S. has no MPs, the outlet's state has.
- A government person is of the state that is the subject of the clause he reports ("X may lose ..., according
  to farm minister Y"), when nothing else gives one and no state is named more often.

Every sentence here is invented.
"""

from __future__ import annotations

from etl.extract import shared_extractor
from etl.nlp.gazetteer import gazetteer
from etl.records import Extraction
from etl.sources import Document

BBC = "BBC News (a broadcaster's archive)"


def _extract(text: str, source: str | None = BBC) -> Extraction:
    doc = Document(id="t", title=None, published="2005-02-02", source=source, url=None, text=text)
    return shared_extractor().extract(doc)


def test_surname_after_an_honorific_is_no_state() -> None:
    found = _extract(
        "Bus fares in Cardiff will rise in April, the council has confirmed. Councillor Gwen Wellington "
        'defended the rise. "Nobody likes paying more, but the buses must be kept running," Mr Wellington said.'
    )
    assert all(a.kind != "state" for a in found.actors), [a.name for a in found.actors]
    assert {s.speaker for s in found.statements} == {"Gwen Wellington"}


def test_demonym_ending_a_persons_name_is_no_state() -> None:
    found = _extract(
        "The theatre critic Ambrose French is to leave the paper after thirty years. "
        '"I have enjoyed nearly every night of it," Mr French said on Monday.'
    )
    assert all(a.kind != "state" for a in found.actors), [a.name for a in found.actors]
    assert {s.speaker for s in found.statements} == {"Ambrose French"}


def test_states_name_after_a_noun_stays_a_state() -> None:
    # spaCy may read "Ally Turkey" as a person's name: a state's name (not its adjective) is kept
    found = _extract("The minister thanked our NATO Ally Turkey for its help with the refugees.", None)
    assert any(a.kind == "state" and a.country == "TUR" for a in found.actors)


def test_added_capitals() -> None:
    gaz = gazetteer()
    for name, iso3 in (("Lome", "TGO"), ("Paramaribo", "SUR"), ("Port Louis", "MUS")):
        hit = gaz.surfaces.get(name)
        assert hit is not None and hit[1] == iso3, name


def _person(found: Extraction, name: str) -> str | None:
    hits = [a for a in found.actors if a.kind == "person" and a.name == name]
    assert len(hits) == 1, [a.name for a in found.actors]
    return hits[0].country


def test_body_officer_in_a_story_about_one_foreign_state() -> None:
    found = _extract(
        "Chile's copper exports rose by a third last year as prices stayed high. Output in Chile is expected "
        "to grow again, said Rosendo Altamira, vice president of the state mining board. Chile sells most of "
        "its copper to Asia."
    )
    assert _person(found, "Rosendo Altamira") == "CHL"


def test_firm_head_in_a_story_about_one_foreign_state() -> None:
    found = _extract(
        "Shares in Ireland's second airline climbed on Friday. The carrier carried more passengers than ever to "
        'and from Ireland last year. "We expect another good year," said chief executive Dermot Haverty.'
    )
    assert _person(found, "Dermot Haverty") == "IRL"


def test_analyst_takes_no_state_from_the_story() -> None:
    found = _extract(
        "Chile's copper exports rose by a third last year as prices stayed high. Output in Chile is expected "
        "to grow again, said Rosendo Altamira, an analyst at a big bank. Chile sells most of its copper to Asia."
    )
    assert _person(found, "Rosendo Altamira") is None


def test_officer_under_a_dateline_of_another_state_takes_none_from_the_story() -> None:
    found = _extract(
        "OTTAWA, June 2 - Maplecrest Trust said it had set aside reserves against its loans to Brazil. "
        '"Brazil will pay in time," chairman Gordon Pelletier said, adding that loans to Brazil were safe.',
        "Reuters",
    )
    assert _person(found, "Gordon Pelletier") != "BRA"


def test_mp_in_a_story_mostly_about_americans_is_the_outlets() -> None:
    found = _extract(
        "An American property developer has made a bid for a British rugby club. The US developer already owns "
        "a US baseball team. Local MPs object to any American takeover.\n\n"
        'Fiona Marsh, the Bristol West MP, said supporters "must have a say" in what happens next.'
    )
    assert _person(found, "Fiona Marsh") == "GBR"


def test_state_subject_of_what_a_minister_reports() -> None:
    found = _extract(
        "Laos has become the first of the river states to cut its growth forecast after the floods. Laos may "
        "lose a tenth of its rice crop this year, according to farm minister Bounmy Phanthavong. Vietnam and "
        "Cambodia also suffered, and Vietnam has asked for help."
    )
    assert _person(found, "Bounmy Phanthavong") == "LAO"


def test_state_in_a_minister_report_named_less_than_another_gives_none() -> None:
    found = _extract(
        "Vietnam has cut its growth forecast after the floods, and Vietnam has asked for help. Laos may "
        "lose a tenth of its rice crop this year, according to farm minister Bounmy Phanthavong. Laos and "
        "Vietnam will talk next week, as will Vietnam and Cambodia."
    )
    assert _person(found, "Bounmy Phanthavong") != "LAO"


def _org(found: Extraction, name: str) -> str | None:
    hits = [a for a in found.actors if a.kind == "organization" and a.name == name]
    assert len(hits) == 1, [a.name for a in found.actors]
    return hits[0].country


def test_body_in_a_story_about_one_foreign_state() -> None:
    found = _extract(
        "Car sales in Japan rose for a third month in March. The Hokuzan Motor Works said its sales in Japan "
        "had climbed by a tenth, helped by a new small car."
    )
    assert _org(found, "Hokuzan Motor Works") == "JPN"


def test_body_in_a_story_naming_two_states_takes_none() -> None:
    found = _extract(
        "Car sales in Japan rose for a third month in March. The Hokuzan Motor Works said its sales in Japan "
        "and in Korea had climbed by a tenth, helped by a new small car."
    )
    assert _org(found, "Hokuzan Motor Works") is None


def test_fao_is_an_international_organisation() -> None:
    found = _extract("The Food and Agriculture Organisation said rice prices in Japan would rise, and Japan agreed.")
    assert any(a.kind == "igo" and a.name == "Food and Agriculture Organisation" for a in found.actors)
