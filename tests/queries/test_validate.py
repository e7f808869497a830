"""`parley validate` on synthetic stores of both backends: seeded and stratified sampling, the sheet
round trip (sample -> judged by this test -> import -> report), refusal of changed records, and the
precision stated by exports."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, insert, select, update

from queries import synthetic
from queries.export import export
from queries.validate import ValidateError, import_judgments, measured_precision, sample, validation_report
from queries.validate.records import FIELDS, records
from queries.validate.sample import allocate
from queries.validate.stats import wilson
from schema.models import AuditItem, BilateralIssue, EtlRun, Judgment, Meeting, Statement
from schema.store import get_engine, writing

SPEC = synthetic.Spec(seed=11, documents=80, actors=30, meetings=30, statements=120, issues=60, days=700)


def _run(engine: Engine, run_id: int, pipeline: str) -> None:
    now = dt.datetime(2026, 1, run_id, tzinfo=dt.UTC)
    with writing(engine) as conn:
        conn.execute(
            insert(EtlRun).values(
                id=run_id, started_at=now, finished_at=now, status="succeeded", pipeline_version=pipeline
            )
        )


@pytest.fixture
def store(store_url: str) -> str:
    engine = get_engine(store_url)
    synthetic.build(engine, SPEC)
    _run(engine, 1, "pipe-1")
    return store_url


def _items(url: str, audit_id: int) -> list[tuple[str, str]]:
    with get_engine(url).connect() as conn:
        rows = conn.execute(
            select(AuditItem.record_kind, AuditItem.record_id)
            .where(AuditItem.audit_id == audit_id)
            .order_by(AuditItem.position)
        )
        return [(r[0], r[1]) for r in rows]


def test_sampling_is_reproducible_with_a_seed(store: str, tmp_path: Path) -> None:
    first = sample(store, n=25, kind="all", seed=11, out=tmp_path / "a")
    again = sample(store, n=25, kind="all", seed=11, out=tmp_path / "b")
    other = sample(store, n=25, kind="all", seed=12, out=tmp_path / "c")
    assert (first.audit_id, again.audit_id, other.audit_id) == (1, 2, 3)
    assert first.drawn == 25 and first.population == len(records(store, get_engine(store), FIELDS))
    assert _items(store, 1) == _items(store, 2)
    assert _items(store, 1) != _items(store, 3)
    assert len(set(_items(store, 1))) == 25  # without replacement
    # the sheets of the same draw are the same apart from the audit number
    a = (tmp_path / "a" / "audit-1.csv").read_text().replace("\n1,", "\nN,")
    b = (tmp_path / "b" / "audit-2.csv").read_text().replace("\n2,", "\nN,")
    assert a == b


@pytest.mark.parametrize("stratum", ["source", "year", "kind"])
def test_stratified_sample_allocates_in_proportion(store: str, tmp_path: Path, stratum: str) -> None:
    population = Counter(r.strata[stratum] for r in records(store, get_engine(store), ["statement", "issue"]))
    assert len(population) >= 2
    res = sample(store, n=30, kind=["statements", "issues"], seed=3, stratify=stratum, out=tmp_path)
    want = allocate(dict(population), 30)  # largest remainder, checked by hand in test_validate_stats.py
    assert {h: got for h, (_, got) in res.strata.items()} == want
    assert {h: pop for h, (pop, _) in res.strata.items()} == dict(population)
    assert sum(want.values()) == 30
    for h, n in want.items():  # each stratum gets floor or ceiling of its proportional share
        share = 30 * population[h] / sum(population.values())
        assert int(share) <= n <= int(share) + 1
    with get_engine(store).connect() as conn:
        drawn = Counter(conn.execute(select(AuditItem.stratum).where(AuditItem.audit_id == res.audit_id)).scalars())
    assert dict(drawn) == {h: n for h, n in want.items() if n}


def _judge(sheet: Path, out: Path, coder: str, flip: int | None = None) -> dict[int, str]:
    """The test's coder: every field correct, except the first field of every 5th record (wrong) and
    every field of every 7th record (can't tell); `flip` makes every flip-th record's first field
    wrong too. Returns each record's expected outcome."""
    with sheet.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    firsts: set[int] = set()
    outcome: dict[int, str] = {}
    for r in rows:
        item = int(r["item"])
        first = item not in firsts
        firsts.add(item)
        if item % 7 == 0:
            r["verdict"] = "cant_tell"
        elif first and (item % 5 == 0 or (flip and item % flip == 0)):
            r["verdict"] = "wrong"
        else:
            r["verdict"] = "correct"
        outcome[item] = (
            "cant_tell" if r["verdict"] == "cant_tell" else "wrong" if outcome.get(item) == "wrong" else r["verdict"]
        )
        r["coder"] = coder
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return outcome


def test_sheet_round_trip(store: str, tmp_path: Path) -> None:
    res = sample(store, n=40, kind="all", seed=5, out=tmp_path)
    sheet = tmp_path / f"audit-{res.audit_id}.csv"
    expected = _judge(sheet, tmp_path / "ana.csv", "ana")
    done = import_judgments(tmp_path / "ana.csv", url=store)
    assert (done.audit_id, done.coder, done.records) == (res.audit_id, "ana", 40)
    rep = validation_report(store)
    counts = Counter(expected.values())
    # 40 records: items 7, 14, 21, 28, 35 can't tell; 5, 10, 15, 20, 25, 30, 40 wrong; 28 correct
    assert counts == {"correct": 28, "wrong": 7, "cant_tell": 5}
    assert (rep.overall.k, rep.overall.n) == (28, 35)
    assert rep.overall == wilson(28, 35)
    assert rep.cant_tell == 5 and rep.coders == ["ana"] and rep.pipeline_version == "pipe-1" and not rep.outdated
    assert sum(p.n for p in rep.kinds.values()) == 35
    assert rep.agreement == []
    assert sum(p.n for p in rep.bands.values()) == 35  # every sampled record has a confidence

    # a second coder judges the same sheet (as the JSON the page keeps) and differs on every 3rd record
    other = _judge(sheet, tmp_path / "bo.csv", "bo", flip=3)
    with (tmp_path / "bo.csv").open(encoding="utf-8") as fh:
        (tmp_path / "bo.json").write_text(json.dumps({"rows": list(csv.DictReader(fh))}), encoding="utf-8")
    import_judgments(tmp_path / "bo.json", coder="bo", url=store)
    rep = validation_report(store)
    assert rep.coders == ["ana", "bo"]
    assert (rep.overall.k, rep.overall.n) == (28, 35), "precision uses the first coder's judgments"
    (agree,) = rep.agreement
    # they differ on the first field of items 3, 6, 9, 12, 18, 24, 27, 33, 36, 39 (not 15, 21, 30: 5th
    # or 7th records they judge alike): 10 of the 40 records' fields judged
    fields = sum(len(FIELDS[k]) for k, _ in _items(store, res.audit_id))
    assert agree.coders == ("ana", "bo") and agree.n == fields
    assert agree.percent == pytest.approx((fields - 10) / fields)
    assert sum(v != expected[k] for k, v in other.items()) == 10
    # kappa from the two coders' label counts, computed here without the library
    a_labels, b_labels = _labels(store, res.audit_id, "ana"), _labels(store, res.audit_id, "bo")
    pe = sum(a_labels[c] * b_labels[c] for c in ("correct", "wrong", "cant_tell")) / fields**2
    assert agree.kappa == pytest.approx((agree.percent - pe) / (1 - pe))

    # importing again replaces the coder's judgments instead of adding to them
    again = import_judgments(tmp_path / "ana.csv", url=store)
    assert again.replaced == again.judgments
    with get_engine(store).connect() as conn:
        assert conn.execute(select(func.count()).select_from(Judgment)).scalar_one() == 2 * fields


def _labels(url: str, audit_id: int, coder: str) -> Counter[str]:
    with get_engine(url).connect() as conn:
        return Counter(
            conn.execute(
                select(Judgment.verdict)
                .join(AuditItem, AuditItem.id == Judgment.item_id)
                .where(AuditItem.audit_id == audit_id, Judgment.coder == coder)
            ).scalars()
        )


def test_changed_records_are_refused_by_name(store: str, tmp_path: Path) -> None:
    # Also the regression test of the stale read on SQLite: sampled (ADBC read), changed (SQLAlchemy
    # write) and imported (ADBC read) in one process, the change went unseen until records() closed
    # the pooled connections first.
    res = sample(store, n=30, kind=["meetings", "statements"], seed=9, out=tmp_path)
    items = _items(store, res.audit_id)
    statement = next(rid for kind, rid in items if kind == "statement")
    meeting = next(rid for kind, rid in items if kind == "meeting")
    _judge(tmp_path / f"audit-{res.audit_id}.csv", tmp_path / "j.csv", "ana")
    engine = get_engine(store)
    with writing(engine) as conn:
        old = conn.execute(select(Statement.target_country).where(Statement.id == statement)).scalar()
        new = "USA" if old != "USA" else "CAN"
        conn.execute(update(Statement).where(Statement.id == statement).values(target_country=new))
        conn.execute(delete(Meeting).where(Meeting.id == meeting))
    with pytest.raises(ValidateError) as err:
        import_judgments(tmp_path / "j.csv", url=store)
    message = str(err.value)
    assert "refused: 2 of 30 judged records changed since audit" in message
    assert f"statement {statement} (target {old!r} -> {new!r})" in message
    assert f"meeting {meeting} is no longer in the store" in message
    assert "\n" not in message
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Judgment)).scalar_one() == 0


