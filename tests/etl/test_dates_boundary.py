"""Issue 14, item 3: dates outside a plausible range (before 1800, after next year) never reach the
store's panels; '2020-01-01garbage' is not a date; years 0001 and 9999 crash nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from etl_helpers import extractor
from sqlalchemy import text
from typer.testing import CliRunner

from etl.refresh import refresh
from etl.sources import date_limits, date_problem, published_date
from parley.cli import app
from schema.store import get_engine


def test_only_whole_iso_dates_in_the_plausible_range_are_dates() -> None:
    assert published_date("2020-01-01") == dt.date(2020, 1, 1)
    assert published_date("2020-01-01T23:30:00+05:00") == dt.date(2020, 1, 1)
    assert published_date("2020-01-01T10:00:00Z") == dt.date(2020, 1, 1)
    for bad in ("2020-01-01garbage", "2020-01-01 and more", "2020-13-01", "01/02/2020", "0001-01-01", "9999-12-31"):
        assert published_date(bad) is None, bad
    assert date_problem("2020-01-01garbage") == "'2020-01-01garbage' is not an ISO date"
    assert "outside the plausible dates 1800-01-01" in (date_problem("1799-12-31") or "")
    next_year_end = dt.date(dt.date.today().year + 1, 12, 31)
    assert date_problem(next_year_end.isoformat()) is None
    assert date_problem((next_year_end + dt.timedelta(days=1)).isoformat())


def test_the_limits_are_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_MIN_DATE", "1945-01-01")
    monkeypatch.setenv("PARLEY_MAX_DATE", "2030-12-31")
    assert date_limits() == (dt.date(1945, 1, 1), dt.date(2030, 12, 31))
    assert published_date("1900-06-01") is None and published_date("2030-12-31") == dt.date(2030, 12, 31)


MEETING = "Iranian Foreign Minister Ali Rezaei met American Secretary John Park in Geneva yesterday."


def test_implausible_dates_are_quarantined_or_nulled_with_a_reason(store_url: str, tmp_path: Path) -> None:
    """Regression: a copy dated 0001-01-01 or 9999-12-31 (or '2020-01-01garbage', read as 2020-01-01)
    was loaded, and its meetings stretched the monthly panels over millennia."""
    records = [
        {"id": "garbage", "published": "2020-01-01garbage", "text": MEETING + " One."},
        {"id": "year1", "published": "0001-01-01", "text": MEETING + " Two."},
        {"id": "year9999", "published": "9999-12-31", "text": MEETING + " Three."},
        {"id": "edge", "published": "1800-01-01", "text": MEETING + " Four."},  # meeting 'yesterday': 1799
        {"id": "good", "published": "2020-03-04", "text": MEETING + " Five."},
    ]
    f = tmp_path / "dates.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in records))
    r = refresh([f], url=store_url, extractor=extractor())
    assert r.status == "partial" and r.n_quarantined == 3 and r.n_extracted == 2
    reasons = "\n".join(r.quarantined)
    assert "published '2020-01-01garbage' is not an ISO date" in reasons
    assert "published 0001-01-01 is outside the plausible dates" in reasons
    assert "published 9999-12-31 is outside the plausible dates" in reasons
    with get_engine(store_url).connect() as conn:
        dates = conn.execute(text("SELECT date, date_basis FROM meeting ORDER BY date")).all()
        lo, hi = conn.execute(text("SELECT min(published), max(published) FROM document")).one()
    assert sorted((str(d) if d else "", b) for d, b in dates) == [("", "unknown"), ("2020-03-03", "relative")]
    assert str(lo) == "1800-01-01" and str(hi) == "2020-03-04"
    runner = CliRunner()
    for args in (["status"], ["datasets"], ["sql", "SELECT min(month), max(month) FROM dyad_month"]):
        out = runner.invoke(app, [*args, "-d", store_url])
        assert out.exit_code == 0, out.output
    report = runner.invoke(app, ["report", "--out", str(tmp_path / "r.html"), "-d", store_url])
    assert report.exit_code == 0, report.output


def test_a_correction_cannot_set_an_implausible_date(store_url: str, tmp_path: Path) -> None:
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "good", "published": "2020-03-04", "text": MEETING}) + "\n")
    refresh([f], url=store_url, extractor=extractor())
    with get_engine(store_url).connect() as conn:
        mid = conn.execute(text("SELECT id FROM meeting")).scalar_one()
    out = CliRunner().invoke(app, ["correct", "set", "meeting", mid, "date", "9999-12-31", "-d", store_url])
    assert out.exit_code == 2 and "outside the plausible dates" in out.stderr
