"""Read the store into Arrow through ADBC: only the columns the datasets use, with the date and
country filters pushed into the store's own SQL, and types made the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.engine import URL

import schema.models  # noqa: F401  (registers the tables on the metadata)
from queries.errors import QueryError
from schema.base import metadata
from schema.redact import mask_password
from schema.store import SQLITE_BUSY_TIMEOUT_MS, database_url, shown, sqlite_read_only, sqlite_uri

_ISO3 = re.compile(r"^[A-Z]{3}$")
# SQLite's ADBC driver infers a column's type from its first batch and then fails on a later value of
# another type (a column null in the first 1,024 rows and text after). One batch for the whole result
# makes the inference see every row.
_SQLITE_BATCH_ROWS = str(2**30)


@dataclass(frozen=True)
class Filters:
    """What part of the store a dataset covers. Dates are inclusive; countries are ISO3 codes, and a
    record is kept when any of its countries is one of them."""

    start: dt.date | None = None
    end: dt.date | None = None
    countries: tuple[str, ...] = ()
    # Count planned meetings as well as held ones in the events, panels and networks (the meetings
    # dataset lists every meeting with its status either way; cancelled ones are never counted).
    include_planned: bool = False

    @classmethod
    def make(
        cls,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        countries: Iterable[str] | str | None = None,
        include_planned: bool = False,
    ) -> Filters:
        """Validated filters from user input (ISO dates as strings or dates; codes in any case)."""
        s, e = _as_date(start, "start"), _as_date(end, "end")
        if s and e and s > e:
            raise QueryError(f"start {s} is after end {e}")
        if isinstance(countries, str):
            countries = [c for c in re.split(r"[,\s]+", countries) if c]
        codes = tuple(sorted({c.strip().upper() for c in countries or ()}))
        bad = [c for c in codes if not _ISO3.match(c)]
        if bad:
            raise QueryError(
                f"not ISO3 country codes: {', '.join(bad)} (three letters: GBR, USA, ...;"
                ' parley sql "SELECT iso3, name FROM country" lists them)'
            )
        return cls(s, e, codes, bool(include_planned))

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


def _as_date(value: dt.date | str | None, what: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"{what} date {value!r} is not an ISO date (YYYY-MM-DD)") from None


# --- SQL pushed to the store -----------------------------------------------------------------
# Values are inlined as literals rather than bound: they are validated above (dates are `date`
# objects, codes match [A-Z]{3}), and PostgreSQL's ADBC driver streams unparameterised queries with
# COPY, which is several times faster than the prepared-statement path.


def _date_cond(col: str, f: Filters) -> list[str]:
    conds = []
    if f.start:
        conds.append(f"{col} >= '{f.start.isoformat()}'")
    if f.end:
        conds.append(f"{col} <= '{f.end.isoformat()}'")
    return conds


def _in(col: str, f: Filters) -> str:
    return f"{col} IN ({', '.join(repr(c) for c in f.countries)})"


def _meeting_where(f: Filters, col: str = "id") -> str | None:
    conds = _date_cond("date", f)
    if f.countries:
        conds.append(f"id IN (SELECT meeting_id FROM meeting_country WHERE {_in('country', f)})")
    if not conds:
        return None
    if col == "id":
        return " AND ".join(conds)
    return f"{col} IN (SELECT id FROM meeting WHERE {' AND '.join(conds)})"


def _document_dates(f: Filters, col: str = "document_id") -> list[str]:
    if not f.dated:
        return []
    return [f"{col} IN (SELECT id FROM document WHERE {' AND '.join(_date_cond('published', f))})"]


def _statement_conds(f: Filters, s: str = "statement") -> list[str]:
    conds = _document_dates(f, f"{s}.document_id")
    if f.countries:
        # A superset of the exact filter (speaker's country at the time, or the target): the exact
        # one is applied to the finished dataset.
        conds.append(
            f"({_in(f'{s}.target_country', f)}"
            f" OR {s}.speaker_actor_id IN (SELECT id FROM actor WHERE {_in('country', f)})"
            f" OR EXISTS (SELECT 1 FROM actor_mention sm WHERE sm.document_id = {s}.document_id"
            f" AND sm.actor_id = {s}.speaker_actor_id AND {_in('sm.country', f)}))"
        )
    return conds


def _and(conds: Sequence[str]) -> str | None:
    return " AND ".join(conds) if conds else None


def _document_ref_where(f: Filters) -> str | None:
    where = _document_where(f)
    return f"document_id IN (SELECT id FROM document WHERE {where})" if where else None


def _document_where(f: Filters) -> str | None:
    if not f.dated:
        return None
    # Meetings are filtered by their own date, and may be reported by articles published after it.
    reports = _meeting_where(f, "meeting_id")
    return (
        f"({' AND '.join(_date_cond('published', f))})"
        f" OR id IN (SELECT document_id FROM meeting_report WHERE {reports})"
    )


def _issue_where(f: Filters) -> str | None:
    conds = _document_dates(f)
    if f.countries:
        conds.append(f"({_in('country_a', f)} OR {_in('country_b', f)})")
    return _and(conds)


def _speaker_mention_where(f: Filters) -> str | None:
    # Mentions in the articles that hold the statements wanted; the SQL keeps the speakers' own. A correlated
    # EXISTS on (document, speaker) took SQLite 100 times longer: without statistics it probes the
    # speaker index, and a row-value IN spills to a temporary file. Unfiltered, a plain scan beats any
    # semi-join.
    conds = _and(_statement_conds(f, "s"))
    return f"document_id IN (SELECT s.document_id FROM statement s WHERE {conds})" if conds else None


@dataclass(frozen=True)
class TableRead:
    """How one table reaches DuckDB: the store table, its columns, and its filter."""

    name: str  # name in DuckDB
    table: str  # table in the store
    columns: tuple[str, ...]
    where: Callable[[Filters], str | None] = lambda f: None

    def query(self, f: Filters, columns: Sequence[str] | None = None, part: str | None = None) -> str:
        """The SELECT for these filters; `columns` a subset of the table's, `part` the condition of a
        chunk when the table is read in several (see `_plan`)."""
        conds = [c for c in (self.where(f), part) if c]
        sql = f"SELECT {', '.join(columns or self.columns)} FROM {self.table}"
        return sql + (f" WHERE {' AND '.join(f'({c})' for c in conds)}" if conds else "")


READS: dict[str, TableRead] = {
    r.name: r
    for r in (
        TableRead("country", "country", ("iso3", "name", "iso2", "cow_code", "gw_code", "kind")),
        TableRead(
            "system_membership",
            "system_membership",
            ("system", "code", "start_date", "end_date", "abbrev", "name", "microstate"),
        ),
        TableRead("state_code_rule", "state_code_rule", ("iso3", "system", "code", "valid_from", "valid_to")),
        TableRead("issue", "issue", ("code", "label")),
        TableRead("role", "role", ("code", "label")),
        TableRead("source", "source", ("id", "name", "url")),
        TableRead("actor", "actor", ("id", "name", "kind", "country", "role")),
        TableRead(
            "document",
            "document",
            ("id", "source_id", "title", "published", "url", "language", "status"),
            where=_document_where,
        ),
        # Provenance: the ids under which each article arrived (origin and external id), so that a
        # record can be joined back to the corpus.
        TableRead(
            "document_ref",
            "document_ref",
            ("id", "document_id", "origin", "external_id"),
            where=_document_ref_where,
        ),
        TableRead(
            "meeting",
            "meeting",
            (
                "id",
                "date",
                "date_basis",
                "kind",
                "status",
                "label",
                "location",
                "location_country",
                "venue",
                "duration_minutes",
                "descriptors",
                "host_actor_id",
                "chair_actor_id",
            ),
            where=_meeting_where,
        ),
        TableRead(
            "meeting_country",
            "meeting_country",
            ("meeting_id", "country"),
            where=lambda f: _meeting_where(f, "meeting_id"),
        ),
        TableRead(
            "meeting_participant",
            "meeting_participant",
            ("meeting_id", "actor_id", "role", "country"),
            where=lambda f: _meeting_where(f, "meeting_id"),
        ),
        TableRead(
            "meeting_report",
            "meeting_report",
            ("id", "meeting_id", "document_id", "sentence"),
            where=lambda f: _meeting_where(f, "meeting_id"),
        ),
        TableRead(
            "statement",
            "statement",
            (
                "id",
                "document_id",
                "speaker_actor_id",
                "quote",
                "direct",
                "partial",
                "cue",
                "target_country",
                "tone",
                "meeting_id",
                "sentence",
                "speaker_via",
            ),
            where=lambda f: _and(_statement_conds(f)),
        ),
        # Only the mentions of speakers (for their country and role when they spoke): a subset of
        # actor_mention, so it gets its own name.
        TableRead(
            "speaker_mention",
            "actor_mention",
            ("document_id", "actor_id", "country", "role", "start_char"),
            where=_speaker_mention_where,
        ),
        TableRead(
            "bilateral_issue",
            "bilateral_issue",
            (
                "id",
                "document_id",
                "country_a",
                "country_b",
                "issue",
                "statement_id",
                "meeting_id",
                "phrase",
                "sentence",
            ),
            where=_issue_where,
        ),
    )
}


def arrow_type(sa_type: Any) -> pa.DataType:
    """The Arrow type a column of this SQLAlchemy type gets, whatever the backend returned."""
    if isinstance(sa_type, Boolean):
        return pa.bool_()
    if isinstance(sa_type, Integer):
        return pa.int64()
    if isinstance(sa_type, DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(sa_type, Date):
        return pa.date32()
    if isinstance(sa_type, JSON | String | Text):
        return pa.string()  # JSON lists arrive as their text on both backends
    raise TypeError(f"no Arrow type for {sa_type!r}")


def target_schema(read: TableRead, columns: Sequence[str] | None = None) -> pa.Schema:
    table = metadata.tables[read.table]
    return pa.schema([pa.field(c, arrow_type(table.c[c].type)) for c in columns or read.columns])


def empty_tables() -> dict[str, pa.Table]:
    """Every table as the read path delivers it, without rows: for plans and schemas without a store."""
    return {name: target_schema(read).empty_table() for name, read in READS.items()}


def _conform(data: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast what the driver returned to the table's Arrow schema (SQLite: dates as text, booleans as
    integers; PostgreSQL: int4, json)."""
    arrays = []
    for field in schema:
        col = data.column(field.name)
        if col.type != field.type and col.null_count == len(col):
            # an empty or all-null column: SQLite's driver calls it int64 whatever it holds
            col = pa.chunked_array([pa.nulls(len(col), field.type)])
        elif col.type != field.type:
            if pa.types.is_timestamp(field.type) and pa.types.is_string(col.type):
                # SQLite keeps timestamps as naive UTC text
                col = pc.cast(pc.cast(col, pa.timestamp("us")), field.type)
            else:
                col = pc.cast(col, field.type)
        arrays.append(col)
    return pa.table(arrays, schema=schema)


