"""`parley report` on fixture stores of both backends: what the page says, its empty states, its
options and errors. The browser checks are in test_report_browser.py."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from sqlalchemy import Engine, insert
from typer.testing import CliRunner

import parley.cli.report  # noqa: F401  (registers the command until the lead lists it in COMMAND_MODULES)
from parley.cli.app import app
from parley.report import ReportError, build_report, gather, parse_dyad, render
from parley.report.layout import components, spring_layout
from queries import synthetic
from schema.models import Document, EtlRun, Meeting
from schema.store import writing

RUN_STARTED = dt.datetime(2024, 3, 1, 2, 0, tzinfo=dt.UTC)
SPEC = synthetic.Spec(
    seed=3,
    documents=120,
    actors=24,
    meetings=40,
    statements=160,
    issues=90,
    start=dt.date(2021, 1, 1),
    days=540,
    countries=6,
)


def fill_report_store(engine: Engine) -> None:
    """The query layer's synthetic store, plus what a refresh leaves: a run and a quarantined input."""
    synthetic.build(engine, SPEC)
    with writing(engine) as conn:
        conn.execute(
            insert(EtlRun),
            [
                {
                    "id": 1,
                    "started_at": RUN_STARTED,
                    "finished_at": RUN_STARTED + dt.timedelta(minutes=3, seconds=20),
                    "status": "partial",
                    "pipeline_version": "parley-pipeline 1 (test)",
                    "model_name": "en_core_web_sm",
                    "model_version": "3.8.0",
                    "command": "parley refresh examples/",
                    "n_seen": 121,
                    "n_extracted": 120,
                    "n_quarantined": 1,
                    "n_records": 600,
                }
            ],
        )
        conn.execute(
            insert(Document),
            [
                {
                    "id": "f" * 32,
                    "content_hash": "f" * 64,
                    "status": "quarantined",
                    "run_id": 1,
                    "error": "undecodable bytes <b>not UTF-8</b>",
                    "loaded_at": RUN_STARTED,
                }
            ],
        )


@pytest.fixture
def report_store(store_engine: Engine) -> Engine:
    fill_report_store(store_engine)
    return store_engine


def charts_in(html: str) -> dict[str, str]:
    """Each figure of the page by its data-chart id, with its content."""
    return dict(re.findall(r'<figure class="chart" id="chart-[^"]+" data-chart="([^"]+)">(.*?)</figure>', html, re.S))


