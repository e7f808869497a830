"""`parley validate report`: precision per record kind and per field with Wilson 95% intervals, by
confidence band, and agreement between coders; `measured_precision` is what exports and the HTML
report state."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from queries.validate.errors import ValidateError
from queries.validate.records import FIELDS, KINDS
from queries.validate.stats import Agreement, Proportion, cohen_kappa, wilson
from schema.models import Audit, AuditItem, EtlRun, Judgment
from schema.store import open_store

# Confidence bands (lower bound inclusive); docs/validate.md explains the choice.
BANDS: tuple[tuple[float, float, str], ...] = (
    (0.0, 0.5, "0.00-0.49"),
    (0.5, 0.7, "0.50-0.69"),
    (0.7, 0.85, "0.70-0.84"),
    (0.85, 1.01, "0.85-1.00"),
)


@dataclass
class ValidationReport:
    audit_id: int
    created_at: dt.datetime
    pipeline_version: str | None
    current_pipeline: str | None
    measured_at: dt.datetime | None
    coders: list[str]
    items: int
    kinds: dict[str, Proportion] = field(default_factory=dict)  # record-level precision
    fields: dict[tuple[str, str], Proportion] = field(default_factory=dict)
    bands: dict[str, Proportion] = field(default_factory=dict)  # record-level, all kinds
    kind_bands: dict[tuple[str, str], Proportion] = field(default_factory=dict)
    overall: Proportion = field(default_factory=lambda: wilson(0, 0))
    cant_tell: int = 0  # records every field of which was judged can't tell (left out)
    agreement: list[Agreement] = field(default_factory=list)

    @property
    def outdated(self) -> bool:
        """Measured on another pipeline version than the store's latest refresh."""
        return bool(self.current_pipeline) and self.pipeline_version != self.current_pipeline

    def to_json(self) -> dict[str, Any]:
        return {
            "audit": self.audit_id,
            "sampled_at": _iso(self.created_at),
            "measured_at": _iso(self.measured_at),
            "pipeline_version": self.pipeline_version,
            "current_pipeline_version": self.current_pipeline,
            "outdated": self.outdated,
            "coders": self.coders,
            "records": self.overall.to_json(),
            "kinds": {k: p.to_json() for k, p in self.kinds.items()},
            "fields": {f"{k}.{f}": p.to_json() for (k, f), p in self.fields.items()},
            "confidence_bands": {b: p.to_json() for b, p in self.bands.items()},
            "agreement": [
                {"coders": list(a.coders), "n": a.n, "percent": a.percent, "kappa": a.kappa} for a in self.agreement
            ],
        }


def _iso(value: dt.datetime | None) -> str | None:
    """UTC, second precision, with its offset (SQLite hands timestamps back naive; they are UTC)."""
    if value is None:
        return None
    value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return value.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def band_of(confidence: float | None) -> str | None:
    if confidence is None:
        return None
    return next((label for lo, hi, label in BANDS if lo <= confidence < hi), None)


def record_verdict(verdicts: dict[str, str]) -> str:
    """A record is wrong when any judged field is wrong, correct when every field judged is correct
    (can't-tell fields aside), and can't tell when no field could be judged."""
    values = set(verdicts.values())
    if "wrong" in values:
        return "wrong"
    return "correct" if "correct" in values else "cant_tell"


def _current_pipeline(conn: Any) -> str | None:
    return conn.execute(
        select(EtlRun.pipeline_version)
        .where(EtlRun.status.in_(("succeeded", "partial")))
        .order_by(EtlRun.id.desc())
        .limit(1)
    ).scalar()


def _latest_judged(conn: Any) -> int | None:
    return conn.execute(
        select(AuditItem.audit_id).join(Judgment, Judgment.item_id == AuditItem.id).order_by(AuditItem.audit_id.desc())
    ).scalar()


def _count(outcomes: list[str]) -> Proportion:
    return wilson(sum(o == "correct" for o in outcomes), sum(o != "cant_tell" for o in outcomes))


