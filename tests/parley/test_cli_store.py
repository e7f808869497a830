"""`parley init`, `db`, `status` and their one-line errors, on both backends."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from parley.cli import app
from schema.store import get_engine, head_revision

runner = CliRunner()


def invoke(*args: str, url: str | None = None):  # type: ignore[no-untyped-def]
    env = {"PARLEY_DATABASE_URL": url} if url else {}
    return runner.invoke(app, list(args), env=env)


def test_help_lists_only_working_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("init", "status", "db"):
        assert command in result.output


def test_init_then_status_shows_head_and_zero_rows(blank_url: str) -> None:
    assert invoke("init", url=blank_url).exit_code == 0
    result = invoke("status", "--json", url=blank_url)
    assert result.exit_code == 0, result.output
    st = json.loads(result.output)
    assert st["revision"] == head_revision()
    assert st["last_run"] is None
    reference = ("country", "role", "issue", "system_membership", "state_code_rule")  # seeded by migrations
    data_tables = {k: v for k, v in st["counts"].items() if k not in reference}
    assert set(data_tables.values()) == {0}
    assert st["counts"]["country"] > 250


def test_status_on_empty_store_says_upgrade(blank_url: str) -> None:
    result = invoke("status", url=blank_url)
    assert result.exit_code == 2
    assert "parley db upgrade" in result.output
    assert "Traceback" not in result.output


def test_store_behind_the_code(store_url: str) -> None:
    assert invoke("db", "downgrade", url=store_url).exit_code == 0
    result = invoke("status", url=store_url)
    assert result.exit_code == 2
    assert "behind the code" in result.output and "parley db upgrade" in result.output
    assert invoke("db", "upgrade", url=store_url).exit_code == 0
    assert invoke("status", url=store_url).exit_code == 0


def test_store_ahead_of_the_code(store_url: str) -> None:
    with get_engine(store_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dface9999'"))
    result = invoke("status", url=store_url)
    assert result.exit_code == 2
    assert "newer than this parley" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_db_current_reports_revision(store_url: str) -> None:
    result = invoke("db", "current", url=store_url)
    assert result.exit_code == 0
    assert result.output.startswith(head_revision())


@pytest.mark.parametrize(
    "url, message",
    [
        ("not a url", "malformed database URL"),
        ("mysql://u@h/db", "unsupported database"),
        ("postgresql+psycopg://u:secret@127.0.0.1:1/db", "cannot reach the database"),
        ("postgresql+asyncpg://u@h/db", "unsupported PostgreSQL driver"),
        ("sqlite://", "in-memory"),
    ],
)
def test_bad_urls_give_one_line_errors(url: str, message: str) -> None:
    result = invoke("status", url=url)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert "secret" not in result.output  # passwords never echoed
    assert len(result.output.strip().splitlines()) == 1


def test_unreachable_sqlite_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = invoke("status", url=f"sqlite:///{blocker}/sub/parley.sqlite")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
