"""The datasets on both backends: columns as their SQL headers say, types researchers expect, counts
that agree with an independent reckoning from the rows inserted, and filters that select exactly."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from queries import registry
from queries.codebook import empty_resources
from queries.codes import EVENT_CODES
from queries.datasets import dataset, dataset_arrow, datasets
from queries.engine import Session, columns_for
from queries.errors import QueryError, UnknownDataset

EMPTY_SCHEMAS = {r.spec.name: r.schema for r in empty_resources()}


def test_columns_are_those_of_the_sql_headers() -> None:
    for spec in registry.specs().values():
        assert EMPTY_SCHEMAS[spec.name].names == [c.name for c in spec.columns], spec.name
        for c in spec.columns:
            assert c.description, f"{spec.name}.{c.name} has no description"
            assert len(c.name) <= 32 and c.name.isascii(), c.name
        assert spec.title and spec.grain and spec.description and spec.filter, spec.name


def test_types_are_dates_strings_and_integers() -> None:
    for name, schema in EMPTY_SCHEMAS.items():
        for f in schema:
            if f.name in ("date", "month_start", "published", "first_date", "last_date"):
                assert f.type == pa.date32(), (name, f)
            if f.name.endswith(("_id", "iso3", "_code", "_root")) or f.name in (
                "country_a",
                "country_b",
                "actor_a",
                "actor_b",
                "dyad_a",
                "dyad_b",
            ):
                assert f.type == pa.string(), (name, f)
            if (
                f.name.startswith(("n_", "statements", "meetings", "issues", "mentions"))
                or f.name.endswith("cow")
                or f.name in ("cow_a", "cow_b", "dyad_mentions")
            ):
                assert pa.types.is_integer(f.type), (name, f)


def test_every_dataset_builds_with_the_same_types_on_both_backends(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with Session.open(url) as session:
        for name in registry.ORDER:
            table = session.arrow(name)
            assert table.num_rows > 0, name
            assert table.schema == EMPTY_SCHEMAS[name], name


def _speaker_countries(rows: dict[str, pa.Table]) -> dict[str, str | None]:
    actors = {a["id"]: a["country"] for a in rows["actor"].to_pylist()}
    mentions = {(m["document_id"], m["actor_id"]): m["country"] for m in rows["actor_mention"].to_pylist()}
    return {
        s["id"]: mentions.get((s["document_id"], s["speaker_actor_id"])) or actors.get(s["speaker_actor_id"])
        for s in rows["statement"].to_pylist()
    }


def test_events_match_an_independent_count(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    events = dataset("events", url=url)
    parties: dict[str, list[str]] = {}
    for r in rows["meeting_country"].to_pylist():
        parties.setdefault(r["meeting_id"], []).append(r["country"])
    want_meetings = sum(len(list(itertools.combinations(p, 2))) for p in parties.values())
    speaker = _speaker_countries(rows)
    stmts = rows["statement"].to_pylist()
    want_statements = [
        s for s in stmts if speaker[s["id"]] and s["target_country"] and speaker[s["id"]] != s["target_country"]
    ]
    counts = Counter(events["record_type"].to_list())
    assert counts["meeting"] == want_meetings
    assert counts["statement"] == len(want_statements)
    assert events["event_id"].n_unique() == events.height
    assert (events["dyad_a"] < events["dyad_b"]).all()

    codes = {c.cameo_code: c for c in EVENT_CODES}
    tone_code = {"cooperative": "050", "neutral": "010", "critical": "111"}
    for e in events.filter(pl.col("record_type") == "statement").iter_rows(named=True):
        assert e["cameo_code"] == tone_code[e["tone"]]
        assert e["source_iso3"] == speaker[e["record_id"]]
        assert e["directed"]
    for e in events.iter_rows(named=True):
        assert e["goldstein"] == codes[e["cameo_code"]].goldstein
        assert e["cameo_root"] == e["cameo_code"][:2]


def test_visits_point_from_visitor_to_host(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    events = dataset("events", url=url)
    parts = dataset("meeting_participants", url=url)
    meetings = dataset("meetings", url=url)
    host_country = {
        (r["meeting_id"]): r["iso3"]
        for r in parts.join(meetings.select("meeting_id", "host_actor_id"), on="meeting_id")
        .filter(pl.col("actor_id") == pl.col("host_actor_id"))
        .iter_rows(named=True)
    }
    visits = events.filter(pl.col("cameo_code") == "042")
    assert visits.height > 0, "the synthetic store should hold visits"
    for e in visits.iter_rows(named=True):
        assert e["target_iso3"] == host_country[e["record_id"]]
        assert e["source_iso3"] != e["target_iso3"]


def _involving(df: pl.DataFrame, columns: tuple[str, ...], countries: list[str]) -> pl.DataFrame:
    cond = pl.lit(False)
    for c in columns:
        cond = cond | pl.col(c).is_in(countries)
    return df.filter(cond)


def _among(df: pl.DataFrame, columns: tuple[str, ...], countries: list[str]) -> pl.DataFrame:
    cond = pl.lit(True)
    for c in columns:
        cond = cond & pl.col(c).is_in(countries)
    return df.filter(cond)


@pytest.mark.parametrize("name", ["events", "statements", "dyad_month", "issue_salience"])
def test_country_filter_keeps_the_dyads_among_the_countries(synth, name: str) -> None:  # type: ignore[no-untyped-def]
    # issue 13: countries=["IRN", "USA"] means IRN-USA, not every dyad with IRN or USA in it
    url, _ = synth
    countries = ["IRN", "USA"]
    columns = registry.get(name).country_columns
    full = dataset(name, url=url)
    got = dataset(name, countries=countries, url=url)
    assert got.height > 0
    assert got.equals(_among(full, columns, countries))
    assert _involving(full, columns, countries).height > got.height  # the wider reading would differ


@pytest.mark.parametrize("name", ["events", "statements", "dyad_month", "issue_salience"])
def test_one_country_keeps_every_record_it_is_part_of(synth, name: str) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    full = dataset(name, url=url)
    got = dataset(name, countries=["IRN"], url=url)
    assert got.height > 0
    assert got.equals(_involving(full, registry.get(name).country_columns, ["IRN"]))


def test_country_filter_on_meetings_keeps_meetings_with_a_party(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    full = dataset("meetings", url=url)
    got = dataset("meetings", countries="FRA", url=url)
    assert got.equals(full.filter(pl.col("countries").str.split(";").list.contains("FRA")))


def test_two_countries_keep_meetings_with_both_as_parties(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    full = dataset("meetings", url=url)
    got = dataset("meetings", countries=["FRA", "USA"], url=url)
    parties = pl.col("countries").str.split(";")
    assert got.height > 0
    assert got.equals(full.filter(parties.list.contains("FRA") & parties.list.contains("USA")))


def test_unknown_country_codes_are_refused_with_the_valid_ones(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with pytest.raises(QueryError, match=r"unknown country code XYZ; valid ISO3 codes: .*IRN, .*USA"):
        dataset("events", countries=["USA", "XYZ"], url=url)


@pytest.mark.parametrize("name", ["events", "statements", "meetings", "meeting_participants"])
def test_date_filter_selects_rows_of_the_full_dataset(synth, name: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    url, _ = synth
    start, end = dt.date(2019, 4, 1), dt.date(2019, 9, 30)
    full = dataset(name, url=url)
    got = dataset(name, start=start, end=end, url=url)
    assert got.height > 0
    assert got.equals(full.filter(pl.col("date").is_between(start, end)))


def test_panel_spans_the_requested_months(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    panel = dataset("dyad_month", start="2019-02-10", end="2019-06-03", url=url)
    months = sorted(set(panel["month_start"].to_list()))
    assert [(m.year, m.month) for m in months] == [(2019, m) for m in range(2, 7)]
    assert panel.height == panel.select("country_a", "country_b").n_unique() * 5


def test_issue_salience_shares_sum_to_one(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    sal = dataset("issue_salience", url=url)
    shares = (
        sal.filter(pl.col("dyad_mentions") > 0)
        .group_by("country_a", "country_b", "month_start")
        .agg(pl.col("share").sum())
    )
    assert ((shares["share"] - 1).abs() < 1e-9).all()
    dated = {d["id"] for d in rows["document"].to_pylist() if d["published"] is not None}
    igo_free = [
        r
        for r in rows["bilateral_issue"].to_pylist()
        if r["document_id"] in dated and "IGO" not in (r["country_a"], r["country_b"])
    ]
    assert sal["mentions"].sum() == len(igo_free)


def test_actor_network_counts_co_attendance(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    attended: dict[str, set[str]] = {}
    for r in rows["meeting_participant"].to_pylist():
        attended.setdefault(r["meeting_id"], set()).add(r["actor_id"])
    want = Counter(pair for people in attended.values() for pair in itertools.combinations(sorted(people), 2))
    net = dataset("actor_network", url=url)
    assert {(r["actor_a"], r["actor_b"]): r["meetings"] for r in net.iter_rows(named=True)} == dict(want)
    assert ((net["weight_jaccard"] > 0) & (net["weight_jaccard"] <= 1)).all()


def test_datasets_lists_every_dataset_with_row_counts(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    infos = datasets(url)
    assert [i.name for i in infos] == list(registry.ORDER)
    assert all(i.rows and i.rows > 0 and i.description for i in infos)
    assert {i.name: i.rows for i in infos}["meetings"] == dataset_arrow("meetings", url=url).num_rows


def test_unknown_dataset_is_a_one_line_error() -> None:
    with pytest.raises(UnknownDataset, match="no dataset 'evnts'"):
        dataset("evnts")


def test_a_dataset_reads_only_the_store_columns_its_plan_uses() -> None:
    events = columns_for(["events"])
    # the cue is read since events carry the statement's confidence (docs/validate.md); the quote never
    assert "quote" not in events["statement"] and "label" not in events["meeting"], "events needs no quotes"
    assert {"id", "document_id", "speaker_actor_id", "target_country", "tone", "sentence"} <= set(events["statement"])
    assert "quote" in columns_for(["statements"])["statement"]
    network = columns_for(["actor_network"])
    assert set(network) == {"actor", "meeting", "meeting_participant"}
    assert "venue" not in network["meeting"]


def test_datasets_from_pruned_reads_equal_datasets_from_whole_tables(synth, same_table) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with Session.open(url, all_tables=True) as whole:
        for name in registry.ORDER:
            with Session.open(url, [name]) as pruned:
                same_table(pruned.arrow(name), whole.arrow(name))


def test_a_session_serves_only_the_datasets_it_was_opened_for(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with Session.open(url, ["events"]) as session:
        assert session.datasets == ["events"]
        with pytest.raises(QueryError, match="not loaded"):
            session.arrow("statements")  # its view is there, over tables read without the quotes


def test_tables_asked_for_whole_come_with_every_column(synth) -> None:  # type: ignore[no-untyped-def]
    url, rows = synth
    with Session.open(url, ["actor_network"], whole=["document"]) as session:
        documents = session.tables["document"]
        assert "status" in documents.column_names and "title" in documents.column_names
        assert documents.num_rows == rows["document"].num_rows
        assert set(session.tables) == {"document"}


RECORD_LEVEL = ("events", "meetings", "meeting_participants", "statements", "bilateral_issues")
PROVENANCE = ("document_id", "url", "outlet", "source_origin", "source_external_id")


@pytest.mark.parametrize("name", RECORD_LEVEL)
def test_record_level_datasets_carry_the_articles_provenance(synth, name: str) -> None:  # type: ignore[no-untyped-def]
    # issue 13: a researcher joins every record back to the corpus by (origin, external id), URL and outlet
    url, rows = synth
    docs = rows["document"].to_pylist()
    outlet = {r["id"]: r["name"] for r in rows["source"].to_pylist()}
    # the synthetic store's first id of each article: story-i in feeds/(i % 3).jsonl (a mirror's id comes later)
    want = {
        d["id"]: (d["url"], outlet[d["source_id"]], f"feeds/{i % 3}.jsonl", f"story-{i}") for i, d in enumerate(docs)
    }
    df = dataset(name, url=url)
    assert set(PROVENANCE) <= set(df.columns)
    with_doc = df.filter(pl.col("document_id").is_not_null())
    assert with_doc.height > 0
    for r in with_doc.select(PROVENANCE).unique().iter_rows(named=True):
        assert (r["url"], r["outlet"], r["source_origin"], r["source_external_id"]) == want[r["document_id"]]


def test_panels_say_how_many_undated_records_they_leave_out(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # issue 13: the panels dropped undated records silently; `parley datasets` now says how many
    url, rows = synth
    meetings, statements = dataset("meetings", url=url), dataset("statements", url=url)
    undated_docs = set(rows["document"].filter(pc.is_null(rows["document"]["published"]))["id"].to_pylist())
    want = {
        "meetings": meetings.filter(pl.col("date").is_null() & (pl.col("n_countries") >= 2)).height,
        "statements": statements.filter(
            pl.col("date").is_null() & (pl.col("speaker_iso3") != pl.col("target_iso3"))
        ).height,
        "issues": sum(d in undated_docs for d in rows["bilateral_issue"]["document_id"].to_pylist()),
    }
    assert all(want.values()), "the synthetic store has some undated records of each kind"
    infos = {i.name: i for i in datasets(url)}
    assert infos["dyad_month"].left_out == want and infos["issue_salience"].left_out == want
    assert infos["events"].left_out is None
    # an export of a panel says it too: in its result, codebook.md and datapackage.json
    from queries.export import export

    result = export("dyad_month", "parquet", tmp_path / "out", url=url)
    assert result.left_out == want
    codebook = (tmp_path / "out" / "codebook.md").read_text(encoding="utf-8")
    line = next(x for x in codebook.splitlines() if x.startswith("- Left out for lack of a date"))
    assert f"{want['meetings']:,} meeting" in line and f"{want['issues']:,} issue" in line
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["parley"]["left_out_undated"] == want
    assert export("events", "parquet", tmp_path / "ev", url=url).left_out == {}  # no panel, nothing counted
    assert export("issue_salience", "csv", tmp_path / "is", url=url).left_out == want  # no meetings of its own
