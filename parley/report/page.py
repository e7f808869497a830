"""The report's page: each chart with its title and a caption saying what it counts, or an empty state
saying why there is nothing to draw, put into the Jinja2 template."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import metadata as pkg_metadata
from typing import Any

import jinja2

from parley.report import charts
from parley.report.data import DATASETS, TOP_DYADS, YEARLY_AFTER_MONTHS, ReportData, ranking
from parley.report.svg import COLORS
from schema.redact import mask_password


@dataclass(frozen=True)
class Chart:
    """One figure of the page: `svg` is None when there is nothing to draw, and `empty` says why."""

    id: str
    title: str
    caption: str
    svg: str | None = None
    empty: str = ""


@dataclass(frozen=True)
class Card:
    label: str
    value: int
    warn: bool = False


def _period(data: ReportData) -> str:
    if data.start and data.end:
        return f"{data.start} to {data.end}"
    if data.start:
        return f"from {data.start}"
    if data.end:
        return f"until {data.end}"
    return ""


def coverage(data: ReportData) -> Chart:
    title = f"Documents and records per {data.step}"
    caption = (
        "Top: articles in the store by month of publication. Bottom: records extracted from them "
        f"by {data.step}: meetings (dated by the meeting itself), statements (by the article's date) and "
        "bilateral issues raised between two states (one per article, dyad and issue). The months "
        "are those of the period asked for, else those in which articles were published"
        + (f", in years: they span more than {YEARLY_AFTER_MONTHS // 12} years. " if data.step == "year" else ". ")
        + f"{data.quarantine_total:,} unreadable input(s) are in quarantine and counted nowhere here."
    )
    if data.coverage.is_empty() or not data.coverage.drop("month").sum_horizontal().sum():
        return Chart("coverage", title, caption, empty="No dated documents or records in this period.")
    return Chart("coverage", title, caption, charts.coverage_chart(data.coverage, "coverage", title, data.step))


def top_dyads(data: ReportData) -> tuple[Chart, Chart]:
    out = []
    for cid, column, title, what, color in (
        ("top-meetings", "meetings", "Top dyads by meetings", "meetings", COLORS["meetings"]),
        (
            "top-critical",
            "statements_critical",
            "Top dyads by critical statements",
            "critical statements",
            COLORS["critical"],
        ),
    ):
        caption = f"The {TOP_DYADS} country pairs with most {what} in the period " + (
            "(a meeting counts once for every pair of its parties)."
            if column == "meetings"
            else "(a statement by a speaker of one country aimed at the other, coded critical in tone; "
            "both directions)."
        )
        frame = ranking(data.dyad_totals, column)
        if frame.is_empty():
            out.append(
                Chart(
                    cid,
                    title,
                    caption,
                    empty=f"No dated {what} between two states in this period." + _left_out_hint(data),
                )
            )
        else:
            out.append(Chart(cid, title, caption, charts.ranking_chart(frame, cid, title, f"{what} (count)", color)))
    return out[0], out[1]


def timelines(data: ReportData) -> list[Chart]:
    out = []
    active = set(data.dyad_totals["country_a"].to_list()) | set(data.dyad_totals["country_b"].to_list())
    for i, dyad in enumerate(data.chosen):
        frame = data.timelines[dyad]
        cid = f"timeline-{i + 1}"
        title = f"{dyad}: meetings, statements by tone and issues per {data.step}"
        caption = (
            f"Per {data.step}, between {dyad.replace('-', ' and ')}: meetings with both as parties; statements "
            "by a speaker of one aimed at the other, stacked by tone; issues raised between them "
            "(articles x issues)."
        )
        if frame.is_empty() or not frame.drop("month").sum_horizontal().sum():
            # a mistyped code looks like a quiet dyad: say when a country takes part in no dyad at all
            absent = [c for c in dyad.split("-") if c not in active]
            hint = f" {' and '.join(absent)} take{'s' if len(absent) == 1 else ''} part in no dyad." if absent else ""
            out.append(
                Chart(
                    cid, title, caption, empty=f"No meetings, statements or issues between {dyad} in this period.{hint}"
                )
            )
        else:
            out.append(Chart(cid, title, caption, charts.timeline_chart(frame, cid, title, data.step)))
    return out


def dyads_note(data: ReportData) -> str:
    if data.chosen_by_user:
        return "Dyads chosen with --dyad."
    if not data.chosen:
        return "No dyad has any dated activity in this period, so there is no timeline to draw." + _left_out_hint(data)
    return (
        f"The {len(data.chosen)} most active dyad(s) (meetings + statements + issues); "
        "choose others with --dyad IRN-USA."
    )


def heatmap(data: ReportData) -> Chart:
    title = "Issues raised per dyad"
    caption = (
        "Articles raising each issue between two states over the period, for the dyads and issues "
        "raised most (darker: more articles). IGO parties and undated articles are left out."
    )
    if data.heat.is_empty():
        return Chart(
            "issues",
            title,
            caption,
            empty="No bilateral issue was raised in a dated article of this period." + _left_out_hint(data),
        )
    return Chart("issues", title, caption, charts.heatmap_chart(data.heat, "issues", title))


def network(data: ReportData) -> Chart:
    title = "Co-attendance network of the most active actors"
    caption = (
        f"The {data.nodes.height or 'most active'} actors who attended most meetings together with "
        "another actor. "
        "A line joins two actors who attended a meeting together, thicker for more meetings; a "
        "dot is larger for more meetings attended, coloured by the country the actor represented."
    )
    if data.nodes.height < 2 or data.edges.is_empty():
        return Chart("network", title, caption, empty="No two actors attended a meeting together in this period.")
    return Chart("network", title, caption, charts.network_chart(data.nodes, data.edges, "network", title))


def left_out_note(data: ReportData) -> str:
    """How many records between two states the panels and dyad charts leave out for lack of a date."""
    if not data.left_out:
        return ""
    counts = ", ".join(_count(v, k) for k, v in data.left_out.items())
    return (
        f"Left out of the dyad charts and of the panels (dyad_month, issue_salience) for lack of a date: {counts}"
        " between two states. Give their articles a date with `parley refresh PATH --published DATE` or"
        " `--published-from field:NAME|name`."
    )


def _left_out_hint(data: ReportData) -> str:
    if not data.left_out:
        return ""
    return " Undated, so left out: " + ", ".join(_count(v, k) for k, v in data.left_out.items()) + "."


def run_rows(run: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The latest refresh as label/value rows, in the order a reader checks them."""
    if run is None:
        return []
    started, finished = _when(run.get("started_at")), _when(run.get("finished_at"))
    took = ""
    if started and finished:
        took = f" (took {_duration((finished - started).total_seconds())})"
    model = " ".join(str(v) for v in (run.get("model_name"), run.get("model_version")) if v)
    rows = [
        ("run", f"#{run['id']}: {run['status']}"),
        ("started", _stamp(started)),
        ("finished", f"{_stamp(finished)}{took}" if finished else "not finished"),
        ("command", mask_password(str(run.get("command") or ""))),
        (
            "documents",
            f"{run.get('n_seen', 0):,} seen, {run.get('n_extracted', 0):,} extracted, "
            f"{run.get('n_unchanged', 0):,} unchanged, {run.get('n_quarantined', 0):,} quarantined",
        ),
        ("records written", f"{run.get('n_records', 0):,}"),
        ("pipeline", str(run.get("pipeline_version") or "")),
        ("model", model),
        ("dictionaries", str(run.get("dictionary_hash") or "")),
        ("parley", str(run.get("parley_version") or "")),
    ]
    if run.get("error"):
        rows.append(("error", str(run["error"])))
    return [(k, v) for k, v in rows if v]


