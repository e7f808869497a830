"""Train and cross-validate the learned scorer of bilateral issue records (etl/nlp/issue_model.py).

Runs the pipeline over gold files with the issue stage recording its candidates (the rules' records, and the
liberal ones: every pair of states named in a phrase's sentence or the one before), labels each candidate by the
scorer's rule (same unordered dyad and code as a gold issue; a candidate matching only an `optional` gold issue is
neither positive nor negative), and compares on the SAME document folds:

  (a) the rules as they are;
  (b) the rules' records filtered by a logistic model;
  (c) rules' and liberal candidates scored by a logistic model.

Each model's threshold is picked inside its training fold (by an inner cross-validation of that fold), so the
held-out fold never chooses it. With `--write`, the variant named by `--ship` is trained on all documents and
its weights are written to etl/models/issue_model.json (`--disable` writes a file that leaves the rules alone).

    PYTHONPATH=. python tools/train_issue_model.py tests/data/gold/*.json --root ../shared
    PYTHONPATH=. python tools/train_issue_model.py tests/data/gold/*.json --root ../shared --write --ship b
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from etl.evaluate.gold import gold_files, load_document, read_gold
from etl.evaluate.score import issue_key
from etl.nlp import issue_model
from etl.nlp.issue_model import IssueModel
from etl.nlp.issues import IssueFinder

Key = tuple[frozenset[str], str]


@dataclass(slots=True)
class Row:
    """One candidate of one document: its features, label (1, 0, or None for an optional gold issue) and origin."""

    doc: str
    key: Key
    features: dict[str, float]
    label: int | None
    rule: bool


@dataclass(slots=True)
class DocGold:
    required: Counter[Key]
    optional: set[Key]


def collect(paths: list[str], root: Path | None) -> tuple[list[Row], dict[str, DocGold]]:
    """Candidates with features and labels for every gold document."""
    from etl.extract import Extractor

    extractor = Extractor()
    finder = extractor.nlp.get_pipe("parley_issues")
    assert isinstance(finder, IssueFinder)
    finder.model = None  # score every candidate the rules (and the liberal pairing) make
    finder.record = True
    finder.liberal = True
    rows: list[Row] = []
    golds: dict[str, DocGold] = {}
    for path in gold_files(paths):
        gold = read_gold(path)
        document = load_document(gold, path, root)
        finder.candidates = []
        extractor.extract(document, document.published)
        items = [x for x in gold.get("issues") or [] if isinstance(x, dict)]
        required = Counter(issue_key(x) for x in items if not x.get("optional"))
        optional = {issue_key(x) for x in items if x.get("optional")}
        golds[document.id] = DocGold(required, optional)
        seen: dict[Key, Row] = {}
        for cand in sorted(finder.candidates, key=lambda c: not c.rule):  # a long text's chunks: rule first
            key = (frozenset(cand.key[0]), cand.key[1])
            if key in seen:
                continue
            label = 1 if key in required else (None if key in optional else 0)
            seen[key] = Row(document.id, key, dict(cand.features), label, cand.rule)
        rows.extend(seen.values())
    return rows, golds


def counts(selected: dict[str, set[Key]], golds: dict[str, DocGold], docs: list[str]) -> tuple[int, int, int]:
    """tp, fp, fn of the selected keys of `docs`, by the scorer's pairing (keys are unique per document)."""
    tp = fp = fn = 0
    for doc in docs:
        gold = golds[doc]
        keys = selected.get(doc, set())
        hit = sum(1 for k in keys if gold.required[k] > 0)
        tp += hit
        fp += sum(1 for k in keys if gold.required[k] == 0 and k not in gold.optional)
        fn += sum(gold.required.values()) - hit
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fit(rows: list[Row], l2: float) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method (bias not penalised)."""
    labelled = [r for r in rows if r.label is not None]
    names = sorted({n for r in labelled for n in r.features})
    col = {n: j for j, n in enumerate(names)}
    x = np.zeros((len(labelled), len(names) + 1))
    x[:, -1] = 1.0
    for i, r in enumerate(labelled):
        for n, v in r.features.items():
            x[i, col[n]] = v
    y = np.array([r.label for r in labelled], dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return {n: float(w[col[n]]) for n in names}, float(w[-1])


def _selected(rows: list[Row], scores: list[float], threshold: float) -> dict[str, set[Key]]:
    out: dict[str, set[Key]] = {}
    for r, s in zip(rows, scores, strict=True):
        if s >= threshold:
            out.setdefault(r.doc, set()).add(r.key)
    return out


def best_threshold(rows: list[Row], scores: list[float], golds: dict[str, DocGold], docs: list[str]) -> float:
    """The threshold of best F1 over these (out-of-fold) scores; ties to the lower threshold."""
    best = (-1.0, 0.5)
    for t in sorted({round(s, 4) for s in scores} | {0.5}):
        f1 = prf(*counts(_selected(rows, scores, t), golds, docs))[2]
        if f1 > best[0] + 1e-12:
            best = (f1, t)
    return best[1]


def folds_of(docs: list[str], k: int, seed: int) -> list[list[str]]:
    order = sorted(docs)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def out_of_fold(rows: list[Row], docs: list[str], k: int, seed: int, l2: float) -> list[float]:
    """Scores of `rows` (of `docs`) each from a model trained on the other folds."""
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_doc.setdefault(r.doc, []).append(i)
    scores = [0.0] * len(rows)
    for fold in folds_of(docs, k, seed):
        test = set(fold)
        weights, bias = fit([r for r in rows if r.doc not in test], l2)
        model = IssueModel(weights, bias, 0.5)
        for d in fold:
            for i in by_doc.get(d, []):
                scores[i] = model.score(rows[i].features)
    return scores


def train(rows: list[Row], golds: dict[str, DocGold], docs: list[str], seed: int, l2: float) -> IssueModel:
    """A model on `docs` with its threshold from an inner 4-fold cross-validation of them."""
    inner = out_of_fold(rows, docs, 4, seed + 1, l2)
    threshold = best_threshold(rows, inner, golds, docs)
    weights, bias = fit(rows, l2)
    return IssueModel(weights, bias, threshold)


def cross_validate(
    rows: list[Row], golds: dict[str, DocGold], k: int, seed: int, l2: float
) -> dict[str, tuple[int, int, int]]:
    """Pooled tp, fp, fn over the k held-out folds of each variant."""
    docs = sorted(golds)
    totals = {v: [0, 0, 0] for v in "abc"}
    for fold in folds_of(docs, k, seed):
        test = set(fold)
        train_docs = [d for d in docs if d not in test]
        rules: dict[str, set[Key]] = {}
        for r in rows:
            if r.rule and r.doc in test:
                rules.setdefault(r.doc, set()).add(r.key)
        variants: dict[str, dict[str, set[Key]]] = {"a": rules}
        for name, pool in (("b", [r for r in rows if r.rule]), ("c", rows)):
            model = train([r for r in pool if r.doc not in test], golds, train_docs, seed, l2)
            held = [r for r in pool if r.doc in test]
            variants[name] = _selected(held, [model.score(r.features) for r in held], model.threshold)
        for name, selected in variants.items():
            for j, n in enumerate(counts(selected, golds, fold)):
                totals[name][j] += n
    return {v: (t[0], t[1], t[2]) for v, t in totals.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gold", nargs="+", help="gold files or folders (folders are searched recursively)")
    ap.add_argument("--root", type=Path, default=None, help="where to find the gold's texts (as parley evaluate)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic regression")
    ap.add_argument("--write", action="store_true", help="write the weights file")
    ap.add_argument("--ship", choices=["b", "c"], default="b", help="the variant --write trains on all documents")
    ap.add_argument("--disable", action="store_true", help="with --write: a file that leaves the rules alone")
    ap.add_argument("--out", type=Path, default=issue_model.MODEL_FILE)
    ap.add_argument("--rows", type=Path, default=None, help="also dump the labelled candidates (JSON lines)")
    args = ap.parse_args(argv)
    rows, golds = collect(args.gold, args.root)
    if args.rows:
        with args.rows.open("w", encoding="utf-8") as fh:
            for r in rows:
                row = {"doc": r.doc, "key": [sorted(r.key[0]), r.key[1]], "label": r.label, "rule": r.rule}
                fh.write(json.dumps(row | {"features": r.features}) + "\n")
    result = cross_validate(rows, golds, args.folds, args.seed, args.l2)
    names = {"a": "rules as now", "b": "rules + learned filter", "c": "liberal candidates + learned scorer"}
    figures: dict[str, dict[str, float]] = {}
    print(f"{len(golds)} documents, {len(rows)} candidates ({sum(r.rule for r in rows)} from the rules)")
    print(f"{'variant':40} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for v, (tp, fp, fn) in result.items():
        prec, rec, f1 = prf(tp, fp, fn)
        figures[v] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4)}
        figures[v]["f1"] = round(f1, 4)
        print(f"({v}) {names[v]:36} {tp:5d} {fp:5d} {fn:5d} {prec:6.3f} {rec:6.3f} {f1:6.3f}")
    if args.write:
        if args.disable:
            data: dict[str, Any] = {"format": issue_model.FORMAT, "enabled": False, "cross_validation": figures}
        else:
            pool = rows if args.ship == "c" else [r for r in rows if r.rule]
            model = train(pool, golds, sorted(golds), args.seed, args.l2)
            model = IssueModel(model.weights, model.bias, model.threshold, liberal=args.ship == "c")
            data = model.to_json({"enabled": True, "variant": args.ship, "cross_validation": figures})
        args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
