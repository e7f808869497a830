"""Writes the bad-input corpus of this folder (run it to regenerate; the files are committed).
Each file is one kind of broken input; `expected.tsv` says what quarantine must say about it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOOD = {
    "id": "ok-1",
    "title": "Ministers meet",
    "published": "2026-03-05",
    "source": "Test",
    "url": None,
    "text": "Japanese Trade Minister Kenji Arakawa met Brazilian Trade Minister Lucia Ferraz in Tokyo.",
}
ARTICLE = "Ministers meet\nKenyan Foreign Minister Daniel Mwangi met Norwegian Foreign Minister Ingrid Solberg.\n"


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


def line(**changes: object) -> bytes:
    rec = {**GOOD, **changes}
    return (json.dumps({k: v for k, v in rec.items() if v is not ...}) + "\n").encode()


FILES: dict[str, tuple[bytes, str]] = {
    # name: (content, words the quarantine reason must contain)
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "undecodable.txt": (bytes(range(0x80, 0x100)) * 4, "undecodable"),
    "bad-bom.txt": (b"\xef\xbb\xbfTitle\n\xff\xfe\xfa bytes", "undecodable"),
    "control-chars.txt": (b"Title\n" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40, "control characters"),
    "empty-file.txt": (b"", "empty text"),
    "title-only.txt": (b"Just a headline\n", "empty text"),
    "invalid-json-line.jsonl": (b'{"id": "x", "text": "unterminated\n', "invalid JSON line"),
    "empty-text.jsonl": (line(id="e1", text=""), "empty text"),
    "whitespace-text.jsonl": (line(id="w1", text="  \n\t "), "empty text"),
    "missing-text.jsonl": (line(id="m1", text=...), "missing required field 'text'"),
    "missing-id.jsonl": (line(id=...), "missing required field 'id'"),
    "text-not-string.jsonl": (line(id="t1", text=42), "not a string"),
    "id-is-object.jsonl": (line(id={"a": 1}), "field 'id' is dict"),
    "not-an-object.jsonl": (b'["a", "list", "not", "an", "article"]\n', "expected a JSON object"),
    "nul-in-text.jsonl": (line(id="n1", text="Ministers met\u0000 in Tokyo."), "NUL"),
    "overlong-id.jsonl": (line(id="x" * 600), "over the 500 limit"),
    "bad-date.jsonl": (line(id="d1", published="last Tuesday"), "not an ISO date"),
    "truncated.txt.gz": (gzip.compress(ARTICLE.encode() * 50)[:60], "truncated gzip"),
    "corrupt.json.gz": (b"\x1f\x8b\x08\x00" + b"not really deflate data" * 3, "corrupt gzip"),
    "truncated-lines.jsonl.gz": (
        _cut(gzip.compress(b"".join(line(id=f"g{i}", text=f"{i} {GOOD['text']} " * 5) for i in range(60)))),
        "truncated gzip",
    ),
    "invalid.json": (b'{"id": "j1", "text": "cut off', "invalid JSON"),
    "empty-list.json": (b"[]", "holds no article"),
    "no-text.html": (
        b"<html><head><title>Menu</title><script>var a=1;</script></head>"
        b"<body><nav><a href='/'>Home</a></nav></body></html>",
        "HTML page with no main text",
    ),
    "binary.html": (b"<html>\x00\x00\x00\x01\x02 binary</html>", "binary"),
    "wrong-columns.csv": (b"headline,body_text\nTalks,Ministers met in Tokyo.\n", "no 'text' column"),
    "ragged-row.csv": (b"id,title,text\nr1,Talks,Ministers met,EXTRA FIELD\n", "fields where the header has"),
    "empty.csv": (b"", "no header row"),
    "unsupported.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "unsupported file type"),
    # issue 14: hostile inputs must each be one quarantine row, never an aborted refresh
    "nested-deep.jsonl": (b'{"id": "deep", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}\n", "nested too deeply"),
    "nested-deep.json": (b'{"id": "deep", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
    "binary.jsonl": ((bytes(range(256)) + b"\n") * 80, "binary file"),
    "bomb.txt.gz": (gzip.compress(b"Title\n" + b"a" * (17 * 2**20), 9), "unpacks to more than"),
    "garbage-date.jsonl": (line(id="g1", published="2020-01-01garbage"), "not an ISO date"),
    "year-9999.jsonl": (line(id="y1", published="9999-12-31"), "outside the plausible dates"),
}


def main() -> None:
    rows = ["# file\treason contains"]
    for name, (content, reason) in FILES.items():
        (HERE / name).write_bytes(content)
        rows.append(f"{name}\t{reason}")
    (HERE / "expected.tsv").write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
