"""Scale-out benchmark (issue 7): in-process documents/s, Dask with 1 and 2 local workers, the
2/1 ratio (target >= 1.6 on an idle 2-core machine), the load step's share of wall time, and the
workers needed for 100,000 articles a day.

    .venv/bin/python bench/scale_bench.py --limit 1000
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from refresh_bench import CORPUS, fresh_store, load_step  # noqa: E402

from etl.refresh import load_extractor, refresh  # noqa: E402
from etl.sources import Document, iter_inputs  # noqa: E402
from schema.settings import Settings  # noqa: E402

PER_DAY = 100_000


def timed(paths: list[str], url: str, limit: int | None, extractor: Any = None, **settings: Any) -> tuple[int, float]:
    t0 = time.perf_counter()
    r = refresh(paths, Settings.resolve(database=url, **settings), limit=limit, extractor=extractor)
    return r.n_extracted, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(CORPUS)])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--extractor", default=None, help="module:callable (default: etl.extract.Extractor).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        n0, t_in = timed(
            args.paths, fresh_store(None, tmp, "inproc"), args.limit, extractor=load_extractor(args.extractor)
        )
        n1, t1 = timed(
            args.paths,
            fresh_store(None, tmp, "dask1"),
            args.limit,
            executor="dask",
            local_workers=1,
            extractor=args.extractor,
        )
        n2, t2 = timed(
            args.paths,
            fresh_store(None, tmp, "dask2"),
            args.limit,
            executor="dask",
            local_workers=2,
            extractor=args.extractor,
        )
        docs = [i for i in iter_inputs(args.paths) if isinstance(i, Document)][: min(args.limit, 300)]
        records, t_load = load_step(fresh_store(None, tmp, "load"), docs, load_extractor(args.extractor))
    r_in, r1, r2 = n0 / t_in, n1 / t1, n2 / t2
    load_rate = len(docs) / t_load
    share = (n0 / load_rate) / t_in
    need = PER_DAY / 86_400
    per_worker = r1
    workers = math.ceil(need / per_worker) if per_worker else float("inf")
    print(f"in-process (1 process)     {n0} documents in {t_in:.1f} s = {r_in:.1f} documents/s")
    print(f"dask, 1 local worker       {n1} documents in {t1:.1f} s = {r1:.1f} documents/s (cluster start included)")
    print(f"dask, 2 local workers      {n2} documents in {t2:.1f} s = {r2:.1f} documents/s")
    print(f"ratio 2 workers / 1        {r2 / r1:.2f} (target >= 1.6 on an idle 2-core machine)")
    print(
        f"load step                  {load_rate:.1f} documents/s alone ({records} records from {len(docs)} docs); "
        f"{share:.0%} of in-process wall time"
    )
    print(
        f"100,000 articles/day       = {need:.2f} documents/s: {workers} worker(s) at {per_worker:.1f} documents/s "
        f"each; the single loading coordinator sustains {load_rate:.1f} documents/s "
        f"({'enough' if load_rate > need else 'NOT enough: batch larger or load on PostgreSQL'})"
    )


if __name__ == "__main__":
    main()
