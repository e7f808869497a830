"""`etl.refresh.refresh` on both backends with the rule extractor: idempotence, pipeline changes,
quarantine of bad input, dry runs, limits, and the run log."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from etl_helpers import digests, extractor, integrity_problems, table_rows, write_corpus
from sqlalchemy import func, select, text

from etl.refresh import refresh, summary
from schema.models import Document, DocumentRef, EtlRun
from schema.store import get_engine

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus", n=30)
    return tmp_path / "corpus"


def test_second_refresh_extracts_nothing_and_changes_nothing(store_url: str, corpus: Path) -> None:
    first = refresh([corpus], url=store_url, extractor=extractor())
    assert first.exit_code == 0 and first.n_extracted == 30 + 6  # 30 stories and 6 second reports
    assert first.n_seen == 37  # and one reprint of an existing text under another id
    engine = get_engine(store_url)
    before = digests(engine)
    second = refresh([corpus], url=store_url, extractor=extractor())
    assert (second.n_extracted, second.n_unchanged, second.exit_code) == (0, 36, 0)
    assert digests(engine) == before
    assert not integrity_problems(engine)
    with engine.connect() as conn:
        runs = conn.execute(select(EtlRun.status, EtlRun.n_extracted).order_by(EtlRun.id)).all()
        assert [tuple(r) for r in runs] == [("succeeded", 36), ("succeeded", 0)]
        assert conn.execute(select(func.count()).select_from(DocumentRef)).scalar_one() == 37


def test_full_refresh_rebuilds_the_same_tables(store_url: str, corpus: Path) -> None:
    refresh([corpus], url=store_url, extractor=extractor())
    before = table_rows(get_engine(store_url))
    again = refresh([corpus], url=store_url, extractor=extractor(), full=True)
    assert again.n_extracted == 36
    assert table_rows(get_engine(store_url)) == before


def test_pipeline_change_re_extracts_everything(store_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refresh([corpus], url=store_url, extractor=extractor())
    monkeypatch.setenv("RULES_EXTRACTOR_VERSION", "rules-2")
    r = refresh([corpus], url=store_url, extractor=extractor())
    assert r.n_extracted == 36
    with get_engine(store_url).connect() as conn:
        assert {v for (v,) in conn.execute(select(Document.pipeline_version))} == {"rules-2"}


def test_dry_run_writes_nothing(store_url: str, corpus: Path) -> None:
    r = refresh([corpus], url=store_url, extractor=extractor(), dry_run=True)
    assert (r.dry_run, r.n_extracted, r.run_id) == (True, 36, None)
    with get_engine(store_url).connect() as conn:
        assert conn.execute(select(func.count()).select_from(EtlRun)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(Document)).scalar_one() == 0


def test_limit_reads_only_the_first_inputs(store_url: str, corpus: Path) -> None:
    r = refresh([corpus], url=store_url, extractor=extractor(), limit=5)
    assert (r.n_seen, r.n_extracted) == (5, 5)


def test_bad_input_is_quarantined_and_good_input_loads(store_url: str, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(EXAMPLES, inputs)
    bad = sorted(p for p in BAD.iterdir() if p.name not in ("expected.tsv", "make_bad.py"))
    expected = dict(
        line.split("\t")
        for line in (BAD / "expected.tsv").read_text().splitlines()
        if line and not line.startswith("#")
    )
    r = refresh([inputs, *bad], url=store_url, extractor=extractor())
    assert r.exit_code == 1 and r.status == "partial"
    engine = get_engine(store_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT d.status, d.error, r.origin, r.external_id FROM document d "
                "JOIN document_ref r ON r.document_id = d.id"
            )
        ).all()
    loaded = {(Path(o).name, e) for s, _, o, e in rows if s == "loaded"}
    quarantined = {Path(o).name: err for s, err, o, _ in rows if s == "quarantined"}
    assert len({o for o, _ in loaded if o in {p.name for p in EXAMPLES.iterdir()}}) == 7  # every example file
    for name, reason in expected.items():
        assert name in quarantined, f"{name} not quarantined"
        assert reason in quarantined[name]
    # the good records inside partly bad files loaded too
    assert ("truncated-lines.jsonl.gz", "g0") in loaded
    assert r.n_quarantined == len([x for x in rows if x[0] == "quarantined"])
    assert not integrity_problems(engine)
    # quarantined inputs are not re-read as new: a second run changes nothing and reports them again
    before = digests(engine)
    again = refresh([inputs, *bad], url=store_url, extractor=extractor())
    assert again.exit_code == 1 and again.n_extracted == 0 and again.n_quarantined == r.n_quarantined
    assert digests(engine) == before


def test_extraction_failure_quarantines_that_document_only(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_corpus(folder, n=10)
    with (folder / "boom.jsonl").open("w") as fh:
        fh.write(json.dumps({"id": "boom", "text": "EXTRACTOR-BOOM Ministers met.", "published": "2026-03-01"}) + "\n")
    r = refresh([folder], url=store_url, extractor=extractor())
    assert r.exit_code == 1 and r.n_extracted == 12 and r.n_quarantined == 1
    assert "extraction failed" in r.quarantined[0]
    again = refresh([folder], url=store_url, extractor=extractor())
    assert again.n_extracted == 0 and again.exit_code == 1


def test_a_changed_article_replaces_its_old_version(store_url: str, tmp_path: Path) -> None:
    f = tmp_path / "one.jsonl"
    rec = {
        "id": "s1",
        "published": "2026-03-02",
        "text": "Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz in Tokyo.",
    }
    f.write_text(json.dumps(rec) + "\n")
    refresh([f], url=store_url, extractor=extractor())
    f.write_text(json.dumps({**rec, "text": rec["text"].replace("Tokyo", "Geneva")}) + "\n")
    r = refresh([f], url=store_url, extractor=extractor())
    assert r.n_extracted == 1
    s = summary(get_engine(store_url))
    assert s.documents == 1 and [m.location for m in s.meetings] == ["Geneva"]
    assert not integrity_problems(get_engine(store_url))


def test_summary_of_examples(store_url: str) -> None:
    refresh([EXAMPLES], url=store_url, extractor=extractor())
    s = summary(get_engine(store_url))
    assert s.documents == 10 and s.quarantined == 0
    merged = [m for m in s.meetings if m.countries == ["KEN", "NOR"]]
    assert merged and merged[0].reports == 2  # two articles, one meeting
    assert "CHN-IND" in s.issues_by_dyad
    assert json.dumps(s.to_json())


def test_one_id_with_two_texts_in_one_input_quarantines_the_second(store_url: str, tmp_path: Path) -> None:
    f = tmp_path / "dup.jsonl"
    rec = {
        "id": "same",
        "published": "2026-03-02",
        "text": "Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz in Tokyo.",
    }
    f.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "text": rec["text"] + " Again."}) + "\n")
    r = refresh([f], url=store_url, extractor=extractor())
    assert (r.n_extracted, r.n_quarantined, r.exit_code) == (1, 1, 1)
    assert "duplicate id 'same'" in r.quarantined[0]
    assert summary(get_engine(store_url)).documents == 1
