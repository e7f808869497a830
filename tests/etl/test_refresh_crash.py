"""Crash safety: a refresh SIGKILLed at random moments leaves a consistent store with whole
documents only, and one more refresh gives exactly the store a clean run builds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

from etl_helpers import ROOT, RULES, cli_command, digests, integrity_problems, rows_per_document, wipe, write_corpus

from schema.store import get_engine

KILLS = 10


def test_sigkill_at_ten_random_moments(store_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=40)
    cmd = cli_command("refresh", str(corpus), "--database", store_url, "--extractor", RULES, "--quiet")
    # 40 documents at 0.1 s each: the run lasts past the latest kill (3 s) even now that the command
    # starts in a fraction of a second (at 0.04 s a fast start let half the runs finish first).
    env = {**os.environ, "RULES_EXTRACTOR_DELAY": "0.1"}
    engine = get_engine(store_url)

    clean = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0, clean.stderr
    reference, whole = digests(engine), rows_per_document(engine)
    wipe(engine)

    rng = random.Random(20261129)
    killed_mid_run = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 3.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid_run += 1
        proc.wait(timeout=60)
        assert integrity_problems(engine) == []
        partial = {d: n for d, n in rows_per_document(engine).items() if n != whole.get(d)}
        assert partial == {}, "a killed refresh left part of a document"
    assert killed_mid_run >= KILLS // 2, "the kills came too late to test anything"

    final = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    assert digests(engine) == reference
