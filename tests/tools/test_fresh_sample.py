"""tools/fresh_sample.py: a fresh sample never holds a gold text, under its own id or a copy's."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "fresh_sample.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fresh_sample", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path) -> Path:
    """Six invented stories: g is gold, c copies g (dup_of), t has g's text under no dup_of, r is reserved."""
    rows = [
        {"id": "w-1", "title": "Talks", "text": "The two ministers held talks on trade.", "dup_of": None},
        {"id": "w-2", "title": "Visit", "text": "The president will visit the capital.", "dup_of": None},
        {"id": "w-3", "title": "Gold", "text": "The envoys met over the border dispute.", "dup_of": None},
        {"id": "w-4", "title": "Copy", "text": "The envoys met over the border dispute.", "dup_of": "w-3"},
        {"id": "w-5", "title": "Twin", "text": "The envoys  met over the border\ndispute.", "dup_of": None},
        {"id": "w-6", "title": "Reserved", "text": "The foreign ministers met in talks.", "dup_of": None},
        {"id": "w-7", "title": "Copy of fresh", "text": "The two ministers held talks on trade.", "dup_of": "w-1"},
        {"id": "w-8", "title": "Markets", "text": "Shares rose on the exchange.", "dup_of": None},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = tmp_path / "gold" / "heldout"
    gold.mkdir(parents=True)
    (gold / "w-3.json").write_text(json.dumps({"document": {"id": "w-3"}}), encoding="utf-8")
    (tmp_path / "RESERVED.txt").write_text("annotator w-6 The foreign ministers\n", encoding="utf-8")
    return path


def test_sample_leaves_out_gold_its_copies_and_listed_stories(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "sample.jsonl"
    t = _script()
    code = t.main(
        [str(corpus), "--gold", str(tmp_path / "gold"), "--exclude", str(tmp_path / "RESERVED.txt")]
        + ["--n", "10", "--out", str(out)]
    )
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    # w-3 gold, w-4 its copy, w-5 its text with other spacing, w-6 reserved, w-7 a copy of a fresh story
    assert ids == ["w-1", "w-2", "w-8"]


def test_match_filter_and_seeded_draw(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    t = _script()
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    import re

    talks = re.compile("talks|visit", re.IGNORECASE)
    sample, reasons = t.draw(records, {"w-3"}, n=10, seed=1, match=talks)
    assert [r["id"] for r in sample] == ["w-1", "w-2", "w-6"]
    assert reasons["filtered out"] == 1 and reasons["same text as a gold or listed story"] == 2
    one = [t.draw(records, {"w-3"}, n=1, seed=seed, match=talks)[0][0]["id"] for seed in (3, 3)]
    assert one[0] == one[1]  # the same seed draws the same story


def test_bad_input_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x-1", "text": "ok"}\nnot json\n', encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(bad), "--out", str(tmp_path / "s.jsonl")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [f"error: {bad}:2: not a JSON line (Expecting value)"]
    good = _corpus(tmp_path)
    missing = subprocess.run(
        [sys.executable, str(SCRIPT), str(good), "--gold", str(tmp_path / "nowhere"), "--out", str(tmp_path / "s")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert missing.returncode == 2 and "gold folder not found" in missing.stderr and "Traceback" not in missing.stderr


def test_a_refiled_story_sharing_most_of_a_gold_text_is_left_out(tmp_path: Path) -> None:
    t = _script()
    body = (
        "The finance ministers of the five member states met for a day of talks on the common currency and"
        " agreed to keep the exchange rate of their franc unchanged until the end of the year, officials said."
    )
    rows = [
        {"id": "w-1", "title": "Gold", "text": body},
        # the re-filed story: a new first sentence and a corrected figure, under no dup_of
        {"id": "w-2", "title": "Refiled", "text": "Corrects day. " + body.replace("five", "six")},
        # a different story that shares one phrase of eight words with the gold text
        {
            "id": "w-3",
            "title": "Other",
            "text": "Farm prices fell. The finance ministers of the five member states met again"
            " in the spring to discuss grain stocks, the harvest, storage costs and export subsidies for wheat.",
        },
    ]
    sample, reasons = t.draw(rows, {"w-1"}, n=10, seed=1)
    assert [r["id"] for r in sample] == ["w-3"]
    assert reasons["most of its text in a gold or listed story"] == 1
    assert t.NearCopies([rows[0]]).of(rows[1]) == "w-1"
    assert t.NearCopies([rows[0]]).of(rows[2]) is None
