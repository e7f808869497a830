"""Options shared by several commands, defined once (annotated types: `database: Database = None`).

What they default to is `schema.settings.Settings`: the option, else the PARLEY_* environment
variable, else the built-in default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Database = Annotated[
    str | None,
    typer.Option(
        "--database",
        "-d",
        show_default=False,
        help="Store URL (default: $PARLEY_DATABASE_URL, else sqlite:///data/parley.sqlite).",
    ),
]
Model = Annotated[
    str | None,
    typer.Option(
        "--model",
        show_default=False,
        help="spaCy model (default: $PARLEY_SPACY_MODEL, else en_core_web_sm if installed).",
    ),
]
Dictionaries = Annotated[
    list[Path] | None,
    typer.Option(
        "--dictionaries",
        show_default=False,
        help="A folder of your own dictionary files (repeatable; default: $PARLEY_DICTIONARIES).",
    ),
]
Workers = Annotated[
    int | None,
    typer.Option("--workers", "-w", min=1, show_default=False, help="Extraction processes (default: 1)."),
]
Author = Annotated[
    str | None, typer.Option("--author", show_default=False, help="Who decides (default: your login name).")
]
Note = Annotated[str | None, typer.Option("--note", show_default=False, help="Why.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
