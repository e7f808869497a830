"""Exports read back with pyarrow, Polars, DuckDB (and pyreadstat for .dta) equal the datasets, types
included; metadata, codebook and citation are there; a failed export leaves the previous one intact."""

from __future__ import annotations

import json
import math
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pyreadstat
import pytest

from queries import codebook, registry
from queries import export as export_mod
from queries.datasets import dataset_arrow
from queries.errors import QueryError
from queries.export import export
from queries.stata import stata_frame
from schema.errors import ParleyError

PL_TYPES = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "date": pl.Date, "boolean": pl.Boolean}
DUCK_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "date": "DATE", "boolean": "BOOLEAN"}


@pytest.fixture
def expected(synth) -> tuple[str, dict[str, pa.Table]]:  # type: ignore[no-untyped-def]
    url, _ = synth
    return url, {name: dataset_arrow(name, url=url) for name in registry.ORDER}


def _resources(out: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    package = json.loads((out / "datapackage.json").read_text())
    return {r["name"]: r for r in package["resources"]}


def _paths(res: dict) -> list[str]:  # type: ignore[type-arg]
    return res["path"] if isinstance(res["path"], list) else [res["path"]]


def test_parquet_reads_back_equal_everywhere(expected, tmp_path: Path, same_table) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "parquet"
    result = export("all", "parquet", out, url, partition_rows=100)
    resources = _resources(out)
    assert len(_paths(resources["events"])) > 1, "events above the threshold are split by year"
    for name, table in want.items():
        files = [str(out / p) for p in _paths(resources[name])]
        assert resources[name]["rows"] == table.num_rows == result.rows[name]
        same_table(pa.concat_tables([pq.read_table(f) for f in files]), table)
        df = pl.read_parquet(files)
        assert df.equals(pl.from_arrow(table)) and df.schema == pl.from_arrow(table).schema
        same_table(duckdb.sql(f"SELECT * FROM read_parquet({files!r})").to_arrow_table(), table)
        meta = pq.read_metadata(files[0])
        kv = meta.metadata
        assert kv[b"parley.dataset"] == name.encode()
        assert kv[b"parley.dataset_version"] == result.dataset_version.encode()
        assert b"parley.run_id" in kv and b"parley.created_at" in kv
        assert {meta.row_group(0).column(i).compression for i in range(meta.num_columns)} == {"ZSTD"}
        for i in range(meta.num_columns):
            assert meta.schema.column(i).physical_type != "INT96"
    for f in pq.read_schema(out / "meetings.parquet"):
        if f.name == "date":
            assert f.type == pa.date32()


def test_csv_reads_back_equal_with_the_datapackage_types(expected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "csv"
    export("all", "csv", out, url)
    for name, res in _resources(out).items():
        table = want[name]
        fields = {f["name"]: f["type"] for f in res["schema"]["fields"]}
        path = out / res["path"]
        assert path.read_bytes().decode("utf-8")
        # polars with the declared types equals the dataset (integers widened to 64 bits)
        df = pl.read_csv(path, schema_overrides={k: PL_TYPES[v] for k, v in fields.items()})
        want_df = pl.from_arrow(table).with_columns(pl.col(pl.Int32).cast(pl.Int64))
        assert df.equals(want_df), name
        if "date" in fields:
            assert df["date"].dtype == pl.Date
        # pyarrow and DuckDB with the same declared types
        types = {
            k: {
                "string": pa.string(),
                "integer": pa.int64(),
                "number": pa.float64(),
                "date": pa.date32(),
                "boolean": pa.bool_(),
            }[v]
            for k, v in fields.items()
        }
        back = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=True))
        assert pl.from_arrow(back).equals(want_df), name
        cols = ", ".join(f"'{k}': '{DUCK_TYPES[v]}'" for k, v in fields.items())
        duck = duckdb.sql(f"SELECT * FROM read_csv('{path}', header = true, columns = {{{cols}}})").pl()
        assert duck.equals(want_df), name
    # CAMEO codes keep their leading zeros in the text, and the datapackage calls them strings
    raw = pacsv.read_csv(
        out / "events.csv", convert_options=pacsv.ConvertOptions(column_types={"cameo_code": pa.string()})
    )
    assert set(raw["cameo_code"].to_pylist()) <= {"010", "040", "041", "042", "044", "050", "111"}


