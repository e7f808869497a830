"""Readers: every format, gzip, directories and globs, stable ids, and the bad-input corpus
(`tests/data/bad/`, one broken file per kind) rejected with a reason."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
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

ROOT = Path(__file__).resolve().parents[3]
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


# --- issue 14, item 10: one bad input never aborts a refresh ----------------------------------------


def _rejections(path: Path) -> list[Rejected]:
    return [i for i in iter_inputs([path]) if isinstance(i, Rejected)]


def test_a_binary_jsonl_file_is_one_rejection_not_one_per_line() -> None:
    """Regression: a binary .jsonl gave 73 quarantine rows, one per 'line'."""
    rejected = _rejections(BAD / "binary.jsonl")
    assert len(rejected) == 1 and rejected[0].reason == "binary file, not JSON Lines text"


def test_deeply_nested_json_is_rejected_not_a_recursion_error() -> None:
    for name in ("nested-deep.jsonl", "nested-deep.json"):
        (r,) = _rejections(BAD / name)
        assert "nested too deeply" in r.reason


def test_utf16_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    """The docs promise byte-order marks are honoured; a UTF-16 .jsonl was split on b'\\n' and failed."""
    lines = [
        {"id": "u1", "published": "2020-01-02", "text": "Ministers from Japan and Brazil met in Tokyo. Ça va."},
        {"id": "u2", "text": "Second article, naïve café."},
    ]
    for encoding in ("utf-16", "utf-32"):
        f = tmp_path / f"wide-{encoding}.jsonl"
        f.write_bytes("\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(encoding))
        docs = list(iter_documents([f]))
        assert [(d.id, d.text) for d in docs] == [(x["id"], x["text"]) for x in lines]


def test_size_limits_quarantine_with_the_limit_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge single-line text, a long JSON Lines line and a gzip bomb are quarantined as too large
    (tested with a small limit; the defaults are 16 MiB per article and 1 GiB per file)."""
    monkeypatch.setenv("PARLEY_MAX_RECORD_BYTES", "1K")
    monkeypatch.setenv("PARLEY_MAX_FILE_BYTES", "4K")
    big = tmp_path / "one-line.txt"
    big.write_text("Title\n" + "word " * 1000)
    (r,) = _rejections(big)
    assert r.reason == "file too large: 5,006 bytes, over the limit of 1,024 (PARLEY_MAX_RECORD_BYTES)"
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"Title\n" + b"a" * 50_000))
    (r,) = _rejections(bomb)
    assert r.reason == "gzip file unpacks to more than 1,024 bytes, the limit (PARLEY_MAX_RECORD_BYTES)"
    lines = tmp_path / "lines.jsonl"
    good = {"id": "a", "text": "Ministers met."}
    lines.write_text(
        json.dumps(good)
        + "\n"
        + json.dumps({"id": "b", "text": "x" * 3000})
        + "\n"
        + json.dumps({**good, "id": "c"})
        + "\n"
    )
    items = list(iter_inputs([lines]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert isinstance(items[1], Rejected) and items[1].locator == "line 2" and "line too large" in items[1].reason
    many = tmp_path / "many.json"
    many.write_text(json.dumps([good] * 200))
    (r,) = _rejections(many)
    assert "over the limit of 4,096 (PARLEY_MAX_FILE_BYTES)" in r.reason


def test_bad_size_settings_are_one_line_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.sources.limits import limits
    from schema.errors import ConfigError

    monkeypatch.setenv("PARLEY_MAX_RECORD_BYTES", "lots")
    with pytest.raises(ConfigError, match="PARLEY_MAX_RECORD_BYTES='lots': expected a size in bytes"):
        limits()


def test_a_file_that_disappears_is_one_rejection(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a file deleted between listing and reading raised FileNotFoundError and the
    refresh failed."""
    sys.path.insert(0, str(ROOT / "tests" / "etl"))  # the etl tests' shared helpers
    from etl_helpers import extractor

    from etl import refresh as refresh_mod
    from etl.sources import Inputs

    keep = tmp_path / "keep.jsonl"
    keep.write_text(
        json.dumps({"id": "k", "text": "Kenyan Foreign Minister Daniel Mwangi met Norwegian officials."}) + "\n"
    )
    gone = tmp_path / "gone.jsonl"
    monkeypatch.setattr(refresh_mod, "expand_paths", lambda paths: Inputs(files=[gone, keep]))
    r = refresh_mod.refresh([tmp_path], url=store_url, extractor=extractor())
    assert r.status == "partial" and r.n_extracted == 1 and r.n_quarantined == 1
    assert "gone.jsonl: cannot read the file (No such file or directory)" in r.quarantined[0]
