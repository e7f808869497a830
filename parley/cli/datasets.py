"""`parley datasets`, `parley sql` and `parley export`: thin commands over `queries`."""

from __future__ import annotations

import enum
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from parley.cli.app import app, console, err_console, is_terminal, notice
from parley.cli.options import Database

# queries.safe_sql.DEFAULT_TIMEOUT_S, repeated so that `parley --help` does not import DuckDB (a test
# checks that the two agree)
DEFAULT_TIMEOUT_S = 120.0


class OutputFormat(enum.StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class System(enum.StrEnum):
    iso3 = "iso3"
    cow = "cow"
    gw = "gw"


class Universe(enum.StrEnum):
    interacting = "interacting"
    all = "all"


# The panels' options (dyad_year, dyad_month); the other datasets take none. Each command gets its own
# Option objects: typer refuses one shared by two commands.
def _system_option() -> Any:
    return typer.Option(
        "--system", help="Panel keys: iso3 codes, or cow (ccode1, ccode2) or gw (gwcode1, gwcode2) state numbers."
    )


def _directed_option() -> Any:
    return typer.Option(
        "--directed/--undirected", help="Panels: (A,B) and (B,A) as rows of their own, or unordered pairs."
    )


def _universe_option() -> Any:
    return typer.Option("--universe", help="Panels: dyads that interact, or all pairs of system members (cow, gw).")


class ExportFormat(enum.StrEnum):
    parquet = "parquet"
    csv = "csv"
    dta = "dta"
    duckdb = "duckdb"


@app.command("datasets")
def datasets_cmd(
    database: Database = None,
    no_counts: bool = typer.Option(False, "--no-counts", help="Skip counting rows (faster)."),
    system: Annotated[System, _system_option()] = System.iso3,
    directed: Annotated[bool, _directed_option()] = False,
    universe: Annotated[Universe, _universe_option()] = Universe.interacting,
) -> None:
    """List the research datasets with their grain, description and row counts (the panels' counts
    under --system, --directed and --universe).

    Example: parley datasets --system cow --directed
    """
    from parley import api

    infos = api.datasets(database, not no_counts, system.value, directed, universe.value)
    table = Table("dataset", "rows", "grain", "description", show_lines=True)
    for i in infos:
        table.add_row(i.name, "" if i.rows is None else f"{i.rows:,}", i.grain, i.description)
    console.print(table)
    left_out = next((i.left_out for i in infos if i.left_out), None)
    if left_out:
        from queries.codebook import undated_phrase

        panels = ", ".join(i.name for i in infos if i.left_out)
        notice("note", f"{panels} leave out {undated_phrase(left_out)}")


@app.command("sql")
def sql_cmd(
    query: str = typer.Argument(..., help="One SELECT over the datasets (events, dyad_month, ...) and store tables."),
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    limit: int = typer.Option(50, "--limit", min=1, help="Rows shown in table format (csv and json print all)."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT_S, "--timeout", help="Seconds before the query is stopped."),
    database: Database = None,
    out: str | None = typer.Option(
        None, "--out", "-o", help="Write csv, json or parquet to this file (parquet needs it) instead of stdout."
    ),
) -> None:
    """Run read-only DuckDB SQL over the datasets and the store's tables.

    csv, json and parquet output stream the result batch by batch; table output shows --limit rows.

    Example: parley sql "SELECT country_a, country_b, sum(meetings) AS n FROM dyad_month GROUP BY ALL ORDER BY n DESC"
    Example: parley sql "SELECT * FROM events" --format parquet --out events.parquet
    """
    from queries.errors import QueryError

    if fmt is OutputFormat.table:  # queries.sandbox: no Arrow unless the query reads the store
        from queries.sandbox import preview_sql

        shown = preview_sql(query, limit, database, timeout)
        table = Table(*shown.columns)
        for row in shown.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)
        if shown.more:
            console.print(f"(first {limit:,} rows shown; --limit N shows more, --format csv prints all)")
        return
    from queries.safe_sql import write_sql, write_sql_parquet  # not parley.api: Polars, pandas

    if fmt is OutputFormat.parquet:  # streamed into the file, batch by batch
        if out is None:
            raise QueryError("--format parquet writes a file: give it with --out FILE.parquet")
        rows = write_sql_parquet(query, out, database, timeout)
        console.print(f"wrote {rows:,} rows to {out}")
        return
    if out is not None:  # streamed: the whole result is never in memory
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write_sql(query, fh, fmt.value, database, timeout)
        return
    write_sql(query, sys.stdout, fmt.value, database, timeout)


@app.command("export")
def export_cmd(
    name: str = typer.Argument(..., help="A dataset name, or 'all'."),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.parquet,
    out: str = typer.Option(..., "--out", "-o", help="Directory to write (replaced if it is a parley export)."),
    start: str | None = typer.Option(None, "--start", help="First date (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--end", help="Last date (YYYY-MM-DD)."),
    countries: str | None = typer.Option(None, "--countries", help="ISO3 codes, comma-separated."),
    database: Database = None,
    system: Annotated[System, _system_option()] = System.iso3,
    directed: Annotated[bool, _directed_option()] = False,
    universe: Annotated[Universe, _universe_option()] = Universe.interacting,
    force: bool = typer.Option(
        False, "--force", help="Replace OUT even if it is not a parley export or holds other files."
    ),
    raw_csv: bool = typer.Option(
        False, "--raw-csv", help="CSV: keep text cells starting with = + - @ as they are (spreadsheets run them)."
    ),
    include_planned: bool = typer.Option(
        False, "--include-planned", help="Count planned meetings too (events, panels, networks)."
    ),
) -> None:
    """Export datasets with datapackage.json, codebook.md and CITATION.cff.

    OUT is replaced only if it is missing, empty or a previous parley export holding only the files
    parley wrote. In CSV, text cells that a spreadsheet would run as a formula get a leading '.

    Example: parley export all --format parquet --out exports/latest
    Example: parley export dyad_year --system cow --directed --universe all --format dta --out exports/ddy
    """
    from parley import api

    options: dict[str, Any] = {
        "system": system.value,
        "directed": directed,
        "universe": universe.value,
        "force": force,
        "neutralise_formulas": not raw_csv,
        "include_planned": include_planned,
    }
    if is_terminal():
        with err_console.status("exporting") as status:
            result = api.export(
                name, fmt.value, out, start, end, countries, database, progress=status.update, **options
            )
    else:  # cron, pipes: one line per step on stderr
        result = api.export(
            name,
            fmt.value,
            out,
            start,
            end,
            countries,
            database,
            progress=lambda step: err_console.print(step, highlight=False),
            **options,
        )
    for dataset, rows in result.rows.items():
        console.print(f"{dataset}: {rows:,} rows")
    console.print(f"wrote {len(result.files)} files to {result.out} (dataset version {result.dataset_version})")
    if result.left_out:
        from queries.codebook import undated_phrase

        notice("note", f"the panels leave out {undated_phrase(result.left_out)}")
