"""tools/train_issue_model.py: runnable by a user, labels and counts as the scorer does, a model that learns."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "train_issue_model.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_issue_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_issue_model"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_help_runs() -> None:
    out = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "--ship" in out.stdout


def test_counts_leave_optional_gold_issues_out() -> None:
    t = _script()
    trade, security, energy = (
        (frozenset({"CAN", "USA"}), "trade"),
        (frozenset({"CAN", "USA"}), "security"),
        (
            frozenset({"CAN", "USA"}),
            "energy",
        ),
    )
    golds = {"d": t.DocGold(Counter({trade: 1, energy: 1}), {security})}
    # trade right, security matches an optional issue (neither), energy missed
    assert t.counts({"d": {trade, security}}, golds, ["d"]) == (1, 0, 1)
    assert t.counts({"d": {security}}, golds, ["d"]) == (0, 0, 2)


def test_fit_learns_the_sign_of_a_telling_feature() -> None:
    t = _script()
    rows = [t.Row(f"d{i}", (frozenset({"A", "B"}), "trade"), {"good": float(i % 2)}, i % 2, True) for i in range(40)]
    rows.append(t.Row("d99", (frozenset({"A", "B"}), "trade"), {"good": 1.0}, None, True))  # unlabelled: ignored
    weights, bias = t.fit(rows, 1.0)
    assert weights["good"] > 2.0 and bias < 0.0
