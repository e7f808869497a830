"""Golden files of the SQL each dataset sends to the store (STYLE.md: SQL of each dataset snapshotted):
the columns its plan needs and the filters pushed down, unfiltered and filtered. Both backends receive
the same text (SQLite adds rowid ranges when it reads a large table in chunks, tested in
test_read_store.py). A change in a snapshot is a change in what parley reads: review the diff, then
regenerate with PARLEY_UPDATE_SNAPSHOTS=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from queries import registry
from queries.engine import columns_for
from queries.read import READS, Filters

SNAPSHOTS = Path(__file__).parent / "snapshots" / "test_sql"
FILTERS = {
    "no filter": Filters(),
    "start 2019-01-01, end 2019-12-31, countries IRN USA": Filters.make("2019-01-01", "2019-12-31", ["IRN", "USA"]),
}


def store_sql(name: str) -> str:
    out = []
    for label, f in FILTERS.items():
        out.append(f"-- {name}, {label}")
        for table, columns in columns_for([name]).items():
            out.append(f"{READS[table].query(f, columns)};")
        out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("name", registry.ORDER)
def test_the_store_sql_of_each_dataset_matches_its_snapshot(name: str) -> None:
    path = SNAPSHOTS / name / "out.sql"
    got = store_sql(name)
    if os.environ.get("PARLEY_UPDATE_SNAPSHOTS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"no snapshot {path}: run with PARLEY_UPDATE_SNAPSHOTS=1 and review it"
    assert path.read_text(encoding="utf-8") == got, f"{name} reads the store differently; review, then update"
