"""Helpers for the loader and refresh tests: a generated news-style corpus, table digests that
ignore run bookkeeping, and integrity checks on both backends."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text

from schema.models import metadata

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RULES = f"{HERE / 'rules_extractor.py'}:make"
sys.path.insert(0, str(HERE))

from rules_extractor import RulesExtractor  # noqa: E402

# Columns that record when or in which run something happened, or surrogate keys numbered in
# insertion order: they differ between two builds of the same data by design.
VOLATILE = {
    "document": {"run_id", "loaded_at"},
    "document_ref": {"id", "first_run_id"},
    "actor_alias": {"id"},
    "correction": {"last_applied_run_id", "created_at"},
    "source": {"id"},
}
SKIP_TABLES = {"etl_run", "alembic_version"}

PEOPLE = [
    ("Norwegian", "Foreign Minister", "Ingrid Solberg"),
    ("Kenyan", "Foreign Minister", "Daniel Mwangi"),
    ("Japanese", "Trade Minister", "Kenji Arakawa"),
    ("Brazilian", "Trade Minister", "Lucia Ferraz"),
    ("Indian", "Foreign Minister", "Arjun Mehta"),
    ("Chinese", "Foreign Minister", "Wang Lei"),
    ("French", "President", "Claire Dubois"),
    ("German", "Foreign Minister", "Markus Brandt"),
    ("Canadian", "Foreign Minister", "Marie Tremblay"),
    ("Chilean", "Foreign Minister", "Tomas Rojas"),
]
TOPICS = ["trade", "border", "security", "oil", "fishing", "nuclear", "sanctions", "water"]
PLACES = ["Oslo", "Nairobi", "Tokyo", "Geneva", "Paris", "Delhi"]


def article(i: int, rng: random.Random) -> dict[str, Any]:
    """One invented wire story about a meeting between two of PEOPLE."""
    a, b = rng.sample(PEOPLE, 2)
    day = dt.date(2026, 3, 1) + dt.timedelta(days=rng.randrange(20))
    topic, topic2 = rng.sample(TOPICS, 2)
    place = rng.choice(PLACES)
    when = "yesterday" if rng.random() < 0.5 else "on Tuesday"
    short = rng.random() < 0.3  # name the guest by surname and title alone
    guest = f"{a[0]} {a[1]} {a[2].split()[-1] if short else a[2]}"
    body = (
        f"{guest} met {b[0]} {b[1]} {b[2]} in {place} {when} for talks on {topic}. "
        f'"We made progress on {topic} and on {topic2}," {a[2].split()[-1]} said. '
        f'"The talks were frank," {b[2].split()[-1]} said.\n\n'
        f"Officials said the two sides would meet again. Story number {i}."
    )
    return {
        "id": f"story-{i:04d}",
        "title": f"{a[0]} and {b[0]} officials hold talks",
        "published": day.isoformat(),
        "source": rng.choice(["Example Wire", "Example Daily"]),
        "url": None,
        "text": body,
    }


def write_corpus(folder: Path, n: int = 40, seed: int = 7, per_file: int = 10) -> list[dict[str, Any]]:
    """n stories in JSON Lines files under `folder`; some are reprinted under a second id, and some
    pairs report the same meeting (same people, dates a day apart)."""
    rng = random.Random(seed)
    stories = [article(i, rng) for i in range(n)]
    for i in range(0, n - 1, 5):  # a second outlet's report of the same meeting, a day later
        twin = dict(stories[i])
        day = dt.date.fromisoformat(twin["published"]) + dt.timedelta(days=1)
        twin.update(
            id=f"{twin['id']}-b",
            published=day.isoformat(),
            text=twin["text"].replace("Story number", "Another outlet, story").replace(" on Tuesday", " yesterday"),
        )
        stories.append(twin)
    stories.append({**stories[1], "id": "reprint-of-1"})  # same text under another id
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(stories), per_file):
        with (folder / f"part-{k // per_file:03d}.jsonl").open("w") as fh:
            for s in stories[k : k + per_file]:
                fh.write(json.dumps(s) + "\n")
    return stories


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (dict, list)):
        return json.dumps(v, sort_keys=True)
    return v


def table_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (volatile columns left out), sorted: equal dicts mean equal datasets."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        sources = dict(conn.execute(text("SELECT id, name FROM source")).all())
        for name, table in metadata.tables.items():
            if name in SKIP_TABLES:
                continue
            cols = [c for c in table.c if c.name not in VOLATILE.get(name, set())]
            rows = []
            for r in conn.execute(select(*cols)):
                pairs = zip(cols, r, strict=True)
                rows.append(tuple(_plain(sources.get(v) if c.name == "source_id" else v) for c, v in pairs))
            out[name] = sorted(rows, key=lambda t: json.dumps(t, default=str))
    return out


def digests(engine: Engine) -> dict[str, str]:
    """sha256 per table of `table_rows`."""
    return {
        k: hashlib.sha256(json.dumps(v, default=str).encode()).hexdigest()[:16] for k, v in table_rows(engine).items()
    }


def integrity_problems(engine: Engine) -> list[str]:
    """Integrity and foreign-key check failures (SQLite pragmas; on PostgreSQL the constraints are
    enforced at commit, so only orphans the loader could leave are checked)."""
    problems: list[str] = []
    with engine.connect() as conn:
        if engine.url.get_backend_name() == "sqlite":
            ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if ok != "ok":
                problems.append(f"integrity_check: {ok}")
            problems += [f"foreign key: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        for sql in (
            "SELECT id FROM meeting WHERE id NOT IN (SELECT meeting_id FROM meeting_report)",
            "SELECT id FROM actor WHERE id NOT IN (SELECT actor_id FROM actor_mention)",
            "SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM document_ref)",
        ):
            problems += [f"orphan ({sql.split()[3]}): {r[0]}" for r in conn.execute(text(sql))]
    return problems


def rows_per_document(engine: Engine) -> dict[str, tuple[int, ...]]:
    """document id -> (mentions, statements, meeting reports, issues): a whole document has them all."""
    out: dict[str, tuple[int, ...]] = {}
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM document WHERE status = 'loaded'"))]
        for t in ("actor_mention", "statement", "meeting_report", "bilateral_issue"):
            counts = dict(conn.execute(text(f"SELECT document_id, count(*) FROM {t} GROUP BY document_id")).all())
            for i in ids:
                out[i] = (*out.get(i, ()), counts.get(i, 0))
    return out


def extractor() -> RulesExtractor:
    return RulesExtractor()


EXTRACTED_TABLES = (
    "correction",
    "bilateral_issue",
    "statement",
    "meeting_participant",
    "meeting_country",
    "meeting_report",
    "meeting",
    "actor_mention",
    "actor_alias",
    "actor",
    "document_ref",
    "document",
    "source",
    "etl_run",
)


def wipe(engine: Engine) -> None:
    """Empty every table a refresh writes (reference tables stay): back to a fresh store."""
    with engine.begin() as conn:
        for t in EXTRACTED_TABLES:
            conn.execute(text(f"DELETE FROM {t}"))


def cli_command(*args: str) -> list[str]:
    """`parley ARGS` as a subprocess command line, with the refresh commands registered."""
    return [sys.executable, "-c", "import parley.cli.refresh; from parley.cli.app import app; app()", *args]
