"""Explicit component versions: the pipeline version changes when, and only when, what a stage produces changes.

The pipeline version is built from each stage's declared version, the model and the dictionaries' entries
(etl/nlp/pipeline.py). These tests hold both sides of that bargain:
- editing a comment or reformatting code, or documenting a dictionary, leaves the version as it was;
- a stage whose output changed on the bundled examples or the gold, with neither its own version nor an
  upstream stage's version bumped, fails `test_changed_output_has_a_version_bump`, naming the stage.
After a deliberate change: bump the stage's version, then regenerate the digests with
`PARLEY_UPDATE_SNAPSHOTS=1 pytest tests/etl/nlp/test_component_versions.py` (with ../shared beside the checkout).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc, Span, Token

from etl.evaluate.gold import gold_files, load_document, read_gold
from etl.extract import Extractor, shared_extractor
from etl.nlp.gazetteer import DICTIONARY_DIR
from etl.nlp.pipeline import compute_version, dictionary_digest, stage_versions
from etl.sources import Document, iter_documents

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tests" / "data" / "component_outputs.json"
UPDATE = os.environ.get("PARLEY_UPDATE_SNAPSHOTS") == "1"

# Stage -> the Doc extension it assigns (spaCy `assigns=`); clean, text and extract are read elsewhere.
EXTENSIONS = {
    "actors": "parley_actors",
    "dates": "parley_dates",
    "quotes": "parley_statements",
    "meetings": "parley_meetings",
    "issues": "parley_issues",
}


# ---------------------------------------------------------------------------------------------- digests


def canonical(value: Any) -> Any:
    """A JSON-able form of a component's output, independent of set order and object identity."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Span):
        return ["span", value.start_char, value.end_char, value.label_]
    if isinstance(value, Token):
        return ["token", value.idx]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str))
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(canonical(value), sort_keys=True, default=str).encode()).hexdigest()[:16]


def stage_outputs(extractor: Extractor, document: Document) -> dict[str, str]:
    """A digest of what each stage produced for one document."""
    prepared = extractor._prepare(document, None)
    out = {"clean": digest([prepared.cleaned.text, prepared.cleaned.dateline, prepared.run])}
    if not prepared.run:
        return out | {"extract": digest(extractor._empty(prepared).to_json())}
    doc: Doc = extractor.nlp(extractor._make_doc(prepared))
    out["text"] = digest([(t.idx, t.is_sent_start) for t in doc])
    for stage, ext in EXTENSIONS.items():
        out[stage] = digest(doc._.get(ext))
    extraction = extractor._assemble(prepared, [(doc, 0)]).to_json()
    extraction.pop("pipeline_version", None)
    extraction["document"].pop("path", None)  # where the checkout is, not what was extracted
    out["extract"] = digest(extraction)
    return out


HELDOUT = ROOT / "tests" / "data" / "gold" / "heldout"


def documents() -> Iterator[tuple[str, Document]]:
    """The bundled examples always; the shared seed and dev gold and the project's gold when ../shared exists;
    each with the key its digests are stored under."""
    seen = set()
    for d in iter_documents([ROOT / "examples" / "articles"]):
        seen.add((d.id, d.content_hash))
        yield f"{d.id}:{d.content_hash[:8]}", d
    if not SHARED.is_dir():
        return
    for path in gold_files([SHARED / "gold", ROOT / "tests" / "data" / "gold"]):
        gold = read_gold(path)
        doc = load_document(gold, path, SHARED)
        # the seed article is also in examples/: its digests are the example's, with ../shared or without
        # (issue 13: a clone without ../shared compared the example against the gold copy's digests)
        if (doc.id, doc.content_hash) not in seen:
            yield _key(doc, held_out=HELDOUT in path.parents), doc


def _key(doc: Document, *, held_out: bool) -> str:
    """A document's key in the snapshot. A held-out document's is opaque ("heldout-<hash>"), so that a failing
    digest or a diff of the snapshot says that a held-out document changed, never which one: a developer who
    learned which would be tempted to look at it (tests/data/gold/README.md)."""
    if held_out:
        return f"heldout-{hashlib.sha256(doc.id.encode()).hexdigest()[:12]}:{doc.content_hash[:8]}"
    return f"{doc.id}:{doc.content_hash[:8]}"


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    x = shared_extractor()
    docs: dict[str, dict[str, str]] = {}
    for key, d in documents():
        if len(d.text) <= 60_000:  # long texts are chunked; the examples and gold are short
            docs[key] = stage_outputs(x, d)
    return {"model": x.pipeline_version.split(";")[0], "versions": stage_versions(x.nlp), "documents": docs}


