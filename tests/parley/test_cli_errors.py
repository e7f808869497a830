"""The CLI's one error seam (issue 11, item 3): every command that takes `--database`, given a
malformed or unusable URL, prints one line on stderr and exits non-zero, never a traceback.

Regression: `parley actors list --database mysql://x/y` printed a traceback because the command
built its engine before the error translation; a port that is not a number (a `ValueError` from
SQLAlchemy's URL parser) gave a traceback on every command."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.core import TyperCommand, TyperGroup
from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]

BAD_URLS = {
    "unsupported backend": "mysql://x/y",
    "port not a number": "postgresql://u@h:notaport/db",
    "empty": "",
    "missing folder": "sqlite:////nonexistent/dir/x.sqlite",
}
CREATES_STORES = {"init", "db upgrade"}  # these create a missing SQLite folder on purpose


def commands(group: TyperGroup, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], TyperCommand]]:
    """Every leaf command of the CLI, with its path of names."""
    ctx = typer.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None
        if isinstance(cmd, TyperGroup):
            yield from commands(cmd, (*prefix, name))
        else:
            yield (*prefix, name), cmd


def takes_database(cmd: TyperCommand) -> bool:
    return any("--database" in getattr(p, "opts", ()) for p in cmd.params)


def required_args(cmd: TyperCommand, tmp: Path) -> list[str]:
    """Plausible values for the command's required arguments and options, so that only the URL is wrong."""
    out: list[str] = []
    for p in cmd.params:
        if not p.required:
            continue
        annotation = p.type_descriptor.annotation
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            value = str(next(iter(annotation)).value)
        elif annotation in (int, float):
            value = "1"
        elif p.name == "paths":
            value = str(ROOT / "examples" / "articles")
        else:
            value = str(tmp / f"{p.name}-value")
        if p.param_type_name == "option":
            out.append(p.opts[0])
        out.append(value)
    return out


ALL = sorted((path, cmd) for path, cmd in commands(typer.main.get_command(app)) if takes_database(cmd))
IDS = [" ".join(path) for path, _ in ALL]


def test_the_walk_finds_the_commands() -> None:
    names = set(IDS)
    for expected in ("status", "init", "db current", "refresh", "actors list", "correct drop", "sql", "export"):
        assert expected in names


def _one_line_error(args: list[str]) -> None:
    r = runner.invoke(app, args)
    assert r.exit_code not in (0, None), (args, r.output)
    assert "Traceback" not in r.output and "Traceback" not in r.stderr, r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr


@pytest.mark.parametrize("url_kind", sorted(BAD_URLS))
@pytest.mark.parametrize(("path", "cmd"), ALL, ids=IDS)
def test_bad_database_url_is_one_line(path: tuple[str, ...], cmd: TyperCommand, url_kind: str, tmp_path: Path) -> None:
    name = " ".join(path)
    url = BAD_URLS[url_kind]
    if url_kind == "missing folder" and name in CREATES_STORES:
        # A folder under a regular file can be created by nobody, not even root.
        (tmp_path / "a-file").write_text("")
        url = f"sqlite:///{tmp_path / 'a-file' / 'x.sqlite'}"
    _one_line_error([*path, *required_args(cmd, tmp_path), "--database", url])
    assert not Path("/nonexistent").exists() or url_kind != "missing folder"


@pytest.mark.parametrize(("path", "cmd"), ALL, ids=IDS)
def test_bad_url_in_the_environment_is_one_line(path: tuple[str, ...], cmd: TyperCommand, tmp_path: Path) -> None:
    r = runner.invoke(app, [*path, *required_args(cmd, tmp_path)], env={"PARLEY_DATABASE_URL": "mysql://x/y"})
    assert r.exit_code == 2 and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr


def test_a_password_in_a_malformed_url_is_not_shown() -> None:
    r = runner.invoke(app, ["status", "--database", "postgresql://u:hunter2@h:notaport/db"])
    assert r.exit_code == 2 and "hunter2" not in r.stderr and "port is not a number" in r.stderr


def test_read_commands_do_not_create_a_store_at_a_mistyped_path(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "parley.sqlite"
    for args in (["status"], ["actors", "list"], ["correct", "list"], ["report", "--out", str(tmp_path / "r.html")]):
        r = runner.invoke(app, [*args, "--database", f"sqlite:///{missing}"])
        assert r.exit_code == 2 and f"no store at {missing}" in r.stderr, r.stderr
    assert not missing.parent.exists()


def test_refresh_takes_model_and_dictionaries_like_extract(tmp_path: Path) -> None:
    """Issue 13 item 6: `refresh --model` and `--dictionaries` reach the extractor (a missing model is
    the extractor's one-line error, not an unknown option)."""
    store = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert runner.invoke(app, ["init", "--database", store]).exit_code == 0
    r = runner.invoke(
        app,
        ["refresh", str(ROOT / "examples" / "articles"), "-d", store, "--model", "no_such_model_xyz", "--dry-run"],
    )
    assert r.exit_code == 2 and "no_such_model_xyz" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = runner.invoke(
        app,
        ["refresh", str(ROOT / "examples" / "articles"), "-d", store, "--dictionaries", str(tmp_path / "nope")],
    )
    assert r.exit_code == 2 and "nope" in r.stderr and len(r.stderr.strip().splitlines()) == 1
