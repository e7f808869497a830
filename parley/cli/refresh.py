"""Commands that keep the dataset up to date and let coders correct it: `parley refresh`,
`parley actors list|show|merge|rename`, `parley correct drop|set|list|withdraw`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from etl.actors import list_actors, merge_actors, rename_actor, show_actor
from etl.corrections import add_correction, list_corrections, withdraw
from etl.progress import LogProgress, NullProgress, RichProgress, logfmt
from etl.refresh import RunResult, load_extractor, refresh, summary
from etl.sources import CsvColumns
from parley.cli.app import app, console, err_console, is_terminal, run
from schema.store import get_engine

actors_app = typer.Typer(help="List, inspect, merge and rename actors.", no_args_is_help=True)
correct_app = typer.Typer(help="Record coders' corrections (re-applied after every refresh).", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(correct_app, name="correct")

DB_OPTION = typer.Option(
    None,
    "--database",
    "-d",
    help="Store URL (default: $PARLEY_DATABASE_URL, else sqlite:///data/parley.sqlite).",
    show_default=False,
)
AUTHOR = typer.Option(None, "--author", help="Who decides (default: your login name).", show_default=False)
NOTE = typer.Option(None, "--note", help="Why.", show_default=False)
PATHS_ARG = typer.Argument(..., help="Files, directories or globs of articles.")
CSV_OPTION = typer.Option([], "--csv-column", help="CSV mapping FIELD=COLUMN, e.g. text=body.")


@app.command("refresh")
def refresh_cmd(
    paths: list[Path] = PATHS_ARG,
    full: bool = typer.Option(False, "--full", help="Re-extract every document, changed or not."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would be extracted; write nothing."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Read at most N inputs."),
    wait: bool = typer.Option(False, "--wait", help="If another refresh runs, wait for it instead of exiting."),
    wait_timeout: float | None = typer.Option(None, "--wait-timeout", help="Give up waiting after S seconds."),
    csv_column: list[str] = CSV_OPTION,
    show_found: bool = typer.Option(False, "--show-found", help="Print meetings, statements and issues found."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output; one summary log line."),
    database: str | None = DB_OPTION,
    executor: str = typer.Option("local", "--executor", help="local (this machine) or dask (a Dask cluster)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://head:8786."),
    local_workers: int | None = typer.Option(
        None, "--local-workers", min=1, help="With --executor dask and no --scheduler: local worker processes."
    ),
    extractor: str | None = typer.Option(
        None, "--extractor", hidden=True, help="module:callable or file.py:callable (tests and benchmarks)."
    ),
) -> None:
    """Extract new or changed articles and load them into the store.

    Exit code 0: all loaded; 1: some inputs quarantined (see `parley status`); 2: failed.
    A second refresh on the same store exits at once saying who holds the lock (or waits, --wait).

    Example: parley refresh data/articles/ --workers 4
    On a Dask cluster: parley refresh data/ --executor dask --scheduler tcp://head:8786
    """
    tty = is_terminal() and not quiet
    progress = NullProgress() if quiet else (RichProgress() if tty else LogProgress())
    result: RunResult = run(
        refresh,
        [str(p) for p in paths],
        url=database,
        full=full,
        dry_run=dry_run,
        limit=limit,
        workers=workers,
        wait=wait,
        lock_timeout=wait_timeout,
        progress=progress,
        csv_columns=run(CsvColumns.parse, csv_column),
        command=" ".join(["parley", *sys.argv[1:]])[:2000],
        extractor=run(load_extractor, extractor) if extractor and executor == "local" else None,
        extractor_spec=extractor,
        executor=executor,
        scheduler=scheduler,
        local_workers=local_workers,
    )
    if tty:
        _print_result(result)
    else:
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
                seconds=result.seconds,
                docs_per_s=result.docs_per_second,
                dry_run=result.dry_run,
            ),
            file=sys.stderr,
        )
    if show_found:
        _print_found(database)
    raise typer.Exit(result.exit_code)


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
        ("files skipped (unsupported type)", r.n_skipped_files),
        ("corrections applied", r.n_corrections),
    ]
    for label, n in rows:
        t.add_row(label, f"{n:,}")
    console.print(t)
    if r.n_extracted and not r.dry_run:
        console.print(f"{r.docs_per_second:.1f} documents/s over {r.seconds:.1f} s")
    for line in r.quarantined[:20]:
        err_console.print(f"[yellow]quarantined[/] {line}", highlight=False, soft_wrap=True)
    if len(r.quarantined) > 20:
        err_console.print(f"... and {len(r.quarantined) - 20} more (see `parley status`)")


def _print_found(database: str | None) -> None:
    s = run(summary, get_engine(database))
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


@actors_app.command("list")
def actors_list(
    country: str | None = typer.Option(None, "--country", help="ISO3 code."),
    kind: str | None = typer.Option(None, "--kind", help="person, state, organization, igo or group."),
    search: str | None = typer.Option(None, "--search", "-s", help="Part of a name or alias."),
    limit: int = typer.Option(50, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
    database: str | None = DB_OPTION,
) -> None:
    """Actors, most mentioned first.  Example: parley actors list --country IRN --kind person"""
    rows = run(list_actors, get_engine(database), country=country, kind=kind, search=search, limit=limit)
    if as_json:
        console.print_json(json.dumps([r.to_json() for r in rows]))
        return
    t = Table()
    t.add_column("id", no_wrap=True, min_width=32)  # ids are what merge and correct take: never cut
    for col in ("name", "kind", "country", "role", "articles"):
        t.add_column(col)
    for r in rows:
        t.add_row(r.id, r.name, r.kind, r.country or "", r.role or "", str(r.documents))
    console.print(t)


@actors_app.command("show")
def actors_show(
    actor: str = typer.Argument(..., help="Actor id or exact name."),
    as_json: bool = typer.Option(False, "--json"),
    database: str | None = DB_OPTION,
) -> None:
    """One actor: aliases, articles, statements, meetings.  Example: parley actors show "Ryan Crocker" """
    r = run(show_actor, get_engine(database), actor)
    if as_json:
        console.print_json(json.dumps(r.to_json()))
        return
    console.print(
        f"{r.name}  [{r.kind}, {r.country or '-'}, {r.role or '-'}]  id {r.id}\n"
        f"articles {r.documents}, statements {r.statements}, meetings {r.meetings}\n"
        f"aliases: {', '.join(r.aliases) or '-'}",
        highlight=False,
        markup=False,
    )


@actors_app.command("merge")
def actors_merge(
    source: str = typer.Argument(..., help="Actor to merge away (id or name)."),
    into: str = typer.Argument(..., help="Actor to keep (id or name)."),
    author: str | None = AUTHOR,
    note: str | None = NOTE,
    database: str | None = DB_OPTION,
) -> None:
    """Merge two actors (a correction, kept across refreshes).

    Example: parley actors merge Rubaie "Mowaffak al-Rubaie"
    """
    n = run(merge_actors, get_engine(database), source, into, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")


@actors_app.command("rename")
def actors_rename(
    actor: str = typer.Argument(..., help="Actor id or name."),
    name: str = typer.Argument(..., help="New canonical name."),
    author: str | None = AUTHOR,
    note: str | None = NOTE,
    database: str | None = DB_OPTION,
) -> None:
    """Give an actor a new canonical name.  Example: parley actors rename "Qomi" "Hassan Kazemi Qomi" """
    n = run(rename_actor, get_engine(database), actor, name, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")


@correct_app.command("drop")
def correct_drop(
    table: str = typer.Argument(..., help="statement, meeting, bilateral_issue or meeting_report."),
    record_id: str = typer.Argument(..., help="Id of the record."),
    author: str | None = AUTHOR,
    note: str | None = NOTE,
    database: str | None = DB_OPTION,
) -> None:
    """Drop a wrongly extracted record.  Example: parley correct drop statement 3f2a... --note "not a quote" """
    n = run(add_correction, get_engine(database), "drop", table, record_id, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")


@correct_app.command("set")
def correct_set(
    table: str = typer.Argument(...),
    record_id: str = typer.Argument(...),
    field: str = typer.Argument(..., help="Column to set, e.g. tone or date."),
    value: str = typer.Argument(..., help="New value (JSON, or plain text; 'null' clears)."),
    author: str | None = AUTHOR,
    note: str | None = NOTE,
    database: str | None = DB_OPTION,
) -> None:
    """Set one field of a record.  Example: parley correct set statement 3f2a... tone critical"""
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    n = run(
        add_correction,
        get_engine(database),
        "set",
        table,
        record_id,
        field=field,
        value=parsed,
        author=author,
        note=note,
    )
    console.print(f"correction #{n} recorded and applied")


@correct_app.command("list")
def correct_list(as_json: bool = typer.Option(False, "--json"), database: str | None = DB_OPTION) -> None:
    """Every correction, in order.  Example: parley correct list"""
    rows = run(list_corrections, get_engine(database))
    if as_json:
        console.print_json(json.dumps(rows, default=str))
        return
    t = Table()
    for col in ("#", "when", "author", "action", "target", "field", "value", "active", "note"):
        t.add_column(col)
    for r in rows:
        t.add_row(
            str(r["id"]),
            str(r["created_at"])[:19],
            r["author"],
            r["action"],
            f"{r['target_table']} {r['target_id']}",
            r["field"] or "",
            json.dumps(r["value"]),
            "yes" if r["active"] else "no",
            r["note"] or "",
        )
    console.print(t)


@correct_app.command("withdraw")
def correct_withdraw(
    number: int = typer.Argument(..., help="Correction number."), database: str | None = DB_OPTION
) -> None:
    """Stop re-applying a correction.  Example: parley correct withdraw 3"""
    run(withdraw, get_engine(database), number)
    console.print(
        f"correction #{number} withdrawn (takes effect when its article is next re-extracted; "
        "`parley refresh --full` to do it now)"
    )