def _py(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    return value


def test_dta_reads_back_equal_with_labels(expected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "dta"
    export("all", "dta", out, url)
    for name, table in want.items():
        path = out / f"{name}.dta"
        assert path.read_bytes()[:60].startswith(b"<stata_dta><header><release>118</release>")
        df, meta = pyreadstat.read_dta(str(path))
        assert list(df.columns) == table.column_names
        stata = stata_frame(table)
        for col in table.column_names:
            assert [_py(v) for v in df[col]] == [_py(v) for v in stata[col]], (name, col)
            t = table.schema.field(col).type
            kind = meta.readstat_variable_types[col]
            if pa.types.is_string(t):
                assert kind == "string"
            elif pa.types.is_date(t):
                assert meta.original_variable_types[col] == "%td"
            elif pa.types.is_integer(t) or pa.types.is_boolean(t):
                assert kind in ("int8", "int16", "int32"), (name, col, kind)
        labels = codebook.stata_labels(registry.get(name))
        assert meta.column_labels == [labels[c] for c in table.column_names]


def test_duckdb_database_holds_the_datasets_and_codebook(expected, tmp_path: Path, same_table) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "duck"
    export("all", "duckdb", out, url)
    con = duckdb.connect(str(out / "parley.duckdb"), read_only=True)
    try:
        for name, table in want.items():
            same_table(con.sql(f'SELECT * FROM "{name}"').to_arrow_table(), table)
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'cameo_code'"
        ).fetchone()
        assert comment and "CAMEO" in comment[0]
        assert con.execute("SELECT count(*) FROM datasets").fetchone() == (len(want),)
        assert con.execute("SELECT count(*) FROM codebook WHERE dataset = 'events'").fetchone() == (
            want["events"].num_columns,
        )
    finally:
        con.close()


def test_codebook_datapackage_and_citation(expected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "pkg"
    result = export(["events", "dyad_month"], "parquet", out, url)
    package = json.loads((out / "datapackage.json").read_text())
    assert package["profile"] == "tabular-data-package" and package["version"] == result.dataset_version
    assert [r["name"] for r in package["resources"]] == ["events", "dyad_month"]
    for res in package["resources"]:
        assert [f["name"] for f in res["schema"]["fields"]] == want[res["name"]].column_names
        assert all(f["description"] for f in res["schema"]["fields"])
    book = (out / "codebook.md").read_text()
    assert f"{want['events'].num_rows:,}" in book and "## dyad_month" in book and "Cite as:" in book
    cff = (out / "CITATION.cff").read_text()
    assert "cff-version: 1.2.0" in cff and f'version: "{result.dataset_version}"' in cff


def test_failed_export_leaves_the_previous_one(expected, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, _ = expected
    out = tmp_path / "exports" / "stable"
    export("all", "parquet", out, url)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real = export_mod.write_dataset
    calls = {"n": 0}

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (simulated)")
        return real(*args, **kwargs)

    monkeypatch.setattr(export_mod, "write_dataset", failing)
    with pytest.raises(QueryError, match="previous export is untouched"):
        export("all", "parquet", out, url)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["stable"], "no temporary directory is left behind"


def test_a_second_export_replaces_the_first(expected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _ = expected
    out = tmp_path / "exports" / "again"
    export("all", "csv", out, url)
    export("meetings", "csv", out, url)
    assert sorted(p.name for p in out.iterdir()) == ["CITATION.cff", "codebook.md", "datapackage.json", "meetings.csv"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["again"]


def test_refuses_to_replace_a_directory_that_is_not_an_export(tmp_path: Path) -> None:
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.tex").write_text("...")
    with pytest.raises(QueryError, match="not a parley export"):
        export("all", "csv", precious, "sqlite:///unused.sqlite")
    assert (precious / "chapter1.tex").exists()


def test_unknown_format_is_refused() -> None:
    with pytest.raises(QueryError, match="unknown format"):
        export("all", "xlsx", "/tmp/never", "sqlite:///unused.sqlite")


def test_export_from_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ParleyError, match="no store"):
        export("all", "csv", tmp_path / "out", f"sqlite:///{tmp_path / 'missing.sqlite'}")
    assert list(tmp_path.iterdir()) == []


def test_year_slices_cut_ordered_and_unordered_tables() -> None:
    ordered = pa.table({"year": pa.array([2019, 2019, 2020, None], pa.int32()), "x": [1, 2, 3, 4]})
    got = export_mod._year_slices(ordered)
    assert [(y, t["x"].to_pylist()) for y, t in got] == [(2019, [1, 2]), (2020, [3]), (None, [4])]
    unordered = pa.table({"year": pa.array([2020, None, 2019, 2020], pa.int32()), "x": [1, 2, 3, 4]})
    got = export_mod._year_slices(unordered)
    assert [(y, t["x"].to_pylist()) for y, t in got] == [(2019, [3]), (2020, [1, 4]), (None, [2])]


def test_event_level_data_under_the_threshold_is_one_file(expected, tmp_path: Path, same_table) -> None:  # type: ignore[no-untyped-def]
    url, want = expected
    out = tmp_path / "one"
    result = export(["events", "statements"], "parquet", out, url)
    assert sorted(f for f in result.files if f.endswith(".parquet")) == ["events.parquet", "statements.parquet"]
    for name in ("events", "statements"):
        same_table(pq.read_table(out / f"{name}.parquet"), want[name])
        assert pq.read_metadata(out / f"{name}.parquet").metadata[b"parley.dataset"] == name.encode()


# --- issue 14, items 4 and 6: export safety ---------------------------------------------------------


def _set_locations(url: str, value: str) -> None:
    from sqlalchemy import text as sql_text

    from schema.store import get_engine

    with get_engine(url).begin() as conn:
        conn.execute(sql_text("UPDATE meeting SET location = :v"), {"v": value})


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])
def test_csv_cells_that_start_a_formula_are_neutralised(synth, tmp_path: Path, cell: str) -> None:  # type: ignore[no-untyped-def]
    """Regression: a place name like '=HYPERLINK(...)' from an article reached the CSV as a formula
    (OWASP CSV injection)."""
    url, _ = synth
    _set_locations(url, cell)
    export("meetings", "csv", tmp_path / "safe", url)
    rows = list(pacsv.read_csv(tmp_path / "safe" / "meetings.csv").to_pylist())
    assert rows and {r["location"] for r in rows} == {"'" + cell}
    meta = json.loads((tmp_path / "safe" / "datapackage.json").read_text())
    assert "prefixed with '" in meta["parley"]["csv_formulas"]
    export("meetings", "csv", tmp_path / "raw", url, neutralise_formulas=False)
    assert {r["location"] for r in pacsv.read_csv(tmp_path / "raw" / "meetings.csv").to_pylist()} == {cell}


def test_export_refuses_folders_it_did_not_write(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Regression: any folder with a datapackage.json was replaced whole, so another project's data
    package, or notes a user put into an export folder, were deleted."""
    url, _ = synth
    other = tmp_path / "other"
    other.mkdir()
    (other / "datapackage.json").write_text('{"name": "someone-elses", "resources": []}')
    (other / "data.csv").write_text("a\n1\n")
    with pytest.raises(QueryError, match="not a parley export"):
        export("meetings", "csv", other, url)
    assert (other / "data.csv").read_text() == "a\n1\n"
    mine = tmp_path / "mine"
    export("meetings", "csv", mine, url)
    (mine / "my-notes.txt").write_text("keep me")
    with pytest.raises(QueryError, match="files parley did not write \\(my-notes.txt\\)"):
        export("meetings", "csv", mine, url)
    assert (mine / "my-notes.txt").read_text() == "keep me"
    (mine / "my-notes.txt").unlink()
    export("meetings", "parquet", mine, url)  # a parley export alone is replaced
    assert (mine / "meetings.parquet").is_file() and not (mine / "meetings.csv").exists()
    export("meetings", "csv", other, url, force=True)
    assert not (other / "data.csv").exists()


def test_export_removes_what_killed_exports_left_and_keeps_a_running_ones(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import socket

    url, _ = synth
    host = socket.gethostname().replace(".", "_")
    gone_pid = 2**22 + 12345  # above pid_max on Linux: no such process
    killed = tmp_path / f".out.{host}-{gone_pid}.abc123.tmp"
    running = tmp_path / f".out.{host}-{os.getpid()}.def456.tmp"
    old = tmp_path / ".out.old-20260101000000000000"
    unrelated = tmp_path / ".outer.tmp"
    for folder in (killed, running, old, unrelated):
        folder.mkdir()
        (folder / "x.csv").write_text("x")
    export("meetings", "csv", tmp_path / "out", url)
    assert not killed.exists() and not old.exists()
    assert running.exists() and unrelated.exists()


def test_export_folders_follow_the_umask(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Regression: the export folder came from mkdtemp (mode 0700): colleagues could not read it."""
    import os

    url, _ = synth
    old = os.umask(0o022)
    try:
        export("meetings", "csv", tmp_path / "shared", url)
    finally:
        os.umask(old)
    assert (tmp_path / "shared").stat().st_mode & 0o777 == 0o755
