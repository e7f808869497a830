"""`parley extract`: gold-shaped JSON Lines in input order, tables, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import parley.cli.extract  # noqa: F401  (registers the command)
from parley.cli.app import app

SEED = Path(__file__).resolve().parents[2] / "examples" / "articles" / "seed-000.jsonl"  # the seed article
runner = CliRunner()


def test_json_lines_in_input_order(tmp_path: Path) -> None:
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text(
        json.dumps({"id": "b", "title": "B", "published": "1987-03-11", "text": "Tehran denied it."})
        + "\n"
        + json.dumps({"id": "a", "title": "A", "published": None, "text": "Iraq and Iran held talks."})
        + "\n",
        encoding="utf-8",
    )
    txt = tmp_path / "c.txt"
    txt.write_text("Title line\nIraqi Deputy Foreign Minister Zaid Karimi met US envoy Tom Hale.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(jsonl), str(txt), "--published", "2007-08-07"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [x["document"]["id"] for x in lines] == ["b", "a", "c"]
    assert all(x["format"] == "parley-gold/1" and x["document"]["published"] == "2007-08-07" for x in lines)
    assert lines[2]["document"]["title"] == "Title line"
    people = {a["name"]: a for a in lines[2]["actors"] if a["kind"] == "person"}
    assert people["Zaid Karimi"]["role"] == ["deputy_minister"] and people["Zaid Karimi"]["country"] == "IRQ"
    assert people["Zaid Karimi"]["evidence"]["start"] >= 0


def test_seed_table() -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--format", "table"])  # the record has its date
    assert result.exit_code == 0, result.output
    assert "Ryan Crocker" in result.output and "deputy_minister" in result.output
    assert "Assad" not in result.output


def test_errors_are_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    txt = tmp_path / "a.txt"
    txt.write_text("T\nText.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(txt), "--published", "yesterday"])
    assert result.exit_code == 2 and "ISO date" in result.output
    result = runner.invoke(app, ["extract", str(txt), "--dictionaries", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_a_bad_json_line_is_skipped_and_named_like_refresh_quarantines_it(tmp_path: Path) -> None:
    # issue 13: extract stopped at the first bad line where refresh quarantines it and reads on
    jsonl = tmp_path / "feed.jsonl"
    good = {"id": "a", "published": "2007-08-07", "text": "Iran and Iraq held talks in Baghdad."}
    jsonl.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "b"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(jsonl)])
    assert result.exit_code == 1
    assert [json.loads(line)["document"]["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert "line 2" in result.stderr and "invalid JSON" in result.stderr and "Traceback" not in result.output


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "nothing readable" in result.stderr and ".pdf" in result.stderr
