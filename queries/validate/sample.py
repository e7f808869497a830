"""`parley validate sample`: a seeded random sample of records (simple, or stratified with proportional
allocation), recorded in the store as an audit and written as a coding sheet."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.engine import URL

from queries.validate import sheet
from queries.validate.errors import ValidateError
from queries.validate.records import KINDS, Record, articles, records, spans
from schema.models import Audit, AuditItem, EtlRun
from schema.store import open_store, writing

STRATA = ("source", "year", "kind")
MAX_SEED = 2**31 - 1  # seeds are stored as 32-bit integers on both backends


@dataclass(frozen=True)
class SampleResult:
    audit_id: int
    seed: int
    population: int
    drawn: int
    strata: dict[str, tuple[int, int]]  # stratum -> (population, drawn); empty when not stratified
    files: list[Path]


def parse_kinds(kind: str | Iterable[str]) -> list[str]:
    """`all`, one kind, or several (plural forms and commas accepted: `meetings,statements`)."""
    items = [kind] if isinstance(kind, str) else list(kind)
    names = [k.strip().lower() for item in items for k in item.split(",") if k.strip()]
    if not names or "all" in names:
        return list(KINDS)
    out = []
    for n in names:
        single = n[:-1] if n.endswith("s") and n[:-1] in KINDS else n
        if single not in KINDS:
            raise ValidateError(f"unknown record kind {n!r}; kinds: meetings, statements, issues, actors or all")
        if single not in out:
            out.append(single)
    return out


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Proportional allocation of n draws over strata by the largest-remainder (Hamilton) method: each
    stratum gets floor(n * N_h / N), and the draws left go to the largest remainders (ties: stratum
    order). No stratum gets more than it holds; n above the population takes everything."""
    total = sum(sizes.values())
    if n >= total:
        return dict(sizes)
    quotas = {h: n * size / total for h, size in sizes.items()}
    out = {h: int(q) for h, q in quotas.items()}
    left = n - sum(out.values())
    for h in sorted(sizes, key=lambda h: -(quotas[h] - out[h]))[:left]:
        out[h] += 1
    return out


def draw(recs: list[Record], n: int, seed: int, stratify: str | None = None) -> list[Record]:
    """n records drawn without replacement by `random.Random(seed)` from `recs` (in their given order,
    which `records` makes deterministic), then shuffled, so kinds and strata are mixed on the sheet."""
    rng = random.Random(seed)
    if stratify is None:
        picked = rng.sample(recs, min(n, len(recs)))
    else:
        groups: dict[str, list[Record]] = {}
        for r in recs:
            groups.setdefault(r.strata[stratify], []).append(r)
        quota = allocate({h: len(groups[h]) for h in sorted(groups)}, n)
        picked = [r for h in sorted(groups) for r in rng.sample(groups[h], quota[h])]
        rng.shuffle(picked)
    return picked


def _versions(engine: Engine) -> tuple[str | None, str]:
    with engine.connect() as conn:
        pipeline = conn.execute(
            select(EtlRun.pipeline_version)
            .where(EtlRun.status.in_(("succeeded", "partial")))
            .order_by(EtlRun.id.desc())
            .limit(1)
        ).scalar()
    try:
        parley = importlib_metadata.version("parley-events")
    except importlib_metadata.PackageNotFoundError:
        parley = "unknown"
    return pipeline, parley


def sample(
    url: str | URL | None = None,
    n: int = 100,
    kind: str | Iterable[str] = "all",
    seed: int | None = None,
    stratify: str | None = None,
    out: str | Path = "audit",
) -> SampleResult:
    """Draw n records (`kind`: meetings, statements, issues, actors or all), record the audit in the
    store with each record's judged fields and their fingerprint, and write `audit-N.html` and
    `audit-N.csv` into `out`. The same seed on the same store draws the same records.

    >>> sample(n=100, kind="statements", seed=7, stratify="source", out="audit/")  # doctest: +SKIP
    """
    if n < 1:
        raise ValidateError(f"--n must be at least 1, got {n}")
    if stratify is not None and stratify not in STRATA:
        raise ValidateError(f"cannot stratify by {stratify!r}; choose source, year or kind")
    if seed is None:
        seed = random.SystemRandom().randrange(MAX_SEED)
    if not 0 <= seed <= MAX_SEED:
        raise ValidateError(f"--seed must be between 0 and {MAX_SEED}")
    kinds = parse_kinds(kind)
    engine = open_store(url)  # never a new empty store at a mistyped path; at the code's revision
    recs = records(url, engine, kinds)
    if not recs:
        raise ValidateError(f"the store holds no {', '.join(kinds)} records to sample: run `parley refresh` first")
    picked = draw(recs, n, seed, stratify)
    spans(engine, picked)
    arts = articles(engine, [r.document_id for r in picked if r.document_id])
    pipeline, parley = _versions(engine)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # the sheet is written inside the transaction: if it cannot be written, no audit is recorded
    with writing(engine) as conn:
        audit_id = conn.execute(
            insert(Audit)
            .values(
                created_at=created,
                seed=seed,
                n_requested=n,
                kinds=",".join(kinds),
                stratify=stratify,
                pipeline_version=pipeline,
                parley_version=parley,
            )
            .returning(Audit.id)
        ).scalar_one()
        conn.execute(
            insert(AuditItem),
            [
                {
                    "audit_id": audit_id,
                    "position": i,
                    "record_kind": r.kind,
                    "record_id": r.id,
                    "stratum": r.strata[stratify] if stratify else None,
                    "confidence": r.confidence,
                    "fields": r.fields,
                    "fingerprint": r.fingerprint,
                    "document_id": r.document_id if r.document_id in arts else None,
                }
                for i, r in enumerate(picked, 1)
            ],
        )
        header = {
            "id": audit_id,
            "seed": seed,
            "kinds": ", ".join(kinds),
            "stratify": stratify,
            "pipeline_version": pipeline,
            "created_at": f"{created:%Y-%m-%d %H:%M} UTC",
        }
        items = [sheet.SheetItem(i, r, arts.get(r.document_id or "")) for i, r in enumerate(picked, 1)]
        try:
            files = sheet.write(Path(out), header, items)
        except OSError as exc:
            raise ValidateError(f"cannot write the sheet into {out}: {exc.strerror or exc}") from None
    strata: dict[str, tuple[int, int]] = {}
    if stratify:
        for r in recs:
            pop, got = strata.get(r.strata[stratify], (0, 0))
            strata[r.strata[stratify]] = (pop + 1, got)
        for r in picked:
            pop, got = strata[r.strata[stratify]]
            strata[r.strata[stratify]] = (pop, got + 1)
    return SampleResult(audit_id, seed, len(recs), len(picked), strata, files)
