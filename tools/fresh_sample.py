"""Draw a fresh sample of corpus stories for judging extraction by hand: never a gold text, nor a copy of one.

The fresh-sample method (docs/decisions.md, "How extraction rules are made and measured") judges every record of a
class on stories nobody has tuned on. A story is fresh only if its TEXT is fresh: the corpora hold copies of
stories under other ids (Reuters' and the BBC's `dup_of`), and a copy of a held-out gold file read while writing
rules makes that file's figure no longer blind (round 14 found five held-out files whose copies earlier samples
held: tests/data/gold/README.md). This script leaves out

  * every id of a gold file under the given gold folders (recursively: held-out sets included),
  * every id named in the exclusion files (reservation lists, earlier samples: any token that is a corpus id),
  * every record whose text is that of an excluded record (same text, `dup_of` either way),
  * every record that is itself a copy (`dup_of` set): its original is the story,
  * every record that shares most of its text with an excluded record under no `dup_of` (a wire story re-filed
    with a new first paragraph or a corrected figure: round 18 found Reuters re-files that the two rules above
    miss): half or more of the 8-word runs of the shorter of the two,

then keeps the records that pass the filters and draws `--n` of them with `--seed`.

    python tools/fresh_sample.py ../shared/corpus/news/*.jsonl --gold tests/data/gold ../shared/gold \\
        --match 'talks|met with|visit|counterpart' --n 50 --seed 14 --out /tmp/sample.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


class SampleError(Exception):
    """Bad input: a message for the user, no traceback."""


def _records(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SampleError(f"{path}:{number}: not a JSON line ({exc.msg})") from None
                if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                    raise SampleError(f"{path}:{number}: a corpus record needs a string 'id'")
                yield record
    except OSError as exc:
        raise SampleError(f"cannot read corpus file {path}: {exc.strerror}") from None


SHINGLE_WORDS = 8
NEAR_COPY_SHARE = 0.5


def _shingles(record: dict[str, Any]) -> set[int]:
    """The hashes of the record's runs of `SHINGLE_WORDS` words (lower case, punctuation dropped)."""
    words = re.findall(r"\w+", str(record.get("text") or "").lower())
    if len(words) < SHINGLE_WORDS:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


class NearCopies:
    """Which excluded record, if any, a record shares most of its text with (`NEAR_COPY_SHARE` of the shorter)."""

    def __init__(self, excluded: Iterable[dict[str, Any]]) -> None:
        self._index: dict[int, list[str]] = {}
        self._sizes: dict[str, int] = {}
        for record in excluded:
            shingles = _shingles(record)
            self._sizes[record["id"]] = len(shingles)
            for shingle in shingles:
                self._index.setdefault(shingle, []).append(record["id"])

    def of(self, record: dict[str, Any]) -> str | None:
        shingles = _shingles(record)
        shared: Counter[str] = Counter()
        for shingle in shingles:
            shared.update(self._index.get(shingle, ()))
        for other, count in shared.most_common():
            if count >= NEAR_COPY_SHARE * max(1, min(len(shingles), self._sizes[other])):
                return other
        return None


