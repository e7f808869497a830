"""`parley sql` is read-only: every way to write, read files, load code or change settings is refused
with a one-line error, and the store is unchanged afterwards."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest

from queries import safe_sql
from queries.errors import QueryError, QueryTimeout, UnsafeSQL
from queries.safe_sql import preview_sql, run_sql, to_csv, to_json, write_sql

REFUSED = {
    "insert": "INSERT INTO meeting SELECT * FROM meeting",
    "update": "UPDATE statement SET tone = 'critical'",
    "delete": "DELETE FROM country",
    "drop": "DROP TABLE meeting",
    "create_table": "CREATE TABLE x AS SELECT 1 AS a",
    "create_view": "CREATE VIEW v AS SELECT 1 AS a",
    "alter": "ALTER TABLE meeting ADD COLUMN x INTEGER",
    "copy_to": "COPY meeting TO '/tmp/parley_leak.csv'",
    "copy_select_to": "COPY (SELECT * FROM statement) TO '/tmp/parley_leak.parquet' (FORMAT parquet)",
    "copy_from": "COPY meeting FROM '/etc/passwd'",
    "export_database": "EXPORT DATABASE '/tmp/parley_export_leak'",
    "attach": "ATTACH '/tmp/parley_attach.duckdb' AS other",
    "attach_sqlite": "ATTACH 'data/parley.sqlite' AS store (TYPE sqlite)",
    "detach": "DETACH memory",
    "install": "INSTALL httpfs",
    "load": "LOAD sqlite_scanner",
    "set": "SET enable_external_access = true",
    "reset": "RESET lock_configuration",
    "set_variable": "SET VARIABLE parley_start = DATE '1900-01-01'",
    "pragma": "PRAGMA enable_profiling",
    "call_checkpoint": "CALL checkpoint()",
    "read_csv_passwd": "SELECT * FROM read_csv('/etc/passwd')",
    "read_text_passwd": "SELECT * FROM read_text('/etc/passwd')",
    "read_parquet": "SELECT * FROM read_parquet('/tmp/*.parquet')",
    "read_json_relative": "SELECT * FROM read_json_auto('../../etc/hosts')",
    "glob": "SELECT * FROM glob('/etc/*')",
    "replacement_scan_file": "SELECT * FROM '/etc/passwd'",
    "sqlite_scan": "SELECT * FROM sqlite_scan('data/parley.sqlite', 'meeting')",
    "two_statements": "SELECT 1; DROP TABLE meeting",
    "write_through_query": "SELECT * FROM query('DELETE FROM meeting')",
    "transaction": "BEGIN TRANSACTION",
}


def test_refused_and_store_unchanged(synth, store_snapshot, subtests) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    before = store_snapshot(url)
    for case, query in REFUSED.items():
        with subtests.test(case=case):
            with pytest.raises(QueryError) as err:
                run_sql(query, url)
            message = str(err.value)
            assert message and "\n" not in message
            assert store_snapshot(url) == before
    for leak in (
        "/tmp/parley_leak.csv",
        "/tmp/parley_leak.parquet",
        "/tmp/parley_export_leak",
        "/tmp/parley_attach.duckdb",
    ):
        assert not Path(leak).exists(), leak


def test_refusals_name_the_reason(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with pytest.raises(UnsafeSQL, match="read-only: INSERT"):
        run_sql(REFUSED["insert"], url)
    with pytest.raises(UnsafeSQL, match="cannot read or write files"):
        run_sql(REFUSED["read_csv_passwd"], url)
    with pytest.raises(UnsafeSQL, match="exactly one statement"):
        run_sql(REFUSED["two_statements"], url)


def test_select_over_datasets_and_tables(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    result = run_sql(
        "SELECT (SELECT count(*) FROM meeting) AS meetings, "
        "(SELECT count(*) FROM events) AS events, "
        "(SELECT count(DISTINCT cameo_code) FROM events) AS codes",
        url,
    )
    row = result.to_pylist()[0]
    assert row["meetings"] == rows["meeting"].num_rows
    assert row["events"] > 0 and row["codes"] >= 3
    explain = run_sql("EXPLAIN SELECT * FROM dyad_month", url)
    assert explain.num_rows >= 1


def test_python_objects_are_not_tables(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    secret = {"password": "x"}  # noqa: F841  (a replacement scan would find local variables)
    with pytest.raises(QueryError):
        run_sql("SELECT * FROM secret", url)


def test_a_long_query_is_stopped(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with pytest.raises(QueryTimeout, match="longer than 0.5 s"):
        run_sql("SELECT count(*) FROM range(10000000000) a", url, timeout=0.5)


def test_syntax_errors_are_one_line(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with pytest.raises(QueryError, match="syntax error") as err:
        run_sql("SELEC 1", url)
    assert "\n" not in str(err.value)
    with pytest.raises(QueryError, match="no SQL"):
        run_sql("  ", url)


def test_csv_and_json_output(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    table = run_sql("SELECT DATE '2020-01-02' AS d, '040' AS code, 3 AS n, NULL::VARCHAR AS x", url)
    assert to_csv(table).splitlines() == ['"d","code","n","x"', '2020-01-02,"040",3,']
    assert to_json(table).replace("\n", "").replace(" ", "") == '[{"d":"2020-01-02","code":"040","n":3,"x":null}]'


# --- issue 14, items 7 and 12 ---------------------------------------------------------------------


def test_statements_are_named_as_written_in_refusals(synth) -> None:  # type: ignore[no-untyped-def]
    """Regression: INSTALL was refused as 'LOAD statements', CHECKPOINT as 'CALL statements'."""
    url, _ = synth
    for query, word in (("INSTALL httpfs", "INSTALL"), ("CHECKPOINT", "CHECKPOINT"), ("LOAD json", "LOAD")):
        with pytest.raises(UnsafeSQL, match=f"read-only: {word} statements are refused"):
            run_sql(query, url)


def test_duckdb_spills_to_a_private_folder_it_cannot_read_and_that_is_removed(
    synth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Regression: DuckDB's temp directory was ./.tmp in the user's working directory."""
    url, _ = synth
    monkeypatch.chdir(tmp_path)
    folder = run_sql("SELECT current_setting('temp_directory') AS d", url).to_pylist()[0]["d"]
    assert Path(folder).name.startswith("parley-sql-") and Path(folder).parent == Path(tempfile.gettempdir())
    assert not Path(folder).exists() and not (tmp_path / ".tmp").exists()  # removed; nothing in the cwd
    # DuckDB lets SQL see its own temp directory even with file access off: with ./.tmp that was
    # whatever the working directory's .tmp held; the private folder holds nothing but this query's
    # own spill files, and no path out of it is allowed.
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / "someone-elses.txt").write_text("private")
    own = run_sql("SELECT count(*) AS n FROM glob(current_setting('temp_directory') || '/**')", url)
    assert own.to_pylist() == [{"n": 0}]
    for peek in (
        "SELECT * FROM glob('.tmp/*')",
        "SELECT * FROM read_text('.tmp/someone-elses.txt')",
        "SELECT * FROM read_text(current_setting('temp_directory') || '/../../etc/hostname')",
        "SELECT * FROM glob('/tmp/*')",
    ):
        with pytest.raises(UnsafeSQL, match="cannot read or write files"):
            run_sql(peek, url)