def build(engine: Engine, audit_id: int | None = None) -> ValidationReport:
    """The report of one audit (default: the latest with judgments). Where several coders judged a
    field, precision uses the judgment of the coder who imported first; the others measure agreement."""
    with engine.connect() as conn:
        audit_id = audit_id if audit_id is not None else _latest_judged(conn)
        if audit_id is None:
            raise ValidateError("no judged audit in this store: run `parley validate sample`, judge, then import")
        audit = conn.execute(select(Audit).where(Audit.id == audit_id)).first()
        if audit is None:
            raise ValidateError(f"no audit {audit_id} in this store")
        rows = conn.execute(
            select(
                AuditItem.position,
                AuditItem.record_kind,
                AuditItem.confidence,
                Judgment.coder,
                Judgment.field,
                Judgment.verdict,
                Judgment.imported_at,
            )
            .join(Judgment, Judgment.item_id == AuditItem.id)
            .where(AuditItem.audit_id == audit_id)
            .order_by(Judgment.id)
        ).all()
        current = _current_pipeline(conn)
    if not rows:
        raise ValidateError(f"audit {audit_id} has no judgments yet: import a judged sheet first")
    coders = list(dict.fromkeys(r.coder for r in rows))  # in order of first import
    by_coder: dict[str, dict[tuple[int, str], str]] = defaultdict(dict)
    meta: dict[int, tuple[str, float | None]] = {}
    for r in rows:
        by_coder[r.coder][(r.position, r.field)] = r.verdict
        meta[r.position] = (r.record_kind, r.confidence)
    primary: dict[int, dict[str, str]] = defaultdict(dict)
    for coder in reversed(coders):  # the first coder's judgment wins
        for (pos, fld), verdict in by_coder[coder].items():
            primary[pos][fld] = verdict
    rep = ValidationReport(
        audit_id=audit_id,
        created_at=audit.created_at,
        pipeline_version=audit.pipeline_version,
        current_pipeline=current,
        measured_at=max(r.imported_at for r in rows),
        coders=coders,
        items=len(primary),
    )
    _precision(rep, primary, meta)
    rep.agreement = agreement(by_coder)
    return rep


def _precision(rep: ValidationReport, primary: dict[int, dict[str, str]], meta: dict[int, Any]) -> None:
    per_kind: dict[str, list[str]] = defaultdict(list)
    per_field: dict[tuple[str, str], list[str]] = defaultdict(list)
    per_band: dict[str, list[str]] = defaultdict(list)
    per_kind_band: dict[tuple[str, str], list[str]] = defaultdict(list)
    everything: list[str] = []
    for pos, verdicts in primary.items():
        kind, confidence = meta[pos]
        outcome = record_verdict(verdicts)
        everything.append(outcome)
        per_kind[kind].append(outcome)
        for fld, v in verdicts.items():
            per_field[(kind, fld)].append(v)
        band = band_of(confidence)
        if band:
            per_band[band].append(outcome)
            per_kind_band[(kind, band)].append(outcome)
    rep.overall = _count(everything)
    rep.cant_tell = everything.count("cant_tell")
    rep.kinds = {k: _count(per_kind[k]) for k in KINDS if k in per_kind}
    rep.fields = {(k, f): _count(per_field[(k, f)]) for k in KINDS for f in FIELDS[k] if (k, f) in per_field}
    rep.bands = {label: _count(per_band[label]) for _, _, label in BANDS if label in per_band}
    rep.kind_bands = {key: _count(v) for key, v in sorted(per_kind_band.items())}


def agreement(by_coder: dict[str, dict[tuple[int, str], str]]) -> list[Agreement]:
    """Every pair of coders over the fields both judged: percentage agreement and Cohen's kappa
    (three categories: correct, wrong, can't tell)."""
    out = []
    for a, b in itertools.combinations(by_coder, 2):
        shared = sorted(by_coder[a].keys() & by_coder[b].keys())
        if not shared:
            continue
        po, kappa = cohen_kappa([by_coder[a][k] for k in shared], [by_coder[b][k] for k in shared])
        out.append(Agreement((a, b), len(shared), po, kappa))
    return out


def validation_report(url: str | URL | None = None, audit_id: int | None = None) -> ValidationReport:
    """`parley validate report`: see `build`."""
    engine = open_store(url)  # never a new empty store at a mistyped path; at the code's revision
    return build(engine, audit_id)


def measured_precision(engine: Engine) -> dict[str, Any] | None:
    """The latest measured precision as exports state it, or None when nothing was judged (or the
    store predates the audit tables)."""
    try:
        with engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(Judgment)).scalar_one() == 0:
                return None
        return build(engine).to_json()
    except (SQLAlchemyError, ValidateError):
        return None
