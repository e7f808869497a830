"""How a refresh reports progress: a rich progress bar with documents/s on a terminal, plain
structured log lines (logfmt) otherwise, so cron mail and journald stay readable."""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import Any, Protocol, TextIO

from schema.redact import mask_password


class Progress(Protocol):
    """What `etl.refresh` calls while it works."""

    def start(self, total: int) -> None: ...
    def advance(self, documents: int, records: int) -> None: ...
    def log(self, event: str, **fields: Any) -> None: ...
    def finish(self) -> None: ...


class NullProgress:
    """Reports nothing (library use, tests)."""

    def start(self, total: int) -> None: ...
    def advance(self, documents: int, records: int) -> None: ...
    def log(self, event: str, **fields: Any) -> None: ...
    def finish(self) -> None: ...


def logfmt(event: str, **fields: Any) -> str:
    """One `key=value` log line. Values with spaces, quotes, `=` or control characters are quoted,
    with backslash, quote and every control character escaped (`\\n`, `\\x1b`), so no file name or
    text can break the line or forge another; database passwords are masked."""
    parts = [f"ts={dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}", f"event={_value(event)}"]
    for k, v in fields.items():
        parts.append(f"{k}={_value(f'{v:.1f}' if isinstance(v, float) else str(v))}")
    return " ".join(parts)


def _value(text: str) -> str:
    text = mask_password(text)
    if text and all(ch.isprintable() and ch not in ' "=\\' for ch in text):
        return text
    return '"' + "".join(_escape(ch) for ch in text) + '"'


def _escape(ch: str) -> str:
    if ch in '"\\':
        return "\\" + ch
    if ch == " " or ch.isprintable():
        return ch
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or repr(ch)[1:-1]


class LogProgress:
    """Structured log lines on a stream: one at start, one every `every` seconds, one at the end."""

    def __init__(self, stream: TextIO | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.total = self.done = self.records = 0
        self.t0 = self.last = time.monotonic()

    def log(self, event: str, **fields: Any) -> None:
        print(logfmt(event, **fields), file=self.stream, flush=True)

    def start(self, total: int) -> None:
        self.total, self.t0 = total, time.monotonic()
        self.last = self.t0
        self.log("extract_start", documents=total)

    def advance(self, documents: int, records: int) -> None:
        self.done += documents
        self.records += records
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.log(
                "progress",
                done=self.done,
                total=self.total,
                records=self.records,
                docs_per_s=self.done / max(now - self.t0, 1e-9),
            )

    def finish(self) -> None:
        elapsed = time.monotonic() - self.t0
        self.log(
            "extract_end",
            done=self.done,
            records=self.records,
            seconds=elapsed,
            docs_per_s=self.done / max(elapsed, 1e-9),
        )


class RichProgress:
    """A progress bar with documents/s and records, for a person at a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.console = Console(stderr=True)
        self.bar = Bar(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TextColumn("{task.fields[records]} records"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task: Any = None
        self.t0 = time.monotonic()
        self.done = self.records = 0

    def start(self, total: int) -> None:
        self.t0 = time.monotonic()
        self.bar.start()
        self.task = self.bar.add_task("extract", total=total, rate="-", records=0)

    def advance(self, documents: int, records: int) -> None:
        self.done += documents
        self.records += records
        rate = self.done / max(time.monotonic() - self.t0, 1e-9)
        self.bar.update(self.task, advance=documents, rate=f"{rate:.1f}", records=self.records)

    def log(self, event: str, **fields: Any) -> None:
        if event in ("quarantined", "lock_wait", "stale_run"):
            from rich.text import Text

            detail = logfmt(event, **fields).split(" ", 2)[2] if fields else ""  # escaped, one line
            self.console.print(Text.assemble((event, "yellow"), " ", detail), highlight=False, soft_wrap=True)

    def finish(self) -> None:
        self.bar.stop()
