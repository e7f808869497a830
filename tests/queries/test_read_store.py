"""The read path: ADBC gives the same Arrow types on both backends, and filters pushed to the store
keep exactly what they should."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from sqlalchemy import insert, select

from queries import read as read_mod
from queries.errors import QueryError
from queries.read import READS, Filters, read_store, target_schema
from schema.base import metadata
from schema.store import get_engine


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
        pc.and_(
            pc.and_(
                pc.greater_equal(rows["meeting"]["date"], pa.scalar(f.start)),
                pc.less_equal(rows["meeting"]["date"], pa.scalar(f.end)),
            ),
            pc.is_in(rows["meeting"]["id"], parties["meeting_id"]),
        )
    )
    assert sorted(got["meeting"]["id"].to_pylist()) == sorted(meetings["id"].to_pylist())
    assert set(got["meeting_country"]["meeting_id"].to_pylist()) == set(meetings["id"].to_pylist())
    for row in got["bilateral_issue"].to_pylist():
        assert row["country_a"] in f.countries or row["country_b"] in f.countries


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2020-13-01", None, None), "not an ISO date"),
        (("2021-01-01", "2020-01-01", None), "after end"),
        ((None, None, ["US"]), "not ISO3"),
        ((None, None, "USA; 12X"), "not ISO3"),
    ],
)
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


def _add_document_with_statement(url: str, tag: str) -> tuple[str, str]:
    """Commit one new article and one statement in it (copies of existing rows): (document id, statement id)."""
    engine = get_engine(url)
    document, statement = metadata.tables["document"], metadata.tables["statement"]
    with engine.begin() as conn:
        doc = dict(conn.execute(select(document).limit(1)).mappings().one())
        st = dict(conn.execute(select(statement).limit(1)).mappings().one())
        doc_id = f"added{tag}".ljust(32, "0")[:32]
        doc.update(id=doc_id, content_hash=doc_id * 2)
        st.update(id=f"s{doc_id}"[:32], document_id=doc_id)
        conn.execute(insert(document).values(**doc))
        conn.execute(insert(statement).values(**st))
    return doc_id, st["id"]


def _consistent(tables: dict[str, pa.Table]) -> bool:
    return set(tables["statement"]["document_id"].to_pylist()) <= set(tables["document"]["id"].to_pylist())


def test_large_sqlite_tables_read_in_rowid_chunks_equal_a_whole_read(synth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    whole = read_store(url, threads=1)
    monkeypatch.setattr(read_mod, "CHUNK_ROWS", 7)
    monkeypatch.setattr(read_mod, "CHUNK_PAGES", 1)
    jobs: list[object] = []
    real = read_mod._read_jobs

    def spy(resolved, backend, planned, *args, **kwargs):  # type: ignore[no-untyped-def]
        jobs.extend(planned)
        return real(resolved, backend, planned, *args, **kwargs)

    monkeypatch.setattr(read_mod, "_read_jobs", spy)
    chunked = read_store(url, threads=3)
    assert sum(1 for j in jobs if j.name == "statement") > (10 if url.startswith("sqlite") else 1), (
        "the statements were read in chunks (rowid ranges on SQLite, page ranges on PostgreSQL)"
    )
    for name, table in whole.items():
        assert chunked[name].equals(table), name  # same rows, same order, same types


def test_columns_narrow_a_table_and_unknown_columns_are_refused(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    got = read_store(url, ["statement"], columns={"statement": ["tone", "id"]})["statement"]
    assert got.column_names == ["id", "tone"]  # the table's order
    assert got.num_rows == rows["statement"].num_rows
    with pytest.raises(QueryError, match="no columns nope"):
        read_store(url, ["statement"], columns={"statement": ["nope"]})


def test_a_sqlite_read_that_saw_a_commit_is_read_again(synth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    if not url.startswith("sqlite"):
        pytest.skip("SQLite checks for commits; PostgreSQL shares a snapshot (next test)")
    calls: list[int] = []
    real = read_mod._read_jobs
    added: list[tuple[str, str]] = []

    def writer_meanwhile(resolved, backend, jobs, f, threads, snapshot, spare=None):  # type: ignore[no-untyped-def]
        calls.append(threads)
        result = real(resolved, backend, jobs, f, threads, snapshot, spare)
        if len(calls) == 1:  # a refresh commits while the first read runs
            added.append(_add_document_with_statement(url, "a"))
        return result

    monkeypatch.setattr(read_mod, "_read_jobs", writer_meanwhile)
    tables = read_store(url, ["document", "statement"], threads=2)
    assert len(calls) == 2, "the changed read was repeated"
    doc_id, st_id = added[0]
    assert doc_id in tables["document"]["id"].to_pylist() and st_id in tables["statement"]["id"].to_pylist()
    assert _consistent(tables)


def test_a_sqlite_store_that_never_stops_changing_is_read_in_one_transaction(synth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    if not url.startswith("sqlite"):
        pytest.skip("SQLite only")
    calls: list[int] = []
    real_jobs, real_one = read_mod._read_jobs, read_mod.read_one

    def count(resolved, backend, jobs, f, threads, snapshot, spare=None):  # type: ignore[no-untyped-def]
        calls.append(threads)
        return real_jobs(resolved, backend, jobs, f, threads, snapshot, spare)

    lock = threading.Lock()

    def commit_after_each_table(conn, backend, read, *args):  # type: ignore[no-untyped-def]
        table = real_one(conn, backend, read, *args)
        with lock:  # one writer at a time, as refresh's lock ensures
            _add_document_with_statement(url, f"{len(calls)}{read.name}")
        return table

    monkeypatch.setattr(read_mod, "_read_jobs", count)
    monkeypatch.setattr(read_mod, "read_one", commit_after_each_table)
    # The writer stands for another process (a refresh). In this one process its sqlite3 connections and
    # ADBC's own copy of SQLite do not see each other's locks, and the store's engine no longer pools
    # (schema/store.py): one connection held open keeps each writer's close from being the "last" one,
    # which would checkpoint and delete the WAL under the readers.
    with get_engine(url).connect() as keeper:
        keeper.exec_driver_sql("SELECT 1")
        tables = read_store(url, ["document", "statement"], threads=2)
    assert calls == [2] * read_mod.ATTEMPTS + [1], "after the attempts, one connection reads everything"
    assert _consistent(tables), "the serial read sees one state, although commits landed between its tables"


def test_postgresql_readers_share_one_snapshot(synth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    if url.startswith("sqlite"):
        pytest.skip("PostgreSQL only")
    real_one = read_mod.read_one
    added: list[tuple[str, str]] = []
    lock = threading.Lock()

    def commit_after_first_table(conn, backend, read, *args):  # type: ignore[no-untyped-def]
        table = real_one(conn, backend, read, *args)
        with lock:  # two reader threads
            if not added:
                added.append(_add_document_with_statement(url, "pg"))
        return table

    monkeypatch.setattr(read_mod, "read_one", commit_after_first_table)
    tables = read_store(url, ["document", "statement"], threads=2)
    doc_id, st_id = added[0]
    assert doc_id not in tables["document"]["id"].to_pylist()
    assert st_id not in tables["statement"]["id"].to_pylist()
    assert read_store(url, ["document"])["document"]["id"].to_pylist().count(doc_id) == 1  # it was committed


def test_a_store_without_the_tables_is_a_one_line_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # regression: sizing the chunks queried the tables before any error handling, and raised the
    # driver's own error (a traceback in `parley export statements`)
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE unrelated (i INTEGER)").connection.close()
    with pytest.raises(QueryError, match="no such table.*parley db upgrade"):
        read_store(f"sqlite:///{path}", ["statement", "country"])
