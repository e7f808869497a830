"""Issue 14, item 1: the same text under two ids keeps the best metadata of all its copies (the
earliest date, the non-empty title, URL and source), whatever the order they are read in, and
`document.metadata_note` records the choice.

Regression: the first copy read decided title, date and URL, so a copy without metadata could erase
a dated wire story's date, and with it the dates of its meetings."""

from __future__ import annotations

import json
from pathlib import Path

from etl_helpers import extractor
from sqlalchemy import text

from etl.load import Metadata, merge_metadata
from etl.refresh import refresh
from schema.store import get_engine

TEXT = "Iranian Foreign Minister Ali Rezaei met American Secretary John Park in Geneva yesterday."
WIRE = {"id": "w1", "published": "2007-08-07", "title": "Rezaei meets Park", "url": "http://wire/1", "text": TEXT}
COPY = {"id": "c1", "text": TEXT}


def _write(folder: Path, name: str, rec: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(rec) + "\n")
    return path


def _state(url: str) -> tuple[object, ...]:
    with get_engine(url).connect() as conn:
        doc = conn.execute(text("SELECT title, published, url, metadata_note FROM document")).one()
        refs = conn.execute(text("SELECT external_id FROM document_ref ORDER BY external_id")).scalars().all()
        meetings = conn.execute(text("SELECT date, date_basis FROM meeting")).all()
    return str(doc.published) if doc.published else None, doc.title, doc.url, doc.metadata_note, refs, meetings


def test_merge_is_independent_of_order_and_associative() -> None:
    a = ("a.jsonl:1", Metadata("Title A", "2007-08-09", None, "Reuters"))
    b = ("b.jsonl:2", Metadata(None, "2007-08-07", "http://b", None))
    c = ("c.txt:3", Metadata("Title C", None, None, None))
    whole, note = merge_metadata([a, b, c])
    assert whole == Metadata("Title A", "2007-08-07", "http://b", "Reuters")
    assert merge_metadata([c, b, a])[0] == whole
    partial, _ = merge_metadata([c, a])
    assert merge_metadata([b, ("an earlier copy", partial)])[0] == whole
    assert note and "published from b.jsonl:2 (earliest of 3 differing)" in note
    assert merge_metadata([a, a])[1] is None  # copies that agree need no note


def test_copies_read_in_either_order_give_the_same_article(tmp_path: Path, store_url: str) -> None:
    wire = _write(tmp_path / "in", "wire.jsonl", WIRE)
    copy = _write(tmp_path / "in", "copy.jsonl", COPY)
    refresh([copy, wire], url=store_url, extractor=extractor())
    published, title, url, note, refs, meetings = _state(store_url)
    assert (published, title, url, refs) == ("2007-08-07", "Rezaei meets Park", "http://wire/1", ["c1", "w1"])
    assert [(str(d), b) for d, b in meetings] == [("2007-08-06", "relative")]  # 'yesterday' of the wire date
    assert note and "published from wire.jsonl:w1" in note and "title from wire.jsonl:w1" in note


def test_a_later_undated_copy_never_erases_the_date(tmp_path: Path, store_url: str) -> None:
    copy = _write(tmp_path / "a", "copy.jsonl", COPY)
    wire = _write(tmp_path / "b", "wire.jsonl", WIRE)
    refresh([copy], url=store_url, extractor=extractor())
    assert _state(store_url)[0] is None
    second = refresh([wire], url=store_url, extractor=extractor())
    assert second.n_extracted == 1  # the date changed: meetings are re-dated by re-extraction
    published, title, _, note, refs, meetings = _state(store_url)
    assert (published, title, refs) == ("2007-08-07", "Rezaei meets Park", ["c1", "w1"])
    assert [(str(d), b) for d, b in meetings] == [("2007-08-06", "relative")]
    third = refresh([copy], url=store_url, extractor=extractor())
    assert third.n_extracted == 0 and _state(store_url)[:2] == ("2007-08-07", "Rezaei meets Park")
    titled = _write(tmp_path / "c", "titled.jsonl", {**COPY, "id": "t1", "source": "Wire Service"})
    fourth = refresh([titled], url=store_url, extractor=extractor())
    assert fourth.n_extracted == 0  # same date: the row is updated in place
    with get_engine(store_url).connect() as conn:
        source = conn.execute(text("SELECT s.name FROM document d JOIN source s ON s.id = d.source_id")).scalar_one()
    assert source == "Wire Service" and _state(store_url)[0] == "2007-08-07"
