"""How long `parley report` takes, as a share of the refresh that produced the store (target < 10%).

    python bench/report_bench.py --database sqlite:///data/corpus.sqlite   # a store already refreshed
    python bench/report_bench.py                                           # refresh ../shared/corpus first
    python bench/report_bench.py --corpus DIR --keep data/bench.sqlite     # another corpus; keep the store
    python bench/report_bench.py --synthetic 20000                         # no refresh: absolute times only

The refresh time is read from the store's `etl_run` rows (finished_at - started_at): the latest finished
run, and all runs together for a store filled in several refreshes. Prints ratios, asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parley.report import build_report, gather, render  # noqa: E402
from schema import migrate  # noqa: E402
from schema.models import EtlRun  # noqa: E402
from schema.store import get_engine  # noqa: E402

TARGET = 0.10


def refresh_into(url: str, corpus: Path, workers: int, limit: int | None) -> None:
    """Fill a new store with the refresh `parley refresh` runs (it records the run's times)."""
    from etl.refresh import refresh
    from schema.settings import Settings

    migrate.upgrade(url)
    print(f"refreshing {corpus} into {url} with {workers} worker(s) ...", flush=True)
    result = refresh(
        [corpus],
        Settings.resolve(database=url, workers=workers),
        limit=limit,
        command=f"bench/report_bench.py --corpus {corpus}",
    )
    print(
        f"refresh: run {result.run_id} {result.status}, {result.n_extracted:,} extracted, "
        f"{result.n_quarantined:,} quarantined, {result.seconds:,.1f} s",
        flush=True,
    )


def synthetic_into(url: str, statements: int) -> None:
    from queries import synthetic

    migrate.upgrade(url)
    spec = synthetic.Spec(
        documents=statements // 3,
        actors=max(60, statements // 100),
        meetings=statements // 5,
        statements=statements,
        issues=statements // 2,
        days=3650,
        countries=20,
    )
    synthetic.build(get_engine(url), spec)


def refresh_seconds(engine: Engine) -> tuple[float | None, float | None, int]:
    """(latest finished run, all finished runs together, number of runs), in seconds."""
    with engine.connect() as conn:
        runs = conn.execute(
            select(EtlRun.started_at, EtlRun.finished_at).where(EtlRun.finished_at.is_not(None)).order_by(EtlRun.id)
        ).all()
    spans = [(_utc(f) - _utc(s)).total_seconds() for s, f in runs]
    return (spans[-1] if spans else None), (sum(spans) if spans else None), len(spans)


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands timestamps back naive (stored as UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--database", help="store URL to report on (already refreshed)")
    source.add_argument("--corpus", type=Path, help="refresh this folder into a new SQLite store first")
    source.add_argument(
        "--synthetic",
        type=int,
        metavar="STATEMENTS",
        help="report on a synthetic store of this many statements (no refresh time)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="report builds to time (median is printed)")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes of the refresh")
    parser.add_argument("--limit", type=int, help="refresh at most this many inputs (a quicker, partial run)")
    parser.add_argument("--keep", type=Path, help="keep the refreshed SQLite store at this path")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parley-report-bench-") as tmp:
        url = args.database or f"sqlite:///{(args.keep or Path(tmp) / 'bench.sqlite').resolve()}"
        if args.synthetic:
            synthetic_into(url, args.synthetic)
        elif not args.database:
            refresh_into(url, args.corpus or ROOT.parent / "shared" / "corpus", args.workers, args.limit)
        engine = get_engine(url)

        builds, gathers, renders = [], [], []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            build_report(engine, Path(tmp) / "report.html")
            builds.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            data = gather(engine)
            t1 = time.perf_counter()
            render(data)
            gathers.append(t1 - t0)
            renders.append(time.perf_counter() - t1)
        size = (Path(tmp) / "report.html").stat().st_size

        build = statistics.median(builds)
        print(f"store: {engine.url.render_as_string(hide_password=True)}")
        print(
            f"  documents {data.totals['documents']:,}, meetings {data.totals['meetings']:,}, "
            f"statements {data.totals['statements']:,}, issues {data.totals['issues']:,}, "
            f"dyads {data.totals['dyads']:,}"
        )
        print(
            f"report build: {build:.2f} s median of {len(builds)} (read datasets {statistics.median(gathers):.2f} s, "
            f"draw and write {statistics.median(renders):.2f} s); file {size / 1024:,.0f} KiB"
        )
        latest, total, n = refresh_seconds(engine)
        if latest is None or total is None:
            print("refresh: no finished run in etl_run, so no ratio (build the store with --corpus)")
            return
        print(f"refresh: latest run {latest:,.1f} s; {n} run(s) together {total:,.1f} s")
        for label, seconds in (("latest refresh", latest), ("all refreshes", total)):
            share = build / seconds if seconds > 0 else float("inf")
            verdict = "meets" if share < TARGET else "MISSES"
            print(f"report / {label}: {share:.1%} ({verdict} the < {TARGET:.0%} target)")


if __name__ == "__main__":
    main()
