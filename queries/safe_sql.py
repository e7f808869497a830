"""Read-only SQL for researchers: one SELECT over the datasets and store tables in a DuckDB that can
neither write files, read files, load extensions nor change its settings (docs/facts.md recipe), with a
time limit. DuckDB spills to a private temporary folder parley creates and removes; results can be
streamed (`write_sql`) so that CSV and JSON output never hold the whole result in memory."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from sqlalchemy.engine import URL

from queries import registry
from queries.engine import Session
from queries.errors import QueryError
from queries.read import READS, Filters
from queries.sandbox import (
    DEFAULT_TIMEOUT_S,
    Preview,
    check,
    guarded,
    lock_down,
    preview_sql,
    private_spill,
    table_names,
)

BATCH_ROWS = 10_000  # rows per batch when a result is streamed
__all__ = ["DEFAULT_TIMEOUT_S", "Preview", "check", "lock_down", "preview_sql", "run_sql", "write_sql"]


def execute(session: Session, sql: str, timeout: float = DEFAULT_TIMEOUT_S) -> pa.Table:
    """Run `sql` in a session that `lock_down` has secured; the whole result as Arrow."""
    with guarded(session.con, sql, timeout) as rel:
        return rel.to_arrow_table()


@contextmanager
def sandbox(url: str | URL | None = None, filters: Filters | None = None, sql: str | None = None) -> Iterator[Session]:
    """A locked-down session over every dataset and store table, spilling to a private temporary
    folder (mode 0700) that is removed afterwards. Given the query `sql`, only the datasets and
    tables it names are read (`SELECT ... FROM dyad_month` does not read every table), and a query
    that names none reads no table (the store is still checked)."""
    refs = referenced(sql) if sql is not None else None
    if refs is None:
        opened = lambda: Session.open(url, filters=filters, all_tables=True)  # noqa: E731
    else:
        datasets, tables = refs
        assert sql is not None
        read = bool(datasets or tables) or "event_code" in sql.lower()
        opened = lambda: Session.open(url, datasets=datasets, filters=filters, whole=tables, read=read)  # noqa: E731
    with private_spill() as spill, opened() as session:
        lock_down(session.con, temp_directory=spill)
        yield session


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


def write_sql(sql: str, out: TextIO, fmt: str, url: str | URL | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> int:
    """Stream the result of the query to `out` as csv or json (a JSON array of row objects), one
    batch of rows at a time; returns the number of rows written."""
    if fmt not in ("csv", "json"):
        raise QueryError(f"unknown output format {fmt!r}: use csv or json")
    if not sql.strip():
        raise QueryError("no SQL given")
    with sandbox(url, sql=sql) as session, guarded(session.con, sql, timeout) as rel:
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
        with sandbox(url, sql=sql) as session, guarded(session.con, sql, timeout) as rel:
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
    cannot tell without running part of it (`sandbox.table_names`): then everything is read."""
    names = table_names(sql)
    if names is None:
        return None
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
