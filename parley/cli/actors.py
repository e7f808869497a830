"""`parley actors list|show|merge|rename`: look at actors and record coders' decisions about them."""

from __future__ import annotations

import json

import typer
from rich import box
from rich.table import Table

from parley.cli.app import app, console
from parley.cli.options import AsJson, Author, Database, Note

SHORT_ID = 10  # digits of an actor id shown by `actors list`; unique in any real store, and checked

actors_app = typer.Typer(help="List, inspect, merge and rename actors.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("list")
def actors_list(
    country: str | None = typer.Option(None, "--country", help="ISO3 code."),
    kind: str | None = typer.Option(None, "--kind", help="person, state, organization, igo or group."),
    search: str | None = typer.Option(None, "--search", "-s", help="Part of a name or alias."),
    limit: int = typer.Option(50, "--limit"),
    as_json: AsJson = False,
    database: Database = None,
) -> None:
    """Actors, most mentioned first.  Example: parley actors list --country IRN --kind person"""
    from etl.actors import list_actors

    rows = list_actors(database, country=country, kind=kind, search=search, limit=limit)
    if as_json:
        console.print_json(json.dumps([r.to_json() for r in rows]))
        return
    # Fits 80 columns: names first, then the first 10 digits of the id, which `actors merge` and
    # `actors show|rename` accept as they accept the whole id (--json prints whole ids).
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    t.add_column("name", ratio=1)
    t.add_column("kind", no_wrap=True)
    t.add_column("country", no_wrap=True)
    t.add_column("role", no_wrap=True)  # a code: folded mid-word it reads as two ("foreign_minis", "ter")
    t.add_column("articles", justify="right", no_wrap=True)
    t.add_column("id", no_wrap=True, min_width=SHORT_ID)
    for r in rows:
        t.add_row(r.name, r.kind, r.country or "", r.role or "", str(r.documents), r.id[:SHORT_ID])
    console.print(t)


@actors_app.command("show")
def actors_show(
    actor: str = typer.Argument(..., help="Actor id or exact name."),
    as_json: AsJson = False,
    database: Database = None,
) -> None:
    """One actor: aliases, articles, statements, meetings.  Example: parley actors show "Ryan Crocker" """
    from etl.actors import show_actor

    r = show_actor(database, actor)
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
    author: Author = None,
    note: Note = None,
    database: Database = None,
) -> None:
    """Merge two actors (a correction, kept across refreshes).

    Example: parley actors merge Rubaie "Mowaffak al-Rubaie"
    """
    from etl.actors import merge_actors

    n = merge_actors(database, source, into, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")


@actors_app.command("rename")
def actors_rename(
    actor: str = typer.Argument(..., help="Actor id or name."),
    name: str = typer.Argument(..., help="New canonical name."),
    author: Author = None,
    note: Note = None,
    database: Database = None,
) -> None:
    """Give an actor a new canonical name.  Example: parley actors rename "Qomi" "Hassan Kazemi Qomi" """
    from etl.actors import rename_actor

    n = rename_actor(database, actor, name, author=author, note=note)
    console.print(f"correction #{n} recorded and applied")
