"""`parley report`: one self-contained HTML file (inline SVG charts, no script or font from anywhere)
that shows what the store holds: coverage, top dyads, dyad timelines, issues, who meets whom and the
latest refresh."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine

from parley.report.data import ReportData, ReportError, gather, parse_dyad
from parley.report.page import render
from schema.store import open_store

__all__ = ["ReportData", "ReportError", "build_report", "gather", "parse_dyad", "render"]


def build_report(
    engine_or_url: Engine | str | None,
    out: Path | str,
    dyads: Iterable[str] = (),
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
) -> Path:
    """Write the report of the store (an engine, a URL, or None for the configured store) to `out`
    and return its path. Timelines are drawn for `dyads` ("IRN-USA"), else for the most active ones;
    `start`/`end` (inclusive ISO dates) limit every count to that period.

    The file is written beside `out` and renamed into place, so a failed run never leaves half a
    report where the last good one was."""
    engine = open_store(engine_or_url)
    target = Path(out)
    if not target.parent.is_dir():
        raise ReportError(f"cannot write {target}: folder {target.parent} does not exist")
    html = render(gather(engine, dyads, start, end))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is meant to be shared
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise ReportError(f"cannot write {target}: {exc.strerror}") from None
    return target
