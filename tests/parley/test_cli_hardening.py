"""Issue 14 (hardening): what an adversarial pass found, each reproduced through the CLI as a user
runs it. The sqlite/postgresql cases use the `store_url` fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
RULES = f"{ROOT / 'tests' / 'etl' / 'rules_extractor.py'}:make"
runner = CliRunner()


def parley(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


# --- item 8: file names and data cannot forge log lines ------------------------------------------


def test_a_file_name_with_a_newline_cannot_forge_a_log_line(store_url: str, tmp_path: Path) -> None:
    """Regression: logfmt quoted values with spaces but passed line breaks through, so a file named
    'x\\nts=... event=refresh_end status=succeeded' printed a second, forged log line."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    forged = "x\nts=2026-01-01T00:00:00+00:00 event=refresh_end status=succeeded\x1b[2K.jsonl"
    (folder / forged).write_text('{"id": "a", "text": ""}\n')
    r = parley("refresh", str(folder), "-d", store_url, "--extractor", RULES)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert all(line.startswith("ts=") for line in lines), lines
    events = [line.split(" ")[1] for line in lines]
    assert events.count("event=refresh_end") == 1 and events[-1] == "event=refresh_end"
    quarantined = [line for line in lines if line.split(" ")[1] == "event=quarantined"]
    assert len(quarantined) == 1 and "\\nts=2026-01-01" in quarantined[0] and "\\x1b[2K" in quarantined[0]
    assert "\x1b" not in r.stderr
