"""The Typer application and the one place where errors become messages and exit codes.

Every command runs inside `user_errors` (the group's `invoke` wraps them all), so a command body
never translates errors itself: a `ParleyError` is one line on stderr and its exit code; a database
error, an OS error (disk full, permission) and an interrupt are one line too. Anything else is a bug
in parley: one line saying so (set PARLEY_DEBUG=1 for the traceback)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer
import typer.core
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup
from typer.exceptions import TyperException

from schema.errors import ParleyError
from schema.redact import mask_password

T = TypeVar("T")
INTERNAL_ERROR = 3  # a bug in parley, not in the input or the setup


def escape_controls(text: str) -> str:
    """`text` with control characters (escape sequences, carriage returns, bells, ...) shown
    escaped; line breaks and tabs stay, so a cell can still hold several lines."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in "\n\t" else repr(ch)[1:-1] for ch in text)


class SafeConsole(Console):
    """A console that never reads markup in text and never lets a control character reach the
    terminal: data from articles (`[/b]` in a name, an escape sequence in a path) prints as written.
    parley's own styling uses `rich.text.Text`, which this does not touch."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs["markup"] = False
        kwargs["emoji"] = False
        return super().render_str(escape_controls(text), **kwargs)


def one_line(message: object) -> str:
    """`message` on one line: line breaks and other control characters shown escaped, so no text
    (a file name, a value from an article) can forge another line of output; passwords masked."""
    text = mask_password(str(message))
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def _database_error(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    detail = str(orig if orig is not None else exc).strip()
    return f"database error: {detail.splitlines()[0] if detail else type(exc).__name__}"


def _is_database_error(exc: Exception) -> bool:
    # Looked up, not imported: a command that never imported SQLAlchemy (`parley --help`) cannot have
    # raised its errors, and importing it costs a tenth of a second of start-up.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _os_error(exc: OSError) -> str:
    where = f": {exc.filename}" if exc.filename else ""
    return f"{exc.strerror or type(exc).__name__}{where}"


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn what a user can cause into one line on stderr and an exit code; never a traceback."""
    try:
        yield
    except (typer.Exit, typer.Abort, TyperException):
        raise  # Typer's own exits and usage errors
    except ParleyError as exc:
        _fail(one_line(exc), exc.exit_code)
    except OSError as exc:
        _fail(one_line(_os_error(exc)), 2)
    except KeyboardInterrupt:
        err_console.print("interrupted", highlight=False)
        raise typer.Exit(130) from None
    except Exception as exc:
        if _is_database_error(exc):  # disk full, read-only file, server gone: the store's own words
            _fail(one_line(_database_error(exc)), 2)
        if os.environ.get("PARLEY_DEBUG"):
            raise
        _fail(
            one_line(
                f"internal error (a bug in parley; PARLEY_DEBUG=1 shows the traceback): {type(exc).__name__}: {exc}"
            ),
            INTERNAL_ERROR,
        )


def _fail(message: str, code: int) -> None:
    err_console.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    raise typer.Exit(code) from None


# Help placeholders. Typer 0.29 shows a parameter's Python type (`<list[Path]>`, `<bool>`, `{table}`);
# the help shows the plain placeholders of Unix manuals instead: PATH, N, TEXT, TABLE, and nothing for a
# flag. (Typer's classes are patched once, here: every command of the app gets the same help.)
_PLAIN = {"bool": None, "int": "N", "float": "NUMBER", "str": "TEXT", "Path": "PATH", "path": "PATH"}


def _plain_type(self: Any, ctx: Any) -> str | None:
    label = _typer_display_type(self, ctx).strip("<>").removesuffix(" range")  # the range is shown beside
    inner = label[5:-1] if label.startswith("list[") else label
    return _PLAIN.get(inner, inner.upper() if inner.isidentifier() else inner)


def _plain_name(self: Any) -> str:
    return str(self.metavar) if self.metavar is not None else str(self.name).upper()


def _plain_usage(self: Any) -> str:
    name = _plain_name(self) + ("..." if self.nargs != 1 else "")
    return name if self.required else f"[{name}]"


_typer_display_type = typer.core._TyperParameter.display_type
typer.core._TyperParameter.display_type = _plain_type  # type: ignore[assignment,method-assign]
typer.core.TyperArgument.display_name_raw = property(_plain_name)  # type: ignore[assignment,method-assign]
typer.core.TyperArgument._usage_display_name = _plain_usage  # type: ignore[method-assign]


class _Seam(TyperGroup):
    """The top-level group: every (sub)command's body runs inside `user_errors`."""

    def invoke(self, ctx: Any) -> Any:  # typer.Context is a subclass of what the base declares
        with user_errors():
            return super().invoke(ctx)


app = typer.Typer(
    name="parley",
    help="Turn news articles about international politics into a relational event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Seam,
)
db_app = typer.Typer(help="Migrate the store's schema (Alembic).", no_args_is_help=True)
app.add_typer(db_app, name="db")

console = SafeConsole(markup=False, emoji=False)
err_console = SafeConsole(stderr=True, markup=False, emoji=False)


def notice(word: str, message: str) -> None:
    """`word` in yellow, then `message`, on stderr. The consoles take no markup (messages hold data), so
    a "[yellow]" written into a message is printed as it is: the colour goes on as a style."""
    from rich.text import Text

    err_console.print(Text.assemble((word, "yellow"), " ", message), highlight=False, soft_wrap=True)


def run(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Call `fn`. Kept for commands written before the seam: every command already runs inside
    `user_errors`, so there is nothing left to translate here."""
    return fn(*args, **kwargs)


def is_terminal() -> bool:
    return sys.stderr.isatty()
