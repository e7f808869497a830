"""Read articles from files, directories and globs: `.txt` (first line is the title), `.jsonl`,
`.json`, `.csv` and `.html`, each optionally gzip-compressed. Unreadable inputs become `Rejected`
items with a reason, for quarantine."""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from etl.sources.formats import (
    CsvColumns,
    Item,
    read_csv_items,
    read_html_items,
    read_json_items,
    read_jsonl_items,
    read_txt_items,
)
from etl.sources.model import (
    Document,
    Rejected,
    content_hash,
    date_limits,
    date_problem,
    document_from_record,
    published_date,
)
from schema.errors import SourceError

__all__ = [
    "CsvColumns",
    "Document",
    "Inputs",
    "Rejected",
    "content_hash",
    "date_limits",
    "date_problem",
    "document_from_record",
    "expand_paths",
    "iter_documents",
    "iter_inputs",
    "published_date",
    "read_jsonl",
    "read_txt",
]

# File name endings read as articles, and the reader of each.
READERS = {
    ".txt": read_txt_items,
    ".jsonl": read_jsonl_items,
    ".json": read_json_items,
    ".csv": read_csv_items,
    ".html": read_html_items,
    ".htm": read_html_items,
}


def file_kind(path: Path) -> str | None:
    """The reader key of a file name (".txt", ...), looking through a ".gz" ending; None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes and suffixes[-1] in READERS else None


@dataclass(slots=True)
class Inputs:
    """The files a refresh reads, and what it skipped while walking directories (reported, not silent)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # unsupported files found inside directories
    missing: list[str] = field(default_factory=list)  # arguments that matched nothing


def expand_paths(paths: Iterable[str | Path]) -> Inputs:
    """Files from file, directory and glob arguments, each directory walked in sorted order.

    Inside directories only known article formats are read (hidden files and others are listed in
    `skipped`); a file named explicitly is always read, and rejected if its format is unknown."""
    out = Inputs()
    seen: set[Path] = set()

    def add(p: Path, listed: bool) -> None:
        key = p.resolve()
        if key in seen:
            return
        if listed or file_kind(p):
            seen.add(key)
            out.files.append(p)
        else:
            out.skipped.append(p)

    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            for child in sorted(q for q in p.rglob("*") if q.is_file()):
                if any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                add(child, listed=False)
        elif p.is_file():
            add(p, listed=True)
        elif glob.has_magic(str(arg)):
            matches = sorted(Path(m) for m in glob.glob(str(arg), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                out.missing.append(str(arg))
            for m in files:
                add(m, listed=False)
        else:
            out.missing.append(str(arg))
    return out


def read_file(path: Path, csv_columns: CsvColumns | None = None) -> Iterator[Item]:
    """Documents and rejections from one file, whatever its format."""
    from etl.sources.decode import raw_hash
    from etl.sources.model import origin_of

    try:
        yield from _read_file(path, csv_columns)
    except OSError as exc:  # gone or unreadable since the paths were listed: one rejection, go on
        yield Rejected(
            origin=origin_of(path),
            locator="",
            external_id=None,
            raw_hash=raw_hash(f"unreadable:{path}".encode()),
            reason=f"cannot read the file ({exc.strerror or type(exc).__name__})",
            path=str(path),
        )


def _read_file(path: Path, csv_columns: CsvColumns | None) -> Iterator[Item]:
    from etl.sources.decode import raw_hash
    from etl.sources.model import origin_of

    kind = file_kind(path)
    if kind is None:
        with path.open("rb") as fh:
            data = fh.read(1 << 20)  # enough to tell this file from another
        yield Rejected(
            origin=origin_of(path),
            locator="",
            external_id=None,
            raw_hash=raw_hash(data),
            reason=f"unsupported file type {''.join(path.suffixes) or '(none)'!r} "
            "(use .txt, .jsonl, .json, .csv or .html, optionally .gz)",
            path=str(path),
        )
    elif kind == ".csv":
        yield from read_csv_items(path, csv_columns)
    else:
        yield from READERS[kind](path)


def iter_inputs(paths: Iterable[str | Path], csv_columns: CsvColumns | None = None) -> Iterator[Item]:
    """Every document and every rejected input under `paths`, file by file in sorted order."""
    inputs = expand_paths(paths)
    if inputs.missing:
        raise SourceError(f"no such file or directory: {', '.join(inputs.missing)}")
    for path in inputs.files:
        yield from read_file(path, csv_columns)


def iter_documents(paths: list[Path]) -> Iterator[Document]:
    """Documents from `paths`, raising `SourceError` at the first input that is not an article."""
    for item in iter_inputs(paths):
        if isinstance(item, Rejected):
            where = f"{item.path}:{item.locator}" if item.locator else item.path
            raise SourceError(f"{where}: {item.reason}")
        yield item


def read_txt(path: Path) -> Document:
    """A plain-text article (first line title); raises `SourceError` when it cannot be read."""
    return next(iter_documents([path]))


def read_jsonl(path: Path) -> Iterator[Document]:
    """JSON Lines articles; raises `SourceError` at the first bad line."""
    return iter_documents([path])


def dumps_item(item: Item) -> str:
    """One line describing an input, for logs."""
    if isinstance(item, Rejected):
        return json.dumps({"rejected": item.path, "where": item.locator, "reason": item.reason})
    return json.dumps({"document": item.id, "path": item.path})
