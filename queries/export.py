"""Export datasets to Parquet, CSV, Stata .dta or a DuckDB database, with datapackage.json, a codebook
and a citation. Everything is written into a temporary directory next to the target and renamed into
place, so a failed export leaves the previous one intact (docs/facts.md)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from glob import escape as glob_escape
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from queries import codebook, registry
from queries.codebook import Resource
from queries.engine import Session
from queries.errors import QueryError
from queries.panels import PanelOptions, check_export
from queries.read import Filters
from queries.stata import write_dta
from queries.validate import measured_precision
from schema.store import database_url, get_engine

FORMATS = ("parquet", "csv", "dta", "duckdb")
PARTITION_ROWS = 1_000_000  # event-level datasets above this are written one Parquet file per year
ROW_GROUP_ROWS = 262_144  # row groups of the files pyarrow writes: readers parallelise over them
MAX_NAME = 32  # Stata's limit on variable names; also keeps names portable to SAS and SPSS
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MARKER = "datapackage.json"  # an export directory is recognised by it; nothing else is replaced


@dataclass(frozen=True)
class ExportResult:
    out: Path
    format: str
    rows: dict[str, int]
    files: list[str]
    dataset_version: str
    left_out: dict[str, int] = field(default_factory=dict)  # undated records between states the panels miss


def _parley_version() -> str:
    try:
        return importlib_metadata.version("parley-events")
    except importlib_metadata.PackageNotFoundError:
        return "unknown"


def export_meta(url: str | URL | None, filters: Filters, panel: PanelOptions | None = None) -> dict[str, Any]:
    """Version, run and creation time recorded in every file: the last finished refresh gives the
    dataset version (its date and run number), so two exports of one store state agree."""
    run_id: int | None = None
    finished: dt.datetime | None = None
    try:
        with get_engine(url if isinstance(url, URL) else database_url(url)).connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, finished_at FROM etl_run WHERE status IN ('succeeded', 'partial')"
                    " ORDER BY id DESC LIMIT 1"
                )
            ).first()
        if row:
            run_id = int(row[0])
            finished = (
                row[1]
                if isinstance(row[1], dt.datetime)
                else (dt.datetime.fromisoformat(str(row[1])) if row[1] else None)
            )
    except SQLAlchemyError:
        pass  # a store without runs (built by hand) still exports, as version 0
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    precision = measured_precision(get_engine(url if isinstance(url, URL) else database_url(url)))
    version = f"{(finished or created):%Y.%m.%d}.{run_id}" if run_id is not None else "0.0.0"
    parley_version = _parley_version()
    meta: dict[str, Any] = {
        "dataset_version": version,
        "run_id": run_id,
        "created_at": created.isoformat().replace("+00:00", "Z"),
        "parley_version": parley_version,
        "filters": {
            "start": filters.start.isoformat() if filters.start else None,
            "end": filters.end.isoformat() if filters.end else None,
            "countries": list(filters.countries),
            "include_planned": filters.include_planned,
        },
    }
    if panel is not None and not panel.default:
        meta["panels"] = {"system": panel.system, "directed": panel.directed, "universe": panel.universe}
    meta["precision"] = precision  # the latest measured precision (parley validate), or None
    meta["citation"] = (
        f"parley contributors ({created.year}). parley event dataset, version {version} "
        f"[Data set]. Generated with parley {parley_version}."
    )
    return meta


def check_names(spec: registry.DatasetSpec, schema: pa.Schema) -> None:
    """Column names must be ASCII identifiers of at most 32 characters (Stata, SAS, R all accept them)."""
    bad = [n for n in schema.names if len(n) > MAX_NAME or not _NAME.match(n)]
    if bad:
        raise QueryError(f"{spec.name}: column names not portable (ASCII, <= {MAX_NAME} chars): {', '.join(bad)}")


def _written_by_parley(out: Path) -> set[str] | None:
    """The files of the parley export at `out` (paths relative to it, as its datapackage.json lists
    them), or None if `out` holds no parley export."""
    try:
        desc = json.loads((out / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(desc, dict) or desc.get("name") != "parley-events" or not isinstance(desc.get("parley"), dict):
        return None  # another project's data package is not ours to replace
    files = {MARKER, "codebook.md", "CITATION.cff"}
    for res in desc.get("resources") or []:
        paths = res.get("path") if isinstance(res, dict) else None
        files.update([paths] if isinstance(paths, str) else [str(p) for p in paths or []])
    return files


def _replaceable(out: Path, force: bool = False) -> None:
    """Refuse to replace `out` unless it is missing, empty, or a parley export holding only files
    parley wrote (a file someone added beside the data would be deleted with it); `force` replaces
    any folder."""
    if not out.exists():
        return
    if not out.is_dir():
        raise QueryError(f"refusing to replace {out}: it is a file, not a folder")
    if force:
        return
    present = {p.relative_to(out).as_posix() for p in out.rglob("*") if not p.is_dir()}
    if not present:
        return
    ours = _written_by_parley(out)
    if ours is None:
        raise QueryError(
            f"refusing to replace {out}: it is not empty and not a parley export (no parley {MARKER}); "
            "choose another folder, or --force to replace it"
        )
    foreign = sorted(present - ours)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise QueryError(
            f"refusing to replace {out}: it holds files parley did not write ({shown}); "
            "move them, or --force to replace the folder anyway"
        )


_TMP_NAME = re.compile(r"^\.(?P<out>.+)\.(?P<host>[^.]*)-(?P<pid>\d+)\.[^.]+\.tmp$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _remove_stale(out: Path) -> list[Path]:
    """Remove what killed exports to `out` left beside it: temporary folders of processes of this
    host that no longer run, and old exports an interrupted swap did not delete. Returns them."""
    removed: list[Path] = []
    if not out.parent.is_dir():
        return removed
    host = socket.gethostname().replace(".", "_")
    for p in out.parent.glob(f".{glob_escape(out.name)}.*"):
        m = _TMP_NAME.match(p.name)
        stale_tmp = m is not None and m["out"] == out.name and m["host"] == host and not _alive(int(m["pid"]))
        stale_old = p.name.startswith(f".{out.name}.old-")
        if p.is_dir() and not p.is_symlink() and (stale_tmp or stale_old):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _guard_formulas(query: str, schema: pa.Schema) -> str:
    """`query` with every text cell that a spreadsheet would run as a formula (starting with =, +,
    -, @, tab or carriage return) prefixed with a single quote, as OWASP recommends for CSV."""
    text_cols = [f.name for f in schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
    if not text_cols:
        return query
    guarded = ", ".join(
        f"CASE WHEN left(\"{c}\", 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN chr(39) || \"{c}\" "
        f'ELSE "{c}" END AS "{c}"'
        for c in text_cols
    )
    return f"SELECT * REPLACE ({guarded}) FROM ({query}) AS guarded"


def _sql_str(value: str) -> str:
    return value.replace("'", "''")


def _copy(session: Session, query: str, path: Path, options: str) -> int:
    """COPY a query to a file; returns the number of rows written."""
    # fetchall, not fetchone: DuckDB 2 refuses `con.sql` while an execute() result is unfinished
    rows = session.con.execute(f"COPY ({query}) TO '{_sql_str(str(path))}' ({options})").fetchall()
    return int(rows[0][0]) if rows else 0


def _kv_pairs(meta: dict[str, Any], name: str) -> dict[str, str]:
    return {
        "parley.dataset": name,
        "parley.dataset_version": meta["dataset_version"],
        "parley.run_id": "" if meta["run_id"] is None else str(meta["run_id"]),
        "parley.created_at": meta["created_at"],
        "parley.version": meta["parley_version"],
        "parley.filters": json.dumps(meta["filters"]),
        **({"parley.panels": json.dumps(meta["panels"])} if "panels" in meta else {}),
    }


def _kv(meta: dict[str, Any], name: str) -> str:
    """The file metadata as a DuckDB `KV_METADATA` map literal."""
    return "{" + ", ".join(f"'{k}': '{_sql_str(v)}'" for k, v in _kv_pairs(meta, name).items()) + "}"


def _year_slices(table: pa.Table) -> list[tuple[int | None, pa.Table]]:
    """The table cut into one slice per value of its `year` column. The datasets are ordered by date,
    so each year is one contiguous run and the slices are zero-copy; otherwise it is sorted first."""
    runs = pc.run_end_encode(table.column("year").combine_chunks())
    years: list[int | None] = runs.values.to_pylist()
    if len(set(years)) != len(years):
        table = table.sort_by([("year", "ascending", "at_end")])  # stable: dates stay in order
        return _year_slices(table)
    out, start = [], 0
    for year, end in zip(years, runs.run_ends.to_pylist(), strict=True):
        out.append((year, table.slice(start, end - start)))
        start = end
    return out


def _write_parquet(session: Session, res: Resource, tmp: Path, meta: dict[str, Any], partition_rows: int) -> None:
    # zstd, DATE as date32, TIMESTAMPTZ as UTC microseconds (never INT96), the version in the metadata.
    name = res.spec.name
    if res.spec.partition != "year":
        # DuckDB writes the file straight from the dataset's SQL, row groups in parallel
        options = f"FORMAT parquet, COMPRESSION zstd, KV_METADATA {_kv(meta, name)}"
        res.rows = _copy(session, session.relation_sql(name), tmp / f"{name}.parquet", options)
        res.paths.append(f"{name}.parquet")
        return
    # Event-level data: built once as Arrow, which gives the size (counting first would cost a second
    # build), then written by pyarrow: one file, or if large one per year. The data are ordered by
    # date, so each year is a slice, and the years are written in parallel threads. (A DuckDB COPY per
    # year scanned everything each time and wrote each file on one thread: 2.4 times slower; from
    # Arrow, pyarrow writes one file as fast as DuckDB does.)
    table = session.arrow(name)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), **_kv_pairs(meta, name)})
    res.rows = table.num_rows
    if res.rows <= partition_rows:
        jobs = [(f"{name}.parquet", table)]
    else:
        (tmp / name).mkdir()
        jobs = [
            (f"{name}/{name}-{'unknown' if year is None else int(year)}.parquet", part)
            for year, part in _year_slices(table)
        ]

    def write(job: tuple[str, pa.Table]) -> None:
        pq.write_table(job[1], tmp / job[0], compression="zstd", coerce_timestamps="us", row_group_size=ROW_GROUP_ROWS)

    with ThreadPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        list(pool.map(write, jobs))
    res.paths.extend(path for path, _ in jobs)


def csv_query(sql: str, schema: pa.Schema) -> str:
    """The dataset's SELECT with its code columns written as text every CSV reader keeps (see
    codebook.CSV_CODE_PREFIX)."""
    codes = [c for c in codebook.CSV_CODE_PREFIX if c in schema.names]
    if not codes:
        return sql
    replace = ", ".join(f'\'{codebook.CSV_CODE_PREFIX[c]}\' || "{c}" AS "{c}"' for c in codes)
    return f"SELECT * REPLACE ({replace}) FROM ({sql})"


def write_dataset(
    session: Session,
    res: Resource,
    fmt: str,
    tmp: Path,
    meta: dict[str, Any],
    partition_rows: int,
    neutralise_formulas: bool = True,
) -> None:
    """Write one dataset of the session in `fmt` into the directory `tmp`, filling in `res`'s rows and
    paths (for `fmt` "duckdb", into the database attached as `out`). CSV text cells that start a
    formula are neutralised unless `neutralise_formulas` is False."""
    name = res.spec.name
    if fmt == "parquet":
        _write_parquet(session, res, tmp, meta, partition_rows)
    elif fmt == "csv":
        query = csv_query(session.relation_sql(name), res.schema)
        res.rows = _copy(
            session,
            _guard_formulas(query, res.schema) if neutralise_formulas else query,
            tmp / f"{name}.csv",
            "FORMAT csv, HEADER true, DELIMITER ',', DATEFORMAT '%Y-%m-%d'",
        )  # DuckDB writes UTF-8
        res.paths.append(f"{name}.csv")
    elif fmt == "dta":
        table = session.arrow(name)
        res.rows = table.num_rows
        write_dta(
            table, tmp / f"{name}.dta", codebook.stata_labels(res.spec), f"parley {name} {meta['dataset_version']}"
        )
        res.paths.append(f"{name}.dta")
    elif fmt == "duckdb":
        session.con.execute(f'CREATE TABLE out."{name}" AS {session.relation_sql(name)}')
        res.rows = int(session.con.execute(f'SELECT count(*) FROM out."{name}"').fetchall()[0][0])
        description = _sql_str(f"{res.spec.title}. {res.spec.description}")
        session.con.execute(f"COMMENT ON TABLE out.\"{name}\" IS '{description}'")
        for column, text in codebook.described(res):
            session.con.execute(f'COMMENT ON COLUMN out."{name}"."{column}" IS \'{_sql_str(text)}\'')
        res.paths.append("parley.duckdb")


def _finish_duckdb(session: Session, resources: list[Resource], meta: dict[str, Any]) -> None:
    rows = [
        (r.spec.name, column, codebook.frictionless_type(r.schema.field(column).type), text)
        for r in resources
        for column, text in codebook.described(r)
    ]
    session.con.execute(
        'CREATE TABLE out.codebook (dataset VARCHAR, "column" VARCHAR, type VARCHAR, description VARCHAR)'
    )
    session.con.executemany("INSERT INTO out.codebook VALUES (?, ?, ?, ?)", rows)
    session.con.execute("CREATE TABLE out.parley_metadata (key VARCHAR, value VARCHAR)")
    session.con.executemany(
        "INSERT INTO out.parley_metadata VALUES (?, ?)",
        [(k, json.dumps(v) if not isinstance(v, str) else v) for k, v in meta.items()],
    )
    # Views for the DuckDB CLI and R: the catalogue of datasets, and every dataset's codebook.
    session.con.execute(
        "CREATE VIEW out.datasets AS SELECT dataset, count(*) AS columns FROM out.codebook "
        "GROUP BY dataset ORDER BY dataset"
    )
    session.con.execute("DETACH out")


def _citation_cff(meta: dict[str, Any]) -> str:
    return (
        "\n".join(
            [
                "cff-version: 1.2.0",
                'message: "If you use this dataset, please cite it as below."',
                "type: dataset",
                'title: "parley event dataset"',
                f'version: "{meta["dataset_version"]}"',
                f'date-released: "{meta["created_at"][:10]}"',
                "authors:",
                '  - name: "parley contributors"',
                f"# {meta['citation']}",
            ]
        )
        + "\n"
    )


def _swap(tmp: Path, out: Path) -> None:
    """Put the finished export at `out`: rename the old one aside, rename the new one in, then delete
    the old one. The window where `out` is missing is two renames long."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}")
        out.rename(old)
    tmp.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def export(
    names: str | Iterable[str],
    fmt: str,
    out: str | Path,
    url: str | URL | None = None,
    filters: Filters | None = None,
    partition_rows: int = PARTITION_ROWS,
    progress: Callable[[str], None] | None = None,
    panel: PanelOptions | None = None,
    force: bool = False,
    neutralise_formulas: bool = True,
) -> ExportResult:
    """Export datasets (`"all"`, one name, or several) in `fmt` into the directory `out`. `progress`
    is told each step ("reading the store", "writing events (4/7)", ...). `panel` shapes the panels
    (dyad_year, dyad_month): state system, directed, universe; the other datasets ignore it, and
    naming only datasets that are no panels with options other than the default is an error.

    `out` is replaced only if it is missing, empty, or a previous parley export holding nothing but
    the files parley wrote (`force` replaces any folder). Temporary folders of killed exports beside
    it are removed; the new folder gets the user's umask. In CSV, text cells starting with =, +, -,
    @, tab or CR get a leading ' so spreadsheets do not run them (`neutralise_formulas=False`: as is).

    >>> export("all", "parquet", "exports/2026-11")  # doctest: +SKIP
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    wanted = list(registry.ORDER) if names == "all" else [names] if isinstance(names, str) else list(names)
    specs = [registry.get(n) for n in wanted]
    panel = panel or PanelOptions()
    check_export(specs, panel)
    out = Path(out).absolute()
    _replaceable(out, force)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(out)
    filters = filters or Filters()
    host = socket.gethostname().replace(".", "_")
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.{host}-{os.getpid()}.", suffix=".tmp", dir=out.parent))
    try:
        tmp.chmod(0o777 & ~_umask())  # mkdtemp makes it private; an export is as shared as any folder
        resources: list[Resource] = []
        say = progress or (lambda step: None)
        say("reading the store")
        from queries.datasets import UNDATED_DATASETS, UNDATED_TABLES, undated_counts  # Polars: not at import

        panels = any(spec.panel for spec in specs)
        # a panel's undated records are counted in the same read (`UNDATED_SQL` needs these views and tables)
        read = wanted + [n for n in UNDATED_DATASETS if panels and n not in wanted]
        whole = UNDATED_TABLES if panels else ()
        with Session.open(url, read, filters, panel=panel, whole=whole) as session:
            meta = export_meta(url, filters, panel)  # after the store is known to exist: SQLAlchemy would create it
            if fmt == "csv":
                meta["csv_formulas"] = (
                    "text cells starting with =, +, -, @, tab or CR are prefixed with ' (OWASP)"
                    if neutralise_formulas
                    else "as stored"
                )
            if fmt == "duckdb":
                session.con.execute(f"ATTACH '{_sql_str(str(tmp / 'parley.duckdb'))}' AS out")
            for i, spec in enumerate(specs, 1):
                say(f"writing {spec.name} ({i}/{len(specs)})")
                schema = session.schema(spec.name)
                check_names(spec, schema)
                res = Resource(spec, schema, format=fmt)
                write_dataset(session, res, fmt, tmp, meta, partition_rows, neutralise_formulas)
                resources.append(res)
            if fmt == "duckdb":
                _finish_duckdb(session, resources, meta)
            if panels:  # the codebook and datapackage.json say what the panels leave out (issue 13)
                say("counting undated records")
                meta["left_out_undated"] = undated_counts(session)
        (tmp / "datapackage.json").write_text(
            json.dumps(codebook.datapackage(resources, meta), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (tmp / "codebook.md").write_text(codebook.markdown(resources, meta), encoding="utf-8")
        (tmp / "CITATION.cff").write_text(_citation_cff(meta), encoding="utf-8")
        _swap(tmp, out)
    except (duckdb.Error, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise QueryError(
            f"export to {out} failed, the previous export is untouched: "
            f"{(str(exc).strip().splitlines() or [type(exc).__name__])[0]}"
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    rows = {r.spec.name: r.rows or 0 for r in resources}
    return ExportResult(out, fmt, rows, files, meta["dataset_version"], meta.get("left_out_undated") or {})