def test_exports_state_the_latest_precision(store: str, tmp_path: Path) -> None:
    engine = get_engine(store)
    assert measured_precision(engine) is None
    out = export("meetings", "csv", tmp_path / "before", store)
    assert "Not measured on this store yet" in (out.out / "codebook.md").read_text()
    res = sample(store, n=20, kind="all", seed=2, out=tmp_path / "audit")
    _judge(tmp_path / "audit" / f"audit-{res.audit_id}.csv", tmp_path / "j.csv", "ana")
    import_judgments(tmp_path / "j.csv", url=store)
    out = export("meetings", "csv", tmp_path / "after", store)
    package = json.loads((out.out / "datapackage.json").read_text())
    stated = package["parley"]["precision"]
    rep = validation_report(store)
    assert stated["audit"] == res.audit_id and stated["pipeline_version"] == "pipe-1" and not stated["outdated"]
    assert stated["records"] == rep.overall.to_json()
    assert stated["measured_at"].endswith("Z")
    codebook = (out.out / "codebook.md").read_text()
    assert "## Measured precision" in codebook
    assert f"| all | {rep.overall.k / rep.overall.n:.2f} ({rep.overall.k}/{rep.overall.n}) |" in codebook
    assert "on pipeline pipe-1." in codebook and "older pipeline" not in codebook
    # a refresh with a new pipeline: the audit is labelled as measured on an older version
    _run(engine, 2, "pipe-2")
    out = export("meetings", "csv", tmp_path / "later", store)
    assert json.loads((out.out / "datapackage.json").read_text())["parley"]["precision"]["outdated"] is True
    assert (
        "**Measured on an older pipeline version** than the latest refresh (pipe-2)"
        in (out.out / "codebook.md").read_text()
    )


