"""The README's five-minute tour and Python example, run verbatim on a fresh store (issue 13: on a
fresh clone several of them failed). Like datasette and sqlite-utils, the documentation is tested:
every line of the tour's `sh` block is run by bash, in order, from a temporary folder that holds
`examples/` and `.venv` (links to the checkout's and to the running interpreter's environment), with
the default store `data/parley.sqlite` of that folder; the Python block is run as a script there.
A command fails the test when it exits non-zero or prints a traceback. Commands that read
`../shared` run only when it is beside the checkout (it is in CI), else they are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
TIMEOUT_S = 600


def fenced_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.S | re.M)


def tour_section(text: str) -> str:
    start = text.index("## Five-minute tour")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def commands(block: str) -> tuple[list[str], list[str]]:
    """(setup lines, commands): `. .venv/bin/activate`-style lines are set-up that every command runs after."""
    lines = [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    setup = [line for line in lines if line.startswith(". ") or line.startswith("source ")]
    return setup, [line for line in lines if line not in setup]


SECTION = tour_section(README.read_text(encoding="utf-8"))
(TOUR,) = fenced_blocks(SECTION, "sh")
(PYTHON,) = fenced_blocks(SECTION, "python")
SETUP, COMMANDS = commands(TOUR)


@dataclass
class Ran:
    returncode: int | None
    stdout: str
    stderr: str
    skipped: str | None = None


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}  # the README's defaults
    env["PYTHONPATH"] = str(ROOT)  # this checkout's code, whatever the environment has installed
    env["COLUMNS"] = "100"
    return env


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Ran]:
    """Every command of the tour run once, in order; then the Python example."""
    base = tmp_path_factory.mktemp("readme")
    work = base / "parley"
    work.mkdir()
    (work / "examples").symlink_to(ROOT / "examples")
    (work / ".venv").symlink_to(Path(sys.prefix))
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED)
    results: dict[str, Ran] = {}
    for cmd in COMMANDS:
        if "../shared" in cmd and not SHARED.is_dir():
            results[cmd] = Ran(None, "", "", skipped=f"needs {SHARED} beside the checkout (public clones have none)")
            continue
        script = "\n".join([*SETUP, cmd])
        done = subprocess.run(
            ["bash", "-c", script], cwd=work, env=_env(), capture_output=True, text=True, timeout=TIMEOUT_S
        )
        results[cmd] = Ran(done.returncode, done.stdout, done.stderr)
    (work / "readme_example.py").write_text(PYTHON, encoding="utf-8")
    done = subprocess.run(
        [str(Path(sys.prefix) / "bin" / "python"), "readme_example.py"],
        cwd=work,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    results["python"] = Ran(done.returncode, done.stdout, done.stderr)
    return results


def _check(ran: Ran, what: str) -> None:
    if ran.skipped:
        pytest.skip(ran.skipped)
    output = f"$ {what}\n--- stdout\n{ran.stdout[-3000:]}\n--- stderr\n{ran.stderr[-3000:]}"
    assert "Traceback" not in ran.stdout + ran.stderr, output
    assert ran.returncode == 0, output


def test_the_tour_has_the_commands_a_newcomer_needs() -> None:
    assert SETUP == [". .venv/bin/activate"]
    first = [c.split()[1] for c in COMMANDS if c.startswith("parley ")]
    assert first[:3] == ["init", "refresh", "status"]
    assert not [c for c in COMMANDS if "<" in c.split("#")[0]], "placeholders cannot be run verbatim"


@pytest.mark.parametrize("cmd", COMMANDS, ids=[c.split("#")[0].strip()[:60] for c in COMMANDS])
def test_tour_command_runs_verbatim(tour: dict[str, Ran], cmd: str) -> None:
    _check(tour[cmd], cmd)


def test_python_example_runs_verbatim(tour: dict[str, Ran]) -> None:
    _check(tour["python"], "python readme_example.py")
    assert "IRN" in tour["python"].stdout and "USA" in tour["python"].stdout  # the IRN-USA panel printed


def test_the_tour_did_what_it_says(tour: dict[str, Ran]) -> None:
    by_name = {c.split("#")[0].strip(): r for c, r in tour.items()}
    refresh = next(r for c, r in by_name.items() if c.startswith("parley refresh"))
    assert "meetings" in refresh.stdout and "issues by dyad" in refresh.stdout
    merged = next(r for c, r in by_name.items() if c.startswith("parley actors merge"))
    assert "recorded and applied" in merged.stdout
