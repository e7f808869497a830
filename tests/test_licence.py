"""No licensed corpus text in the repository (../shared/corpus/README.md: the Reuters and BBC texts are for
research only and must never be copied into the project, not even in part).

Every run of eight words of those corpora that stands in a file the project ships (code, tests, docs,
dictionaries, SQL; the strings and comments of Python files joined, so that a sentence split over several
lines counts too) is reported. Test inputs are sentences of our own with the construction a rule needs;
notes and docs paraphrase. Eight words leave names, titles and stock phrases ("the prime minister of")
alone; a copied clause does not pass.
"""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("reuters21578.jsonl", "bbc_news.jsonl")
RUN = 8
SUFFIXES = {".py", ".md", ".tsv", ".sql", ".toml", ".txt", ".cfg", ".ini"}
# Folders a checkout holds that the project does not ship (a user's own data/ may hold any text).
SKIP_DIRS = {
    ".venv",
    ".git",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
}
SKIP_TOP = {"data", "build", "dist", "test-artifacts"}
# Our own texts: the public-domain readouts and the seed article the brief lets us ship.
OWN_TEXT = (ROOT / "tests" / "data" / "corpus", ROOT / "examples")


def _project_files() -> Iterator[Path]:
    """The files git tracks (what the project ships); without git, the tree minus caches and outputs."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        paths = [ROOT / name for name in listed.decode("utf-8").split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        paths = []
        for folder, dirs, files in os.walk(ROOT):
            here = Path(folder)
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
            if here == ROOT:
                dirs[:] = [d for d in dirs if d not in SKIP_TOP]
            paths += [here / f for f in files]
    for path in sorted(paths):
        if path.suffix in SUFFIXES and path.is_file() and not any(path.is_relative_to(d) for d in OWN_TEXT):
            yield path


NAME_LINKS = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "on", "in", "&"}


def _proper_name(cell: str) -> bool:
    """Every word capitalised or a linking word ('of', 'and', 'de'), starting with a capital."""
    words = cell.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in NAME_LINKS for w in words)


def _words(path: Path) -> list[tuple[int, str]]:
    """(line, word) of the file's prose: a Python file's strings and comments, any other file's lines."""
    text = path.read_text(encoding="utf-8", errors="replace")
    pieces: list[tuple[int, str]] = []
    if path.suffix == ".py":
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.STRING:
                try:
                    value = ast.literal_eval(tok.string)
                except (ValueError, SyntaxError):
                    continue
                if isinstance(value, str):
                    pieces.append((tok.start[0], value))
            elif tok.type == tokenize.COMMENT:
                pieces.append((tok.start[0], tok.string.lstrip("#")))
    elif path.suffix == ".tsv":
        # A dictionary's cells; a cell that is a proper name (an organisation's full title: "Group of ...
        # Exporting Countries") is a fact, not prose, whatever its length.
        pieces = [
            (i, cell)
            for i, line in enumerate(text.splitlines(), 1)
            for cell in line.split("\t")
            if not _proper_name(cell)
        ]
    else:
        pieces = [(i, line.replace("`", " ")) for i, line in enumerate(text.splitlines(), 1)]
    return [(line, word) for line, piece in pieces for word in piece.split()]


@pytest.mark.shared
def test_no_run_of_eight_corpus_words_in_the_project() -> None:
    runs: dict[str, str] = {}  # the repo's eight-word runs -> where the first stands
    for path in _project_files():
        words = _words(path)
        for k in range(len(words) - RUN + 1):
            runs.setdefault(" ".join(w for _, w in words[k : k + RUN]), f"{path.relative_to(ROOT)}:{words[k][0]}")
    found: dict[str, str] = {}
    for name in CORPORA:
        with (SHARED / "corpus" / "news" / name).open(encoding="utf-8") as fh:
            for line in fh:
                words = json.loads(line)["text"].split()
                for k in range(len(words) - RUN + 1):
                    run = " ".join(words[k : k + RUN])
                    if run in runs:
                        found[runs[run]] = run
    assert not found, "\n".join(f"{where}: {run}" for where, run in sorted(found.items()))


def test_the_check_finds_a_copied_run_split_over_lines(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text('TEXT = (\n    "one two three four "\n    "five six seven eight"  # nine\n)\n', encoding="utf-8")
    words = [w for _, w in _words(source)]
    assert " ".join(words) == "one two three four five six seven eight nine"


def test_a_dictionary_cell_is_exempt_only_when_it_is_a_proper_name() -> None:
    assert _proper_name("Organisation of Central and Eastern Fruit Growing Countries")
    assert not _proper_name("talks on the border were held in Geneva on Monday")
    assert not _proper_name("Talks on the border were held in Geneva")
    assert not _proper_name("")
