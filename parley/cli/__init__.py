"""parley's command line: thin commands over the library (see `parley --help`)."""

from __future__ import annotations

import importlib

from parley.cli.app import app

# Each module registers its commands on `app` when imported. Add a module here when its
# commands work; commands that do not work yet do not appear.
COMMAND_MODULES: tuple[str, ...] = (
    "parley.cli.store",
    "parley.cli.extract",
    "parley.cli.refresh",
    "parley.cli.actors",
    "parley.cli.correct",
    "parley.cli.datasets",
    "parley.cli.evaluate",
    "parley.cli.report",
    "parley.cli.validate",
)

for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main() -> None:
    app()
