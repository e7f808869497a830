"""What the report shows, gathered from the research datasets of `queries` (never SQL of its own) and
from the store's status, and reshaped into the small tidy frames the charts draw."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
from sqlalchemy import Engine

from queries.engine import Session
from queries.read import Filters
from queries.validate import measured_precision
from schema.errors import ParleyError
from schema.status import store_status

TOP_DYADS = 15  # bars in each top-dyad ranking
TIMELINE_DYADS = 3  # timelines drawn when the user names none
HEATMAP_DYADS = 20  # rows of the issue heat map
HEATMAP_ISSUES = 14  # columns of the issue heat map
NETWORK_ACTORS = 30  # nodes of the co-attendance network
QUARANTINE_ROWS = 20  # newest quarantined inputs listed
TOP_SPEAKERS = 10  # rows of the top-speakers table
RECORD_ROWS = 25  # rows of the table of records with their evidence
YEARLY_AFTER_MONTHS = 96  # a longer span is charted by year: monthly bars would be slivers among empty months

_DYAD = re.compile(r"^([A-Za-z]{3})[-:/ ]([A-Za-z]{3})$")

# The datasets the report is built from (named in its footer).
DATASETS = ("dyad_month", "issue_salience", "actor_network", "meeting_participants", "meetings", "statements")


class ReportError(ParleyError):
    """The report cannot be written as asked (a malformed dyad, an unwritable output path)."""


def parse_dyad(text: str) -> tuple[str, str]:
    """`IRN-USA` (or `usa-irn`, `IRN:USA`) as the ordered pair the datasets use: ('IRN', 'USA')."""
    m = _DYAD.match(text.strip())
    if not m:
        raise ReportError(f"dyad {text!r} is not two ISO3 codes joined by '-', e.g. IRN-USA")
    a, b = sorted((m.group(1).upper(), m.group(2).upper()))
    if a == b:
        raise ReportError(f"dyad {text!r} names one country twice")
    return a, b


def dyad_label(a: str, b: str) -> str:
    return f"{a}-{b}"


@dataclass
class ReportData:
    """Everything the report draws, as plain frames and values."""

    store_url: str
    start: dt.date | None
    end: dt.date | None
    coverage: pl.DataFrame  # month, documents, meetings, statements, issues
    window: Window | None  # months the time charts span
    outside: dict[str, int]  # records dated outside the window, per kind (not drawn)
    undated: dict[str, int]  # records without a date, per kind (left out of the monthly chart)
    totals: dict[str, int]
    dyad_totals: pl.DataFrame  # dyad, meetings, statements_critical, ..., activity
    timelines: dict[str, pl.DataFrame]  # dyad -> month, meetings, cooperative, neutral, critical, issues
    chosen: list[str]  # dyads the user asked for (or the most active ones)
    chosen_by_user: bool
    heat: pl.DataFrame  # dyad, issue, n
    nodes: pl.DataFrame  # id, label, country, meetings
    edges: pl.DataFrame  # source, target, weight
    last_run: dict[str, Any] | None
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    quarantine_total: int = 0
    step: str = "month"  # the time charts' bins: month, or year over a long span
    left_out: dict[str, int] = field(default_factory=dict)  # undated records between states: not in the panels
    speakers: pl.DataFrame = field(default_factory=pl.DataFrame)  # speaker, country, statements, by tone
    records: list[dict[str, Any]] = field(default_factory=list)  # newest meetings and statements with evidence
    precision: dict[str, Any] | None = None  # the latest measured precision (parley validate)

    @property
    def empty(self) -> bool:
        return not any(self.totals.get(k, 0) for k in ("meetings", "statements", "issues"))


def read_datasets(url: str, filters: Filters) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """The report's datasets (one query-layer session: each store table read once, every dataset
    built from it in DuckDB) and the loaded articles of the period."""
    with Session.open(url, DATASETS, filters, whole=["document", "bilateral_issue"]) as session:
        frames = {name: _polars(session.arrow(name)) for name in DATASETS}
        documents = _polars(session.tables["document"]).filter(pl.col("status") == "loaded")
        frames["bilateral_issue"] = _polars(session.tables["bilateral_issue"])
    # The store's filter also keeps articles reporting a meeting of the period; coverage counts
    # articles by their own publication date.
    if filters.start:
        documents = documents.filter(pl.col("published").is_null() | (pl.col("published") >= filters.start))
    if filters.end:
        documents = documents.filter(pl.col("published").is_null() | (pl.col("published") <= filters.end))
    return frames, documents


def _polars(table: pa.Table) -> pl.DataFrame:
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame


def _month(col: str) -> pl.Expr:
    return pl.col(col).dt.truncate("1mo").alias("month")


def _per_month(df: pl.DataFrame, date_col: str, name: str) -> pl.DataFrame:
    return df.filter(pl.col(date_col).is_not_null()).group_by(_month(date_col)).agg(pl.len().cast(pl.Int64).alias(name))


Window = tuple[dt.date, dt.date]  # first and last month the time charts span


def monthly_parts(
    documents: pl.DataFrame, meetings: pl.DataFrame, statements: pl.DataFrame, salience: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Counts per month: documents by publication, meetings by their own date, statements and issues
    by their article's date. Each frame: month, and a count named after the kind."""
    return {
        "documents": _per_month(documents, "published", "documents"),
        "meetings": _per_month(meetings, "date", "meetings"),
        "statements": _per_month(statements, "date", "statements"),
        "issues": salience.filter(pl.col("mentions") > 0)
        .group_by(_month("month_start"))
        .agg(pl.col("mentions").sum().cast(pl.Int64).alias("issues")),
    }


