"""Refresh benchmark: full refresh documents/s, the no-change refresh as a share of the full one
(target <= 0.05), rows/s of the load step alone, and peak memory (target < 1.5 GB).

    .venv/bin/python bench/refresh_bench.py --limit 2000 --workers 2
    .venv/bin/python bench/refresh_bench.py --database postgresql+psycopg://.../empty_db

Reads the articles of ../shared/corpus/news (research-only texts: never copied into the repo).
Prints ratios and rates, not pass/fail: compare runs on the same machine."""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.ids import document_id  # noqa: E402
from etl.load import LoadContext, link_ref, load_document  # noqa: E402
from etl.refresh import BATCH_DOCUMENTS, load_extractor, refresh  # noqa: E402
from etl.sources import Document, iter_inputs  # noqa: E402
from schema import migrate  # noqa: E402
from schema.settings import Settings  # noqa: E402
from schema.store import get_engine, writing  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children (extraction workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux reports KiB


def fresh_store(url: str | None, tmp: Path, name: str) -> str:
    target = url or f"sqlite:///{tmp / name}.sqlite"
    migrate.upgrade(target)
    return target


def load_step(url: str, docs: list[Document], extractor: object) -> tuple[int, float]:
    """Records written and seconds spent by the loader alone (extraction done beforehand)."""
    extractions = [(d, ex) for d, ex in zip(docs, extractor.extract_many(docs), strict=True)]  # type: ignore[attr-defined]
    engine = get_engine(url)
    t0 = time.perf_counter()
    n = 0
    for i in range(0, len(extractions), BATCH_DOCUMENTS):
        with writing(engine) as conn:
            ctx = LoadContext.read(conn, "bench")
            for d, ex in extractions[i : i + BATCH_DOCUMENTS]:
                n += load_document(conn, ctx, d, ex)
                link_ref(conn, ctx, document_id(d.content_hash), d.origin or "", d.id, d.path)
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(CORPUS)], help="Corpus files or folders.")
    ap.add_argument("--limit", type=int, default=None, help="Read at most N articles.")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--database", default=None, help="An EMPTY database (default: a temporary SQLite file).")
    ap.add_argument("--load-database", default=None, help="Another EMPTY database for the load step alone.")
    ap.add_argument("--extractor", default=None, help="module:callable (default: etl.extract.Extractor).")
    ap.add_argument("--load-docs", type=int, default=500, help="Documents for the load-step measurement.")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        t0 = time.perf_counter()
        extractor = load_extractor(args.extractor)
        setup = time.perf_counter() - t0
        url = fresh_store(args.database, tmp, "bench")
        t0 = time.perf_counter()
        settings = Settings.resolve(database=url, workers=args.workers)
        full = refresh(args.paths, settings, extractor=extractor, limit=args.limit)
        t_full = time.perf_counter() - t0
        # The same extractor object: a new one would re-read the pipeline version, which changes
        # whenever the NLP code or dictionaries are edited (a real reason to re-extract, not noise).
        t0 = time.perf_counter()
        again = refresh(args.paths, settings, extractor=extractor, limit=args.limit)
        t_again = time.perf_counter() - t0
        assert again.n_extracted == 0, "the second refresh re-extracted documents"

        docs = []
        for item in iter_inputs(args.paths):
            if isinstance(item, Document):
                docs.append(dataclasses.replace(item))
            if len(docs) >= min(args.load_docs, args.limit or args.load_docs):
                break
        if args.database is not None and args.load_database is None:
            print("note: load step measured as a re-load into the same database (replaces rows)")
        load_url = (
            url
            if args.database is not None and args.load_database is None
            else fresh_store(args.load_database, tmp, "load")
        )
        records, t_load = load_step(load_url, docs, extractor)

    print(f"pipeline                  {full.run_id and extractor.pipeline_version}")
    backend = "sqlite (temporary file)" if args.database is None else get_engine(args.database).url.get_backend_name()
    print(f"store                     {backend}")
    print(f"extractor set-up          {setup:.1f} s (model load, once per refresh)")
    print(
        f"full refresh              {full.n_extracted} documents extracted, {full.n_quarantined} quarantined, "
        f"{full.n_records} records in {t_full:.1f} s = {full.n_extracted / t_full:.1f} documents/s "
        f"({args.workers} worker{'s' if args.workers > 1 else ''})"
    )
    print(
        f"no-change refresh         {t_again:.2f} s = {t_again / t_full:.3f} of the full refresh (target <= 0.05); "
        f"with a fresh model load {(t_again + setup) / t_full:.3f}"
    )
    print(
        f"load step alone           {records} records from {len(docs)} documents in {t_load:.2f} s = "
        f"{records / t_load:.0f} rows/s ({len(docs) / t_load:.1f} documents/s)"
    )
    print(f"peak memory               {peak_rss_mb():.0f} MB (target < 1536 MB)")


if __name__ == "__main__":
    main()