def test_report_draws_every_chart_on_a_filled_store(report_store: Engine, tmp_path: Path) -> None:
    out = build_report(report_store, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    figures = charts_in(html)
    assert {"coverage", "top-meetings", "top-critical", "issues", "network"} <= figures.keys()
    assert sum(k.startswith("timeline-") for k in figures) == 3  # the three most active dyads
    for name, body in figures.items():
        assert "<svg" in body and "<path" in body, f"{name} has no drawing"
        assert "<figcaption>" in body and len(re.sub(r"<[^>]+>", "", body.split("<figcaption>")[1])) > 40
    # offline: nothing to fetch, no script
    assert "<script" not in html and "@import" not in html and "<link" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    # the latest refresh and the quarantine, escaped
    assert "#1: partial" in html and "parley refresh examples/" in html and "(took 3 min 20 s)" in html
    assert "2024-03-01 02:00:00 UTC" in html
    assert "Quarantine (1 input)" in html and "&lt;b&gt;not UTF-8&lt;/b&gt;" in html


def test_report_ids_are_unique_and_output_is_deterministic(report_store: Engine) -> None:
    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    first = render(gather(report_store), generated_at=at)
    assert first == render(gather(report_store), generated_at=at)
    ids = re.findall(r'\sid="([^"]+)"', first)
    assert len(ids) == len(set(ids)), "two elements share an id: clip paths would cross charts"


def test_empty_store_renders_a_valid_report_saying_so(store_engine: Engine, tmp_path: Path) -> None:
    html = build_report(store_engine, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert 'id="empty-store"' in html and "holds no records" in html
    assert "No refresh has run on this store yet" in html
    figures = charts_in(html)
    assert {"coverage", "top-meetings", "top-critical", "issues", "network"} <= figures.keys()
    assert all('class="empty"' in body for body in figures.values())
    assert "<svg" not in html
    assert html.rstrip().endswith("</html>")


def test_chosen_dyads_get_timelines_in_any_spelling(report_store: Engine) -> None:
    data = gather(report_store)
    busiest = data.chosen[0]
    a, b = busiest.split("-")
    picked = gather(report_store, dyads=[f"{b.lower()}-{a.lower()}", "AFG-PRK"])
    assert picked.chosen == [busiest, "AFG-PRK"] and picked.chosen_by_user
    html = render(picked)
    assert f"{busiest}: meetings, statements by tone" in html
    assert "No meetings, statements or issues between AFG-PRK in this period. AFG and PRK take part in no dyad." in html


def test_time_axis_spans_the_articles_months_regression_one_misdated_meeting(report_store: Engine) -> None:
    # a sports fixture read as a 2005 meeting stretched a 1987 corpus's axes over 18 empty years
    with writing(report_store) as conn:
        conn.execute(
            insert(Meeting), [{"id": "e" * 32, "date": dt.date(2030, 6, 1), "date_basis": "explicit", "kind": "visit"}]
        )
    data = gather(report_store)
    assert data.window is not None and data.window[1] < dt.date(2023, 1, 1)
    assert data.outside == {"meetings": 1} and data.coverage["month"].max() == data.window[1]
    assert "Dated outside the months charted" in render(data) and "1 meeting." in render(data)


def test_period_limits_every_count(report_store: Engine) -> None:
    whole = gather(report_store)
    part = gather(report_store, start="2021-04-01", end="2021-09-30")
    months = part.coverage["month"].to_list()
    assert months and min(months) >= dt.date(2021, 4, 1) and max(months) <= dt.date(2021, 9, 1)
    assert 0 < part.totals["meetings"] < whole.totals["meetings"]
    assert 0 < part.totals["statements"] < whole.totals["statements"]
    assert "2021-04-01 to 2021-09-30" in render(part)


def test_period_without_records_renders_empty_states_regression_empty_sqlite_read(report_store: Engine) -> None:
    # SQLite's ADBC driver types the columns of an empty result int64; the read path once failed
    # to cast them to dates
    data = gather(report_store, start="2030-01-01", end="2030-12-31")
    assert data.empty and data.chosen == [] and not data.coverage.drop("month").sum_horizontal().sum()
    html = render(data)
    assert "holds no records for 2030-01-01 to 2030-12-31" in html and "<svg" not in html


def test_coverage_counts_match_the_datasets(report_store: Engine) -> None:
    data = gather(report_store)
    cov = data.coverage
    for kind in ("meetings", "statements", "issues"):
        drawn = cov[kind].sum() + data.undated.get(kind, 0) + data.outside.get(kind, 0)
        assert drawn == data.totals[kind], kind
    assert data.totals["meetings"] == SPEC.meetings
    assert data.quarantine_total == 1
    assert data.totals["documents"] == SPEC.documents  # the quarantined input is no article
    # the balanced panel's months have no gap
    months = cov["month"].to_list()
    assert all((b.year * 12 + b.month) - (a.year * 12 + a.month) == 1 for a, b in zip(months, months[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("IRN-USA", ("IRN", "USA")),
        ("usa-irn", ("IRN", "USA")),
        ("FRA:DEU", ("DEU", "FRA")),
        (" chn/ind ", ("CHN", "IND")),
    ],
)
def test_parse_dyad(text: str, pair: tuple[str, str]) -> None:
    assert parse_dyad(text) == pair


@pytest.mark.parametrize("text", ["USA", "US-IRN", "USA-USA", "IRN--USA", ""])
def test_parse_dyad_refuses(text: str) -> None:
    with pytest.raises(ReportError):
        parse_dyad(text)


def test_spring_layout_is_deterministic_and_bounded() -> None:
    edges = [(0, 1, 3.0), (1, 2, 1.0), (3, 4, 2.0)]
    pos = spring_layout(6, edges, seed=1)
    assert pos.shape == (6, 2) and pos.min() >= 0 and pos.max() <= 1
    assert np.array_equal(pos, spring_layout(6, edges, seed=1))
    # neighbours sit closer than the ends of a chain
    assert np.linalg.norm(pos[0] - pos[1]) < np.linalg.norm(pos[0] - pos[2])
    # separate groups are packed apart: no node of one lands on a node of another
    groups = components(6, edges)
    assert groups == [[0, 1, 2], [3, 4], [5]]
    gap = min(np.linalg.norm(pos[i] - pos[j]) for a in groups for b in groups if a != b for i in a for j in b)
    assert gap > 0.1
    assert spring_layout(0, []).shape == (0, 2) and spring_layout(1, []).tolist() == [[0.5, 0.5]]


runner = CliRunner()


def test_cli_writes_the_report_and_prints_its_path(report_store: Engine, tmp_path: Path) -> None:
    url = report_store.url.render_as_string(hide_password=False)
    out = tmp_path / "r.html"
    result = runner.invoke(
        app, ["report", "--out", str(out), "--dyad", "IRN-USA", "--start", "2021-01-01", "--database", url]
    )
    assert result.exit_code == 0, result.output
    assert str(out.resolve()) in result.output.replace("\n", "") and out.is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dyad", "IRAN-USA"], "is not two ISO3 codes"),
        (["--start", "2021-02-30"], "is not an ISO date"),
        (["--start", "2022-01-01", "--end", "2021-01-01"], "is after end"),
        (["--out", "/nonexistent/folder/r.html"], "does not exist"),
    ],
)
def test_cli_errors_are_one_line(store_url: str, args: list[str], message: str, tmp_path: Path) -> None:
    full = ["report", "--database", store_url, *args]
    if "--out" not in args:
        full += ["--out", str(tmp_path / "r.html")]
    result = runner.invoke(app, full)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_on_a_store_without_schema_says_upgrade(blank_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--database", blank_url, "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "parley db upgrade" in result.output
    assert not (tmp_path / "r.html").exists()


# ------------------------------------------------------------------------------ issue 13


def test_report_of_an_undated_store_counts_what_the_panels_leave_out(store_engine: Engine) -> None:
    # issue 13: a store of undated articles showed zeros and "no meetings" without saying why
    from queries.datasets import dataset

    rows = synthetic.build(store_engine, synthetic.Spec(seed=5, documents=30, meetings=15, statements=50, undated=1.0))
    url = store_engine.url.render_as_string(hide_password=False)
    meetings, statements = dataset("meetings", url=url), dataset("statements", url=url)
    want_meetings = meetings.filter(pl.col("n_countries") >= 2).height
    want_statements = statements.filter(
        pl.col("target_iso3").is_not_null() & (pl.col("speaker_iso3") != pl.col("target_iso3"))
    ).height
    data = gather(store_engine)
    assert data.left_out["meetings"] == want_meetings > 0
    assert data.left_out["statements"] == want_statements > 0
    assert data.left_out["issues"] == rows["bilateral_issue"].num_rows > 0  # every article is undated
    html = render(data)
    assert "Left out of the dyad charts and of the panels" in html and f"{want_meetings:,} meetings" in html
    assert "--published DATE" in html
    assert "No dated meetings between two states in this period. Undated, so left out:" in html


def test_top_speakers_and_records_with_their_evidence(report_store: Engine) -> None:
    from queries.datasets import dataset

    url = report_store.url.render_as_string(hide_password=False)
    statements = dataset("statements", url=url)
    top = statements.group_by("speaker_actor_id").len().sort("len", descending=True)["len"][0]
    data = gather(report_store)
    assert data.speakers["statements"][0] == top
    assert data.speakers.columns == ["speaker", "country", "statements", "cooperative", "neutral", "critical"]
    assert (data.speakers["cooperative"] + data.speakers["neutral"] + data.speakers["critical"]).equals(
        data.speakers["statements"]
    )
    assert len(data.records) == 25 and all(r["sentence"] for r in data.records)
    dates = [r["date"] for r in data.records if r["date"]]
    assert dates == sorted(dates, reverse=True)
    html = render(data)
    assert 'id="speakers"' in html and 'id="records"' in html
    assert data.records[0]["sentence"] in html  # the evidence itself, escaped by the template


def test_a_long_span_is_charted_by_year(store_engine: Engine) -> None:
    # issue 13: monthly bars over decades are slivers among hundreds of empty months
    synthetic.build(store_engine, synthetic.Spec(seed=2, documents=60, start=dt.date(1990, 1, 1), days=365 * 20))
    data = gather(store_engine)
    assert data.step == "year"
    assert all(m.month == 1 and m.day == 1 for m in data.coverage["month"].to_list())
    assert 15 <= data.coverage.height <= 21
    assert "Documents and records per year" in render(data)
    short = gather(store_engine, start="1995-01-01", end="1996-12-31")
    assert short.step == "month" and short.coverage.height == 24


def test_network_labels_have_a_halo_and_stand_clear(report_store: Engine) -> None:
    html = render(gather(report_store))
    network = charts_in(html)["network"]
    assert "stroke-width" in network and "stroke:#ffffff" in network.replace(" ", "")  # the white halo
