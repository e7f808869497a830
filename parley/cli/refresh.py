"""`parley refresh`: bring the store up to date with a folder of articles."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table
from rich.text import Text

from parley.cli.app import app, console, err_console, escape_controls, is_terminal, notice
from parley.cli.options import Database, Dictionaries, Model, Workers

if TYPE_CHECKING:
    from etl.refresh import RunResult

PATHS_ARG = typer.Argument(..., help="Files, directories or globs of articles.")
CSV_OPTION = typer.Option([], "--csv-column", help="CSV mapping FIELD=COLUMN, e.g. text=body.")


@app.command("refresh")
def refresh_cmd(
    paths: list[Path] = PATHS_ARG,
    full: bool = typer.Option(False, "--full", help="Re-extract every document, changed or not."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would be extracted; write nothing."),
    workers: Workers = None,
    limit: int | None = typer.Option(None, "--limit", min=1, help="Read at most N inputs."),
    wait: bool = typer.Option(False, "--wait", help="If another refresh runs, wait for it instead of exiting."),
    wait_timeout: float | None = typer.Option(None, "--wait-timeout", help="Give up waiting after S seconds."),
    csv_column: list[str] = CSV_OPTION,
    published: str | None = typer.Option(
        None, "--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for articles that have none."
    ),
    published_from: str | None = typer.Option(
        None,
        "--published-from",
        metavar="SOURCE",
        help="Where undated articles' dates are: field:NAME (a JSON field or CSV column), name (a date in the"
        " file name, e.g. 2007-08-07 or 20070807) or name:REGEX.",
    ),
    show_found: bool = typer.Option(False, "--show-found", help="Print meetings, statements and issues found."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output; one summary log line."),
    partial_ok: bool = typer.Option(
        False,
        "--partial-ok",
        help="Exit 0, not 1, when some inputs were quarantined (for schedulers: then only a failure or a "
        "crash is non-zero).",
    ),
    database: Database = None,
    model: Model = None,
    dictionaries: Dictionaries = None,
    executor: str | None = typer.Option(
        None, "--executor", help="local (this machine, the default) or dask (a Dask cluster).", show_default=False
    ),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://head:8786."),
    local_workers: int | None = typer.Option(
        None, "--local-workers", min=1, help="With --executor dask and no --scheduler: local worker processes."
    ),
    extractor: str | None = typer.Option(
        None, "--extractor", hidden=True, help="module:callable or file.py:callable (tests and benchmarks)."
    ),
) -> None:
    """Extract new or changed articles and load them into the store.

    Exit code 0: all loaded; 1: some inputs quarantined (see `parley status`; 0 with --partial-ok);
    2: failed; 3: a bug in parley.
    A second refresh on the same store exits at once saying who holds the lock (or waits, --wait).

    Example: parley refresh data/articles/ --workers 4
    With your own model and dictionaries: parley refresh data/ --model en_core_web_md --dictionaries my_dicts/
    On a Dask cluster: parley refresh data/ --executor dask --scheduler tcp://head:8786
    """
    from etl.progress import LogProgress, NullProgress, RichProgress, logfmt
    from etl.refresh import refresh
    from etl.sources import CsvColumns, Dating
    from schema.settings import Settings

    settings = Settings.resolve(
        database=database,
        model=model,
        dictionaries=dictionaries,
        workers=workers,
        executor=executor,
        scheduler=scheduler,
        local_workers=local_workers,
        extractor=extractor,
    )
    csv_columns = CsvColumns.parse(csv_column)
    dating = Dating.parse(published, published_from)
    tty = is_terminal() and not quiet
    progress = NullProgress() if quiet else (RichProgress() if tty else LogProgress())
    result: RunResult = refresh(
        [str(p) for p in paths],
        settings,
        full=full,
        dry_run=dry_run,
        limit=limit,
        wait=wait,
        lock_timeout=wait_timeout,
        progress=progress,
        csv_columns=csv_columns,
        dating=dating,
        command=" ".join(["parley", *sys.argv[1:]]),
    )
    if tty:
        _print_result(result)
        _warn_undated(result)
    else:
        if result.n_undated:  # a log line of its own, before the run's last line
            print(logfmt("undated", articles=result.n_undated, hint=UNDATED_HINT), file=sys.stderr)
        print(
            logfmt(
                "refresh_end",
                run=result.run_id or "-",
                status=result.status,
                seen=result.n_seen,
                extracted=result.n_extracted,
                unchanged=result.n_unchanged,
                quarantined=result.n_quarantined,
                records=result.n_records,
                skipped_files=result.n_skipped_files,
                duplicates=result.n_duplicates,
                undated=result.n_undated,
                seconds=result.seconds,
                docs_per_s=result.docs_per_second,
                dry_run=result.dry_run,
            ),
            file=sys.stderr,
        )
    if show_found:
        _print_found(settings.database)
    raise typer.Exit(0 if partial_ok and result.status == "partial" else result.exit_code)


def _print_result(r: RunResult) -> None:
    t = Table(title=f"refresh {'(dry run) ' if r.dry_run else ''}#{r.run_id or '-'}: {r.status}", title_justify="left")
    t.add_column("documents")
    t.add_column("count", justify="right")
    rows = [
        ("read", r.n_seen),
        ("extracted" if not r.dry_run else "to extract", r.n_extracted),
        ("unchanged", r.n_unchanged),
        ("quarantined", r.n_quarantined),
        ("records written", r.n_records),
        ("duplicates (same text under another id, extracted once)", r.n_duplicates),
        ("without a publication date", r.n_undated),
        ("files skipped (unsupported type)", r.n_skipped_files),
        ("corrections applied", r.n_corrections),
    ]
    for label, n in rows:
        t.add_row(label, f"{n:,}")
    console.print(t)
    if r.n_extracted and not r.dry_run:
        console.print(f"{r.docs_per_second:.1f} documents/s over {r.seconds:.1f} s")
    for line in r.quarantined[:20]:
        err_console.print(
            Text.assemble(("quarantined", "yellow"), " ", escape_controls(line)), highlight=False, soft_wrap=True
        )
    if len(r.quarantined) > 20:
        err_console.print(f"... and {len(r.quarantined) - 20} more (see `parley status`)")


UNDATED_HINT = "give dates with --published DATE or --published-from field:NAME|name"


def _warn_undated(r: RunResult) -> None:
    if r.n_undated:
        notice(
            "warning",
            f"{r.n_undated:,} article(s) have no publication date: their relative dates"
            ' ("on Tuesday") cannot be resolved, and their statements and issues are left out of the panels'
            f" and the report's timelines; {UNDATED_HINT} (see `parley refresh --help`).",
        )


def _print_found(database: str) -> None:
    from etl.refresh import summary

    s = summary(database)
    console.print(
        f"{s.documents} documents loaded, {s.quarantined} quarantined; {s.actors} actors, "
        f"{s.n_meetings} meetings, {s.n_statements} statements"
    )
    mt = Table(title="meetings", title_justify="left")
    for col in ("date", "kind", "where", "parties", "participants", "reports"):
        mt.add_column(col)
    for m in s.meetings:
        mt.add_row(
            str(m.date or "?"),
            m.kind,
            m.location or "",
            "-".join(m.countries),
            ", ".join(m.participants),
            str(m.reports),
        )
    console.print(mt)
    it = Table(title="issues by dyad", title_justify="left")
    it.add_column("dyad")
    it.add_column("issues (articles)")
    for dyad, issues in s.issues_by_dyad.items():
        it.add_row(dyad, ", ".join(f"{k} ({v})" for k, v in issues.items()))
    console.print(it)
    console.print(
        "statements by speaker's country: " + ", ".join(f"{k} {v}" for k, v in s.statements_by_speaker_country.items())
    )
