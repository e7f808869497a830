"""Read articles from files into `Document`s: `.txt` (first line is the title) and `.jsonl`."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from schema.errors import SourceError


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from its source, before cleaning."""

    id: str
    title: str | None
    published: str | None  # ISO date or date-time, or None
    source: str | None
    url: str | None
    text: str
    path: str | None = None  # file it came from

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """sha256 of the normalised text (NFC, whitespace runs folded): identical articles share it."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def read_txt(path: Path) -> Document:
    """A plain-text article: the first non-empty line is the title, the rest the text."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    lines = raw.split("\n", 1)
    title = lines[0].strip() or None
    text = lines[1] if len(lines) > 1 else ""
    return Document(id=path.stem, title=title, published=None, source=None, url=None, text=text, path=str(path))


def read_jsonl(path: Path) -> Iterator[Document]:
    """JSON Lines: one article per line with `id`, `title`, `published`, `source`, `url`, `text`."""
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise SourceError(f"{path}:{lineno}: invalid JSON line ({exc})") from exc
            yield document_from_record(rec, f"{path}:{lineno}", path)


def document_from_record(rec: object, where: str, path: Path | None = None) -> Document:
    """A `Document` from one JSON object, checking the required fields."""
    if not isinstance(rec, dict):
        raise SourceError(f"{where}: expected a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise SourceError(f"{where}: missing required field 'text'")
    doc_id = rec.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise SourceError(f"{where}: missing required field 'id'")
    return Document(
        id=str(doc_id),
        title=_opt_str(rec.get("title")),
        published=_opt_str(rec.get("published")),
        source=_opt_str(rec.get("source")),
        url=_opt_str(rec.get("url")),
        text=text,
        path=str(path) if path else None,
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def iter_documents(paths: list[Path]) -> Iterator[Document]:
    """Documents from `.txt` and `.jsonl` files, in the order given."""
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path}: no such file")
        if path.suffix == ".txt":
            yield read_txt(path)
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        else:
            raise SourceError(f"{path}: unsupported file type {path.suffix!r} (use .txt or .jsonl)")
