"""A synthetic store for tests and benchmarks: seeded, consistent with the schema's keys and meaning
(content-derived hex ids, dyads ordered a < b, participants from the meeting's parties)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
from sqlalchemy import BigInteger, Engine, Integer, func, insert, select

import schema.models  # noqa: F401  (registers the tables on the metadata)
from schema.base import metadata
from schema.store import writing
from schema.vocab import ISSUES, MEETING_KINDS, PARTICIPANT_ROLES, ROLES, TONES

# (iso3, name, iso2, cow, gw, kind): used only when the store has no country reference rows yet
COUNTRIES: tuple[tuple[str, str, str | None, int | None, int | None, str], ...] = (
    ("USA", "United States", "US", 2, 2, "state"),
    ("CAN", "Canada", "CA", 20, 20, "state"),
    ("GBR", "United Kingdom", "GB", 200, 200, "state"),
    ("FRA", "France", "FR", 220, 220, "state"),
    ("DEU", "Germany", "DE", 255, 260, "state"),
    ("RUS", "Russia", "RU", 365, 365, "state"),
    ("UKR", "Ukraine", "UA", 369, 369, "state"),
    ("TUR", "Turkey", "TR", 640, 640, "state"),
    ("IRN", "Iran", "IR", 630, 630, "state"),
    ("IRQ", "Iraq", "IQ", 645, 645, "state"),
    ("EGY", "Egypt", "EG", 651, 651, "state"),
    ("SYR", "Syria", "SY", 652, 652, "state"),
    ("ISR", "Israel", "IL", 666, 666, "state"),
    ("SAU", "Saudi Arabia", "SA", 670, 670, "state"),
    ("AFG", "Afghanistan", "AF", 700, 700, "state"),
    ("CHN", "China", "CN", 710, 710, "state"),
    ("PRK", "North Korea", "KP", 731, 731, "state"),
    ("KOR", "South Korea", "KR", 732, 732, "state"),
    ("JPN", "Japan", "JP", 740, 740, "state"),
    ("IND", "India", "IN", 750, 750, "state"),
    ("PAK", "Pakistan", "PK", 770, 770, "state"),
    ("IGO", "International organisation", None, None, None, "pseudo"),
)

# Parents before children: the order rows are inserted in.
TABLE_ORDER = (
    "source",
    "document",
    "document_ref",
    "actor",
    "actor_mention",
    "meeting",
    "meeting_country",
    "meeting_participant",
    "meeting_report",
    "statement",
    "bilateral_issue",
)


@dataclass(frozen=True)
class Spec:
    """Sizes and shape of a synthetic store."""

    seed: int = 0
    documents: int = 200
    actors: int = 60
    meetings: int = 80
    statements: int = 300
    issues: int = 150
    start: dt.date = dt.date(2019, 1, 1)
    days: int = 730
    countries: int = 10  # how many of the reference states take part
    undated: float = 0.02  # share of meetings and documents without a date
    igo: float = 0.1  # share of meetings with an international organisation as a party


def _ids(prefix: str, n: int) -> list[str]:
    """Content-derived-looking ids: the first 32 hex digits of a sha256."""
    return [hashlib.sha256(f"{prefix}{i}".encode()).hexdigest()[:32] for i in range(n)]


def _dates(rng: np.random.Generator, spec: Spec, n: int) -> pa.Array:
    days = rng.integers(0, spec.days, n)
    base = (spec.start - dt.date(1970, 1, 1)).days
    values = pa.array(days + base, pa.int32()).cast(pa.date32())
    mask = rng.random(n) < spec.undated
    return (
        pa.array([None if m else v for m, v in zip(mask, values.to_pylist(), strict=True)], pa.date32())
        if mask.any()
        else values
    )


def _document_refs(doc_ids: list[str]) -> pa.Table:
    """Every article arrived as story-i of its outlet's feed; every tenth also later under a mirror's id."""
    n = len(doc_ids)
    mirrored = list(range(0, n, 10))
    return pa.table(
        {
            "id": pa.array(range(1, n + len(mirrored) + 1), pa.int64()),
            "document_id": doc_ids + [doc_ids[i] for i in mirrored],
            "origin": [f"feeds/{i % 3}.jsonl" for i in range(n)] + ["mirror.jsonl"] * len(mirrored),
            "external_id": [f"story-{i}" for i in range(n)] + [f"m-{i}" for i in mirrored],
        }
    )


def generate(spec: Spec, countries: list[str]) -> dict[str, pa.Table]:
    """The store's rows as Arrow tables, keyed by table name (JSON columns as JSON text). The steps draw
    from one seeded generator in a fixed order, so a spec always gives the same store."""
    rng = np.random.default_rng(spec.seed)
    states = np.array([c for c in countries if c != "IGO"][: max(spec.countries, 3)])
    roles = np.array(list(ROLES))
    out: dict[str, pa.Table] = {}
    out["source"] = pa.table({"id": [1, 2, 3], "name": ["Reuters", "AP", "AFP"], "url": [None] * 3})
    doc_ids = _ids("doc", spec.documents)
    out["document"] = _documents(rng, spec, doc_ids)
    out["document_ref"] = _document_refs(doc_ids)
    actor_ids = _ids("actor", spec.actors)
    actor_country = rng.choice(states, spec.actors)
    out["actor"] = _actors(rng, spec, actor_ids, actor_country, roles)
    by_country: dict[str, list[int]] = {}
    for i, c in enumerate(actor_country):
        by_country.setdefault(str(c), []).append(i)
    out.update(_meetings(rng, spec, states, actor_ids, by_country, doc_ids))
    statements = _Statements.draw(rng, spec, states)
    out["statement"] = statements.table(rng, doc_ids, actor_ids, out["meeting"].column("id").to_pylist())
    out["actor_mention"] = _actor_mentions(rng, statements, states, roles, doc_ids, actor_ids, actor_country)
    out["bilateral_issue"] = _bilateral_issues(rng, spec, states, doc_ids)
    return out


def _documents(rng: np.random.Generator, spec: Spec, doc_ids: list[str]) -> pa.Table:
    return pa.table(
        {
            "id": doc_ids,
            "content_hash": [d + d for d in doc_ids],
            "source_id": pa.array(rng.integers(1, 4, spec.documents)),
            "title": [f"Story {i}" for i in range(spec.documents)],
            "published": _dates(rng, spec, spec.documents),
            "url": [f"https://news.example/{i}" for i in range(spec.documents)],
            "language": ["en"] * spec.documents,
            "status": ["loaded"] * spec.documents,
        }
    )


def _actors(
    rng: np.random.Generator, spec: Spec, actor_ids: list[str], actor_country: np.ndarray, roles: np.ndarray
) -> pa.Table:
    return pa.table(
        {
            "id": actor_ids,
            "key": [f"person|actor {i}|{c}" for i, c in enumerate(actor_country)],
            "name": [f"Actor {i}" for i in range(spec.actors)],
            "kind": ["person"] * spec.actors,
            "country": actor_country,
            "role": rng.choice(roles, spec.actors),
        }
    )


@dataclass
class _Statements:
    """The draws that decide who said what in which article (the mentions follow from them)."""

    n: int
    speaker: np.ndarray
    doc: np.ndarray
    unresolved: np.ndarray
    target: np.ndarray
    no_target: np.ndarray
    on_meeting: np.ndarray

    @classmethod
    def draw(cls, rng: np.random.Generator, spec: Spec, states: np.ndarray) -> _Statements:
        n = spec.statements
        speaker = rng.integers(0, spec.actors, n)
        doc = rng.integers(0, spec.documents, n)
        unresolved = rng.random(n) < 0.05
        target = rng.choice(states, n)
        no_target = rng.random(n) < 0.15
        return cls(n, speaker, doc, unresolved, target, no_target, rng.random(n) < 0.2)

    def table(
        self, rng: np.random.Generator, doc_ids: list[str], actor_ids: list[str], meeting_ids: list[str]
    ) -> pa.Table:
        n = self.n
        return pa.table(
            {
                "id": _ids("stmt", n),
                "document_id": [doc_ids[d] for d in self.doc],
                "speaker_actor_id": [
                    None if u else actor_ids[s] for u, s in zip(self.unresolved, self.speaker, strict=True)
                ],
                "quote": [f"Quote number {i}." for i in range(n)],
                "direct": rng.random(n) < 0.7,
                "partial": rng.random(n) < 0.1,
                "cue": rng.choice(np.array(["say", "tell", "warn"]), n),
                "target_country": [None if x else str(t) for x, t in zip(self.no_target, self.target, strict=True)],
                "tone": rng.choice(np.array(TONES), n),
                "meeting_id": [
                    meeting_ids[int(rng.integers(len(meeting_ids)))] if m and meeting_ids else None
                    for m in self.on_meeting
                ],
                "start_char": rng.integers(0, 5000, n),
                "end_char": rng.integers(5000, 6000, n),
                "sentence": [f"Sentence {i}." for i in range(n)],
            }
        )


def _actor_mentions(
    rng: np.random.Generator,
    st: _Statements,
    states: np.ndarray,
    roles: np.ndarray,
    doc_ids: list[str],
    actor_ids: list[str],
    actor_country: np.ndarray,
) -> pa.Table:
    """One mention per (document, speaker); the country at the time is usually the actor's own."""
    pairs = sorted({(int(d), int(s)) for d, s, u in zip(st.doc, st.speaker, st.unresolved, strict=True) if not u})
    moved = rng.random(len(pairs)) < 0.05
    return pa.table(
        {
            "id": _ids("mention", len(pairs)),
            "document_id": [doc_ids[d] for d, _ in pairs],
            "actor_id": [actor_ids[s] for _, s in pairs],
            "name": [f"Actor {s}" for _, s in pairs],
            "role": rng.choice(roles, len(pairs)),
            "country": [
                str(rng.choice(states)) if m else str(actor_country[s]) for m, (_, s) in zip(moved, pairs, strict=True)
            ],
            "start_char": np.zeros(len(pairs), np.int64),
            "end_char": np.full(len(pairs), 10, np.int64),
            "n_mentions": np.ones(len(pairs), np.int64),
        }
    )


