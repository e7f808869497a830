"""Properties of the balanced dyad-month panel on hypothesis-generated stores (SQLite): rows = dyads x
months, no gaps, and sums equal the events counted independently from the rows inserted."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import tempfile
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from queries import synthetic
from queries.datasets import dataset
from schema.store import get_engine

specs = st.builds(
    synthetic.Spec,
    seed=st.integers(0, 2**16),
    documents=st.integers(1, 30),
    actors=st.integers(2, 16),
    meetings=st.integers(0, 12),
    statements=st.integers(0, 40),
    issues=st.integers(0, 25),
    start=st.dates(dt.date(1995, 1, 1), dt.date(2030, 1, 1)),
    days=st.integers(1, 900),
    countries=st.integers(3, 7),
    undated=st.sampled_from([0.0, 0.3]),
    igo=st.sampled_from([0.0, 0.5]),
)


def _month(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _months_between(lo: dt.date, hi: dt.date) -> list[dt.date]:
    out, m = [], _month(lo)
    while m <= hi:
        out.append(m)
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return out


def _expected(rows: dict) -> tuple[set[tuple[str, str]], dict[tuple[str, str, dt.date], dict[str, int]]]:  # type: ignore[type-arg]
    """Dyads and per-dyad-month counts from the inserted rows, without SQL."""
    counts: dict[tuple[str, str, dt.date], dict[str, int]] = {}

    def add(a: str, b: str, day: dt.date | None, what: str) -> None:
        if day is None or "IGO" in (a, b) or a == b:
            return
        key = (min(a, b), max(a, b), _month(day))
        counts.setdefault(key, {}).setdefault(what, 0)
        counts[key][what] += 1

    meeting_date = {m["id"]: m["date"] for m in rows["meeting"].to_pylist()}
    parties: dict[str, list[str]] = {}
    for r in rows["meeting_country"].to_pylist():
        parties.setdefault(r["meeting_id"], []).append(r["country"])
    for mid, ps in parties.items():
        for a, b in itertools.combinations(ps, 2):
            add(a, b, meeting_date[mid], "meetings")
    published = {d["id"]: d["published"] for d in rows["document"].to_pylist()}
    actors = {a["id"]: a["country"] for a in rows["actor"].to_pylist()}
    mentions = {(m["document_id"], m["actor_id"]): m["country"] for m in rows["actor_mention"].to_pylist()}
    for s in rows["statement"].to_pylist():
        speaker = mentions.get((s["document_id"], s["speaker_actor_id"])) or actors.get(s["speaker_actor_id"])
        if speaker and s["target_country"]:
            add(speaker, s["target_country"], published[s["document_id"]], "statements")
            add(speaker, s["target_country"], published[s["document_id"]], f"statements_{s['tone']}")
    for i in rows["bilateral_issue"].to_pylist():
        add(i["country_a"], i["country_b"], published[i["document_id"]], "issues")
    return {(a, b) for a, b, _ in counts}, counts


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=specs)
def test_dyad_month_is_balanced_and_sums_to_the_events(spec: synthetic.Spec, sqlite_template: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite"
        shutil.copyfile(sqlite_template, path)
        url = f"sqlite:///{path}"
        engine = get_engine(url)
        try:
            rows = synthetic.build(engine, spec)
            panel = dataset("dyad_month", url=url)
        finally:
            engine.dispose()
    dyads, counts = _expected(rows)
    dates = [d for d in rows["document"]["published"].to_pylist() + rows["meeting"]["date"].to_pylist() if d]
    months = _months_between(min(dates), max(dates)) if dyads else []

    assert panel.height == len(dyads) * len(months)
    assert set(zip(panel["country_a"], panel["country_b"], strict=True)) == dyads
    assert (panel["country_a"] < panel["country_b"]).all()
    # no gaps: each dyad has every month exactly once, in order
    for (_, _), group in panel.group_by(["country_a", "country_b"], maintain_order=True):
        assert group["month_start"].to_list() == months
    # sums equal the independently counted events, cell by cell
    columns = [
        "meetings",
        "statements",
        "statements_cooperative",
        "statements_neutral",
        "statements_critical",
        "issues",
    ]
    for row in panel.filter(pl.sum_horizontal(columns) > 0).iter_rows(named=True):
        want = counts.pop((row["country_a"], row["country_b"], row["month_start"]))
        assert {c: row[c] for c in columns} == {c: want.get(c, 0) for c in columns}
    assert not counts, f"events missing from the panel: {list(counts)[:3]}"
    assert panel["statements"].sum() == sum(
        panel[c].sum() for c in ("statements_cooperative", "statements_neutral", "statements_critical")
    )
