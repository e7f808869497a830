"""The research datasets as Polars or Arrow: `dataset(name, start=, end=, countries=)` and the list of
datasets with their descriptions and row counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl
import pyarrow as pa
from sqlalchemy.engine import URL

from queries import registry
from queries.engine import Session
from queries.panels import PanelOptions, check
from queries.read import Filters


@dataclass(frozen=True)
class DatasetInfo:
    """What `parley datasets` lists."""

    name: str
    title: str
    grain: str
    description: str
    rows: int | None
    left_out: dict[str, int] | None = None  # panels: records between states left out for lack of a date


def dataset_arrow(
    name: str,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    countries: Iterable[str] | str | None = None,
    url: str | URL | None = None,
    system: str | None = None,
    directed: bool | None = None,
    universe: str | None = None,
    include_planned: bool = False,
) -> pa.Table:
    """One dataset as an Arrow table; see `dataset`."""
    spec = registry.get(name)  # an unknown name fails before the store is read
    filters = Filters.make(start, end, countries, include_planned)
    panel = PanelOptions.make(system, directed, universe)
    check(spec, panel)
    with Session.open(url, [name], filters, panel=panel) as session:
        return session.arrow(name)


def dataset(
    name: str,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    countries: Iterable[str] | str | None = None,
    url: str | URL | None = None,
    system: str | None = None,
    directed: bool | None = None,
    universe: str | None = None,
    include_planned: bool = False,
) -> pl.DataFrame:
    """One research dataset as a Polars DataFrame.

    `start` and `end` (inclusive ISO dates) limit the records by date and set the months of the
    panels; `countries` (ISO3 codes) keeps the records involving any of them (each dataset's SQL
    header says how). `url` is the store (default: `PARLEY_DATABASE_URL`, else data/parley.sqlite).
    The panels (dyad_year, dyad_month) also take `system` ("iso3", "cow", "gw"), `directed` and
    `universe` ("interacting", "all"); see queries/panels.py and docs/codebook.md. Events, panels and
    networks count held meetings; `include_planned` counts planned ones too.

    >>> events = dataset("events", start="2020-01-01", countries=["IRN"])  # doctest: +SKIP
    >>> dyads = dataset("dyad_year", system="cow", directed=True, universe="all")  # doctest: +SKIP
    """
    df = pl.from_arrow(dataset_arrow(name, start, end, countries, url, system, directed, universe, include_planned))
    assert isinstance(df, pl.DataFrame)
    return df


def datasets(url: str | URL | None = None, counts: bool = True, panel: PanelOptions | None = None) -> list[DatasetInfo]:
    """Every dataset with its description and, with `counts`, its number of rows in the store (the
    panels' under the `panel` options)."""
    specs = list(registry.specs().values())
    rows: dict[str, int] = {}
    left_out: dict[str, int] | None = None
    if counts:
        with Session.open(url, whole=["bilateral_issue"], panel=panel) as session:
            rows = {s.name: session.count(s.name) for s in specs}
            left_out = undated_counts(session)
    return [
        DatasetInfo(s.name, s.title, s.grain, s.description, rows.get(s.name), left_out if s.panel else None)
        for s in specs
    ]


# Records between two states without a date, which the panels (dyad_month, issue_salience) leave out.
UNDATED_DATASETS = ("meetings", "statements")  # what UNDATED_SQL reads: these views ...
UNDATED_TABLES = ("bilateral_issue", "document")  # ... and these store tables, whole
UNDATED_SQL = {
    "meetings": "SELECT count(*) FROM meetings WHERE date IS NULL AND n_countries >= 2",
    "statements": "SELECT count(*) FROM statements WHERE date IS NULL AND target_iso3 IS NOT NULL"
    " AND speaker_iso3 IS NOT NULL AND speaker_iso3 <> target_iso3",
    "issues": "SELECT count(*) FROM bilateral_issue i JOIN document d ON d.id = i.document_id"
    " WHERE d.published IS NULL",
}


def undated_counts(session: Session) -> dict[str, int]:
    """Per kind, the records between two states that have no date (only the kinds that have some)."""
    out = {k: int(session.con.execute(q).fetchall()[0][0]) for k, q in UNDATED_SQL.items()}
    return {k: v for k, v in out.items() if v}
