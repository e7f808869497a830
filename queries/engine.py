"""An in-memory DuckDB session: the store's tables registered from Arrow, the event codes, and the
datasets of `queries/sql/` as views over them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy.engine import URL

from queries import registry
from queries.codes import event_code_table
from queries.errors import QueryError
from queries.panels import SYSTEMS, PanelOptions
from queries.read import READS, Filters, TableRead, covered_range, empty_tables, read_store, target_schema
from schema.store import open_store


class Session:
    """The datasets over one snapshot of the store. `materialise` copies the Arrow tables into DuckDB
    (the read-only SQL sandbox needs this: with external access off, DuckDB cannot scan Python
    objects); otherwise they are scanned in place, without a copy. A session opened for some datasets
    serves those only: the views they build on are there, but over tables read without the columns
    only those views' other outputs would use."""

    def __init__(
        self,
        tables: dict[str, pa.Table],
        filters: Filters | None = None,
        datasets: Iterable[str] | None = None,
        materialise: bool = False,
        months: tuple[dt.date | None, dt.date | None] | None = None,
        whole: Iterable[str] = (),
        panel: PanelOptions | None = None,
    ) -> None:
        self.filters = filters or Filters()
        self.panel = panel or PanelOptions()
        self.tables = {name: tables[name] for name in whole}  # store tables kept whole for the caller
        self.con = duckdb.connect(":memory:")
        all_tables = {**tables, "event_code": event_code_table()}
        for name, table in all_tables.items():
            if materialise:
                self.con.register(f"_arrow_{name}", table)
                self.con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM "_arrow_{name}"')
                self.con.unregister(f"_arrow_{name}")
            else:
                self.con.register(name, table)
        # The months the panels span (by default the filter's dates; `open` widens them to the corpus)
        first, last = months or (self.filters.start, self.filters.end)
        if first:
            self.con.execute("SET VARIABLE parley_start = $d::DATE", {"d": first})
        if last:
            self.con.execute("SET VARIABLE parley_end = $d::DATE", {"d": last})
        # Which meetings the events, panels and networks count (queries/sql/*.sql read it)
        self.con.execute("SET VARIABLE parley_include_planned = $v", {"v": self.filters.include_planned})
        for variable, value in self.panel.variables().items():
            self.con.execute(f"SET VARIABLE {variable} = $v", {"v": value})
        wanted = list(datasets) if datasets is not None else list(registry.ORDER)
        present = set(all_tables)
        self.datasets: list[str] = []  # the datasets served: those named, not the views they build on
        for name in registry.closure(wanted):
            spec = registry.get(name)
            if not spec.tables <= present:
                continue
            self.con.execute(f'CREATE VIEW "{name}" AS {self._view_sql(spec)}')
            if name in wanted:
                self.datasets.append(name)

    @classmethod
    def open(
        cls,
        url: str | URL | None = None,
        datasets: Iterable[str] | None = None,
        filters: Filters | None = None,
        materialise: bool = False,
        all_tables: bool = False,
        whole: Iterable[str] = (),
        panel: PanelOptions | None = None,
    ) -> Session:
        """Read what the datasets need from the store at `url`: only the columns their plans use
        (`columns_for`), or every table whole with `all_tables`. Tables named in `whole`
        are read with all their columns, in the same committed state, and kept in `self.tables`."""
        open_store(url)  # an existing store at the code's revision, or a one-line reason why not
        names = list(datasets) if datasets is not None else list(registry.ORDER)
        filters = filters or Filters()
        months = (filters.start, filters.end)
        if not all(months) and any(registry.get(n).panel for n in registry.closure(names)):
            lo, hi = covered_range(url)
            months = (filters.start or lo, filters.end or hi)
        if all_tables:
            tables = read_store(url, list(READS), filters)
        else:
            columns = {**columns_for(names), **{t: READS[t].columns for t in whole}}
            tables = {
                name: _pad(table, READS[name])
                for name, table in read_store(url, list(columns), filters, columns=columns).items()
            }
        return cls(tables, filters, names, materialise, months, whole, panel)

    def _view_sql(self, spec: registry.DatasetSpec) -> str:
        return view_sql(spec, self.panel)

    def relation_sql(self, name: str) -> str:
        """SQL selecting a dataset with the exact country filter applied (the codes are validated
        ISO3 letters, so they are inlined: COPY takes no parameters)."""
        spec = registry.get(name)
        if name not in self.datasets:
            raise QueryError(f"dataset {name} was not loaded in this session")
        sql = f'SELECT * FROM "{name}"'
        if self.filters.countries and spec.country_columns:
            codes = ", ".join(f"'{c}'" for c in self.filters.countries)
            if spec.options and self.panel.system != "iso3":
                # the state numbers the ISO3 codes stand for at any date
                numbers = f"SELECT code FROM state_codes WHERE system = '{self.panel.system}' AND iso3 IN ({codes})"
                cond = " OR ".join(f'"{c}" IN ({numbers})' for c in self.panel.key_columns(spec))
            else:
                cond = " OR ".join(f'"{c}" IN ({codes})' for c in spec.country_columns)
            return f"{sql} WHERE {cond}"
        return sql

    def arrow(self, name: str) -> pa.Table:
        """A dataset as an Arrow table."""
        try:
            return self.con.sql(self.relation_sql(name)).to_arrow_table()
        except duckdb.Error as exc:
            raise QueryError(f"building {name} failed: {str(exc).splitlines()[0]}") from None

    def schema(self, name: str) -> pa.Schema:
        """A dataset's Arrow schema, without building it."""
        return self.con.sql(f"{self.relation_sql(name)} LIMIT 0").to_arrow_table().schema

    def count(self, name: str) -> int:
        # fetchall, not fetchone: DuckDB 2 refuses `con.sql` while an execute() result is unfinished
        return int(self.con.execute(f"SELECT count(*) FROM ({self.relation_sql(name)})").fetchall()[0][0])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def view_sql(spec: registry.DatasetSpec, panel: PanelOptions) -> str:
    """A dataset's SQL as its view runs it: a panel's with the columns its options give, in the order
    of its keys (the options themselves are the session's DuckDB variables)."""
    if not spec.options:
        return spec.sql
    names = {c.name for c in spec.columns}
    order = [*panel.key_columns(spec), *(c for c in ("year", "month") if c in names)]
    keys = ", ".join(f'"{c}"' for c in order)
    return f"SELECT {panel.projection(spec)} FROM (\n{spec.sql}\n) AS panel ORDER BY {keys}"