def _bilateral_issues(rng: np.random.Generator, spec: Spec, states: np.ndarray, doc_ids: list[str]) -> pa.Table:
    rows = {
        (int(d), str(min(a, b)), str(max(a, b)), str(i))
        for d, a, b, i in zip(
            rng.integers(0, spec.documents, spec.issues),
            rng.choice(states, spec.issues),
            rng.choice(states, spec.issues),
            rng.choice(np.array(list(ISSUES)), spec.issues),
            strict=True,
        )
        if a != b
    }
    bi = sorted(rows)
    return pa.table(
        {
            "id": _ids("issue", len(bi)),
            "document_id": [doc_ids[d] for d, *_ in bi],
            "country_a": [a for _, a, _, _ in bi],
            "country_b": [b for _, _, b, _ in bi],
            "issue": [i for *_, i in bi],
            "statement_id": [None] * len(bi),
            "meeting_id": [None] * len(bi),
            "phrase": [i for *_, i in bi],
            "start_char": np.zeros(len(bi), np.int64),
            "end_char": np.ones(len(bi), np.int64),
            "sentence": [f"Issue sentence {k}." for k in range(len(bi))],
        }
    )


def _parties(rng: np.random.Generator, spec: Spec, states: np.ndarray) -> list[str]:
    parties = [str(c) for c in rng.choice(states, int(rng.integers(2, min(5, len(states) + 1))), replace=False)]
    if rng.random() < spec.igo:
        parties.append("IGO")
    return parties


