"""Readers: every format, gzip, directories and globs, stable ids, and the bad-input corpus
(`tests/data/bad/`, one broken file per kind) rejected with a reason."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.sources import (
    CsvColumns,
    Document,
    Rejected,
    content_hash,
    expand_paths,
    iter_documents,
    iter_inputs,
    read_txt,
)
from etl.sources.formats import read_csv_items
from schema.errors import SourceError

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
EXAMPLES = ROOT / "examples" / "articles"
EXPECTED = dict(
    line.split("\t") for line in (BAD / "expected.tsv").read_text().splitlines() if line and not line.startswith("#")
)


def test_bad_corpus_has_at_least_25_kinds() -> None:
    assert len(EXPECTED) >= 25
    assert all((BAD / name).is_file() for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_is_rejected_with_its_reason(name: str) -> None:
    items = list(iter_inputs([BAD / name]))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert rejected, f"{name} was not rejected"
    assert any(EXPECTED[name] in r.reason for r in rejected), [r.reason for r in rejected]
    assert all(r.raw_hash and len(r.content_hash) == 64 for r in rejected)


def test_examples_read_in_every_format() -> None:
    docs = list(iter_documents([EXAMPLES]))
    suffixes = {Path(d.path or "").suffix for d in docs}
    assert suffixes == {".txt", ".jsonl", ".json", ".csv", ".html"}
    assert len(docs) == 10
    html = next(d for d in docs if d.path and d.path.endswith(".html"))
    assert html.title and "lithium" in html.title
    assert "Share this story" not in html.text and "Rojas said" in html.text


def test_txt_first_line_is_title_and_offsets_refer_to_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline here\nBody text.\n", encoding="utf-8")
    d = read_txt(tmp_path / "a.txt")
    assert (d.id, d.title, d.text) == ("a", "Headline here", "Body text.\n")


def test_gzip_of_every_format_reads_like_the_plain_file(tmp_path: Path) -> None:
    for src in sorted(EXAMPLES.iterdir()):
        (tmp_path / (src.name + ".gz")).write_bytes(gzip.compress(src.read_bytes()))
    plain = sorted((d.id, d.text) for d in iter_documents([EXAMPLES]))
    zipped = sorted((d.id, d.text) for d in iter_documents([tmp_path]))
    assert plain == zipped


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "Le ministre a déclaré que les négociations étaient très sérieuses à Genève, très sérieuses."
    (tmp_path / "fr.txt").write_bytes(("Titre\n" + text).encode("latin-1"))
    assert read_txt(tmp_path / "fr.txt").text == text


def test_csv_column_mapping(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("story_id,headline,body\n7,Talks,Ministers met in Tokyo.\n")
    cols = CsvColumns.parse(["id=story_id", "title=headline", "text=body"])
    (doc,) = read_csv_items(tmp_path / "x.csv", cols)
    assert isinstance(doc, Document) and (doc.id, doc.title, doc.text) == ("7", "Talks", "Ministers met in Tokyo.")
    with pytest.raises(SourceError):
        CsvColumns.parse(["speaker=col"])


def test_one_bad_line_does_not_stop_the_file(tmp_path: Path) -> None:
    good = {"id": "1", "text": "Ministers met."}
    (tmp_path / "m.jsonl").write_text(json.dumps(good) + "\nnot json\n" + json.dumps({**good, "id": "2"}) + "\n")
    kinds = [type(i).__name__ for i in iter_inputs([tmp_path / "m.jsonl"])]
    assert kinds == ["Document", "Rejected", "Document"]


def test_directories_globs_and_skipped_files(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "in")
    (tmp_path / "in" / "notes.md").write_text("not an article")
    (tmp_path / "in" / ".hidden.txt").write_text("T\nhidden")
    found = expand_paths([tmp_path / "in"])
    assert [p.name for p in found.skipped] == ["notes.md"]
    assert ".hidden.txt" not in [p.name for p in found.files]
    assert len(expand_paths([str(tmp_path / "in" / "*.json*")]).files) == 4
    assert expand_paths([tmp_path / "nope"]).missing == [str(tmp_path / "nope")]
    with pytest.raises(SourceError, match="no such file"):
        list(iter_inputs([tmp_path / "nope"]))


@given(st.text(min_size=1, max_size=200), st.sampled_from([" ", "  ", "\n", "\t \n"]))
def test_content_hash_ignores_whitespace_runs(text: str, gap: str) -> None:
    words = text.split()
    assert content_hash(" ".join(words)) == content_hash(gap.join(words))


def test_document_ids_are_stable(tmp_path: Path) -> None:
    a = [(d.id, d.content_hash) for d in iter_documents([EXAMPLES])]
    b = [(d.id, d.content_hash) for d in iter_documents([EXAMPLES])]
    assert a == b and len({h for _, h in a}) == len(a)