class _Counting(io.StringIO):
    writes = 0

    def write(self, s: str) -> int:
        self.writes += 1
        return super().write(s)


def test_csv_and_json_output_stream_in_batches(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    n = 3 * safe_sql.BATCH_ROWS + 7
    out = _Counting()
    assert write_sql(f"SELECT range AS i FROM range({n})", out, "csv", url) == n
    lines = out.getvalue().splitlines()
    assert lines[0] == '"i"' and len(lines) == n + 1 and lines[-1] == str(n - 1)
    assert out.writes >= 4  # one write per batch, never the whole result at once
    out = _Counting()
    assert write_sql(f"SELECT range AS i FROM range({n})", out, "json", url) == n
    assert [r["i"] for r in json.loads(out.getvalue())] == list(range(n))
    empty = io.StringIO()
    assert write_sql("SELECT 1 AS a WHERE false", empty, "csv", url) == 0 and empty.getvalue() == '"a"\n'


def test_table_output_fetches_only_the_rows_it_shows(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    shown = preview_sql("SELECT range AS i FROM range(1000000000)", 5, url, timeout=20)
    assert shown.columns == ["i"] and shown.rows == [(0,), (1,), (2,), (3,), (4,)] and shown.more
    shown = preview_sql("SELECT range AS i FROM range(3)", 5, url)
    assert len(shown.rows) == 3 and not shown.more


def test_list_and_struct_columns_in_csv_and_duckdb_settings(synth) -> None:  # type: ignore[no-untyped-def]
    """Regression: pyarrow's CSV writer raised 'Unsupported Type: list<...>' (a traceback from
    `parley sql ... --format csv`), e.g. for `SELECT * FROM duckdb_settings()`."""
    url, _ = synth
    out = io.StringIO()
    write_sql("SELECT [1, 2] AS l, {'a': 'x'} AS s, map(['k'], [3]) AS m, NULL::INT[] AS e", out, "csv", url)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows == [["l", "s", "m", "e"], ["[1, 2]", '{"a": "x"}', '{"k": 3}', ""]]
    settings = io.StringIO()
    assert write_sql("SELECT * FROM duckdb_settings()", settings, "csv", url) > 10
    assert write_sql("SELECT * FROM duckdb_settings()", io.StringIO(), "json", url) > 10


def test_parquet_output_streams_into_a_file(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    url, _ = synth
    n = 2 * safe_sql.BATCH_ROWS + 3
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "r.parquet"
    assert safe_sql.write_sql_parquet(f"SELECT range AS i, [range] AS l FROM range({n})", target, url) == n
    got = pq.read_table(target)
    assert got.num_rows == n and got.column("i").to_pylist()[-1] == n - 1
    assert pq.ParquetFile(target).metadata.num_row_groups >= 2  # written batch by batch
    with pytest.raises(QueryError, match="syntax error"):
        safe_sql.write_sql_parquet("SELEC 1", tmp_path / "bad.parquet", url)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.parquet"]  # no partial file left


def test_only_what_the_query_names_is_read(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # issue 13: every query read every table whole
    url, rows = synth
    assert run_sql("SELECT 1 AS one", url).to_pylist() == [{"one": 1}]
    got = run_sql("SELECT count(*) AS n FROM meetings m JOIN meeting_country c ON c.meeting_id = m.meeting_id", url)
    assert got.to_pylist() == [{"n": rows["meeting_country"].num_rows}]
    assert run_sql("SELECT count(*) AS n FROM event_code WHERE cameo_code = '111'", url).to_pylist() == [{"n": 1}]
