"""Run an extractor over gold documents and score it: the function behind `parley evaluate`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.evaluate.gold import corpus_name, gold_files, load_document, read_gold
from etl.evaluate.metrics import DocScore, Metrics, aggregate
from etl.evaluate.score import score_document
from etl.sources import Document
from schema.errors import ConfigError, SourceError

# extract(document, published ISO date or None) -> one prediction in the gold shape
Extract = Callable[[Document, str | None], dict[str, Any]]


@dataclass(slots=True)
class Report:
    """The micro-averaged metrics and each document's own score (with its misses)."""

    metrics: Metrics
    documents: list[DocScore]

    def to_json(self, details: bool = False) -> dict[str, Any]:
        out = self.metrics.to_json()
        if details:
            out["per_document"] = [d.to_json() for d in self.documents]
        return out

    def by_corpus(self) -> dict[str, Metrics]:
        """The same metrics per collection of texts (`reuters21578`, `bbc_news`...), by name.

        A gold set mixes kinds of source whose errors differ (wire stories, broadcasters'
        pages, government readouts); one micro-average hides a weak one behind a strong one.
        """
        groups: dict[str, list[DocScore]] = {}
        for doc in self.documents:
            groups.setdefault(doc.corpus, []).append(doc)
        return {name: aggregate(groups[name]) for name in sorted(groups)}


def evaluate(paths: Iterable[str | Path], extract: Extract, root: Path | None = None) -> Report:
    """Extract every gold document's text with `extract` and score the result against the gold.

    `paths` are gold files or folders (searched recursively for `*.json`); `root` is an
    extra place to look for texts (see `etl.evaluate.gold.load_document`).
    """
    scores: list[DocScore] = []
    for path in gold_files(paths):
        gold = read_gold(path)
        document = load_document(gold, path, root)
        prediction = extract(document, document.published)
        score = score_document(gold, prediction, document.text)
        score.corpus = corpus_name(gold)
        scores.append(score)
    return Report(aggregate(scores), scores)


def default_extract(model: str | None = None) -> Extract:
    """The project's extractor (`etl.extract.Extractor`), loaded once.

    Imported here rather than at module level: spaCy is slow to load, and scoring saved
    predictions needs none of it.
    """
    try:
        from etl.extract import Extractor
    except ImportError as exc:
        raise ConfigError(f"the extractor is not available ({exc})") from exc
    extractor = Extractor(model=model)

    def extract(document: Document, published: str | None) -> dict[str, Any]:
        result: dict[str, Any] = extractor.extract(document, published=published).to_json()
        return result

    return extract


def saved_predictions(paths: Iterable[str | Path]) -> Extract:
    """An `Extract` that answers from saved output (`parley extract --format json`), by document id.

    Files are `.jsonl` (one extraction a line) or `.json` (one extraction, or a list);
    folders are searched recursively for both. A document with no saved prediction is
    scored as if nothing had been extracted from it.
    """
    saved: dict[str, dict[str, Any]] = {}
    for path in _prediction_files(paths):
        for where, record in _read_predictions(path):
            info = record.get("document") if isinstance(record, dict) else None
            if not isinstance(info, dict) or not info.get("id"):
                raise SourceError(f"{where}: a prediction needs a 'document' object with an 'id'")
            saved[str(info["id"])] = record

    def extract(document: Document, published: str | None) -> dict[str, Any]:
        return saved.get(document.id, {"document": {"id": document.id}})

    return extract


def _prediction_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in {".json", ".jsonl"}))
        elif path.is_file():
            out.append(path)
        else:
            raise SourceError(f"{path}: no such predictions file or folder")
    return out


def _read_predictions(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for lineno, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield f"{path}:{lineno}", json.loads(line)
            return
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: cannot read predictions ({exc})") from exc
    for i, record in enumerate(data if isinstance(data, list) else [data]):
        yield f"{path}[{i}]", record