def _unexplained(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Changed outputs with no version bump at their stage or upstream of it, as messages."""
    order = list(new["versions"])
    problems = []
    for key, stages in new["documents"].items():
        before = old["documents"].get(key)
        if before is None:
            continue
        for stage, value in stages.items():
            if before.get(stage, value) == value:
                continue
            upstream = order[: order.index(stage) + 1] if stage in order else order
            if all(old["versions"].get(s) == new["versions"][s] for s in upstream):
                problems.append(f"{stage} output changed on {key.split(':')[0]} without a version bump")
    return problems


# ---------------------------------------------------------------------------------------------- tests


def test_changed_output_has_a_version_bump(current: dict[str, Any]) -> None:
    if not SNAPSHOT.exists() and not UPDATE:
        pytest.fail(f"{SNAPSHOT} is missing: run with PARLEY_UPDATE_SNAPSHOTS=1")
    old = json.loads(SNAPSHOT.read_text()) if SNAPSHOT.exists() else None
    if old is not None and old["model"] != current["model"]:
        pytest.skip(f"digests were taken with {old['model']}, this run uses {current['model']}")
    problems = _unexplained(old, current) if old else []
    assert not problems, "bump the version of the stage (or an upstream one):\n" + "\n".join(sorted(set(problems)))
    if UPDATE:
        merged = {**(old or {}).get("documents", {}), **current["documents"]}
        SNAPSHOT.write_text(json.dumps({**current, "documents": dict(sorted(merged.items()))}, indent=1) + "\n")
        return
    assert old is not None
    assert old["versions"] == current["versions"], "versions were bumped: regenerate with PARLEY_UPDATE_SNAPSHOTS=1"
    stale = [k for k, v in current["documents"].items() if old["documents"].get(k, v) != v]
    assert not stale, f"outputs changed with their versions bumped: regenerate the digests ({stale[:3]})"


def test_a_silent_change_is_caught(current: dict[str, Any]) -> None:
    """The check itself: an output that differs under the same versions is reported, a bump upstream explains it."""
    key = next(iter(current["documents"]))
    old = json.loads(json.dumps(current))
    old["documents"][key]["meetings"] = "0" * 16
    assert _unexplained(old, current) == [f"meetings output changed on {key.split(':')[0]} without a version bump"]
    old["versions"]["actors"] = "0"  # an upstream stage was bumped: the change is explained
    assert _unexplained(old, current) == []
    old["versions"]["actors"] = current["versions"]["actors"]
    old["versions"]["issues"] = "0"  # a downstream bump does not explain it
    assert len(_unexplained(old, current)) == 1


def test_version_is_built_from_stage_versions_model_and_dictionaries() -> None:
    x = shared_extractor()
    version = x.pipeline_version
    stages = stage_versions(x.nlp)
    assert list(stages) == ["clean", "text", "actors", "dates", "quotes", "meetings", "issues", "extract"]
    assert version.endswith(" ".join(f"{k}={v}" for k, v in stages.items()))
    assert version.startswith(f"{x.nlp.meta['lang']}_{x.nlp.meta['name']} {x.nlp.meta['version']}; dict ")
    assert len(version) <= 200  # etl_run.pipeline_version and document.pipeline_version are VARCHAR(200)


def test_comments_in_dictionaries_leave_the_version_unchanged(tmp_path: Path) -> None:
    src = DICTIONARY_DIR / "titles.tsv"
    plain = tmp_path / "a" / "titles.tsv"
    plain.parent.mkdir()
    shutil.copyfile(src, plain)
    commented = tmp_path / "b" / "titles.tsv"
    commented.parent.mkdir()
    commented.write_text("# group: a coder's note\n\n" + src.read_text(encoding="utf-8") + "\n# trailing note  \n")
    changed = tmp_path / "c" / "titles.tsv"
    changed.parent.mkdir()
    changed.write_text(src.read_text(encoding="utf-8") + "grand vizier\tadvisor\n")
    assert dictionary_digest([plain]) == dictionary_digest([commented])
    assert dictionary_digest([plain]) != dictionary_digest([changed])
    x = shared_extractor()
    assert compute_version(x.nlp, [str(commented.parent)]) == compute_version(x.nlp, [str(plain.parent)])


_VERSION_SCRIPT = (
    "from etl.nlp.pipeline import build_pipeline, pipeline_version; print(pipeline_version(build_pipeline()))"
)


def test_editing_comments_and_formatting_code_leaves_the_version_unchanged(tmp_path: Path) -> None:
    """A copy of the packages with a comment added and a module reformatted gives the same version."""
    for package in ("etl", "schema"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    quotes = tmp_path / "etl" / "nlp" / "quotes.py"
    quotes.write_text(quotes.read_text() + "\n# a maintainer's comment\n")
    meetings = tmp_path / "etl" / "nlp" / "meetings.py"
    meetings.write_text(meetings.read_text().replace("\n\n\n", "\n\n\n\n"))  # a formatting change

    def version(path: Path) -> str:
        env = {**os.environ, "PYTHONPATH": str(path)}
        run = subprocess.run([sys.executable, "-c", _VERSION_SCRIPT], env=env, cwd=path, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    edited = version(tmp_path)
    assert edited == shared_extractor().pipeline_version
    bumped = quotes.read_text().replace('VERSION = "', 'VERSION = "9', 1)
    quotes.write_text(bumped)
    assert version(tmp_path) != edited  # and a bump does change it


def test_snapshot_never_names_a_held_out_document() -> None:
    """The digests of held-out gold are stored under opaque keys: a diff of the snapshot shows that a held-out
    document's output changed, not which one (round 14: two developers looked one up to see why)."""
    names = {p.stem for p in HELDOUT.glob("*.json")}
    keys = {k.split(":")[0] for k in json.loads(SNAPSHOT.read_text())["documents"]}
    assert names and not names & keys
    if SHARED.is_dir():
        assert sum(k.startswith("heldout-") for k in keys) == len(names)
