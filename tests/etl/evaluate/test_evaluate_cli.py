"""`parley evaluate` on saved predictions (the extractor is not needed to test the command)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parley.cli.evaluate  # noqa: F401  (registers the command on the app)
from etl.evaluate import read_gold
from parley.cli.app import app

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SEED = SHARED / "gold" / "seed-000.json"

runner = CliRunner()


@pytest.mark.shared
def test_json_output_for_gold_against_itself() -> None:
    result = runner.invoke(app, ["evaluate", str(SHARED / "gold"), "--predictions", str(SHARED / "gold"), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["headline"] == 1.0
    assert metrics["documents"] == 13
    assert metrics["persons"]["tp"] == 51  # non-optional persons in the 13 files, counted by hand
    assert "per_document" not in metrics


@pytest.mark.shared
def test_table_and_details_name_the_misses(tmp_path: Path) -> None:
    pred = copy.deepcopy(read_gold(SEED))
    pred["actors"] = [a for a in pred["actors"] if a["name"] != "Labid Abawi"]
    (tmp_path / "seed.json").write_text(json.dumps(pred), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(SEED), "--predictions", str(tmp_path), "--details"])
    assert result.exit_code == 0, result.output
    assert "headline" in result.stdout
    assert "0.857" in result.stdout  # persons recall 6/7
    assert "missed" in result.stdout and "Labid Abawi" in result.stdout


def test_missing_gold_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope"), "--predictions", str(tmp_path)])
    assert result.exit_code == 2
    assert "no such gold file" in result.stderr
    assert "Traceback" not in result.output
