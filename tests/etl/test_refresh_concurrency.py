"""Two refreshes at once: one runs, the other says who holds the lock (or waits with --wait);
a reader during a refresh sees whole documents only."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from etl_helpers import ROOT, RULES, cli_command, digests, integrity_problems, rows_per_document, wipe, write_corpus
from sqlalchemy import Engine

from schema.store import get_engine


def _cmd(corpus: Path, url: str, *extra: str) -> list[str]:
    return cli_command("refresh", str(corpus), "--database", url, "--extractor", RULES, "--quiet", *extra)


def _env(delay: str = "0.05") -> dict[str, str]:
    return {**os.environ, "RULES_EXTRACTOR_DELAY": delay}


def _build(corpus: Path, url: str) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    engine = get_engine(url)
    done = subprocess.run(_cmd(corpus, url), cwd=ROOT, env=_env("0"), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = digests(engine), rows_per_document(engine)
    wipe(engine)
    return out


def test_two_refreshes_at_once_one_refuses_with_a_clear_message(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", n=30)
    reference, _ = _build(tmp_path / "c", store_url)
    procs = [
        subprocess.Popen(
            _cmd(tmp_path / "c", store_url),
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [(p.returncode, p.communicate(timeout=120)[1]) for p in procs]
    results = [(p.returncode, err) for p, (_, err) in zip(procs, results, strict=True)]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 2], results
    message = next(err for code, err in results if code == 2)
    assert "another refresh holds the store's lock: pid" in message and "--wait" in message
    assert len(message.strip().splitlines()) == 1  # one line, no traceback
    engine = get_engine(store_url)
    assert digests(engine) == reference  # no duplicates, nothing missing
    assert not integrity_problems(engine)


def test_wait_queues_behind_the_running_refresh(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", n=20)
    first = subprocess.Popen(_cmd(tmp_path / "c", store_url), cwd=ROOT, env=_env(), stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    second = subprocess.run(
        _cmd(tmp_path / "c", store_url, "--wait"), cwd=ROOT, env=_env("0"), capture_output=True, text=True, timeout=120
    )
    assert first.wait(timeout=120) == 0
    assert second.returncode == 0, second.stderr
    assert "extracted=0" in second.stderr  # it ran after the first had loaded everything


def _snapshot(engine: Engine) -> dict[str, tuple[int, ...]]:
    """Per-document row counts read in one snapshot (PostgreSQL: repeatable read)."""
    if engine.url.get_backend_name() == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    return rows_per_document(engine)


def test_a_reader_during_a_refresh_sees_only_whole_documents(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", n=30)
    _, whole = _build(tmp_path / "c", store_url)
    engine = get_engine(store_url)
    proc = subprocess.Popen(_cmd(tmp_path / "c", store_url), cwd=ROOT, env=_env("0.03"), stderr=subprocess.DEVNULL)
    reads, sizes = 0, set()
    while proc.poll() is None:
        seen = _snapshot(engine)
        reads += 1
        sizes.add(len(seen))
        bad = {d: n for d, n in seen.items() if n != whole[d]}
        assert bad == {}, f"reader saw a partial document after {reads} reads"
    assert proc.returncode == 0
    assert len(sizes) > 2, "the reader never saw the refresh in progress"


def test_refused_refresh_waits_for_the_holders_description_regression_holder_unknown(tmp_path: Path) -> None:
    """Under load a second refresh could look between the holder's flock and its write of who it
    is, and say "holder unknown"; it now waits briefly for the description."""
    import fcntl
    import json
    import os
    import threading

    import pytest

    from etl.locking import lock_path, refresh_lock
    from schema.errors import LockHeld

    engine = get_engine(f"sqlite:///{tmp_path / 'lock.sqlite'}")
    fd = os.open(lock_path(engine), os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # locked, description not written yet
    writer = threading.Timer(0.3, lambda: os.pwrite(fd, json.dumps({"pid": 4242, "host": "h"}).encode(), 0))
    writer.start()
    try:
        with pytest.raises(LockHeld) as refused, refresh_lock(engine):
            pass
    finally:
        writer.join()
        os.close(fd)
    assert "pid 4242 on h" in str(refused.value)
