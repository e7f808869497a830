"""Read-only SQL for researchers: one SELECT over the datasets and store tables in a DuckDB that can
neither write files, read files, load extensions nor change its settings (docs/facts.md recipe), with a
time limit. DuckDB spills to a private temporary folder parley creates and removes; results can be
streamed (`write_sql`) so that CSV and JSON output never hold the whole result in memory."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from sqlalchemy.engine import URL

from queries import registry
from queries.engine import Session
from queries.errors import QueryError, QueryTimeout, UnsafeSQL
from queries.read import READS, Filters

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MEMORY_LIMIT = "4GB"
BATCH_ROWS = 10_000  # rows per batch when a result is streamed


def lock_down(
    con: duckdb.DuckDBPyConnection, memory_limit: str = DEFAULT_MEMORY_LIMIT, temp_directory: str | None = None
) -> None:
    """Close every way out of the in-memory database, then lock the configuration so that SQL cannot
    open them again. Order matters: allowed_directories must be set while it still can be.
    `temp_directory` is where DuckDB may spill (default: DuckDB's own `./.tmp`; `run_sql` gives a
    private folder); SQL cannot read it, since every file access is refused."""
    if temp_directory is not None:
        quoted = temp_directory.replace("'", "''")
        con.execute(f"SET temp_directory = '{quoted}'")
    for statement in (
        "SET python_enable_replacements = false",  # else any Python object in scope is a table
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET allowed_directories = []",
        "SET allowed_paths = []",
        f"SET memory_limit = '{memory_limit}'",
        "SET enable_external_access = false",
        "SET lock_configuration = true",
    ):
        con.execute(statement)


def check(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but a single SELECT (or EXPLAIN of one), with a one-line reason."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    if len(statements) != 1:
        raise UnsafeSQL(f"parley sql runs exactly one statement; got {len(statements)}")
    kind = statements[0].type
    if kind not in ALLOWED:
        raise UnsafeSQL(f"parley sql is read-only: {_keyword(statements[0])} statements are refused (use SELECT)")


def _keyword(statement: Any) -> str:
    """The statement's own first word (INSTALL, CHECKPOINT), not DuckDB's type for it (LOAD, CALL)."""
    words = str(getattr(statement, "query", "") or "").split(None, 1)
    word = words[0].upper() if words else ""
    return word if word.isalpha() else statement.type.name


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextmanager
def _guarded(session: Session, sql: str, timeout: float) -> Iterator[duckdb.DuckDBPyRelation]:
    """The relation of `sql` after `check`, under the time limit (reading its rows included), with
    DuckDB's errors as one-line parley errors."""
    check(session.con, sql)
    timer = threading.Timer(timeout, session.con.interrupt)  # DuckDB has no statement timeout
    timer.start()
    try:
        yield session.con.sql(sql)
    except duckdb.InterruptException:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
    except duckdb.PermissionException as exc:
        raise UnsafeSQL(f"refused: parley sql cannot read or write files ({_one_line(exc)})") from None
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    finally:
        timer.cancel()


def execute(session: Session, sql: str, timeout: float = DEFAULT_TIMEOUT_S) -> pa.Table:
    """Run `sql` in a session that `lock_down` has secured; the whole result as Arrow."""
    with _guarded(session, sql, timeout) as rel:
        return rel.to_arrow_table()


@contextmanager
def sandbox(url: str | URL | None = None, filters: Filters | None = None, sql: str | None = None) -> Iterator[Session]:
    """A locked-down session over every dataset and store table, spilling to a private temporary
    folder (mode 0700) that is removed afterwards. Given the query `sql`, only the datasets and
    tables it names are read (`SELECT ... FROM dyad_month` does not read every table), and a query
    that names none reads no table (the store is still checked)."""
    spill = tempfile.mkdtemp(prefix="parley-sql-")
    refs = referenced(sql) if sql is not None else None
    if refs is None:
        opened = lambda: Session.open(url, filters=filters, all_tables=True)  # noqa: E731
    else:
        datasets, tables = refs
        assert sql is not None
        read = bool(datasets or tables) or "event_code" in sql.lower()
        opened = lambda: Session.open(url, datasets=datasets, filters=filters, whole=tables, read=read)  # noqa: E731
    try:
        with opened() as session:
            lock_down(session.con, temp_directory=spill)
            yield session
    finally:
        shutil.rmtree(spill, ignore_errors=True)


def run_sql(
    sql: str, url: str | URL | None = None, filters: Filters | None = None, timeout: float = DEFAULT_TIMEOUT_S
) -> pa.Table:
    """Run one read-only query over every dataset (as views) and the store's tables.

    >>> run_sql("SELECT country_a, country_b, sum(meetings) FROM dyad_month GROUP BY ALL")  # doctest: +SKIP
    """
    if not sql.strip():
        raise QueryError("no SQL given")
    with sandbox(url, filters, sql) as session:
        return execute(session, sql, timeout)