def _people(rng: np.random.Generator, parties: list[str], by_country: dict[str, list[int]]) -> list[tuple[int, str]]:
    """Up to two participants of each party's country."""
    return [
        (int(a), str(c))
        for c in parties
        if by_country.get(str(c))
        for a in rng.choice(by_country[str(c)], min(2, len(by_country[str(c)])), replace=False)
    ]


def _meetings(
    rng: np.random.Generator,
    spec: Spec,
    states: np.ndarray,
    actor_ids: list[str],
    by_country: dict[str, list[int]],
    doc_ids: list[str],
) -> dict[str, pa.Table]:
    n = spec.meetings
    ids = _ids("meeting", n)
    mc: list[tuple[str, str]] = []
    mp: dict[tuple[str, str], tuple[str, str | None]] = {}
    hosts: list[str | None] = []
    locs: list[str | None] = []
    for k in range(n):
        parties = _parties(rng, spec, states)
        mc += [(ids[k], str(c)) for c in parties]
        people = _people(rng, parties, by_country)
        for j, (a, c) in enumerate(people):
            role = "host" if j == 0 else str(rng.choice(np.array(PARTICIPANT_ROLES[2:])))
            mp[(ids[k], actor_ids[a])] = (role, c)
        hosts.append(actor_ids[people[0][0]] if people and rng.random() < 0.7 else None)
        r = rng.random()
        locs.append(str(parties[0]) if r < 0.6 else str(rng.choice(states)) if r < 0.9 else None)
    report_docs = rng.integers(0, spec.documents, (n, 2))
    reports = sorted({(ids[k], doc_ids[d]) for k in range(n) for d in report_docs[k][: int(rng.integers(1, 3))]})
    return {
        "meeting": pa.table(
            {
                "id": ids,
                "date": _dates(rng, spec, n),
                "date_basis": ["explicit"] * n,
                "kind": rng.choice(np.array(MEETING_KINDS), n),
                "label": ["talks"] * n,
                "location": [None if c is None else f"Capital of {c}" for c in locs],
                "location_country": locs,
                "venue": [json.dumps(["Palace", "Hall"][: int(rng.integers(0, 3))]) for _ in range(n)],
                "duration_minutes": pa.array(
                    [None if rng.random() < 0.5 else int(rng.integers(10, 300)) for _ in range(n)], pa.int64()
                ),
                "descriptors": [json.dumps(["frank"]) if rng.random() < 0.3 else None for _ in range(n)],
                "host_actor_id": hosts,
                "chair_actor_id": [None] * n,
            }
        ),
        "meeting_country": pa.table({"meeting_id": [m for m, _ in mc], "country": [c for _, c in mc]}),
        "meeting_participant": pa.table(
            {
                "meeting_id": [m for m, _ in mp],
                "actor_id": [a for _, a in mp],
                "role": [r for r, _ in mp.values()],
                "country": [c for _, c in mp.values()],
            }
        ),
        "meeting_report": pa.table(
            {
                "id": _ids("report", len(reports)),
                "meeting_id": [m for m, _ in reports],
                "document_id": [d for _, d in reports],
                "start_char": np.zeros(len(reports), np.int64),
                "end_char": np.ones(len(reports), np.int64),
                "sentence": [f"They met ({m[:6]})." for m, _ in reports],
                "reported": [None] * len(reports),
            }
        ),
    }


