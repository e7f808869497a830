"""Extraction throughput: the bare spaCy model against the full parley pipeline on the same articles.

    python bench/extract_bench.py [-n 1000] [--workers 2] [--seed 7]

Samples N articles of ../shared/corpus/news/*.jsonl (Reuters and BBC, fixed seed), then prints
documents/s for `nlp.pipe` of the bare model, for the full pipeline (cleaning, all parley components and
assembling the records, as `Extractor.extract_many` does), their ratio (target >= 0.80) and, with
--workers K, the full pipeline's speed-up over one process (target >= 1.6 for K=2).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.extract import Extractor  # noqa: E402
from etl.nlp.pipeline import default_model  # noqa: E402
from etl.sources import Document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def sample(n: int, seed: int) -> list[Document]:
    """N articles (non-empty, not duplicates) drawn with a fixed seed from every corpus file."""
    records = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("text", "").strip() and not rec.get("dup_of"):
                    records.append(rec)
    rng = random.Random(seed)
    chosen = rng.sample(records, min(n, len(records)))
    return [
        Document(
            id=str(r["id"]),
            title=r.get("title"),
            published=r.get("published"),
            source=r.get("source"),
            url=None,
            text=r["text"],
        )
        for r in chosen
    ]


def rate(fn: Callable[[list[Document]], None], docs: list[Document]) -> tuple[float, float]:
    """(documents per wall-clock second, documents per CPU second of this process and its children).
    The CPU figure is steadier on a shared machine; the wall-clock one is what a user waits for."""
    start, cpu = time.perf_counter(), _cpu()
    fn(docs)
    return len(docs) / (time.perf_counter() - start), len(docs) / max(1e-9, _cpu() - cpu)


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--workers", type=int, default=1, help="also time the full pipeline with K processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--task-size", type=int, default=8, help="documents per task sent to a worker")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    docs = sample(args.n, args.seed)
    if not docs:
        sys.exit(f"no articles to time: the benchmark reads {CORPUS}/*.jsonl, which is not there (clone ../shared)")
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} articles, {words:,} words, model {args.model or default_model()}")
    extractor = Extractor(args.model)
    nlp = extractor.nlp
    model_pipes = [n for n in nlp.pipe_names if not n.startswith("parley_")]
    warm = docs[: min(20, len(docs))]
    list(extractor.extract_many(warm))  # load lazily built tables, warm caches

    def bare(ds: list[Document]) -> None:
        with nlp.select_pipes(enable=model_pipes):
            for _ in nlp.pipe((d.text for d in ds), batch_size=args.batch_size):
                pass

    def full(ds: list[Document]) -> None:
        for _ in extractor.extract_many(ds, batch_size=args.batch_size):
            pass

    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (figures drop on a busy machine)")
    (w_bare, c_bare), (w_full, c_full) = rate(bare, docs), rate(full, docs)
    print(f"bare spaCy model      {w_bare:8.1f} docs/s   ({c_bare:.1f} docs per CPU second)")
    print(f"full parley pipeline  {w_full:8.1f} docs/s   ({c_full:.1f} docs per CPU second)")
    print(f"ratio full/bare       {w_full / w_bare:8.2f}   (CPU: {c_full / c_bare:.2f}; target >= 0.80)")
    if args.workers > 1:

        def parallel(ds: list[Document]) -> None:
            for _ in extractor.extract_many(ds, n_process=args.workers, batch_size=args.task_size):
                pass

        w_par, c_par = rate(parallel, docs)
        print(
            f"full, {args.workers} workers       {w_par:8.1f} docs/s   ({c_par:.1f} docs per CPU second, "
            "all processes: the overhead of the workers)"
        )
        print(f"speed-up vs 1 worker  {w_par / w_full:8.2f}   (target >= 1.6 for 2 workers)")


if __name__ == "__main__":
    main()
