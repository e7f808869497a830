"""parley's public Python API for research data: the same functions the commands call.

>>> import parley.api as parley                      # doctest: +SKIP
>>> parley.dataset("dyad_month", start="2020-01-01", countries=["IRN", "USA"])  # doctest: +SKIP
>>> parley.dataset("dyad_year", system="cow", directed=True, universe="all")  # doctest: +SKIP
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
from queries.panels import PanelOptions
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
    system: str | None = None,
    directed: bool | None = None,
    universe: str | None = None,
    include_planned: bool = False,
) -> pl.DataFrame:
    """A research dataset (`events`, `dyad_month`, ...) as a Polars DataFrame; see `datasets()`.

    `start`/`end` are inclusive ISO dates, `countries` ISO3 codes; `database` is the store URL
    (default: $PARLEY_DATABASE_URL, else sqlite:///data/parley.sqlite). The panels (`dyad_year`,
    `dyad_month`) take `system` ("iso3", the default; "cow" keys them ccode1/ccode2, "gw"
    gwcode1/gwcode2, members of the state system only), `directed` (False by default) and
    `universe` ("interacting", the default; "all": every pair of members, cow and gw only).
    Meetings count when held; `include_planned` counts planned ones too (the `meetings` dataset lists
    all with their status)."""
    return _datasets.dataset(name, start, end, countries, database, system, directed, universe, include_planned)


def datasets(
    database: str | None = None,
    counts: bool = True,
    system: str | None = None,
    directed: bool | None = None,
    universe: str | None = None,
) -> list[DatasetInfo]:
    """The datasets with their grain, description and (with `counts`) row counts, the panels' under
    `system`, `directed` and `universe` (as in `dataset`)."""
    return _datasets.datasets(database, counts, PanelOptions.make(system, directed, universe))


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
    system: str | None = None,
    directed: bool | None = None,
    universe: str | None = None,
    force: bool = False,
    neutralise_formulas: bool = True,
    include_planned: bool = False,
) -> ExportResult:
    """Export datasets (a name, several, or "all") as parquet, csv, dta or duckdb into directory `out`,
    with datapackage.json, codebook.md and CITATION.cff. `progress`, if given, is called with each step.
    `system`, `directed` and `universe` shape the panels, as in `dataset`. `out` must be missing, empty
    or a previous parley export (`force` replaces any folder); CSV text cells that would run as
    spreadsheet formulas get a leading ' unless `neutralise_formulas` is False. `include_planned`
    counts planned meetings as well as held ones in events, panels and networks."""
    filters = Filters.make(start, end, countries, include_planned)
    panel = PanelOptions.make(system, directed, universe)
    return _export.export(
        names,
        format,
        out,
        database,
        filters,
        progress=progress,
        panel=panel,
        force=force,
        neutralise_formulas=neutralise_formulas,
    )
