"""`parley refresh`, `parley actors ...` and `parley correct ...` as a user runs them: exit codes,
one-line errors, structured log lines when not on a terminal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parley.cli.refresh  # noqa: F401  (registers the commands)
from parley.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
RULES = f"{ROOT / 'tests' / 'etl' / 'rules_extractor.py'}:make"
runner = CliRunner()


def parley(*args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def db(store_url: str) -> str:
    return store_url


def test_refresh_logs_structured_lines_and_exits_0(db: str) -> None:
    r = parley("refresh", str(EXAMPLES), "-d", db, "--extractor", RULES)
    assert r.exit_code == 0, r.output
    lines = r.stderr.strip().splitlines()
    assert lines[0].startswith("ts=") and "event=extract_start documents=10" in lines[0]
    assert "event=refresh_end" in lines[-1] and "status=succeeded" in lines[-1] and "extracted=10" in lines[-1]
    again = parley("refresh", str(EXAMPLES), "-d", db, "--extractor", RULES, "--quiet")
    assert again.exit_code == 0 and "extracted=0" in again.stderr and "unchanged=10" in again.stderr


def test_refresh_with_bad_input_exits_1_and_names_it(db: str, tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "in")
    (tmp_path / "in" / "broken.jsonl").write_text('{"id": 1, "text": ""}\n')
    r = parley("refresh", str(tmp_path / "in"), "-d", db, "--extractor", RULES)
    assert r.exit_code == 1
    assert "event=quarantined" in r.stderr and "broken.jsonl" in r.stderr and 'reason="empty text"' in r.stderr


def test_refresh_of_a_missing_path_exits_2_with_one_line(db: str) -> None:
    r = parley("refresh", "/nonexistent/articles", "-d", db, "--extractor", RULES)
    assert r.exit_code == 2
    assert r.stderr.strip().startswith("error: no such file or directory") and len(r.stderr.strip().splitlines()) == 1


def test_refresh_on_an_unmigrated_store_says_what_to_do(tmp_path: Path) -> None:
    r = parley("refresh", str(EXAMPLES), "-d", f"sqlite:///{tmp_path / 'empty.sqlite'}", "--extractor", RULES)
    assert r.exit_code == 2 and "parley db upgrade" in r.stderr


def test_dry_run_and_show_found(db: str) -> None:
    dry = parley("refresh", str(EXAMPLES), "-d", db, "--extractor", RULES, "--dry-run")
    assert dry.exit_code == 0 and "dry_run=True" in dry.stderr and "extracted=10" in dry.stderr
    found = parley("refresh", str(EXAMPLES), "-d", db, "--extractor", RULES, "--show-found", "-q")
    assert found.exit_code == 0
    assert "meetings" in found.stdout and "KEN-NOR" in found.stdout and "issues by dyad" in found.stdout


def test_actors_and_corrections_commands(db: str) -> None:
    assert parley("refresh", str(EXAMPLES), "-d", db, "--extractor", RULES, "-q").exit_code == 0
    listed = parley("actors", "list", "-d", db, "--kind", "person", "--json")
    people = {a["name"]: a for a in json.loads(listed.stdout)}
    assert "Ingrid Solberg" in people and people["Ingrid Solberg"]["documents"] == 2
    shown = parley("actors", "show", "Ingrid Solberg", "-d", db)
    assert shown.exit_code == 0 and "[person, NOR" in shown.stdout
    merged = parley("actors", "merge", "Wang Lei", "Arjun Mehta", "-d", db, "--author", "tester", "--note", "test")
    assert merged.exit_code == 0 and "correction #1" in merged.stdout
    renamed = parley("actors", "rename", "Arjun Mehta", "A. Mehta", "-d", db)
    assert renamed.exit_code == 0
    bad = parley("actors", "merge", "Nobody", "Arjun Mehta", "-d", db)
    assert bad.exit_code == 2 and "no actor with id or name 'Nobody'" in bad.stderr
    sid = parley("actors", "show", "A. Mehta", "-d", db, "--json")
    assert json.loads(sid.stdout)["name"] == "A. Mehta"
    listed = parley("correct", "list", "-d", db, "--json")
    rows = json.loads(listed.stdout)
    assert [(r["action"], r["author"]) for r in rows][0] == ("merge_actors", "tester")
    wrong = parley("correct", "set", "statement", "nope", "tone", "critical", "-d", db)
    assert wrong.exit_code == 2 and "no statement with id 'nope'" in wrong.stderr
    assert parley("correct", "withdraw", "1", "-d", db).exit_code == 0


def test_undated_articles_are_counted_and_dated_on_request(db: str, tmp_path: Path) -> None:
    # issue 13: undated articles vanished from the panels without a word
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "talks-2026-03-05.txt").write_text("Talks\nIran and Iraq held talks in Baghdad on Tuesday.\n")
    r = parley("refresh", str(tmp_path / "in"), "-d", db, "--extractor", RULES)
    assert r.exit_code == 0, r.output
    assert "event=undated articles=1" in r.stderr and "--published DATE" in r.stderr
    assert "undated=1" in r.stderr.strip().splitlines()[-1]
    r = parley("refresh", str(tmp_path / "in"), "-d", db, "--extractor", RULES, "--published-from", "name")
    assert r.exit_code == 0 and "extracted=1" in r.stderr and "undated=0" in r.stderr
    bad = parley("refresh", str(tmp_path / "in"), "-d", db, "--extractor", RULES, "--published", "5 March 2026")
    assert bad.exit_code == 2 and "not an ISO date" in bad.stderr and "Traceback" not in bad.output


def test_a_folder_with_nothing_readable_exits_2(db: str, tmp_path: Path) -> None:
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4")
    r = parley("refresh", str(tmp_path / "pdfs"), "-d", db, "--extractor", RULES)
    assert r.exit_code == 2 and "nothing readable" in r.stderr and ".pdf" in r.stderr
