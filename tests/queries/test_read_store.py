"""The read path: ADBC gives the same Arrow types on both backends, and filters pushed to the store
keep exactly what they should."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from queries.errors import QueryError
from queries.read import READS, Filters, read_store, target_schema


def test_every_table_arrives_with_the_schema_types(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    tables = read_store(url)
    for name, table in tables.items():
        assert table.schema == target_schema(READS[name]), name
    assert tables["meeting"].num_rows == rows["meeting"].num_rows
    assert tables["statement"].num_rows == rows["statement"].num_rows
    assert tables["meeting"].schema.field("date").type == pa.date32()
    assert tables["statement"].schema.field("direct").type == pa.bool_()
    # values survive: dates, booleans, JSON text
    want = {r["id"]: r for r in rows["meeting"].to_pylist()}
    for got in tables["meeting"].to_pylist():
        assert got["date"] == want[got["id"]]["date"]
        assert (got["venue"] is None) == (want[got["id"]]["venue"] is None)


def test_date_and_country_filters_are_pushed_to_the_store(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    f = Filters.make("2019-03-01", "2019-08-31", ["usa", "IRN", "FRA"])
    got = read_store(url, ["meeting", "meeting_country", "bilateral_issue"], f)
    parties = rows["meeting_country"].filter(pc.is_in(rows["meeting_country"]["country"], pa.array(f.countries)))
    meetings = rows["meeting"].filter(
        pc.and_(pc.and_(pc.greater_equal(rows["meeting"]["date"], pa.scalar(f.start)),
                        pc.less_equal(rows["meeting"]["date"], pa.scalar(f.end))),
                pc.is_in(rows["meeting"]["id"], parties["meeting_id"])))
    assert sorted(got["meeting"]["id"].to_pylist()) == sorted(meetings["id"].to_pylist())
    assert set(got["meeting_country"]["meeting_id"].to_pylist()) == set(meetings["id"].to_pylist())
    for row in got["bilateral_issue"].to_pylist():
        assert row["country_a"] in f.countries or row["country_b"] in f.countries


@pytest.mark.parametrize(("args", "message"), [
    (("2020-13-01", None, None), "not an ISO date"),
    (("2021-01-01", "2020-01-01", None), "after end"),
    ((None, None, ["US"]), "not ISO3"),
    ((None, None, "USA; 12X"), "not ISO3"),
])
def test_bad_filters_are_one_line_errors(args, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match=message):
        Filters.make(*args)


def test_filters_accept_dates_strings_and_comma_lists() -> None:
    f = Filters.make(dt.date(2020, 1, 1), "2020-02-01", "irn, usa")
    assert f == Filters(dt.date(2020, 1, 1), dt.date(2020, 2, 1), ("IRN", "USA"))


def test_a_missing_sqlite_file_is_not_created(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nope.sqlite"
    with pytest.raises(QueryError, match="no store"):
        read_store(f"sqlite:///{path}", ["country"])
    assert not path.exists()