def test_bad_sheets_and_options_are_one_line_errors(store: str, tmp_path: Path) -> None:
    res = sample(store, n=5, kind="issues", seed=1, out=tmp_path)
    sheet = tmp_path / f"audit-{res.audit_id}.csv"
    with sheet.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))

    def write(name: str, rows: list[dict[str, str]]) -> Path:
        path = tmp_path / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return path

    cases = {
        "maybe": ([{**rows[0], "verdict": "maybe"}], "verdict 'maybe' is not correct, wrong or cant_tell"),
        "nocoder": ([{**rows[0], "verdict": "correct"}], "give --coder NAME"),
        "empty": (rows, "holds no judgments"),
        "audit": ([{**rows[0], "verdict": "c", "coder": "x", "audit": "99"}], "no audit 99 in this store"),
        "item": ([{**rows[0], "verdict": "c", "coder": "x", "item": "77"}], "has no item 77"),
        "field": ([{**rows[0], "verdict": "c", "coder": "x", "field": "tone"}], "which has no field 'tone'"),
        "record": ([{**rows[0], "verdict": "c", "coder": "x", "record_id": "abc"}], "is this the right sheet?"),
    }
    for name, (content, message) in cases.items():
        with pytest.raises(ValidateError, match=message.replace("?", r"\?")):
            import_judgments(write(f"{name}.csv", content), url=store)
    with pytest.raises(ValidateError, match="not a judgments sheet: no column verdict"):
        import_judgments(write("cols.csv", [{"audit": "1", "item": "1", "field": "dyad"}]), url=store)
    with pytest.raises(ValidateError, match="must be at least 1"):
        sample(store, n=0, out=tmp_path)
    with pytest.raises(ValidateError, match="cannot stratify by 'month'"):
        sample(store, n=3, stratify="month", out=tmp_path)
    with pytest.raises(ValidateError, match="unknown record kind 'events'"):
        sample(store, n=3, kind="events", out=tmp_path)
    with pytest.raises(ValidateError, match="no judged audit"):
        validation_report(store)


