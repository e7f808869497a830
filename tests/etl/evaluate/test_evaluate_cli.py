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


def test_by_corpus_scores_each_collection_apart(tmp_path: Path) -> None:
    """A mixed gold set hides a weak kind of source behind a strong one; --by-corpus shows each."""
    readout = Path(__file__).resolve().parents[2] / "data" / "gold" / "usgov-wh-2011-10-10-cameron-sarkozy-calls.json"
    wire = tmp_path / "gold" / "wire-1.json"
    (tmp_path / "corpus" / "wire").mkdir(parents=True)
    (tmp_path / "corpus" / "wire" / "wire-1.txt").write_text("TALKS\nJohn Smith arrived in Paris.\n", encoding="utf-8")
    wire.parent.mkdir()
    gold = {
        "format": "parley-gold/1",
        "document": {
            "id": "wire-1",
            "title": "TALKS",
            "published": None,
            "language": "en",
            "path": "corpus/wire/wire-1.txt",
            "corpus": "corpus/copies/all.jsonl",  # the text is read from `path`, so `path` names the corpus
        },
        "actors": [{"name": "John Smith", "kind": "person", "country": None, "role": ["other"], "aliases": []}],
        "meetings": [],
        "statements": [],
        "issues": [],
    }
    wire.write_text(json.dumps(gold), encoding="utf-8")
    predictions = tmp_path / "pred"
    predictions.mkdir()
    (predictions / "readout.json").write_text(readout.read_text(encoding="utf-8"), encoding="utf-8")
    # the wire story has no saved prediction: it is scored as if nothing had been extracted

    args = ["evaluate", str(readout), str(wire), "--predictions", str(predictions), "--by-corpus"]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    by_corpus = json.loads(result.stdout)["by_corpus"]
    assert list(by_corpus) == ["modern_readouts", "wire"]
    assert by_corpus["modern_readouts"]["headline"] == 1.0
    assert by_corpus["modern_readouts"]["documents"] == 1
    assert (by_corpus["wire"]["persons"]["tp"], by_corpus["wire"]["persons"]["fn"]) == (0, 1)

    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "By corpus" in table.stdout and "modern_readouts" in table.stdout and "wire" in table.stdout
