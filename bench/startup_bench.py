"""Start-up time of the commands a researcher types most, against `python -c pass`.

    python bench/startup_bench.py [--repeat 7] [--python PATH]

Each command is run as a fresh process (`python -c "from parley.cli import main; main()" ARGS`, what
the `parley` script does) on a small store made by `parley init` in a temporary folder; the median wall
time of `--repeat` runs is printed with its ratio to `python -c pass` on the same interpreter, and the
check of issue 13 (under 0.5 s) beside it. spaCy, Polars, pandas and matplotlib are imported only by
the commands that need them; `-X importtime` shows what a command still imports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_S = 0.5
COMMANDS: list[tuple[str, list[str]]] = [
    ("parley --help", ["--help"]),
    ('parley sql "select 1"', ["sql", "select 1"]),
    ("parley status", ["status"]),
    ("parley datasets --help", ["datasets", "--help"]),
    ("parley refresh --help", ["refresh", "--help"]),
]
PARLEY = "import sys; from parley.cli import main; sys.argv[0] = 'parley'; main()"


def timed(cmd: list[str], env: dict[str, str], cwd: Path, repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of `repeat` runs. On a loaded machine the
    wall time includes waiting for a core; the CPU time is what the command itself costs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        cpus.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise SystemExit(f"{' '.join(cmd)} failed ({code}): {err.strip()[-500:]}")
        if proc.stderr:
            proc.stderr.close()
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs per command (the median is shown)")
    parser.add_argument("--python", default=sys.executable, help="interpreter to time (default: this one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
        env["PYTHONPATH"] = str(ROOT)
        env["PARLEY_DATABASE_URL"] = f"sqlite:///{work / 'parley.sqlite'}"
        subprocess.run([args.python, "-c", PARLEY, "init"], env=env, cwd=work, check=True, capture_output=True)
        base, base_cpu = timed([args.python, "-c", "pass"], env, work, args.repeat)
        print(f"{'command':<28} {'wall s':>7} {'x python':>9} {'cpu s':>7} {'x python':>9}  under {LIMIT_S} s (cpu)")
        print(f"{'python -c pass':<28} {base:>7.3f} {1.0:>9.1f} {base_cpu:>7.3f} {1.0:>9.1f}")
        worst = 0.0
        for label, cmd_args in COMMANDS:
            t, cpu = timed([args.python, "-c", PARLEY, *cmd_args], env, work, args.repeat)
            worst = max(worst, cpu)
            print(
                f"{label:<28} {t:>7.3f} {t / base:>9.1f} {cpu:>7.3f} {cpu / base_cpu:>9.1f}"
                f"  {'yes' if cpu < LIMIT_S else 'NO'}"
            )
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if worst < LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())
