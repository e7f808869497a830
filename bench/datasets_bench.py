"""Benchmark of the research datasets: each dataset built from the store (ADBC read + DuckDB SQL) as a
ratio to DuckDB running the same SQL on Arrow tables already in memory (target <= 3), and the Parquet
export as a ratio to DuckDB's own COPY of the same SQL (target <= 1.5).

    .venv/bin/python bench/datasets_bench.py              # 1M statements, 100k meetings (SQLite)
    .venv/bin/python bench/datasets_bench.py --scale 0.1  # a quick run
    .venv/bin/python bench/datasets_bench.py --database postgresql+psycopg://...  # an existing store
    .venv/bin/python bench/datasets_bench.py --database postgresql+psycopg://.../empty_db --build  # PostgreSQL
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402

from queries import registry, synthetic  # noqa: E402
from queries.codebook import Resource  # noqa: E402
from queries.codes import event_code_table  # noqa: E402
from queries.datasets import dataset_arrow  # noqa: E402
from queries.engine import Session, view_sql  # noqa: E402
from queries.export import PARTITION_ROWS, export, export_meta, write_dataset  # noqa: E402
from queries.panels import PanelOptions  # noqa: E402
from queries.read import Filters, covered_range, read_store  # noqa: E402
from schema import migrate  # noqa: E402
from schema.store import get_engine  # noqa: E402

TARGET_BUILD, TARGET_EXPORT = 3.0, 1.5


def spec_for(scale: float) -> synthetic.Spec:
    """1M statements and 100k meetings at scale 1, and the rest in proportion."""
    return synthetic.Spec(
        seed=2026,
        documents=int(300_000 * scale),
        actors=max(50, int(20_000 * scale)),
        meetings=int(100_000 * scale),
        statements=int(1_000_000 * scale),
        issues=int(300_000 * scale),
        days=3650,
        countries=21,
    )


def timed(fn: Callable[[], object], repeat: int) -> float:
    """The best of `repeat` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def reference_connection(tables: dict[str, pa.Table], months: tuple[object, object]) -> duckdb.DuckDBPyConnection:
    """DuckDB over the Arrow tables already in memory, with the datasets as views: the baseline."""
    con = duckdb.connect(":memory:")
    for name, table in {**tables, "event_code": event_code_table()}.items():
        con.register(name, table)
    con.execute("SET VARIABLE parley_start = $d::DATE", {"d": months[0]})
    con.execute("SET VARIABLE parley_end = $d::DATE", {"d": months[1]})
    for spec in registry.specs().values():
        con.execute(f'CREATE VIEW "{spec.name}" AS {view_sql(spec, PanelOptions())}')
    return con


def build_store(url: str, scale: float) -> dict[str, int]:
    migrate.upgrade(url)
    engine = get_engine(url)
    t0 = time.perf_counter()
    rows = synthetic.ingest(engine, spec_for(scale))
    print(
        f"synthetic store: {time.perf_counter() - t0:.1f} s for "
        + ", ".join(f"{k} {v.num_rows:,}" for k, v in rows.items()),
        flush=True,
    )
    return {k: v.num_rows for k, v in rows.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 1M statements, 100k meetings")
    parser.add_argument("--database", help="benchmark an existing store instead of a synthetic SQLite one")
    parser.add_argument("--build", action="store_true", help="fill the (empty) --database with the synthetic data")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic store and exports")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    url = args.database or f"sqlite:///{work / 'store.sqlite'}"
    print(
        f"parley datasets benchmark: duckdb {duckdb.__version__}, pyarrow {pa.__version__}, "
        f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    )
    try:
        if not args.database or args.build:
            build_store(url, args.scale)
        tables = read_store(url)  # untimed: the baseline starts from Arrow in memory
        months = covered_range(url)
        con = reference_connection(tables, months)

        print(f"\n{'dataset':<22}{'rows':>12}{'parley s':>11}{'duckdb s':>11}{'ratio':>8}  target <= {TARGET_BUILD:g}")
        worst = 0.0
        for name in registry.ORDER:
            rows = dataset_arrow(name, url=url).num_rows  # warm (file cache, imports)
            ours = timed(lambda n=name: dataset_arrow(n, url=url), args.repeat)
            base = timed(lambda n=name: con.sql(f'SELECT * FROM "{n}"').to_arrow_table(), args.repeat)
            worst = max(worst, ours / base)
            print(f"{name:<22}{rows:>12,}{ours:>11.3f}{base:>11.3f}{ours / base:>8.2f}", flush=True)

        print(
            f"\n{'parquet export':<22}{'':>12}{'parley s':>11}{'duckdb s':>11}{'ratio':>8}  target <= {TARGET_EXPORT:g}"
        )
        copy_dir = work / "copy"
        copy_dir.mkdir()

        def duck_copy(names: list[str]) -> None:
            for n in names:
                con.execute(
                    f"COPY (SELECT * FROM \"{n}\") TO '{copy_dir / n}.parquet' (FORMAT parquet, COMPRESSION zstd)"
                )

        # (a) the write step alone: export's own writer, from a session already holding the store
        with Session.open(url) as session:
            meta = export_meta(url, Filters())

            def our_write(names: list[str]) -> None:
                out = copy_dir / "ours"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                for n in names:
                    spec = registry.get(n)
                    write_dataset(
                        session,
                        Resource(spec, session.schema(n), format="parquet"),
                        "parquet",
                        out,
                        meta,
                        PARTITION_ROWS,
                    )

            ours_w = timed(lambda: our_write(list(registry.ORDER)), args.repeat)
        base_w = timed(lambda: duck_copy(list(registry.ORDER)), args.repeat)
        print(f"{'all, write step':<22}{'':>12}{ours_w:>11.3f}{base_w:>11.3f}{ours_w / base_w:>8.2f}")
        # (b) the whole command, store to files: read, build, write, codebook, rename into place
        ours_e = timed(lambda: export("all", "parquet", work / "export", url), args.repeat)
        print(f"{'all, end to end':<22}{'':>12}{ours_e:>11.3f}{base_w:>11.3f}{ours_e / base_w:>8.2f}")
        for n in ("events", "statements"):
            o = timed(lambda n=n: export(n, "parquet", work / f"export-{n}", url), args.repeat)
            b = timed(lambda n=n: duck_copy([n]), args.repeat)
            print(f"{n + ', end to end':<22}{'':>12}{o:>11.3f}{b:>11.3f}{o / b:>8.2f}")
        print(
            f"\nworst build ratio {worst:.2f} (target <= {TARGET_BUILD:g}); "
            f"export ratios above (target <= {TARGET_EXPORT:g})"
        )
        con.close()
        return 0
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