def _seed_reference(engine: Engine) -> list[str]:
    """Insert the reference rows if the store has none (a store made by `create_all`); return the
    country codes available."""
    t = metadata.tables
    with writing(engine) as conn:
        if not conn.execute(select(func.count()).select_from(t["country"])).scalar():
            conn.execute(
                insert(t["country"]),
                [dict(zip(("iso3", "name", "iso2", "cow_code", "gw_code", "kind"), c, strict=True)) for c in COUNTRIES],
            )
        if not conn.execute(select(func.count()).select_from(t["role"])).scalar():
            conn.execute(insert(t["role"]), [{"code": k, "label": v} for k, v in ROLES.items()])
        if not conn.execute(select(func.count()).select_from(t["issue"])).scalar():
            conn.execute(insert(t["issue"]), [{"code": k, "label": v} for k, v in ISSUES.items()])
        have = set(conn.execute(select(t["country"].c.iso3)).scalars())
    return [c[0] for c in COUNTRIES if c[0] in have]


def build(engine: Engine, spec: Spec = Spec()) -> dict[str, pa.Table]:
    """Fill the store behind `engine` (SQLite or PostgreSQL) through SQLAlchemy Core; returns the rows."""
    tables = generate(spec, _seed_reference(engine))
    with writing(engine) as conn:
        for name in TABLE_ORDER:
            rows = tables[name].to_pylist()
            if name == "meeting":  # SQLAlchemy's JSON type serialises lists itself
                for r in rows:
                    r["venue"] = json.loads(r["venue"]) if r["venue"] is not None else None
                    r["descriptors"] = json.loads(r["descriptors"]) if r["descriptors"] is not None else None
            if rows:
                conn.execute(insert(metadata.tables[name]), rows)
    return tables


def ingest(engine: Engine, spec: Spec) -> dict[str, pa.Table]:
    """Fill an empty store fast through ADBC bulk ingest (the benchmark's million rows): SQLite or
    PostgreSQL (binary COPY)."""
    tables = generate(spec, _seed_reference(engine))
    backend = engine.url.get_backend_name()
    engine.dispose()  # the pool's connections would hold a SQLite file while ADBC writes
    if backend == "sqlite":
        import adbc_driver_sqlite.dbapi as sqlite_dbapi

        conn = sqlite_dbapi.connect(str(engine.url.database), autocommit=True)
    else:
        import adbc_driver_postgresql.dbapi as pg_dbapi

        conn = pg_dbapi.connect(
            engine.url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
        )
    with conn, conn.cursor() as cur:
        if backend == "sqlite":
            # a bulk load of a scratch store: a large page cache, and no fsync per transaction
            for pragma in ("PRAGMA synchronous = OFF", "PRAGMA cache_size = -1000000"):
                cur.execute(pragma)
                cur.fetchall()
        cur.execute("BEGIN")  # one transaction for the whole load
        for name in TABLE_ORDER:
            table = metadata.tables[name]
            cols = [c.name for c in table.columns if c.name in tables[name].column_names]
            data = tables[name].select(cols)
            if backend != "sqlite":  # binary COPY wants the column's own width: INTEGER is 4 bytes
                for c in cols:
                    if isinstance(table.c[c].type, Integer) and not isinstance(table.c[c].type, BigInteger):
                        data = data.set_column(data.schema.get_field_index(c), c, data.column(c).cast(pa.int32()))
            # rows in primary-key order append to the table's b-tree instead of splitting pages at random
            keys = [(c.name, "ascending") for c in table.primary_key.columns]
            cur.adbc_ingest(name, data.sort_by(keys), mode="append")
        cur.execute("COMMIT")
    return tables


def row_counts(tables: dict[str, Any]) -> dict[str, int]:
    return {k: v.num_rows for k, v in tables.items()}
