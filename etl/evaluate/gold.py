"""Find gold files and the article text each one annotates.

A gold file's `document.path` (a text file) or `document.corpus` (a `.jsonl` holding a
record with the document's `id`) is relative to the folder that contains its `gold/`
directory; gold kept elsewhere can name another root. JSON Lines indexes are cached,
so a 19k-line corpus is read once per process, not once per gold file.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from etl.records import FORMAT
from etl.sources import Document, document_from_record, read_txt
from schema.errors import SourceError

# Where texts are looked for when neither the gold's own root nor `root` has them:
# the shared folder beside the checkout, as in CI.
SHARED_FALLBACK = Path("../shared")

# (resolved path, size, mtime) -> {record id: byte offset of its line}
_JSONL_INDEX: dict[tuple[str, int, int], dict[str, int]] = {}


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named, folders expanded recursively to their `*.json`, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(path.rglob("*.json")))
        elif path.is_file():
            out.append(path)
        else:
            raise SourceError(f"{path}: no such gold file or folder")
    return out


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file, checked for the format tag and a document id."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: cannot read gold file ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        raise SourceError(f"{path}: not a gold file (no 'document' object)")
    if data.get("format", FORMAT) != FORMAT:
        raise SourceError(f"{path}: unsupported gold format {data.get('format')!r} (expected {FORMAT!r})")
    if not data["document"].get("id"):
        raise SourceError(f"{path}: gold document has no 'id'")
    return data


def gold_root(path: Path) -> Path | None:
    """The folder that contains the `gold/` directory `path` lives in (`shared/` for shared gold)."""
    for parent in path.resolve().parents:
        if parent.name == "gold":
            return parent.parent
    return None


def text_roots(path: Path, root: Path | None = None) -> list[Path]:
    """Roots to try, in order: the gold's own root, `root`, then `../shared` from here."""
    candidates = [gold_root(path), root, SHARED_FALLBACK]
    out: list[Path] = []
    for candidate in candidates:
        if candidate is not None and candidate.resolve() not in {r.resolve() for r in out}:
            out.append(candidate)
    return out


def corpus_name(gold: dict[str, Any]) -> str:
    """Which collection a gold file's text belongs to: the folder of its text file
    (`corpus/seed/000.txt` -> `seed`; `path` wins over `corpus`, as in `load_document`), or its
    `.jsonl` file's stem (`corpus/news/bbc_news.jsonl` -> `bbc_news`); `unknown` when it names neither."""
    info = gold.get("document") or {}
    if info.get("path"):
        return Path(str(info["path"])).parent.name or "unknown"
    if info.get("corpus"):
        return Path(str(info["corpus"])).stem
    return "unknown"


def load_document(gold: dict[str, Any], path: Path, root: Path | None = None) -> Document:
    """The article a gold file annotates, with the gold's `published` as its publication date.

    `document.path` is preferred to `document.corpus` when both are given; `quote_span`
    offsets are into the text as read from the one found (for a `.txt`, the text after
    its title line, exactly what `etl.sources.read_txt` gives the extractor).
    """
    info = gold["document"]
    roots = text_roots(path, root)
    document = _find_text(info, roots)
    if document is None:
        wanted = " or ".join(f"{k} {info[k]!r}" for k in ("path", "corpus") if info.get(k)) or "no path or corpus"
        tried = ", ".join(str(r) for r in roots)
        raise SourceError(f"{path}: cannot find the text of {info['id']!r} ({wanted}; tried {tried})")
    return dataclasses.replace(
        document,
        id=str(info["id"]),
        title=info.get("title") or document.title,
        published=info.get("published"),
    )


def _find_text(info: dict[str, Any], roots: list[Path]) -> Document | None:
    if info.get("path"):
        for root in roots:
            candidate = root / str(info["path"])
            if candidate.is_file():
                return read_txt(candidate)
    if info.get("corpus"):
        for root in roots:
            candidate = root / str(info["corpus"])
            if candidate.is_file():
                found = jsonl_record(candidate, str(info["id"]))
                if found is not None:
                    return found
    return None


def jsonl_record(path: Path, doc_id: str) -> Document | None:
    """The record with `doc_id` in a JSON Lines corpus, or None; the file's index is cached."""
    offsets = _index(path)
    offset = offsets.get(doc_id)
    if offset is None:
        return None
    with path.open("rb") as fh:
        fh.seek(offset)
        line = fh.readline()
    return document_from_record(json.loads(line), f"{path}: record {doc_id!r}", path)


def _index(path: Path) -> dict[str, int]:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    index = _JSONL_INDEX.get(key)
    if index is None:
        index = _JSONL_INDEX[key] = _build_index(path)
    return index


def _build_index(path: Path) -> dict[str, int]:
    index: dict[str, int] = {}
    offset = 0
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise SourceError(f"{path}:{lineno}: invalid JSON line ({exc})") from exc
                if isinstance(record, dict) and record.get("id") is not None:
                    index.setdefault(str(record["id"]), offset)  # first record wins, like a reader would
            offset += len(line)
    return index