def adbc_connect(url: URL, autocommit: bool = False) -> Any:
    """An ADBC DB-API connection to the store at `url` (SQLite file or PostgreSQL). Without
    `autocommit`, the connection's queries run in one transaction."""
    backend = url.get_backend_name()
    try:
        if backend == "sqlite":
            import adbc_driver_sqlite.dbapi as sqlite_dbapi

            # the driver would create an empty database at a mistyped path
            if not Path(str(url.database)).is_file():
                raise QueryError(f"no store at {url.database}: run `parley init` or set PARLEY_DATABASE_URL")
            # a store this process cannot write is read through a read-only URI (see schema.store)
            target = sqlite_uri(url) if sqlite_read_only(url) else str(url.database)
            conn = sqlite_dbapi.connect(target, autocommit=autocommit)
            # concurrent readers opening a WAL database briefly contend for its lock; wait, do not fail
            _run(conn, f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            return conn
        import adbc_driver_postgresql.dbapi as pg_dbapi

        libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        return pg_dbapi.connect(libpq, autocommit=autocommit)
    except QueryError:
        raise
    except Exception as exc:  # the drivers raise their own error classes
        raise QueryError(f"cannot open the store {shown(url)}: {mask_password(_first_line(exc))}") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _run(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    with conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


@dataclass(frozen=True)
class _Job:
    """One query of the read: a table, or a chunk of a large one."""

    name: str
    columns: tuple[str, ...]
    part: str | None = None  # the chunk's condition
    start: int = 0  # where the chunk starts, to put the chunks back in order
    size: int = 0  # rows or pages it may hold, to start the largest first


def read_one(
    conn: Any,
    backend: str,
    read: TableRead,
    filters: Filters,
    columns: Sequence[str] | None = None,
    part: str | None = None,
) -> pa.Table:
    """One table of the store (or the chunk of it `part` selects) as Arrow, filtered and conformed,
    over an open ADBC connection."""
    cur = conn.cursor()
    try:
        if backend == "sqlite":
            cur.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": _SQLITE_BATCH_ROWS})
        cur.execute(read.query(filters, columns, part))
        data = cur.fetch_arrow_table()
    except Exception as exc:
        raise QueryError(
            f"cannot read {read.table} from the store ({_first_line(exc)}); "
            "is it at the current schema? run `parley db upgrade`"
        ) from None
    finally:
        cur.close()
    return _conform(data, target_schema(read, columns))


def covered_range(url: str | URL | None = None) -> tuple[dt.date | None, dt.date | None]:
    """First and last date of the corpus: meeting dates and publication dates of loaded articles.
    The panels span these months unless a filter says otherwise, so that a country filter selects
    rows of the unfiltered panel rather than a panel of its own length."""
    resolved = url if isinstance(url, URL) else database_url(url)
    conn = adbc_connect(resolved, autocommit=True)
    try:
        rows = _run(
            conn,
            "SELECT min(d) AS lo, max(d) AS hi FROM (SELECT date AS d FROM meeting UNION ALL "
            "SELECT published FROM document WHERE status = 'loaded') AS dates",
        )
    except Exception as exc:
        raise QueryError(f"cannot read the store's date range ({_first_line(exc)})") from None
    finally:
        conn.close()
    lo, hi = rows[0] if rows else (None, None)
    return _as_date(lo, "first date"), _as_date(hi, "last date")


# Large tables are read in chunks on parallel connections (one connection reads ~1M rows/s, so a
# 1M-row table alone would take as long as all the others together): SQLite tables in rowid ranges
# of at most CHUNK_ROWS, PostgreSQL tables in ranges of CHUNK_PAGES heap pages (TID range scans).
CHUNK_ROWS = 250_000
CHUNK_PAGES = 4_096  # 32 MiB of 8 KiB pages
# A SQLite read is checked against commits made meanwhile and repeated; after this many changed reads
# (a refresh committing all the time) it is done on one connection, in one transaction.
ATTEMPTS = 3


def _plan(guard: Any, backend: str, cols: dict[str, tuple[str, ...]], threads: int) -> list[_Job]:
    """The queries of a read, largest first. `max(rowid)` is a B-tree lookup on SQLite; PostgreSQL
    knows the size of a table's heap. The first and last chunks are open-ended, so no row is ever left
    out."""
    jobs: list[_Job] = []
    if backend != "sqlite" and threads > 1:
        version = int(_run(guard, "SELECT current_setting('server_version_num')")[0][0])
        threads = threads if version >= 140000 else 1  # before 14, each ctid range would scan the whole table
    for name, columns in cols.items():
        table = READS[name].table
        if threads <= 1:
            jobs.append(_Job(name, columns))
            continue
        bound: Callable[[int], str] = str
        if backend == "sqlite":
            size = int(_run(guard, f"SELECT coalesce(max(rowid), 0) FROM {table}")[0][0])
            most, key = CHUNK_ROWS, "rowid"
        else:
            size = int(_run(guard, f"SELECT pg_relation_size('{table}') / current_setting('block_size')::bigint")[0][0])
            most, key = CHUNK_PAGES, "ctid"
            bound = lambda page: f"'({page},0)'::tid"  # noqa: E731
        if size <= most:
            jobs.append(_Job(name, columns, None, 0, size))
            continue
        step = -(-size // -(-size // most))  # equal chunks of at most `most`
        for lo in range(0, size, step):
            conds = [f"{key} >= {bound(lo)}"] if lo else []
            conds += [f"{key} < {bound(lo + step)}"] if lo + step < size else []
            jobs.append(_Job(name, columns, " AND ".join(conds), lo, step))
    return sorted(jobs, key=lambda j: -j.size)


def _read_jobs(
    resolved: URL, backend: str, jobs: list[_Job], f: Filters, threads: int, snapshot: str | None, spare: Any = None
) -> dict[str, pa.Table]:
    """Run the jobs on `threads` connections (the ADBC drivers release the GIL while they fetch) and
    put each table's chunks back together in order. On PostgreSQL every connection joins the
    exported `snapshot`, so all of them see the same committed state. `spare`, an open connection
    already in that state (the guard), serves one thread and is left open."""
    local = threading.local()
    opened: list[Any] = []
    spares = [spare] if spare is not None else []
    lock = threading.Lock()

    def work(job: _Job) -> pa.Table:
        conn = getattr(local, "conn", None)
        if conn is None:
            with lock:
                conn = local.conn = spares.pop() if spares else None
            if conn is not None:
                return read_one(conn, backend, READS[job.name], f, job.columns, job.part)
            conn = local.conn = adbc_connect(resolved)
            with lock:
                opened.append(conn)
            if snapshot is not None:
                _run(conn, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                _run(conn, f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        return read_one(conn, backend, READS[job.name], f, job.columns, job.part)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(threads, len(jobs)))) as pool:
            parts = list(pool.map(work, jobs))
    finally:
        for conn in opened:
            conn.close()
    chunks: dict[str, list[tuple[int, pa.Table]]] = {}
    for job, part in zip(jobs, parts, strict=True):
        chunks.setdefault(job.name, []).append((job.start, part))
    return {name: pa.concat_tables([t for _, t in sorted(c, key=lambda x: x[0])]) for name, c in chunks.items()}


def read_store(
    url: str | URL | None = None,
    tables: Iterable[str] | None = None,
    filters: Filters | None = None,
    threads: int | None = None,
    columns: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, pa.Table]:
    """The named tables (all by default) as Arrow tables, read concurrently, and all from one
    committed state of the store (a refresh may be writing meanwhile).

    `columns` narrows a table to the columns named (in the table's order); `threads` defaults to the
    number of cores (at least 2). PostgreSQL: the connections share one exported snapshot. SQLite:
    the read is repeated if anything was committed while it ran, then done serially in one transaction."""
    resolved = url if isinstance(url, URL) else database_url(url)
    names = list(tables) if tables is not None else list(READS)
    unknown = [n for n in names if n not in READS]
    if unknown:
        raise QueryError(f"unknown store tables: {', '.join(unknown)}")
    f = filters or Filters()
    backend = resolved.get_backend_name()
    threads = threads or max(2, os.cpu_count() or 1)
    cols = {n: _columns(READS[n], (columns or {}).get(n)) for n in names}
    guard = adbc_connect(resolved, autocommit=backend == "sqlite")
    try:
        if backend != "sqlite":
            # a REPEATABLE READ transaction on the guard, whose snapshot the readers import
            _run(guard, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            snapshot = str(_run(guard, "SELECT pg_export_snapshot()")[0][0])
            return _read_jobs(resolved, backend, _plan(guard, backend, cols, threads), f, threads, snapshot, guard)
        for _ in range(ATTEMPTS):
            before = _run(guard, "PRAGMA data_version")
            result = _read_jobs(resolved, backend, _plan(guard, backend, cols, threads), f, threads, None, guard)
            if _run(guard, "PRAGMA data_version") == before:
                return result
        # one connection, one transaction: consistent, and slower
        return _read_jobs(resolved, backend, _plan(guard, backend, cols, 1), f, 1, None)
    except QueryError:
        raise
    except Exception as exc:  # the drivers raise their own error classes
        raise QueryError(
            f"cannot read the store ({_first_line(exc)}); is it at the current schema? run `parley db upgrade`"
        ) from None
    finally:
        guard.close()


def _columns(read: TableRead, wanted: Iterable[str] | None) -> tuple[str, ...]:
    if wanted is None:
        return read.columns
    want = set(wanted)
    unknown = want - set(read.columns)
    if unknown:
        raise QueryError(f"{read.name} has no columns {', '.join(sorted(unknown))}")
    return tuple(c for c in read.columns if c in want)
