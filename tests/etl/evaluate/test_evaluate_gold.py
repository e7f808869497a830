"""Finding gold files and their texts, and `evaluate()` end to end without the extractor."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from etl.evaluate import evaluate, gold_files, load_document, read_gold, saved_predictions, score_document
from etl.evaluate import gold as gold_module
from etl.evaluate.gold import gold_root
from etl.sources import Document, read_txt
from schema.errors import SourceError

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SEED = SHARED / "gold" / "seed-000.json"
DEV = SHARED / "gold" / "dev"


def write_gold(folder: Path, name: str, document: dict[str, Any], **parts: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"format": "parley-gold/1", "document": document, **parts}), encoding="utf-8")
    return path


@pytest.mark.shared
def test_gold_files_expands_folders_recursively(tmp_path: Path) -> None:
    assert len(gold_files([DEV])) == 12
    assert len(gold_files([SHARED / "gold"])) == 13
    assert gold_files([SEED, DEV])[0] == SEED
    with pytest.raises(SourceError, match="no such gold"):
        gold_files([tmp_path / "missing"])


def test_read_gold_rejects_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[1, 2]")
    (tmp_path / "b.json").write_text('{"format": "other/2", "document": {"id": "x"}}')
    (tmp_path / "c.json").write_text("{not json")
    for name, message in (("a", "not a gold file"), ("b", "unsupported gold format"), ("c", "cannot read")):
        with pytest.raises(SourceError, match=message):
            read_gold(tmp_path / f"{name}.json")


def test_gold_root_is_the_folder_holding_gold(tmp_path: Path) -> None:
    assert gold_root(DEV / "bbc-business-241.json") == SHARED.resolve()
    assert gold_root(tmp_path / "a" / "gold" / "dev" / "x.json") == (tmp_path / "a").resolve()
    assert gold_root(tmp_path / "x.json") is None


@pytest.mark.shared
def test_seed_text_comes_from_its_path_with_the_gold_date() -> None:
    document = load_document(read_gold(SEED), SEED)
    from_file = read_txt(SHARED / "corpus" / "seed" / "000_dcb0b387393e56d6.txt")
    assert document.text == from_file.text
    assert document.id == "seed-000"
    assert document.published == "2007-08-07"


@pytest.mark.shared
def test_corpus_text_is_found_by_id_and_the_gold_date_wins() -> None:
    path = DEV / "reuters21578-11222.json"
    document = load_document(read_gold(path), path)
    assert document.id == "reuters21578-11222"
    assert document.published == "1987-03-31"  # the record says "1987-03-31T..." with a time
    assert document.title == "THATCHER SAYS TRADE TARGETS SET WITH MOSCOW"
    assert "Ryzhkov" in document.text


@pytest.mark.shared
def test_bbc_gold_has_no_publication_date() -> None:
    path = DEV / "bbc-politics-064.json"
    document = load_document(read_gold(path), path)
    assert document.published is None
    assert "Erdogan" in document.text


@pytest.mark.shared
def test_corpus_index_is_built_once_per_file() -> None:
    for path in sorted(DEV.glob("reuters*.json")):
        load_document(read_gold(path), path)
    reuters = [k for k in gold_module._JSONL_INDEX if k[0].endswith("reuters21578.jsonl")]
    assert len(reuters) == 1
    assert len(gold_module._JSONL_INDEX[reuters[0]]) == 19043


@pytest.mark.shared
def test_gold_elsewhere_needs_a_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Gold kept in a project folder whose texts live in the shared corpus.
    path = write_gold(
        tmp_path / "data" / "gold",
        "seed.json",
        {"id": "seed-000", "corpus": "corpus/seed/seed-000.jsonl", "published": "2007-08-07"},
    )
    monkeypatch.chdir(tmp_path)  # so that ../shared is not beside the working directory
    with pytest.raises(SourceError, match=r"seed\.json.*cannot find the text of 'seed-000'"):
        load_document(read_gold(path), path)
    document = load_document(read_gold(path), path, root=SHARED)
    assert document.text.startswith("A0297667.jpg")  # the record's text, not the .txt file's


@pytest.mark.shared
def test_gold_elsewhere_falls_back_to_shared_beside_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_gold(tmp_path / "gold", "seed.json", {"id": "seed-000", "corpus": "corpus/seed/seed-000.jsonl"})
    monkeypatch.chdir(Path(__file__).resolve().parents[3])  # the checkout, with ../shared beside it
    assert load_document(read_gold(path), path).id == "seed-000"


def test_unknown_record_id_is_an_error(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "gold", "x.json", {"id": "no-such-id", "corpus": "corpus/seed/seed-000.jsonl"})
    with pytest.raises(SourceError, match="no-such-id"):
        load_document(read_gold(path), path, root=SHARED)


@pytest.mark.shared
def test_quote_spans_resolve_against_the_seed_text(tmp_path: Path) -> None:
    """Seed gold rewritten with `quote_span` (found at run time) scores 1.0 against the original."""
    gold = read_gold(SEED)
    document = load_document(gold, SEED)
    spanned = copy.deepcopy(gold)
    converted = 0
    for item in spanned["statements"]:
        start = document.text.find(item["quote"])
        if start >= 0:
            item["quote_span"] = [start, start + len(item["quote"])]
            del item["quote"]
            converted += 1
    assert converted == 9  # four reported-speech quotes are paraphrases, not in the text verbatim
    score = score_document(spanned, gold, document.text)
    assert score.categories["statements"].counts.f1 == 1.0
    assert score.categories["statement_texts"].counts.f1 == 1.0
    # Both sides may use spans.
    assert score_document(spanned, spanned, document.text).categories["statements"].counts.f1 == 1.0


def _gold_by_id(paths: list[Path]) -> dict[str, dict[str, Any]]:
    return {g["document"]["id"]: g for g in map(read_gold, gold_files(paths))}


@pytest.mark.shared
def test_evaluate_passes_the_text_and_the_gold_date_to_the_extractor() -> None:
    golds = _gold_by_id([SHARED / "gold"])
    seen: dict[str, str | None] = {}

    def extract(document: Document, published: str | None) -> dict[str, Any]:
        assert document.text
        seen[document.id] = published
        return golds[document.id]

    report = evaluate([SHARED / "gold"], extract)
    assert report.metrics.headline == 1.0
    assert report.metrics.documents == 13
    assert seen["seed-000"] == "2007-08-07"
    assert seen["reuters21578-4008"] == "1987-03-11"
    assert seen["bbc-business-241"] is None
    per_document = report.to_json(details=True)["per_document"]
    assert {d["id"] for d in per_document} == set(golds)


@pytest.mark.shared
def test_saved_predictions(tmp_path: Path) -> None:
    golds = _gold_by_id([DEV])
    pred = copy.deepcopy(golds["reuters21578-4008"])
    pred["issues"] = []  # gold: CAN-USA environment and trade (and an optional energy)
    lines = [json.dumps(pred), json.dumps(golds["reuters21578-11222"])]
    (tmp_path / "out.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = evaluate(
        [DEV / "reuters21578-4008.json", DEV / "reuters21578-11222.json", DEV / "bbc-politics-064.json"],
        saved_predictions([tmp_path]),
    )
    issues = report.metrics.categories["issues"].counts
    # 4008: 2 missed; 11222: 1 found; bbc-politics-064 has no saved prediction: 2 missed.
    assert (issues.tp, issues.fp, issues.fn) == (1, 0, 4)
    assert [m.item for m in report.documents[0].misses if m.category == "issues"] == [
        "CAN-USA environment",
        "CAN-USA trade",
    ]


def test_saved_predictions_need_a_document_id(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[{"actors": []}]', encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.json\[0\]"):
        saved_predictions([tmp_path / "bad.json"])
