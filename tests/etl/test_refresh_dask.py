"""Extraction on a Dask cluster (issue 7): the same tables as an in-process refresh, also when a
worker is killed in the middle (Dask recomputes its tasks)."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from etl_helpers import RULES, digests, extractor, integrity_problems, wipe, write_corpus

from etl.refresh import refresh
from schema.settings import Settings
from schema.store import get_engine

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


def test_dask_local_workers_give_the_same_tables(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", n=30)
    engine = get_engine(store_url)
    refresh([tmp_path / "c"], url=store_url, extractor=extractor())
    reference = digests(engine)
    wipe(engine)
    dask = Settings.resolve(database=store_url, executor="dask", local_workers=2, extractor=RULES)
    r = refresh([tmp_path / "c"], dask)
    assert r.exit_code == 0 and r.n_extracted == 36
    assert digests(engine) == reference


def test_a_worker_killed_mid_refresh_changes_nothing(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "c", n=30)
    engine = get_engine(store_url)
    refresh([tmp_path / "c"], url=store_url, extractor=extractor())
    reference = digests(engine)
    wipe(engine)
    monkeypatch.setenv("RULES_EXTRACTOR_DELAY", "0.2")  # inherited by the worker processes
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        killed: list[float] = []

        def kill_one() -> None:
            time.sleep(1.5)
            os.kill(pids[0], signal.SIGKILL)
            killed.append(time.monotonic())

        killer = threading.Thread(target=kill_one)
        killer.start()
        dask = Settings.resolve(
            database=store_url, executor="dask", scheduler=cluster.scheduler_address, extractor=RULES
        )
        r = refresh([tmp_path / "c"], dask)
        finished = time.monotonic()
        killer.join()
    assert killed and killed[0] < finished, "the worker was killed after the refresh ended"
    assert r.exit_code == 0 and r.n_extracted == 36
    assert digests(engine) == reference
    assert not integrity_problems(engine)
