"""Read the tab-separated dictionaries of `etl/dictionaries/` used by the statement components."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "dictionaries"


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a TSV file with `#` comment lines and blank lines skipped, cells stripped."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


def dictionary_paths(name: str, extra_dir: str | Path | None = None) -> list[Path]:
    """The shipped dictionary `name`, then the same file in a user's directory if it exists."""
    paths = [DICTIONARY_DIR / name]
    if extra_dir:
        extra = Path(extra_dir) / name
        if extra.is_file():
            paths.append(extra)
    return paths
