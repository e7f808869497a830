"""The guard around researchers' SQL, and the table preview of `parley sql`, without Arrow.

What locks a DuckDB connection down (`lock_down`), what refuses anything but one SELECT (`check`),
the time limit (`guarded`) and the names a query reads (`table_names`) need DuckDB only. So does a
preview of the first rows: a query that names no dataset and no store table (`SELECT 1`, `SELECT *
FROM range(10)`) runs on a locked-down empty connection without reading the store into Arrow, and
`parley sql "select 1"` starts without importing pyarrow, numpy or the typed models (issue 13).
`queries.safe_sql` builds the rest (datasets as views, streaming to CSV, JSON, Parquet) on these.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from queries.errors import QueryError, QueryTimeout, UnsafeSQL

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MEMORY_LIMIT = "4GB"
CODE_TABLE_NAMES = ("event_code",)  # registered from queries/codes.py, not read from the store


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
        raise QueryError(one_line(exc)) from None
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


def one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextmanager
def guarded(con: duckdb.DuckDBPyConnection, sql: str, timeout: float) -> Iterator[duckdb.DuckDBPyRelation]:
    """The relation of `sql` on `con` after `check`, under the time limit (reading its rows
    included), with DuckDB's errors as one-line parley errors."""
    check(con, sql)
    timer = threading.Timer(timeout, con.interrupt)  # DuckDB has no statement timeout
    timer.start()
    try:
        yield con.sql(sql)
    except duckdb.InterruptException:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
    except duckdb.PermissionException as exc:
        raise UnsafeSQL(f"refused: parley sql cannot read or write files ({one_line(exc)})") from None
    except duckdb.Error as exc:
        raise QueryError(one_line(exc)) from None
    finally:
        timer.cancel()


def table_names(sql: str) -> set[str] | None:
    """The (lower-case) table and view names a query reads, or None when DuckDB cannot tell without
    running part of it (a table function over a setting). The query is checked first, on a
    locked-down empty connection: DuckDB's `get_table_names` runs some statements while it looks
    (`EXPORT DATABASE` writes its folder), so it only ever sees a single SELECT."""
    probe = duckdb.connect(":memory:")
    try:
        lock_down(probe)
        check(probe, sql)
        try:
            return {n.lower() for n in probe.get_table_names(sql, qualified=False)}
        except duckdb.Error:
            return None
    finally:
        probe.close()


def reads_nothing(sql: str, names: set[str] | None) -> bool:
    """True when the query names no table at all, so no dataset or store table need be read."""
    return names == set() and not any(code in sql.lower() for code in CODE_TABLE_NAMES)


@contextmanager
def private_spill() -> Iterator[str]:
    """A private temporary folder (mode 0700) for DuckDB to spill to, removed afterwards."""
    spill = tempfile.mkdtemp(prefix="parley-sql-")
    try:
        yield spill
    finally:
        shutil.rmtree(spill, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class Preview:
    """The first rows of a query, as Python values, and whether it has more."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    more: bool


def first_rows(rel: duckdb.DuckDBPyRelation, limit: int) -> Preview:
    """`limit` rows of the relation and whether there is another: the LIMIT is pushed into the
    query, so the rest is never computed (DuckDB 2 relations have no fetchmany)."""
    rows = rel.limit(limit + 1).fetchall()
    return Preview(list(rel.columns), rows[:limit], len(rows) > limit)


def preview_sql(sql: str, limit: int, url: str | URL | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> Preview:
    """The first `limit` rows of the query and whether there are more (table output: the rest is
    never fetched). A query that names nothing from the store runs on an empty locked-down
    connection (the store is still checked); any other one in `safe_sql.sandbox`."""
    if not sql.strip():
        raise QueryError("no SQL given")
    if reads_nothing(sql, table_names(sql)):
        from schema.quick import sqlite_at_head

        if not (url is None or isinstance(url, str)) or not sqlite_at_head(url):
            from schema.store import open_store

            open_store(url)  # an existing store at the code's revision, or a one-line reason why not
        con = duckdb.connect(":memory:")
        try:
            with private_spill() as spill:
                lock_down(con, temp_directory=spill)
                with guarded(con, sql, timeout) as rel:
                    return first_rows(rel, limit)
        finally:
            con.close()
    from queries.safe_sql import sandbox

    with sandbox(url, sql=sql) as session, guarded(session.con, sql, timeout) as rel:
        return first_rows(rel, limit)
