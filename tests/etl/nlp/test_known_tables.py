"""The tables of known people (`known_actors.tsv`, `known_officials.tsv`) hold only what their loader reads:
a state's ISO3 code of `countries.tsv` (or "-"), a gold role code, years "YYYY-YYYY" or "YYYY-" (with "*" for
the undated articles' row), and no person in both tables (the well-known table's rows would hide the roster's)."""

from __future__ import annotations

import re

import pytest

from etl.nlp.gazetteer import DICTIONARY_DIR, read_tsv
from etl.nlp.titles import INTERNATIONAL, ROLE_CODES, name_key

TABLES = ("known_actors.tsv", "known_officials.tsv")
YEARS = re.compile(r"\d{4}-(\d{4})?\*?")
STATES = {row[0] for row in read_tsv(DICTIONARY_DIR / "countries.tsv")}


@pytest.mark.parametrize("table", TABLES)
def test_every_row_is_one_the_loader_reads(table: str) -> None:
    bad = []
    for row in read_tsv(DICTIONARY_DIR / table):
        if not (
            4 <= len(row) <= 5
            and (row[1] in STATES or row[1] == INTERNATIONAL)
            and row[2] in ROLE_CODES
            and YEARS.fullmatch(row[3])
            and len(name_key(row[0])) >= 1
        ):
            bad.append(row)
    assert bad == []


def test_no_person_is_in_both_tables() -> None:
    well_known = {name_key(row[0]) for row in read_tsv(DICTIONARY_DIR / "known_actors.tsv")}
    roster = {name_key(row[0]) for row in read_tsv(DICTIONARY_DIR / "known_officials.tsv")}
    assert well_known & roster == set()
