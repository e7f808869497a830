"""parley's public Python API for research data: the same functions the commands call.

>>> import parley.api as parley                      # doctest: +SKIP
>>> parley.dataset("dyad_month", start="2020-01-01", countries=["IRN", "USA"])  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

import polars as pl
import pyarrow as pa

from queries import datasets as _datasets
from queries import export as _export
from queries import safe_sql as _safe_sql
from queries.datasets import DatasetInfo
from queries.export import ExportResult
from queries.read import Filters

__all__ = ["DatasetInfo", "ExportResult", "dataset", "datasets", "export", "sql"]

DateLike = dt.date | str | None
Countries = Iterable[str] | str | None


def dataset(
    name: str,
    start: DateLike = None,
    end: DateLike = None,
    countries: Countries = None,
    database: str | None = None,
    include_planned: bool = False,
) -> pl.DataFrame:
    """A research dataset (`events`, `dyad_month`, ...) as a Polars DataFrame; see `datasets()`.

    `start`/`end` are inclusive ISO dates, `countries` ISO3 codes; `database` is the store URL
    (default: $PARLEY_DATABASE_URL, else sqlite:///data/parley.sqlite). Meetings count when held;
    `include_planned` counts planned ones too (the `meetings` dataset lists all with their status)."""
    return _datasets.dataset(name, start, end, countries, database, include_planned)


def datasets(database: str | None = None, counts: bool = True) -> list[DatasetInfo]:
    """The datasets with their grain, description and (with `counts`) row counts."""
    return _datasets.datasets(database, counts)


def sql(query: str, database: str | None = None, timeout: float = _safe_sql.DEFAULT_TIMEOUT_S) -> pa.Table:
    """Run one read-only DuckDB SELECT over the datasets and the store's tables; returns Arrow
    (`pl.from_arrow(...)` for Polars). Writes, files, extensions and settings are refused."""
    return _safe_sql.run_sql(query, database, timeout=timeout)


def export(
    names: str | Iterable[str],
    format: str,
    out: str | Path,
    start: DateLike = None,
    end: DateLike = None,
    countries: Countries = None,
    database: str | None = None,
    progress: Callable[[str], None] | None = None,
    include_planned: bool = False,
) -> ExportResult:
    """Export datasets (a name, several, or "all") as parquet, csv, dta or duckdb into directory `out`,
    with datapackage.json, codebook.md and CITATION.cff. `progress`, if given, is called with each step.
    `include_planned` counts planned meetings as well as held ones in events, panels and networks."""
    filters = Filters.make(start, end, countries, include_planned)
    return _export.export(names, format, out, database, filters, progress=progress)