def month_window(parts: dict[str, pl.DataFrame], filters: Filters) -> Window | None:
    """The months the time charts span: the period asked for; where open, the months in which articles
    were published (one record dated far away, a historical meeting or a misread date, would
    otherwise stretch every axis over empty years); without dated articles, the months with records."""
    docs = parts["documents"]["month"]
    months = docs if docs.len() else pl.concat([p["month"] for p in parts.values()])
    if not months.len() and not (filters.start and filters.end):
        return None
    lo = filters.start.replace(day=1) if filters.start else months.min()
    hi = filters.end.replace(day=1) if filters.end else months.max()
    assert isinstance(lo, dt.date) and isinstance(hi, dt.date)
    return (lo, hi) if lo <= hi else None


def coverage_frame(parts: dict[str, pl.DataFrame], window: Window | None) -> tuple[pl.DataFrame, dict[str, int]]:
    """Every month of the window with its counts (zeros included), and per kind the records dated
    outside the window, which the chart leaves out."""
    empty = pl.DataFrame(schema={"month": pl.Date, **{k: pl.Int64 for k in parts}})
    if window is None:
        return empty, {}
    lo, hi = window
    frame = pl.DataFrame({"month": pl.date_range(lo, hi, "1mo", eager=True)})
    outside: dict[str, int] = {}
    for kind, p in parts.items():
        frame = frame.join(p, on="month", how="left")
        n = p.filter((pl.col("month") < lo) | (pl.col("month") > hi))[kind].sum()
        if n:
            outside[kind] = int(n)
    return frame.fill_null(0), outside


def dyad_totals_frame(panel: pl.DataFrame) -> pl.DataFrame:
    """Each dyad's counts over the whole period, most active first."""
    counts = ["meetings", "statements", "statements_cooperative", "statements_neutral", "statements_critical", "issues"]
    return (
        panel.group_by("country_a", "country_b")
        .agg(pl.col(c).sum().cast(pl.Int64) for c in counts)
        .with_columns(
            pl.concat_str("country_a", pl.lit("-"), "country_b").alias("dyad"),
            (pl.col("meetings") + pl.col("statements") + pl.col("issues")).alias("activity"),
        )
        .sort(["activity", "dyad"], descending=[True, False])
    )


def ranking(totals: pl.DataFrame, column: str, k: int = TOP_DYADS) -> pl.DataFrame:
    """The k dyads with most `column` (ties by name), as label and n; dyads with none are left out."""
    return (
        totals.filter(pl.col(column) > 0)
        .sort([column, "dyad"], descending=[True, False])
        .head(k)
        .select(pl.col("dyad").alias("label"), pl.col(column).alias("n"))
    )


def timeline_frame(panel: pl.DataFrame, dyad: str, window: Window | None) -> pl.DataFrame:
    a, b = dyad.split("-")
    rows = panel.filter((pl.col("country_a") == a) & (pl.col("country_b") == b))
    if window is not None:
        rows = rows.filter(pl.col("month_start").is_between(*window))
    return rows.sort("month_start").select(
        pl.col("month_start").alias("month"),
        "meetings",
        pl.col("statements_cooperative").alias("cooperative"),
        pl.col("statements_neutral").alias("neutral"),
        pl.col("statements_critical").alias("critical"),
        "issues",
    )


