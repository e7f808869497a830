"""The Typer application and the one place where library errors become messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import typer
from rich.console import Console

from schema.errors import ParleyError

app = typer.Typer(
    name="parley",
    help="Turn news articles about international politics into a relational event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Migrate the store's schema (Alembic).", no_args_is_help=True)
app.add_typer(db_app, name="db")

console = Console()
err_console = Console(stderr=True)

T = TypeVar("T")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a `ParleyError` into one line on stderr and its exit code; never a traceback."""
    try:
        yield
    except ParleyError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise typer.Exit(130) from None


def run(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Call a library function under `user_errors`."""
    with user_errors():
        return fn(*args, **kwargs)


def is_terminal() -> bool:
    return sys.stderr.isatty()