def test_the_sheet_shows_the_evidence_and_a_radio_per_verdict(store: str, tmp_path: Path) -> None:
    res = sample(store, n=6, kind="statements", seed=4, out=tmp_path)
    html = (tmp_path / f"audit-{res.audit_id}.html").read_text(encoding="utf-8")
    with get_engine(store).connect() as conn:
        sentences = [
            conn.execute(select(Statement.sentence).where(Statement.id == rid)).scalar_one()
            for _, rid in _items(store, res.audit_id)
        ]
    for s in sentences:
        assert f'<span class="sentence">{s}</span>' in html
    assert html.count('type="radio"') == 6 * 3 * 3  # records x fields x verdicts
    assert "confidence" not in html.lower(), "coders judge blind to the record's confidence"
    assert "http://" not in html and "https://" not in html and "src=" not in html


# The confidence formulas of docs/validate.md, written out again here to check the datasets' SQL.
INTERPRETIVE = {"accuse", "blame", "criticise", "criticize", "condemn", "denounce", "attack", "reject", "dismiss"}
INTERPRETIVE |= {"rebuke", "slam", "praise", "hail", "welcome", "commend", "thank", "applaud", "describe", "term"}
INTERPRETIVE |= {"label", "dub", "call", "urge", "ask", "warn"}


def _statement_confidence(r: dict[str, object]) -> float:
    resolved = r["speaker_actor_id"] is not None
    path = {"name": 1.0, "title": 0.7, "pronoun": 0.6, "nearby": 0.4}.get(str(r["speaker_via"]), 0.6)
    country = (1.0 if r["speaker_iso3"] else 0.0) if resolved else 0.5
    cue = r["cue"]
    cue_score = (
        1.0
        if cue in ("say", "tell", "add", "according to")
        else 0.3
        if cue is None
        else 0.5
        if cue in INTERPRETIVE
        else 0.7
    )
    form = 1.0 if r["direct"] and not r["partial"] else 0.7 if r["direct"] else 0.5
    return _round(0.35, path if resolved else 0.6, 0.25, country, 0.25, cue_score, 0.15, form)