def _text_key(record: dict[str, Any]) -> str:
    text = " ".join(str(record.get("text") or "").split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_ids(folders: Iterable[Path]) -> set[str]:
    """The document ids of every gold file under `folders` (file name and the document's own id)."""
    ids: set[str] = set()
    for folder in folders:
        if not folder.exists():
            raise SampleError(f"gold folder not found: {folder}")
        files = [folder] if folder.is_file() else sorted(folder.rglob("*.json"))
        for path in files:
            ids.add(path.stem)
            try:
                document = json.loads(path.read_text(encoding="utf-8")).get("document") or {}
            except (json.JSONDecodeError, AttributeError, UnicodeDecodeError):
                continue  # not a gold file (a schema or a note): its name is enough
            if isinstance(document, dict) and isinstance(document.get("id"), str):
                ids.add(document["id"])
    return ids


def listed_ids(paths: Iterable[Path], known: set[str]) -> set[str]:
    """Every token of the files that is a corpus id (reservation lists, saved samples in any text format)."""
    found: set[str] = set()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise SampleError(f"cannot read exclusion file {path}: {exc.strerror}") from None
        found.update(token for token in re.findall(r"[\w.-]+", text) if token in known)
    return found


def keep(record: dict[str, Any], match: re.Pattern[str] | None, categories: set[str], min_places: int) -> bool:
    """The record passes the content filters."""
    if categories and str(record.get("category") or "") not in categories:
        return False
    places = record.get("places")
    if min_places and (not isinstance(places, list) or len(places) < min_places) and "places" in record:
        return False
    return match is None or bool(match.search(f"{record.get('title') or ''}\n{record.get('text') or ''}"))


def draw(
    records: list[dict[str, Any]],
    excluded: set[str],
    *,
    n: int,
    seed: int,
    match: re.Pattern[str] | None = None,
    categories: set[str] | frozenset[str] = frozenset(),
    min_places: int = 0,
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """`n` records drawn with `seed` from those whose text no excluded record has, and the reasons others were left."""
    by_id = {r["id"]: r for r in records}
    banned_texts = {_text_key(by_id[i]) for i in excluded if i in by_id}
    banned_texts.update(_text_key(r) for r in records if r.get("dup_of") in excluded)
    near = NearCopies(by_id[i] for i in excluded if i in by_id)
    reasons: Counter[str] = Counter()
    pool = []
    for record in records:
        if record["id"] in excluded:
            reasons["gold or listed"] += 1
        elif _text_key(record) in banned_texts:
            reasons["same text as a gold or listed story"] += 1
        elif record.get("dup_of"):
            reasons["a copy of another story (dup_of)"] += 1
        elif not keep(record, match, set(categories), min_places):
            reasons["filtered out"] += 1
        elif near.of(record) is not None:
            reasons["most of its text in a gold or listed story"] += 1
        else:
            pool.append(record)
    reasons["pool"] = len(pool)
    rng = random.Random(seed)
    return sorted(rng.sample(pool, min(n, len(pool))), key=lambda r: r["id"]), reasons


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="+", type=Path, help="corpus JSON Lines files (id, title, text, ...)")
    parser.add_argument("--gold", nargs="*", type=Path, default=[], help="gold folders or files whose ids to leave out")
    parser.add_argument("--exclude", nargs="*", type=Path, default=[], help="files naming ids to leave out")
    parser.add_argument("--match", help="a regular expression the title or text must match (case-insensitive)")
    parser.add_argument("--category", nargs="*", default=[], help="keep only these `category` values (BBC)")
    parser.add_argument("--min-places", type=int, default=0, help="keep only records with this many `places`")
    parser.add_argument("--n", type=int, default=50, help="how many stories (default 50)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", type=Path, required=True, help="the sample, written as JSON Lines")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        if args.n < 1:
            raise SampleError("--n must be at least 1")
        try:
            match = re.compile(args.match, re.IGNORECASE) if args.match else None
        except re.error as exc:
            raise SampleError(f"--match is not a regular expression: {exc}") from None
        records = [record for path in args.corpus for record in _records(path)]
        known = {r["id"] for r in records}
        excluded = gold_ids(args.gold) | listed_ids(args.exclude, known)
        sample, reasons = draw(
            records,
            excluded,
            n=args.n,
            seed=args.seed,
            match=match,
            categories=set(args.category),
            min_places=args.min_places,
        )
        if not sample:
            raise SampleError("no story is left to sample: loosen --match, --category or --min-places")
        with args.out.open("w", encoding="utf-8") as handle:
            for record in sample:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except SampleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{reason}: {count}" for reason, count in sorted(reasons.items()))
    print(f"{len(records)} records ({summary}); wrote {len(sample)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
