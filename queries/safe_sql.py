"""Read-only SQL for researchers: one SELECT over the datasets and store tables in a DuckDB that can
neither write files, read files, load extensions nor change its settings (FACTS.md recipe), with a
time limit."""

from __future__ import annotations

import io
import json
import threading
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
from sqlalchemy.engine import URL

from queries import registry
from queries.engine import Session
from queries.errors import QueryError, QueryTimeout, UnsafeSQL
from queries.read import READS, Filters

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MEMORY_LIMIT = "4GB"


def lock_down(con: duckdb.DuckDBPyConnection, memory_limit: str = DEFAULT_MEMORY_LIMIT) -> None:
    """Close every way out of the in-memory database, then lock the configuration so that SQL cannot
    open them again. Order matters: allowed_directories must be set while it still can be."""
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
        raise UnsafeSQL(f"parley sql is read-only: {kind.name} statements are refused (use SELECT)")


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def execute(session: Session, sql: str, timeout: float = DEFAULT_TIMEOUT_S) -> pa.Table:
    """Run `sql` in a session that `lock_down` has secured."""
    check(session.con, sql)
    timer = threading.Timer(timeout, session.con.interrupt)  # DuckDB has no statement timeout
    timer.start()
    try:
        return session.con.sql(sql).to_arrow_table()
    except duckdb.InterruptException:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
    except duckdb.PermissionException as exc:
        raise UnsafeSQL(f"refused: parley sql cannot read or write files ({_one_line(exc)})") from None
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    finally:
        timer.cancel()


def run_sql(
    sql: str, url: str | URL | None = None, filters: Filters | None = None, timeout: float = DEFAULT_TIMEOUT_S
) -> pa.Table:
    """Run one read-only query over every dataset (as views) and the store's tables.

    >>> run_sql("SELECT country_a, country_b, sum(meetings) FROM dyad_month GROUP BY ALL")  # doctest: +SKIP
    """
    if not sql.strip():
        raise QueryError("no SQL given")
    datasets, tables = referenced(sql)
    # Only what the query names is read (a dataset's own plan, a store table whole): `SELECT ... FROM
    # dyad_month` no longer reads every table, and a query that names none does not open the store.
    read = bool(datasets or tables) or "event_code" in sql.lower()
    with Session.open(url, datasets=datasets, filters=filters, whole=tables, read=read) as session:
        lock_down(session.con)
        return execute(session, sql, timeout)


def referenced(sql: str) -> tuple[list[str], list[str]]:
    """The datasets and store tables a query names (the others are not read). The query is checked
    first, on a locked-down empty connection: DuckDB's `get_table_names` runs some statements while
    it looks (`EXPORT DATABASE` writes its folder), so it only ever sees a single SELECT."""
    probe = duckdb.connect(":memory:")
    try:
        lock_down(probe)
        check(probe, sql)
        names = {n.lower() for n in probe.get_table_names(sql, qualified=False)}
    except duckdb.PermissionException as exc:
        raise UnsafeSQL(f"refused: parley sql cannot read or write files ({_one_line(exc)})") from None
    except duckdb.Error as exc:
        raise QueryError(_one_line(exc)) from None
    finally:
        probe.close()
    return [n for n in registry.ORDER if n in names], [t for t in READS if t in names]


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_csv(table: pa.Table) -> str:
    """CSV text (UTF-8, ISO dates, header row)."""
    buf = io.BytesIO()
    pacsv.write_csv(table, buf)
    return buf.getvalue().decode("utf-8")


def to_json(table: pa.Table) -> str:
    """A JSON array of row objects (dates as ISO strings)."""
    rows = [{k: _jsonable(v) for k, v in row.items()} for row in table.to_pylist()]
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
