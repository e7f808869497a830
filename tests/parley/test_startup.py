"""Start-up (issue 13): `parley --help`, `parley sql` and `parley status` must not pay for spaCy,
Polars, pandas or matplotlib. Timing is machine-dependent (bench/startup_bench.py measures it); what
the commands import is not, and is what decides it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "polars", "pandas", "matplotlib", "thinc", "pyreadstat")


def imported_by(args: list[str], cwd: Path, whole_names: bool = False) -> set[str]:
    """The top-level packages (or, with `whole_names`, every module) that `parley ARGS` imports."""
    name = "m" if whole_names else "m.split('.')[0]"
    code = (
        "import sys, json\n"
        "from parley.cli import main\n"
        f"sys.argv = ['parley', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"sys.stderr.write('\\nMODULES ' + json.dumps(sorted({name} for m in sys.modules)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARLEY_DATABASE_URL": f"sqlite:///{cwd / 'parley.sqlite'}"}
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.rsplit("MODULES ", 1)[1]))


@pytest.mark.parametrize(
    "args", [["--help"], ["sql", "select 1"], ["status"], ["refresh", "--help"], ["report", "--help"]], ids=" ".join
)
def test_light_commands_import_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    imported_by(["init"], tmp_path)
    heavy = imported_by(args, tmp_path) & set(HEAVY)
    assert not heavy, f"parley {' '.join(args)} imports {sorted(heavy)}"


@pytest.mark.parametrize("args", [["sql", "select 1"], ["sql", "SELECT * FROM range(3)"], ["status"]], ids=" ".join)
def test_sql_reading_no_table_and_status_import_no_arrow_nor_models(tmp_path: Path, args: list[str]) -> None:
    """A query that names no dataset or store table runs on an empty locked-down DuckDB (no Arrow,
    numpy or typed models: a third of a second), and status counts tables by name (schema.tables)."""
    imported_by(["init"], tmp_path)
    modules = imported_by(args, tmp_path, whole_names=True)
    assert not {m.split(".")[0] for m in modules} & {"pyarrow", "numpy"}
    assert "schema.models" not in modules and "queries.registry" not in modules
    if args[0] == "sql":  # the SQLite store's revision is read with sqlite3 (schema.quick)
        assert "sqlalchemy" not in modules


def test_a_query_naming_a_store_table_still_reads_it(tmp_path: Path) -> None:
    imported_by(["init"], tmp_path)
    assert "pyarrow" in imported_by(["sql", "SELECT count(*) FROM meeting"], tmp_path)


def test_help_imports_no_database_library(tmp_path: Path) -> None:
    assert not imported_by(["--help"], tmp_path) & {"sqlalchemy", "duckdb", "pyarrow"}


def test_the_cli_timeout_default_is_the_library_one() -> None:
    from parley.cli.datasets import DEFAULT_TIMEOUT_S
    from queries import safe_sql

    assert DEFAULT_TIMEOUT_S == safe_sql.DEFAULT_TIMEOUT_S