def heat_frame(salience: pl.DataFrame, dyads: int = HEATMAP_DYADS, issues: int = HEATMAP_ISSUES) -> pl.DataFrame:
    """Dyad x issue counts for the dyads and issues raised most, in that order."""
    cells = (
        salience.group_by("country_a", "country_b", "issue")
        .agg(pl.col("mentions").sum().alias("n"))
        .filter(pl.col("n") > 0)
        .with_columns(pl.concat_str("country_a", pl.lit("-"), "country_b").alias("dyad"))
    )
    top_dyads = _top(cells, "dyad", dyads)
    top_issues = _top(cells.filter(pl.col("dyad").is_in(top_dyads)), "issue", issues)
    order_d = pl.DataFrame({"dyad": top_dyads, "_d": range(len(top_dyads))}, schema={"dyad": pl.String, "_d": pl.Int64})
    order_i = pl.DataFrame(
        {"issue": top_issues, "_i": range(len(top_issues))}, schema={"issue": pl.String, "_i": pl.Int64}
    )
    return (
        cells.join(order_d, on="dyad")
        .join(order_i, on="issue")
        .sort("_d", "_i")
        .select("dyad", "issue", pl.col("n").cast(pl.Int64))
    )


def _top(cells: pl.DataFrame, key: str, k: int) -> list[str]:
    ranked = cells.group_by(key).agg(pl.col("n").sum()).sort(["n", key], descending=[True, False])
    return ranked[key].head(k).to_list()


