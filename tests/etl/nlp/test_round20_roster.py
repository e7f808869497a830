"""Issue 12, round 20: `known_officials.tsv`, a wide roster of office holders beside `known_actors.tsv`.

A person the text names without his state ("State Secretary X said" under a foreign dateline, "X told
reporters") takes the roster's country and role, as a well-known person does, but only by his full name or a
listed other name: never by a lone surname (a roster of thousands shares surnames with the well-known, and an
Arab patronymic "bin Abdullah" is no surname), never as the unnamed principal of a release, and only in an
article of his time (a namesake economist in a story twenty years after a minister's office is not the
minister). Every name and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import Extractor
from etl.nlp.speakers import principal_holder
from etl.nlp.titles import KnownActors
from etl.records import Actor
from etl.sources import Document

ROSTER = (
    "# group: test\n"
    "Anselm Quorwitz\tDEU\tdeputy_minister\t1984-1989*\tAnselm K. Quorwitz\n"
    "Tamsin Oduya\tKEN\tminister\t1985-1988\n"
    "Tamsin Oduya\tKEN\tforeign_minister\t1989-1992\n"
    "Halvard Prent\t-\tofficial\t1980-1986\n"
    "Halvard Prent\tNOR\tofficial\t1987-1990\n"
    "Yusra bin Abdullah\tOMN\tforeign_minister\t1982-2020\n"
    "Corwin Bassey\tUSA\tforeign_minister\t2009-2013\n"
    "Lord Fenwright\t-\tofficial\t1984-1988\tPeter Fenwright\n"
    "Sir Aldous Merrow\t-\tofficial\t1984-1993\n"
)


def _persons(extractor: Extractor, text: str, published: str) -> dict[str, Actor]:
    doc = Document(id="t", title=None, published=published, source=None, url=None, text=text)
    return {a.name: a for a in extractor.extract(doc).actors if a.kind == "person"}


@pytest.fixture(scope="module")
def roster_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster")
    (path / "known_officials.tsv").write_text(ROSTER, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def table(roster_dir: Path) -> KnownActors:
    return KnownActors.load([roster_dir])


@pytest.fixture(scope="module")
def extractor(roster_dir: Path) -> Extractor:
    return Extractor(dictionaries=[roster_dir])


def test_a_roster_name_gives_country_and_role_of_the_articles_year(table: KnownActors) -> None:
    assert table.lookup("Tamsin Oduya", 1986) == ("KEN", "minister")
    assert table.lookup("Tamsin Oduya", 1990) == ("KEN", "foreign_minister")
    assert table.lookup("Anselm K. Quorwitz", 1987) == ("DEU", "deputy_minister")  # another listed name


def test_a_lone_surname_never_reads_the_roster(table: KnownActors) -> None:
    assert table.lookup("Oduya", 1986) == (None, None)
    assert table.lookup("Abdullah", 2010) == (None, None)  # a patronymic is no surname


def test_out_of_his_time_a_roster_name_is_a_namesakes(table: KnownActors) -> None:
    # up to three years from his office: his state, no role (a former minister); further: nobody's
    assert table.lookup("Tamsin Oduya", 1995) == ("KEN", None)
    assert table.lookup("Tamsin Oduya", 2005) == (None, None)
    assert table.lookup("Tamsin Oduya", 1978) == (None, None)
    # an undated article reads only the row marked "*"
    assert table.lookup("Anselm Quorwitz") == ("DEU", "deputy_minister")
    assert table.lookup("Tamsin Oduya") == (None, None)


def test_a_former_international_official_has_no_row_for_his_state(table: KnownActors) -> None:
    assert table.lookup("Halvard Prent", 1984) == ("-", "official")
    assert table.lookup("Halvard Prent", 1988) == ("NOR", "official")
    assert table.lookup("Halvard Prent", 2002) == (None, None)


def test_the_well_known_table_wins_over_the_roster(tmp_path: Path) -> None:
    (tmp_path / "known_actors.tsv").write_text("Tamsin Oduya\tUGA\tminister\t1985-1988\n", encoding="utf-8")
    (tmp_path / "known_officials.tsv").write_text(ROSTER, encoding="utf-8")
    assert KnownActors.load([tmp_path]).lookup("Tamsin Oduya", 1986) == ("UGA", "minister")


def test_the_roster_never_names_a_releases_unnamed_principal(table: KnownActors) -> None:
    # the built-in table knows the 2011 Secretary of State; a roster holder of the same office does not
    # make the year ambiguous nor replace him
    found = principal_holder(table, "state department", "USA", "2011-05-03")
    assert found is not None and found[1].name != "Corwin Bassey"


def test_a_roster_officials_state_beats_the_datelines(extractor: Extractor) -> None:
    text = (
        "VIENNA, May 4 - State Secretary Anselm Quorwitz said the currency agreement would hold. "
        "Quorwitz spoke to reporters before the conference opened."
    )
    doc = Document(id="t", title=None, published="1987-05-04", source=None, url=None, text=text)
    found = _persons(extractor, text, "1987-05-04")
    assert (found["Anselm Quorwitz"].country, found["Anselm Quorwitz"].role) == ("DEU", ["deputy_minister"])
    stated = extractor.extract(doc).statements
    assert stated and all(s.speaker == "Anselm Quorwitz" for s in stated)


def test_a_bare_roster_name_in_a_story_of_his_time(extractor: Extractor) -> None:
    text = "NAIROBI, June 2 - Tamsin Oduya told parliament the grain imports would end by August."
    found = _persons(extractor, text, "1986-06-02")
    assert (found["Tamsin Oduya"].country, found["Tamsin Oduya"].role) == ("KEN", ["minister"])
    assert _persons(extractor, text, "2006-06-02")["Tamsin Oduya"].role != ["minister"]


def test_a_peer_is_found_as_the_press_names_him(extractor: Extractor) -> None:
    """Round 20: the tables list peers by title ("Lord Fenwright"); the text's "Lord" is not part of the
    person's name, so the title is put back for the lookup. An international official of his year keeps no
    country: the peerage no longer makes him British."""
    text = "BRUSSELS, May 5 - Lord Fenwright said the alliance would hold its ground on the missiles."
    found = _persons(extractor, text, "1987-05-05").values()
    assert [(a.country, a.role) for a in found] == [(None, ["official"])]
    late = _persons(extractor, text, "1999-05-05").values()
    assert [a.country for a in late] == ["GBR"]  # out of his term: the peerage's state again


def test_an_international_official_takes_no_state_from_a_body_in_his_title(extractor: Extractor) -> None:
    text = (
        "BRUSSELS, March 16 - The Northern Credit Union plans to lend more to small firms, NCU chief "
        "executive Sir Aldous Merrow told a news conference. Merrow said lending would double."
    )
    assert _persons(extractor, text, "1987-03-16")["Aldous Merrow"].country is None
