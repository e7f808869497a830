"""`parley validate sample|import|report`: thin commands, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from queries import synthetic
from schema.store import get_engine

runner = CliRunner()


@pytest.fixture
def url(store_url: str) -> str:
    synthetic.build(get_engine(store_url), synthetic.Spec(seed=3, meetings=20, statements=60, issues=30))
    return store_url


def invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"PARLEY_DATABASE_URL": url})


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sample_import_report(url: str, tmp_path: Path) -> None:
    out = tmp_path / "audit"
    res = invoke(url, "report", "--out", str(tmp_path / "before.html"))
    assert res.exit_code == 0, res.output
    assert "Not measured yet: <code>parley validate sample</code>" in (tmp_path / "before.html").read_text()
    res = invoke(
        url,
        "validate",
        "sample",
        "--n",
        "10",
        "--kind",
        "statements",
        "--seed",
        "4",
        "--stratify",
        "source",
        "--out",
        str(out),
    )
    assert res.exit_code == 0, res.output
    assert "audit 1: 10 of 60 records drawn with seed 4" in res.output
    assert (out / "audit-1.html").is_file() and (out / "audit-1.csv").is_file()
    with (out / "audit-1.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:  # every target judged wrong, the rest correct
        r["verdict"] = "wrong" if r["field"] == "target" else "correct"
    judged = tmp_path / "judged.csv"
    with judged.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    res = invoke(url, "validate", "import", str(judged), "--coder", "ana")
    assert res.exit_code == 0, res.output
    assert "audit 1: 30 judgments of 10 records by ana imported" in res.output
    res = invoke(url, "validate", "report")
    assert res.exit_code == 0, res.output
    assert "Precision by confidence band" in res.output and "0/10" in res.output
    res = invoke(url, "validate", "report", "--format", "json")
    data = json.loads(res.output)
    assert data["fields"]["statement.speaker"]["precision"] == 1.0
    assert data["fields"]["statement.target"]["correct"] == 0
    # the HTML report states it too
    res = invoke(url, "report", "--out", str(tmp_path / "after.html"))
    assert res.exit_code == 0, res.output
    page = (tmp_path / "after.html").read_text()
    assert "Audit 1: 10 sampled records judged against their evidence by 1 coder(s)" in page
    assert '<th scope="row">all records</th><td>0.00 (0/10)</td><td>0.00-0.28</td>' in page
    assert "older pipeline version" not in page


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_errors_are_one_line(url: str, tmp_path: Path) -> None:
    res = invoke(url, "validate", "import", str(tmp_path / "missing.csv"), "--coder", "ana")
    assert res.exit_code == 2
    assert res.output.strip().startswith("error: cannot read") and len(res.output.strip().splitlines()) == 1
    res = invoke(url, "validate", "report")
    assert res.exit_code == 2 and "no judged audit in this store" in res.output
    res = invoke(url, "validate", "sample", "--kind", "events")
    assert res.exit_code == 2 and "'events' is not one of" in res.output
