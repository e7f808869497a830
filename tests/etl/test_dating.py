"""Undated articles (issue 13): `--published DATE`, `--published-from field:NAME | name | name:REGEX`,
a count of what stays undated, duplicates reported, and an input with nothing readable refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from etl_helpers import extractor
from sqlalchemy import select

from etl.refresh import refresh
from etl.sources import Dating, Document, iter_inputs
from schema.errors import SourceError
from schema.models import Document as DocumentRow
from schema.store import get_engine

TEXT = "Iran and the United States held talks in Baghdad on Tuesday. Officials said the talks went well."


def doc(path: str | None, published: str | None = None) -> Document:
    return Document(id="x", title=None, published=published, source=None, url=None, text=TEXT, path=path)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("reuters-2007-08-07.txt", "2007-08-07"),
        ("20070807_story.txt", "2007-08-07"),
        ("2007_08_07.html", "2007-08-07"),
        ("story-12345678.txt", None),  # not a date: no month 56
        ("untitled.txt", None),
    ],
)
def test_date_in_the_file_name(name: str, want: str | None) -> None:
    assert Dating.parse(None, "name").apply(doc(f"/in/{name}")).published == want


def test_own_date_wins_then_the_name_then_the_default() -> None:
    dating = Dating.parse("2001-01-01", "name")
    assert dating.apply(doc("/in/2007-08-07.txt", "1999-12-31")).published == "1999-12-31"
    assert dating.apply(doc("/in/2007-08-07.txt")).published == "2007-08-07"
    assert dating.apply(doc("/in/story.txt")).published == "2001-01-01"
    assert Dating.parse(None, r"name:wire(\d{4}-\d\d-\d\d)").apply(doc("/in/wire2007-08-07.txt")).published == (
        "2007-08-07"
    )


@pytest.mark.parametrize(
    ("published", "source", "message"),
    [
        ("07/08/2007", None, "not an ISO date"),
        (None, "column", "use field:NAME"),
        (None, "field:", "use field:NAME"),
        (None, "name:(", "bad regular expression"),
        (None, r"name:\d+", "needs groups"),
    ],
)
def test_bad_options_are_one_line_errors(published: str | None, source: str | None, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        Dating.parse(published, source)


def test_field_is_a_json_field_or_a_csv_column(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "date": "2007-08-07", "text": TEXT}) + "\n")
    (tmp_path / "b.csv").write_text(f'id,date,text\nb,2007-08-08,"{TEXT}"\n')
    got = {d.id: d.published for d in iter_inputs([tmp_path], dating=Dating.parse(None, "field:date"))}
    assert got == {"a": "2007-08-07", "b": "2007-08-08"}
    assert {d.id: d.published for d in iter_inputs([tmp_path])} == {"a": None, "b": None}


def _dates(url: str) -> dict[str, str | None]:
    with get_engine(url).connect() as conn:
        return {r.title: str(r.published) if r.published else None for r in conn.execute(select(DocumentRow))}


def test_refresh_counts_undated_and_duplicates_and_dates_on_request(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks-2007-08-07.txt").write_text(f"Talks\n{TEXT}\n")
    records = [{"id": i, "title": "Wire", "text": TEXT.replace("Baghdad", "Geneva")} for i in ("w1", "w2")]
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))  # one text, two ids
    first = refresh([folder], url=store_url, extractor=extractor())
    assert (first.n_undated, first.n_duplicates) == (2, 1)
    assert _dates(store_url) == {"Talks": None, "Wire": None}
    # the file name dates one; the other gets the default; both are re-extracted with their date
    second = refresh([folder], url=store_url, extractor=extractor(), dating=Dating.parse("2007-09-01", "name"))
    assert (second.n_extracted, second.n_undated) == (2, 0)
    assert _dates(store_url) == {"Talks": "2007-08-07", "Wire": "2007-09-01"}
    # a routine refresh without the options keeps the dates, extracts nothing and warns of nothing
    third = refresh([folder], url=store_url, extractor=extractor())
    assert (third.n_extracted, third.n_undated) == (0, 0)
    assert _dates(store_url) == {"Talks": "2007-08-07", "Wire": "2007-09-01"}


def test_nothing_readable_is_an_error(store_url: str, tmp_path: Path) -> None:
    (tmp_path / "pdfs").mkdir()
    for name in ("a.pdf", "b.pdf"):
        (tmp_path / "pdfs" / name).write_bytes(b"%PDF-1.4")
    with pytest.raises(SourceError, match=r"nothing readable in .*pdfs: 2 file\(s\) of unsupported type \(\.pdf\)"):
        refresh([tmp_path / "pdfs"], url=store_url, extractor=extractor())