def preview_sql(
    sql: str, limit: int, url: str | URL | None = None, timeout: float = DEFAULT_TIMEOUT_S
) -> tuple[pa.Table, bool]:
    """The first `limit` rows of the query and whether there are more (for table output: the
    rest is never fetched)."""
    if not sql.strip():
        raise QueryError("no SQL given")
    with sandbox(url, sql=sql) as session, _guarded(session, sql, timeout) as rel:
        reader = rel.to_arrow_reader(BATCH_ROWS)
        batches: list[pa.RecordBatch] = []
        rows = 0
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            if rows > limit:
                break
        table = pa.Table.from_batches(batches, schema=reader.schema)
        return table.slice(0, limit), rows > limit


def write_sql(sql: str, out: TextIO, fmt: str, url: str | URL | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> int:
    """Stream the result of the query to `out` as csv or json (a JSON array of row objects), one
    batch of rows at a time; returns the number of rows written."""
    if fmt not in ("csv", "json"):
        raise QueryError(f"unknown output format {fmt!r}: use csv or json")
    if not sql.strip():
        raise QueryError("no SQL given")
    with sandbox(url, sql=sql) as session, _guarded(session, sql, timeout) as rel:
        reader = rel.to_arrow_reader(BATCH_ROWS)
        if fmt == "csv":
            return _write_csv(reader, out)
        return _write_json(reader, out)


def write_sql_parquet(
    sql: str, path: str | Path, url: str | URL | None = None, timeout: float = DEFAULT_TIMEOUT_S
) -> int:
    """Stream the result of the query into a Parquet file at `path`, one batch of rows at a time
    (written beside it and renamed into place: a failed query leaves no partial file). Returns
    the number of rows written."""
    if not sql.strip():
        raise QueryError("no SQL given")
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    rows = 0
    try:
        with sandbox(url, sql=sql) as session, _guarded(session, sql, timeout) as rel:
            reader = rel.to_arrow_reader(BATCH_ROWS)
            with pq.ParquetWriter(tmp, reader.schema, compression="zstd") as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    rows += batch.num_rows
        tmp.replace(target)
    except OSError as exc:
        raise QueryError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return rows


def _write_csv(reader: pa.RecordBatchReader, out: TextIO) -> int:
    rows = 0
    header = True
    for batch in reader:
        out.write(to_csv(pa.Table.from_batches([batch]), header=header))
        header, rows = False, rows + batch.num_rows
    if header:  # no rows: the header alone
        out.write(to_csv(reader.schema.empty_table()))
    return rows


def _write_json(reader: pa.RecordBatchReader, out: TextIO) -> int:
    rows = 0
    out.write("[")
    for batch in reader:
        for row in batch.to_pylist():
            out.write(("\n" if rows == 0 else ",\n") + json.dumps(_row(row), ensure_ascii=False, default=str))
            rows += 1
    out.write("\n]\n" if rows else "]\n")
    return rows


def referenced(sql: str) -> tuple[list[str], list[str]] | None:
    """The datasets and store tables a query names (the others are not read), or None when DuckDB
    cannot tell without running part of it (a table function over a setting): then everything is
    read. The query is checked first, on a locked-down empty connection: DuckDB's `get_table_names`
    runs some statements while it looks (`EXPORT DATABASE` writes its folder), so it only ever sees a
    single SELECT."""
    probe = duckdb.connect(":memory:")
    try:
        lock_down(probe)
        check(probe, sql)
        try:
            names = {n.lower() for n in probe.get_table_names(sql, qualified=False)}
        except duckdb.Error:
            return None
    finally:
        probe.close()
    return [n for n in registry.ORDER if n in names], [t for t in READS if t in names]


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in row.items()}


def _nested(t: pa.DataType) -> bool:
    return bool(pa.types.is_nested(t) or (pa.types.is_dictionary(t) and pa.types.is_nested(t.value_type)))


def flat(table: pa.Table) -> pa.Table:
    """`table` with list, struct and map columns as JSON text (CSV has no nested values)."""
    for i, field in enumerate(table.schema):
        if _nested(field.type):
            values = table[i].to_pylist()
            if pa.types.is_map(field.type):  # Arrow gives (key, value) pairs: an object reads better
                values = [None if v is None else {str(k): x for k, x in v} for v in values]
            text = [None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in values]
            table = table.set_column(i, pa.field(field.name, pa.string()), pa.array(text, pa.string()))
    return table


def to_csv(table: pa.Table, header: bool = True) -> str:
    """CSV text (UTF-8, ISO dates, header row); nested values as JSON text."""
    buf = io.BytesIO()
    pacsv.write_csv(flat(table), buf, pacsv.WriteOptions(include_header=header))
    return buf.getvalue().decode("utf-8")


def to_json(table: pa.Table) -> str:
    """A JSON array of row objects (dates as ISO strings)."""
    rows = [_row(row) for row in table.to_pylist()]
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
