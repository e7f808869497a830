"""Benchmark of the peace-science panels (issue 16): the all-members directed COW dyad-year panel, built
through parley (store -> ADBC -> Arrow -> DuckDB) as a ratio to DuckDB running the same SQL on the same
tables already in memory as Arrow (target <= 3). Two cases: 1987 alone (161 members, 25,760 directed
dyads) and every year the synthetic store covers.

    .venv/bin/python bench/panels_bench.py              # synthetic SQLite store at scale 0.1
    .venv/bin/python bench/panels_bench.py --scale 1    # 1M statements, 100k meetings
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402
from datasets_bench import timed  # noqa: E402  (bench/ is the script's folder: one timer for the benches)

from queries import registry, synthetic  # noqa: E402
from queries.codes import event_code_table  # noqa: E402
from queries.datasets import dataset_arrow  # noqa: E402
from queries.engine import view_sql  # noqa: E402
from queries.panels import PanelOptions  # noqa: E402
from queries.read import Filters, covered_range, read_store  # noqa: E402
from schema import migrate  # noqa: E402
from schema.store import get_engine  # noqa: E402

TARGET = 3.0
PANEL = PanelOptions("cow", directed=True, universe="all")


def baseline(url: str, start: dt.date, end: dt.date) -> Callable[[], pa.Table]:
    """DuckDB over the tables parley reads for these dates, already in memory as Arrow (read untimed)."""
    filters = Filters.make(start, end)
    tables = read_store(url, filters=filters)
    con = duckdb.connect(":memory:")
    for name, table in {**tables, "event_code": event_code_table()}.items():
        con.register(name, table)
    con.execute("SET VARIABLE parley_start = $d::DATE", {"d": start})
    con.execute("SET VARIABLE parley_end = $d::DATE", {"d": end})
    for variable, value in PANEL.variables().items():
        con.execute(f"SET VARIABLE {variable} = $v", {"v": value})
    for name in registry.closure(["dyad_year"]):
        con.execute(f'CREATE VIEW "{name}" AS {view_sql(registry.get(name), PANEL)}')
    return lambda: con.sql('SELECT * FROM "dyad_year"').to_arrow_table()


def ours(url: str, start: dt.date, end: dt.date) -> pa.Table:
    return dataset_arrow("dyad_year", start, end, url=url, system="cow", directed=True, universe="all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=0.1, help="1.0: 1M statements, 100k meetings")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="parley-panels-bench-"))
    url = f"sqlite:///{work / 'store.sqlite'}"
    print(
        f"parley panels benchmark: duckdb {duckdb.__version__}, pyarrow {pa.__version__}, "
        f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    )
    try:
        migrate.upgrade(url)
        spec = synthetic.Spec(
            seed=2026,
            documents=int(300_000 * args.scale),
            actors=max(50, int(20_000 * args.scale)),
            meetings=int(100_000 * args.scale),
            statements=int(1_000_000 * args.scale),
            issues=int(300_000 * args.scale),
            days=3650,
            countries=21,
        )
        rows = synthetic.ingest(get_engine(url), spec)
        print("store: " + ", ".join(f"{k} {v.num_rows:,}" for k, v in rows.items()))
        lo, hi = covered_range(url)
        assert lo and hi
        cases = {
            "1987, all COW members": (dt.date(1987, 1, 1), dt.date(1987, 12, 31)),
            f"{lo.year}-{hi.year}, all members": (dt.date(lo.year, 1, 1), dt.date(hi.year, 12, 31)),
        }
        print(f"\n{'directed cow dyad_year':<30}{'rows':>10}{'parley s':>10}{'duckdb s':>10}{'ratio':>8}  target <= 3")
        for label, (start, end) in cases.items():
            n = ours(url, start, end).num_rows  # warm
            base = baseline(url, start, end)
            assert base().num_rows == n
            t_ours = timed(lambda s=start, e=end: ours(url, s, e), args.repeat)
            t_base = timed(base, args.repeat)
            print(f"{label:<30}{n:>10,}{t_ours:>10.3f}{t_base:>10.3f}{t_ours / t_base:>8.2f}", flush=True)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
