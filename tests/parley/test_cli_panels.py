"""`parley export` and `parley datasets` with the panel options --system, --directed/--undirected and
--universe (issue 16), and their one-line errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parley.api as parley
import parley.cli.datasets  # noqa: F401  (registers the commands until parley.cli lists the module)
from parley.cli.app import app
from queries import synthetic
from schema.store import get_engine

runner = CliRunner()


@pytest.fixture
def url(store_url: str) -> str:
    synthetic.build(get_engine(store_url), synthetic.Spec(seed=3, meetings=30, statements=80, issues=40))
    return store_url


def invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"PARLEY_DATABASE_URL": url})


def test_export_a_directed_cow_panel_of_all_members(url: str, tmp_path: Path) -> None:
    out = tmp_path / "ddy"
    args = ["export", "dyad_year", "--format", "csv", "--out", str(out), "--start", "1987-01-01", "--end", "1987-12-31"]
    result = invoke(url, *args, "--system", "cow", "--directed", "--universe", "all")
    assert result.exit_code == 0, result.output
    assert "dyad_year: 25,760 rows" in result.stdout  # 161 COW members in 1987, 161 x 160
    with (out / "dyad_year.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:3] == ["ccode1", "ccode2", "year"] and len(rows) == 161 * 160
    # the Python API gives the same panel
    panel = parley.dataset(
        "dyad_year", "1987-01-01", "1987-12-31", database=url, system="cow", directed=True, universe="all"
    )
    assert [(int(r["ccode1"]), int(r["ccode2"])) for r in rows] == panel.select("ccode1", "ccode2").rows()


def test_panel_options_default_to_the_iso3_undirected_panel(url: str, tmp_path: Path) -> None:
    out = tmp_path / "dm"
    result = invoke(url, "export", "dyad_month", "--format", "csv", "--out", str(out), "--undirected")
    assert result.exit_code == 0, result.output
    with (out / "dyad_month.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:4] == ["country_a", "country_b", "cow_a", "cow_b"]


def test_bad_panel_options_are_one_line_errors(url: str, tmp_path: Path) -> None:
    out = str(tmp_path / "x")
    iso3_all = invoke(url, "export", "dyad_year", "--out", out, "--universe", "all")
    assert iso3_all.exit_code == 2 and "universe all needs a state system" in iso3_all.output
    assert "Traceback" not in iso3_all.output
    not_a_panel = invoke(url, "export", "events", "--out", out, "--system", "gw")
    assert not_a_panel.exit_code == 2 and "events is not a panel" in not_a_panel.output
    unknown = invoke(url, "export", "dyad_year", "--out", out, "--system", "ucdp")
    assert unknown.exit_code == 2 and "ucdp" in unknown.output


def test_datasets_counts_the_panels_under_the_options(url: str) -> None:
    result = invoke(url, "datasets", "--system", "cow", "--directed", "--universe", "all")
    assert result.exit_code == 0, result.output
    assert "dyad_year" in result.output