def precision_rows(precision: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """The measured precision as (records, precision with correct/n, Wilson 95% interval) rows."""
    if not precision:
        return []
    groups = [("all records", precision["records"])]
    groups += [(f"{kind}s", p) for kind, p in precision["kinds"].items()]
    groups += [(f"confidence {band}", p) for band, p in precision["confidence_bands"].items()]
    out = []
    for label, p in groups:
        if p.get("n"):
            out.append((label, f"{p['precision']:.2f} ({p['correct']}/{p['n']})", f"{p['low']:.2f}-{p['high']:.2f}"))
    return out


def _count(n: int, kinds: str) -> str:
    """`1 meeting`, `2 meetings` (kinds are plural nouns)."""
    return f"{n:,} {kinds[:-1] if n == 1 else kinds}"


def _month(day: dt.date) -> str:
    return day.strftime("%Y-%m")


def _when(value: str | None) -> dt.datetime | None:
    """A run's timestamp (ISO text from the store's status) as an aware UTC datetime."""
    if not value:
        return None
    stamp = dt.datetime.fromisoformat(value)
    # SQLite hands timestamps back naive; the store writes them in UTC
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _stamp(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s" if minutes else f"{seconds:.1f} s"


def _version() -> str:
    try:
        return pkg_metadata.version("parley-events")
    except pkg_metadata.PackageNotFoundError:
        return "unknown"


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("parley.report", ""),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(data: ReportData, generated_at: dt.datetime | None = None) -> str:
    """The whole page as one HTML string."""
    top_meetings, top_critical = top_dyads(data)
    undated = {k: v for k, v in data.undated.items() if v}
    labels = {
        "documents": "articles",
        "meetings": "meetings",
        "statements": "statements",
        "issues": "issues raised",
        "dyads": "active dyads",
        "actors": "actors at meetings",
    }
    cards = [Card(label, data.totals[key]) for key, label in labels.items()]
    cards.append(Card("in quarantine", data.quarantine_total, warn=data.quarantine_total > 0))
    context = {
        "store_url": data.store_url,
        "period_label": _period(data),
        "generated_at": (generated_at or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        "parley_version": _version(),
        "cards": cards,
        "empty": data.empty,
        "charts": {
            "coverage": coverage(data),
            "top_meetings": top_meetings,
            "top_critical": top_critical,
            "timelines": timelines(data),
            "heatmap": heatmap(data),
            "network": network(data),
        },
        "undated_note": " ".join(
            n
            for n in (
                (
                    "Without a date, so not in the monthly charts: "
                    + ", ".join(_count(v, k) for k, v in undated.items())
                    + "."
                )
                if undated
                else "",
                (
                    f"Dated outside the months charted ({_month(data.window[0])} to {_month(data.window[1])}), so not "
                    "drawn: " + ", ".join(_count(v, k) for k, v in data.outside.items()) + "."
                )
                if data.outside and data.window
                else "",
            )
            if n
        ),
        "dyads_note": dyads_note(data),
        "left_out_note": left_out_note(data),
        "speakers": data.speakers.to_dicts() if data.speakers.height else [],
        "records": data.records,
        "run": run_rows(data.last_run),
        "quarantine": data.quarantine,
        "quarantine_total": data.quarantine_total,
        "datasets": DATASETS,
        "precision": precision_rows(data.precision),
        "precision_meta": data.precision,
    }
    return _ENV.get_template("template.html").render(r=context)