def _round(*weights_and_scores: float) -> float:
    """Sum of weight x score pairs rounded to 2 decimals half away from zero, in exact decimal
    arithmetic as DuckDB does (binary floats would round 0.735 down)."""
    d = [Decimal(str(x)) for x in weights_and_scores]
    total = sum((d[i] * d[i + 1] for i in range(0, len(d), 2)), Decimal(0))
    return float(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def test_confidence_follows_the_documented_formulas(store: str) -> None:
    from queries.datasets import dataset

    engine = get_engine(store)
    with writing(engine) as conn:  # every speaker path and cue group represented
        ids = conn.execute(select(Statement.id).order_by(Statement.id).limit(12)).scalars().all()
        for i, sid in enumerate(ids):
            conn.execute(
                update(Statement)
                .where(Statement.id == sid)
                .values(
                    speaker_via=("name", "title", "pronoun", "nearby")[i % 4],
                    cue=("say", "accuse", None, "insist")[i // 4 % 4],
                    partial=i % 3 == 0,
                )
            )
    rows = dataset("statements", url=store).to_dicts()
    assert {r["speaker_via"] for r in rows} >= {"name", "title", "pronoun", "nearby", None}
    for r in rows:
        assert r["confidence"] == pytest.approx(_statement_confidence(r)), r
    # a named speaker with a country, "say", a full quotation: 0.35 + 0.25 + 0.25 + 0.15 = 1.0
    assert max(r["confidence"] for r in rows) <= 1.0
    for m in dataset("meetings", url=store).to_dicts():
        reports = 0.25 if m["n_reports"] >= 3 else 0.15 if m["n_reports"] == 2 else 0.0
        dated = {"explicit": 0.2, "relative": 0.15, "publication": 0.05}.get(m["date_basis"], 0.0)
        people = 0.2 if m["n_participants"] >= 2 else 0.1 if m["n_participants"] == 1 else 0.0
        assert m["confidence"] == pytest.approx(_round(1, 0.35, 1, reports, 1, dated, 1, people)), m
    issues = dataset("bilateral_issues", url=store)
    with engine.connect() as conn:
        assert issues.height == conn.execute(select(func.count()).select_from(BilateralIssue)).scalar_one() > 0
    for b in issues.to_dicts():
        articles = 0.3 if b["n_articles_month"] >= 3 else 0.2 if b["n_articles_month"] == 2 else 0.0
        tie = 0.2 if b["meeting_id"] or b["statement_id"] else 0.0
        phrase = 0.1 if b["phrase"] and " " in b["phrase"] else 0.0
        assert b["confidence"] == pytest.approx(_round(1, 0.4, 1, articles, 1, tie, 1, phrase)), b
    # n_articles_month counts the articles raising the same issue between the same pair that month
    monthly = Counter(
        (b["country_a"], b["country_b"], b["issue"], b["date"].replace(day=1))
        for b in issues.unique(["document_id", "country_a", "country_b", "issue"]).to_dicts()
        if b["date"] is not None
    )
    for b in issues.to_dicts():
        if b["date"] is not None:
            assert (
                b["n_articles_month"] == monthly[(b["country_a"], b["country_b"], b["issue"], b["date"].replace(day=1))]
            )


def test_sheet_cells_a_spreadsheet_would_run_are_neutralised(store: str, tmp_path: Path) -> None:
    engine = get_engine(store)
    with writing(engine) as conn:
        conn.execute(update(Statement).values(sentence='=HYPERLINK("http://x.example","click")'))
    res = sample(store, n=3, kind="statements", seed=1, out=tmp_path)
    with (tmp_path / f"audit-{res.audit_id}.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["evidence"] for r in rows} == {'\'=HYPERLINK("http://x.example","click")'}
    # the judged sheet still imports: its values are not read back, the fingerprints are the store's
    for r in rows:
        r["verdict"] = "correct"
    with (tmp_path / "j.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert import_judgments(tmp_path / "j.csv", coder="ana", url=store).records == 3


def test_store_connections_work_after_sampling_regression_disk_io_error(store: str, tmp_path: Path) -> None:
    """Regression: on SQLite, the ADBC driver's last handle was released after sample() had written
    with a new pooled connection; the next connection then failed with "disk I/O error"."""
    sample(store, n=6, kind="statements", seed=4, out=tmp_path)
    engine = get_engine(store)
    with engine.connect() as first, engine.connect() as second:
        assert first.execute(select(func.count()).select_from(AuditItem)).scalar_one() == 6
        assert second.execute(select(func.count()).select_from(AuditItem)).scalar_one() == 6
