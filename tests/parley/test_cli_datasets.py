"""`parley datasets`, `parley sql` and `parley export`: thin commands with one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parley.cli.datasets  # noqa: F401  (registers the commands until parley.cli lists the module)
from parley.cli.app import app
from queries import registry, synthetic
from schema.store import get_engine

runner = CliRunner()


@pytest.fixture
def url(store_url: str) -> str:
    synthetic.build(get_engine(store_url), synthetic.Spec(seed=3, meetings=30, statements=80, issues=40))
    return store_url


def invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"PARLEY_DATABASE_URL": url})


def test_datasets_lists_names_and_counts(url: str) -> None:
    result = invoke(url, "datasets")
    assert result.exit_code == 0, result.output
    for name in registry.ORDER:
        assert name in result.output


def test_sql_formats(url: str) -> None:
    query = "SELECT cameo_code, count(*) AS n FROM events GROUP BY ALL ORDER BY cameo_code"
    as_json = invoke(url, "sql", query, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.output)
    assert rows and all(isinstance(r["cameo_code"], str) and len(r["cameo_code"]) == 3 for r in rows)
    as_csv = invoke(url, "sql", query, "--format", "csv")
    assert as_csv.output.splitlines()[0] == '"cameo_code","n"'
    table = invoke(url, "sql", "SELECT count(*) AS n FROM dyad_month")
    assert table.exit_code == 0 and "n" in table.output


@pytest.mark.parametrize(
    "query", ["DROP TABLE meeting", "SELECT * FROM read_csv('/etc/passwd')", "ATTACH '/tmp/x.duckdb'", "SELEC 1"]
)
def test_sql_refusals_are_one_line_errors(url: str, query: str) -> None:
    result = invoke(url, "sql", query)
    assert result.exit_code == 2
    assert result.output.startswith("error:") and len(result.output.strip().splitlines()) == 1


def test_export_writes_and_reports(url: str, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "x"
    result = invoke(url, "export", "dyad_month", "--format", "csv", "--out", str(out), "--countries", "usa,irn")
    assert result.exit_code == 0, result.output
    assert "dyad_month:" in result.stdout and (out / "dyad_month.csv").exists()
    # off a terminal, each step is a line on stderr (a cron log shows where a long export is)
    assert result.stderr.splitlines()[:2] == ["reading the store", "writing dyad_month (1/1)"]
    bad = invoke(url, "export", "nope", "--out", str(out))
    assert bad.exit_code == 2 and "no dataset 'nope'" in bad.output
    bad_date = invoke(url, "export", "events", "--out", str(out), "--start", "2020-02-30")
    assert bad_date.exit_code == 2 and "not an ISO date" in bad_date.output


def test_notes_on_undated_records_show_no_markup_and_count_in_words(url: str, tmp_path: Path) -> None:
    # The consoles take no markup, so "[yellow]note[/]" reached the terminal as written; and an export
    # of a panel said nothing of the undated records it left out (issue 13).
    listed = invoke(url, "datasets")
    assert listed.exit_code == 0, listed.output
    exported = invoke(url, "export", "dyad_month", "--format", "csv", "--out", str(tmp_path / "out"))
    assert exported.exit_code == 0, exported.output
    for result in (listed, exported):
        note = next(line for line in result.output.splitlines() if line.startswith("note "))
        assert "[yellow]" not in result.output and "[/]" not in result.output
        assert "for lack of a date" in note or "leave out" in note
        assert " between two states" in note and "--published DATE" in note
