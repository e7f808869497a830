"""What a newcomer sees first (issue 13): `parley actors list` fits an 80-column terminal with names
before ids, and the help shows plain placeholders (PATH, N, TEXT), never Python types."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"


def parley(*args: str, cwd: Path, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80", "TERM": "dumb"}
    if url:
        env["PARLEY_DATABASE_URL"] = url
    code = "import sys; from parley.cli import main; sys.argv[0] = 'parley'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "command", [["refresh"], ["export"], ["sql"], ["report"], ["extract"], ["correct", "set"], ["actors", "list"]]
)
def test_help_shows_plain_placeholders(tmp_path: Path, command: list[str]) -> None:
    out = parley(*command, "--help", cwd=tmp_path).stdout
    assert out.strip()
    for python_type in ("<bool>", "<str>", "<int>", "<float>", "list[", "<Path>", "{"):
        assert python_type not in out, (command, python_type)
    assert any(p in out for p in ("PATH", "TEXT", " N "))


def test_actors_list_fits_80_columns_with_names_first(store_url: str, tmp_path: Path) -> None:
    if not store_url.startswith("sqlite"):
        pytest.skip("one backend is enough for the layout")
    loaded = parley("refresh", str(EXAMPLES), "--quiet", cwd=tmp_path, url=store_url)
    assert loaded.returncode == 0, loaded.stderr
    listed = parley("actors", "list", "--kind", "person", cwd=tmp_path, url=store_url)
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if line.strip()]
    assert max(len(line) for line in lines) <= 80
    header = lines[0].split()
    assert header[0] == "name" and header[-1] == "id"
    row = next(line for line in lines if "Wang Lei" in line)
    assert "foreign_minister" in row  # a role code on one line, not folded into "foreign_minis" / "ter"
    short = row.split()[-1]
    assert len(short) == 10
    shown = parley("actors", "show", short, cwd=tmp_path, url=store_url)  # the short id is accepted
    assert shown.returncode == 0 and "Wang Lei" in shown.stdout, shown.stderr
