"""Commands that set up and inspect the store: `init`, `db upgrade|downgrade|current`, `status`."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from parley.cli.app import app, console, db_app
from parley.cli.options import AsJson, Database
from schema import migrate
from schema.status import store_status
from schema.store import current_revision, database_url, head_revision, open_store, shown


@app.command()
def init(database: Database = None) -> None:
    """Create the store (if needed) and migrate it to the newest schema.

    Example: parley init --database sqlite:///data/parley.sqlite
    """
    migrate.upgrade(database)
    url = shown(database_url(database))
    console.print(f"store ready at {url} (revision {head_revision()})", highlight=False, markup=False)


@db_app.command("upgrade")
def db_upgrade(
    revision: str = typer.Argument("head", help="Target revision."),
    database: Database = None,
) -> None:
    """Migrate the store up (default: to the newest revision).  Example: parley db upgrade"""
    migrate.upgrade(database, revision)
    console.print(f"store at revision {current_revision(open_store(database, check_revision=False))}")


@db_app.command("downgrade")
def db_downgrade(
    revision: str = typer.Argument("-1", help="Target revision (default: one step down; 'base' empties it)."),
    database: Database = None,
) -> None:
    """Migrate the store down.  Example: parley db downgrade -1"""
    migrate.downgrade(database, revision)
    rev = current_revision(open_store(database, check_revision=False))
    console.print(f"store at revision {rev or 'base (empty)'}")


@db_app.command("current")
def db_current(database: Database = None) -> None:
    """Print the store's revision and the code's head.  Example: parley db current"""
    rev = current_revision(open_store(database, check_revision=False))
    head = head_revision()
    note = "up to date" if rev == head else "run `parley db upgrade`" if rev else "empty: run `parley init`"
    console.print(f"{rev or 'none'} (head {head}; {note})")


@app.command()
def status(
    database: Database = None,
    as_json: AsJson = False,
) -> None:
    """Show the store's revision, rows per table, the last refresh and the quarantine.

    Example: parley status --json
    """
    from etl.locking import lock_held

    st = store_status(database, running=lock_held)
    if as_json:
        console.print_json(json.dumps(st.to_json()))
        return
    console.print(f"store    {st.url}\nrevision {st.revision} (head {st.head})")
    counts = Table(title="rows per table", title_justify="left")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name, n in st.counts.items():
        counts.add_row(name, f"{n:,}")
    console.print(counts)
    if st.last_run is None:
        console.print("last run: none yet (run `parley refresh PATH`)")
    else:
        r = st.last_run
        console.print(
            f"last run: #{r['id']} {r['status']} started {r['started_at']} finished {r['finished_at']}; "
            f"seen {r['n_seen']}, extracted {r['n_extracted']}, unchanged {r['n_unchanged']}, "
            f"quarantined {r['n_quarantined']}"
        )
    if st.quarantine_total:
        q = Table(title=f"quarantine ({st.quarantine_total} inputs; newest first)", title_justify="left")
        q.add_column("document")
        q.add_column("reason")
        for item in st.quarantine:
            q.add_row(item["document"], item["error"] or "")
        console.print(q)
