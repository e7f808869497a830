"""One reader per input format. Each yields `Document`s, and `Rejected` items for inputs that are
not articles, so that one bad record never stops the rest of a file from loading."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.sources.decode import GZIP_MAGIC, bom_encoding, check_text_like, decode, raw_hash, read_bytes
from etl.sources.limits import FILE_ENV, RECORD_ENV, Limits, limits, too_large
from etl.sources.model import Document, Rejected, document_from_record, origin_of
from schema.errors import SourceError

# csv's default field limit (128 KiB) is below a long article.
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class CsvColumns:
    """Which CSV column holds each field (`parley refresh --csv-column text=body`)."""

    id: str = "id"
    title: str = "title"
    published: str = "published"
    source: str = "source"
    url: str = "url"
    text: str = "text"

    @classmethod
    def parse(cls, pairs: list[str] | None) -> CsvColumns:
        """From `field=column` strings; unknown fields raise `SourceError`."""
        mapping: dict[str, str] = {}
        for pair in pairs or []:
            field, sep, column = pair.partition("=")
            if not sep or field not in cls.__dataclass_fields__ or not column:
                raise SourceError(
                    f"bad CSV column mapping {pair!r}: use FIELD=COLUMN, FIELD one of "
                    f"{', '.join(cls.__dataclass_fields__)}"
                )
            mapping[field] = column
        return cls(**mapping)


Item = Document | Rejected
MIN_HTML_WORDS = 8


def _reject(path: Path, reason: str, raw: bytes, locator: str = "", external_id: str | None = None) -> Rejected:
    return Rejected(
        origin=origin_of(path),
        locator=locator,
        external_id=external_id,
        reason=reason,
        raw_hash=raw_hash(raw),
        path=str(path),
    )


def _read_text(path: Path, whole_file: bool = False) -> tuple[bytes, str] | Rejected:
    """The file's bytes and decoded text, or its rejection (unreadable, binary, undecodable, too
    large). One article per file is held to the record limit, a file of many (`whole_file`) to the
    file limit."""
    lim = limits()
    limit, env = (lim.file_bytes, FILE_ENV) if whole_file else (lim.record_bytes, RECORD_ENV)
    try:
        raw = read_bytes(path, limit, env)
        return raw, decode(raw)
    except SourceError as exc:
        return _reject(path, str(exc), _head_or_empty(path))


def read_txt_items(path: Path) -> Iterator[Item]:
    """A plain-text article: the first line is the title, the rest is the text."""
    got = _read_text(path)
    if isinstance(got, Rejected):
        yield got
        return
    raw, text = got
    title, _, body = text.partition("\n")
    yield from _checked(
        Document(
            id=_stem(path),
            title=title.strip() or None,
            published=None,
            source=None,
            url=None,
            text=body,
            path=str(path),
            origin=origin_of(path),
        ),
        path,
        raw,
    )


def read_jsonl_items(path: Path) -> Iterator[Item]:
    """JSON Lines, one article per line; a bad line is rejected and the next one read. A binary file
    is one rejection (not one per "line"); a line over the record limit is rejected unread; a UTF-16
    or UTF-32 file (with its byte-order mark) is decoded first."""
    lim = limits()
    lineno = 0
    try:
        with _open_maybe_gzip(path) as fh:
            head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
            if bom_encoding(head) and bom_encoding(head) != "utf-8-sig":
                yield from _jsonl_wide(path, lim)
                return
            if _binary(head):
                yield _reject(path, "binary file, not JSON Lines text", _head_or_empty(path))
                return
            total = 0
            for lineno, line in _lines(fh, lim.record_bytes):
                where = f"line {lineno}"
                if line is None:
                    yield _reject(
                        path, too_large(lim.record_bytes + 1, lim.record_bytes, RECORD_ENV, "line"), b"", where
                    )
                    continue
                total += len(line)
                if total > lim.file_bytes:
                    yield _reject(path, f"file unpacks to more than {lim.file_bytes:,} bytes ({FILE_ENV})", b"", where)
                    return
                yield from _jsonl_line(path, line, lineno)
    except EOFError:
        yield _reject(path, f"truncated gzip file: stream ends after line {lineno}", b"", f"after line {lineno}")
    except (OSError, zlib.error) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError, IsADirectoryError)):
            raise  # the file itself is unreadable: `read_file` says so once
        yield _reject(path, f"corrupt gzip file ({exc})", b"", f"after line {lineno}")


def _open_maybe_gzip(path: Path) -> Any:
    with path.open("rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else path.open("rb")


def _binary(head: bytes) -> bool:
    """Whether the first bytes of a file are binary data rather than text."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    try:
        check_text_like(head.decode("utf-8", errors="replace"))
    except SourceError:
        return True
    return False


