"""`parley report`: write the store's HTML report (a thin wrapper over `parley.report.build_report`)."""

from __future__ import annotations

from pathlib import Path

import typer

from parley.cli.app import app, console
from parley.cli.options import Database
from parley.report import build_report

OUT_OPTION = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write.", dir_okay=False)
DYAD_OPTION = typer.Option(
    [],
    "--dyad",
    show_default=False,
    help="A country pair to draw a timeline for, e.g. IRN-USA (repeatable; default: the three most active).",
)
START_OPTION = typer.Option(None, "--start", help="First day counted (YYYY-MM-DD).", show_default=False)
END_OPTION = typer.Option(None, "--end", help="Last day counted (YYYY-MM-DD).", show_default=False)


@app.command()
def report(
    out: Path = OUT_OPTION,
    dyad: list[str] = DYAD_OPTION,
    start: str | None = START_OPTION,
    end: str | None = END_OPTION,
    database: Database = None,
) -> None:
    """Write one self-contained HTML report (opens offline): coverage, top dyads, dyad timelines,
    issues by dyad, the co-attendance network and the latest refresh.

    Example: parley report --out report.html --dyad IRN-USA --start 2024-01-01
    """
    path = build_report(database, out, dyads=dyad, start=start, end=end)
    console.print(f"report written to {path.resolve()}", highlight=False, soft_wrap=True)