def _pad(table: pa.Table, read: TableRead) -> pa.Table:
    """A pruned table with the columns it was read without, as nulls: the views of the datasets it
    was read for bind to every column of their dependencies, and never select these."""
    schema = target_schema(read)
    if table.num_columns == len(schema):
        return table
    return pa.table(
        [table.column(f.name) if f.name in table.column_names else pa.nulls(table.num_rows, f.type) for f in schema],
        schema=schema,
    )


# Optimisers that reason from the (empty) tables' statistics would drop branches whose filters an
# empty table cannot pass, and with them the columns those branches read; filter pushdown would hide
# the columns a pushed filter reads.
_STATISTICS_OPTIMISERS = "statistics_propagation,empty_result_pullup,filter_pushdown"


def _scanned(node: dict[str, Any], found: dict[str, set[str]]) -> None:
    info = node.get("extra_info") or {}
    if "Table" in info:
        projected = info.get("Projections") or []
        table = str(info["Table"]).rsplit(".", 1)[-1].strip('"')
        found.setdefault(table, set()).update([projected] if isinstance(projected, str) else projected)
    for child in node.get("children") or []:
        _scanned(child, found)


@cache
def _columns_for(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    day = dt.date(2000, 1, 1)
    # materialised: DuckDB tables show their names in the plan (Arrow scans do not)
    found: dict[str, set[str]] = {}
    # a panel reads what it needs under every system (a plan may leave out the branches of the others)
    panelled = any(registry.get(n).options for n in names)
    for system in SYSTEMS if panelled else ("iso3",):
        panel = PanelOptions(system, universe="all" if system != "iso3" else "interacting")
        with Session(
            empty_tables(), datasets=sorted(names), materialise=True, months=(day, day), panel=panel
        ) as session:
            session.con.execute(f"SET disabled_optimizers = '{_STATISTICS_OPTIMISERS}'")
            for name in sorted(names):
                plan = session.con.execute(f'EXPLAIN (FORMAT json) SELECT * FROM "{name}"').fetchall()
                for node in json.loads(plan[0][1]):
                    _scanned(node, found)
    out = {}
    for table in registry.tables_for(sorted(names)):  # the dependencies' tables are scanned through their views
        # a table the plan does not show scanning (or scanning no column) is read whole: never less
        cols = found.get(table) or set(READS[table].columns)
        out[table] = tuple(c for c in READS[table].columns if c in cols)
    return out


def columns_for(names: list[str]) -> dict[str, tuple[str, ...]]:
    """The store columns the datasets `names` read, per table: DuckDB's own plan of each dataset over
    empty tables tells which columns its scans project, so a dataset reads no column it does not use
    (events does not read the statements' quotes, although the statements dataset it builds on does)."""
    for name in names:
        registry.get(name)
    return _columns_for(frozenset(names))
