"""The project's own gold (tests/data/gold/, README there) is well formed and finds its texts.

Checks what tests/data/gold/README.md promises of every file: spans in bounds, on word
boundaries and without quotation marks or whitespace at their edges; vocabularies; speakers,
participants, hosts and chairs are listed actors; ISO dates; the document matches its corpus
record (id, title, date), is no `dup_of` duplicate and has no gold in shared/gold/dev/; each
file scores 1.0 against itself. Shared-corpus files are skipped when ../shared is absent;
the public-domain texts of tests/data/corpus/ are always checked. The second, blind annotation
of eight gold texts in tests/data/agreement/ (README there) is checked the same way, and
against the first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from etl.evaluate import evaluate, gold_files, load_document, read_gold, saved_predictions, score_document
from etl.evaluate.metrics import HEADLINE_CATEGORIES
from schema.vocab import ACTOR_KINDS, ISSUES, ROLES

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data"
GOLD = DATA / "gold"
HELDOUT = GOLD / "heldout"
AGREEMENT = DATA / "agreement"
SHARED = REPO.parent / "shared"
DATE_BASES = ("explicit", "relative", "publication")  # shared/gold/README.md
QUOTE_MARKS = set("\"'`\u201c\u201d\u2018\u2019")
ISO3 = {
    line.split("\t", 1)[0]
    for line in (REPO / "etl" / "dictionaries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
}
FILES = gold_files([GOLD])
SECOND = gold_files([AGREEMENT])


def _needs_shared(path: Path) -> bool:
    return str(read_gold(path)["document"].get("corpus", "")).startswith("corpus/news/")


def _record(gold: dict[str, Any]) -> dict[str, Any]:
    """The raw corpus record (not the `Document`), to see `dup_of` and the stored title."""
    info = gold["document"]
    for root in (DATA, SHARED):
        path = root / info["corpus"]
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if f'"id": "{info["id"]}"' in line:
                        record: dict[str, Any] = json.loads(line)
                        if record["id"] == info["id"]:
                            return record
    raise AssertionError(f"{info['id']}: no corpus record")


def _files(paths: list[Path] = FILES, base: Path = GOLD) -> Iterator[Any]:
    for path in paths:
        marks = [pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")] if _needs_shared(path) else []
        yield pytest.param(path, id=str(path.relative_to(base)), marks=marks)


def _text(gold: dict[str, Any], path: Path) -> str:
    """The annotated text; files outside gold/ find the repo corpus through tests/data as root."""
    return load_document(gold, path, SHARED if _needs_shared(path) else DATA).text


def test_split_has_at_least_twenty_heldout_files_and_no_id_twice() -> None:
    heldout = gold_files([HELDOUT])
    assert len(heldout) >= 20
    ids = [read_gold(p)["document"]["id"] for p in FILES]
    assert len(ids) == len(set(ids)) >= 40


@pytest.mark.parametrize("path", [*_files(), *_files(SECOND, DATA)])
def test_gold_file_is_well_formed(path: Path) -> None:
    gold = read_gold(path)
    _check_document(gold, path)
    names = _check_actors(gold["actors"])
    _check_meetings(gold["meetings"], names)
    _check_issues(gold["issues"])
    _check_statements(gold["statements"], names, _text(gold, path))


def test_second_annotation_is_of_tunable_gold_texts() -> None:
    """tests/data/agreement/ annotates texts that have gold at the top level (not held out)."""
    assert len(SECOND) >= 8
    for path in SECOND:
        assert (GOLD / path.name).is_file(), f"{path.name}: no top-level gold file"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
@pytest.mark.parametrize("first_is_gold", [True, False])
def test_two_blind_annotations_agree(first_is_gold: bool) -> None:
    """Each annotation scored against the other, under the optional rule on both sides: measured
    1.000 on the headline categories both ways when the second was written (BENCHMARKS.md); a gold
    edit that makes them disagree shows here. 0.9 leaves room for deliberate convention changes."""
    first = [GOLD / p.name for p in SECOND]
    gold, pred = (first, SECOND) if first_is_gold else (SECOND, first)
    report = evaluate(gold, saved_predictions(pred), DATA)
    assert report.metrics.documents == len(SECOND)
    assert report.metrics.headline >= 0.9
    for category in HEADLINE_CATEGORIES:
        assert report.metrics.categories[category].counts.f1 >= 0.85, category


def _check_document(gold: dict[str, Any], path: Path) -> None:
    info = gold["document"]
    assert path.stem == info["id"]
    record = _record(gold)
    assert not record.get("dup_of"), "a dup_of duplicate"
    assert info["title"] == record["title"]
    assert info["published"] == (record["published"][:10] if record.get("published") else None)
    assert not (SHARED / "gold" / "dev" / path.name).exists(), "already gold in shared/gold/dev"


def _check_actors(actors: list[dict[str, Any]]) -> set[str]:
    names = {a["name"] for a in actors}
    assert len(names) == len(actors), "actor listed twice"
    for a in actors:
        assert a["kind"] in ACTOR_KINDS
        assert a["country"] is None or a["country"] in ISO3, a
        if a["kind"] == "person":
            assert a["role"] and set(a["role"]) <= set(ROLES), a
        else:
            assert "role" not in a
    return names


def _check_meetings(meetings: list[dict[str, Any]], names: set[str]) -> None:
    for m in meetings:
        assert m["countries"] and all(c in ISO3 or c == "IGO" for c in m["countries"]), m
        assert len(set(m["countries"])) == len(m["countries"])
        assert set(m["participants"]) <= names, m
        for key in ("host", "chair"):
            assert m[key] is None or m[key] in names, m
        assert m["location_country"] is None or m["location_country"] in ISO3
        assert m["date_basis"] in DATE_BASES
        if m["date"] is not None:
            dt.date.fromisoformat(m["date"])


def _check_issues(issues: list[dict[str, Any]]) -> None:
    seen: set[tuple[frozenset[str], str]] = set()
    for i in issues:
        a, b = i["countries"]
        assert a != b and a in ISO3 and b in ISO3 and i["issue"] in ISSUES, i
        dyad = (frozenset((a, b)), i["issue"])
        assert dyad not in seen, f"issue twice: {i}"
        seen.add(dyad)


def _check_statements(statements: list[dict[str, Any]], names: set[str], text: str) -> None:
    for s in statements:
        assert s["speaker"] == "" or s["speaker"] in names, s
        assert s["target_country"] is None or s["target_country"] in ISO3, s
        assert isinstance(s["direct"], bool) and "quote" not in s
        start, end = s["quote_span"]
        assert 0 <= start < end <= len(text), s
        span = text[start:end]
        assert not (span[0].isspace() or span[-1].isspace() or span[0] in QUOTE_MARKS or span[-1] in QUOTE_MARKS), span
        assert start == 0 or not text[start - 1].isalnum(), f"span starts inside a word: {span!r}"
        assert end == len(text) or not text[end].isalnum(), f"span ends inside a word: {span!r}"


@pytest.mark.parametrize("path", list(_files()))
def test_gold_file_scores_one_against_itself(path: Path) -> None:
    gold = read_gold(path)
    score = score_document(gold, gold, load_document(gold, path, SHARED).text)
    for category in HEADLINE_CATEGORIES:
        counts = score.categories[category].counts
        assert counts.fp == counts.fn == 0, (category, score.misses)
    assert not score.misses


def test_evaluate_reads_both_folders_and_the_repo_corpus() -> None:
    """`parley evaluate tests/data/gold --root ../shared`: shared texts from the root, ours beside the gold."""
    paths = [GOLD] if SHARED.is_dir() else [p for p in FILES if not _needs_shared(p)]
    report = evaluate(paths, saved_predictions(paths), SHARED)
    assert report.metrics.documents == len(paths if not SHARED.is_dir() else FILES)
    assert report.metrics.headline == 1.0
    # Given separately, and without --root, the repo corpus still resolves from tests/data/.
    ours = [p for p in gold_files([HELDOUT]) if not _needs_shared(p)]
    assert ours and evaluate(ours, saved_predictions(ours)).metrics.headline == 1.0
