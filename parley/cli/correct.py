"""`parley correct drop|set|list|withdraw`: coders' corrections, re-applied after every refresh."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from etl.corrections import add_correction, list_corrections, withdraw
from parley.cli.app import app, console
from parley.cli.options import AsJson, Author, Database, Note

correct_app = typer.Typer(help="Record coders' corrections (re-applied after every refresh).", no_args_is_help=True)
app.add_typer(correct_app, name="correct")


@correct_app.command("drop")
def correct_drop(
    table: str = typer.Argument(..., help="statement, meeting, bilateral_issue or meeting_report."),
    record_id: str = typer.Argument(..., help="Id of the record."),
    author: Author = None,
    note: Note = None,
    database: Database = None,
) -> None:
    """Drop a wrongly extracted record.  Example: parley correct drop statement 3f2a... --note "not a quote" """
    n = add_correction(database, "drop", table, record_id, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")


@correct_app.command("set")
def correct_set(
    table: str = typer.Argument(...),
    record_id: str = typer.Argument(...),
    field: str = typer.Argument(..., help="Column to set, e.g. tone or date."),
    value: str = typer.Argument(..., help="New value (JSON, or plain text; 'null' clears)."),
    author: Author = None,
    note: Note = None,
    database: Database = None,
) -> None:
    """Set one field of a record.  Example: parley correct set statement 3f2a... tone critical"""
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    n = add_correction(
        database,
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
def correct_list(as_json: AsJson = False, database: Database = None) -> None:
    """Every correction, in order.  Example: parley correct list"""
    rows = list_corrections(database)
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
def correct_withdraw(number: int = typer.Argument(..., help="Correction number."), database: Database = None) -> None:
    """Stop re-applying a correction.  Example: parley correct withdraw 3"""
    withdraw(database, number)
    console.print(
        f"correction #{number} withdrawn (takes effect when its article is next re-extracted; "
        "`parley refresh --full` to do it now)"
    )
