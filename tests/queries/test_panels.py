"""The peace-science panels (issue 16): dyad_year and dyad_month keyed by COW or G&W state numbers at the
date, directed or not, over the interacting dyads or all pairs of system members; membership from the
published lists (migration 0005), exports that keep the keys integers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pyreadstat
import pytest
from sqlalchemy import Engine, insert

from queries.datasets import dataset
from queries.errors import QueryError
from queries.export import export
from schema.base import metadata
from schema.store import get_engine

KEYS = {"cow": ("ccode1", "ccode2"), "gw": ("gwcode1", "gwcode2")}

# COW members in 1987 by the published list (states2016.csv): the 195 members of 2016, less the 39
# that entered after 1987 (NAM, LIE, GMY's second spell, YEM, the 14 Soviet successors other than
# Russia, MSI, FSM, SNM, CRO, SLV, BOS, CZR, SLO, MAC, ERI, MNC, AND, PAL, KIR, TON, NAU, TUV, ETM,
# MNG, KOS, SSD), plus the 5 that left after 1987 (GFR, GDR, YAR, YPR, CZE): 161, counted by hand.
COW_1987 = {
    *(2, 20, 31, 40, 41, 42, 51, 52, 53, 54, 55, 56, 57, 58, 60, 70, 80, 90, 91, 92, 93, 94, 95),
    *(100, 101, 110, 115, 130, 135, 140, 145, 150, 155, 160, 165),
    *(200, 205, 210, 211, 212, 220, 225, 230, 235, 260, 265, 290, 305, 310, 315, 325, 338, 339, 345),
    *(350, 352, 355, 360, 365, 375, 380, 385, 390, 395),
    *(402, 403, 404, 411, 420, 432, 433, 434, 435, 436, 437, 438, 439, 450, 451, 452, 461, 471, 475),
    *(481, 482, 483, 484, 490, 500, 501, 510, 516, 517, 520, 522, 530, 540, 541, 551, 552, 553, 560),
    *(570, 571, 572, 580, 581, 590, 591),
    *(600, 615, 616, 620, 625, 630, 640, 645, 651, 652, 660, 663, 666, 670, 678, 680, 690, 692, 694, 696, 698),
    *(700, 710, 712, 713, 731, 732, 740, 750, 760, 770, 771, 775, 780, 781, 790),
    *(800, 811, 812, 816, 820, 830, 835, 840, 850, 900, 910, 920, 935, 940, 950, 990),
}


def _meeting(
    engine: Engine, rows: dict, mid: str, day: dt.date, parties: list[str], host: tuple[str, str] | None = None
) -> None:  # type: ignore[type-arg]
    """A meeting of `parties` on `day`, hosted by `host` (actor id, its country) if given."""
    with engine.begin() as conn:
        conn.execute(
            insert(metadata.tables["meeting"]),
            [{"id": mid, "date": day, "date_basis": "explicit", "kind": "talks", "host_actor_id": host and host[0]}],
        )
        conn.execute(insert(metadata.tables["meeting_country"]), [{"meeting_id": mid, "country": c} for c in parties])
        if host:
            conn.execute(
                insert(metadata.tables["meeting_participant"]),
                [{"meeting_id": mid, "actor_id": host[0], "role": "host", "country": host[1]}],
            )


@pytest.fixture
def historic(synth) -> tuple[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    """The synthetic store (2019-2020) with meetings of Germany and Yemen around unification and one of
    West Germany before it was a COW member."""
    url, rows = synth
    engine = get_engine(url)
    host = next((a["id"], a["country"]) for a in rows["actor"].to_pylist() if a["country"] == "DEU")
    _meeting(engine, rows, "m-1950", dt.date(1950, 6, 1), ["DEU", "FRA"])  # GFR: G&W member, not yet COW (1955)
    _meeting(engine, rows, "m-1989", dt.date(1989, 6, 1), ["DEU", "FRA"], host)  # COW 260, hosted by Germany
    _meeting(engine, rows, "m-1991", dt.date(1991, 6, 1), ["DEU", "FRA"])  # COW 255
    _meeting(engine, rows, "m-yem-1989", dt.date(1989, 3, 1), ["YEM", "SAU"])  # COW 678, G&W 678
    _meeting(engine, rows, "m-yem-1995", dt.date(1995, 3, 1), ["YEM", "SAU"])  # COW 679, G&W 678
    engine.dispose()
    return url, rows


@pytest.mark.parametrize("system", ["cow", "gw"])
def test_a_directed_panel_has_both_directions_of_every_interacting_pair(synth, system: str) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    a, b = KEYS[system]
    panel = dataset("dyad_year", url=url, system=system, directed=True)
    assert panel.columns[:3] == [a, b, "year"]
    pairs = set(zip(panel[a], panel[b], strict=True))
    assert pairs and all((y, x) in pairs for x, y in pairs)
    assert panel.select(a, b, "year").is_duplicated().sum() == 0


@pytest.mark.parametrize("name", ["dyad_year", "dyad_month"])
@pytest.mark.parametrize("system", ["cow", "gw"])
def test_an_undirected_panel_has_the_lower_number_first(synth, name: str, system: str) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    a, b = KEYS[system]
    panel = dataset(name, url=url, system=system)
    assert panel.height > 0 and (panel[a] < panel[b]).all()


def test_undirected_sums_the_directed_counts_and_counts_meetings_once(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    directed = dataset("dyad_month", url=url, system="cow", directed=True)
    undirected = dataset("dyad_month", url=url, system="cow")
    flipped = directed.rename({"ccode1": "ccode2", "ccode2": "ccode1"})
    both = (
        directed.filter(pl.col("ccode1") < pl.col("ccode2"))
        .join(flipped, on=["ccode1", "ccode2", "month_start"], suffix="_back")
        .join(undirected, on=["ccode1", "ccode2", "month_start"], suffix="_u")
    )
    assert both.height == undirected.height
    for c in ("meetings_hosted", "statements", "statements_critical"):
        assert (both[f"{c}_u"] == both[c] + both[f"{c}_back"]).all(), c
    for c in ("meetings", "issues"):  # the same in both directions, once when undirected
        assert (both[c] == both[f"{c}_back"]).all() and (both[f"{c}_u"] == both[c]).all(), c
    assert directed["statements"].sum() == undirected["statements"].sum() > 0


def test_statements_count_from_the_speakers_country_to_the_target(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    events = dataset("events", url=url).filter(
        (pl.col("record_type") == "statement") & pl.col("in_cow_system") & pl.col("date").is_not_null()
    )
    want = events.group_by("source_cow", "target_cow").len()
    panel = dataset("dyad_year", url=url, system="cow", directed=True)
    got = panel.group_by("ccode1", "ccode2").agg(pl.col("statements").sum()).filter(pl.col("statements") > 0)
    assert dict(zip(zip(want["source_cow"], want["target_cow"], strict=True), want["len"], strict=True)) == dict(
        zip(zip(got["ccode1"], got["ccode2"], strict=True), got["statements"], strict=True)
    )


def test_hosted_meetings_count_in_the_hosts_direction(historic) -> None:  # type: ignore[no-untyped-def]
    url, _ = historic
    panel = dataset("dyad_year", url=url, system="cow", directed=True, start="1989-01-01", end="1989-12-31")
    row = {(r["ccode1"], r["ccode2"]): r for r in panel.iter_rows(named=True)}
    assert row[(260, 220)]["meetings_hosted"] == 1 and row[(220, 260)]["meetings_hosted"] == 0
    assert row[(260, 220)]["meetings"] == row[(220, 260)]["meetings"] == 1
    undirected = dataset("dyad_year", url=url, system="cow", start="1989-01-01", end="1989-12-31")
    assert undirected.filter((pl.col("ccode1") == 220) & (pl.col("ccode2") == 260))["meetings_hosted"].to_list() == [1]


def test_germany_and_yemen_take_their_numbers_at_the_date(historic) -> None:  # type: ignore[no-untyped-def]
    url, _ = historic
    cow = dataset("dyad_year", url=url, system="cow", start="1989-01-01", end="1995-12-31")
    active = {(r["ccode1"], r["ccode2"], r["year"]) for r in cow.filter(pl.col("meetings") > 0).iter_rows(named=True)}
    assert {(220, 260, 1989), (220, 255, 1991), (670, 678, 1989), (670, 679, 1995)} <= active
    gw = dataset("dyad_year", url=url, system="gw", start="1989-01-01", end="1995-12-31")
    active = {(r["gwcode1"], r["gwcode2"], r["year"]) for r in gw.filter(pl.col("meetings") > 0).iter_rows(named=True)}
    assert {(220, 260, 1989), (220, 260, 1991), (670, 678, 1989), (670, 678, 1995)} <= active


def test_a_state_outside_the_system_never_appears_in_that_period(historic) -> None:  # type: ignore[no-untyped-def]
    url, _ = historic
    # West Germany joined COW on 1955-05-05: its 1950 meeting stays in events, flagged, and out of the panel
    events = dataset("events", url=url, start="1950-01-01", end="1950-12-31")
    assert events.height == 1 and events["in_cow_system"].to_list() == [False]
    assert events["in_gw_system"].to_list() == [True]
    assert events.select("source_iso3", "source_cow", "source_gw").rows() == [("DEU", 260, 260)]
    cow = dataset("dyad_year", url=url, system="cow", start="1950-01-01", end="1950-12-31")
    assert cow.height == 0
    everyone = dataset("dyad_year", url=url, system="cow", universe="all", start="1950-01-01", end="1950-12-31")
    assert 260 not in set(everyone["ccode1"]) | set(everyone["ccode2"])
    gw = dataset("dyad_year", url=url, system="gw", start="1950-01-01", end="1950-12-31")
    assert gw.select("gwcode1", "gwcode2", "meetings").rows() == [(220, 260, 1)]
    # 1990: GFR (to 1990-10-02) and Germany (from 1990-10-03) are both members, never on a same day
    y1990 = dataset("dyad_year", url=url, system="cow", universe="all", start="1990-01-01", end="1990-12-31")
    pairs = set(zip(y1990["ccode1"], y1990["ccode2"], strict=True))
    assert (255, 260) not in pairs and (678, 679) not in pairs and (679, 680) not in pairs
    assert {(220, 255), (220, 260), (220, 265), (2, 678), (2, 679)} <= pairs
    # G&W microstates are not members (as in peacesciencer's gw_states): Monaco (221) never appears
    gw_all = dataset("dyad_year", url=url, system="gw", universe="all", start="2019-01-01", end="2019-12-31")
    assert 221 not in set(gw_all["gwcode1"])


def test_all_members_make_n_times_n_minus_one_directed_dyads(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    panel = dataset(
        "dyad_year", url=url, system="cow", directed=True, universe="all", start="1987-01-01", end="1987-12-31"
    )
    assert set(panel["ccode1"]) == COW_1987 and len(COW_1987) == 161
    assert panel.height == 161 * 160
    assert panel.select("ccode1", "ccode2").is_duplicated().sum() == 0
    undirected = dataset("dyad_year", url=url, system="cow", universe="all", start="1987-01-01", end="1987-12-31")
    assert undirected.height == 161 * 160 // 2
    # a balanced panel: each year the pairs of that year's members
    years = dataset(
        "dyad_year", url=url, system="cow", directed=True, universe="all", start="1990-01-01", end="1992-12-31"
    )
    # 1990: members who were never members on a same day make no dyad. Germany (255, from 10-03) met
    # neither GFR nor GDR (to 10-02), nor North or South Yemen (to 05-21); Yemen (679, from 05-22) met
    # neither of those two; Liechtenstein (223, from 09-18) met neither either.
    never_met = {(255, 260), (255, 265), (255, 678), (255, 680), (678, 679), (679, 680), (223, 678), (223, 680)}
    for (year,), group in years.group_by(["year"]):
        members = set(group["ccode1"])
        pairs = set(zip(group["ccode1"], group["ccode2"], strict=True))
        every = {(a, b) for a in members for b in members if a != b}
        missing = {(min(a, b), max(a, b)) for a, b in every - pairs}
        assert missing == (never_met if year == 1990 else set()), year
        assert group.height == len(members) * (len(members) - 1) - 2 * len(missing), year


def test_interacting_cow_panel_is_balanced_over_the_years_both_are_members(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    panel = dataset("dyad_year", url=url, system="cow", start="2015-01-01", end="2020-12-31")
    for _, group in panel.group_by(["ccode1", "ccode2"]):
        assert sorted(group["year"]) == list(range(2015, 2021))  # synthetic states are all members since 2015
    assert panel.filter(pl.col("year") < 2019)[["meetings", "statements", "issues"]].sum().row(0) == (0, 0, 0)


def test_bad_panel_options_are_clear_errors(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    with pytest.raises(QueryError, match="universe all needs a state system"):
        dataset("dyad_year", url=url, universe="all")
    with pytest.raises(QueryError, match="unknown system 'ucdp'"):
        dataset("dyad_year", url=url, system="ucdp")
    with pytest.raises(QueryError, match="events is not a panel"):
        dataset("events", url=url, system="cow")


def test_country_filter_keeps_the_numbers_of_the_countries(synth) -> None:  # type: ignore[no-untyped-def]
    url, _ = synth
    full = dataset("dyad_year", url=url, system="cow", directed=True)
    got = dataset("dyad_year", url=url, system="cow", directed=True, countries=["USA", "IRN"])
    assert got.height > 0
    assert got.equals(full.filter(pl.col("ccode1").is_in([2, 630]) | pl.col("ccode2").is_in([2, 630])))


def test_parquet_and_stata_keep_the_keys_and_year_integers(synth, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from queries.panels import PanelOptions

    url, _ = synth
    panel = PanelOptions.make("cow", True, "all")
    want = dataset(
        "dyad_year", url=url, system="cow", directed=True, universe="all", start="2019-01-01", end="2020-12-31"
    )
    filters = __import__("queries.read", fromlist=["Filters"]).Filters.make("2019-01-01", "2020-12-31")
    export("dyad_year", "parquet", tmp_path / "pq", url, filters, panel=panel)
    table = pq.read_table(tmp_path / "pq" / "dyad_year.parquet")
    assert [str(table.schema.field(c).type) for c in ("ccode1", "ccode2", "year", "meetings")] == [
        "int32",
        "int32",
        "int32",
        "int64",
    ]
    assert pl.from_arrow(table).equals(want)
    meta = json.loads(table.schema.metadata[b"parley.panels"])
    assert meta == {"system": "cow", "directed": True, "universe": "all"}

    export("dyad_year", "dta", tmp_path / "dta", url, filters, panel=panel)
    frame, info = pyreadstat.read_dta(str(tmp_path / "dta" / "dyad_year.dta"))
    assert {c: info.readstat_variable_types[c] for c in ("ccode1", "ccode2", "year")} == {
        "ccode1": "int32",
        "ccode2": "int32",
        "year": "int32",
    }
    assert info.column_names_to_labels["ccode1"].startswith("COW state number of the first state")
    assert len(frame) == want.height
    keys = [tuple(r) for r in frame[["ccode1", "ccode2", "year"]].astype("int64").values.tolist()]
    assert keys == want.select("ccode1", "ccode2", "year").rows()
    book = (tmp_path / "dta" / "codebook.md").read_text(encoding="utf-8")
    assert "| `ccode1` | integer | COW state number" in book and "Correlates of War Project. 2017" in book