def _lines(fh: Any, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line, or (line number, None) for a line over `limit` bytes,
    which is skipped without being held in memory."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line, a chunk at a time
                chunk = fh.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        if line.strip():
            yield lineno, line


def _jsonl_wide(path: Path, lim: Limits) -> Iterator[Item]:
    """A JSON Lines file in UTF-16 or UTF-32 (it starts with a byte-order mark): decoded whole,
    within the file limit, then read line by line."""
    try:
        text = decode(read_bytes(path, lim.file_bytes, FILE_ENV))
    except SourceError as exc:
        yield _reject(path, str(exc), _head_or_empty(path))
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield from _jsonl_line(path, line.encode("utf-8"), lineno)


def _jsonl_line(path: Path, line: bytes, lineno: int) -> Iterator[Item]:
    where = f"line {lineno}"
    try:
        rec = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield _reject(path, f"invalid JSON line ({exc})", line, where)
        return
    except RecursionError:
        yield _reject(path, "invalid JSON line (nested too deeply)", line, where)
        return
    try:
        doc = document_from_record(rec, f"{path}:{lineno}", path)
    except SourceError as exc:
        yield _reject(path, _strip_where(str(exc)), line, where, _rec_id(rec))
        return
    yield from _checked(doc, path, line, where)


def read_json_items(path: Path) -> Iterator[Item]:
    """A `.json` file: one article object, a list of them, or {"articles": [...]}."""
    got = _read_text(path, whole_file=True)
    if isinstance(got, Rejected):
        yield got
        return
    raw, text = got
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _reject(path, f"invalid JSON ({exc})", raw)
        return
    except RecursionError:
        yield _reject(path, "invalid JSON (nested too deeply)", raw)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        yield _reject(path, "JSON file holds no article", raw)
    for i, rec in enumerate(records):
        where = f"item {i}" if isinstance(data, list) else ""
        rec_raw = json.dumps(rec, sort_keys=True).encode() if where else raw
        if isinstance(rec, dict) and "id" not in rec and not where:
            rec = {**rec, "id": _stem(path)}  # a lone article may take its file name as id
        try:
            doc = document_from_record(rec, f"{path}{':' + where if where else ''}", path)
        except SourceError as exc:
            yield _reject(path, _strip_where(str(exc)), rec_raw, where, _rec_id(rec))
            continue
        yield from _checked(doc, path, rec_raw, where)


def read_csv_items(path: Path, columns: CsvColumns | None = None) -> Iterator[Item]:
    """A CSV file with a header row; `columns` maps fields to column names."""
    cols = columns or CsvColumns()
    got = _read_text(path, whole_file=True)
    if isinstance(got, Rejected):
        yield got
        return
    raw, text = got
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        yield _reject(path, f"malformed CSV ({exc})", raw)
        return
    if not rows or not any(cell.strip() for cell in rows[0]):
        yield _reject(path, "CSV file has no header row", raw)
        return
    header = [h.strip() for h in rows[0]]
    if cols.text not in header:
        yield _reject(path, f"CSV has no {cols.text!r} column (columns: {', '.join(header)[:200]})", raw)
        return
    for n, row in enumerate(rows[1:], 2):
        where = f"row {n}"
        row_raw = "\x1f".join(row).encode()
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield _reject(path, f"{len(row)} fields where the header has {len(header)}", row_raw, where)
            continue
        rec = dict(zip(header, row, strict=True))
        mapped: dict[str, object] = {f: rec.get(getattr(cols, f)) or None for f in cols.__dataclass_fields__}
        mapped["text"] = rec[cols.text]
        if mapped["id"] is None and cols.id not in header:
            mapped["id"] = f"row-{n}"  # no id column at all: the row number is the id within the file
        try:
            doc = document_from_record(mapped, f"{path}:{n}", path)
        except SourceError as exc:
            yield _reject(path, _strip_where(str(exc)), row_raw, where)
            continue
        yield from _checked(doc, path, row_raw, where)


def read_html_items(path: Path) -> Iterator[Item]:
    """An HTML page: the article's main text and metadata, as trafilatura extracts them."""
    import trafilatura  # imported here: slow to import, and only HTML needs it

    got = _read_text(path)
    if isinstance(got, Rejected):
        yield got
        return
    raw, html = got
    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    if len(text.split()) < MIN_HTML_WORDS:  # a menu or a link left over from the page, not an article
        found = f" (only {text.strip()[:40]!r})" if text.strip() else ""
        yield _reject(path, f"HTML page with no main text{found}", raw)
        return
    meta = trafilatura.extract_metadata(html)
    yield from _checked(
        Document(
            id=_stem(path),
            title=(meta.title if meta else None) or None,
            published=(meta.date if meta else None) or None,
            source=(meta.sitename if meta else None),
            url=(meta.url if meta else None),
            text=text,
            path=str(path),
            origin=origin_of(path),
        ),
        path,
        raw,
    )


def _checked(doc: Document, path: Path, raw: bytes, where: str = "") -> Iterator[Item]:
    """The document, or its rejection when its fields are unusable."""
    reason = doc.problem()
    if reason:
        yield _reject(path, reason, raw, where, doc.id if len(doc.id) <= 500 else None)
    else:
        yield doc


def _head_or_empty(path: Path, size: int = 1 << 20) -> bytes:
    """The bytes of a file, to identify a rejected input, without reading all of a huge one: a file
    over `size` bytes is known by its first `size` bytes and its length."""
    try:
        with path.open("rb") as fh:
            head = fh.read(size + 1)
            return head if len(head) <= size else head[:size] + str(os.fstat(fh.fileno()).st_size).encode()
    except OSError:
        return b""


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".txt", ".html", ".htm", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _rec_id(rec: object) -> str | None:
    if isinstance(rec, dict) and rec.get("id") is not None:
        value = str(rec["id"])
        return value if 0 < len(value) <= 500 and "\x00" not in value else None
    return None


def _strip_where(message: str) -> str:
    """The reason without the `path:line: ` prefix (the quarantine row has its own columns for those)."""
    return message.split(": ", 1)[1] if ": " in message else message