def network_frames(
    pairs: pl.DataFrame, participants: pl.DataFrame, k: int = NETWORK_ACTORS
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The k actors who attended most meetings with someone else, and the co-attendance edges among
    them (weight: meetings both attended)."""
    attended = participants.group_by("actor_id").agg(
        pl.col("meeting_id").n_unique().alias("meetings"),
        pl.col("actor_name").first().alias("label"),
        pl.col("iso3").mode().first().alias("country"),
    )
    connected = pl.concat(
        [pairs.select(pl.col("actor_a").alias("actor_id")), pairs.select(pl.col("actor_b").alias("actor_id"))]
    ).unique()
    nodes = (
        attended.join(connected, on="actor_id")
        .sort(["meetings", "actor_id"], descending=[True, False])
        .head(k)
        .select(
            pl.col("actor_id").alias("id"),
            pl.col("label").fill_null(pl.col("actor_id")),
            "country",
            pl.col("meetings").cast(pl.Int64),
        )
    )
    keep = nodes["id"].to_list()
    edges = pairs.filter(pl.col("actor_a").is_in(keep) & pl.col("actor_b").is_in(keep)).select(
        pl.col("actor_a").alias("source"),
        pl.col("actor_b").alias("target"),
        pl.col("meetings").cast(pl.Int64).alias("weight"),
    )
    # an actor whose every partner was left out would float alone, saying nothing about who meets whom
    linked = set(edges["source"].to_list()) | set(edges["target"].to_list())
    return nodes.filter(pl.col("id").is_in(sorted(linked))), edges


def left_out_frame(
    meetings: pl.DataFrame, statements: pl.DataFrame, issues: pl.DataFrame, documents: pl.DataFrame
) -> dict[str, int]:
    """Records between two states that the panels (and so the dyad charts) leave out for lack of a
    date: a meeting without a date, a statement or an issue from an undated article."""
    undated_docs = documents.filter(pl.col("published").is_null())["id"]
    between = statements.filter(
        pl.col("date").is_null()
        & pl.col("speaker_iso3").is_not_null()
        & pl.col("target_iso3").is_not_null()
        & (pl.col("speaker_iso3") != pl.col("target_iso3"))
    )
    out = {
        "meetings": meetings.filter(pl.col("date").is_null() & (pl.col("n_countries") >= 2)).height,
        "statements": between.height,
        "issues": issues.filter(pl.col("document_id").is_in(undated_docs.implode())).height,
    }
    return {k: v for k, v in out.items() if v}


def speakers_frame(statements: pl.DataFrame, k: int = TOP_SPEAKERS) -> pl.DataFrame:
    """The k actors quoted most, with their country and statements by tone."""
    return (
        statements.filter(pl.col("speaker_name").is_not_null())
        .group_by("speaker_actor_id")
        .agg(
            pl.col("speaker_name").first().alias("speaker"),
            pl.col("speaker_iso3").drop_nulls().mode().first().alias("country"),
            pl.len().cast(pl.Int64).alias("statements"),
            *((pl.col("tone") == t).sum().cast(pl.Int64).alias(t) for t in ("cooperative", "neutral", "critical")),
        )
        .sort(["statements", "speaker"], descending=[True, False])
        .head(k)
        .drop("speaker_actor_id")
    )


def records_rows(meetings: pl.DataFrame, statements: pl.DataFrame, k: int = RECORD_ROWS) -> list[dict[str, Any]]:
    """The newest meetings and statements, each with its evidence sentence and where it comes from."""
    met = meetings.select(
        "date",
        pl.concat_str(pl.lit("meeting: "), pl.col("kind")).alias("what"),
        pl.col("countries").str.replace_all(";", "-").fill_null("").alias("who"),
        "sentence",
        "outlet",
        "url",
        "source_origin",
        "source_external_id",
    )
    said = statements.select(
        "date",
        pl.concat_str(pl.lit("statement: "), pl.col("tone")).alias("what"),
        pl.concat_str(
            pl.col("speaker_name").fill_null("?"),
            pl.lit(" ("),
            pl.col("speaker_iso3").fill_null("?"),
            pl.lit(")"),
            pl.when(pl.col("target_iso3").is_not_null())
            .then(pl.concat_str(pl.lit(" to "), pl.col("target_iso3")))
            .otherwise(pl.lit("")),
        ).alias("who"),
        "sentence",
        "outlet",
        "url",
        "source_origin",
        "source_external_id",
    )
    both = pl.concat([met, said]).sort("date", descending=True, nulls_last=True).head(k)
    rows = []
    for r in both.iter_rows(named=True):
        origin = Path(r["source_origin"]).name if r["source_origin"] else ""
        r["source"] = r["outlet"] or (f"{origin} #{r['source_external_id']}" if origin else "")
        rows.append(r)
    return rows


def time_step(window: Window | None) -> str:
    if window is None:
        return "month"
    (lo, hi) = window
    return "year" if (hi.year - lo.year) * 12 + hi.month - lo.month + 1 > YEARLY_AFTER_MONTHS else "month"


def by_year(frame: pl.DataFrame) -> pl.DataFrame:
    """Monthly counts summed per year (the `month` column then holds 1 January of each year)."""
    counts = [c for c in frame.columns if c != "month"]
    return (
        frame.group_by(pl.col("month").dt.truncate("1y"))
        .agg(pl.col(c).sum().cast(pl.Int64) for c in counts)
        .sort("month")
    )


def _choose(totals: pl.DataFrame, dyads: Iterable[str]) -> tuple[list[str], bool]:
    asked = [dyad_label(*parse_dyad(d)) for d in dyads]
    if asked:
        return list(dict.fromkeys(asked)), True
    return totals.filter(pl.col("activity") > 0)["dyad"].head(TIMELINE_DYADS).to_list(), False


def gather(
    engine: Engine, dyads: Iterable[str] = (), start: dt.date | str | None = None, end: dt.date | str | None = None
) -> ReportData:
    """Read the datasets for the period and shape them for the charts."""
    chosen_input = list(dyads)
    for d in chosen_input:
        parse_dyad(d)  # a malformed dyad fails before any reading
    status = store_status(engine, quarantine_limit=QUARANTINE_ROWS)  # also checks the schema revision
    filters = Filters.make(start, end)
    url = engine.url.render_as_string(hide_password=False)
    frames, documents = read_datasets(url, filters)
    panel, salience = frames["dyad_month"], frames["issue_salience"]
    meetings, statements = frames["meetings"], frames["statements"]
    participants, pairs = frames["meeting_participants"], frames["actor_network"]

    totals_by_dyad = dyad_totals_frame(panel)
    chosen, by_user = _choose(totals_by_dyad, chosen_input)
    nodes, edges = network_frames(pairs, participants)
    parts = monthly_parts(documents, meetings, statements, salience)
    window = month_window(parts, filters)
    coverage, outside = coverage_frame(parts, window)
    step = time_step(window)
    timelines = {d: timeline_frame(panel, d, window) for d in chosen}
    if step == "year":
        coverage = by_year(coverage)
        timelines = {d: by_year(t) for d, t in timelines.items()}
    return ReportData(
        store_url=status.url,
        start=filters.start,
        end=filters.end,
        coverage=coverage,
        window=window,
        outside=outside,
        undated={
            "documents": documents["published"].null_count(),
            "meetings": meetings["date"].null_count(),
            "statements": statements["date"].null_count(),
        },
        totals={
            "documents": documents.height,
            "meetings": meetings.height,
            "statements": statements.height,
            "issues": int(salience["mentions"].sum() or 0),
            "dyads": totals_by_dyad.height,
            "actors": participants["actor_id"].n_unique() if participants.height else 0,
        },
        dyad_totals=totals_by_dyad,
        timelines=timelines,
        chosen=chosen,
        chosen_by_user=by_user,
        heat=heat_frame(salience),
        nodes=nodes,
        edges=edges,
        last_run=status.last_run,
        quarantine=status.quarantine,
        quarantine_total=status.quarantine_total,
        step=step,
        left_out=left_out_frame(meetings, statements, frames["bilateral_issue"], documents),
        speakers=speakers_frame(statements),
        records=records_rows(meetings, statements),
        precision=measured_precision(engine),
    )
