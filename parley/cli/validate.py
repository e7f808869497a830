"""`parley validate sample|import|report`: measured precision, thin commands over `queries.validate`."""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from parley.cli.app import app, console
from parley.cli.options import Database

if TYPE_CHECKING:
    from queries.validate import ValidationReport
    from queries.validate.stats import Proportion

validate_app = typer.Typer(
    help="Measure the dataset's precision: sample records, judge them against their evidence, report.",
    no_args_is_help=True,
)
app.add_typer(validate_app, name="validate")


OUT_OPTION = typer.Option(Path("audit"), "--out", "-o", help="Folder for the coding sheet.", file_okay=False)
PATH_ARGUMENT = typer.Argument(..., help="Judgments: the CSV the HTML sheet saves, the filled CSV sheet, or JSON.")


class Kind(enum.StrEnum):
    all = "all"
    meetings = "meetings"
    statements = "statements"
    issues = "issues"
    actors = "actors"


class Stratum(enum.StrEnum):
    source = "source"
    year = "year"
    kind = "kind"


class ReportFormat(enum.StrEnum):
    table = "table"
    json = "json"


@validate_app.command("sample")
def sample_cmd(
    n: int = typer.Option(100, "--n", "-n", help="Records to draw."),
    kind: Annotated[Kind, typer.Option("--kind", help="Record kind to sample.")] = Kind.all,
    seed: int | None = typer.Option(None, "--seed", help="Seed of the draw (default: a random one, printed)."),
    stratify: Annotated[
        Stratum | None, typer.Option("--stratify", help="Draw from each stratum in proportion to its size.")
    ] = None,
    out: Path = OUT_OPTION,
    database: Database = None,
) -> None:
    """Draw a seeded random sample of records and write its coding sheet (offline HTML page and CSV).

    Example: parley validate sample --n 100 --kind statements --seed 7 --stratify source --out audit/
    """
    from queries.validate import sample

    res = sample(database, n, kind.value, seed, stratify.value if stratify else None, out)
    console.print(
        f"audit {res.audit_id}: {res.drawn} of {res.population:,} records drawn with seed {res.seed}",
        highlight=False,
    )
    for stratum, (pop, got) in sorted(res.strata.items()):
        console.print(f"  {stratum}: {got} of {pop:,}", highlight=False)
    for path in res.files:
        console.print(f"wrote {path}", highlight=False, soft_wrap=True)
    html = next(p for p in res.files if p.suffix == ".html")
    console.print(
        f"open {html} in a browser, judge each field, save, then: "
        f"parley validate import judgments-audit-{res.audit_id}.csv --coder NAME",
        highlight=False,
        soft_wrap=True,
    )


@validate_app.command("import")
def import_cmd(
    path: Path = PATH_ARGUMENT,
    coder: str | None = typer.Option(None, "--coder", help="Who judged (default: the file's coder column)."),
    database: Database = None,
) -> None:
    """Read a coder's judgments into the store; a sheet whose records changed since sampling is refused.

    Example: parley validate import audit/judgments-audit-1.csv --coder ana
    """
    from queries.validate import import_judgments

    res = import_judgments(path, coder, database)
    again = f" ({res.replaced} earlier judgments of {res.coder} replaced)" if res.replaced else ""
    console.print(
        f"audit {res.audit_id}: {res.judgments} judgments of {res.records} records by {res.coder} imported{again}",
        highlight=False,
    )


def _fmt(p: Proportion) -> tuple[str, str, str]:
    if not p.n:
        return "", "0", ""
    assert p.value is not None and p.low is not None and p.high is not None
    return f"{p.value:.2f}", f"{p.k}/{p.n}", f"{p.low:.2f}-{p.high:.2f}"


def _print(rep: ValidationReport) -> None:
    label = " (measured on an older pipeline version)" if rep.outdated else ""
    console.print(
        f"audit {rep.audit_id}: {rep.items} records judged by {', '.join(rep.coders)}; pipeline "
        f"{rep.pipeline_version or 'unknown'}{label}",
        highlight=False,
        soft_wrap=True,
    )
    table = Table("records", "precision", "correct/n", "Wilson 95%", title="Precision by record kind and field")
    table.add_row("all", *_fmt(rep.overall))
    for kind, p in rep.kinds.items():
        table.add_row(kind, *_fmt(p))
        for (k, fld), fp in rep.fields.items():
            if k == kind:
                table.add_row(f"  {fld}", *_fmt(fp))
    console.print(table)
    bands = Table("confidence", "precision", "correct/n", "Wilson 95%", title="Precision by confidence band")
    for band, p in rep.bands.items():
        bands.add_row(band, *_fmt(p))
    console.print(bands)
    if rep.cant_tell:
        console.print(f"{rep.cant_tell} record(s) judged can't tell on every field are left out.")
    for a in rep.agreement:
        kappa = "undefined" if a.kappa is None else f"{a.kappa:.2f}"
        console.print(
            f"agreement {a.coders[0]} / {a.coders[1]}: {a.n} fields, {a.percent:.0%} agree, Cohen's kappa {kappa}",
            highlight=False,
        )


@validate_app.command("report")
def report_cmd(
    audit: int | None = typer.Option(None, "--audit", help="Audit number (default: the latest judged)."),
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = ReportFormat.table,
    database: Database = None,
) -> None:
    """Precision per record kind and field with Wilson 95% intervals, by confidence band, and agreement
    between coders (Cohen's kappa) where two judged the same records.

    Example: parley validate report --format json
    """
    from queries.validate import validation_report

    rep = validation_report(database, audit)
    if fmt is ReportFormat.json:
        sys.stdout.write(json.dumps(rep.to_json(), indent=2) + "\n")
    else:
        _print(rep)
